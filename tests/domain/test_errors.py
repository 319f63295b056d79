"""Each face says what to do in its own words: the CLI names a command, the window a menu or a button."""
from __future__ import annotations

from desktop_app.domain.errors import Hint, InputError, RefusedError, window_words

RESTORE = Hint("请用 `docroute restore 备份文件` 从备份恢复", "请在“设置 → 数据与备份”中点“从备份恢复…”")


def test_a_hint_is_the_clis_words_with_the_windows_beside_them():
    error = RefusedError("数据库已损坏", RESTORE)
    assert error.one_line() == "数据库已损坏；请用 `docroute restore 备份文件` 从备份恢复"
    assert error.window_line() == "数据库已损坏；请在“设置 → 数据与备份”中点“从备份恢复…”"
    assert error.window_message() == "数据库已损坏\n\n请在“设置 → 数据与备份”中点“从备份恢复…”"
    assert RESTORE == RESTORE.cli and f"{RESTORE}" == RESTORE.cli  # a str wherever the CLI formats it


def test_an_input_error_keeps_its_field_and_both_hints():
    error = InputError("series", "没有名为“托政X”的发文机关代字", Hint("用 `docroute series add`", "在“设置 → 发文字号”中新增"))
    assert error.field == "series" and error.detail.startswith("没有名为")
    assert "docroute" in error.one_line() and "docroute" not in error.window_line()


def test_a_plain_hint_is_the_same_for_both_faces_and_never_shows_a_command_in_the_window():
    assert window_words("请检查路径") == "请检查路径"
    assert window_words("请检查路径；或运行 `docroute check`") == "请检查路径"
    assert window_words("请在 --db 后写路径") == ""
    assert RefusedError("x", "请稍后重试").window_line() == "x；请稍后重试"
