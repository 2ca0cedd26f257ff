// Industries, projects and partners of a set of entities, in one SPARQL query, and their
// rendering as a definition list. Used by the home page's result cards and the entity page.
import { bi, el, entityLink, sparqlSelect } from "./ui.js";

const SAFE_IRI = /^[^\s<>"{}|\\^`]+$/;
const SHOWN = 8;

// ?role: industry (the entity's fields), project (cooperations it takes part in, or in the
// industry or below it), partner (the other participants of its cooperations, those sharing
// more cooperations, then smaller ones, first; or the participants of a cooperation).
const DETAILS = `PREFIX cj: <https://w3id.org/chanjiao/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?entity ?role ?item ?zh ?en (COUNT(DISTINCT ?via) AS ?shared) (MIN(?size) AS ?closest) WHERE {
  VALUES ?entity { %IRIS% }
  { BIND("industry" AS ?role) ?entity cj:industry ?item . }
  UNION { BIND("project" AS ?role) ?item cj:participant ?entity . }
  UNION { BIND("project" AS ?role) ?item a cj:Cooperation ; cj:industry/skos:broader* ?entity . }
  UNION { BIND("partner" AS ?role) ?entity cj:participant ?item . }
  UNION {
    BIND("partner" AS ?role) ?via cj:participant ?entity , ?item . FILTER(?item != ?entity)
    { SELECT ?via (COUNT(DISTINCT ?member) AS ?size) WHERE { ?via cj:participant ?member } GROUP BY ?via }
  }
  OPTIONAL { ?item rdfs:label ?zh . FILTER(lang(?zh) = "zh") }
  OPTIONAL { ?item rdfs:label ?en . FILTER(lang(?en) = "en") }
} GROUP BY ?entity ?role ?item ?zh ?en
ORDER BY ?entity ?role DESC(?shared) ?closest ?zh`;

export const ROLES = [
  { key: "industry", zh: "产业", en: "Industries" },
  { key: "project", zh: "项目", en: "Projects" },
  { key: "partner", zh: "合作伙伴", en: "Partners" },
];

// Map of IRI → {industry: [...], project: [...], partner: [...]}, items as {id, label, label_en}.
export async function fetchDetails(iris, signal) {
  const wanted = [...new Set(iris)].filter((iri) => SAFE_IRI.test(iri));
  const details = new Map(wanted.map((iri) => [iri, { industry: [], project: [], partner: [] }]));
  if (!wanted.length) return details;
  const query = DETAILS.replace("%IRIS%", wanted.map((iri) => `<${iri}>`).join(" "));
  for (const row of await sparqlSelect(query, signal)) {
    const item = { id: row.item.value, label: row.zh?.value, label_en: row.en?.value };
    details.get(row.entity.value)?.[row.role.value].push(item);
  }
  return details;
}

// The first SHOWN items, and a button that shows the rest.
function itemList(items) {
  const list = el("ul", {}, items.map((item, i) => el("li", { hidden: i >= SHOWN }, entityLink(item))));
  if (items.length > SHOWN) {
    const more = items.length - SHOWN;
    const button = el("button", { type: "button", class: "more" }, bi(`另外 ${more} 个`, `${more} more`));
    button.addEventListener("click", () => {
      for (const item of list.querySelectorAll("li[hidden]")) item.hidden = false;
      button.remove();
    });
    list.append(el("li", {}, button));
  }
  return list;
}

// A <dl> of the roles that have items; null when there is nothing to show.
export function detailsList(entry) {
  const rows = ROLES.filter((role) => entry?.[role.key]?.length).flatMap((role) => [
    el("dt", {}, bi(role.zh, role.en)),
    el("dd", {}, itemList(entry[role.key])),
  ]);
  return rows.length ? el("dl", { class: "facts" }, rows) : null;
}
