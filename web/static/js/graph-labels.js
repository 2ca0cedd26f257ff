// Label placement for the neighbourhood graph: labels legible at any zoom (at least MIN_PX on
// screen) and never overlapping. Each label, most important first, takes the first of four places
// around its node (below, right, above, left) where it overlaps no label placed before it and no
// node; a label with no free place is hidden (it shows on hover and stays in the list of links).

const MIN_PX = 12;
const BASE_PX = 12;
const GAP = 2;
const PLACES = [
  { "text-valign": "bottom", "text-halign": "center", "text-margin-x": 0, "text-margin-y": 3 },
  { "text-valign": "center", "text-halign": "right", "text-margin-x": 4, "text-margin-y": 0 },
  { "text-valign": "top", "text-halign": "center", "text-margin-x": 0, "text-margin-y": -3 },
  { "text-valign": "center", "text-halign": "left", "text-margin-x": -4, "text-margin-y": 0 },
];
const LABEL_BOX = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
const NODE_BOX = { includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false };

function overlaps(a, b) {
  return a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;
}

// The centre first, then the nearer hop, then the better connected.
function byImportance(a, b) {
  return (b.data("centre") ? 1 : 0) - (a.data("centre") ? 1 : 0) || (a.data("hop") ?? 1) - (b.data("hop") ?? 1)
    || b.degree() - a.degree();
}

// The font size (in graph units) that shows as at least MIN_PX on screen at the current zoom.
export function legibleFontSize(cy) {
  return Math.max(BASE_PX, MIN_PX / cy.zoom());
}

function place(node, boxes, nodeBoxes) {
  for (const spot of PLACES) {
    node.style(spot);
    const box = node.boundingBox(LABEL_BOX);
    const clear = !boxes.some((other) => overlaps(box, other))
      && !nodeBoxes.some(([id, other]) => id !== node.id() && overlaps(box, other));
    if (clear) return box;
  }
  return null;
}

// Set the label size for the zoom, then place or hide every label; the number hidden.
export function placeLabels(cy) {
  const size = legibleFontSize(cy);
  cy.nodes().style({ "font-size": size, "text-max-width": size * 11 }).removeClass("label-hidden");
  const nodeBoxes = cy.nodes().map((n) => [n.id(), n.boundingBox(NODE_BOX)]);
  const boxes = [];
  let hidden = 0;
  for (const node of cy.nodes().sort(byImportance)) {
    const box = place(node, boxes, nodeBoxes);
    if (box) boxes.push(box);
    else {
      node.addClass("label-hidden");
      hidden += 1;
    }
  }
  return hidden;
}

// The visible labels' boxes on screen (for checks: they must not overlap).
export function visibleLabelBoxes(cy) {
  return cy.nodes().filter((n) => !n.hasClass("label-hidden")).map((n) => n.renderedBoundingBox(LABEL_BOX));
}
