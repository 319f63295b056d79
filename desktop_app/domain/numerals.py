"""Chinese numerals for article numbers: 六十四 ⇄ 64, and 第六十四条 ⇄ 64."""
from __future__ import annotations

_DIGITS = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    if not 0 < n < 1000:
        raise ValueError(n)
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    out = ""
    if hundreds:
        out += _DIGITS[hundreds] + "百"
        if rest and tens == 0:
            out += "零"
    if tens:
        out += ("" if tens == 1 and not hundreds else _DIGITS[tens]) + "十"
    if units:
        out += _DIGITS[units]
    return out


def from_chinese(text: str) -> int:
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS.index(ch)
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += current * 100
            current = 0
        else:
            raise ValueError(text)
    return total + current


def article_label(n: int) -> str:
    return f"第{to_chinese(n)}条"


def article_number(label: str) -> int:
    """`第六十四条` → 64; anything else sorts last."""
    if label.startswith("第") and label.endswith("条"):
        try:
            return from_chinese(label[1:-1])
        except ValueError:
            pass
    return 10_000
