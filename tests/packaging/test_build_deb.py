"""The .deb's layout and its Depends, built from a stand-in bundle (the real one: packaging/build-linux.sh)."""
from __future__ import annotations

import gzip
import os

import pytest

from desktop_app import identity
from tests.packaging.scripts import load

build_deb = load("build_deb")
fill_templates = load("fill_templates")


@pytest.fixture
def staged(tmp_path):
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / identity.PACKAGE_NAME).write_bytes(b"\x7fELF stand-in")
    (bundle / "_internal" / "libQt6Core.so.6").write_bytes(b"\x7fELF stand-in")
    generated = tmp_path / "generated"
    fill_templates.write_all(generated)
    staging = tmp_path / "staging"
    build_deb.stage(bundle, generated, staging, fill_templates.identity())
    return staging


def test_bundle_goes_under_opt_with_the_command_on_the_path(staged):
    opt = staged / "opt" / identity.PACKAGE_NAME
    assert (opt / identity.PACKAGE_NAME).stat().st_mode & 0o777 == 0o755
    assert (opt / "_internal" / "libQt6Core.so.6").stat().st_mode & 0o777 == 0o644
    link = staged / "usr" / "bin" / identity.PACKAGE_NAME
    assert os.readlink(link) == f"/opt/{identity.PACKAGE_NAME}/{identity.PACKAGE_NAME}"


def test_menu_entry_icons_and_metadata_are_named_by_the_app_id(staged):
    share = staged / "usr" / "share"
    assert (share / "applications" / f"{identity.APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{identity.APP_ID}.metainfo.xml").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{identity.APP_ID}.svg").is_file()
    for size in build_deb.ICON_SIZES:
        assert (share / f"icons/hicolor/{size}x{size}/apps/{identity.APP_ID}.png").is_file()


def test_docs_changelog_manual_and_overrides(staged):
    share = staged / "usr" / "share"
    doc = share / "doc" / identity.PACKAGE_NAME
    assert "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" in (doc / "copyright").read_text()
    changelog = gzip.decompress((doc / "changelog.gz").read_bytes()).decode()
    assert changelog.startswith(f"{identity.PACKAGE_NAME} ({identity.VERSION}) stable;")
    assert identity.VERSION in gzip.decompress((share / "man/man1" / f"{identity.PACKAGE_NAME}.1.gz").read_bytes()).decode()
    assert "dir-or-file-in-opt" in (share / "lintian/overrides" / identity.PACKAGE_NAME).read_text()


def test_depends_covers_what_the_bundle_links_and_stops_on_anything_else(monkeypatch):
    monkeypatch.setattr(build_deb, "owning_package", lambda soname: None)
    needed = {"libxcb-icccm.so.4": {"libqxcb.so"}, "libc.so.6": {"x"}, "libQt6Core.so.6": {"y"}}
    assert build_deb.check_depends(needed, bundled={"libQt6Core.so.6"}) == ["libc6", "libxcb-icccm4"]
    with pytest.raises(SystemExit, match="libgtk-3.so.0"):
        build_deb.check_depends({"libgtk-3.so.0": {"libqgtk3.so"}}, bundled=set())


def test_depends_covers_what_qt_links_on_aarch64(monkeypatch):
    """PySide6 6.8.0.2's aarch64 xcb plugin also links X session management; the loader has another name."""
    monkeypatch.setattr(build_deb, "owning_package", lambda soname: None)
    needed = {"libSM.so.6": {"libQt6XcbQpa.so.6"}, "libICE.so.6": {"libQt6XcbQpa.so.6"},
              "ld-linux-aarch64.so.1": {"libQt6XcbQpa.so.6"}}
    assert build_deb.check_depends(needed, bundled=set()) == ["libc6", "libice6", "libsm6"]


def test_depends_names_the_package_that_really_ships_a_library(monkeypatch):
    monkeypatch.setattr(build_deb, "owning_package", lambda soname: "libxcb-util0")
    with pytest.raises(SystemExit, match="declared libxcb-util1, but libxcb-util0 ships it"):
        build_deb.check_depends({"libxcb-util.so.1": {"libqxcb.so"}}, bundled=set())


def test_control_sets_the_glibc_floor_and_the_readme_libraries():
    text = build_deb.control(fill_templates.identity(), "arm64", ["libc6", "libxcb-cursor0"], (2, 36), 1000)
    assert "Architecture: arm64\n" in text and "Depends: libc6 (>= 2.36), libxcb-cursor0\n" in text
    readme_libraries = {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0",
                        "libxcb-render-util0", "libxkbcommon-x11-0"}
    assert readme_libraries <= set(build_deb.SYSTEM_PACKAGES)
