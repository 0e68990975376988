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

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import package_data

CONTEXT = "Bezeichnung"
# package data of ``ui`` (compiled ``.qm`` catalogues): wheels and bundles carry it
I18N = package_data("ui", "i18n")


def label(text: object) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("Bezeichnung", …)``, translated.

    (PySide types the marker's result as ``object``; it is the text itself.)
    """
    return QCoreApplication.translate(CONTEXT, str(text))


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    """Qt's own texts (Ja/Nein, the file dialog) in German; a program translation
    when one exists for the chosen language (``AMTSTAGEBUCH_SPRACHE=en``)."""
    installed: list[QTranslator] = []
    language = os.environ.get("AMTSTAGEBUCH_SPRACHE", "de")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    if language != "de":
        program = QTranslator(app)
        if program.load(f"amtstagebuch_{language}", str(I18N)):
            app.installTranslator(program)
            installed.append(program)
    return installed
