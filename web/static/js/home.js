// The home page: the search box (the <chanjiao-search> widget) with result cards, and the ask box.
import { detailsList, fetchDetails } from "./details.js";
import { bi, el, entityLink, getJSON, initLang, showStatus } from "./ui.js";

const RESULTS_K = 10;
const searchBox = document.querySelector("chanjiao-search");
const cards = document.getElementById("results");
const searchStatus = document.getElementById("search-status");
const askForm = document.getElementById("ask-form");
const askInput = document.getElementById("ask-input");
const askStatus = document.getElementById("ask-status");
const answerBox = document.getElementById("answer");
let searchController = null;

function remember(name, value) {
  const url = new URL(location.href);
  url.searchParams.delete("q");
  url.searchParams.delete("ask");
  url.searchParams.set(name, value);
  history.replaceState(null, "", url);
}

function card(result) {
  const other = result.label_en && result.label_en !== result.label;
  return el("li", { class: "card", "data-id": result.id },
    el("h3", {}, entityLink(result), el("span", { class: "badge" }, result.type)),
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

async function runSearch(query) {
  searchController?.abort();
  searchController = new AbortController();
  const { signal } = searchController;
  remember("q", query);
  showStatus(searchStatus, "正在搜索…", "Searching…");
  try {
    const data = await getJSON("/api/search", { q: query, k: RESULTS_K }, signal);
    cards.replaceChildren(...data.results.map(card));
    const n = data.results.length;
    showStatus(searchStatus, n ? `找到 ${n} 条结果` : "没有找到相关结果", n ? `${n} results` : "No results");
    await addDetails(signal);
  } catch (error) {
    if (error.name !== "AbortError") showStatus(searchStatus, `搜索失败：${error.message}`, `Search failed: ${error.message}`, true);
  }
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
  answerBox.replaceChildren(...[
    el("p", { class: "answer-text" }, data.answer_text || ""),
    answers.length ? el("ul", { class: "chips answers" }, answers.map((a) => el("li", {}, entityLink(a, { class: "chip" })))) : null,
    data.evidence?.length ? el("h3", {}, bi("依据", "Evidence")) : null,
    data.evidence?.length ? el("ul", { class: "evidence" }, data.evidence.map(evidenceItem)) : null,
    !answers.length && related.length ? el("h3", {}, bi("相关实体", "Related entities")) : null,
    !answers.length && related.length ? el("ul", { class: "chips" }, related.map((r) => el("li", {}, entityLink(r, { class: "chip" })))) : null,
    data.sparql ? sparqlLink(data.sparql) : null,
  ].filter(Boolean));
}

async function ask(question) {
  remember("ask", question);
  showStatus(askStatus, "正在查找答案…", "Looking for the answer…");
  answerBox.replaceChildren();
  try {
    renderAnswer(await getJSON("/api/ask", { q: question }));
    showStatus(askStatus, "", "");
  } catch (error) {
    showStatus(askStatus, `无法回答：${error.message}`, `Could not answer: ${error.message}`, true);
  }
}

function wire() {
  searchBox.addEventListener("chanjiao:search", (event) => {
    event.preventDefault();
    runSearch(event.detail.query);
  });
  askForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const question = askInput.value.trim();
    if (question) ask(question);
  });
  for (const example of document.querySelectorAll("[data-example]")) {
    example.addEventListener("click", () => {
      askInput.value = example.dataset.example;
      ask(example.dataset.example);
    });
  }
}

function resume() {
  const params = new URLSearchParams(location.search);
  addDetails().catch(() => {});
  if (params.get("ask")) {
    askInput.value = params.get("ask");
    ask(askInput.value);
  }
}

initLang();
wire();
resume();
