"""The installed app carries its rule tables, fonts and migrations: a wheel built from this tree holds
resources/ and db/ inside the package, and every subpackage is listed for the build."""
from __future__ import annotations

import configparser
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def listed_packages() -> set[str]:
    config = configparser.ConfigParser()
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    return {line.strip() for line in config["options"]["packages"].splitlines() if line.strip()}


def test_every_subpackage_is_listed_for_the_build():
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "desktop_app").rglob("__init__.py")
             if "__pycache__" not in p.parts}
    assert found <= listed_packages(), f"add to setup.cfg [options] packages: {sorted(found - listed_packages())}"


@pytest.mark.slow
def test_wheel_ships_resources_and_migrations(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True, cwd=tmp_path)
    wheel = next(tmp_path.glob("docroute-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for shipped in ROOT.joinpath("resources").rglob("*"):
        if shipped.is_file():
            assert f"desktop_app/_resources/{shipped.relative_to(ROOT / 'resources').as_posix()}" in names
    migrations = [p.name for p in (ROOT / "db" / "migrations").glob("*.sql")]
    assert migrations and all(f"desktop_app/_db/migrations/{m}" in names for m in migrations)
