"""The 统计 printout (第六十六条): a year's statistics of registry/stats.py on one A4 page — the totals, a
bar chart of documents per month, and bar tables (label, bar, count, share) per series, 文种, direction,
drafting department and sender — drawn with reportlab; and the same figures as an XLSX workbook.

Long lists show their eight biggest entries and one line for the rest, so the page never overflows."""
from __future__ import annotations

from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas

from desktop_app.slips.sheets import Sheet, write_xlsx

TOP_ROWS = 8
_MARGIN = 15 * mm
_DARK, _LIGHT, _INK, _GRID = (0.16, 0.32, 0.55), (0.62, 0.74, 0.88), (0.1, 0.1, 0.1), (0.75, 0.75, 0.75)
_DIRECTIONS = {"upward": "上行文", "downward": "下行文", "parallel": "平行文"}


def _share(n: int, total: int) -> str:
    return f"{n / total:.1%}" if total else "—"


def summary_lines(stats: dict) -> list[tuple[str, str]]:
    average = stats.get("average_days_to_sign")
    share = stats.get("overdue_share")
    return [("发文", f"{stats['outgoing']['total']:,} 件"), ("收文", f"{stats['incoming']['total']:,} 件"),
            ("登记至签发平均", "—" if average is None else f"{average:g} 个工作日"),
            ("逾期办理比例", "—" if share is None else f"{share:.1%}（{stats.get('overdue', 0)}/{stats.get('with_deadline', 0)}）")]


def biggest(counts: dict[str, int], limit: int = TOP_ROWS) -> tuple[list[tuple[str, int]], tuple[str, int] | None]:
    """The biggest entries, and one line 其他 N 项 for the rest (None when all fit)."""
    items = sorted(counts.items(), key=lambda p: (-p[1], p[0]))
    if len(items) <= limit:
        return items, None
    rest = items[limit - 1:]
    return items[:limit - 1], (f"其他 {len(rest)} 项", sum(n for _, n in rest))


def nice_top(peak: int) -> int:
    """The axis top: the next 1, 2 or 5 × 10^k at or above the peak, so the four grid lines are round."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if 4 * factor * step >= peak:
                return 4 * factor * step
        step *= 10


class _Page:
    def __init__(self, out: str | BinaryIO, stats: dict, title: str) -> None:
        from desktop_app.slips.fonts import font_set
        from desktop_app.slips.pdf_writer import Faces

        self.faces = Faces(font_set(None))
        self.canvas = rl_canvas.Canvas(out, pagesize=A4, initialFontName=self.faces.by_role["body"])
        self.canvas.setTitle(title)
        self.canvas.setSubject(f"{stats['year']}年公文统计（第六十六条）")
        self.canvas.setAuthor("DocRoute 公文流转助手")
        self.width, self.height = A4

    def text(self, x: float, y: float, text: str, size: float = 9.0, role: str = "body", align: str = "left",
             color: tuple = _INK) -> None:
        font = self.faces.by_role[role]
        width = self.faces.width(text, font, size)
        x = {"center": x - width / 2, "right": x - width}.get(align, x)
        self.canvas.setFillColorRGB(*color)
        self.faces.draw(self.canvas, x, y, text, font, size)

    def fit(self, text: str, size: float, room: float) -> str:
        font = self.faces.by_role["body"]
        while text and self.faces.width(text, font, size) > room:
            text = text[:-2] + "…"
        return text

    def rect(self, x: float, y: float, w: float, h: float, color: tuple, stroke: bool = False) -> None:
        self.canvas.setFillColorRGB(*color)
        self.canvas.setStrokeColorRGB(*_GRID)
        self.canvas.rect(x, y, w, h, stroke=int(stroke), fill=int(not stroke))


def _header(page: _Page, stats: dict, title: str, subtitle: str) -> float:
    top = page.height - _MARGIN
    page.text(page.width / 2, top - 18, title, 18, "title", "center")
    page.text(page.width / 2, top - 36, subtitle, 9, "body", "center")
    y = top - 50 - 34
    box = (page.width - 2 * _MARGIN - 3 * 8) / 4
    for i, (name, value) in enumerate(summary_lines(stats)):
        x = _MARGIN + i * (box + 8)
        page.rect(x, y, box, 34, _GRID, stroke=True)
        page.text(x + box / 2, y + 21, name, 8.5, "heading", "center")
        page.text(x + box / 2, y + 7, value, 11, "body", "center")
    return y - 14


def _month_chart(page: _Page, stats: dict, top: float) -> float:
    """Grouped bars: 发文 (dark) and 收文 (light) per month, each bar with its count above it."""
    height, left, right = 120.0, _MARGIN + 24, page.width - _MARGIN
    page.text(_MARGIN, top - 10, "各月发文、收文件数", 10, "heading")
    page.rect(right - 120, top - 12, 8, 8, _DARK)
    page.text(right - 108, top - 11, "发文", 8)
    page.rect(right - 70, top - 12, 8, 8, _LIGHT)
    page.text(right - 58, top - 11, "收文", 8)
    base = top - 24 - height
    out, inc = stats["outgoing"]["by_month"], stats["incoming"]["by_month"]
    peak = nice_top(max([*out.values(), *inc.values(), 1]))
    page.canvas.setStrokeColorRGB(*_GRID)
    page.canvas.setLineWidth(0.4)
    for step in range(5):
        y = base + height * step / 4
        page.canvas.line(left, y, right, y)
        page.text(left - 3, y - 3, f"{round(peak * step / 4):,}", 6.5, align="right")
    group = (right - left) / 12
    bar = group * 0.34
    for m in range(1, 13):
        key = f"{m:02d}"
        x = left + (m - 1) * group + group * 0.14
        for offset, (counts, color) in enumerate(((out, _DARK), (inc, _LIGHT))):
            n = counts.get(key, 0)
            h = height * n / peak
            page.rect(x + offset * bar, base, bar, h, color)
            if n:
                page.text(x + offset * bar + bar / 2, base + h + 2, f"{n:,}", 5.5, align="center")
        page.text(left + (m - 0.5) * group, base - 10, f"{m}月", 7.5, align="center")
    return base - 22


def _bar_table(page: _Page, x: float, top: float, width: float, title: str, counts: dict[str, int],
               total: int, limit: int = TOP_ROWS) -> float:
    """Label, bar, count and share per entry: a table and a chart in one. The 其他 line has no bar
    (it sums many entries and would dwarf the rest)."""
    page.text(x, top - 10, title, 10, "heading")
    rows, rest = biggest(counts, limit)
    y = top - 26
    label_w, number_w = min(width * 0.5, 150.0), 62.0
    bar_room = width - label_w - number_w - 6
    peak = max([n for _, n in rows] + [1])
    if not rows:
        page.text(x, y, "（无）", 8.5)
        return y - 14
    for name, n in rows:
        page.text(x, y, page.fit(name, 8.5, label_w - 4), 8.5)
        page.rect(x + label_w, y - 1, max(bar_room * n / peak, 0.5), 8, _DARK)
        page.text(x + width, y, f"{n:,}　{_share(n, total)}", 8, align="right")
        y -= 13
    if rest:
        page.text(x, y, rest[0], 8.5, color=(0.35, 0.35, 0.35))
        page.text(x + width, y, f"{rest[1]:,}　{_share(rest[1], total)}", 8, align="right", color=(0.35, 0.35, 0.35))
        y -= 13
    return y - 6


def write_stats_pdf(stats: dict, out: str | BinaryIO, *, unit: str) -> int:
    """Draws the year's statistics on one page; returns the page count (1)."""
    year = stats["year"]
    title = f"{unit}{year}年公文统计"
    page = _Page(out, stats, title)
    measured = stats.get("measured_on", "")
    subtitle = f"依据第六十六条：从严控制发文数量　按登记日期统计，不含作废　统计日 {measured}"
    y = _header(page, stats, title, subtitle)
    y = _month_chart(page, stats, y)
    out_total, in_total = stats["outgoing"]["total"], stats["incoming"]["total"]
    column = (page.width - 2 * _MARGIN - 18) / 2
    left, right = _MARGIN, _MARGIN + column + 18
    directions = {_DIRECTIONS.get(k, k): n for k, n in stats["outgoing"]["by_direction"].items()}
    pairs = [(("发文按机关代字", stats["outgoing"]["by_series"], out_total),
              ("发文按文种", stats["outgoing"]["by_doc_type"], out_total)),
             (("发文按行文方向", directions, out_total),
              ("发文按拟稿单位", stats["outgoing"]["by_department"], out_total)),
             ]
    for first, second in pairs:
        y = min(_bar_table(page, left, y, column, *first), _bar_table(page, right, y, column, *second))
    _bar_table(page, left, y, page.width - 2 * _MARGIN, "收文按来文机关", stats["incoming"]["by_sender"], in_total,
               limit=12)
    page.text(page.width / 2, 9 * mm, "公文流转助手（DocRoute）生成", 7, align="center")
    page.canvas.showPage()
    page.canvas.save()
    return 1


def stats_sheets(stats: dict) -> list[Sheet]:
    """The statistics as workbook sheets: a summary, then one table per breakdown."""
    out, inc = stats["outgoing"], stats["incoming"]

    def table(counts: dict[str, int], total: int, labels: dict | None = None) -> list[list[Any]]:
        return [[(labels or {}).get(k, k), n, round(n / total, 4) if total else None] for k, n in counts.items()]

    summary = [[name, value] for name, value in summary_lines(stats)] + [["年度", stats["year"]],
                                                                         ["统计日", stats.get("measured_on")]]
    months = [[f"{int(m)}月", out["by_month"][m], inc["by_month"][m]] for m in sorted(out["by_month"])]
    return [("概况", ["指标", "数值"], summary), ("各月件数", ["月份", "发文", "收文"], months),
            ("发文按机关代字", ["机关代字", "件数", "占比"], table(out["by_series"], out["total"])),
            ("发文按文种", ["文种", "件数", "占比"], table(out["by_doc_type"], out["total"])),
            ("发文按行文方向", ["行文方向", "件数", "占比"], table(out["by_direction"], out["total"], _DIRECTIONS)),
            ("发文按拟稿单位", ["拟稿单位", "件数", "占比"], table(out["by_department"], out["total"])),
            ("收文按来文机关", ["来文机关", "件数", "占比"], table(inc["by_sender"], inc["total"]))]


def write_stats_xlsx(stats: dict, out: Any) -> None:
    write_xlsx(stats_sheets(stats), out, title=f"{stats['year']}年公文统计")
