"""The layout of the 催办单: one reminder of a due item (registry/reminders.py `slip_data`), what it is
about and by when, the earlier reminders of the same item, the words of the article it rests on, and a
box for the reminded party's answer (办理情况反馈) with signature and date."""
from __future__ import annotations

from desktop_app.domain.enums import Authority
from desktop_app.rules.articles import article_text
from desktop_app.slips import boxes
from desktop_app.slips.forms import FIELD_WIDTHS, _top_line, issuer, qr_payload
from desktop_app.slips.model import NOTICE, OPINION, SMALL, Cell, Form, Grid, Opinion, Row, Text, label, pairs, value


def standing(reminder: dict) -> str:
    """逾期3个工作日 / 今日到期 / 尚余2个工作日, on the day of the reminder (short: it fits its cell)."""
    left = reminder.get("working_days_left")
    if left is None:
        return ""
    if left < 0:
        return f"逾期{-left}个工作日"
    return "今日到期" if left == 0 else f"尚余{left}个工作日"


def _earlier(reminder: dict) -> str:
    lines = []
    for n, earlier in enumerate(reminder.get("earlier") or (), 1):
        how = f"（{earlier['means']}）" if earlier.get("means") else ""
        lines.append(f"第{n}次：{boxes.cn_date(earlier.get('on'))} 向{earlier.get('reminded')}催办{how}，"
                     f"催办人 {earlier.get('by')}")
    return "\n".join(lines) or "（首次催办）"


def reminder_form(reminder: dict, *, county: str) -> Form:
    title = f"{issuer(county, Authority.COUNTY_OFFICE.value)}催办单"
    record = reminder.get("record") or {}
    w = FIELD_WIDTHS
    basis = reminder.get("basis") or ""
    words = article_text(basis)
    head = Grid(w, (
        pairs(w, ("被催办\n单位", reminder.get("reminded")), ("催办日期", boxes.cn_date(reminder.get("on"))),
              ("催办方式", reminder.get("means"))),
        pairs(w, ("催办事项", reminder.get("what_label")), ("办理期限", boxes.cn_date(reminder.get("due"))),
              ("到期情况", standing(reminder))),
        Row((label("文件标题"), value(reminder.get("title"), 5, OPINION)), 12.0),
        pairs(w, ("文号", record.get("number") or ("尚未编号" if record.get("kind") == "outgoing" else "")),
              ("登记号", str(reminder.get("record_id") or "")),
              ("依据", basis)),
        Row((label("催办内容"), Cell((Text(reminder.get("note") or "请按期办理，并将办理情况及时反馈县政府办公室。", OPINION),),
                                   5, "top")), 22.0),
        Row((label("此前催办"), Cell(tuple(Text(line, NOTICE) for line in _earlier(reminder).split("\n")), 5, "top"))),
        pairs(w, ("催办人", reminder.get("by")), ("联系电话", "")),
    ))
    answer = Grid(boxes.BOX_WIDTHS, (
        Row((label("办理情况\n反馈"), Cell((Opinion(f"{reminder.get('reminded') or ''}（请填写办理情况后签名并退回）",
                                                  room=34.0),), valign="top"))),
    ))
    grids = [_top_line(f"催办编号：{reminder.get('id', '')}", f"第 {reminder.get('ordinal', 1)} 次催办"), head, answer]
    if words:
        grids.append(Grid(boxes.BOX_WIDTHS, (Row((label("条文", 1, basis), Cell((Text(words, SMALL),), valign="top"))),)))
    caption = f"催办编号 {reminder.get('id', '')}"
    return Form(title, tuple(grids), qr=qr_payload(reminder.get("record_id")) if reminder.get("record_id") else None,
                qr_caption=caption, continued=f"{title}（续）　{caption}",
                meta={"title": f"催办单：{reminder.get('title') or ''}"[:200], "subject": title})
