"""Qt's translation system with Simplified Chinese as the default language of the window.

UI source strings are English in `self.tr(...)`; `resources/translations/docroute_zh_CN.ts` holds the
Chinese (pyside6-lupdate over desktop_app/ui, then pyside6-lrelease to the .qm that ships). Qt's own
qtbase translation is installed too, so standard buttons read 确定/取消 rather than OK/Cancel."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.paths import resource

DEFAULT_LOCALE = "zh_CN"
CATALOGUE = "docroute"


def translations_dir():
    return resource("translations")


def install_translators(app: QCoreApplication, locale: str = DEFAULT_LOCALE) -> list[QTranslator]:
    """Installs our catalogue and Qt's for `locale`; returns the translators (keep them alive).

    A missing catalogue is not fatal: the window then shows its English source strings."""
    QLocale.setDefault(QLocale(locale))
    installed = []
    ours = QTranslator(app)
    if ours.load(f"{CATALOGUE}_{locale}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{locale}", qt_path):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed
