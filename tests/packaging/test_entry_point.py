"""The frozen program's entry point: plain `docroute` behaviour, and the smoke test's window check
run here on the source tree (the same check smoke-test.sh runs on the bundle)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop_app.identity import VERSION
from tests.packaging.scripts import PACKAGING, ROOT, load


def test_packaging_folder_does_not_shadow_the_packaging_library():
    # pip, pytest and setuptools import `packaging`; a packaging/__init__.py here would replace it.
    assert not (PACKAGING / "__init__.py").exists()
    done = subprocess.run([sys.executable, "-c", "import packaging.version, sys; print(packaging.__file__)"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0 and "site-packages" in done.stdout, done.stdout + done.stderr


def test_entry_point_is_the_docroute_command(capsys):
    entry = load("docroute_main")
    sys_argv = sys.argv
    try:
        sys.argv = ["docroute", "--version"]
        with pytest.raises(SystemExit) as stopped:
            entry.main()
    finally:
        sys.argv = sys_argv
    assert stopped.value.code == 0 and capsys.readouterr().out.strip() == f"docroute {VERSION}"


@pytest.mark.slow
def test_smoke_window_opens_every_page_and_closes_cleanly(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(PACKAGING / "docroute_main.py"), "--smoke-window",
                           str(tmp_path / "w.sqlite")], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["frozen"] is False and seen["crash_reports"] == [] and seen["exit_code"] == 0
    assert seen["qt_cancel"] == "取消" and seen["bundled_font"] and seen["window_icon_sizes"] == 7
    assert {"incoming", "outgoing", "seals", "settings"} <= set(seen["pages_visited"])
    assert not list((tmp_path / "data").rglob("docroute-errors.log"))
