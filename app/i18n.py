"""Language of the non-Qt layer (stdlib gettext; a minimal stand-in, helper ``g``'s
version replaces it on merge). German is the source language."""

from __future__ import annotations

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

_current = "de"
_catalogue: gettext.NullTranslations = gettext.NullTranslations()


def set_language(code: str) -> None:
    global _current, _catalogue
    if code not in LANGUAGES:
        code = "de"
    _current = code
    try:
        from app.paths import package_data

        folder = package_data("app", "resources", "locale")
        _catalogue = gettext.translation("amtstagebuch", str(folder), [code], fallback=True)
    except Exception:  # no catalogues shipped: German source texts
        _catalogue = gettext.NullTranslations()


def current_language() -> str:
    return _current


def _(message: str) -> str:
    return _catalogue.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _catalogue.ngettext(singular, plural, n)


def N_(message: str) -> str:
    return message
