"""The one resource locator inside the frozen bundle: resources/ and db/ under sys._MEIPASS, nothing else."""
from __future__ import annotations

import sys

import pytest

from desktop_app import paths


@pytest.fixture
def frozen(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    paths.resources_dir.cache_clear()
    paths.db_dir.cache_clear()
    yield tmp_path
    paths.resources_dir.cache_clear()
    paths.db_dir.cache_clear()


def test_frozen_app_reads_resources_and_migrations_from_the_bundle(frozen):
    (frozen / "resources" / "rules").mkdir(parents=True)
    (frozen / "db" / "migrations").mkdir(parents=True)
    assert paths.is_frozen()
    assert paths.resource("rules", "outgoing.json") == frozen / "resources" / "rules" / "outgoing.json"
    assert paths.db_dir() == frozen / "db"


def test_frozen_app_never_falls_back_to_a_source_tree(frozen):
    # The checkout's resources/ exists beside desktop_app/, but a bundle without its own must say so.
    with pytest.raises(FileNotFoundError, match="找不到程序资源目录 resources"):
        paths.resources_dir()


def test_unfrozen_finds_the_checkout():
    assert not paths.is_frozen()
    assert (paths.resources_dir() / "rules" / "outgoing.json").is_file()
