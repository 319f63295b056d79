"""The bundle's ICU data, trimmed to what Qt asks of it (packaging/trim_icu.py), checked on the ICU library
of the PySide6 the tests run with: the package format is read and written back byte for byte, and Qt
loading the trimmed library still sorts names by pinyin and knows the Chinese code pages."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import PySide6

from tests.packaging.scripts import load

trim_icu = load("trim_icu")
LIBRARIES = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
needs_icu_library = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not LIBRARIES or shutil.which("readelf") is None,
    reason="PySide6's own ICU library and readelf (binutils) are on Linux only")
needs_compiler = pytest.mark.skipif(shutil.which("cc") is None, reason="no C compiler (cc) to link the trimmed library")

# What Qt asks ICU for, as the frozen program's window would: QCollator's order of names, QStringDecoder's code pages.
PROBE = """
import json
from PySide6.QtCore import QCollator, QLocale, QStringDecoder
collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
names = ["张三", "阿依古丽", "白玉", "买买提"]
print(json.dumps({"order": sorted(names, key=collator.sortKey),
                  "code_pages": sorted(set(QStringDecoder.availableCodecs()) & {"GB18030", "GBK", "GB2312", "Big5"})}))
"""
PINYIN = ["阿依古丽", "白玉", "买买提", "张三"]  # a, b, m, z


def qt_with(library_dir: Path) -> dict:
    env = {**os.environ, "LD_LIBRARY_PATH": str(library_dir), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr[-800:]
    return json.loads(done.stdout)


def test_what_is_kept():
    for kept in ("coll/zh.res", "coll/root.res", "coll/ucadata.icu", "zh_Hans_CN.res", "ug.res", "root.res",
                 "res_index.res", "zone/res_index.res", "zone/pool.res", "supplementalData.res", "cnvalias.icu",
                 "gb18030.cnv", "windows-936-2000.cnv", "ibm-1386_P100-2001.cnv", "zoneinfo64.res", "nfkc.nrm"):
        assert trim_icu.keep(kept), kept
    for dropped in ("coll/de.res", "coll/de_.res", "fr_CA.res", "zone/ja.res", "brkitr/cjdict.dict",
                    "translit/root.res", "rbnf/zh.res", "unames.icu", "ibm-37_P100-1995.cnv"):
        assert not trim_icu.keep(dropped), dropped


@needs_icu_library
def test_the_package_is_read_and_written_back_unchanged():
    symbol, package = trim_icu.package_in_library(LIBRARIES[0])
    header, items = trim_icu.read_package(package)
    assert symbol.startswith("icudt") and len(items) > 1000
    assert [name for name, _ in items] == sorted(name for name, _ in items)  # ICU looks items up by bisection
    assert trim_icu.write_package(header, items) == package


@needs_icu_library
@needs_compiler
def test_qt_on_the_trimmed_library_sorts_by_pinyin_and_knows_the_chinese_code_pages(tmp_path, monkeypatch):
    trimmed = tmp_path / "trimmed"
    trimmed.mkdir()
    shutil.copy(LIBRARIES[0], trimmed)
    report = trim_icu.trim(trimmed)
    assert (trimmed / LIBRARIES[0].name).stat().st_size < LIBRARIES[0].stat().st_size / 4, report
    seen = qt_with(trimmed)
    assert seen == {"order": PINYIN, "code_pages": ["Big5", "GB18030", "GB2312", "GBK"]}

    # The probe really reads the library it is given: without the Chinese collation and code pages it sees it.
    without = tmp_path / "without"
    without.mkdir()
    shutil.copy(LIBRARIES[0], without)
    keep = trim_icu.keep
    monkeypatch.setattr(trim_icu, "keep", lambda item: keep(item) and not item.startswith("coll/zh")
                        and not item.endswith(".cnv"))
    trim_icu.trim(without)
    assert qt_with(without) == {"order": sorted(PINYIN), "code_pages": []}
