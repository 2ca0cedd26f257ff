"""What the researcher notebooks share: where the repository, the shared data and the built
graph are; query rows as tables; a SPARQL endpoint started for the length of a notebook;
a CJK font for figures. The analysis itself is done by ``graph`` and ``search``.
"""

from __future__ import annotations

import atexit
import os
import re
import tempfile
import warnings
from pathlib import Path

import pandas as pd

from graph.published import ensure_built
from graph.config import BuildConfig
from graph.store import KnowledgeGraph, bind, open_graph
from graph.terms import from_json, to_python
from web.launch import LOOPBACK, ServerLaunch, ServerProcess, free_port

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
# Where notebooks save figures: notebooks/figures/ (committed), or elsewhere for runs that must
# leave the repository untouched (``python -m notebooks.run`` without --write sets it).
FIGURES = Path(os.environ.get("CHANJIAO_FIGURES") or REPO / "notebooks" / "figures")
CJK_FAMILY = "Noto Sans CJK"
CJK_PREFERRED = ("Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK JP", "Noto Sans CJK KR", "Noto Sans CJK HK")

# tqdm (imported by the search backends) warns that ipywidgets is missing; progress bars are not used here.
warnings.filterwarnings("ignore", message="IProgress not found")
pd.set_option("display.max_colwidth", 120)
pd.set_option("display.max_rows", 60)


def data_dir() -> Path:
    """The data directory of the built graph: ``$CHANJIAO_DATA``, else ``data/`` in the repository."""
    return Path(os.environ.get("CHANJIAO_DATA") or REPO / "data")


def open_kg() -> KnowledgeGraph:
    """The knowledge graph, built first if it is missing or stale."""
    config = BuildConfig(data_dir=data_dir())
    ensure_built(config)
    return open_graph(config.data_dir)


def table(rows: list[dict], columns: list[str] | None = None) -> pd.DataFrame:
    """Query rows (``KnowledgeGraph.select``) as a DataFrame numbered from 1."""
    frame = pd.DataFrame(rows, columns=columns or (list(rows[0]) if rows else None))
    frame.index = range(1, len(frame) + 1)
    for column in frame.columns:  # unbound values read better as blanks than as NaN
        if not pd.api.types.is_numeric_dtype(frame[column]):
            frame[column] = frame[column].fillna("")
    return frame


class Cookbook:
    """Named queries run on the knowledge graph, kept so that they can be re-run elsewhere."""

    def __init__(self, kg: KnowledgeGraph):
        self.kg = kg
        self.recipes: dict[str, tuple[str, dict]] = {}

    def run(self, name: str, sparql: str, **bindings) -> pd.DataFrame:
        """Run ``sparql`` (with ``bindings``, see ``KnowledgeGraph.select``) and return the table."""
        self.recipes[name] = (sparql, bindings)
        return table(self.kg.select(sparql, **bindings))

    def compare(self, endpoint: SparqlServer) -> pd.DataFrame:
        """Every recipe run again by ``endpoint``: row counts and whether the rows are identical."""
        rows = []
        for name, (sparql, bindings) in self.recipes.items():
            local, remote = self.kg.select(sparql, **bindings), endpoint.select(sparql, **bindings)
            rows.append({"query": name, "in process": len(local), "over HTTP": len(remote),
                         "identical": _canonical(local) == _canonical(remote)})
        return table(rows)


GROUP_SEPARATORS = re.compile(r" \| |、")


def _canonical(rows: list[dict]) -> list[dict]:
    """Rows with each GROUP_CONCAT value's parts sorted: SPARQL leaves their order unspecified,
    and two stores (RocksDB in process, an in-memory copy in the server's workers) may differ."""
    def cell(value):
        if isinstance(value, str) and GROUP_SEPARATORS.search(value):
            return tuple(sorted(GROUP_SEPARATORS.split(value)))
        return value
    return [{k: cell(v) for k, v in row.items()} for row in rows]


def dev_set(name: str) -> Path | None:
    """A development set of ``../shared/eval/`` beside the repository, or None (with a note) if absent."""
    path = SHARED / "eval" / name
    if path.is_file():
        return path
    print(f"note: {name} not found in ../shared/eval beside the repository; its evaluation is empty")
    return None


def source_texts() -> dict[str, str]:
    """The text of each source document, by the document's id (the last segment of its IRI)."""
    from graph import sources

    config = BuildConfig()
    loaded = sources.load(config.curated_dir, sources.source_roots(config.curated_dir, config.accepted))
    return {source_id: source.text for source_id, source in loaded.sources.items()}


# --- a SPARQL endpoint for the length of a notebook ---------------------------------------


class SparqlServer:
    """``python server.py`` on a free local port (web.launch), queried over HTTP with SPARQLWrapper.

    ``select`` takes the same queries and bindings as ``KnowledgeGraph.select`` and returns
    the same plain Python rows, so that the two can be compared.
    """

    def __init__(self, data: Path | str, host: str = LOOPBACK, port: int | None = None):
        self.data = Path(data)
        self.host = host
        self.port = port or free_port(host)
        self.base_url = f"http://{host}:{self.port}"
        self.url = f"{self.base_url}/sparql"
        self.server: ServerProcess | None = None
        self._logs: tempfile.TemporaryDirectory | None = None

    def start(self, timeout: float = 120.0) -> SparqlServer:
        """Start the server and wait until ``/readyz`` answers 200; raise LaunchError quoting its log if not.
        The server stops with the notebook's kernel, at the latest."""
        self._logs = tempfile.TemporaryDirectory(prefix="notebook-server-")  # the server's logs, for its lifetime
        atexit.register(self.stop)
        self.server = ServerProcess.launch(ServerLaunch(self.data, Path(self._logs.name), host=self.host,
                                                        port=self.port, ready_path="/readyz", timeout_s=timeout,
                                                        die_with_parent=True))
        return self

    def select(self, sparql: str, **bindings) -> list[dict]:
        """Rows of a SELECT query run by the endpoint, as plain Python values."""
        from SPARQLWrapper import JSON, POST, SPARQLWrapper

        from graph.namespaces import sparql_prologue

        client = SPARQLWrapper(self.url)
        client.setMethod(POST)
        client.setReturnFormat(JSON)
        client.setQuery(sparql_prologue() + bind(sparql, bindings))
        result = client.queryAndConvert()
        names = result["head"]["vars"]
        return [{n: to_python(from_json(row.get(n))) for n in names} for row in result["results"]["bindings"]]

    def log(self) -> str:
        """The end of the server's log (its stderr)."""
        return self.server.log_tail() if self.server is not None else ""

    def stop(self) -> None:
        """Stop the server (idempotent)."""
        if self.server is not None:
            self.server.stop(timeout_s=10)
        if self._logs is not None:
            self._logs.cleanup()
            self._logs = None
        atexit.unregister(self.stop)

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running


# --- figures --------------------------------------------------------------------------------


def use_cjk_font() -> str | None:
    """Make matplotlib draw Chinese with Noto Sans CJK (Debian ``fonts-noto-cjk``).

    Returns the family used, or None (with a printed warning) when the font is not installed:
    figures still render, but Chinese labels come out as empty boxes.
    """
    from matplotlib import font_manager, rcParams

    def families() -> set[str]:
        return {f.name for f in font_manager.fontManager.ttflist if f.name.startswith(CJK_FAMILY)}

    found = families()
    if not found:  # installed after matplotlib cached its font list
        for path in font_manager.findSystemFonts():
            if "NotoSansCJK" in Path(path).name:
                font_manager.fontManager.addfont(path)
        found = families()
    family = next((name for name in CJK_PREFERRED if name in found), min(found) if found else None)
    if family is None:
        print(f"warning: no {CJK_FAMILY} font found (install fonts-noto-cjk, e.g. `make system-deps`); "
              "Chinese labels will not render")
        return None
    rcParams["font.family"] = "sans-serif"
    rcParams["font.sans-serif"] = [family, *[f for f in rcParams["font.sans-serif"] if f != family]]
    rcParams["axes.unicode_minus"] = False
    return family
