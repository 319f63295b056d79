"""Replaces the bundle's ICU data library (31 MB) with one that holds only the data Qt asks ICU for.

    python packaging/trim_icu.py dist/docroute       (packaging/build-linux.sh runs it after PyInstaller)

PySide6's Linux wheels carry Qt's own ICU, whose data library is the largest file of the bundle: every
locale's names, calendars, collations, transliterators, break dictionaries and 190 legacy code pages.
Qt Core is the only library of the bundle linked to ICU, and it calls four parts of it (its undefined
`*_73` symbols, read with readelf): collation (`ucol_*`, QCollator: the pinyin order of names in lists),
code pages (`ucnv_*`, QStringDecoder), time-zone names (`ucal_*`, QTimeZone) and case mapping
(`u_strToUpper/Lower`, whose tables are compiled into libicuuc, not data). So the new library keeps:
- the data every ICU lookup needs (root, the supplemental, likely-subtags, zone and alias tables …);
- the locales the office's desktops run in and their fallbacks: Chinese, Uyghur (Xinjiang), English;
- collation for those locales and the root collation;
- the code pages of Chinese text (GB18030, GBK, GB2312, Big5) — the Unicode and Latin-1 ones are
  built into ICU's code, not data.
Everything else — break iterators, transliterators, spell-out rules, character names and the other
locales' data — is left out; none of it is reachable from Qt's calls. The smoke test checks what
remains works in the frozen program (pinyin order, the GB code pages).

The data is ICU's "common data" package (the format icupkg reads and writes): a header, a table of
contents sorted by item name, then the items, each 16-byte aligned. It is read out of the library's
`icudtNN_dat` symbol, filtered item by item unchanged, and linked back into a library of the same
soname with the C compiler (`cc`). Without a compiler the full library stays and the build says so."""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALES = re.compile(r"(root|zh|zh_CN|zh_Hans|zh_Hans_CN|ug|ug_CN|ug_Arab|ug_Arab_CN|en|en_US|en_US_POSIX|en_001)")
LOCALE_NAME = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]*)*")  # root.res is matched by LOCALES; units, icuver … are not locales
TREE_TABLES = {"res_index", "pool"}  # each tree's list of locales and its shared strings: look like locale names
# Trees only the ICU services Qt never calls read: break iterators, transliterators, number spell-out.
DROPPED_TREES = {"brkitr", "translit", "rbnf"}
DROPPED_FILES = {"unames.icu"}  # character names (u_charName)
CODE_PAGES = {
    "gb18030.cnv",                # GB18030, the national standard
    "windows-936-2000.cnv",       # GBK, CP936 (an extension of the next)
    "ibm-1386_P100-2001.cnv",
    "ibm-1383_P110-1999.cnv",     # GB2312, EUC-CN
    "ibm-5478_P100-1995.cnv",     # GB_2312-80
    "windows-950-2000.cnv",       # Big5 (an extension of the next)
    "ibm-1373_P100-2002.cnv",
    "ibm-1375_P100-2008.cnv",     # Big5-HKSCS
}
ALIGN = 16
PAD = b"\xaa"  # what ICU's own tools fill alignment gaps with, so a package read and written back is unchanged


def keep(item: str) -> bool:
    """item: a name inside the package without its prefix, e.g. "coll/zh.res", "gb18030.cnv"."""
    tree, _, leaf = item.rpartition("/")
    if tree in DROPPED_TREES or leaf in DROPPED_FILES:
        return False
    if leaf.endswith(".cnv"):
        return leaf in CODE_PAGES
    stem, dot, ext = leaf.rpartition(".")
    if ext == "res" and stem not in TREE_TABLES and LOCALE_NAME.fullmatch(stem):
        return bool(LOCALES.fullmatch(stem))
    return True  # pool.res, res_index.res, the supplemental tables, ucadata.icu, cnvalias.icu, *.nrm …


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its items in table-of-contents order."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[8] != 0:  # magic; UDataInfo.isBigEndian
        raise ValueError("not a little-endian ICU common data package")
    toc = data[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        name = toc[name_offset:toc.index(b"\0", name_offset)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(toc)
        items.append((name, toc[data_offset:end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The inverse of read_package; items stay in the given (sorted) order, which ICU's lookup relies on."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    # Offsets count from the end of the header; the items must be aligned in memory, which counts from its start.
    first_item = -(-(len(header) + toc_size + len(names)) // ALIGN) * ALIGN - len(header)
    entries, body, name_offset, data_offset = [], bytearray(), toc_size, first_item
    for name, item in items:
        entries.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        padded = item + PAD * (-len(item) % ALIGN)
        body += padded
        data_offset += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    return header + toc + PAD * (first_item - len(toc)) + bytes(body)


def readelf(*args: str) -> str:
    return subprocess.run(["readelf", "-W", *args], capture_output=True, text=True, check=True).stdout


def package_in_library(library: Path) -> tuple[str, bytes]:
    """(symbol name, bytes) of the icudtNN_dat object inside the data library."""
    symbol = next(line.split() for line in readelf("--dyn-syms", str(library)).splitlines()
                  if re.search(r"\bicudt\d+_dat$", line))
    address, size, name = int(symbol[1], 16), int(symbol[2], 0), symbol[7]
    for line in readelf("-S", str(library)).splitlines():
        fields = re.findall(r"\S+", line.split("]", 1)[1]) if "]" in line else []
        if len(fields) >= 5 and re.fullmatch(r"[0-9a-f]{6,}", fields[2]):
            section_address, section_offset, section_size = int(fields[2], 16), int(fields[3], 16), int(fields[4], 16)
            if section_address <= address < section_address + section_size:
                with library.open("rb") as handle:
                    handle.seek(section_offset + address - section_address)
                    return name, handle.read(size)
    raise ValueError(f"{library.name}: {name} lies in no section")


def link_library(symbol: str, package: bytes, soname: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        blob, source = Path(tmp) / "data.bin", Path(tmp) / "data.S"
        blob.write_bytes(package)
        source.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, %object\n\t.balign {ALIGN}\n'
            f'{symbol}:\n\t.incbin "{blob}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",%progbits\n', encoding="ascii")
        subprocess.run(["cc", "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-Wl,-z,noexecstack", "-s",
                        "-o", str(out), str(source)], check=True)


def trim(bundle: Path) -> str:
    libraries = [p for p in bundle.rglob("libicudata.so.*") if not p.is_symlink()]
    if not libraries:
        return "trim_icu: no ICU data library in the bundle, nothing to do"
    if shutil.which("cc") is None:
        return "trim_icu: no C compiler (cc); the full ICU data library stays (31 MB)"
    library = libraries[0]
    symbol, package = package_in_library(library)
    header, items = read_package(package)
    prefix = items[0][0].split("/", 1)[0] + "/"  # icudt73l/
    kept = [(name, item) for name, item in items if keep(name[len(prefix):])]
    trimmed = write_package(header, kept)
    soname = re.search(r"\[(.+?)\]", next(line for line in readelf("-d", str(library)).splitlines()
                                          if "SONAME" in line)).group(1)
    replacement = library.with_suffix(library.suffix + ".new")
    link_library(symbol, trimmed, soname, replacement)
    before = library.stat().st_size
    replacement.replace(library)
    return (f"trim_icu: {library.name} {before / 1e6:.1f} MB -> {library.stat().st_size / 1e6:.1f} MB "
            f"({len(kept)} of {len(items)} items kept)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.splitlines()[2].strip())
    print(trim(Path(sys.argv[1])))
