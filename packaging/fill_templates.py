"""Fills the installer templates from desktop_app/identity.py, so the name, id and version live in one place.

    python packaging/fill_templates.py [--out build]

Writes, under --out (default build/, which git ignores):
    linux/<APP_ID>.desktop          the menu entry
    linux/<APP_ID>.metainfo.xml     AppStream metadata (software centres)
    linux/docroute.1                the manual page
    windows/version-info.txt        the version resource PyInstaller puts into docroute.exe
    windows/installer.iss           the Inno Setup script
Templates are packaging/linux/*.in and packaging/windows/*.in with ${name} placeholders (string.Template);
a placeholder without a value is an error, not an empty string."""
from __future__ import annotations

import argparse
import runpy
import string
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
WINDOWS_DATA_DIR = r"{localappdata}\{app_name}"  # platformdirs.user_data_dir(APP_NAME, appauthor=False)


def identity() -> dict:
    """identity.py's values, read without importing desktop_app (the build may run outside its venv)."""
    return {k: v for k, v in runpy.run_path(str(ROOT / "desktop_app" / "identity.py")).items() if k.isupper()}


def values(ident: dict | None = None) -> dict[str, str]:
    ident = ident or identity()
    numbers = [int("".join(c for c in part if c.isdigit()) or 0) for part in ident["VERSION"].split(".")[:4]]
    numbers += [0] * (4 - len(numbers))
    return {
        "app_id": ident["APP_ID"],
        "app_name": ident["APP_NAME"],
        "display_name": ident["APP_DISPLAY_NAME"],
        "package": ident["PACKAGE_NAME"],
        "package_upper": ident["PACKAGE_NAME"].upper(),
        "publisher": ident["PUBLISHER"],
        "summary": ident["SUMMARY"],
        "summary_en": ident["SUMMARY_EN"],
        "license": ident["LICENSE"],
        "version": ident["VERSION"],
        "version_commas": ", ".join(map(str, numbers)),
        "version_dotted": ".".join(map(str, numbers)),
        "release_date": ident["RELEASE_DATE"],
        "guid": ident["WINDOWS_APP_GUID"],
        "windows_data_dir": WINDOWS_DATA_DIR.format(localappdata="{localappdata}", app_name=ident["APP_NAME"]),
    }


def fill(template: Path, mapping: dict[str, str]) -> str:
    text = template.read_text(encoding="utf-8")
    if template.name.endswith(".xml.in"):
        mapping = {key: escape(value) for key, value in mapping.items()}
    return string.Template(text).substitute(mapping)


def outputs(ident: dict | None = None) -> dict[str, str]:
    """Relative output path -> filled text."""
    mapping = values(ident)
    app_id = mapping["app_id"]
    return {
        f"linux/{app_id}.desktop": fill(PACKAGING / "linux" / "app.desktop.in", mapping),
        f"linux/{app_id}.metainfo.xml": fill(PACKAGING / "linux" / "app.metainfo.xml.in", mapping),
        f"linux/{mapping['package']}.1": fill(PACKAGING / "linux" / "docroute.1.in", mapping),
        "windows/version-info.txt": fill(PACKAGING / "windows" / "version-info.txt.in", mapping),
        "windows/installer.iss": fill(PACKAGING / "windows" / "installer.iss.in", mapping),
    }


def write_all(out: Path) -> list[Path]:
    written = []
    for relative, text in outputs().items():
        path = out / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        # Inno Setup reads a script as UTF-8 only with a byte-order mark; the others want none.
        encoding = "utf-8-sig" if path.suffix == ".iss" else "utf-8"
        path.write_text(text, encoding=encoding, newline="\r\n" if "windows/" in relative else "\n")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build")
    for path in write_all(parser.parse_args().out):
        print(path)


if __name__ == "__main__":
    main()
