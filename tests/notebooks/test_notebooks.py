"""The researcher notebooks run from a clean kernel against a freshly built graph, and the
copies stored in git are executed, error-free and free of run-to-run noise."""

from __future__ import annotations

import itertools

import nbformat
import pytest

from notebooks import run as runner

NOTEBOOKS = runner.notebooks()


def test_there_are_notebooks():
    assert [p.name[:3] for p in NOTEBOOKS] == ["01-", "02-", "03-"]


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(path, built_config, tmp_path):
    """Every cell executes without error (the notebooks assert their own invariants)."""
    executed = runner.execute(path, built_config.data_dir, timeout=300, figures=tmp_path)
    code = [c for c in executed.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code)
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_runner_reports_a_failing_notebook(built_config, tmp_path):
    """A notebook with a failing cell is reported as failed, and nothing is written back."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("raise ValueError('broken on purpose')")])
    path = tmp_path / "99-broken.ipynb"
    nbformat.write(nb, path)
    before = path.read_text(encoding="utf-8")
    [outcome] = runner.run([path], built_config.data_dir, write=True)
    assert not outcome.ok and "broken on purpose" in outcome.error
    assert path.read_text(encoding="utf-8") == before


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_notebook_is_executed_and_clean(path):
    """The committed copy holds outputs from one clean run (make notebooks) and no volatile metadata."""
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert dict(nb.metadata) == {"kernelspec": runner.KERNELSPEC, "language_info": runner.LANGUAGE_INFO}
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), "rerun `make notebooks`"
    for cell in nb.cells:
        assert "execution" not in cell.metadata
        for output in cell.get("outputs", []):
            assert output.output_type != "error", f"{path.name}: a stored output is an error"
            assert output.get("name") != "stderr", f"{path.name}: stored stderr output: {output.get('text', '')[:200]}"
        kinds = [(o.output_type, o.get("name")) for o in cell.get("outputs", [])]
        assert not [a for a, b in itertools.pairwise(kinds) if a == b and a[0] == "stream"], "streams not coalesced"


def test_clean_drops_volatile_metadata():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")])
    nb.metadata["language_info"] = {"name": "python", "version": "3.11.2"}
    nb.cells[0].metadata["execution"] = {"iopub.execute_input": "2024-05-17T00:00:00Z"}
    nb.cells[0].outputs = [nbformat.v4.new_output("stream", name="stdout", text=t) for t in ("12/12 right", "\n")]
    cleaned = runner.clean(nb)
    assert cleaned.metadata["language_info"] == {"name": "python"}
    assert "execution" not in cleaned.cells[0].metadata
    assert [(o.name, o.text) for o in cleaned.cells[0].outputs] == [("stdout", "12/12 right\n")]
