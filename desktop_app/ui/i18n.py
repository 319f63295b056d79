"""Qt's translation system with Simplified Chinese as the default language of the window.

UI source strings are English in `self.tr(...)`; `resources/translations/docroute_zh_CN.ts` holds the
Chinese (pyside6-lupdate over desktop_app/ui, then pyside6-lrelease to the .qm that ships). Qt's own
qtbase translation is installed too, so standard buttons read 确定/取消 rather than OK/Cancel.

Qt's catalogue lags behind Qt: qtbase_zh_CN.qm of 6.11 translates "Look in:" while the file dialog now asks
for "&Look in:", so a few labels of Qt's own dialogs stayed English. Our catalogue carries those strings
under Qt's contexts (`qt_gaps` below lists them for lupdate) and is installed after Qt's, so it is asked
first and fills the gaps."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.paths import resource

DEFAULT_LOCALE = "zh_CN"
CATALOGUE = "docroute"


def translations_dir():
    return resource("translations")


def install_translators(app: QCoreApplication, locale: str = DEFAULT_LOCALE) -> list[QTranslator]:
    """Installs Qt's catalogue and ours for `locale`; returns the translators (keep them alive).

    A missing catalogue is not fatal: the window then shows its English source strings."""
    QLocale.setDefault(QLocale(locale))
    installed = []
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{locale}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    ours = QTranslator(app)  # installed last: asked first, so it can fill what Qt's catalogue lacks
    if ours.load(f"{CATALOGUE}_{locale}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def qt_gaps() -> list[str]:
    """Labels of Qt's own dialogs that qtbase_zh_CN.qm (6.11) leaves English, in Qt's own contexts.

    Never needed at run time (Qt asks for them itself); lupdate reads them from here into our catalogue,
    and tests/ui/test_chinese_window.py checks that each one comes out Chinese."""
    # Spelled out in full: lupdate reads QCoreApplication.translate calls, not an alias of it.
    return [QCoreApplication.translate("QFileDialog", "&Look in:"),
            QCoreApplication.translate("QFileDialog", "Files of &type:"),
            QCoreApplication.translate("QPrintSettingsOutput", "Page &Set:"),
            QCoreApplication.translate("QPageSetupWidget", "Page &order:"),
            QCoreApplication.translate("QPageSetupWidget", "Pages &per sheet:")]
