"""Chinese fonts for the slips: find the installed ones, let the user choose, fall back to the bundled one.

Official forms set body text in 仿宋, titles in 宋体 and headings in 黑体. Office PCs (Windows) have
simfang.ttf / simsun.ttc / simhei.ttf; on Linux fontconfig lists what is installed. reportlab can only embed
TrueType outlines, so CFF/OpenType fonts (Noto CJK) are left out. The bundled AR PL UMing (resources/fonts)
covers whatever is missing: a whole role when no system font fits, or single characters a chosen font lacks.
A character neither has (an emoji, a rare symbol) is looked for in the system's symbol fonts (Segoe UI
Symbol/Emoji, SimSun-ExtB on Windows; fontconfig elsewhere); when no font has it, the slip prints 〓 (the
typesetter's mark for a missing character) in its place and the caller is told which characters those were.
Registering a CJK font costs ~0.1 s, so each (file, face) is registered once per process."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop_app.domain.errors import InputError
from desktop_app.paths import resource

BUNDLED_FILE = "uming.ttc"
BUNDLED_NAME = "AR PL UMing CN"

# Windows fonts an office PC has, by the Chinese name Word and WPS know them by (that name goes into
# w:eastAsia). FZ 小标宋 is common on government PCs and is the proper title face when present.
_WINDOWS_FONTS = (
    ("仿宋", "simfang.ttf", 0, "fangsong"),
    ("仿宋_GB2312", "FSGB2312.ttf", 0, "fangsong"),
    ("宋体", "simsun.ttc", 0, "song"),
    ("方正小标宋简体", "FZXBSJW.TTF", 0, "xbs"),
    ("黑体", "simhei.ttf", 0, "hei"),
    ("楷体", "simkai.ttf", 0, "kai"),
)

# fontconfig family names (lower case) that play the three roles of an official form.
_LINUX_STYLES = {
    "fangsong": ("fangsong", "仿宋", "fangsong_gb2312", "仿宋_gb2312"),
    "song": ("simsun", "宋体", "nsimsun"),
    "xbs": ("fzxiaobiaosong-b05s", "方正小标宋简体", "方正小标宋_gbk"),
    "hei": ("simhei", "黑体", "wenquanyi zen hei", "文泉驿正黑"),
}


@dataclass(frozen=True)
class FontChoice:
    """One usable font face: `name` is shown to the user and written into DOCX files."""

    name: str
    path: Path
    subfont: int = 0
    source: str = "system"  # system | bundled
    style: str = ""  # fangsong | song | xbs (小标宋, for titles) | hei | kai | "" (unknown)


@dataclass(frozen=True)
class FontSet:
    """The faces one slip uses. `body`, `title`, `heading` name DOCX fonts; `pdf_*` name registered fonts."""

    body: FontChoice
    title: FontChoice
    heading: FontChoice
    fallback: FontChoice
    docx_body: str
    docx_title: str
    docx_heading: str


def bundled_font() -> FontChoice:
    return FontChoice(BUNDLED_NAME, resource("fonts", BUNDLED_FILE), 0, "bundled", "song")


@cache
def available_fonts() -> list[FontChoice]:
    """System CJK TrueType fonts (Windows folder, else fontconfig), then the bundled one; cached."""
    found = _windows_fonts() if sys.platform == "win32" else _fontconfig_fonts()
    return [*found, bundled_font()]


def _windows_fonts() -> list[FontChoice]:
    folders = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:  # fonts installed for one user only (Windows 10 1809+)
        folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    choices = []
    for name, filename, index, style in _WINDOWS_FONTS:
        for folder in folders:
            path = folder / filename
            if path.is_file():
                choices.append(FontChoice(name, path, index, "system", style))
                break
    return choices


def _fontconfig_fonts() -> list[FontChoice]:
    if not shutil.which("fc-list"):
        return []
    try:
        listing = subprocess.run(
            ["fc-list", "-f", "%{file}\t%{index}\t%{family[0]}\t%{fontformat}\n", ":lang=zh"],
            capture_output=True, text=True, timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    choices = {}
    for line in listing.splitlines():
        parts = line.split("\t")
        # CFF-flavoured OpenType cannot be embedded by reportlab; TrueType collections can.
        if len(parts) != 4 or parts[3] != "TrueType" or not parts[1].isdigit():
            continue
        family = parts[2]
        style = next((s for s, names in _LINUX_STYLES.items() if family.lower() in names), "")
        choices.setdefault(family, FontChoice(family, Path(parts[0]), int(parts[1]), "system", style))
    return sorted(choices.values(), key=lambda c: (c.style == "", c.name))


def find_font(font: str) -> FontChoice:
    """A font by its name in `available_fonts()` or by a path to a .ttf/.ttc file."""
    for choice in available_fonts():
        if choice.name.lower() == font.lower():
            return choice
    path = Path(font)
    if path.suffix.lower() in (".ttf", ".ttc") and path.is_file():
        return FontChoice(path.stem, path, 0, "system")
    names = "、".join(c.name for c in available_fonts())
    raise InputError("font", f"找不到字体“{font}”", f"可选：{names}，或给出 .ttf/.ttc 文件路径")


def _first_with_style(style: str) -> FontChoice | None:
    return next((c for c in available_fonts() if c.style == style and c.source == "system"), None)


def font_set(font: str | None = None) -> FontSet:
    """Body in the chosen font (default 仿宋, else 宋体, else bundled); titles 小标宋 or 宋体, headings 黑体.

    DOCX files name 仿宋/宋体/黑体 unless the user chose a body font: they are opened on the office's
    Windows PCs, which have those fonts whatever machine wrote the file."""
    bundled = bundled_font()
    chosen = find_font(font) if font else None
    body = chosen or _first_with_style("fangsong") or _first_with_style("song") or bundled
    title = _first_with_style("xbs") or _first_with_style("song") or bundled
    heading = _first_with_style("hei") or bundled
    return FontSet(body, title, heading, bundled, docx_body=chosen.name if chosen else "仿宋",
                   docx_title=title.name if title.style == "xbs" else "宋体", docx_heading="黑体")


# ---------------------------------------------------------------------------------------------- PDF side

_lock = threading.Lock()
_registered: dict[tuple[str, int], str] = {}


def pdf_font_name(choice: FontChoice) -> str:
    """Registers the face with reportlab once per process and returns its reportlab name."""
    key = (str(choice.path), choice.subfont)
    with _lock:
        name = _registered.get(key)
        if name is None:
            name = _register(choice, f"DocRoute{len(_registered)}")
            _registered[key] = name
    return name


def _register(choice: FontChoice, name: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    _fix_to_unicode()

    try:
        pdfmetrics.registerFont(TTFont(name, str(choice.path), subfontIndex=choice.subfont))
    except (TTFError, OSError) as exc:
        raise InputError("font", f"字体“{choice.name}”无法用于 PDF（{exc}）",
                         "请选择 TrueType 字体（.ttf/.ttc），例如 仿宋 simfang.ttf") from None
    return name


REPLACEMENT = "\u3013"  # 〓 (GETA MARK): visible, in every CJK font, and what typesetters use for a missing glyph
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff") | frozenset(map(chr, range(0xFE00, 0xFE10)))
# Windows fonts for characters outside the CJK faces: symbols, emoji, CJK Extension B (rare names).
_WINDOWS_SYMBOL_FONTS = ("seguisym.ttf", "seguiemj.ttf", "simsunb.ttf")


def printable(ch: str) -> bool:
    """False for control characters and lone surrogates, which no font should be asked to draw."""
    code = ord(ch)
    return not (code < 0x20 or 0x7F <= code < 0xA0 or 0xD800 <= code < 0xE000)


def _fix_to_unicode() -> None:
    """reportlab 5 writes a character beyond U+FFFF into a font's ToUnicode map as five hex digits, which
    PDF readers cannot parse: copying, searching and text extraction lose emoji and the CJK Extension B
    characters of rare names. The map must give UTF-16 (a surrogate pair there); this writes it so."""
    from reportlab.pdfbase import ttfonts

    if getattr(ttfonts.makeToUnicodeCMap, "utf16", False):
        return

    def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
        lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
                 f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
                 f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
                 "<00> <%02X>" % (len(subset) - 1), "endcodespacerange", f"{len(subset)} beginbfchar"]
        lines += ["<%02X> <%s>" % (i, chr(v).encode("utf-16-be", "surrogatepass").hex().upper())
                  for i, v in enumerate(subset)]
        lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return "\n".join(lines)

    make_to_unicode_cmap.utf16 = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


def covered(pdf_name: str) -> dict[int, int]:
    """The code points a registered face has glyphs for (code point → glyph id)."""
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(pdf_name).face.charToGlyph


def runs(text: str, primary: str, fallback: str, replaced: set[str] | None = None) -> list[tuple[str, str]]:
    """Splits text into (font, chunk) runs: characters the primary face lacks go to the fallback face,
    then to a system symbol face; a character no face has becomes 〓 and is added to `replaced`.
    Tabs print as spaces; zero-width joiners and variation selectors are left out (they draw nothing)."""
    have, spare = covered(primary), None
    out: list[tuple[str, str]] = []
    for ch in text:
        if ch in _INVISIBLE:
            continue
        if ch == "\t":
            ch = " "
        if ch in " \u3000" or (ord(ch) in have and printable(ch)):
            name = primary
        else:
            spare = covered(fallback) if spare is None else spare
            name = fallback if ord(ch) in spare and printable(ch) else symbol_face(ch)
            if name is None:
                if replaced is not None:
                    replaced.add(ch)
                name, ch = fallback, REPLACEMENT
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + ch)
        else:
            out.append((name, ch))
    return out


@cache
def symbol_face(ch: str) -> str | None:
    """The registered name of a system face that has a glyph for ch, or None (looked up once per character)."""
    if not printable(ch):
        return None
    for choice in _symbol_candidates(ch):
        try:
            name = pdf_font_name(choice)
        except InputError:  # a font reportlab cannot read: try the next one
            continue
        if ord(ch) in covered(name):
            return name
    return None


def _symbol_candidates(ch: str) -> list[FontChoice]:
    if sys.platform == "win32":
        folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        return [FontChoice(f, folder / f) for f in _WINDOWS_SYMBOL_FONTS if (folder / f).is_file()]
    if not shutil.which("fc-list"):
        return []
    try:
        listing = subprocess.run(["fc-list", "-f", "%{file}\t%{index}\t%{fontformat}\n", f":charset={ord(ch):x}"],
                                 capture_output=True, text=True, timeout=10, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    rows = [line.split("\t") for line in listing.splitlines()]
    found = [FontChoice(Path(r[0]).stem, Path(r[0]), int(r[1])) for r in rows
             if len(r) == 3 and r[2] == "TrueType" and r[1].isdigit()]
    return sorted(found, key=lambda c: len(str(c.path)))[:3]  # DejaVuSans.ttf before its -Bold sibling
