"""What goes into the frozen bundle and what stays out; docroute.spec asks this module.

Kept small on purpose: the spec stays a readable list of steps, and tests/packaging can check these rules
without running PyInstaller. Entries are PyInstaller TOC tuples (dest_name, src_path, typecode)."""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Callable, Iterable

QT_LOCALE = "zh_CN"

# Python modules that dependencies could load but DocRoute never does (each measured in the bundle).
# Pillow comes with reportlab, which imports PIL.Image at start but never decodes AVIF or WebP for us
# (6.5 MB of codecs); python-docx needs lxml.etree, not objectify or the HTML tools (3.5 MB);
# readline is for an interactive prompt; Tk is nowhere. Python's ssl stays (with _hashlib, ~5 MB of
# OpenSSL): the server driver's compiled module imports it when it loads (psycopg_binary initialises
# OpenSSL through Python before its own libpq, which then talks TLS and SCRAM with the libssl it carries
# in psycopg_binary.libs/). The app itself still opens no TLS connection of its own.
UNUSED_MODULES = [
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingcms", "PIL.ImageCms",
    "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt",
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.cssselect", "lxml.doctestcompare",
    "lxml.usedoctest", "readline", "tkinter", "_tkinter",
]

# Qt plugins PyInstaller's hooks add that this desktop app never loads. Wayland: under a Wayland session
# Qt falls back to xcb, i.e. XWayland (tried with XDG_SESSION_TYPE=wayland under Xvfb). The GTK theme would pull in GTK,
# cairo and pango for native file dialogs; Qt's own dialogs (translated by qtbase_zh_CN) serve.
# TIFF: the app decodes no image file with Qt (a scan is stored as a file, never shown), and the aarch64
# wheel of PySide6 6.8.0.2 builds that plugin against the system's libtiff.so.5, which Debian 12 lacks.
UNUSED_QT_PLUGINS = (
    "generic/", "networkinformation/", "imageformats/libqicns", "imageformats/libqtga", "imageformats/libqwbmp",
    "imageformats/libqwebp", "imageformats/libqtiff", "tls/", "qmltooling/", "sqldrivers/", "designer/", "vectorimageformats/",
    "egldeviceintegrations/", "wayland-decoration-client/", "wayland-graphics-integration-client/",
    "wayland-graphics-integration-server/", "wayland-shell-integration/", "platformthemes/libqgtk3",
    "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqminimalegl", "platforms/libqvkkhrdisplay",
    "platforms/libqvnc", "platforms/libqwayland",
)

# Linux libraries that belong to the desktop, not to the app: the .deb takes them from the system
# (its Depends; build_deb.py checks each one is declared). Bundling them breaks on other distributions
# (fontconfig's config format, libstdc++ older than the graphics driver's, a second libxcb).
# Python's own libraries (libffi, libsqlite3, libz, liblzma …) stay bundled: their sonames differ between
# Debian 10, Ubuntu 20.04 and Debian 12, and the bundled SQLite is the one the tests ran against.
SYSTEM_LIBRARIES = re.compile(
    r"lib(X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|Xi|SM|ICE|xcb|xcb-.*|xkbcommon|xkbcommon-x11|fontconfig|freetype|png16|"
    r"glib-2\.0|gthread-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|pcre2?-.*|dbus-1|systemd|cups|gssapi_krb5|krb5|"
    r"k5crypto|krb5support|keyutils|com_err|avahi-.*|gnutls|nettle|hogweed|gmp|idn2|unistring|tasn1|p11-kit|"
    r"brotli.*|bsd|md|cap|gcrypt|gpg-error|lz4|zstd|stdc\+\+|gcc_s|E?GL.*|OpenGL|wayland-.*|"
    r"selinux|mount|blkid|atomic)\.so(\..*)?$")
_SYSTEM_DIRS = ("/lib/", "/usr/lib/", "/lib64/", "/usr/lib64/")


def executables(package: str, *, windows: bool) -> list[tuple[str, bool]]:
    """(name, console) of each program in the bundle: `docroute` with a console everywhere (the CLI, and
    the window on Linux); on Windows also `docroute-gui` without one, which the shortcuts start."""
    return [(package, True)] + ([(f"{package}-gui", False)] if windows else [])


def qt_modules_used(package_dir: Path) -> set[str]:
    """The PySide6 modules the app's source imports, e.g. {"QtCore", "QtWidgets"}."""
    pattern = re.compile(r"PySide6\.(Qt\w+)|from PySide6 import ([\w ,()]+)")
    found: set[str] = set()
    for source in Path(package_dir).rglob("*.py"):
        for dotted, listed in pattern.findall(source.read_text(encoding="utf-8")):
            if dotted:
                found.add(dotted)
            else:
                found.update(re.findall(r"Qt\w+", listed))
    return found


def qt_modules_available(pyside_dir: Path) -> set[str]:
    """The compiled Qt modules of an installed PySide6 (QtCore.abi3.so, QtCore.pyd …)."""
    return {p.name.split(".")[0] for p in Path(pyside_dir).iterdir()
            if p.name.startswith("Qt") and p.suffix in (".so", ".pyd")}


def keep(entry: tuple, *, windows: bool) -> bool:
    dest, source = entry[0].replace("\\", "/"), str(entry[1] or "")
    name = os.path.basename(dest)
    if "/translations/" in dest and "PySide6/" in dest:
        return f"_{QT_LOCALE}." in name  # qtbase_zh_CN.qm and the like, no other language
    if "/plugins/" in dest and any(f"/plugins/{plugin}" in dest for plugin in UNUSED_QT_PLUGINS):
        return False
    if not windows and source.startswith(_SYSTEM_DIRS):
        return not SYSTEM_LIBRARIES.match(name)
    return True


def prune_unreferenced(binaries: list, imports_of: Callable[[str], Iterable[str]]) -> list:
    """Drops shared libraries (system ones and Qt's own) that no remaining binary links to any more,
    e.g. what only the left-out Wayland or GTK plugins needed. Extension modules, plugins and libraries
    loaded by path (pdfium) are roots and always stay. imports_of(src) gives a binary's NEEDED names."""
    def prunable(entry) -> bool:
        dest, source = entry[0].replace("\\", "/"), str(entry[1] or "").replace("\\", "/")
        name = os.path.basename(dest)
        # libpython is loaded by the bootloader by path, and Debian's python3 links no module to it: from
        # /usr/lib (a Debian-built Python, as on an aarch64 build machine) it would look unreferenced.
        linked_lib = (name.startswith("lib") and ".so" in dest and "/plugins/" not in dest
                      and not name.startswith("libpython"))
        # PyInstaller lists a Qt library twice (its folder and the bundle's top, made a symlink later):
        # both go, or a dangling link is left. "<wheel>.libs/" holds what auditwheel vendored for a
        # wheel's extensions (Pillow's codecs): linked, never loaded by path.
        return linked_lib and (source.startswith(_SYSTEM_DIRS) or "PySide6/Qt/lib/" in source
                               or ".libs/" in source)

    kept = list(binaries)
    while True:
        needed = {os.path.basename(n) for entry in kept for n in imports_of(entry[1])}
        pruned = [e for e in kept if not (prunable(e) and os.path.basename(e[0]) not in needed)]
        if len(pruned) == len(kept):
            return kept
        kept = pruned


def drop_dangling_links(toc: list, collected: list) -> list:
    """PyInstaller records the links at the bundle's top (libQt6Gui.so.6 -> PySide6/Qt/lib/…) as SYMLINK
    entries of their own; one whose target was left out would be a dangling link."""
    present = {e[0].replace("\\", "/") for e in collected if e[2] != "SYMLINK"}

    def target(entry) -> str:
        return os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1])).replace("\\", "/")

    return [e for e in toc if e[2] != "SYMLINK" or target(e) in present]
