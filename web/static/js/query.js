// The SPARQL editor: YASGUI on this service's endpoint, with the researchers' queries one click away.
// A link to /query?query=... (e.g. "view SPARQL" under an answer) opens that query in a tab.
import { currentLang, initLang } from "./ui.js";

const ENDPOINT = new URL("/sparql", location.href).href;
const PERSISTENCE_ID = "chanjiao-yasgui";
const queries = JSON.parse(document.getElementById("researcher-queries").textContent);
const buttons = [...document.querySelectorAll("[data-query]")];

function createEditor() {
  return new window.Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: ENDPOINT, method: "POST" },
    copyEndpointOnNewTab: false,
    endpointCatalogueOptions: { getData: () => [{ endpoint: ENDPOINT }] },
    persistenceId: PERSISTENCE_ID,
    yasqe: { autocompleters: ["variables", "prefixes"] },
  });
}

function open(yasgui, index) {
  const query = queries[index];
  const name = currentLang() === "en" ? query.title_en : query.title_zh;
  const config = { name, yasqe: { value: query.text }, requestConfig: { endpoint: ENDPOINT } };
  const tab = yasgui.addTab(true, config, { avoidDuplicateTabs: true });
  for (const button of buttons) button.setAttribute("aria-pressed", String(button === buttons[index]));
  tab.getYasqe().query();
}

// yasgui.min.js is a deferred classic script before this module, so it has run by now.
initLang();
const yasgui = createEditor();
for (const button of buttons) button.addEventListener("click", () => open(yasgui, Number(button.dataset.query)));
