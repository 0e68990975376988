"""The kinds of contact and the ways of handing over papers, defined once.

Each kind has its stored id (vault, import files, rule files: never change one),
the label the window shows and the phrase a letter uses ("Am 03.02.2026 hatte ich
einen Termin beim Jobcenter …"). The window translates the label with
``ui.common.i18n.label``; ``QT_TRANSLATE_NOOP`` below only marks it for
``scripts/update_translations.py`` (Qt's ``lupdate`` reads this file too), so no
Qt is imported here.
"""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` as an interface text of ``context``; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Kind:
    id: str
    label: str  # shown in the window (German; translated there)
    phrase: str  # used in a letter's sentence (German, never translated)


# Kinds of contact (Contact.channel), in the order the form offers them.
CHANNEL_KINDS = (
    Kind("termin", QT_TRANSLATE_NOOP("Bezeichnung", "Termin"), "einen Termin beim Jobcenter"),
    Kind("telefon", QT_TRANSLATE_NOOP("Bezeichnung", "Telefon"), "ein Telefongespräch"),
    Kind("brief", QT_TRANSLATE_NOOP("Bezeichnung", "Brief"), "Kontakt per Brief"),
    Kind("email", QT_TRANSLATE_NOOP("Bezeichnung", "E-Mail"), "Kontakt per E-Mail"),
    Kind(
        "hausbesuch",
        QT_TRANSLATE_NOOP("Bezeichnung", "Hausbesuch"),
        "einen Hausbesuch des Jobcenters",
    ),
    Kind(
        "portal",
        QT_TRANSLATE_NOOP("Bezeichnung", "Online-Portal"),
        "Kontakt über das Online-Portal",
    ),
    Kind("fax", QT_TRANSLATE_NOOP("Bezeichnung", "Fax"), "Kontakt per Fax"),
)

# Ways of handing papers over (Handover.method).
METHOD_KINDS = (
    Kind("persoenlich", QT_TRANSLATE_NOOP("Bezeichnung", "persönlich abgegeben"), "persönlich"),
    Kind(
        "briefkasten",
        QT_TRANSLATE_NOOP("Bezeichnung", "in den Briefkasten"),
        "über den Hausbriefkasten",
    ),
    Kind("post", QT_TRANSLATE_NOOP("Bezeichnung", "per Post"), "per Post"),
    Kind("einschreiben", QT_TRANSLATE_NOOP("Bezeichnung", "per Einschreiben"), "per Einschreiben"),
    Kind("fax", QT_TRANSLATE_NOOP("Bezeichnung", "per Fax"), "per Fax"),
    Kind("upload", QT_TRANSLATE_NOOP("Bezeichnung", "hochgeladen"), "über das Online-Portal"),
)

CHANNELS = tuple(kind.id for kind in CHANNEL_KINDS)
METHODS = tuple(kind.id for kind in METHOD_KINDS)
CHANNEL_LABELS = {kind.id: kind.label for kind in CHANNEL_KINDS}
METHOD_LABELS = {kind.id: kind.label for kind in METHOD_KINDS}
CONTACT_PHRASES = {kind.id: kind.phrase for kind in CHANNEL_KINDS}
METHOD_PHRASES = {kind.id: kind.phrase for kind in METHOD_KINDS}


# The two kinds of Jobcenter (joint: gE; municipal: zkT) and the Bundesländer, as stored.
KINDS = ("ge", "zkt")
STATES = (
    "BW", "BY", "BE", "BB", "HB", "HH", "HE", "MV",
    "NI", "NW", "RP", "SL", "SN", "ST", "SH", "TH",
)  # fmt: skip
