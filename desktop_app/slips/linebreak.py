"""Chinese line breaking for the PDF writer (Word and WPS apply the same rules to DOCX by themselves).

Rules of GB/T 15834 and the W3C clreq note: closing punctuation (，。、；：？！）》” …) never starts a line,
opening punctuation (（《“〔 …) never ends one, and a run of digits or Latin letters (2026, GB/T) is not cut.
A character that would start a line illegally takes the previous character down with it (推出), so lines
never overflow the box. Numbers keep their unit (12号, 27日) and document numbers their serial."""
from __future__ import annotations

from typing import Callable

NO_LINE_START = frozenset("，。、；：？！）》」』】〕〗〉’”…—～·％‰℃,.;:?!)]}%\u30fc\uff0e\uff5e")
NO_LINE_END = frozenset("（《「『【〔〖〈‘“([{￥$＄")
_WORD = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-/_+#&@'")
_DIGITS = frozenset("0123456789")
# A number stays with its unit (12号, 2026年, 27日, 第3页) and a serial with its year: 〔2026〕12号.
_UNITS = frozenset("号年月日时分条款项页份件批个次")


def _tokens(text: str) -> list[str]:
    """Breakable units: a CJK character, a Latin/digit word, a space, or a doubled dash/ellipsis."""
    tokens: list[str] = []
    for ch in text:
        if tokens and ch in _WORD and tokens[-1][-1] in _WORD:
            tokens[-1] += ch
        elif tokens and ch in "—…" and tokens[-1] == ch:
            tokens[-1] += ch  # —— and …… are one mark of two characters
        else:
            tokens.append(ch)
    return tokens


def _clusters(text: str) -> list[str]:
    """Glues tokens that must not be separated: closing marks to what precedes, opening marks to what follows."""
    clusters: list[str] = []
    for token in _tokens(text):
        after_number = clusters and clusters[-1][-1] in _DIGITS and token in _UNITS
        serial = clusters and clusters[-1][-1] == "〕" and token[0] in _DIGITS
        if clusters and (token[0] in NO_LINE_START or clusters[-1][-1] in NO_LINE_END or after_number or serial):
            clusters[-1] += token
        else:
            clusters.append(token)
    return clusters


def break_lines(text: str, measure: Callable[[str], float], width: float) -> list[str]:
    """Lines of `text` no wider than `width` (as `measure` says); "\n" forces a break."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_break_paragraph(paragraph, measure, width) or [""])
    return lines


def _break_paragraph(text: str, measure: Callable[[str], float], width: float) -> list[str]:
    lines: list[str] = []
    line, used = "", 0.0
    for cluster in _clusters(text):
        size = measure(cluster)
        if used + size <= width + 0.01:
            line, used = line + cluster, used + size
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = cluster.lstrip()
        used = measure(line)
        while used > width and len(line) > 1:  # a cluster wider than the box: cut it by characters
            cut = _longest_fit(line, measure, width)
            lines.append(line[:cut])
            line = line[cut:]
            used = measure(line)
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _longest_fit(text: str, measure: Callable[[str], float], width: float) -> int:
    cut = 1
    while cut < len(text) and measure(text[:cut + 1]) <= width:
        cut += 1
    return cut
