"""Translations: German is the language the interface is written in.

Every visible text goes through Qt's ``tr()``/``translate()`` so that
``pyside6-lupdate`` collects it into ``ui/i18n/amtstagebuch_en.ts`` (the English
translation comes later). Texts kept in tables (kinds of contact, ways of
handing over, …) are marked with ``QT_TRANSLATE_NOOP("Bezeichnung", …)`` where
they are defined and shown with :func:`label`. Texts from data files (the
document catalogue, the list of authorities) are data, not interface text; they
are not run through ``tr``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from app.paths import package_data

CONTEXT = "Bezeichnung"
# package data of ``ui`` (compiled ``.qm`` catalogues): wheels and bundles carry it
I18N = package_data("ui", "i18n")


def label(text: object) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("Bezeichnung", …)``, translated.

    (PySide types the marker's result as ``object``; it is the text itself.)
    """
    return QCoreApplication.translate(CONTEXT, str(text))


_installed: list[QTranslator] = []
# How numbers and dates are written: in the language's own way, except that digits stay
# 0–9 everywhere, as on the Jobcenter's letters and in the program's tables (Arabic as
# written in Tunisia: Latin digits, Arabic month names; Farsi has no such variant, so
# its dates are written as in Germany)
FORMAT_LOCALE = {"ar": "ar_TN", "fa": "de_DE"}


def system_language() -> str:
    return QLocale.system().name()


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Qt's own texts (Ja/Nein, the file dialog) and the program's texts in the chosen
    language (override ``AMTSTAGEBUCH_SPRACHE``, else the stored choice, else the
    system language, else German); replaces translators installed earlier, sets
    :mod:`app.i18n`'s language and the layout direction (right to left for ar, fa)."""
    from app.i18n import RIGHT_TO_LEFT, set_language
    from app.language_choice import chosen_language

    code = language or chosen_language(system_language())
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(code), "qtbase", "_", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    if code != "de":
        program = QTranslator(app)
        if program.load(f"amtstagebuch_{code}", str(I18N)):
            app.installTranslator(program)
            installed.append(program)
    set_language(code)
    QLocale.setDefault(QLocale(FORMAT_LOCALE.get(code, code)))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if code in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
    _installed.extend(installed)
    return installed
