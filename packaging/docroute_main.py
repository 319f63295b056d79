"""Entry point of the frozen app (PyInstaller): exactly `docroute`, plus one hidden check for the smoke test.

    docroute [--db PATH] | docroute SUBCOMMAND …      the window or the CLI, as desktop_app.launcher decides
    docroute --smoke-window DB                       packaging/smoke-test.sh only: see smoke_window()

The check lives here, not in the app, because it exists to prove the *bundle* complete: it starts the
window through the same ui.app.start() that `docroute` uses, visits every page (pages are built lazily,
so a module the bundle lacks shows up only then), lets the delayed daily backup run, closes the window
through the event loop and prints what it saw as JSON. Exit 0 only if nothing went wrong on the way."""
from __future__ import annotations

import multiprocessing
import sys

SMOKE_FLAG = "--smoke-window"
SMOKE_SECONDS = 3.0  # longer than ui.app.BACKUP_DELAY_MS, so the daily backup thread runs too


def smoke_window(db_path: str) -> int:
    import json

    from desktop_app.ui import app as app_module
    from desktop_app.ui.fonts import PREFERRED_FAMILY
    from PySide6.QtCore import QCollator, QCoreApplication, QLibraryInfo, QLocale, QStringDecoder, QTimer
    from PySide6.QtGui import QFontDatabase

    session = app_module.start(db_path)
    if session is None:
        return 2
    session.app.processEvents()
    print("READY", flush=True)  # the window is up and painted: bench/frozen_startup.py times this line
    reports: list[str] = []
    session.handler.reported.connect(reports.append)
    window = session.window
    visited = []
    for key in list(window.pages):
        window.go_to(key)
        session.app.processEvents()
        visited.append(key)
    window.go_to("outgoing")
    editor = window.new_record()
    session.app.processEvents()
    QTimer.singleShot(int(SMOKE_SECONDS * 1000), window.close)  # the window's own close, as a clerk would
    code = session.app.exec()
    seen = {
        "exit_code": code,
        "title": window.windowTitle(),
        "navigation": [window.nav.item(i).text() for i in range(window.nav.count())],
        "pages_visited": visited,
        "new_record_form": type(editor).__name__ if editor is not None else None,
        "qt_cancel": QCoreApplication.translate("QPlatformTheme", "Cancel"),
        "qt_translations_in_bundle": QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath).startswith(
            getattr(sys, "_MEIPASS", "\0")),
        "bundled_font": PREFERRED_FAMILY in QFontDatabase.families(),
        "window_icon_sizes": len(session.app.windowIcon().availableSizes()),
        "backup_ran": session.backup.isFinished(),
        "crash_reports": reports,
        "frozen": bool(getattr(sys, "frozen", False)),
        # What the trimmed ICU data (packaging/trim_icu.py) must still serve: QCollator's pinyin order of names
        # and the Chinese code pages of QStringDecoder.
        "pinyin_order": sorted(["张三", "阿依古丽", "白玉", "买买提"], key=QCollator(
            QLocale(QLocale.Language.Chinese, QLocale.Country.China)).sortKey),
        "chinese_code_pages": sorted(set(QStringDecoder.availableCodecs()) & {"GB18030", "GBK", "GB2312", "Big5"}),
    }
    session.close()
    print(json.dumps(seen, ensure_ascii=False))
    return 0 if code == 0 and not reports else 1


def main() -> int:
    # A large demo makes its rows in a second process (registry/demo_worker.py, multiprocessing spawn):
    # in the frozen app that process is this program started again, and this call runs it instead.
    multiprocessing.freeze_support()
    args = sys.argv[1:]
    if len(args) == 2 and args[0] == SMOKE_FLAG:
        return smoke_window(args[1])
    from desktop_app.launcher import main as launcher_main

    return launcher_main(args)


if __name__ == "__main__":
    sys.exit(main())
