"""Where the demo's rows are made: in this process, or in a second one while this one writes them.

Making a sample record (a request, its validated columns, fields, steps and search text) costs more
Python than storing and indexing it costs this process, so for a large demo a child process
(multiprocessing, spawn: the same start on Linux, Windows and in the frozen bundle, whose entry point
calls multiprocessing.freeze_support) makes the batches from a Setup and sends them through a pipe;
this process writes batch n while the child makes batch n+1. The child never opens the database: the
one transaction, its lock and its all-or-nothing stay here. If this process dies (SIGKILL included) the
transaction rolls back, and the child's next send fails on the closed pipe and it exits; if the load is
cancelled or fails, the child is killed."""
from __future__ import annotations

import contextlib
import multiprocessing
import sys
import traceback
import types
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from desktop_app.registry.demo import Batch, Setup


class Source:
    """The batches, then (once iterated) the final series counters and what the maker reports."""

    def __init__(self) -> None:
        self.counters: dict = {}
        self.report: dict = {}

    def __iter__(self) -> Iterator["Batch"]:
        raise NotImplementedError


class _InProcess(Source):
    def __init__(self, setup: "Setup") -> None:
        super().__init__()
        self.setup = setup

    def __iter__(self) -> Iterator["Batch"]:
        from desktop_app.registry.demo import Rows

        rows = Rows(self.setup)
        yield from _batches(rows)
        self.counters = rows.counters


def _batches(rows) -> Iterator["Batch"]:
    from desktop_app.registry.demo import BATCH

    pending: list[dict] = []
    for request in rows.requests():
        pending.append(request)
        if len(pending) == BATCH:
            yield rows.batch(pending)
            pending = []
    if pending:
        yield rows.batch(pending)


@contextlib.contextmanager
def in_process(setup: "Setup") -> Iterator[Source]:
    yield _InProcess(setup)


class _Child(Source):
    def __init__(self, conn) -> None:
        super().__init__()
        self.conn = conn

    def __iter__(self) -> Iterator["Batch"]:
        while True:
            try:
                kind, value = self.conn.recv()
            except EOFError:
                raise RuntimeError("生成示例数据的子进程意外退出") from None
            if kind == "batch":
                yield value
            elif kind == "done":
                self.counters, self.report = value
                return
            else:
                raise RuntimeError(f"生成示例数据的子进程出错：{value}")


@contextlib.contextmanager
def in_child(setup: "Setup") -> Iterator[Source]:
    """The batches made by a second process; it is killed when the block ends early."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe(duplex=False)
    child = context.Process(target=produce, args=(setup, theirs), name="docroute-demo-rows", daemon=True)
    with _main_not_rerun():
        child.start()
    theirs.close()  # only the child writes: once it is gone, recv() says so (EOFError)
    try:
        yield _Child(ours)
    finally:
        ours.close()
        if child.is_alive():
            child.kill()
        child.join()


@contextlib.contextmanager
def _main_not_rerun() -> Iterator[None]:
    """Spawn re-imports the caller's main script in the child, running whatever it does at top level (a
    script calling Registry.demo() unguarded would start the demo again there). The child needs only this
    module, so while it is started it is shown an empty __main__."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


def produce(setup: "Setup", conn) -> None:
    """The child's work: every batch, then ("done", (counters, report))."""
    try:
        from desktop_app.registry.demo import Rows

        rows = Rows(setup)
        for batch in _batches(rows):
            conn.send(("batch", batch))
        conn.send(("done", (rows.counters, {"row_maker_peak_rss_mb": _peak_mb()})))
    except (BrokenPipeError, EOFError):  # the writer is gone (killed or cancelled): nothing to tell
        pass
    except BaseException:  # the writer raises it, so the failure is never silent
        with contextlib.suppress(OSError):
            conn.send(("error", traceback.format_exc(limit=5)))
    finally:
        conn.close()


def _peak_mb() -> float | None:
    """This process's own peak memory (Linux's VmHWM), for the benchmark."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            line = next(line for line in status if line.startswith("VmHWM"))
        return round(int(line.split()[1]) / 1024, 1)
    except (OSError, StopIteration, ValueError):
        return None
