"""The county work rules as data: every item of the seed text as 第N条 with its chapter and words.

The seed numbers its items 一、二、… under chapter headings (第一章 …); its preamble has a table of
contents and a few numbered paragraphs (二、制定依据) that are not articles, so parsing starts at the
second 第一章 heading (the body) and accepts only the next number in sequence as a new item."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from desktop_app.domain.numerals import article_label, from_chinese
from desktop_app.paths import resource

_CHAPTER = re.compile(r"^第([一二三四五六七八九十]+)章\s*(.*)$")
_ITEM = re.compile(r"^([一二三四五六七八九十百]+)、(.*)$")


@dataclass(frozen=True)
class Article:
    number: int
    label: str  # 第六十四条
    chapter: str  # 第十章 公文审批
    text: str


def parse_articles(text: str) -> dict[str, Article]:
    lines = [line.strip() for line in text.splitlines()]
    body_start = _body_start(lines)
    articles: dict[str, Article] = {}
    chapter, number, paragraphs = "", 0, []

    def flush() -> None:
        if number:
            label = article_label(number)
            articles[label] = Article(number, label, chapter, "\n".join(paragraphs))

    for line in lines[body_start:]:
        if not line:
            continue
        if heading := _CHAPTER.match(line):
            title = re.sub(r"\s+", "", heading.group(2))
            chapter = f"第{heading.group(1)}章 {title}"
            continue
        item = _ITEM.match(line)
        if item and _safe_number(item.group(1)) == number + 1:
            flush()
            number, paragraphs = number + 1, [item.group(2)]
        elif number:
            paragraphs.append(line)
    flush()
    return articles


def _body_start(lines: list[str]) -> int:
    first_chapter = [i for i, line in enumerate(lines)
                     if (m := _CHAPTER.match(line)) and m.group(1) == "一"]
    return first_chapter[1] if len(first_chapter) > 1 else (first_chapter[0] if first_chapter else 0)


def _safe_number(numeral: str) -> int:
    try:
        return from_chinese(numeral)
    except ValueError:
        return -1


@cache
def load_articles(path: Path | None = None) -> dict[str, Article]:
    source = path or resource("rules", "articles.txt")
    return parse_articles(source.read_text(encoding="utf-8"))


def article_text(label: str) -> str:
    """The words of an article, for a tooltip or a slip; empty for an unknown label."""
    article = load_articles().get(label)
    return article.text if article else ""
