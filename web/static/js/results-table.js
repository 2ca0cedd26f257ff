// The query editor's result table (a YASR plugin): prefixed names for IRIs, each IRI linked to its
// page on this site and its rdfs:label beside it (a label service, as on WDQS: one extra query
// for all IRIs of the result), plain numbers and plain text instead of typed-literal notation.
import { bi, currentLang, el, sparqlSelect } from "./ui.js";

const MAX_LABELLED = 500;
const NUMERIC = /#(integer|decimal|double|float|long|int|short|byte|nonNegativeInteger|positiveInteger|nonPositiveInteger|negativeInteger|unsignedLong|unsignedInt)$/;

// The page's configuration: the graph's base IRI and the predeclared prefixes.
const site = JSON.parse(document.getElementById("sparql-site").textContent);
const prefixEntries = Object.entries(site.prefixes).sort((a, b) => b[1].length - a[1].length);

// "cj:University" for an IRI in a predeclared namespace, else null.
export function prefixed(iri) {
  for (const [prefix, namespace] of prefixEntries) {
    if (iri.startsWith(namespace) && /^[\w\-.]*$/u.test(iri.slice(namespace.length))) return `${prefix}:${iri.slice(namespace.length)}`;
  }
  return null;
}

// Our own IRIs open on this site (the same path under its origin); others are left as they are.
export function localHref(iri) {
  return iri.startsWith(site.base) ? `/${iri.slice(site.base.length)}` : iri;
}

function pick(labels, lang) {
  return labels[lang] ?? labels[lang === "zh" ? "en" : "zh"] ?? labels[""] ?? Object.values(labels)[0];
}

// rdfs:label of each IRI (by language), in one query.
export async function fetchLabels(iris) {
  const wanted = [...new Set(iris)].slice(0, MAX_LABELLED);
  const labels = new Map();
  if (!wanted.length) return labels;
  const values = wanted.map((iri) => `<${iri}>`).join(" ");
  const rows = await sparqlSelect(`SELECT ?iri ?label WHERE { VALUES ?iri { ${values} } ?iri <http://www.w3.org/2000/01/rdf-schema#label> ?label }`);
  for (const row of rows) {
    const entry = labels.get(row.iri.value) ?? {};
    entry[row.label["xml:lang"] ?? ""] = row.label.value;
    labels.set(row.iri.value, entry);
  }
  return labels;
}

function iriCell(term, labels) {
  // our own IRIs by their path here (the full IRI is the link's title), others by prefixed name
  const name = prefixed(term.value) ?? (term.value.startsWith(site.base) ? localHref(term.value) : term.value);
  const found = labels.get(term.value);
  const label = found ? pick(found, currentLang()) : null;
  return [el("a", { class: "iri", href: localHref(term.value), title: term.value }, name),
    label ? el("span", { class: "term-label" }, label) : null];
}

function literalCell(term) {
  const datatype = term.datatype ?? "";
  if (NUMERIC.test(datatype)) return [el("span", { class: "number" }, term.value)];
  const lang = term["xml:lang"];
  return [el("span", lang ? { lang } : {}, term.value), lang ? el("span", { class: "lang-tag" }, lang) : null];
}

export function cell(term, labels) {
  if (!term) return el("td", {});
  if (term.type === "uri") return el("td", {}, iriCell(term, labels));
  if (term.type === "bnode") return el("td", {}, el("span", { class: "bnode" }, `_:${term.value}`));
  const numeric = NUMERIC.test(term.datatype ?? "");
  return el("td", numeric ? { class: "numeric" } : {}, literalCell(term));
}

export function table(variables, bindings, labels) {
  const head = el("tr", {}, variables.map((name) => el("th", { scope: "col" }, `?${name}`)));
  const rows = bindings.map((row) => el("tr", {}, variables.map((name) => cell(row[name], labels))));
  return el("table", { class: "labelled-results" }, el("thead", {}, head), el("tbody", {}, rows));
}

function resultIris(bindings) {
  return bindings.flatMap((row) => Object.values(row).filter((t) => t.type === "uri").map((t) => t.value));
}

// The YASR plugin: the default view of SELECT results.
export class LabelledTable {
  constructor(yasr) {
    this.yasr = yasr;
    this.priority = 20;
    this.label = currentLang() === "en" ? "Table with labels" : "带标签的表格";
  }

  canHandleResults() {
    return Boolean(this.yasr.results?.getVariables?.()?.length) && !this.yasr.results.getBoolean?.();
  }

  getIcon() {
    return el("span", { class: "labelled-icon" }, "Aa");
  }

  async draw() {
    const variables = this.yasr.results.getVariables();
    const bindings = this.yasr.results.getBindings();
    const box = el("div", { class: "labelled-results-box" },
      el("p", { class: "status" }, bi(`${bindings.length} 行`, `${bindings.length} rows`)));
    this.yasr.resultsEl.replaceChildren(box);
    let labels = new Map();
    try {
      labels = await fetchLabels(resultIris(bindings));
    } catch {
      box.append(el("p", { class: "status" }, bi("标签暂不可用", "Labels are not available now")));
    }
    box.append(table(variables, bindings, labels));
  }
}
