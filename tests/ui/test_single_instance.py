"""One window per database: a second `docroute` on the same database brings the first window forward and
exits without opening the registry (no second writer); held on another PC it says so; another database,
or another spelling of the same path, is judged by the resolved path."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.single_instance import SingleInstance, lock_path, server_name

ROOT = Path(__file__).resolve().parents[2]


def test_the_name_is_the_same_for_every_spelling_of_one_path(tmp_path):
    (tmp_path / "sub").mkdir()
    assert server_name(tmp_path / "db.sqlite") == server_name(tmp_path / "sub" / ".." / "db.sqlite")
    assert server_name(tmp_path / "db.sqlite") != server_name(tmp_path / "other.sqlite")


def test_a_second_claim_on_the_same_database_asks_the_first_window_to_come_forward(qtbot, app, tmp_path):
    first = SingleInstance(tmp_path / "db.sqlite")
    assert first.claim()
    second = SingleInstance(tmp_path / "sub" / ".." / "db.sqlite")
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert not second.claim()
    assert second.forwarded
    other = SingleInstance(tmp_path / "other.sqlite")
    assert other.claim()  # another database has its own window
    for instance in (first, other):
        instance.release()
    assert SingleInstance(tmp_path / "db.sqlite").claim()  # released: the next start is the window


def test_start_on_a_database_with_a_window_opens_no_registry_and_brings_that_window_forward(
        qtbot, app, tmp_path, org_json, monkeypatch):
    from desktop_app.registry import Registry
    from desktop_app.ui import app as app_module

    path = tmp_path / "office.sqlite"
    with Registry.open(path, auto_backup=False) as registry:
        registry.import_org(org_json)
    session = app_module.start(str(path), daily_backup=False)
    session.instance.listen()  # start() listens just after the first paint; here there is no event loop
    raised = []
    session.window.bring_forward = lambda: raised.append(True)  # noqa: E731 (what activated calls)
    session.instance.activated.disconnect()
    session.instance.activated.connect(session.window.bring_forward)
    opened = []
    monkeypatch.setattr(Registry, "open", classmethod(lambda cls, *a, **k: opened.append(a)))
    try:
        with pytest.raises(app_module.OpenElsewhere):
            app_module.start(str(path), daily_backup=False)
        qtbot.waitUntil(lambda: bool(raised), timeout=5000)
        assert opened == []  # the second start never opened the database: no second writer
    finally:
        monkeypatch.undo()
        session.close()


def test_a_second_docroute_process_exits_at_once_without_touching_the_database(qtbot, app, tmp_path):
    """The real thing: this test holds the database's window; `python -m desktop_app --db` is the second."""
    path = tmp_path / "new.sqlite"  # does not exist yet: a process that opened it would create it
    first = SingleInstance(path)
    assert first.claim()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    second = subprocess.Popen([sys.executable, "-m", "desktop_app", "--db", str(path)], env=env, cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        with qtbot.waitSignal(first.activated, timeout=30_000):
            pass
        assert second.wait(timeout=30) == 0
    finally:
        if second.poll() is None:
            second.kill()
    assert time.monotonic() - started < 30
    assert not path.exists() and not Path(f"{path}-wal").exists()  # no second writer, not even a reader
    first.release()


def test_a_lock_held_where_nobody_answers_says_the_database_is_open_elsewhere(qtbot, app, tmp_path, monkeypatch):
    """Another PC on a shared folder (or a window that does not respond) holds the lock but no local server
    answers: the second start says so in words and opens nothing."""
    from desktop_app.ui import app as app_module

    path = tmp_path / "shared.sqlite"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from PySide6.QtCore import QLockFile; "
         f"lock = QLockFile({str(lock_path(path))!r}); lock.tryLock(0); print('held', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        said = []
        monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
        with pytest.raises(app_module.OpenElsewhere):
            app_module.start(str(path), daily_backup=False)
        assert said and "已在别处的公文流转助手中打开" in said[0] and f"进程 {holder.pid}" in said[0]
        assert not path.exists()
    finally:
        holder.kill()
        holder.wait()
