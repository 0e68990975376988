"""Translations for texts from ``app/`` (issue 17): the standard library's gettext.

German is the source language: ``_("…")`` returns the text unchanged while the
language is ``de``.  Other languages read ``app/locale/<code>/LC_MESSAGES/amtstagebuch.mo``,
loaded lazily at the first ``_()`` after :func:`set_language` (start-up stays cheap:
``gettext`` is imported only then).  Letters and PDFs for the authority stay German
(§ 19 SGB X) and are never passed through ``_()``.

Catalogues: ``app/locale/amtstagebuch.pot`` and one ``.po`` per language, refreshed
with ``scripts/update_translations.py`` (Babel, a development dependency only).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import gettext

LANGUAGES: dict[str, str] = {
    "de": "Deutsch",
    "en": "English",
    "uk": "Українська",
    "ru": "Русский",
    "ar": "العربية",
    "tr": "Türkçe",
    "fa": "فارسی",
}
RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar", "fa"})

DOMAIN = "amtstagebuch"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

_language = "de"
_catalogue: gettext.NullTranslations | None = None  # None: not loaded yet for _language


def set_language(code: str) -> None:
    """Switch the process-wide language; an unknown code means German."""
    global _language, _catalogue
    _language = code if code in LANGUAGES else "de"
    _catalogue = None


def current_language() -> str:
    return _language


def _translations() -> gettext.NullTranslations:
    global _catalogue
    if _catalogue is None:
        import gettext

        if _language == "de":
            _catalogue = gettext.NullTranslations()
        else:
            _catalogue = gettext.translation(
                DOMAIN, localedir=str(LOCALE_DIR), languages=[_language], fallback=True
            )
    return _catalogue


def _(message: str) -> str:
    """``message`` in the current language (German when there is no translation)."""
    if _language == "de":
        return message
    return _translations().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    if _language == "de":
        return singular if n == 1 else plural
    return _translations().ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for extraction only; translate it with ``_()`` where it is shown."""
    return message
