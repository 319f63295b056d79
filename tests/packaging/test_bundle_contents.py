"""What the spec keeps in the bundle and what it leaves out, checked on PyInstaller-style TOC entries."""
from __future__ import annotations

from pathlib import Path

import PySide6

from tests.packaging.scripts import ROOT, load

bundle = load("bundle_contents")
SITE = Path(PySide6.__file__).parent


def test_qt_modules_are_read_off_the_source():
    used = bundle.qt_modules_used(ROOT / "desktop_app")
    assert {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"} <= used
    available = bundle.qt_modules_available(SITE)
    assert used <= available, "the app imports a Qt module this PySide6 lacks"
    assert "QtQuick" in available - used  # left out of the bundle


def test_only_the_zh_cn_qt_catalogues_are_kept():
    keep = [("PySide6/Qt/translations/qtbase_zh_CN.qm", "/x/qtbase_zh_CN.qm", "DATA"),
            ("PySide6/translations/qtbase_zh_CN.qm", "C:/x/qtbase_zh_CN.qm", "DATA")]
    drop = [("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA")]
    assert all(bundle.keep(e, windows=False) for e in keep)
    assert not any(bundle.keep(e, windows=False) for e in drop)
    assert bundle.keep(("resources/translations/docroute_zh_CN.qm", "/r/docroute_zh_CN.qm", "DATA"), windows=False)


def test_unused_plugins_and_desktop_libraries_stay_out():
    assert not bundle.keep(("PySide6/Qt/plugins/platforms/libqwayland.so", "/s/libqwayland.so", "BINARY"), windows=False)
    assert bundle.keep(("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"), windows=False)
    assert bundle.keep(("PySide6/Qt/plugins/platforms/libqoffscreen.so", "/s/q.so", "BINARY"), windows=False)
    # Debian 12 has no libtiff.so.5 for the plugin of PySide6 6.8.0.2 on aarch64 to load.
    assert not bundle.keep(("PySide6/Qt/plugins/imageformats/libqtiff.so", "/s/libqtiff.so", "BINARY"), windows=False)
    assert bundle.keep(("PySide6/Qt/plugins/imageformats/libqjpeg.so", "/s/libqjpeg.so", "BINARY"), windows=False)
    system = "/usr/lib/x86_64-linux-gnu/"
    assert not bundle.keep(("libX11.so.6", system + "libX11.so.6", "BINARY"), windows=False)
    for session in ("libSM.so.6", "libICE.so.6"):  # what Qt's xcb plugin links on aarch64 (PySide6 6.8.0.2)
        assert not bundle.keep((session, "/usr/lib/aarch64-linux-gnu/" + session, "BINARY"), windows=False)
    assert not bundle.keep(("libfontconfig.so.1", system + "libfontconfig.so.1", "BINARY"), windows=False)
    # Python's own libraries differ in soname between distributions: they travel with the bundle.
    assert bundle.keep(("libffi.so.8", system + "libffi.so.8", "BINARY"), windows=False)
    assert bundle.keep(("libsqlite3.so.0", system + "libsqlite3.so.0", "BINARY"), windows=False)


def test_libraries_only_left_out_plugins_needed_are_pruned():
    entries = [("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/PySide6/Qt/plugins/platforms/libqxcb.so", "BINARY"),
               ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/s/PySide6/Qt/lib/libQt6XcbQpa.so.6", "BINARY"),
               ("libQt6XcbQpa.so.6", "/s/PySide6/Qt/lib/libQt6XcbQpa.so.6", "BINARY"),
               ("PySide6/Qt/lib/libQt6WaylandClient.so.6", "/s/PySide6/Qt/lib/libQt6WaylandClient.so.6", "BINARY"),
               ("libQt6WaylandClient.so.6", "/s/PySide6/Qt/lib/libQt6WaylandClient.so.6", "BINARY"),
               ("pypdfium2_raw/libpdfium.so", "/s/pypdfium2_raw/libpdfium.so", "BINARY")]
    links = {"/s/PySide6/Qt/plugins/platforms/libqxcb.so": ["libQt6XcbQpa.so.6"]}
    kept = bundle.prune_unreferenced(entries, lambda source: links.get(source, []))
    assert [e[0] for e in kept] == ["PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/lib/libQt6XcbQpa.so.6",
                                    "libQt6XcbQpa.so.6", "pypdfium2_raw/libpdfium.so"]
    # Debian's own python3 (/usr/lib/…/libpython3.11.so.1.0): nothing links it, the bootloader loads it.
    python = [("libpython3.11.so.1.0", "/usr/lib/aarch64-linux-gnu/libpython3.11.so.1.0", "BINARY"),
              ("libz.so.1", "/usr/lib/aarch64-linux-gnu/libz.so.1", "BINARY")]
    assert [e[0] for e in bundle.prune_unreferenced(python, lambda source: [])] == ["libpython3.11.so.1.0"]
    datas = [("libQt6XcbQpa.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6", "SYMLINK"),
             ("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK")]
    assert bundle.drop_dangling_links(datas, kept) == datas[:1]


def test_windows_gets_a_windowed_program_for_the_shortcuts():
    assert bundle.executables("docroute", windows=False) == [("docroute", True)]
    assert bundle.executables("docroute", windows=True) == [("docroute", True), ("docroute-gui", False)]
