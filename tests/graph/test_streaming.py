"""graph.streaming: rows bulk-loaded while they are written, and failures on either side end both."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.streaming import PIPE_FILE, load_while_writing

ROW = '<http://example.org/s{n}> <http://example.org/p> "value {n}" <http://example.org/g> .\n'


def rows(count: int, start: int = 0) -> bytes:
    return "".join(ROW.format(n=n) for n in range(start, start + count)).encode()


def test_every_row_written_is_loaded_and_the_writer_result_returned(tmp_path):
    store = ox.Store(str(tmp_path / "store"))

    def write(pipe) -> str:
        for start in range(0, 30_000, 10_000):
            pipe.write(rows(10_000, start))
        return "written"

    assert load_while_writing(store, write, tmp_path) == "written"
    assert len(store) == 30_000
    assert ox.Literal("value 29999") in {q.object for q in store}
    assert not (tmp_path / PIPE_FILE).exists()


def test_a_bad_row_raises_the_loaders_error_and_the_writer_is_not_left_blocked(tmp_path):
    store = ox.Store(str(tmp_path / "store"))

    def write(pipe) -> None:
        pipe.write(rows(10) + b"<http://example.org/broken .\n")
        for start in range(0, 200_000, 20_000):  # ~20 MB: far more than a pipe holds
            pipe.write(rows(20_000, start))

    with pytest.raises(SyntaxError):
        load_while_writing(store, write, tmp_path)
    assert not (tmp_path / PIPE_FILE).exists()


class WriterFailed(Exception):
    pass


def test_a_failing_writer_raises_its_own_error_once_the_loader_is_done(tmp_path):
    store = ox.Store(str(tmp_path / "store"))

    def write(pipe) -> None:
        pipe.write(rows(100))
        raise WriterFailed("the rows could not be made")

    with pytest.raises(WriterFailed):
        load_while_writing(store, write, tmp_path)
    assert not (tmp_path / PIPE_FILE).exists()
