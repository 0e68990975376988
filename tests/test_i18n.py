"""Translation support of app/ (issue 17): stdlib gettext, catalogues kept current."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n
from app.errors import AmtsError, VaultMissing
from app.i18n import LANGUAGES, RIGHT_TO_LEFT, _, current_language, set_language
from tests.conftest import ROOT

babel = pytest.importorskip("babel")
from babel.messages.catalog import Catalog  # noqa: E402
from babel.messages.mofile import read_mo, write_mo  # noqa: E402
from babel.messages.pofile import read_po  # noqa: E402

LOCALE = ROOT / "app" / "locale"


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def german_afterwards() -> Iterator[None]:
    yield
    set_language("de")


def test_the_languages_and_their_direction() -> None:
    assert list(LANGUAGES) == ["de", "en", "uk", "ru", "ar", "tr", "fa"]
    assert LANGUAGES["uk"] == "Українська" and LANGUAGES["fa"] == "فارسی"
    assert RIGHT_TO_LEFT == {"ar", "fa"}
    set_language("xx")
    assert current_language() == "de"


def test_a_real_error_is_shown_in_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    german = "Im Ordner „{folder}“ liegt kein Tagebuch."
    catalog = Catalog(locale="en", domain=i18n.DOMAIN)
    catalog.add(german, "There is no diary in the folder “{folder}”.")
    target = tmp_path / "en" / "LC_MESSAGES" / f"{i18n.DOMAIN}.mo"
    target.parent.mkdir(parents=True)
    with target.open("wb") as out:
        write_mo(out, catalog)
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    from app.vault.vault import Vault

    empty = tmp_path / "leer"
    empty.mkdir()
    with pytest.raises(VaultMissing) as german_error:
        Vault.open(empty, passphrase="x")
    assert (
        german_error.value.message == f"Im Ordner „{empty}“ liegt kein Tagebuch."
    )  # unchanged in de

    set_language("en")
    with pytest.raises(AmtsError) as english:
        Vault.open(empty, passphrase="x")
    # the placeholder survived the translation and was filled
    assert english.value.message == f"There is no diary in the folder “{empty}”."
    set_language("de")  # switching back takes effect at once, without a restart
    assert _(german) == german


def test_the_catalogues_are_up_to_date() -> None:
    """Fails when a marked text is missing from the .pot, a .po or a compiled .mo:
    run scripts/update_translations.py."""
    wanted = {m.id for m in _script().extracted() if m.id}
    with (LOCALE / f"{i18n.DOMAIN}.pot").open("rb") as f:
        have = {m.id for m in read_po(f) if m.id}
    assert wanted == have, sorted(wanted ^ have)[:10]
    assert "Im Ordner „{folder}“ liegt kein Tagebuch." in have
    # the red-flag texts shown with a finding come from the rule files
    assert "Abgabe ohne Nachweis oder Original behalten" in have
    for code in LANGUAGES:
        if code == "de":
            continue
        folder = LOCALE / code / "LC_MESSAGES"
        with (folder / f"{i18n.DOMAIN}.po").open("rb") as f:
            po = read_po(f)
        assert {m.id for m in po if m.id} == have, code
        with (folder / f"{i18n.DOMAIN}.mo").open("rb") as f:
            mo = read_mo(f)
        assert _translated(mo) == _translated(po), code


def _translated(catalog: Catalog) -> dict[object, object]:
    """msgid → msgstr of the translated messages (a plural's forms as tuples)."""
    out: dict[object, object] = {}
    for m in catalog:
        if not m.id:
            continue
        key = m.id if isinstance(m.id, str) else tuple(m.id)
        value = m.string if isinstance(m.string, str) else tuple(m.string)
        if value and (isinstance(value, str) or any(value)):
            out[key] = value
    return out


def test_translations_keep_every_placeholder() -> None:
    names = re.compile(r"\{(\w*)[^{}]*\}")
    for po_file in LOCALE.glob(f"*/LC_MESSAGES/{i18n.DOMAIN}.po"):
        with po_file.open("rb") as f:
            for m in read_po(f):
                if m.id and isinstance(m.id, str) and m.string:
                    assert set(names.findall(m.id)) == set(names.findall(str(m.string))), m.id
