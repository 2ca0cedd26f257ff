// Copies the browser builds of the npm dependencies and their licences into ../static/vendor/.
// Run after `npm ci`: `npm run vendor`. Source maps are left out; their comment is stripped.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const vendor = join(here, "..", "static", "vendor");

const BUNDLES = {
  yasgui: { root: "@zazuko/yasgui", files: ["build/yasgui.min.js", "build/yasgui.min.css"] },
  cytoscape: { root: "cytoscape", files: ["dist/cytoscape.min.js"] },
};
const LICENCE_NAME = /^(licen[cs]e|copying)(\.(md|txt))?$|^licen[cs]e-mpl$/i;
const SOURCE_MAP = /\n\/\/# sourceMappingURL=\S+\s*$/;
const MIT = (holder) => `MIT License

Copyright (c) ${holder}

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

function packageJson(dir) {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
}

// Every package the bundle's root depends on, transitively (the npm tree is flat enough here).
function dependencyTree(name, seen = new Map()) {
  if (seen.has(name)) return seen;
  const dir = join(modules, name);
  if (!existsSync(dir)) return seen;
  const meta = packageJson(dir);
  seen.set(name, { dir, meta });
  for (const dep of Object.keys(meta.dependencies || {})) dependencyTree(dep, seen);
  return seen;
}

// The npm package ships no licence file: the standard text of the licence its package.json declares.
function fallbackLicence(meta) {
  const note = `(the npm package ships no licence file; its package.json declares ${meta.license})`;
  if (meta.license !== "MIT") return note;
  const author = typeof meta.author === "object" ? meta.author.name : meta.author || meta.name;
  const holders = [author, ...(meta.contributors || []).map((c) => c.name || c)].join(", ");
  return `${note}\n\n${MIT(holders)}`;
}

function licenceText(name, { dir, meta }) {
  const files = readdirSync(dir).filter((f) => LICENCE_NAME.test(f)).sort();
  const texts = files.map((f) => readFileSync(join(dir, f), "utf8").trim());
  const body = texts.length ? texts.join("\n\n") : fallbackLicence(meta);
  return `${"=".repeat(72)}\n${name}@${meta.version} — ${meta.license}\n${"=".repeat(72)}\n${body}\n`;
}

function copyBundle(target, { root, files }) {
  const out = join(vendor, target);
  mkdirSync(out, { recursive: true });
  for (const file of files) {
    const text = readFileSync(join(modules, root, file), "utf8").replace(SOURCE_MAP, "\n");
    writeFileSync(join(out, file.split("/").pop()), text);
  }
  const tree = dependencyTree(root);
  const notices = [...tree.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([n, p]) => licenceText(n, p));
  writeFileSync(join(out, "LICENSES.txt"), notices.join("\n"));
  const own = readdirSync(join(modules, root)).find((f) => LICENCE_NAME.test(f));
  if (own) copyFileSync(join(modules, root, own), join(out, "LICENSE"));
  console.log(`${target}: ${files.length} files, ${tree.size} licences`);
}

for (const [target, bundle] of Object.entries(BUNDLES)) copyBundle(target, bundle);
