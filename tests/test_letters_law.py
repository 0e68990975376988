"""Issue 13: letters that are legally right and never hand private notes to the Jobcenter.

Every check reads the rendered PDF (pypdfium2 text), as the Jobcenter would read it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from app.letters import LETTER_TYPES, LetterError, LetterRequest, build_letter, render_pdf
from app.letters.catalogue import LETTER_DIR
from app.letters.proposals import propose
from app.model import Contact, Finding, Handover, Letter
from app.records import (
    ContactData,
    DocumentData,
    HandoverData,
    JobcenterData,
    ProfileData,
)
from app.services.entries import EntriesService
from app.services.handovers import HandoverService
from app.services.profile import ProfileService
from app.vault.vault import Vault
from tests.conftest import PASSPHRASE

TODAY = date(2026, 12, 7)
TZ = timezone(timedelta(hours=1))
PROFILE = ProfileData(
    name="Erika Beispiel",
    street="Musterweg 12",
    postcode="44137",
    city="Dortmund",
    customer_number="123D456789",
    state="NW",
)
GE = JobcenterData(
    name="Jobcenter Dortmund",
    street="Steinstraße 39",
    postcode="44147",
    city="Dortmund",
    kind="ge",
    state="NW",
)
ZKT = JobcenterData(
    name="Jobcenter Kreis Borken",
    street="Burloer Straße 93",
    postcode="46325",
    city="Borken",
    kind="zkt",
    state="NW",
)
NOTE = (
    "Herr M. hat meinen Personalausweis am Flurkopierer kopiert, ohne zu fragen. "
    "Jonas hat im Wartezimmer geweint und ich musste mich beeilen."
)


def _text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for page in document:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        document.close()
    return " ".join(" ".join(pages).replace("\xa0", " ").split())


class Diary:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        with vault.session() as session:
            self.contact_id = session.scalars(select(Contact.id)).one()
            self.handover_id = session.scalars(select(Handover.id)).one()
            self.finding_ids = list(session.scalars(select(Finding.id)))

    def text(self, request: LetterRequest, *, today: date = TODAY) -> str:
        with self.vault.session() as session:
            doc = build_letter(session, request, today=today)
        return _text(render_pdf(doc))


@pytest.fixture
def diary(tmp_path: Path) -> Iterator[Diary]:
    vault, _code = Vault.create(tmp_path / "t", PASSPHRASE, unlock_time_ms=0)
    profile_service = ProfileService(vault)
    entry_service = EntriesService(vault)
    handover_service = HandoverService(vault)
    profile_service.set_profile(PROFILE)
    profile_service.set_jobcenter(GE)
    uid = entry_service.add_contact(
        ContactData(
            when=datetime(2026, 11, 2, 9, 30, tzinfo=TZ),
            channel="termin",
            counterpart="Herr M.",
            notes=NOTE,
        )
    )
    handover_service.add_handover(
        HandoverData(
            when=datetime(2026, 11, 2, 9, 45, tzinfo=TZ),
            method="persoenlich",
            contact_uid=uid,
            notes="Jonas war dabei, Geburtsurkunde nur gezeigt.",
            documents=[
                DocumentData(type="personalausweis", original=True, copied_by_jobcenter=True),
                DocumentData(type="geburtsurkunde", description="", original=True),
                DocumentData(type="kontoauszuege", period="09/2026 bis 11/2026", pages=6),
            ],
        )
    )
    try:
        yield Diary(vault)
    finally:
        vault.close()


def _all(d: Diary, type_id: str, **details: str) -> LetterRequest:
    kind = LETTER_TYPES[type_id]
    return LetterRequest(
        type_id,
        contact_ids=[d.contact_id] if "entries" in kind.uses else [],
        handover_ids=[d.handover_id] if "handovers" in kind.uses else [],
        finding_ids=list(d.finding_ids) if "findings" in kind.uses else [],
        details=dict(details),
        letter_date=TODAY,
    )


# ------------------------------------------------------------------ no private text on paper
REQUIRED_DETAILS = {
    "berichtigung": {"falsch": "x", "richtig": "y"},
    "einschraenkung": {"daten": "Vermerk", "grund": "Ich brauche die Daten als Beweis."},
    "widerspruch-verarbeitung": {"verarbeitung": "Weitergabe", "gruende": "Gründe"},
    "widerruf-einwilligung": {"einwilligung": "E-Mail-Kontakt"},
    "akteneinsicht": {"verfahren": "mein Widerspruch vom 12.11.2026"},
    "gesundheitsdaten-umschlag": {"zweck": "Begutachtung"},
}


@pytest.mark.parametrize("type_id", [t for t in LETTER_TYPES if t != "erinnerung"])
def test_no_letter_prints_a_diary_note(diary: Diary, type_id: str) -> None:
    text = diary.text(_all(diary, type_id, **REQUIRED_DETAILS.get(type_id, {})))
    for words in ("Flurkopierer", "ohne zu fragen", "Jonas", "geweint", "nur gezeigt"):
        assert words not in text, f"{type_id}: „{words}“ aus dem Tagebuch im Brief"
    assert "…" not in text  # nothing cut off mid-sentence


def test_the_complaint_states_facts_in_the_first_person(diary: Diary) -> None:
    text = diary.text(_all(diary, "beschwerde"))
    assert "Am 02.11.2026 hatte ich einen Termin beim Jobcenter (Ansprechperson: Herr M.)." in text
    assert "Am 02.11.2026 habe ich persönlich Unterlagen abgegeben: Personalausweis, " in text
    assert "Geburtsurkunde" in text  # the kind of paper, no name of the child
    # titles addressed to the user never stand in a first-person letter
    from app.redflags import load_rules

    for rule in load_rules().values():
        assert f"{rule.title} (Eintrag" not in text
    assert "Andere über Sie befragt" not in text


def test_what_the_user_kept_is_all_the_letter_prints(diary: Diary) -> None:
    with diary.vault.session() as session:
        proposed = propose(session, _all(diary, "beschwerde"), today=TODAY)
    lines = proposed["sachverhalt"].splitlines()
    assert len(lines) >= 3
    kept = LetterRequest(
        "beschwerde",
        contact_ids=[diary.contact_id],
        handover_ids=[diary.handover_id],
        finding_ids=diary.finding_ids,
        details={"sachverhalt": lines[0] + " Ich habe das selbst geändert."},
        letter_date=TODAY,
        reviewed=True,
    )
    text = diary.text(kept)
    assert "Ich habe das selbst geändert." in text
    for dropped in lines[1:]:
        assert dropped not in text
    assert "Maßgeblich sind" not in text  # the norms were not kept either


def test_the_command_line_adds_the_programs_sentences_not_notes(diary: Diary) -> None:
    text = diary.text(_all(diary, "beschwerde"))
    assert "hatte ich einen Termin" in text
    assert NOTE[:30] not in text


def test_handover_remark_never_reaches_the_receipt(diary: Diary) -> None:
    text = diary.text(_all(diary, "eingangsbestaetigung"))
    assert "Personalausweis" in text and "09/2026 bis 11/2026" in text
    assert "Jonas" not in text and "nur gezeigt" not in text


# ------------------------------------------------------------------ wrong statements and norms
def test_erasure_says_84_only_when_the_case_supports_it(diary: Diary) -> None:
    plain = diary.text(LetterRequest("loeschung", details={"daten": "Ausweiskopie"}))
    assert "§ 84 Abs. 3" not in plain and "§ 84 Abs. 1" not in plain
    assert "kommt nicht in Betracht" not in plain and "unrechtmäßig" not in plain
    unlawful = diary.text(
        LetterRequest(
            "loeschung",
            details={"daten": "Ausweiskopie", "unrechtmaessig": "Ohne meine Zustimmung kopiert."},
        )
    )
    assert "Art. 17 Abs. 1 lit. d DSGVO" in unlawful
    assert "nicht in Betracht (§ 84 Abs. 1 Satz 3 SGB X)" in unlawful
    assert "§ 84 Abs. 3" not in unlawful
    no_evidence = diary.text(
        LetterRequest("loeschung", details={"daten": "Ausweiskopie", "kein_beweis": "ja"})
    )
    assert "keine Sperre (§ 84 Abs. 3 SGB X)" in no_evidence


def test_complaint_cites_only_norms_that_fit(diary: Diary) -> None:
    text = diary.text(_all(diary, "beschwerde"))
    for wrong in ("§ 60 SGB I", "Art. 13 GG", "PassG"):
        assert wrong not in text


def test_reminder_only_after_the_answer_deadline_with_the_true_dates(diary: Diary) -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    with diary.vault.transaction() as session:
        first = Letter(
            type="auskunft",
            created_at=now,
            letter_date=date(2026, 11, 25),
            sent_on=date(2026, 11, 25),
            due_on=date(2026, 12, 29),
            status="versendet",
            subject="Antrag auf Auskunft und Kopie meiner Daten",
        )
        session.add(first)
        session.flush()
        first_id = first.id
    request = LetterRequest("erinnerung", letter_ids=[first_id], letter_date=TODAY)
    with pytest.raises(LetterError) as early:
        diary.text(request)  # 12 days after the first letter
    assert "läuft noch bis zum 29.12.2026" in early.value.message
    assert "ab dem 30.12.2026 möglich" in early.value.message
    later = LetterRequest("erinnerung", letter_ids=[first_id], letter_date=date(2026, 12, 30))
    text = diary.text(later, today=date(2026, 12, 30))
    assert "Schreiben vom 25.11.2026" in text
    assert "endete am 29.12.2026" in text
    final = re.search(r"letzte Frist bis zum (\d\d)\.(\d\d)\.(\d{4})", text)
    assert final is not None
    assert date(int(final[3]), int(final[2]), int(final[1])) > date(2026, 12, 29)


def test_file_inspection_has_its_own_deadline_and_remedies(diary: Diary) -> None:
    text = diary.text(LetterRequest("akteneinsicht", details={"verfahren": "mein Widerspruch"}))
    assert "innerhalb von zwei Wochen" in text
    assert "Art. 12" not in text and "DSGVO" not in text
    now = datetime.now(UTC).replace(tzinfo=None)
    with diary.vault.transaction() as session:
        first = Letter(
            type="akteneinsicht",
            created_at=now,
            letter_date=date(2026, 11, 1),
            sent_on=date(2026, 11, 1),
            due_on=date(2026, 11, 19),
            status="versendet",
            subject="Antrag auf Akteneinsicht (§ 25 SGB X)",
        )
        session.add(first)
        session.flush()
        first_id = first.id
    reminder = diary.text(LetterRequest("erinnerung", letter_ids=[first_id], letter_date=TODAY))
    assert "Art. 77" not in reminder and "Datenschutz-Aufsicht" not in reminder
    assert "Art. 12" not in reminder
    assert "Widerspruchsverfahren" in reminder


def test_the_ba_instruction_only_to_a_joint_jobcenter(diary: Diary) -> None:
    details = {"unterlagen": "Mietvertrag; seit 2025; 4; Kopie"}
    joint = diary.text(LetterRequest("eingangsbestaetigung", details=details))
    assert "Weisung 201806011 vom 20.06.2018" in joint
    ProfileService(diary.vault).set_jobcenter(ZKT)
    municipal = diary.text(LetterRequest("eingangsbestaetigung", details=details))
    assert "Weisung" not in municipal and "Bundesagentur" not in municipal
    assert "Bitte bestätigen Sie den Eingang" in municipal


def test_the_id_card_sheet_speaks_of_consent(diary: Diary) -> None:
    text = diary.text(LetterRequest("terminbegleitung"))
    assert "nur mit meiner Zustimmung erlaubt (§ 20 Abs. 2 PAuswG); ich stimme nicht zu" in text


def test_bank_statements_say_blacked_out_only_when_the_user_did(diary: Diary) -> None:
    plain = diary.text(LetterRequest("kontoauszuege-begleitschreiben"))
    assert "geschwärzt" not in plain
    assert "keine Originale" not in plain and "Es sind Kopien" in plain
    blacked = diary.text(
        LetterRequest("kontoauszuege-begleitschreiben", details={"geschwaerzt": "ja"})
    )
    assert "Empfänger und Verwendungszweck geschwärzt; die Beträge sind sichtbar" in blacked
    assert "B 14 AS 45/07 R" in blacked
    originals = diary.text(
        LetterRequest("kontoauszuege-begleitschreiben", details={"originale": "ja"})
    )
    assert "Es sind Originale. Bitte geben Sie sie mir nach der Prüfung zurück" in originals
    with pytest.raises(LetterError) as wrong:
        diary.text(LetterRequest("kontoauszuege-begleitschreiben", details={"geschwaerzt": "?"}))
    assert "„ja“ oder „nein“" in wrong.value.message


# ------------------------------------------------------------------ sources
_CITATION = re.compile(
    r"(Art\. \d+)(?: Abs\. \d+)?(?: (?:lit\.|Satz) \w+)? (DSGVO)"
    r"|(§ \d+[a-z]?)(?: Abs\. [\d–]+)?(?: Satz \d)?(?: Nr\. \d)? (SGB (?:I|II|X)|PAuswG|SGG)\b"
)


def _cited() -> set[str]:
    texts = [path.read_text(encoding="utf-8") for path in LETTER_DIR.glob("*.txt")]
    texts.append((LETTER_DIR / "briefe.toml").read_text(encoding="utf-8"))
    texts.append((Path(__file__).parents[1] / "app/letters/build.py").read_text("utf-8"))
    found: set[str] = set()
    for text in texts:
        for match in _CITATION.finditer(text):
            if match[1]:
                found.add(f"{match[1]} {match[2]}")
            else:
                found.add(f"{match[3]} {match[4]}")
    return found


def test_every_norm_a_letter_cites_has_its_source() -> None:
    with (LETTER_DIR / "quellen.toml").open("rb") as handle:
        sources = {entry["norm"]: entry for entry in tomllib.load(handle)["quelle"]}
    for entry in sources.values():
        assert entry["url"].startswith("https://") and entry["aussage"].strip()
    cited = _cited()
    assert {"Art. 15 DSGVO", "§ 84 SGB X", "§ 25 SGB X", "§ 20 PAuswG"} <= cited
    missing = sorted(cited - set(sources))
    assert not missing, f"ohne Quelle in quellen.toml: {missing}"
    for decision in ("BSG B 14 AS 45/07 R", "EuGH C-154/21", "Weisung der BA 201806011"):
        assert decision in sources
