// The home page: one box (the <chanjiao-search> widget) for searches and questions. What is typed
// is searched (result cards, type and industry facets with counts, "did you mean", the nearest
// entities when nothing is relevant) and asked at the same time; when it reads as a question,
// the answer card with its evidence goes above the results, as a search engine does.
import { detailsList, fetchDetails } from "./details.js";
import { bi, currentLang, el, entityLink, entityPath, getJSON, initLang, showStatus } from "./ui.js";

const RESULTS_K = 10;
const searchBox = document.querySelector("chanjiao-search");
const cards = document.getElementById("results");
const searchStatus = document.getElementById("search-status");
const askStatus = document.getElementById("ask-status");
const answerBox = document.getElementById("answer");
const facetBar = document.getElementById("facets");
const nearestBox = document.getElementById("nearest");
const FACETS = [["type", "类型", "Type"], ["industry", "产业", "Industry"]];
const filters = { type: null, industry: null };
let searchController = null;
let lastQuery = null;

// Typed as a question: a question mark, or the answerer found a question word, an asked-for
// type ("哪些高校") or a count, when or where (its reading of the words, not a second word list).
const QUESTION_MARK = /[?？]\s*$/;
const ASKING_INTENTS = new Set(["count", "who", "when", "where"]);
let askController = null;

function isQuestion(query, answer) {
  const u = answer.understanding || {};
  return QUESTION_MARK.test(query) || Boolean(u.answer_type) || ASKING_INTENTS.has(u.intent);
}

function remember(value) {
  const url = new URL(location.href);
  for (const key of ["q", "ask", "type", "industry"]) url.searchParams.delete(key);
  url.searchParams.set("q", value);
  for (const [key, chosen] of Object.entries(filters)) if (chosen) url.searchParams.set(key, chosen);
  history.replaceState(null, "", url);
}

// The widget's suggestions follow the chosen filters too.
function applyFilters() {
  for (const [name, value] of Object.entries(filters)) {
    if (value) searchBox.setAttribute(name, value);
    else searchBox.removeAttribute(name);
  }
}

function facetChip(name, facet) {
  const chosen = filters[name] === facet.value;
  const button = el("button", { type: "button", class: "chip facet", "aria-pressed": String(chosen),
    "data-facet": name, "data-value": facet.value }, bi(facet.value, facet.label_en), el("span", { class: "count" }, facet.count));
  button.addEventListener("click", () => {
    filters[name] = chosen ? null : facet.value;
    applyFilters();
    runSearch(lastQuery);
  });
  return el("li", {}, button);
}

function renderFacets(facets) {
  const groups = FACETS.map(([name, zh, en]) => {
    const values = facets?.[name] || [];
    if (!values.length && !filters[name]) return null;
    const clear = filters[name] ? el("li", {}, clearButton(name)) : null;
    return el("div", { class: "facet-group", "data-facet": name }, el("h3", {}, bi(zh, en)),
      el("ul", { class: "chips" }, values.map((facet) => facetChip(name, facet)), clear));
  }).filter(Boolean);
  facetBar.replaceChildren(...groups);
}

function clearButton(name) {
  const button = el("button", { type: "button", class: "chip facet-clear" }, bi("全部", "All"));
  button.addEventListener("click", () => {
    filters[name] = null;
    applyFilters();
    runSearch(lastQuery);
  });
  return button;
}

function renderNearest(nearest) {
  const rows = [["industries", "最接近的产业（低于相关度阈值）", "Nearest industries (below the relevance floor)"],
    ["entities", "最接近的实体（低于相关度阈值）", "Nearest entities (below the relevance floor)"]]
    .filter(([kind]) => nearest?.[kind]?.length)
    .map(([kind, zh, en]) => el("div", { class: `nearest-${kind}` }, el("h3", {}, bi(zh, en)),
      el("ul", { class: "chips" }, nearest[kind].map((r) => el("li", {}, entityLink(r, { class: "chip" }))))));
  nearestBox.replaceChildren(...rows);
}

function renderSuggestion(suggestion) {
  document.getElementById("did-you-mean")?.remove();
  if (!suggestion) return;
  const link = el("a", { href: `?q=${encodeURIComponent(suggestion)}` }, suggestion);
  link.addEventListener("click", (event) => {
    event.preventDefault();
    runSearch(suggestion);
  });
  searchStatus.after(el("p", { id: "did-you-mean", class: "did-you-mean" }, bi("您是不是要找：", "Did you mean: "), link));
}

function card(result) {
  const other = result.label_en && result.label_en !== result.label;
  return el("li", { class: "card", "data-id": result.id },
    el("h3", {}, entityLink(result), el("span", { class: "badge" }, bi(result.type, result.type_en || result.type))),
    other ? el("p", { class: "alt" }, bi(result.label_en, result.label)) : null,
    result.snippet ? el("p", { class: "snippet" }, result.snippet) : null,
  );
}

// Industries, projects and partners under each card (cards rendered here or by the server).
async function addDetails(signal) {
  const nodes = [...cards.querySelectorAll(".card[data-id]")];
  if (!nodes.length) return;
  const details = await fetchDetails(nodes.map((node) => node.dataset.id), signal);
  for (const node of nodes) {
    const list = detailsList(details.get(node.dataset.id));
    if (list) node.append(list);
  }
}

// ``keepCards``: the server rendered this query's cards; only facets, counts and details are added.
async function runSearch(query, keepCards = false) {
  if (!query) return;
  searchController?.abort();
  searchController = new AbortController();
  const { signal } = searchController;
  if (query !== lastQuery) ask(query);
  lastQuery = query;
  remember(query);
  showStatus(searchStatus, "正在搜索…", "Searching…");
  try {
    const data = await getJSON("/api/search", { q: query, k: RESULTS_K, lang: currentLang(), ...filters }, signal);
    searchStatus.classList.remove("warming-up");
    if (!keepCards) cards.replaceChildren(...data.results.map(card));
    const n = data.results.length, total = data.total ?? n;
    showStatus(searchStatus, n ? `找到 ${total} 条结果` : "没有找到相关结果", n ? `${total} results` : "No relevant results");
    renderSuggestion(data.suggestion);
    renderFacets(data.facets);
    renderNearest(n ? {} : data.nearest);
    await addDetails(signal);
  } catch (error) {
    if (error.code === "warming_up") retryWhenWarm(query, error.retryAfter);
    else if (error.name !== "AbortError") showStatus(searchStatus, `搜索失败：${error.message}`, `Search failed: ${error.message}`, true);
  }
}

// While the service warms up (the API answers 503 at once), say so and try again after Retry-After.
const WARM_RETRY_S = 1;

function retryWhenWarm(query, seconds) {
  showStatus(searchStatus, "服务正在启动（载入图谱与搜索索引），稍后自动重试…",
    "The service is warming up (loading the graph and the search index); retrying shortly…");
  searchStatus.classList.add("warming-up");
  setTimeout(() => {
    if (lastQuery !== query) return;
    lastQuery = null;  // so that the question is asked again too
    runSearch(query);
  }, 1000 * (seconds || WARM_RETRY_S));
}

function evidenceItem(item) {
  const path = el("ol", { class: "path" }, (item.path || []).map((step) => el("li", {}, step)));
  const source = item.source;
  if (!source) return el("li", {}, path);
  const where = bi(`原文第 ${source.start}–${source.end} 字`, `characters ${source.start}–${source.end} of the source`);
  const doc = source.url ? el("a", { href: source.url }, bi("出处", "source")) : null;
  return el("li", {}, path, el("p", { class: "quote", lang: "zh-CN" }, source.text),
    el("p", { class: "source-meta" }, where, doc ? " · " : null, doc));
}

function sparqlLink(sparql) {
  const href = `/query?${new URLSearchParams({ query: sparql })}`;
  return el("p", { class: "answer-actions" }, el("a", { href, class: "view-sparql" }, bi("查看 SPARQL 查询", "View the SPARQL query")));
}

function renderAnswer(data) {
  const answers = data.answers || [];
  const related = data.related || [];
  answerBox.hidden = false;
  answerBox.replaceChildren(...[
    el("h2", { class: "answer-title" }, bi("答案", "Answer")),
    el("p", { class: "answer-text" }, data.answer_text || ""),
    answers.length ? el("ul", { class: "chips answers" }, answers.map((a) => el("li", {}, entityLink(a, { class: "chip" })))) : null,
    data.evidence?.length ? el("h3", {}, bi("依据", "Evidence")) : null,
    data.evidence?.length ? el("ul", { class: "evidence" }, data.evidence.map(evidenceItem)) : null,
    !answers.length && related.length ? el("h3", {}, bi("相关实体", "Related entities")) : null,
    !answers.length && related.length ? el("ul", { class: "chips" }, related.map((r) => el("li", {}, entityLink(r, { class: "chip" })))) : null,
    data.sparql ? sparqlLink(data.sparql) : null,
  ].filter(Boolean));
}

// The answer card for a question, cleared for a plain search (or a question without an answer).
async function ask(query) {
  askController?.abort();
  askController = new AbortController();
  const { signal } = askController;
  answerBox.hidden = true;
  answerBox.replaceChildren();
  showStatus(askStatus, "", "");
  try {
    const data = await getJSON("/api/ask", { q: query }, signal);
    if (!isQuestion(query, data)) return;
    renderAnswer(data);
  } catch (error) {
    if (error.code === "warming_up") {
      setTimeout(() => { if (lastQuery === query) ask(query); }, 1000 * (error.retryAfter || WARM_RETRY_S));
    } else if (error.name !== "AbortError" && QUESTION_MARK.test(query)) {
      showStatus(askStatus, `无法回答：${error.message}`, `Could not answer: ${error.message}`, true);
    }
  }
}

// The examples fill the box and run like a typed query.
function runExample(text, keepCards = false) {
  if (searchBox.input) searchBox.input.value = text;
  searchBox.setAttribute("value", text);
  runSearch(text, keepCards);
}

function wire() {
  searchBox.addEventListener("chanjiao:search", (event) => {
    event.preventDefault();
    runSearch(event.detail.query);
  });
  for (const example of document.querySelectorAll("[data-example]")) {
    example.addEventListener("click", () => runExample(example.dataset.example));
  }
}

function resume() {
  const params = new URLSearchParams(location.search);
  for (const name of Object.keys(filters)) filters[name] = params.get(name);
  applyFilters();
  const query = params.get("q") || params.get("ask");  // ?ask= is what the old ask box wrote
  // the server rendered the cards of ?q= (unfiltered): keep them rather than drawing them again
  const rendered = Boolean(params.get("q")) && !filters.type && !filters.industry && Boolean(cards.querySelector(".card"));
  if (query) runExample(query, rendered);
  else addDetails().catch(() => {});
  // Snippets and type badges come in the page's language: search again when it changes.
  document.addEventListener("chanjiao:lang", () => { if (lastQuery) runSearch(lastQuery); });
}

initLang();
wire();
resume();
