"""graph.han's text forms: ``normalize`` inside ``remembering`` gives what it gives outside, and forgets on leaving;
the memo belongs to the thread that entered the block."""

import threading

from graph import han


def test_normalize_remembering_gives_the_same_forms_and_forgets_them():
    texts = ["產教融合 Ｂ", "大连理工大学", "  Dalian   University ", "產教融合 Ｂ"]
    plain = [han.normalize(t) for t in texts]
    with han.remembering():
        remembered = [han.normalize(t) for t in texts]
        with han.remembering():  # nested: the same memo, kept until the outer block ends
            assert han.normalize(texts[1]) == plain[1]
        held = han._HELD.get()
        assert held is not None and set(held) == set(texts)
    assert remembered == plain == ["产教融合 b", "大连理工大学", "dalian university", "产教融合 b"]
    assert han._HELD.get() is None


def _in_thread(work) -> None:
    thread = threading.Thread(target=work)
    thread.start()
    thread.join()


def test_remembering_is_the_entering_threads_own():
    seen: list[object] = []
    with han.remembering():
        # another thread normalises as outside the block: it neither sees nor fills this thread's memo
        _in_thread(lambda: seen.append((han.normalize("另一线程"), han._HELD.get())))
        assert "另一线程" not in (han._HELD.get() or {})
    assert seen == [("另一线程", None)]


def test_blocks_in_two_threads_ending_out_of_order_leave_no_memo():
    entered, other_may_end = threading.Event(), threading.Event()
    after: list[object] = []

    def other() -> None:
        with han.remembering():
            han.normalize("乙")
            entered.set()
            other_may_end.wait()
        after.append(han._HELD.get())

    thread = threading.Thread(target=other)
    with han.remembering():  # entered here, then in the other thread; ended here first
        thread.start()
        entered.wait()
        han.normalize("甲")
    other_may_end.set()
    thread.join()
    assert han._HELD.get() is None and after == [None]
