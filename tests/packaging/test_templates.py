"""The installer files generated from identity.py name this version, the app id and the right paths:
the Inno Setup script (which cannot be compiled here), the Windows version resource, the .desktop
entry, the AppStream metadata and the manual page."""
from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path, PureWindowsPath

import pytest

from desktop_app import identity
from tests.packaging.scripts import ROOT, load

fill_templates = load("fill_templates")
bundle_contents = load("bundle_contents")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("generated")
    fill_templates.write_all(out)
    return out


def iss_setup(generated) -> dict[str, str]:
    text = (generated / "windows" / "installer.iss").read_text(encoding="utf-8-sig")
    section = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    return dict(line.split("=", 1) for line in section.splitlines() if "=" in line and not line.startswith(";"))


def iss_entries(generated, section: str) -> list[dict[str, str]]:
    text = (generated / "windows" / "installer.iss").read_text(encoding="utf-8-sig")
    body = text.split(f"[{section}]", 1)[1].split("\n[", 1)[0]
    return [dict((k.strip(), v.strip().strip('"')) for k, v in (part.split(":", 1) for part in line.split(";")
                 if ":" in part)) for line in body.splitlines() if line and not line.startswith(";")]


def test_inno_setup_script_names_this_version_and_a_per_user_install(generated):
    setup = iss_setup(generated)
    assert setup["AppVersion"] == identity.VERSION
    assert setup["VersionInfoVersion"] == ".".join(map(str, identity.version_tuple()))
    assert setup["AppId"] == "{{" + identity.WINDOWS_APP_GUID + "}"  # {{ is Inno's escaped brace
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator: %LOCALAPPDATA%\Programs
    assert setup["DefaultDirName"] == rf"{{autopf}}\{identity.APP_NAME}"
    assert setup["OutputBaseFilename"] == f"{identity.PACKAGE_NAME}-{identity.VERSION}-setup"


def test_inno_setup_paths_point_at_the_bundle_and_the_icon(generated):
    script_dir = PureWindowsPath("build/windows")  # where build-windows.ps1 / fill_templates put it
    setup = iss_setup(generated)
    # normpath, not resolve(): build/windows need not exist yet (a fresh clone), and a path through a
    # missing folder resolves to nothing on Linux.
    icon = Path(os.path.normpath(ROOT.joinpath(*(script_dir / setup["SetupIconFile"]).parts)))
    assert icon == ROOT / "resources" / "icons" / f"{identity.APP_ID}.ico" and icon.is_file()
    text = (generated / "windows" / "installer.iss").read_text(encoding="utf-8-sig")
    bundle = re.search(r'#define BundleDir "([^"]+)"', text).group(1)
    assert Path(os.path.normpath(ROOT.joinpath(*(script_dir / bundle).parts))) == ROOT / "dist" / identity.PACKAGE_NAME
    assert iss_entries(generated, "Files")[0]["Source"] == r"{#BundleDir}\*"


def test_shortcuts_start_the_windowed_program_the_spec_builds(generated):
    windowed = [name for name, console in bundle_contents.executables(identity.PACKAGE_NAME, windows=True)
                if not console]
    icons = iss_entries(generated, "Icons")
    assert {entry["Name"].split("\\")[0] for entry in icons} == {"{autoprograms}", "{autodesktop}"}
    assert all(entry["Filename"] == rf"{{app}}\{windowed[0]}.exe" for entry in icons)
    assert iss_setup(generated)["UninstallDisplayIcon"] == rf"{{app}}\{windowed[0]}.exe"


def test_uninstaller_keeps_the_database_and_backups(generated, monkeypatch):
    # Where platformdirs puts the data on Windows (the registry, its backups, the error log) …
    import platformdirs.windows

    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda csidl: r"C:\Users\clerk\AppData\Local")
    data_dir = platformdirs.windows.Windows(appname=identity.APP_NAME, appauthor=False).user_data_dir
    assert PureWindowsPath(data_dir) == PureWindowsPath(rf"C:\Users\clerk\AppData\Local\{identity.APP_NAME}")
    assert fill_templates.values()["windows_data_dir"] == rf"{{localappdata}}\{identity.APP_NAME}"
    # … is not where the program goes ({autopf} = {localappdata}\Programs), and nothing deletes it.
    assert not iss_setup(generated)["DefaultDirName"].startswith("{localappdata}")
    for entry in iss_entries(generated, "UninstallDelete"):
        assert entry["Name"].startswith("{app}\\"), entry


def test_windows_version_resource(generated):
    text = (generated / "windows" / "version-info.txt").read_text(encoding="utf-8")
    tree = ast.parse(text, mode="eval")  # PyInstaller evaluates this file: it must be one expression
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
    numbers = ", ".join(map(str, identity.version_tuple()))
    assert f"filevers=({numbers})" in text and f"prodvers=({numbers})" in text
    assert f"StringStruct('ProductVersion', '{identity.VERSION}')" in text
    assert f"StringStruct('OriginalFilename', '{identity.PACKAGE_NAME}.exe')" in text


def test_desktop_entry_is_named_by_the_app_id_and_starts_the_command(generated):
    path = generated / "linux" / f"{identity.APP_ID}.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(path, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == identity.PACKAGE_NAME and desktop["Icon"] == identity.APP_ID
    assert desktop["Name[zh_CN]"] == identity.APP_DISPLAY_NAME
    assert desktop["StartupWMClass"] == identity.APP_NAME  # Qt's WM_CLASS is the application name


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils is not installed (apt-get install desktop-file-utils)")
def test_desktop_entry_validates(generated):
    done = subprocess.run(["desktop-file-validate", str(generated / "linux" / f"{identity.APP_ID}.desktop")],
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == "", done.stdout


def test_appstream_metadata_names_the_launcher_and_this_release(generated):
    root = ET.parse(generated / "linux" / f"{identity.APP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application" and root.findtext("id") == identity.APP_ID
    assert root.findtext("launchable") == f"{identity.APP_ID}.desktop"
    release = root.find("releases/release")
    assert (release.get("version"), release.get("date")) == (identity.VERSION, identity.RELEASE_DATE)
    assert root.findtext("provides/binary") == identity.PACKAGE_NAME


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed (apt-get install appstream)")
def test_appstream_metadata_validates(generated):
    done = subprocess.run(["appstreamcli", "validate", "--no-net",
                           str(generated / "linux" / f"{identity.APP_ID}.metainfo.xml")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout


def test_manual_page_names_the_version(generated):
    page = (generated / "linux" / f"{identity.PACKAGE_NAME}.1").read_text(encoding="utf-8")
    assert page.startswith(f'.TH {identity.PACKAGE_NAME.upper()} 1 "{identity.RELEASE_DATE}" '
                           f'"{identity.APP_NAME} {identity.VERSION}"')


def test_a_placeholder_without_a_value_is_an_error(tmp_path):
    template = tmp_path / "x.desktop.in"
    template.write_text("Name=${app_nmae}\n", encoding="utf-8")
    with pytest.raises(KeyError, match="app_nmae"):
        fill_templates.fill(template, fill_templates.values())
