"""Rights letters: what the printed PDF says and where it says it.

Every check reads the PDF the way a reader does (pypdfium2: text and character
positions), so the tests see what the Jobcenter and the user would see.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm
from sqlalchemy import select

from app.letters import (
    LETTER_TYPES,
    Bullets,
    LetterDoc,
    LetterError,
    LetterRequest,
    Paragraph,
    Table,
    build_letter,
    render_pdf,
)
from app.letters import render as layout
from app.model import Contact, Finding, Handover, Letter
from app.pdf.fonts import undrawable
from app.records import (
    ContactData,
    DocumentData,
    HandoverData,
    JobcenterData,
    ProfileData,
)
from app.redflags import load_rules
from app.redflags.rules import letter_fact_on
from app.services.entries import EntriesService
from app.services.handovers import HandoverService
from app.services.letters import LetterService
from app.services.profile import ProfileService
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE

NAME = "Олена Шевченко-Öztürk"
TODAY = date(2026, 12, 4)  # a Friday
TZ = timezone(timedelta(hours=1))
PROFILE = ProfileData(
    name=NAME,
    street="Łąkowa-Straße 7",
    postcode="44137",
    city="Dortmund",
    customer_number="123D456789",
    bg_number="12345BG0012345",
    state="NW",
)
JOBCENTER = JobcenterData(
    name="Jobcenter Dortmund",
    street="Steinstraße 39",
    postcode="44147",
    city="Dortmund",
    kind="ge",
    district="Stadt Dortmund",
    state="NW",
)

# The least each type needs besides profile and Jobcenter.
MINIMAL: dict[str, dict[str, str]] = {
    "auskunft": {},
    "berichtigung": {
        "falsch": "Ich sei am 02.03.2026 nicht erschienen.",
        "richtig": "Ich war am 02.03.2026 um 09:30 Uhr im Jobcenter.",
    },
    "loeschung": {"daten": "Kopie meines Personalausweises vom 02.03.2026"},
    "einschraenkung": {
        "daten": "Vermerk über den Termin am 02.03.2026",
        "grund": "Ich brauche die Daten als Beweis für meine Klage vor dem Sozialgericht.",
    },
    "widerspruch-verarbeitung": {
        "verarbeitung": "Weitergabe meiner Daten an den Maßnahmeträger Lernwerk",
        "gruende": "Meine frühere Arbeitgeberin arbeitet dort.",
    },
    "widerruf-einwilligung": {
        "einwilligung": "Einwilligung in den Kontakt per E-Mail",
        "erteilt_am": "15.01.2026",
    },
    "beschwerde": {"sachverhalt": "Am 02.03.2026 wurde mein Personalausweis kopiert."},
    "akteneinsicht": {"verfahren": "mein Widerspruch vom 12.02.2026 gegen den Bescheid"},
    "eingangsbestaetigung": {
        "unterlagen": "Mietvertrag; seit 01.01.2025; 4; Kopie\nLohnabrechnung; 11/2026; 1; Original"
    },
    "terminbegleitung": {},
    "erinnerung": {
        "bezug_datum": "01.10.2026",
        "bezug_betreff": "Antrag auf Auskunft und Kopie meiner Daten",
    },
    "kontoauszuege-begleitschreiben": {},
    "gesundheitsdaten-umschlag": {"zweck": "Begutachtung meiner Erwerbsfähigkeit"},
}

# What LETTERS.md requires each letter to say (checked in the PDF's text).
REQUIRED: dict[str, tuple[str, ...]] = {
    "auskunft": (
        "Art. 15 DSGVO", "§ 83 SGB X", "ob Sie Daten über mich verarbeiten", "Zwecken",
        "Arten von Daten", "Empfänger", "mit Namen", "Auftragsverarbeiter",
        "kommunales Rechenzentrum", "C-154/21", "gespeichert", "woher Daten stammen",
        "automatisierte Entscheidung", "Kopie aller Daten", "Art. 15 Abs. 3 DSGVO",
        "§ 83 Abs. 2 SGB X", "Leistungsakte", "VerBIS", "Ermittlungsberichte",
        "Datenabgleichen", "innerhalb eines Monats", "Art. 12 Abs. 3 DSGVO", "kostenlos",
    ),
    "berichtigung": (
        "Art. 16 DSGVO", "§ 84 Abs. 2 SGB X", "„Ich sei am 02.03.2026 nicht erschienen.“",
        "Richtig ist: „Ich war am 02.03.2026 um 09:30 Uhr im Jobcenter.“", "bestreite",
        "Erklärung zur Akte", "innerhalb eines Monats",
    ),
    "loeschung": (
        "Art. 17 DSGVO", "Kopie meines Personalausweises vom 02.03.2026",
        "Art. 17 Abs. 1 lit. a DSGVO", "schriftlich", "Art. 19 DSGVO", "Empfänger",
        "innerhalb eines Monats",
    ),
    "einschraenkung": (
        "Art. 18 DSGVO", "Vermerk über den Termin am 02.03.2026",
        "als Beweis für meine Klage", "innerhalb eines Monats",
    ),
    "widerspruch-verarbeitung": (
        "Art. 21 Abs. 1 DSGVO", "§ 84 Abs. 5 SGB X", "Maßnahmeträger Lernwerk",
        "besonderen Situation", "Meine frühere Arbeitgeberin arbeitet dort.",
    ),
    "widerruf-einwilligung": (
        "Art. 7 Abs. 3 DSGVO", "Einwilligung vom 15.01.2026", "Kontakt per E-Mail",
        "für die Zukunft", "löschen", "nur auf Grund dieser Einwilligung",
    ),
    "beschwerde": (
        "Art. 77 DSGVO", "§ 81 SGB X", f"Ich bin {NAME}", "Jobcenter Dortmund",
        "gemeinsame Einrichtung", "§ 44b SGB II", "Am 02.03.2026 wurde mein Personalausweis",
    ),
    "akteneinsicht": (
        "§ 25 Abs. 1 SGB X", "mein Widerspruch vom 12.02.2026", "rechtlichen Interessen",
        "beim Jobcenter", "Ablichtungen", "innerhalb von zwei Wochen",
    ),
    "eingangsbestaetigung": (
        "Mietvertrag", "seit 01.01.2025", "Lohnabrechnung", "Original", "Kopie", "Seiten",
        "Zeitraum", "Eingang bestätigt", "Datum", "Stempel", "Unterschrift", "201806011",
        "20.06.2018", "Exemplar für das Jobcenter", "Exemplar für mich",
    ),
    "terminbegleitung": (
        "§ 13 Abs. 4 SGB X", "Beistand", "§ 20 Abs. 2 PAuswG", "Kopie", "nicht zu",
        "Eingangsbestätigung", "eigenen Raum",
    ),
    "erinnerung": (
        "Schreiben vom 01.10.2026", "Antrag auf Auskunft und Kopie meiner Daten",
        "Antwort (Art. 12 Abs. 3 DSGVO) endete am 05.11.2026",
        "letzte Frist bis zum 22.12.2026", "beschweren", "Art. 77 DSGVO",
    ),
    "kontoauszuege-begleitschreiben": (
        "die letzten drei Monate", "Kopien meiner Kontoauszüge", "Es sind Kopien",
        "§ 67a Abs. 1 SGB X",
    ),
    "gesundheitsdaten-umschlag": (
        "verschlossenen Umschlag", "nur für den Ärztlichen Dienst",
        "Begutachtung meiner Erwerbsfähigkeit", "nicht für die Leistungsakte",
        "§ 67b Abs. 2 SGB X",
    ),
}  # fmt: skip


# --------------------------------------------------------------------------- helpers


def _open(folder: Path) -> Vault:
    return Vault.open(folder, passphrase=PASSPHRASE)


@dataclass
class Diary:
    vault: Vault
    contact_id: int
    handover_id: int
    finding_ids: list[int]
    letter_id: int
    reminder_id: int

    def build(self, request: LetterRequest) -> LetterDoc:
        with self.vault.session() as session:
            return build_letter(session, request, today=TODAY)


def _fill(vault: Vault, jobcenter: JobcenterData = JOBCENTER) -> EntriesService:
    diary = EntriesService(vault)
    profile_service = ProfileService(vault)
    profile_service.set_profile(PROFILE)
    profile_service.set_jobcenter(jobcenter)
    return diary


@pytest.fixture(scope="module")
def diary(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Diary]:
    """A diary with an entry (ID copied), its handover and two earlier letters."""
    folder = tmp_path_factory.mktemp("briefe") / "tagebuch"
    vault, _code = Vault.create(folder, PASSPHRASE, unlock_time_ms=0)
    service = _fill(vault)
    uid = service.add_contact(
        ContactData(
            when=datetime(2026, 3, 2, 9, 30, tzinfo=TZ),
            channel="termin",
            counterpart="Frau K.",
            companion="Aylin Demir",
            notes="Frau K. hat meinen Personalausweis kopiert, ohne zu fragen.",
        )
    )
    HandoverService(vault).add_handover(
        HandoverData(
            when=datetime(2026, 3, 2, 9, 45, tzinfo=TZ),
            method="persoenlich",
            contact_uid=uid,
            documents=[
                DocumentData(type="personalausweis", original=True, copied_by_jobcenter=True),
                DocumentData(type="kontoauszuege", period="09/2026 bis 11/2026", pages=6),
            ],
        )
    )
    now = datetime.now(UTC).replace(tzinfo=None)
    with vault.transaction() as session:
        first = Letter(
            type="auskunft",
            created_at=now,
            letter_date=date(2026, 9, 1),
            sent_on=date(2026, 9, 1),
            due_on=date(2026, 10, 5),
            status="versendet",
            subject="Antrag auf Auskunft und Kopie meiner Daten (Art. 15 DSGVO, § 83 SGB X)",
            recipient={
                "lines": ["Jobcenter Dortmund", "Datenschutz", "Postfach 1", "44000 Dortmund"]
            },
        )
        reminder = Letter(
            type="erinnerung",
            created_at=now,
            letter_date=date(2026, 10, 20),
            sent_on=date(2026, 10, 20),
            due_on=date(2026, 11, 3),
            status="versendet",
            subject="Erinnerung: Antrag auf Auskunft und Kopie meiner Daten",
        )
        session.add_all([first, reminder])
        session.flush()
        ids = (first.id, reminder.id)
    with vault.session() as session:
        contact_id = session.scalars(select(Contact.id)).one()
        handover_id = session.scalars(select(Handover.id)).one()
        finding_ids = list(session.scalars(select(Finding.id)))
    assert finding_ids, "the entry should raise the ID-copy Warnsignal"
    try:
        yield Diary(vault, contact_id, handover_id, finding_ids, *ids)
    finally:
        vault.close()


@pytest.fixture
def bare(vault_dir: Path) -> Iterator[Vault]:
    """Only the profile and the Jobcenter."""
    vault = _open(vault_dir)
    _fill(vault)
    try:
        yield vault
    finally:
        vault.close()


def _build(vault: Vault, request: LetterRequest) -> LetterDoc:
    with vault.session() as session:
        return build_letter(session, request, today=TODAY)


def _pages(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        document.close()


def _flat(text: str) -> str:
    """Text with line breaks and non-breaking spaces read as plain spaces."""
    return " ".join(text.replace("\xa0", " ").split())


def _text(pdf: bytes) -> str:
    return _flat(" ".join(_pages(pdf)))


def _box_mm(pdf: bytes, needle: str, page_no: int = 0) -> tuple[float, float, float, float]:
    """Left, top, right, bottom of the first occurrence, in mm from the top-left corner."""
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[page_no]
        height = page.get_height()
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        start = text.find(needle)
        assert start >= 0, f"{needle!r} not on page {page_no + 1}"
        boxes = [
            textpage.get_charbox(i) for i in range(start, start + len(needle)) if text[i].strip()
        ]
        textpage.close()
        page.close()
    finally:
        document.close()
    left = min(b[0] for b in boxes) / mm
    right = max(b[2] for b in boxes) / mm
    top = (height - max(b[3] for b in boxes)) / mm
    bottom = (height - min(b[1] for b in boxes)) / mm
    return left, top, right, bottom


def _in_window(box: tuple[float, float, float, float]) -> bool:
    left, top, right, bottom = box
    x0 = layout.ADDRESS_FIELD_LEFT_MM
    y0 = layout.ADDRESS_FIELD_TOP_MM
    return (
        x0 <= left
        and right <= x0 + layout.ADDRESS_FIELD_WIDTH_MM
        and y0 <= top
        and bottom <= y0 + layout.ADDRESS_FIELD_HEIGHT_MM
    )


def _full_request(d: Diary, type_id: str) -> LetterRequest:
    kind = LETTER_TYPES[type_id]
    return LetterRequest(
        type_id,
        contact_ids=[d.contact_id] if "entries" in kind.uses else [],
        handover_ids=[d.handover_id] if "handovers" in kind.uses else [],
        finding_ids=list(d.finding_ids) if "findings" in kind.uses else [],
        letter_ids=[d.letter_id] if "letters" in kind.uses else [],
        details=dict(MINIMAL[type_id]),
    )


# --------------------------------------------------------------------------- the types


def test_the_thirteen_types_of_letters_md_in_order() -> None:
    assert list(LETTER_TYPES) == list(MINIMAL)
    for kind in LETTER_TYPES.values():
        assert kind.title and kind.summary and kind.basis
        assert kind.uses <= {"entries", "handovers", "findings", "letters"}
        names = [f.name for f in kind.detail_fields]
        assert len(names) == len(set(names))
        assert {f.kind for f in kind.detail_fields} <= {"text", "lines", "date", "check"}
        assert all(f.label and f.help for f in kind.detail_fields)


def test_warnings_before_risky_letters() -> None:
    waiver = LETTER_TYPES["widerruf-einwilligung"].warning
    assert "§ 60 Abs. 1 Nr. 1 SGB I" in waiver and "§ 66 SGB I" in waiver
    assert "Schweigepflichtentbindung" in waiver
    objection = LETTER_TYPES["widerspruch-verarbeitung"].warning
    assert "begrenzt" in objection and "§ 84 Abs. 5 SGB X" in objection
    restriction = LETTER_TYPES["einschraenkung"].warning
    # § 84 Abs. 2 SGB X: disputing accuracy alone restricts nothing for social tasks
    assert "§ 84 Abs. 2 SGB X" in restriction and "Falsche Angaben berichtigen" in restriction
    assert "Berichtigung ist beantragt" not in " ".join(
        f.help for f in LETTER_TYPES["einschraenkung"].detail_fields
    )
    others = set(LETTER_TYPES) - {
        "widerruf-einwilligung",
        "widerspruch-verarbeitung",
        "einschraenkung",
    }
    assert all(LETTER_TYPES[t].warning == "" for t in others)


def test_which_letters_expect_an_answer() -> None:
    expecting = {t for t, kind in LETTER_TYPES.items() if kind.answer_expected}
    assert {"auskunft", "berichtigung", "loeschung", "erinnerung"} <= expecting
    assert not expecting & {"beschwerde", "eingangsbestaetigung", "terminbegleitung"}


@pytest.mark.parametrize("type_id", list(MINIMAL))
def test_each_letter_with_only_profile_and_jobcenter(bare: Vault, type_id: str) -> None:
    doc = _build(bare, LetterRequest(type_id, details=dict(MINIMAL[type_id])))
    pdf = render_pdf(doc)
    text = _text(pdf)
    # sender, recipient, subject, date, the legal content
    for line in (NAME, "Łąkowa-Straße 7", "44137 Dortmund"):
        assert line in text
    for line in doc.recipient_lines:
        assert _flat(line) in text
    assert _flat(doc.subject) in text
    assert "04.12.2026" in text
    for phrase in REQUIRED[type_id]:
        assert phrase in text, f"{type_id}: „{phrase}“ fehlt"
    assert "Mit freundlichen Grüßen" in text
    # the name comes back out of the PDF exactly as typed (sender, return line, signature)
    assert text.count(NAME) >= 3
    # the recipient's first line sits in the window of a DL envelope
    assert _in_window(_box_mm(pdf, doc.recipient_lines[0][:20]))  # long names wrap
    if type_id != "beschwerde":
        assert doc.recipient_lines[0] == "Jobcenter Dortmund"
        assert ("Kundennummer", "123D456789") in doc.info
        assert ("BG-Nummer", "12345BG0012345") in doc.info


@pytest.mark.parametrize("type_id", list(MINIMAL))
def test_each_letter_gets_specific_with_the_diary(diary: Diary, type_id: str) -> None:
    request = _full_request(diary, type_id)
    if type_id == "erinnerung":
        request.details = {}
    if type_id == "eingangsbestaetigung":
        request.details = {}
    doc = diary.build(request)
    text = _text(render_pdf(doc))
    assert NAME in text
    kind = LETTER_TYPES[type_id]
    if "entries" in kind.uses and type_id not in ("terminbegleitung",):
        assert (
            "Am 02.03.2026 hatte ich einen Termin beim Jobcenter (Ansprechperson: Frau K.)." in text
        )
    if "findings" in kind.uses:
        # the letter's own first-person sentence, never the title addressed to the user
        fact = letter_fact_on(load_rules()["ausweiskopie"], date(2026, 3, 2))
        assert _flat(fact) in text
        assert "Ausweis kopiert, gescannt oder einbehalten (Eintrag" not in text
    # the diary note itself never reaches the letter
    assert "ohne zu fragen" not in text
    if type_id == "terminbegleitung":
        assert "Termin am 02.03.2026" in text and "Aylin Demir begleitet mich" in text


def test_the_window_lines_for_the_data_protection_officer(bare: Vault) -> None:
    doc = _build(bare, LetterRequest("auskunft"))
    assert doc.recipient_lines == (
        "Jobcenter Dortmund",
        "z. Hd. der/des behördlichen Datenschutzbeauftragten",
        "Steinstraße 39",
        "44147 Dortmund",
    )
    pdf = render_pdf(doc)
    for line in doc.recipient_lines:
        assert _in_window(_box_mm(pdf, line[:12])), line  # a long line may wrap at 10 pt
    assert _in_window(_box_mm(pdf, "Datenschutzbeauftragten"))
    # the return-address line is in the window too, above the address
    _l, top, _r, bottom = _box_mm(pdf, f"{NAME} · Łąkowa-Straße 7")
    assert layout.ADDRESS_FIELD_TOP_MM <= top and bottom < layout.ADDRESS_ZONE_TOP_MM
    # information block to the right of the window, subject below it
    left, *_ = _box_mm(pdf, "123D456789")
    assert left >= layout.INFO_LEFT_MM
    _l, top, _r, _b = _box_mm(pdf, "Antrag auf Auskunft")
    assert top >= layout.ADDRESS_FIELD_TOP_MM + layout.ADDRESS_FIELD_HEIGHT_MM


def test_a_receipt_and_a_sheet_go_to_the_jobcenter_itself(bare: Vault) -> None:
    for type_id in ("eingangsbestaetigung", "terminbegleitung", "kontoauszuege-begleitschreiben"):
        doc = _build(bare, LetterRequest(type_id, details=dict(MINIMAL[type_id])))
        assert doc.recipient_lines == ("Jobcenter Dortmund", "Steinstraße 39", "44147 Dortmund")


@pytest.mark.parametrize(
    "name",
    [NAME, "Zeynep Yılmaz-Güneş", "Małgorzata Żółkiewska", "Ирина Кузнецова", "Łukasz Świątek"],
)
def test_names_in_any_script_come_back_unchanged(bare: Vault, name: str) -> None:
    ProfileService(bare).set_profile(ProfileData(**{**PROFILE.__dict__, "name": name}))
    pdf = render_pdf(_build(bare, LetterRequest("auskunft")))
    assert _text(pdf).count(name) >= 3


def test_an_arabic_name_is_printed(bare: Vault) -> None:
    name = "عبد الله"
    ProfileService(bare).set_profile(ProfileData(**{**PROFILE.__dict__, "name": name}))
    pdf = render_pdf(_build(bare, LetterRequest("auskunft")))
    text = _text(pdf)
    # every letter is there (not a box or a question mark), copied in reading order
    for letter in "عبدالله":
        assert letter in text
    assert name in text
    assert "?" not in text.split("Sehr geehrte")[0]


@pytest.mark.parametrize("name", ["محمد العلي", "زهرا رضایی"])
def test_an_arabic_or_farsi_name_and_address_are_drawn_joined(bare: Vault, name: str) -> None:
    """Glyph for glyph what HarfBuzz draws: joined forms, the words right to left."""
    from tests.pdf_glyphs import contains, drawn_glyphs, glyph_ids, harfbuzz_rtl

    street = "شارع الملك 12"
    ProfileService(bare).set_profile(replace(PROFILE, name=name, street=street))
    pdf = render_pdf(_build(bare, LetterRequest("auskunft")))
    drawn = drawn_glyphs(pdf, "DejaVuSans")
    assert contains(drawn, harfbuzz_rtl("DejaVuSans", name))
    assert not contains(drawn, glyph_ids("DejaVuSans", name[::-1]))
    # the number after the street name stays to its right, as in "Hauptstraße 12"
    assert contains(
        drawn, harfbuzz_rtl("DejaVuSans", "شارع الملك") + glyph_ids("DejaVuSans", " 12")
    )
    # the return-address line: name · street · town, left to right, each field on its own
    assert contains(
        drawn,
        harfbuzz_rtl("DejaVuSans", name)
        + glyph_ids("DejaVuSans", " · ")
        + harfbuzz_rtl("DejaVuSans", "شارع الملك")
        + glyph_ids("DejaVuSans", f" 12 · {PROFILE.postcode} {PROFILE.city}"),
    )


def test_characters_the_font_cannot_draw_are_refused_where_they_are(bare: Vault) -> None:
    profile_service = ProfileService(bare)
    profile_service.set_profile(replace(PROFILE, name="Olena 🙂"))
    with pytest.raises(LetterError) as refused:
        _build(bare, LetterRequest("auskunft"))
    assert "Ihr Profil („Name“) enthält Zeichen" in refused.value.message
    assert "„🙂“" in refused.value.message and "Einstellungen" in refused.value.message
    profile_service.set_profile(PROFILE)
    request = LetterRequest("berichtigung", details={"falsch": "Name", "richtig": "王秀英"})
    with pytest.raises(LetterError) as refused:
        _build(bare, request)
    assert "Die Angabe „Was ist richtig?“" in refused.value.message
    assert "„王“, „秀“, „英“" in refused.value.message
    # invisible joiners, bidi marks and variation selectors are no reason to refuse
    assert undrawable("Olena\u200d Шевченко\u200f ❤\ufe0f 🙂\U0001f3fd") == ["🙂", "\U0001f3fd"]


def test_emoji_in_diary_notes_are_left_out_of_the_letter(bare: Vault) -> None:
    entry_service = EntriesService(bare)
    handover_service = HandoverService(bare)
    uid = entry_service.add_contact(
        ContactData(
            when=datetime(2026, 3, 2, 9, 30, tzinfo=TZ),
            channel="termin",
            counterpart="Frau K. 👩🏽‍💼",
            notes="Sie hat meinen Ausweis kopiert 🙂👍🏽 🇩🇪 und nicht gefragt ❤️.",
        )
    )
    handover_service.add_handover(
        HandoverData(
            when=datetime(2026, 3, 2, 9, 45, tzinfo=TZ),
            method="persoenlich",
            contact_uid=uid,
            documents=[
                DocumentData("kontoauszuege", description="Girokonto 💶", period="01/2026 📅")
            ],
        )
    )
    with bare.session() as session:
        contact_id = session.scalars(select(Contact.id)).one()
        handover_id = session.scalars(select(Handover.id)).one()
    doc = _build(
        bare,
        LetterRequest("beschwerde", contact_ids=[contact_id], details=MINIMAL["beschwerde"]),
    )
    text = _text(render_pdf(doc))
    # the person's name comes in without the emoji; the note does not come in at all
    assert "(Ansprechperson: Frau K.)" in text
    assert "Sie hat meinen Ausweis kopiert" not in text
    receipt = _build(bare, LetterRequest("eingangsbestaetigung", handover_ids=[handover_id]))
    receipt_text = _text(render_pdf(receipt))
    assert "Girokonto" in receipt_text and "01/2026" in receipt_text
    assert undrawable(text) == [] and undrawable(receipt_text) == []  # no empty boxes


def test_markup_characters_are_printed_as_typed(bare: Vault) -> None:
    details = {"falsch": "Einkommen <b>500 €</b> & mehr", "richtig": "0 € (keine Arbeit)"}
    pdf = render_pdf(_build(bare, LetterRequest("berichtigung", details=details)))
    text = _text(pdf)
    assert "„Einkommen <b>500 €</b> & mehr“" in text and "0 € (keine Arbeit)" in text


# --------------------------------------------------------------------------- layout


def test_fold_and_hole_marks_are_named_constants() -> None:
    assert layout.FOLD_MARKS_MM == (105.0, 210.0)
    assert layout.HOLE_MARK_MM == 148.5
    assert (layout.ADDRESS_FIELD_LEFT_MM, layout.ADDRESS_FIELD_TOP_MM) == (20.0, 45.0)
    assert (layout.ADDRESS_FIELD_WIDTH_MM, layout.ADDRESS_FIELD_HEIGHT_MM) == (85.0, 45.0)


def test_marks_are_drawn_at_the_left_edge(bare: Vault) -> None:
    pdf = render_pdf(_build(bare, LetterRequest("auskunft")))
    document = pdfium.PdfDocument(pdf)
    try:
        page = document[0]
        height = page.get_height()
        lines = []
        for obj in page.get_objects():
            if obj.type == pdfium.raw.FPDF_PAGEOBJ_PATH:
                _left, bottom, right, top = obj.get_bounds()
                if right < 15 * mm:
                    lines.append(round((height - (top + bottom) / 2) / mm, 1))
        page.close()
    finally:
        document.close()
    assert sorted(lines) == [105.0, 148.5, 210.0]


def test_one_page_letter_has_no_page_number(bare: Vault) -> None:
    pages = _pages(render_pdf(_build(bare, LetterRequest("terminbegleitung"))))
    assert len(pages) == 1
    assert "Seite" not in pages[0]


def test_one_page_types_stay_on_one_page_even_when_filled(diary: Diary) -> None:
    from app.letters.catalogue import catalogue

    one_page = [t for t, layout in catalogue().layouts.items() if layout.one_page]
    assert one_page == ["terminbegleitung"]
    request = _full_request(diary, "terminbegleitung")
    request.details = {"termin": "10.12.2026", "beistand": "Aylin Demir-Yılmaz",
                       "ihr_zeichen": "123.45-AB-2026/0815", "ihre_nachricht_vom": "01.12.2026"}  # fmt: skip
    pages = _pages(render_pdf(diary.build(request)))
    assert len(pages) == 1


def test_long_content_flows_to_page_two(bare: Vault) -> None:
    wishes = "\n".join(f"Vermerk Nummer {n} über ein Gespräch im Jahr 2025" for n in range(30))
    doc = _build(bare, LetterRequest("auskunft", details={"schwerpunkt": wishes}))
    pages = _pages(render_pdf(doc))
    assert len(pages) == 2
    assert "Seite" not in pages[0]
    assert "Seite 2 von 2" in pages[1]
    assert "Vermerk Nummer 29" in _flat(pages[1])
    assert "Mit freundlichen Grüßen" in pages[1] and NAME in pages[1]


def test_a_long_detail_flows_over(bare: Vault) -> None:
    long_text = "Das Jobcenter hat mich am Telefon nach meiner Gesundheit gefragt. " * 60
    details = {**MINIMAL["berichtigung"], "falsch": long_text}
    pages = _pages(render_pdf(_build(bare, LetterRequest("berichtigung", details=details))))
    assert len(pages) >= 2
    total = len(pages)
    for number, page in enumerate(pages[1:], start=2):
        assert f"Seite {number} von {total}" in page


def test_the_receipt_is_printed_twice_each_copy_numbered_on_its_own(bare: Vault) -> None:
    rows = "\n".join(f"Nachweis {n}; 2026; 1; Kopie" for n in range(1, 41))
    doc = _build(bare, LetterRequest("eingangsbestaetigung", details={"unterlagen": rows}))
    assert (doc.copies, doc.receipt_field) == (2, True)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert len(table.rows) == 40
    pages = _pages(render_pdf(doc))
    assert len(pages) == 4
    first, second = pages[:2], pages[2:]
    assert all("Exemplar für das Jobcenter" in p for p in first)
    assert all("Exemplar für mich" in p for p in second)
    for copy in (first, second):
        assert not re.search(r"Seite \d+ von", copy[0])
        assert "Seite 2 von 2" in copy[1]
        assert "Nachweis 40" in copy[1] and "Eingang bestätigt" in copy[1]
        assert "Nachweis 1 " in _flat(copy[0]) or "Nachweis 1\r" in copy[0]


def test_the_receipt_lists_the_handover_documents(diary: Diary) -> None:
    doc = diary.build(LetterRequest("eingangsbestaetigung", handover_ids=[diary.handover_id]))
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.header == ("Nr.", "Unterlage", "Zeitraum", "Seiten", "Original / Kopie")
    assert table.rows == (
        ("1", "Personalausweis", "–", "–", "Original"),
        ("2", "Kontoauszüge", "09/2026 bis 11/2026", "6", "Kopie"),
    )
    assert abs(sum(table.widths_mm) - layout.BODY_WIDTH_MM) < 0.5
    text = _text(render_pdf(doc))
    assert "am 02.03.2026 die folgenden Unterlagen" in text
    assert text.count("09/2026 bis 11/2026") == 2  # both copies


# --------------------------------------------------------------------------- filled from the diary


def test_erasure_names_what_was_copied_at_the_handover(diary: Diary) -> None:
    request = LetterRequest(
        "loeschung",
        handover_ids=[diary.handover_id],
        finding_ids=diary.finding_ids,
        details={"unrechtmaessig": "Der Ausweis wurde ohne meine Zustimmung kopiert."},
    )
    doc = diary.build(request)
    items = next(b for b in doc.blocks if isinstance(b, Bullets)).items
    assert items == ("die Kopie oder den Scan: Personalausweis, angefertigt am 02.03.2026",)
    text = _text(render_pdf(doc))
    assert "Art. 17 Abs. 1 lit. d DSGVO" in text
    assert "nicht in Betracht (§ 84 Abs. 1 Satz 3 SGB X)" in text
    assert "Das Jobcenter hat am 02.03.2026 meinen Personalausweis kopiert" in text


def test_erasure_without_anything_to_erase_is_refused(bare: Vault) -> None:
    with pytest.raises(LetterError, match="gelöscht werden sollen"):
        _build(bare, LetterRequest("loeschung"))


def test_reminder_refers_to_the_first_letter_and_sets_two_weeks(diary: Diary) -> None:
    doc = diary.build(LetterRequest("erinnerung", letter_ids=[diary.letter_id]))
    # to the same address as the first letter
    assert doc.recipient_lines == (
        "Jobcenter Dortmund",
        "Datenschutz",
        "Postfach 1",
        "44000 Dortmund",
    )
    assert ("Mein Schreiben vom", "01.09.2026") in doc.info
    # written Fri 04.12.2026, by post deemed received Tue 08.12.2026, two weeks later
    due = date(2026, 12, 22)
    assert doc.answer_due_hint == f"Bitte antworten Sie bis zum {due:%d.%m.%Y}."
    text = _text(render_pdf(doc))
    assert "mit Schreiben vom 01.09.2026" in text
    assert "Antrag auf Auskunft und Kopie meiner Daten" in text
    assert "endete am 05.10.2026" in text
    assert f"letzte Frist bis zum {due:%d.%m.%Y}" in text
    assert "Kopie meines Schreibens vom 01.09.2026" in doc.enclosures


def test_reminder_date_skips_a_holiday_of_the_users_state(bare: Vault) -> None:
    # written Sat 01.11.2025, by post deemed received Wed 05.11.2025, two weeks later
    # is Buß- und Bettag, a holiday only in Sachsen
    details = {**MINIMAL["erinnerung"], "bezug_datum": "01.09.2025"}
    request = LetterRequest("erinnerung", details=details, letter_date=date(2025, 11, 1))
    assert "bis zum 19.11.2025" in _build(bare, request).answer_due_hint  # NW: a working day
    ProfileService(bare).set_profile(replace(PROFILE, state="SN"))
    assert "bis zum 20.11.2025" in _build(bare, request).answer_due_hint


def test_reminder_date_in_the_letter_is_the_tracked_deadline(bare: Vault) -> None:
    request = LetterRequest(
        "erinnerung", details=dict(MINIMAL["erinnerung"]), letter_date=date(2026, 11, 21)
    )
    doc = _build(bare, request)
    service = LetterService(bare)
    letter_id = service.save_draft(request, doc, render_pdf(doc))
    # posted the day it was written: the same count as the printed date
    posted = service.mark_sent(letter_id, "post", date(2026, 11, 21))
    assert doc.answer_due_hint == f"Bitte antworten Sie bis zum {posted.due_on:%d.%m.%Y}."
    # handed in that day: the Jobcenter may still take until the printed date
    handed = service.mark_sent(letter_id, "persoenlich", date(2026, 11, 21))
    assert handed.due_on == posted.due_on
    assert "im Brief genannt" in handed.due_explanation


def test_reminder_without_a_first_letter_is_refused(bare: Vault) -> None:
    with pytest.raises(LetterError, match="erinnern"):
        _build(bare, LetterRequest("erinnerung"))


def test_complaint_gets_the_history(diary: Diary) -> None:
    request = LetterRequest(
        "beschwerde",
        contact_ids=[diary.contact_id],
        finding_ids=diary.finding_ids,
        letter_ids=[diary.letter_id, diary.reminder_id],
        details={"dsb_kontakt": "Schreiben vom 01.09.2026 an die Datenschutzbeauftragte"},
    )
    doc = diary.build(request)
    text = _text(render_pdf(doc))
    assert "Kontakt mit dem Datenschutzbeauftragten des Jobcenters: Schreiben vom 01.09" in text
    assert "Mein Schreiben vom 01.09.2026 an das Jobcenter" in text
    assert "Mein Schreiben vom 20.10.2026 an das Jobcenter" in text
    assert "Die Frist für die Antwort endete am 05.10.2026; eine Antwort habe ich" in text
    assert "Am 02.03.2026 hatte ich einen Termin beim Jobcenter (Ansprechperson: Frau K.)." in text
    assert "Frau K. hat meinen Personalausweis kopiert" not in text  # the note stays private
    assert "Maßgeblich sind nach meinem Verständnis: § 20 Abs. 2 PAuswG" in text
    assert doc.enclosures == (
        "Kopie meines Schreibens vom 01.09.2026 (Antrag auf Auskunft)",
        "Kopie meines Schreibens vom 20.10.2026 (Erinnerung)",
    )
    # to the authority, not to the Jobcenter; no customer number in the information block
    assert doc.recipient_lines[0].startswith("Die Bundesbeauftragte")
    assert [label for label, _v in doc.info] == ["Datum"]


def test_complaint_without_facts_is_refused(bare: Vault) -> None:
    with pytest.raises(LetterError, match="worüber Sie sich beschweren"):
        _build(bare, LetterRequest("beschwerde"))


# --------------------------------------------------------------------------- routing


@pytest.mark.parametrize(
    ("kind", "state", "first_line", "address", "checked"),
    [
        ("ge", "NW", "Die Bundesbeauftragte für den Datenschutz", "53117 Bonn", True),
        ("ge", "BY", "Die Bundesbeauftragte für den Datenschutz", "53117 Bonn", True),
        ("ge", "BE", "Die Bundesbeauftragte für den Datenschutz", "53117 Bonn", True),
        ("zkt", "BY", "Der Bayerische Landesbeauftragte für den Datenschutz", "80502 München", False),
        ("zkt", "HE", "Der Hessische Beauftragte für Datenschutz", "65021 Wiesbaden", False),
        ("zkt", "NI", "Der Landesbeauftragte für den Datenschutz Niedersachsen", "30002 Hannover", False),
        ("zkt", "SN", "Sächsische Datenschutz", "01330 Dresden", False),
    ],
)  # fmt: skip
def test_complaint_goes_to_the_right_authority(
    bare: Vault, kind: str, state: str, first_line: str, address: str, checked: bool
) -> None:
    ProfileService(bare).set_jobcenter(
        JobcenterData(**{**JOBCENTER.__dict__, "kind": kind, "state": state})
    )
    doc = _build(bare, LetterRequest("beschwerde", details=dict(MINIMAL["beschwerde"])))
    assert first_line in " ".join(doc.recipient_lines)
    assert doc.recipient_lines[-1] == address
    note = doc.recipient_note
    if kind == "ge":
        assert "gemeinsame Einrichtung" in note and "BfDI" in note and "§ 50 Abs. 4 SGB II" in note
        assert "prüfen" not in note
    else:
        assert "zugelassener kommunaler Träger" in note
        assert "bitte vor dem Versand prüfen" in note
    if (kind, state) == ("zkt", "BY"):
        assert "BayLfD" in note and "nicht das Bayerische Landesamt" in note
    pdf = render_pdf(doc)
    assert _in_window(_box_mm(pdf, doc.recipient_lines[0][:20]))
    text = _text(pdf)
    assert address in text
    assert ("zugelassener kommunaler Träger" if kind == "zkt" else "gemeinsame Einrichtung") in text


def test_an_edited_address_replaces_the_computed_one(bare: Vault) -> None:
    ProfileService(bare).set_jobcenter(
        JobcenterData(**{**JOBCENTER.__dict__, "kind": "zkt", "state": "BY"})
    )
    lines = [
        "Der Bayerische Landesbeauftragte für den Datenschutz",
        "Wagmüllerstraße 18",
        "80538 München",
    ]
    request = LetterRequest(
        "beschwerde", details=dict(MINIMAL["beschwerde"]), recipient_lines=lines
    )
    doc = _build(bare, request)
    assert doc.recipient_lines == tuple(lines)
    assert "BayLfD" in doc.recipient_note
    assert "Wagmüllerstraße 18" in _text(render_pdf(doc))


def test_complaint_without_a_state_asks_for_it(bare: Vault) -> None:
    ProfileService(bare).set_profile(ProfileData(**{**PROFILE.__dict__, "state": ""}))
    ProfileService(bare).set_jobcenter(JobcenterData(**{**JOBCENTER.__dict__, "state": ""}))
    with pytest.raises(LetterError, match="Bundesland"):
        _build(bare, LetterRequest("beschwerde", details=dict(MINIMAL["beschwerde"])))


# --------------------------------------------------------------------------- strictness


@pytest.mark.parametrize(
    ("type_id", "missing", "label"),
    [
        ("berichtigung", "richtig", "Was ist richtig?"),
        ("einschraenkung", "grund", "Warum?"),
        ("widerruf-einwilligung", "einwilligung", "Welche Einwilligung widerrufen Sie?"),
        ("akteneinsicht", "verfahren", "Um welches Verfahren geht es?"),
        ("gesundheitsdaten-umschlag", "zweck", "Wofür sind die Unterlagen?"),
    ],
)
def test_a_missing_required_detail_is_named(
    bare: Vault, type_id: str, missing: str, label: str
) -> None:
    details = {k: v for k, v in MINIMAL[type_id].items() if k != missing}
    with pytest.raises(LetterError) as caught:
        _build(bare, LetterRequest(type_id, details=details))
    assert caught.value.message == (
        f"Für den Brief „{LETTER_TYPES[type_id].title}“ fehlt noch: „{label}“."
    )


def test_a_blank_required_detail_counts_as_missing(bare: Vault) -> None:
    details = {**MINIMAL["berichtigung"], "richtig": "   "}
    with pytest.raises(LetterError, match="fehlt noch"):
        _build(bare, LetterRequest("berichtigung", details=details))


def test_unknown_type_detail_and_ids_are_refused_in_german(bare: Vault) -> None:
    with pytest.raises(LetterError, match="Briefart „mahnung“ gibt es nicht"):
        _build(bare, LetterRequest("mahnung"))
    with pytest.raises(LetterError, match="kennt die Angabe „farbe“ nicht"):
        _build(bare, LetterRequest("auskunft", details={"farbe": "rot"}))
    with pytest.raises(LetterError, match=r"Den Eintrag Nr\. 999 gibt es nicht"):
        _build(bare, LetterRequest("auskunft", contact_ids=[999]))
    with pytest.raises(LetterError, match=r"Die Übergabe Nr\. 7 gibt es nicht"):
        _build(bare, LetterRequest("loeschung", handover_ids=[7]))
    with pytest.raises(LetterError, match=r"TT\.MM\.JJJJ"):
        _build(bare, LetterRequest("widerruf-einwilligung",
                                   details={"einwilligung": "E-Mail", "erteilt_am": "31.02.2026"}))  # fmt: skip


def test_a_letter_needs_name_and_jobcenter(vault_dir: Path) -> None:
    vault = _open(vault_dir)
    try:
        with pytest.raises(LetterError, match="Namen und Ihre Anschrift"):
            _build(vault, LetterRequest("auskunft"))
        ProfileService(vault).set_profile(PROFILE)
        with pytest.raises(LetterError, match="Ihres Jobcenters"):
            _build(vault, LetterRequest("auskunft"))
    finally:
        vault.close()


def test_templates_are_strict(monkeypatch: pytest.MonkeyPatch, bare: Vault, tmp_path: Path) -> None:
    import shutil

    from app.letters import build as builder
    from app.letters import catalogue as cat

    folder = tmp_path / "letters"
    shutil.copytree(cat.LETTER_DIR, folder)
    (folder / "auskunft.txt").write_text("ich bitte um {{ nicht_vorhanden }}.\n", encoding="utf-8")
    monkeypatch.setattr(cat, "LETTER_DIR", folder)
    broken = cat.load(folder / "briefe.toml")
    monkeypatch.setattr(builder, "catalogue", lambda: broken)
    with pytest.raises(
        LetterError, match="Vorlage des Briefs „Auskunft über meine Daten“ ist fehlerhaft"
    ):
        _build(bare, LetterRequest("auskunft"))


def test_request_round_trips_through_json() -> None:
    request = LetterRequest(
        "erinnerung", letter_ids=[3], details={"bezug_datum": "01.10.2026"},
        letter_date=date(2026, 12, 4), recipient_lines=["A", "B"],
    )  # fmt: skip
    assert LetterRequest.from_json(request.to_json()) == request


def test_the_letter_date_is_the_chosen_one(bare: Vault) -> None:
    doc = _build(bare, LetterRequest("auskunft", letter_date=date(2027, 1, 2)))
    assert doc.info[0] == ("Datum", "02.01.2027")


def test_paragraphs_and_bullets_come_from_the_template(bare: Vault) -> None:
    doc = _build(bare, LetterRequest("auskunft"))
    assert isinstance(doc.blocks[0], Paragraph)
    assert doc.blocks[0].text.startswith("ich bitte um Auskunft")
    bullets = [b for b in doc.blocks if isinstance(b, Bullets)]
    assert any("Empfänger" in item and "C-154/21" in item for item in bullets[0].items)
    assert not any("{" in b.text or "@" in b.text for b in doc.blocks if isinstance(b, Paragraph))


def test_rendering_writes_nothing_to_disk(monkeypatch: pytest.MonkeyPatch, bare: Vault) -> None:
    import builtins

    doc = _build(
        bare, LetterRequest("eingangsbestaetigung", details=dict(MINIMAL["eingangsbestaetigung"]))
    )
    real_open = builtins.open

    def reading_only(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        assert not any(flag in mode for flag in "wax+"), f"writes {file}"
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", reading_only)
    assert render_pdf(doc).startswith(b"%PDF")


def test_fonts_cover_the_scripts_of_our_users() -> None:
    from reportlab.pdfbase.ttfonts import TTFontFile

    from app.pdf.fonts import FONT_DIR

    letters = "ОленаШевченкоЇїҐґ ÇĞİıŞşÖÜ ĄĆĘŁŃÓŚŹŻąćęłńóśźż عبدالله €ß„“–§"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        cmap = TTFontFile(str(FONT_DIR / name)).charToGlyph
        missing = [c for c in letters if not c.isspace() and ord(c) not in cmap]
        if name.endswith("Bold.ttf"):
            missing = [c for c in missing if not re.match(r"[\u0600-\u06ff]", c)]
        assert not missing, (name, missing)
    assert (FONT_DIR / "LICENSE-DejaVu.txt").is_file()
