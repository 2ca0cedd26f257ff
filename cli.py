"""The ``chanjiao`` command: a thin shell that parses arguments, calls the library and prints.

Library errors become one line on stderr and an exit code from EXIT_CODES; no traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

from graph.config import BuildConfig
from graph.errors import (BadInput, ChanjiaoError, CuratedDataError, GraphValidationError, QueryError,
                          StoreNotBuilt)
from server import STORE_KIND_HELP

# sysexits.h codes: data errors 65, usage 64, unavailable 69.
EXIT_CODES = {
    CuratedDataError: 65,
    GraphValidationError: 65,
    QueryError: 65,
    BadInput: 64,
    StoreNotBuilt: 69,
    ChanjiaoError: 1,
}


def _config(args) -> BuildConfig:
    """The build configuration the options name; BadInput for a bad value (a base IRI, a store URL)."""
    try:
        return _configured(args)
    except ValueError as exc:
        raise BadInput(f"bad configuration: {exc}") from None


# BuildConfig fields and the options that set them (a command has the ones it needs).
CONFIG_OPTIONS = {"data_dir": "data", "base_iri": "base_iri", "curated_dir": "curated", "accepted_dir": "accepted",
                  "store": "store", "store_kind": "store_kind"}


def _configured(args) -> BuildConfig:
    return BuildConfig.with_options(**{name: getattr(args, option, None) for name, option in CONFIG_OPTIONS.items()})


def _graph(args):
    from graph.published import ensure_built
    from graph.store import open_store

    config = _config(args)
    ensure_built(config)
    return open_store(config)


def cmd_build(args) -> None:
    from graph.build import build
    from search.prebuild import EarlyCatalogue, prepare

    report = build(_config(args), force=args.force, prepare=prepare, early=EarlyCatalogue())
    state = "updated from the published build" if report.incremental else "built" if report.rebuilt else "unchanged, reused"
    print(f"{state}: {report.triples} triples from {report.sources} source(s) in {report.store_dir} "
          f"({report.seconds:.2f} s)")
    if report.cited is not None and report.uncited is not None and report.derived is not None:  # a fresh build
        total = report.cited + report.uncited + report.derived
        print(f"asserted statements citing their own span: {report.cited} of {total}; "
              f"derived, naming what they rest on: {report.derived}")
    for note in report.notes:
        print(f"resolution: {note}")
    if args.timings:
        for stage in report.stages:
            print(f"stage: {stage}")


def cmd_export(args) -> None:
    from graph.export import FORMATS, export, export_all

    kg = _graph(args)
    if args.out and args.format == "all":
        for path in export_all(kg, Path(args.out)):
            print(path)
        return
    data = export(kg, "turtle" if args.format == "all" else args.format, graph=args.graph)
    if args.out:
        out = Path(args.out)
        if out.is_dir():
            out = out / f"chanjiao.{FORMATS[args.format].extension}"
        out.write_bytes(data)
        print(out)
    else:
        sys.stdout.buffer.write(data)


def cmd_stats(args) -> None:
    from graph import network
    from graph.queries import CLASS_COUNTS

    kg = _graph(args)
    print(f"triples: {kg.triple_count()}")
    print("\ninstances per class (entailed types included):")
    for row in kg.select(CLASS_COUNTS):
        print(f"  {row['n']:>5}  {network.local_name(row['class'])}  {row['label'] or ''}")
    ranked = network.centrality(network.copartnership(kg))
    print(f"\nmost connected organisations (co-partnership graph, top {args.top}):")
    for row in ranked[: args.top]:
        print(f"  {row['degree']:>3} partners  betweenness {row['betweenness']:.3f}  {row['label']}")


def _engine(args):
    from search import SearchEngine
    from search.config import SEARCH_INDEX_DIR
    from search.prebuild import serving_dirs

    kg = _graph(args)
    index_dir, reuse = serving_dirs(kg.path, _config(args).data_dir / SEARCH_INDEX_DIR)  # the build's own index
    return kg, SearchEngine.open(kg, index_dir=index_dir, reuse=reuse)


def cmd_search(args) -> None:
    _, engine = _engine(args)
    for r in engine.search(args.query, k=args.k, type=args.type, industry=args.industry, mode=args.mode):
        print(f"{r.score:8.4f}  [{r.type}] {r.label}  {r.label_en}\n          {r.snippet}")


def cmd_ask(args) -> None:
    from search.qa import QuestionAnswerer

    kg, engine = _engine(args)
    answer = QuestionAnswerer(kg, engine).answer(args.question).to_dict()
    if args.json:
        print(json.dumps(answer, ensure_ascii=False, indent=2))
        return
    print(answer["answer_text"])
    for item in answer["evidence"]:
        source = item["source"]
        print("  " + " → ".join(item["path"]) + (f"\n    「{source['text']}」 [{source['start']}:{source['end']}]"
                                                 if source else ""))
    for r in answer["related"]:
        print(f"  related: {r['label']} ({r['type']})")


def cmd_ingest(args) -> None:
    from graph.ingest.draft import Meta, to_json
    from graph.ingest.pipeline import Ingester

    _check_date(args.published)
    config = _config(args)
    ingester = Ingester(config, progress=_progress_bar)
    meta = Meta(args.title, args.published, args.publisher, args.url)
    for path in args.files:
        draft, result = ingester.ingest(path, meta, accept=args.accept)
        if args.json:
            print(json.dumps(to_json(draft, result, config.base_iri), ensure_ascii=False))
        else:
            _print_summary(path, draft, result)


def _check_date(value: str | None) -> None:
    import datetime as dt

    if value is None:
        return
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"--published must be a date YYYY-MM-DD, not {value!r}") from None


def _progress_bar(done: int, total: int) -> None:
    if total < 8:  # short inputs finish before a bar would help
        return
    filled = 30 * done // total
    print(f"\r  extracting [{'#' * filled}{' ' * (30 - filled)}] {done}/{total}", end="" if done < total else "\n",
          file=sys.stderr, flush=True)


def _print_summary(path, draft, result) -> None:
    state = "published (accepted)" if draft.published else "draft (not published)"
    print(f"{path}: {'unchanged, ' if draft.unchanged else ''}{state} -> {draft.folder}")
    print(f"  source {draft.source_id}  sha256 {draft.sha256[:16]}…  title: {draft.title}")
    for o in result.organisations:
        print(f"  org     {'NEW ' if o.new else 'link'} {o.label} [{o.type}] ({o.confidence:.2f})")
    for p in result.people:
        roles = "; ".join(f"{x.organisation or '?'} {x.title}" for x in p.positions)
        print(f"  person  {'NEW ' if p.new else 'link'} {p.name}  {roles}")
    for c in result.consortia:
        counts = ", ".join(f"{m.category} {m.value}" for m in c.member_counts)
        print(f"  consortium {c.label} [{c.kind}] {c.level or ''} leads: {'、'.join(c.leads) or '-'}  {counts}")
    for c in result.cooperations:
        print(f"  cooperation {c.label or '(unnamed)'}: {' + '.join(c.participants)}")
    print(f"  figures: {', '.join(f.text for f in result.figures) or '-'}")
    for reason in draft.held_back:
        print(f"  held back (not in facts.yaml, review it): {reason}")


def cmd_eval(args) -> None:
    if args.what != "ask" and len(args.files) > 1:
        raise BadInput(f"eval {args.what} reads one file or directory, not {len(args.files)}")
    if args.what == "ingest":
        from graph.ingest.evaluate import evaluate, report
        from graph.ingest.pipeline import Ingester

        ingester = Ingester(_config(args))
        score, files = evaluate(Path(args.files[0]), lambda path: ingester.extract(path)[1])
        print(report(score, files, misses=args.misses))
        return
    if args.what == "search":
        from search.evaluate import run_eval

        print(run_eval(args.files[0], _engine(args)[1], misses=args.misses))
        return
    from search.qa_eval import QuestionsRaised

    raised = _eval_ask(args)
    if raised:
        raise QuestionsRaised(f"{raised} question(s) raised an error; see the MISS lines above")


def _eval_ask(args) -> int:
    """Score question answering on the sets ``args`` names with one answerer: one set's report printed, or several
    sets' (search.qa_eval_sets: each after its ``=== path`` line) printed or written to ``--out``, a line per set
    done on stderr; how many questions raised."""
    from search.qa import QuestionAnswerer
    from search.qa_eval import run_qa_eval
    from search.qa_eval_sets import run_qa_sets, set_paths

    paths = set_paths(args.files, args.leave_out)
    answerer = QuestionAnswerer(*_engine(args))
    if len(paths) == 1 and args.out is None:
        outcome = run_qa_eval(paths[0], answerer)
        print(outcome.text)
        return outcome.raised
    with open(args.out, "w", encoding="utf-8") if args.out else contextlib.nullcontext(sys.stdout) as out:
        return run_qa_sets(paths, answerer, out, lambda line: print(line, file=sys.stderr, flush=True))


def cmd_serve(args) -> None:
    import server

    argv = ["--host", args.host, "--port", str(args.port)]
    for option, value in (("--data", args.data), ("--store", args.store), ("--store-kind", args.store_kind)):
        if value:  # unset: server.py's own default ($CHANJIAO_DATA, $CHANJIAO_STORE...)
            argv += [option, value]
    server.main(argv)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="chanjiao", description="Industry–education integration (产教融合) knowledge graph and semantic search")
    p.add_argument("--data", help="data directory holding the built store (default: $CHANJIAO_DATA or ./data)")
    p.add_argument("--store", help="URL of a remote SPARQL store to publish into and read from instead of the "
                                   "embedded one (default: $CHANJIAO_STORE; see docs/stores.md)")
    p.add_argument("--store-kind", help=STORE_KIND_HELP)
    sub = p.add_subparsers(dest="command", required=True)
    _graph_commands(sub)
    _search_commands(sub)
    v = sub.add_parser("serve", help="serve the web service (same as python server.py)")
    v.add_argument("--host", default="127.0.0.1")
    v.add_argument("--port", type=int, default=8000)
    v.set_defaults(func=cmd_serve)
    return p


def _graph_commands(sub) -> None:
    b = sub.add_parser("build", help="build the store from the ontology and the curated data")
    b.add_argument("--force", action="store_true", help="rebuild even if the inputs are unchanged")
    b.add_argument("--timings", action="store_true", help="print wall, CPU and peak memory of each build stage")
    b.add_argument("--base-iri", help="base for minted IRIs (default: $CHANJIAO_BASE_IRI or https://w3id.org/chanjiao/)")
    b.add_argument("--curated", help="directory of curated data: registry/ and sources/ (default: graph/data)")
    b.add_argument("--accepted", help="folder of accepted source folders to merge (default: DATA/accepted)")
    b.set_defaults(func=cmd_build)

    e = sub.add_parser("export", help="export the graph")
    e.add_argument("--format", default="turtle", choices=["all", "turtle", "ntriples", "jsonld", "nquads", "trig"])
    e.add_argument("--graph", default="all", help="all, data, ontology, inferred or provenance")
    e.add_argument("--out", help="file or directory (default: stdout)")
    e.set_defaults(func=cmd_export)

    s = sub.add_parser("stats", help="counts per class and the most connected organisations")
    s.add_argument("--top", type=int, default=10)
    s.set_defaults(func=cmd_stats)


def _search_commands(sub) -> None:
    q = sub.add_parser("search", help="hybrid semantic search over the entities")
    q.add_argument("query")
    q.add_argument("-k", type=int, default=10)
    q.add_argument("--type", help="class name or label, e.g. 高校, 企业, Project")
    q.add_argument("--industry", help="industry label; narrower concepts included")
    q.add_argument("--mode", default="hybrid", choices=["hybrid", "dense", "lexical"])
    q.set_defaults(func=cmd_search)

    a = sub.add_parser("ask", help="answer a question in Chinese or English, with evidence")
    a.add_argument("question")
    a.add_argument("--json", action="store_true", help="print the full JSON answer")
    a.set_defaults(func=cmd_ask)

    ev = sub.add_parser("eval", help="score search or question answering on a JSON-lines set, or ingest on a "
                                     "directory of *.gold.yaml files")
    ev.add_argument("what", choices=["search", "ask", "ingest"])
    ev.add_argument("files", nargs="+", metavar="FILE", help="the JSON-lines set (search, ask) or the gold directory "
                    "(ingest); ask: several sets or glob patterns, answered by one answerer")
    ev.add_argument("--out", help="ask: write the report of every set (each after a '=== PATH' line) to this file")
    ev.add_argument("--leave-out", action="append", default=[], metavar="SUBSTRING",
                    help="ask: skip the sets whose path holds this (a held-out set a glob would match); repeatable")
    ev.add_argument("--misses", action="store_true", help="list the cases not ranked first (search) or the "
                                                           "missed and extra facts (ingest)")

    i = sub.add_parser("ingest", help="extract linked, cited facts from Chinese documents into a draft source")
    i.add_argument("files", nargs="+", metavar="FILE", help=".txt, .md, .html, .pdf or .docx")
    i.add_argument("--accept", action="store_true", help="publish: move the draft to accepted/ and rebuild")
    i.add_argument("--json", action="store_true", help="print one JSON object per file on stdout")
    i.add_argument("--title", help="the source's title (default: from the document)")
    i.add_argument("--published", help="publication date YYYY-MM-DD")
    i.add_argument("--publisher", help="publisher: an organisation id or free text")
    i.add_argument("--url", help="where the document was published")
    i.set_defaults(func=cmd_ingest)
    ev.set_defaults(func=cmd_eval)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        args.func(args)
    except ChanjiaoError as exc:
        code = next(c for cls, c in EXIT_CODES.items() if isinstance(exc, cls))
        print(f"chanjiao: error: {exc}", file=sys.stderr)
        return code
    return 0


if __name__ == "__main__":
    sys.exit(main())
