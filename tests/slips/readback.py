"""Reading rendered slips back the way a user or a printer would: text, fonts, word boxes, DOCX tables."""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader


def compact(text: str) -> str:
    """Text without whitespace: extractors insert spaces where a line or a font run changes."""
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> str:
    return compact("".join(page.extract_text() or "" for page in PdfReader(path).pages))


def pdf_page_texts(path: Path) -> list[str]:
    return [compact(page.extract_text() or "") for page in PdfReader(path).pages]


def pdf_fonts(path: Path) -> dict[str, bool]:
    """Every font used on any page → whether its program is embedded in the file."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        resources = page.get("/Resources") or {}
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font.get("/BaseFont"))] = embedded
    return fonts


@dataclass(frozen=True)
class Box:
    page: int
    x0: float
    y0: float  # from the top of the page, as poppler reports it
    x1: float
    y1: float
    text: str

    def overlaps(self, other: "Box", slack: float = 0.5) -> bool:
        return (self.page == other.page and self.x0 < other.x1 - slack and other.x0 < self.x1 - slack
                and self.y0 < other.y1 - slack and other.y0 < self.y1 - slack)


def _bbox_html(path: Path, option: str) -> str:
    if not shutil.which("pdftotext"):
        import pytest

        pytest.skip("poppler-utils (pdftotext) is not installed")
    return subprocess.run(["pdftotext", option, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def page_sizes(path: Path) -> list[tuple[float, float]]:
    return [(float(page.mediabox.width), float(page.mediabox.height)) for page in PdfReader(path).pages]


def word_boxes(path: Path) -> list[Box]:
    """Poppler's word boxes (a run of Chinese without spaces is one word)."""
    html = _bbox_html(path, "-bbox")
    boxes, page = [], 0
    for match in re.finditer(r'<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                             html):
        if match.group(0) == "<page ":
            page += 1
            continue
        x0, y0, x1, y1 = (float(match.group(i)) for i in range(1, 5))
        boxes.append(Box(page, x0, y0, x1, y1, unescape(match.group(5))))
    return boxes


def text_lines(path: Path) -> list[str]:
    """The text lines poppler sees, each the words of one visual line in one cell."""
    html = _bbox_html(path, "-bbox-layout")
    lines = []
    for line in re.findall(r"<line[^>]*>(.*?)</line>", html, flags=re.S):
        lines.append("".join(unescape(w) for w in re.findall(r"<word[^>]*>(.*?)</word>", line)))
    return lines


def docx_cell_texts(path) -> list[str]:
    """The text of every table cell in document order (a merged cell is one w:tc, read once)."""
    body = Document(path).element.body
    return ["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in body.iter(qn("w:tc"))]


def docx_text(path: Path) -> str:
    return compact("".join(docx_cell_texts(path)))


def docx_runs_missing_east_asian_font(path: Path) -> list[str]:
    """Texts of runs that do not name an East Asian font (Word would set their Chinese in a fallback)."""
    missing = []
    for table in Document(path).tables:
        for run in table._tbl.iter(qn("w:r")):
            text = "".join(t.text or "" for t in run.iter(qn("w:t")))
            fonts = run.find(qn("w:rPr") + "/" + qn("w:rFonts"))
            if text.strip() and (fonts is None or not fonts.get(qn("w:eastAsia"))):
                missing.append(text)
    return missing


def docx_east_asian_fonts(path: Path) -> set[str]:
    body = Document(path).element.body
    return {f.get(qn("w:eastAsia")) for f in body.iter(qn("w:rFonts")) if f.get(qn("w:eastAsia"))}
