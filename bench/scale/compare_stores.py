"""Do both stores answer alike? run.py's requests, sent to server.py on each store of one scale.

    python bench/scale/compare_stores.py --work DIR --scale 100 [--measure]

Uses what ``bench/scale/run.py --store embedded remote --work DIR`` left there: the embedded build
in ``data-{N}x``, the Oxigraph server's store directory ``oxigraph-{N}x`` and the remote build's
search index in ``data-{N}x-remote``. Starts ``oxigraph serve`` on that directory, server.py on
the embedded build and server.py on the Oxigraph server, side by side, then sends both run.py's
questions (/api/ask), searches (/api/search), prefixes (/api/autocomplete) and /sparql GROUP BY,
and, for a few organisations (asked of the embedded one), their linked-data pages in Turtle and
/api/entity. JSON answers must be equal; the GROUP BY's rows equal as a multiset (rows of equal
counts may come in either order); Turtle pages isomorphic graphs. Prints one line per request and
exits 1 when any differs. ``--measure`` then times both servers, one after the other, as
serve_running.py does (each /sparql GROUP BY a distinct query, so the embedded runner's kept results
are not what is timed: run.py repeats one GROUP BY, and only the embedded store keeps results).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import json
import sys
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

import rdflib
from rdflib.compare import isomorphic

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE)]

from run import ASKS, GROUP_BY, PREFIXES, SEARCHES, SERVER, START_TIMEOUT_S, _prefixed, entity_paths
from serve_running import measure
from service_servers import start_ours

from web.launch import Child, oxigraph_spec

REQUEST_TIMEOUT_S = 600.0
# Reopening a store a build has written replays its write-ahead logs first: at 100x, on a loaded
# machine, more than run.py's 120 s for a fresh, empty store.
STORE_OPEN_TIMEOUT_S = 900.0


def fetch(url: str, accept: str = "application/json") -> bytes:
    """The body of a GET (RuntimeError naming the URL for a failed one)."""
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT_S) as response:
            return response.read()
    except OSError as exc:
        raise RuntimeError(f"{url}: {exc}") from exc


def rows_multiset(body: bytes) -> collections.Counter:
    """A SPARQL JSON result's rows, as a multiset of (variable, value) tuples."""
    bindings = json.loads(body)["results"]["bindings"]
    return collections.Counter(tuple(sorted((k, v["value"]) for k, v in row.items())) for row in bindings)


def same_json(a: bytes, b: bytes) -> bool:
    return json.loads(a) == json.loads(b)


def same_rows(a: bytes, b: bytes) -> bool:
    return rows_multiset(a) == rows_multiset(b)


def same_turtle(a: bytes, b: bytes) -> bool:
    return isomorphic(rdflib.Graph().parse(data=a, format="turtle"), rdflib.Graph().parse(data=b, format="turtle"))


def requests_of(embedded: str) -> list[tuple[str, str, str, Callable[[bytes, bytes], bool]]]:
    """(name, path and query, Accept, equality) of every request compared."""
    q = urllib.parse.quote
    out = [(f"ask {a}", f"/api/ask?q={q(a)}", "application/json", same_json) for a in ASKS]
    out += [(f"search {s}", f"/api/search?q={q(s)}&k=10", "application/json", same_json) for s in SEARCHES]
    out += [(f"autocomplete {p}", f"/api/autocomplete?q={q(p)}&k=8", "application/json", same_json) for p in PREFIXES]
    out.append(("sparql GROUP BY", f"/sparql?query={q(_prefixed(GROUP_BY))}", "application/sparql-results+json", same_rows))
    for path in entity_paths(f"{embedded}/sparql"):
        out.append((f"entity {path} (Turtle)", path, "text/turtle", same_turtle))
        out.append((f"entity {path} (JSON)", "/api/entity" + path[len("/id"):], "application/json", same_json))
    return out


def compare(embedded: str, remote: str) -> int:
    """Send every request to both base URLs; print each verdict; the number that differ."""
    differ = 0
    for name, path, accept, equal in requests_of(embedded):
        ours, theirs = fetch(embedded + path, accept), fetch(remote + path, accept)
        same = equal(ours, theirs)
        differ += not same
        print(f"{'same' if same else 'DIFFERENT'}\t{name}\t{len(ours)} / {len(theirs)} bytes", flush=True)
    return differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", required=True, help="run.py's --work directory")
    parser.add_argument("--scale", type=int, required=True)
    parser.add_argument("--measure", action="store_true", help="then time both servers (serve_running.py)")
    args = parser.parse_args(argv)
    work, n = Path(args.work), args.scale
    logs = work / "logs"
    with contextlib.ExitStack() as stack:
        store = stack.enter_context(Child.start(oxigraph_spec(work / f"oxigraph-{n}x", logs / f"compare-oxigraph-{n}x.log",
                                                              timeout_s=STORE_OPEN_TIMEOUT_S)))
        servers = []
        for data, url in ((work / f"data-{n}x", None), (work / f"data-{n}x-remote", store.url)):
            server = start_ours(data, logs, SERVER["workers"], SERVER["threads"], name=f"compare-{n}x",
                                curated=work / f"curated-{n}x", timeout_s=START_TIMEOUT_S, store=url)
            stack.callback(server.stop)
            servers.append(server.base)
        differ = compare(*servers)
        if args.measure:
            for name, base in zip(("embedded", "remote"), servers, strict=True):
                print(json.dumps({name: measure(base)}, ensure_ascii=False), flush=True)
    print(f"{differ} of the requests differ between the stores" if differ else "every request answered the same")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
