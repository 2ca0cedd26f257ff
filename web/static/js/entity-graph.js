// The entity page's additions: a neighbourhood graph (cytoscape.js, loaded before this module) of
// one or two hops, whose nodes open their pages when clicked, with labels that never overlap
// (graph-labels.js) and the list of its links as its text alternative; the entity's projects,
// partners and industries, and the source documents its facts come from.
import { detailsList, fetchDetails } from "./details.js";
import { legibleFontSize, placeLabels, visibleLabelBoxes } from "./graph-labels.js";
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

const MAX_SECOND_HOP_SOURCES = 24;
const section = document.querySelector(".cj-entity-extra");
const container = document.getElementById("neighbourhood");
const edgeList = document.getElementById("graph-edges");
const edgeCount = document.getElementById("graph-edge-count");

const kindOf = (path) => (path || "").split("/")[2] || "other";
const colourOf = (kind) => (KINDS[kind] || OTHER)[0];
const nameOf = (node) => node.label || node.label_en || node.value;
const shown = (link) => link.path && !HIDDEN_KINDS.has(kindOf(link.path));

// Nodes and edges of ``entities`` (the centre first, then its neighbours at hop 1 when they are
// given), each link once; at most MAX_NEIGHBOURS nodes besides the centre.
function elements(entities) {
  const [centre] = entities;
  const nodes = new Map([[centre.id, { data: { id: centre.id, label: centre.labels.zh || centre.labels.en || centre.id,
    kind: kindOf(centre.path), centre: true, hop: 0, path: centre.path } }]]);
  const edges = new Map();
  for (const entity of entities) {
    const hop = (nodes.get(entity.id)?.data.hop ?? 0) + 1;
    for (const link of entity.neighbours.filter(shown)) {
      if (!nodes.has(link.value)) {
        if (nodes.size > MAX_NEIGHBOURS) continue;
        nodes.set(link.value, { data: { id: link.value, label: nameOf(link), kind: kindOf(link.path), path: link.path, hop } });
      }
      const [source, target] = link.direction === "out" ? [entity.id, link.value] : [link.value, entity.id];
      const id = `${source}|${link.predicate.value}|${target}`;
      edges.set(id, { data: { id, source, target, label: nameOf(link.predicate) } });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

// Edge labels (the predicates) show on hovering a node; a hidden node label shows on hover too.
function style() {
  return [
    { selector: "node", style: {
      "background-color": (n) => colourOf(n.data("kind")), label: "data(label)", "font-family": FONT, "font-size": 12,
      color: "#1f2933", "text-wrap": "wrap", "text-max-width": 132, "text-overflow-wrap": "anywhere",
      "text-background-color": "#fff", "text-background-opacity": 0.8, "text-background-padding": 1,
      width: 18, height: 18,
    } },
    { selector: "node[?centre]", style: { width: 30, height: 30, "font-weight": 600, "border-width": 3, "border-color": "#16325c" } },
    { selector: "node[hop = 2]", style: { width: 12, height: 12, opacity: 0.85 } },
    { selector: "node.label-hidden", style: { "text-opacity": 0, "text-background-opacity": 0 } },
    { selector: "node.label-hidden.hover", style: { "text-opacity": 1, "text-background-opacity": 0.9, "z-index": 10 } },
    { selector: "edge", style: {
      width: 1.2, "line-color": "#c3ccd6", "target-arrow-color": "#c3ccd6", "target-arrow-shape": "triangle",
      "curve-style": "bezier", "font-family": FONT, "font-size": 9, color: "#5b6876", "text-rotation": "autorotate",
    } },
    { selector: "edge.hover", style: { label: "data(label)", "line-color": "#1d5fbf", "target-arrow-color": "#1d5fbf" } },
  ];
}

function layout(cy) {
  const spacing = legibleFontSize(cy) * 6;
  return cy.layout({ name: "concentric", concentric: (n) => 3 - n.data("hop"), levelWidth: () => 1,
    minNodeSpacing: spacing, padding: 24, animate: false });
}

function interact(cy) {
  cy.on("tap", "node[path]", (event) => {
    if (!event.target.data("centre")) window.location.assign(event.target.data("path"));
  });
  cy.on("mouseover", "node", (event) => {
    event.target.addClass("hover").connectedEdges().addClass("hover");
    container.style.cursor = event.target.data("path") ? "pointer" : "";
  });
  cy.on("mouseout", "node", (event) => {
    event.target.removeClass("hover").connectedEdges().removeClass("hover");
    container.style.cursor = "";
  });
}

// Lay out, fit, then size and place the labels for the zoom the fit chose (twice: the larger
// labels of a phone need the wider spacing the first pass computes).
function arrange(cy) {
  for (let pass = 0; pass < 2; pass += 1) {
    layout(cy).run();
    cy.fit(undefined, 24);
  }
  container.dataset.hiddenLabels = String(placeLabels(cy));
}

let cy = null;

function drawGraph(entities) {
  const { nodes, edges } = elements(entities);
  cy?.destroy();
  cy = window.cytoscape({ container, elements: [...nodes, ...edges], style: style(), maxZoom: 1.6, minZoom: 0.2 });
  window.chanjiaoGraph = { cy, visibleLabelBoxes: () => visibleLabelBoxes(cy) };  // for checks and the console
  interact(cy);
  arrange(cy);
  for (const canvas of container.querySelectorAll("canvas")) canvas.setAttribute("aria-hidden", "true");
  container.dataset.nodes = String(nodes.length);
  drawLegend(new Set(nodes.map((n) => n.data.kind)));
  drawEdgeList(cy);
  return cy;
}

// The text alternative: every link of the picture as "source — relation → target".
function drawEdgeList(graph) {
  const link = (node) => (node.data("path") ? el("a", { href: node.data("path") }, node.data("label")) : node.data("label"));
  const items = graph.edges().map((edge) => el("li", {}, link(edge.source()), ` — ${edge.data("label")} → `, link(edge.target())));
  edgeList.replaceChildren(...items);
  edgeCount.textContent = String(items.length);
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

// The entities whose links the graph shows: the entity, and for two hops its shown neighbours.
async function hopEntities(entity, hops) {
  if (hops < 2) return [entity];
  const firsts = entity.neighbours.filter(shown).slice(0, MAX_SECOND_HOP_SOURCES);
  const more = await Promise.all(firsts.map((link) => getJSON("/api/entity", { iri: link.value }).catch(() => null)));
  return [entity, ...more.filter(Boolean)];
}

function wireHops(entity) {
  for (const input of document.querySelectorAll("input[name=hops]")) {
    input.addEventListener("change", async () => {
      container.setAttribute("aria-busy", "true");
      drawGraph(await hopEntities(entity, Number(input.value)));
      container.removeAttribute("aria-busy");
    });
  }
}

async function start() {
  const entity = await getJSON("/api/entity", { iri: section.dataset.entity });
  drawGraph([entity]);
  wireHops(entity);
  drawSources(entity);
  await drawDetails(entity);
}

start().catch((error) => {
  document.getElementById("entity-details").replaceChildren(el("p", { class: "status error" }, `加载失败 Failed: ${error.message}`));
});
