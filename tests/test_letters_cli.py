"""``amtstagebuch letter``: a letter PDF from the command line, with the usual exit codes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from app.letters import LETTER_TYPES
from app.model import Contact, Handover
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
from tests.conftest import PASSPHRASE, run_cli

NAME = "Олена Шевченко-Öztürk"
TZ = timezone(timedelta(hours=1))


def _stdin() -> str:
    return PASSPHRASE + "\n"


def _text(path: Path) -> str:
    document = pdfium.PdfDocument(path.read_bytes())
    try:
        parts = []
        for page in document:
            textpage = page.get_textpage()
            parts.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        document.close()
    return " ".join(" ".join(parts).replace("\xa0", " ").split())


@pytest.fixture
def filled(vault_dir: Path) -> tuple[Path, str, str, int]:
    """The vault folder, the entry's uid, the handover's uid and the handover's number."""
    vault = Vault.open(vault_dir, passphrase=PASSPHRASE)
    try:
        profile_service = ProfileService(vault)
        entry_service = EntriesService(vault)
        handover_service = HandoverService(vault)
        profile_service.set_profile(
            ProfileData(name=NAME, street="Musterweg 1", postcode="63065",
                        city="Offenbach am Main", customer_number="123D456789", state="HE")
        )  # fmt: skip
        profile_service.set_jobcenter(
            JobcenterData(name="MainArbeit", street="Berliner Str. 190", postcode="63067",
                          city="Offenbach am Main", kind="zkt", state="HE")
        )  # fmt: skip
        uid = entry_service.add_contact(
            ContactData(when=datetime(2026, 3, 2, 9, 30, tzinfo=TZ), channel="termin",
                        counterpart="Frau K.", notes="Sie hat meinen Ausweis kopiert.")
        )  # fmt: skip
        handover_uid = handover_service.add_handover(
            HandoverData(
                when=datetime(2026, 3, 2, 9, 45, tzinfo=TZ),
                method="persoenlich",
                documents=[DocumentData(type="mietvertrag", period="seit 2025", pages=4)],
            )
        )
        with vault.session() as session:
            assert session.scalars(select(Contact.uid)).one() == uid
            handover_id = session.scalars(select(Handover.id)).one()
    finally:
        vault.close()
    return vault_dir, uid, handover_uid, handover_id


def test_list_shows_every_type_on_one_line() -> None:
    result = run_cli("letter", "--list")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert [line.split()[0] for line in lines] == list(LETTER_TYPES)
    assert "Auskunft über meine Daten – " in lines[0]


def test_letter_from_the_vault(filled: tuple[Path, str, str, int], tmp_path: Path) -> None:
    folder, uid, _h, _hid = filled
    out = tmp_path / "auskunft.pdf"
    result = run_cli("letter", "auskunft", str(folder), "--out", str(out), "--passphrase-stdin",
                     "--entry", uid, "--date", "04.12.2026", stdin=_stdin())  # fmt: skip
    assert result.code == 0, result.err
    assert f"geschrieben: {out}" in result.out
    text = _text(out)
    assert NAME in text and "MainArbeit" in text and "Art. 15 Abs. 3 DSGVO" in text
    assert "04.12.2026" in text
    # the entry comes in as the program's own sentence, shown on the terminal as well
    sentence = "Am 02.03.2026 hatte ich einen Termin beim Jobcenter (Ansprechperson: Frau K.)."
    assert sentence in text
    assert "Aus dem Tagebuch in den Brief übernommen" in result.out and sentence in result.out
    assert "Sie hat meinen Ausweis kopiert" not in text  # the note itself never
    assert not list(tmp_path.glob("*.tmp*"))


def test_entry_by_number_and_handover_by_uid_or_number(
    filled: tuple[Path, str, str, int], tmp_path: Path
) -> None:
    folder, _uid, handover_uid, handover_id = filled
    for handover in (handover_uid, str(handover_id)):
        out = tmp_path / f"eingang-{handover}.pdf"
        result = run_cli("letter", "eingangsbestaetigung", str(folder), "--out", str(out),
                         "--passphrase-stdin", "--handover", handover, stdin=_stdin())  # fmt: skip
        assert result.code == 0, result.err
        text = _text(out)
        assert text.count("Mietvertrag") == 2  # two copies
        assert "Exemplar für mich" in text
    out = tmp_path / "termin.pdf"
    result = run_cli("letter", "terminbegleitung", str(folder), "--out", str(out),
                     "--passphrase-stdin", "--entry", "1", stdin=_stdin())  # fmt: skip
    assert result.code == 0, result.err
    assert "Termin am 02.03.2026" in _text(out)


def test_details_and_list_details(filled: tuple[Path, str, str, int], tmp_path: Path) -> None:
    folder = filled[0]
    out = tmp_path / "berichtigung.pdf"
    result = run_cli("letter", "berichtigung", str(folder), "--out", str(out),
                     "--passphrase-stdin", "--detail", "falsch=Ich sei nicht erschienen.",
                     "--detail", "richtig=Ich war pünktlich da.",
                     "--detail", "nachweise=Einladung vom 20.02.2026",
                     "--detail", "nachweise=Bestätigung der Begleiterin", stdin=_stdin())  # fmt: skip
    assert result.code == 0, result.err
    text = _text(out)
    assert "„Ich sei nicht erschienen.“" in text
    assert "Einladung vom 20.02.2026" in text and "Bestätigung der Begleiterin" in text


def test_complaint_says_where_it_goes_and_why(
    filled: tuple[Path, str, str, int], tmp_path: Path
) -> None:
    folder, uid, _h, _hid = filled
    out = tmp_path / "beschwerde.pdf"
    result = run_cli("letter", "beschwerde", str(folder), "--out", str(out),
                     "--passphrase-stdin", "--entry", uid, stdin=_stdin())  # fmt: skip
    assert result.code == 0, result.err
    assert "Empfänger: Der Hessische Beauftragte" in result.out
    assert "zugelassener kommunaler Träger" in result.out
    assert "bitte vor dem Versand prüfen" in result.out
    assert "65021 Wiesbaden" in _text(out)


def test_risky_letter_prints_the_warning(
    filled: tuple[Path, str, str, int], tmp_path: Path
) -> None:
    out = tmp_path / "widerruf.pdf"
    result = run_cli("letter", "widerruf-einwilligung", str(filled[0]), "--out", str(out),
                     "--passphrase-stdin", "--detail", "einwilligung=Schweigepflichtentbindung",
                     stdin=_stdin())  # fmt: skip
    assert result.code == 0, result.err
    assert result.err.startswith("Hinweis: Vorsicht bei einer Schweigepflichtentbindung")
    assert "§ 66 SGB I" in result.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("mahnung",), "Die Briefart „mahnung“ gibt es nicht"),
        (("auskunft", "--detail", "ohne-gleichheitszeichen"), "--detail erwartet NAME=WERT"),
        (("auskunft", "--detail", "farbe=rot"), "kennt die Angabe „farbe“ nicht"),
        (("auskunft", "--finding", "eins"), "--finding erwartet eine Nummer"),
    ],
)
def test_usage_errors_exit_2(
    filled: tuple[Path, str, str, int], tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    out = tmp_path / "brief.pdf"
    result = run_cli("letter", args[0], str(filled[0]), "--out", str(out), "--passphrase-stdin",
                     *args[1:], stdin=_stdin())  # fmt: skip
    assert result.code == 2
    assert message in result.err
    assert "Traceback" not in result.err
    assert not out.exists()


def test_without_out_or_vault_is_a_usage_error(filled: tuple[Path, str, str, int]) -> None:
    result = run_cli("letter", "auskunft", str(filled[0]), "--passphrase-stdin", stdin=_stdin())
    assert result.code == 2 and "--out" in result.err
    result = run_cli("letter", "auskunft")
    assert result.code == 2 and "Tagebuch-Ordner" in result.err


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("berichtigung",), PASSPHRASE + "\n", "fehlt noch: „Was steht falsch in der Akte?“"),
        (("auskunft", "--entry", "0123456789abcdef0123456789abcdef"), PASSPHRASE + "\n",
         "Den Eintrag „0123456789abcdef0123456789abcdef“ gibt es in diesem Tagebuch nicht."),
        (("auskunft", "--entry", "42"), PASSPHRASE + "\n", "Den Eintrag Nr. 42 gibt es nicht"),
        (("auskunft",), "falsch\n", "Die Passphrase ist falsch"),
        (("widerruf-einwilligung", "--detail", "einwilligung=E-Mail", "--detail",
          "erteilt_am=32.01.2026"), PASSPHRASE + "\n", "ist kein Datum"),
        (("berichtigung", "--detail", "falsch=Name", "--detail", "richtig=Olena 🙂"),
         PASSPHRASE + "\n", "enthält Zeichen, die der Brief nicht drucken kann: „🙂“"),
    ],
)  # fmt: skip
def test_refusals_exit_1_with_one_german_line(
    filled: tuple[Path, str, str, int],
    tmp_path: Path,
    args: tuple[str, ...],
    stdin: str,
    message: str,
) -> None:
    out = tmp_path / "brief.pdf"
    result = run_cli("letter", args[0], str(filled[0]), "--out", str(out), "--passphrase-stdin",
                     *args[1:], stdin=stdin)  # fmt: skip
    assert result.code == 1
    assert message in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert not out.exists()
