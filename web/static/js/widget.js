/* The embeddable search box of the chanjiao knowledge graph. No dependencies.
 *
 * Either a script tag with data-* attributes (a box is inserted right after the tag, or at the
 * start of <body> when the tag is in <head>):
 *   <script src="https://HOST/widget.js" data-endpoint="https://HOST" data-type="高校" data-lang="zh"></script>
 * or the custom element, anywhere after a plain <script src="https://HOST/widget.js"></script>:
 *   <chanjiao-search endpoint="https://HOST" type="企业" lang="en"></chanjiao-search>
 *
 * Attributes: endpoint (default: where widget.js came from), type (an entity type filter, e.g.
 * 高校, 企业, 项目), industry (an industry filter, e.g. 新能源, hydrogen energy), lang (zh | en:
 * the language of everything shown, badges and snippets included), limit (suggestions and
 * results, default 8), placeholder, value (the initial text).
 * Names can be typed in Chinese, pinyin (with or without spaces and tones), initials (dllg) or a
 * mix (dl理工), whole or by a word inside; a typo gets a "did you mean" line. A search that
 * finds nothing relevant says so and lists the nearest industries and entities, labelled.
 * Keyboard: arrows move through the suggestions, Enter opens the chosen one (or, with none
 * chosen, lists the search results below the box), Escape closes the list, then clears the box.
 * Events (bubbling, composed, cancelable): "chanjiao:select" {id, url, label} before opening an
 * entity page, "chanjiao:search" {query, type} before listing results; preventDefault() stops
 * the navigation or the inline results (a host page can render results itself).
 * Styles live in a shadow root; --chanjiao-accent and --chanjiao-font theme it. Every piece of
 * data is rendered with textContent.
 */
(function () {
  "use strict";

  var TAG = "chanjiao-search";
  var DEBOUNCE_MS = 150;
  var DEFAULT_LIMIT = 8;
  // Suggestions are name matches first, then at most RELATED_MAX search hits that score at least
  // RELATED_MIN_RATIO of the best one (entities related to the words without naming them).
  var RELATED_MIN_RATIO = 0.3;
  var RELATED_MAX = 3;
  var ENTITY_PATH = /\/id\/[a-z]+\/[^/?#]+$/;
  var SAFE_SCHEMES = ["http:", "https:"];
  var script = document.currentScript;
  var scriptOrigin = script && script.src ? new URL(script.src, location.href).origin : location.origin;

  var TEXT = {
    zh: {
      label: "搜索产教联合体知识图谱", placeholder: "搜索院校、企业、项目、产业…", search: "搜索",
      suggestions: "搜索建议", none: "没有找到相关结果", failed: "暂时无法连接检索服务",
      didYouMean: "您是不是要找：", nearestIndustries: "最接近的产业：", nearestEntities: "最接近的实体：",
      related: "相关",
      count: function (n) { return "找到 " + n + " 条结果"; },
      hint: function (n) { return n + " 条建议，可用上下方向键选择"; }
    },
    en: {
      label: "Search the industry–education knowledge graph", placeholder: "Search colleges, companies, projects, industries…",
      search: "Search", suggestions: "Suggestions", none: "No relevant results", failed: "The search service is unreachable",
      didYouMean: "Did you mean: ", nearestIndustries: "Nearest industries: ", nearestEntities: "Nearest entities: ",
      related: "related",
      count: function (n) { return n + (n === 1 ? " result" : " results"); },
      hint: function (n) { return n + (n === 1 ? " suggestion" : " suggestions") + ", use the arrow keys to choose"; }
    }
  };

  var CSS = [
    ":host{display:block;font-family:var(--chanjiao-font,\"PingFang SC\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif);",
    "color:#1f2933;line-height:1.6;--accent:var(--chanjiao-accent,#1d5fbf)}",
    ":host([hidden]){display:none}",
    "*{box-sizing:border-box}",
    ".box{position:relative}",
    ".field{display:flex;gap:.4rem}",
    "input{flex:1;min-width:0;font:inherit;font-size:1rem;padding:.55rem .75rem;border:1px solid #cfd7e1;",
    "border-radius:8px;background:#fff;color:inherit}",
    "input:focus{outline:none;border-color:var(--accent);box-shadow:0 0 0 3px rgba(29,95,191,.18)}",
    "button{font:inherit;border:0;border-radius:8px;padding:.55rem 1rem;background:var(--accent);color:#fff;cursor:pointer}",
    "button:focus-visible{outline:3px solid var(--accent);outline-offset:2px}",
    "[role=listbox]{position:absolute;z-index:10;left:0;right:0;top:calc(100% + 4px);margin:0;padding:.25rem;",
    "list-style:none;background:#fff;border:1px solid #cfd7e1;border-radius:8px;box-shadow:0 8px 24px rgba(16,24,40,.14);",
    "max-height:22rem;overflow-y:auto}",
    "[role=listbox][hidden]{display:none}",
    "[role=option]{display:flex;align-items:baseline;gap:.5rem;padding:.4rem .6rem;border-radius:6px;cursor:pointer}",
    "[role=option][aria-selected=true]{background:#e8f0fb;outline:2px solid var(--accent);outline-offset:-2px}",
    ".name{flex:1;min-width:0;overflow-wrap:anywhere}",
    ".why{display:block;font-size:.8rem;color:#5b6876;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}",
    ".type{font-size:.75rem;line-height:1.6;padding:0 .45rem;border-radius:4px;background:#e8f0fb;color:var(--accent);white-space:nowrap}",
    ".status{font-size:.85rem;color:#5b6876;min-height:1.4em;margin:.35rem 0 0}",
    ".status button,.nearest button{background:none;color:var(--accent);padding:0 .2rem;text-decoration:underline}",
    ".nearest{font-size:.85rem;color:#5b6876;margin:.25rem 0 0}",
    ".nearest a{color:var(--accent);margin-right:.5rem}",
    ".results{list-style:none;margin:.25rem 0 0;padding:0}",
    ".results li{padding:.45rem 0;border-bottom:1px solid #eef1f5}",
    ".results a{color:var(--accent);text-decoration:none;font-weight:600}",
    ".results a:hover{text-decoration:underline}",
    ".results p{margin:.1rem 0 0;font-size:.85rem;color:#5b6876;overflow-wrap:anywhere}",
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}"
  ].join("");

  var sheet = null;

  function styleShadow(root) {
    if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === "function") {
      try {
        sheet = sheet || new CSSStyleSheet();
        if (!sheet.cssRules.length) sheet.replaceSync(CSS);
        root.adoptedStyleSheets = [sheet];
        return;
      } catch (e) { /* constructable stylesheets unsupported: fall back to a style element */ }
    }
    var style = document.createElement("style");
    style.textContent = CSS;
    root.appendChild(style);
  }

  function make(tag, props, text) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (name) { node.setAttribute(name, props[name]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // fn after ms of quiet; .cancel() drops a pending call (a submit outruns the suggestions).
  function debounce(fn, ms) {
    var timer = null;
    var debounced = function () {
      var args = arguments, self = this;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(self, args); }, ms);
    };
    debounced.cancel = function () { clearTimeout(timer); };
    return debounced;
  }

  // Name matches, then the better search hits not among them (marked related), at most ``limit``.
  function merge(names, hits, limit) {
    var seen = {}, best = hits.length ? hits[0].score : 0;
    names.forEach(function (item) { seen[item.id] = true; });
    var related = hits.filter(function (hit) { return !seen[hit.id] && hit.score >= best * RELATED_MIN_RATIO; })
      .slice(0, RELATED_MAX)
      .map(function (hit) { return Object.assign({}, hit, { related: true }); });
    return names.concat(related).slice(0, limit);
  }

  var counter = 0;

  class ChanjiaoSearch extends HTMLElement {
    static get observedAttributes() { return ["lang", "placeholder"]; }

    constructor() {
      super();
      this.uid = "cj" + (++counter);
      this.items = [];
      this.active = -1;
      this.seq = 0;
      this.inflight = null;
      this.build();
      this.suggestSoon = debounce(this.suggest.bind(this), DEBOUNCE_MS);
    }

    get endpoint() { return (this.getAttribute("endpoint") || scriptOrigin).replace(/\/+$/, ""); }
    get lang() { return this.getAttribute("lang") === "en" ? "en" : "zh"; }
    get text() { return TEXT[this.lang]; }
    get limit() {
      var n = parseInt(this.getAttribute("limit"), 10);
      return n > 0 && n <= 50 ? n : DEFAULT_LIMIT;
    }

    build() {
      var root = this.attachShadow({ mode: "open" });
      styleShadow(root);
      var listId = this.uid + "-list";
      this.form = make("form", { role: "search", part: "form" });
      this.labelEl = make("label", { class: "sr", for: this.uid + "-input" });
      this.input = make("input", {
        id: this.uid + "-input", type: "text", role: "combobox", "aria-autocomplete": "list",
        "aria-expanded": "false", "aria-controls": listId, autocomplete: "off", spellcheck: "false",
        enterkeyhint: "search", part: "input"
      });
      this.button = make("button", { type: "submit", part: "button" });
      this.list = make("ul", { id: listId, role: "listbox", hidden: "", part: "listbox" });
      this.hint = make("p", { class: "sr", role: "status", "aria-live": "polite" });
      this.status = make("p", { class: "status", role: "status", "aria-live": "polite", part: "status" });
      this.results = make("ol", { class: "results", part: "results" });
      this.nearest = make("div", { class: "nearest", part: "nearest" });
      var field = make("div", { class: "field" });
      field.append(this.input, this.button);
      var box = make("div", { class: "box" });
      box.append(this.labelEl, field, this.list, this.hint);
      this.form.append(box);
      root.append(this.form, this.status, this.results, this.nearest);
      this.listen();
      this.localise();
    }

    listen() {
      this.input.addEventListener("input", this.onInput.bind(this));
      this.input.addEventListener("keydown", this.onKey.bind(this));
      this.input.addEventListener("blur", this.close.bind(this));
      this.form.addEventListener("submit", this.onSubmit.bind(this));
      this.list.addEventListener("mousedown", function (e) { e.preventDefault(); });
      this.list.addEventListener("click", this.onPick.bind(this));
    }

    connectedCallback() {
      if (!this.input.value && this.getAttribute("value")) this.input.value = this.getAttribute("value");
    }

    attributeChangedCallback() { if (this.input) this.localise(); }

    localise() {
      var t = this.text;
      this.labelEl.textContent = t.label;
      this.input.setAttribute("placeholder", this.getAttribute("placeholder") || t.placeholder);
      this.button.textContent = t.search;
      this.list.setAttribute("aria-label", t.suggestions);
      this.renderOptions();
    }

    url(path, params) {
      var query = new URLSearchParams(params), self = this;
      ["type", "industry"].forEach(function (name) {
        var value = self.getAttribute(name);
        if (value) query.set(name, value);
      });
      query.set("lang", this.lang);
      return this.endpoint + path + "?" + query.toString();
    }

    // The page of an entity on this service; otherwise the IRI itself, but only an http(s) one:
    // an id such as "javascript:..." from a misbehaving endpoint must never become a link.
    entityUrl(iri) {
      var match = ENTITY_PATH.exec(String(iri));
      if (match) return this.endpoint + match[0];
      var url;
      try { url = new URL(String(iri)); } catch (e) { return null; }
      return SAFE_SCHEMES.indexOf(url.protocol) >= 0 ? url.href : null;
    }

    // A fresh signal for the next request(s); the requests of the previous one are aborted.
    renew() {
      if (this.inflight) this.inflight.abort();
      this.inflight = typeof AbortController === "function" ? new AbortController() : null;
      return this.inflight && this.inflight.signal;
    }

    request(path, params, signal) {
      var options = { headers: { Accept: "application/json" }, signal: signal };
      return fetch(this.url(path, params), options).then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      });
    }

    onInput() {
      var q = this.input.value.trim();
      if (!q) {
        this.seq++;
        this.setItems([]);
        return;
      }
      this.suggestSoon(q);
    }

    suggest(q) {
      var seq = ++this.seq, self = this, signal = this.renew(), params = { q: q, k: this.limit };
      Promise.all([
        this.request("/api/autocomplete", params, signal),
        this.request("/api/search", params, signal).catch(function () { return { results: [] }; })
      ]).then(function (answers) {
        if (seq !== self.seq) return;
        self.setItems(merge(answers[0].results || [], answers[1].results || [], self.limit));
        self.offer(answers[0].suggestion || answers[1].suggestion);
      }, function (error) {
        if (seq === self.seq && error.name !== "AbortError") self.setItems([]);
      });
    }

    setItems(items) {
      this.items = items;
      this.active = -1;
      this.renderOptions();
      if (items.length && this.shadowRoot.activeElement === this.input) this.open();
      else this.close();
    }

    label(item) {
      return (this.lang === "en" && item.label_en) || item.label || item.label_en || item.id;
    }

    badge(item) {
      return (this.lang === "en" && item.type_en) || item.type || "";
    }

    // "Did you mean X?": a button that puts X in the box and searches it.
    offer(name) {
      var self = this, t = this.text;
      if (!name) {
        if (this.status.dataset.kind === "suggestion") this.setStatus("");
        return;
      }
      var button = make("button", { type: "button", class: "did-you-mean" }, name);
      button.addEventListener("click", function () {
        self.input.value = name;
        self.form.requestSubmit ? self.form.requestSubmit() : self.onSubmit(new Event("submit"));
      });
      this.setStatus(t.didYouMean, button);
      this.status.dataset.kind = "suggestion";
    }

    setStatus(text, node) {
      this.status.replaceChildren(document.createTextNode(text));
      if (node) this.status.append(node);
      this.status.dataset.kind = "";
    }

    renderOptions() {
      var self = this;
      this.list.replaceChildren.apply(this.list, this.items.map(function (item, i) {
        var option = make("li", { id: self.uid + "-opt-" + i, role: "option", "aria-selected": String(i === self.active) });
        option.dataset.index = String(i);
        var name = make("span", { class: "name" }, self.label(item));
        var why = item.related ? item.snippet : item.snippet || item.matched;
        if (why && why !== self.label(item)) name.append(make("span", { class: "why" }, why));
        option.append(name, make("span", { class: "type" }, self.badge(item)));
        return option;
      }));
    }

    open() {
      this.list.hidden = false;
      this.input.setAttribute("aria-expanded", "true");
      this.hint.textContent = this.text.hint(this.items.length);
    }

    close() {
      this.list.hidden = true;
      this.input.setAttribute("aria-expanded", "false");
      this.hint.textContent = "";
      this.move(-1);
    }

    move(index) {
      var previous = this.list.children[this.active];
      if (previous) previous.setAttribute("aria-selected", "false");
      this.active = index;
      var current = this.list.children[index];
      if (!current) {
        this.input.removeAttribute("aria-activedescendant");
        return;
      }
      current.setAttribute("aria-selected", "true");
      this.input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    }

    onKey(e) {
      var n = this.items.length;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (!n) return;
        e.preventDefault();
        if (this.list.hidden) this.open();
        var step = e.key === "ArrowDown" ? 1 : -1;
        this.move(this.active < 0 ? (step > 0 ? 0 : n - 1) : (this.active + step + n) % n);
      } else if (e.key === "Escape") {
        e.preventDefault();
        if (!this.list.hidden) {
          this.close();
          return;
        }
        this.input.value = "";
        this.onInput();
      } else if (e.key === "Enter" && !this.list.hidden && this.active >= 0) {
        e.preventDefault();
        this.select(this.items[this.active]);
      }
    }

    onPick(e) {
      var option = e.target.closest("[role=option]");
      if (option) this.select(this.items[Number(option.dataset.index)]);
    }

    select(item) {
      var url = this.entityUrl(item.id);
      this.close();
      if (this.emit("chanjiao:select", { id: item.id, url: url, label: this.label(item) }) && url) window.location.assign(url);
    }

    emit(name, detail) {
      var event = new CustomEvent(name, { detail: detail, bubbles: true, composed: true, cancelable: true });
      return this.dispatchEvent(event);
    }

    onSubmit(e) {
      e.preventDefault();
      var q = this.input.value.trim();
      this.suggestSoon.cancel();
      this.seq++;
      this.close();
      if (!q) return;
      if (this.emit("chanjiao:search", { query: q, type: this.getAttribute("type") || null })) this.search(q);
    }

    search(q) {
      var self = this, t = this.text;
      this.request("/api/search", { q: q, k: this.limit }, this.renew()).then(function (data) {
        var results = data.results || [];
        self.renderResults(results);
        self.renderNearest(results.length ? {} : data.nearest || {});
        if (data.suggestion) self.offer(data.suggestion);
        else self.setStatus(results.length ? t.count(data.total || results.length) : t.none);
      }, function (error) {
        if (error.name !== "AbortError") self.setStatus(t.failed);
      });
    }

    // Below the floor, labelled: the closest industries and entities, never mixed with results.
    // A link to the item's page, or its label as plain text when it has no safe URL.
    linkTo(item) {
      var url = this.entityUrl(item.id);
      return url ? make("a", { href: url }, this.label(item)) : make("span", {}, this.label(item));
    }

    renderNearest(nearest) {
      var self = this, t = this.text, rows = [];
      [["industries", t.nearestIndustries], ["entities", t.nearestEntities]].forEach(function (pair) {
        var items = nearest[pair[0]] || [];
        if (!items.length) return;
        var row = make("p", { class: "nearest-" + pair[0] }, pair[1]);
        items.forEach(function (item) { row.append(self.linkTo(item)); });
        rows.push(row);
      });
      this.nearest.replaceChildren.apply(this.nearest, rows);
    }

    renderResults(results) {
      var self = this;
      this.results.replaceChildren.apply(this.results, results.map(function (item) {
        var li = make("li");
        li.append(self.linkTo(item), document.createTextNode(" "), make("span", { class: "type" }, self.badge(item)));
        if (item.snippet) li.append(make("p", {}, item.snippet));
        return li;
      }));
    }
  }

  if (!customElements.get(TAG)) customElements.define(TAG, ChanjiaoSearch);

  var MOUNT_ATTRIBUTES = ["endpoint", "type", "industry", "lang", "limit", "placeholder"];

  function mountAfterScript() {
    if (!script || !Object.keys(script.dataset).length) return;
    var box = document.createElement(TAG);
    MOUNT_ATTRIBUTES.forEach(function (name) {
      if (script.dataset[name] !== undefined) box.setAttribute(name, script.dataset[name]);
    });
    if (!script.closest("head")) {
      script.insertAdjacentElement("afterend", box);
      return;
    }
    document.addEventListener("DOMContentLoaded", function () { document.body.prepend(box); });
  }

  mountAfterScript();
})();
