// The entity page's additions: a neighbourhood graph (cytoscape.js, loaded before this module)
// whose nodes open their pages when clicked, the entity's projects, partners and industries,
// and the source documents its facts come from.
import { detailsList, fetchDetails } from "./details.js";
import { bi, el, getJSON } from "./ui.js";

const MAX_NEIGHBOURS = 80;
const HIDDEN_KINDS = new Set(["evidence", "statement"]);
const FONT = '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';
const KINDS = {
  org: ["#1d5fbf", "机构", "organisations"],
  project: ["#d9480f", "项目", "projects"],
  industry: ["#2b8a3e", "产业", "industries"],
  person: ["#9c36b5", "人物", "people"],
  position: ["#7048e8", "职务", "positions"],
  programme: ["#0b7285", "培养计划", "programmes"],
  event: ["#e67700", "事件", "events"],
  document: ["#495057", "文献", "documents"],
  place: ["#5c940d", "地点", "places"],
  consortium: ["#c2255c", "联合体", "consortium"],
  quantity: ["#868e96", "数量", "figures"],
  mode: ["#66a80f", "合作方式", "cooperation modes"],
};
const OTHER = ["#868e96", "其他", "other"];

const section = document.querySelector(".cj-entity-extra");
const container = document.getElementById("neighbourhood");

const kindOf = (path) => (path || "").split("/")[2] || "other";
const colourOf = (kind) => (KINDS[kind] || OTHER)[0];
const nameOf = (node) => node.label || node.label_en || node.value;

function elements(entity) {
  const centre = { data: { id: entity.id, label: entity.labels.zh || entity.labels.en || entity.id, kind: kindOf(entity.path), centre: true } };
  const nodes = new Map([[entity.id, centre]]);
  const edges = new Map();
  for (const link of entity.neighbours) {
    if (!link.path || HIDDEN_KINDS.has(kindOf(link.path))) continue;
    if (!nodes.has(link.value) && nodes.size > MAX_NEIGHBOURS) continue;
    nodes.set(link.value, { data: { id: link.value, label: nameOf(link), kind: kindOf(link.path), path: link.path } });
    const [source, target] = link.direction === "out" ? [entity.id, link.value] : [link.value, entity.id];
    const id = `${source}|${link.predicate.value}|${target}`;
    edges.set(id, { data: { id, source, target, label: nameOf(link.predicate) } });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

// Edge labels (the predicates) show on hovering a node, to keep the picture readable.
function style() {
  return [
    { selector: "node", style: {
      "background-color": (n) => colourOf(n.data("kind")), label: "data(label)", "font-family": FONT, "font-size": 11,
      color: "#1f2933", "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "wrap", "text-max-width": 120,
      "text-overflow-wrap": "anywhere",
      width: 18, height: 18,
    } },
    { selector: "node[?centre]", style: { width: 30, height: 30, "font-size": 13, "font-weight": 600, "border-width": 3, "border-color": "#16325c" } },
    { selector: "edge", style: {
      width: 1.2, "line-color": "#c3ccd6", "target-arrow-color": "#c3ccd6", "target-arrow-shape": "triangle",
      "curve-style": "bezier", "font-family": FONT, "font-size": 9, color: "#5b6876", "text-rotation": "autorotate",
    } },
    { selector: "edge.hover", style: { label: "data(label)", "line-color": "#1d5fbf", "target-arrow-color": "#1d5fbf" } },
  ];
}

function drawGraph(entity) {
  const { nodes, edges } = elements(entity);
  const cy = window.cytoscape({
    container, elements: [...nodes, ...edges], style: style(), maxZoom: 1.6,
    layout: { name: "concentric", concentric: (n) => (n.data("centre") ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 60, padding: 30 },
  });
  cy.on("tap", "node[path]", (event) => window.location.assign(event.target.data("path")));
  cy.on("mouseover", "node", (event) => {
    event.target.connectedEdges().addClass("hover");
    container.style.cursor = event.target.data("path") ? "pointer" : "";
  });
  cy.on("mouseout", "node", (event) => {
    event.target.connectedEdges().removeClass("hover");
    container.style.cursor = "";
  });
  container.dataset.nodes = String(nodes.length);
  drawLegend(new Set(nodes.map((n) => n.data.kind)));
  return cy;
}

function drawLegend(kinds) {
  const items = [...kinds].map((kind) => {
    const [colour, zh, en] = KINDS[kind] || OTHER;
    const item = el("li", {}, bi(zh, en));
    item.style.setProperty("--swatch", colour);
    return item;
  });
  document.getElementById("graph-legend").replaceChildren(...items);
}

// Each source document, and a link to each of its cited spans on the document's page.
function drawSources(entity) {
  const byDocument = new Map();
  entity.evidence.forEach((ev, i) => {
    const key = ev.document?.value ?? "";
    if (!byDocument.has(key)) byDocument.set(key, { document: ev.document, spans: [] });
    byDocument.get(key).spans.push([ev, i]);
  });
  const items = [...byDocument.values()].map(({ document: doc, spans }) => el("li", {},
    doc ? el("a", { href: doc.path || doc.value }, nameOf(doc)) : bi("原文", "the source"),
    ` · ${spans.length} 处引文 quotations: `,
    ...spans.flatMap(([ev, i]) => [el("a", { class: "cite", href: ev.url || `#ev${i + 1}`, title: ev.quote }, `[${i + 1}]`), " "])));
  document.getElementById("entity-sources").replaceChildren(...items);
}

async function drawDetails(entity) {
  const details = await fetchDetails([entity.id]);
  const list = detailsList(details.get(entity.id));
  document.getElementById("entity-details").replaceChildren(list || el("p", { class: "status" }, "无 None"));
}

async function start() {
  const entity = await getJSON("/api/entity", { iri: section.dataset.entity });
  drawGraph(entity);
  drawSources(entity);
  await drawDetails(entity);
}

start().catch((error) => {
  document.getElementById("entity-details").replaceChildren(el("p", { class: "status error" }, `加载失败 Failed: ${error.message}`));
});
