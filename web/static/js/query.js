// The SPARQL editor: YASGUI on this service's endpoint, with the researchers' queries one click away.
// Results show in our own table (results-table.js): labels beside IRIs, plain numbers, local links.
// A link to /query?query=... (e.g. "view SPARQL" under an answer), or /sparql?query=... opened in a
// browser, opens that query (the server writes it with prefixed names) in a tab and runs it.
import { LabelledTable } from "./results-table.js";
import { currentLang, initLang } from "./ui.js";

const ENDPOINT = new URL("/sparql", location.href).href;
const PERSISTENCE_ID = "chanjiao-yasgui";
const queries = JSON.parse(document.getElementById("researcher-queries").textContent);
const initialQuery = JSON.parse(document.getElementById("initial-query").textContent);
const buttons = [...document.querySelectorAll("[data-query]")];
// The first researcher's query (the consortium) is what a new tab starts with.
const DEFAULT_QUERY = queries[0]?.text ?? "SELECT * WHERE { ?s ?p ?o } LIMIT 10";

function createEditor() {
  const { Yasgui } = window;
  Yasgui.Yasr.registerPlugin("labelled", LabelledTable);
  Yasgui.Yasqe.defaults.value = DEFAULT_QUERY;
  return new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: ENDPOINT, method: "POST" },
    copyEndpointOnNewTab: false,
    populateFromUrl: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint: ENDPOINT }] },
    persistenceId: PERSISTENCE_ID,
    yasqe: { autocompleters: ["variables", "prefixes"], value: DEFAULT_QUERY },
    yasr: { defaultPlugin: "labelled", pluginOrder: ["labelled", "table", "response"] },
  });
}

function openTab(yasgui, name, text) {
  const config = { name, yasqe: { value: text }, requestConfig: { endpoint: ENDPOINT } };
  const tab = yasgui.addTab(true, config, { avoidDuplicateTabs: true });
  tab.getYasqe().setValue(text);
  tab.getYasqe().query();
}

function open(yasgui, index) {
  const query = queries[index];
  openTab(yasgui, currentLang() === "en" ? query.title_en : query.title_zh, query.text);
  for (const button of buttons) button.setAttribute("aria-pressed", String(button === buttons[index]));
}

// yasgui.min.js is a deferred classic script before this module, so it has run by now.
initLang();
const yasgui = createEditor();
for (const button of buttons) button.addEventListener("click", () => open(yasgui, Number(button.dataset.query)));
if (initialQuery) openTab(yasgui, currentLang() === "en" ? "Linked query" : "链接的查询", initialQuery);
