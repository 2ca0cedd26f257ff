// Shared helpers of the service's pages: the zh/en switch, safe DOM building, JSON requests.
// Data is only ever inserted as text (textContent / text nodes), never parsed as HTML.

const LANG_KEY = "chanjiao.lang";
const HTML_LANG = { zh: "zh-CN", en: "en" };
const ENTITY_PATH = /\/id\/[a-z]+\/[^/?#]+$/;

export function currentLang() {
  return document.documentElement.dataset.lang === "en" ? "en" : "zh";
}

function storedLang() {
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked in HTML_LANG) return asked;
  try {
    return localStorage.getItem(LANG_KEY) || "zh";
  } catch {
    return "zh";
  }
}

// Attributes that differ by language are written as data-zh-NAME / data-en-NAME.
function localiseAttributes(lang) {
  for (const node of document.querySelectorAll("[data-i18n-attr]")) {
    for (const name of node.dataset.i18nAttr.split(/\s+/)) {
      const value = node.getAttribute(`data-${lang}-${name}`);
      if (value !== null) node.setAttribute(name, value);
    }
  }
}

export function setLang(lang) {
  const root = document.documentElement;
  root.dataset.lang = lang;
  root.lang = HTML_LANG[lang];
  localiseAttributes(lang);
  for (const box of document.querySelectorAll("chanjiao-search[data-follow-lang]")) box.setAttribute("lang", lang);
  for (const toggle of document.querySelectorAll(".lang-toggle")) toggle.setAttribute("aria-pressed", String(lang === "en"));
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    /* storage unavailable (private mode): the choice lasts for this page only */
  }
  document.dispatchEvent(new CustomEvent("chanjiao:lang", { detail: { lang } }));
}

let langStarted = false;

// Idempotent: every page loads page.js, and a page's own script may call it too.
export function initLang() {
  if (langStarted) return;
  langStarted = true;
  setLang(storedLang());
  for (const toggle of document.querySelectorAll(".lang-toggle")) {
    toggle.addEventListener("click", () => setLang(currentLang() === "zh" ? "en" : "zh"));
  }
}

// el("a", {href: "/x", class: "c"}, "text", otherNode): children are text or nodes.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

// Text in both languages; CSS shows the one of the current language.
export function bi(zh, en) {
  const fragment = document.createDocumentFragment();
  fragment.append(el("span", { "data-l": "zh", lang: "zh-CN" }, zh), el("span", { "data-l": "en", lang: "en" }, en ?? zh));
  return fragment;
}

// The local page of an entity IRI ("/id/kind/slug"), whatever the graph's base IRI.
export function entityPath(iri) {
  const match = ENTITY_PATH.exec(String(iri ?? ""));
  return match ? match[0] : null;
}

export function entityLink(item, attrs = {}) {
  const label = item.label || item.label_en || item.id;
  return el("a", { href: entityPath(item.id) ?? item.id, ...attrs }, bi(label, item.label_en || label));
}

// ``code``: the service's error code (e.g. "warming_up"); ``retryAfter``: seconds, from Retry-After.
export class RequestError extends Error {
  constructor(status, message, code = null, retryAfter = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }
}

async function parse(response) {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const retryAfter = Number(response.headers.get("Retry-After")) || null;
    throw new RequestError(response.status, body?.error?.message || `HTTP ${response.status}`, body?.error?.code ?? null, retryAfter);
  }
  return body;
}

export async function getJSON(path, params = {}, signal) {
  const url = new URL(path, location.href);
  for (const [name, value] of Object.entries(params)) if (value) url.searchParams.set(name, value);
  return parse(await fetch(url, { headers: { Accept: "application/json" }, signal }));
}

export async function sparqlSelect(query, signal) {
  const response = await fetch("/sparql", {
    method: "POST",
    headers: { Accept: "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ query }),
    signal,
  });
  return (await parse(response)).results.bindings;
}

// A status line: text in both languages, optionally marked as an error.
export function showStatus(node, zh, en, isError = false) {
  node.replaceChildren(zh ? bi(zh, en) : "");
  node.classList.toggle("error", isError);
}
