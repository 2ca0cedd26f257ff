"""Execute every notebook from a clean kernel and fail on any error.

    python -m notebooks.run [--write] [--data DIR] [--jobs N] [--timeout S] [NOTEBOOK ...]

Each notebook runs in a fresh ``python3`` kernel of the current interpreter (the venv's), with
the repository as its working directory and ``CHANJIAO_DATA`` naming a data directory holding
a built graph (built first if missing or stale). With ``--write`` the outputs are stored back
into the ``.ipynb`` files so that they read well on a code host; execution timestamps and
interpreter versions are left out so that a rerun on unchanged inputs diffs cleanly.
Exit status: 0 when every notebook ran, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from traitlets import default

NOTEBOOK_DIR = Path(__file__).resolve().parent
REPO = NOTEBOOK_DIR.parent
KERNEL_NAME = "python3"
# The notebook-level metadata kept; everything else (interpreter version, widget state …) is dropped.
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": KERNEL_NAME}
LANGUAGE_INFO = {"name": "python"}


class ThisInterpreter(KernelSpecManager):
    """Resolve ``python3`` to ipykernel running on this interpreter, whatever else is installed."""

    def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
        from ipykernel.kernelspec import get_kernel_dict

        return KernelSpec(resource_dir=str(NOTEBOOK_DIR), **get_kernel_dict())


class ThisInterpreterKernel(AsyncKernelManager):
    """The kernel manager nbclient creates (and shuts down) for each notebook."""

    @default("kernel_spec_manager")
    def _kernel_spec_manager_default(self) -> KernelSpecManager:
        return ThisInterpreter(data_dir=self.data_dir)


@dataclass
class Outcome:
    path: Path
    seconds: float
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def notebooks() -> list[Path]:
    """The researcher notebooks, in their numbered order."""
    return sorted(NOTEBOOK_DIR.glob("[0-9][0-9]-*.ipynb"))


def prepare_data(data_dir: Path | str | None = None) -> Path:
    """The data directory the notebooks read (built if needed): the argument, ``$CHANJIAO_DATA`` or ``data/``."""
    from graph.published import ensure_built
    from graph.config import BuildConfig

    data = Path(data_dir or os.environ.get("CHANJIAO_DATA") or REPO / "data").resolve()
    ensure_built(BuildConfig(data_dir=data))
    return data


def execute(path: Path, data_dir: Path, timeout: int = 600, figures: Path | None = None) -> nbformat.NotebookNode:
    """Run the notebook at ``path`` in a new kernel; raise CellExecutionError on the first failing cell.

    ``figures`` is where the notebook saves figures (default: notebooks/figures/)."""
    nb = nbformat.read(path, as_version=4)
    env = {**os.environ, "CHANJIAO_DATA": str(data_dir), "PYTHONHASHSEED": "0"}
    if figures is not None:
        env["CHANJIAO_FIGURES"] = str(figures)
    client = NotebookClient(nb, timeout=timeout, kernel_name=KERNEL_NAME, kernel_manager_class=ThisInterpreterKernel,
                            record_timing=False, resources={"metadata": {"path": str(REPO)}})
    # The kernel's own log (ipykernel's start-up warnings) goes to a file, shown only if the run fails.
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as log:
        try:
            client.execute(env=env, cwd=str(REPO), stdout=log, stderr=log)
        except DeadKernelError as exc:
            log.seek(0)
            raise DeadKernelError(f"{exc}\nkernel log:\n{log.read()[-4000:]}") from exc
    return clean(nb)


def clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Drop what changes from run to run without the content changing."""
    nb.metadata = nbformat.from_dict({"kernelspec": KERNELSPEC, "language_info": LANGUAGE_INFO})
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("ExecuteTime", None)
        if cell.cell_type == "code":
            cell.outputs = _coalesce_streams(cell.outputs)
            for output in cell.outputs:
                output.get("metadata", {}).pop("execution", None)
    return nb


def _coalesce_streams(outputs: list) -> list:
    """Consecutive stdout (or stderr) chunks as one output: how a print is split into messages
    depends on the kernel's flush timing, not on what was printed."""
    merged = []
    for output in outputs:
        previous = merged[-1] if merged else None
        if (output.output_type == "stream" and previous is not None and previous.output_type == "stream"
                and previous.name == output.name):
            previous.text += output.text
        else:
            merged.append(output)
    return merged


def run_one(path: Path, data_dir: Path, write: bool, timeout: int) -> Outcome:
    """Execute one notebook; with ``write`` store it and its figures, else leave the repository untouched."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="notebook-figures-") as scratch:
        try:
            nb = execute(path, data_dir, timeout, figures=None if write else Path(scratch))
        except (CellExecutionError, CellTimeoutError, DeadKernelError) as exc:
            return Outcome(path, time.perf_counter() - started, str(exc))
    if write:
        nbformat.validate(nb)
        text = nbformat.writes(nb) + "\n"
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    return Outcome(path, time.perf_counter() - started)


def run(paths: list[Path] | None = None, data_dir: Path | str | None = None, write: bool = False,
        jobs: int = 1, timeout: int = 600) -> list[Outcome]:
    """Execute ``paths`` (default: every notebook) against a built graph; return one outcome each."""
    paths = [Path(p).resolve() for p in paths] if paths else notebooks()
    data = prepare_data(data_dir)
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(lambda p: run_one(p, data, write, timeout), paths))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m notebooks.run", description=__doc__.split("\n\n")[0])
    p.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: notebooks/[0-9][0-9]-*.ipynb)")
    p.add_argument("--write", action="store_true", help="store the outputs back into the notebooks")
    p.add_argument("--data", help="data directory of the built graph (default: $CHANJIAO_DATA or ./data)")
    p.add_argument("--jobs", type=int, default=1, help="notebooks run at once (default 1)")
    p.add_argument("--timeout", type=int, default=600, help="seconds allowed per cell (default 600)")
    args = p.parse_args(argv)
    started = time.perf_counter()
    outcomes = run(args.notebooks, args.data, args.write, args.jobs, args.timeout)
    for o in outcomes:
        print(f"{'ok    ' if o.ok else 'FAILED'} {o.path.relative_to(REPO)}  {o.seconds:.1f} s", flush=True)
    failed = [o for o in outcomes if not o.ok]
    for o in failed:
        print(f"\n--- {o.path.relative_to(REPO)} ---\n{o.error}", file=sys.stderr)
    print(f"{len(outcomes) - len(failed)}/{len(outcomes)} notebooks ran in {time.perf_counter() - started:.1f} s"
          + (", outputs written" if args.write and not failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
