"""Rows of the diary checked as they are stored, before anything builds on them.

A diary changed outside the program (a crafted file, a tool that wrote into the
database directly) can hold any value in any column: text that is not UTF-8, a number
where a date belongs, a list where an object belongs. Each such row is named here in
plain German, so ``verify`` can list it and ``export`` can leave it out and say so,
instead of one bad row ending the whole run in an unexpected error.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, LargeBinary
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql.sqltypes import JSON

from app.errors import InputRefused
from app.i18n import N_, _
from app.model import entities
from app.model.entities import FINDING_STATUSES, LETTER_STATUSES, Base
from app.records import clean_details, clean_json
from app.vocabulary import CHANNELS, KINDS, METHODS, STATES

# What each table holds, in the user's words ("Eintrag Nr. 3").
WHAT = {
    "contact": N_("Eintrag"),
    "handover": N_("Übergabe"),
    "handover_document": N_("Dokument einer Übergabe"),
    "letter": N_("Brief"),
    "attachment": N_("Anhang"),
    "finding": N_("Warnsignal"),
    "deadline": N_("Frist"),
    "revision": N_("Revision"),
    "profile": N_("Ihre Angaben (Profil)"),
    "jobcenter": N_("Angaben zum Jobcenter"),
    "setting": N_("Einstellung"),
}
_ID = re.compile(r"^[0-9A-Za-z_-]{1,64}$")
_FILE_ID = re.compile(r"^[0-9a-f]{32}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_DIALECT = sqlite.dialect()
ATTACHMENT_KEY_BYTES = 32  # AES-256, see app.vault.attachments


@dataclass(frozen=True)
class BadRow:
    """One damaged row: where it is and what is wrong with it (German)."""

    table: str
    rowid: int
    field: str
    reason: str

    def message(self) -> str:
        what = _(WHAT.get(self.table, self.table))
        number = (
            ""
            if self.table in ("profile", "jobcenter")
            else _(" Nr. {rowid}").format(rowid=self.rowid)
        )
        # TRANSLATORS: {what} is a kind of record ("Eintrag"), {number} " Nr. 3" or empty,
        # {field} a column name, {reason} one of the texts below ("ist beschädigt")
        return _("{what}{number}: das Feld „{field}“ {reason}.").format(
            what=what, number=number, field=self.field, reason=self.reason
        )


def _has_bad_chars(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _parses(parse: Callable[[Any], Any] | None, value: Any) -> bool:
    if parse is None:
        return True
    try:
        parse(value)
    except (ValueError, TypeError, OverflowError):
        return False
    return True


def _column_problem(column: Any, kind: str, value: Any) -> str | None:
    # TRANSLATORS: the texts returned here end the sentence "Eintrag Nr. 3: das Feld „x“ …"
    """Why a stored value does not fit its column, or ``None``."""
    ctype = column.type
    if value is None:
        return None if column.nullable or column.primary_key else "fehlt"
    if isinstance(ctype, Boolean):
        return None if kind == "integer" and value in (0, 1) else _("ist nicht ja oder nein")
    if isinstance(ctype, Integer):
        return None if kind == "integer" else _("ist keine ganze Zahl")
    if isinstance(ctype, LargeBinary):
        return None if kind == "blob" else _("ist beschädigt")
    if kind != "text":
        return _("ist kein Text") if not isinstance(ctype, DateTime | Date) else _no_time(ctype)
    if _has_bad_chars(value):
        return _("enthält ungültige Zeichen (kein UTF-8)")
    if isinstance(ctype, DateTime | Date):
        parse = ctype.dialect_impl(_DIALECT).result_processor(_DIALECT, None)
        return None if _parses(parse, value) else _no_time(ctype)
    if isinstance(ctype, JSON):
        try:
            data = json.loads(value)
        except (ValueError, RecursionError):
            return _("ist beschädigt (kein gültiger Inhalt)")
        if not isinstance(data, dict):
            return _("hat die falsche Form (erwartet wird ein Objekt)")
        try:
            clean_json(data, column.name)
        except InputRefused:
            return _("enthält ungültige Zeichen oder Zahlen")
    return None


def _no_time(ctype: Any) -> str:
    return (
        "ist kein gültiger Zeitpunkt" if isinstance(ctype, DateTime) else "ist kein gültiges Datum"
    )


def _fromiso(value: str) -> bool:
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _letter_request(content: dict[str, Any]) -> bool:
    from app.letters import LETTER_TYPES
    from app.letters.model import LetterRequest

    try:
        request = LetterRequest.from_json(content)
    except (KeyError, ValueError, TypeError, AttributeError, OverflowError):
        return False
    return request.type_id in LETTER_TYPES


def _meaning_problem(table: str, row: dict[str, Any]) -> tuple[str, str] | None:
    """What a row of the right types still cannot mean (field, reason), or ``None``."""
    if table in ("contact", "handover"):
        if not _ID.match(row["uid"]):
            return "uid", _("ist keine gültige Kennung")
        if not _fromiso(row["when"]):
            return "when", _("ist kein gültiger Zeitpunkt")
    if table == "contact":
        if row["channel"] not in CHANNELS:
            return "channel", _("nennt keinen bekannten Weg (Termin, Telefon …)")
        try:
            clean_details(json.loads(row["details"]))
        except InputRefused as exc:
            return "details", _("ist ungültig ({rstrip})").format(rstrip=exc.message.rstrip("."))
    elif table == "handover" and row["method"] not in METHODS:
        return "method", _("nennt keine bekannte Art der Übergabe")
    elif table == "handover_document" and not row["type"].strip():
        return "type", _("ist leer")
    elif table == "letter":
        from app.letters import LETTER_TYPES

        if row["type"] not in LETTER_TYPES:
            return "type", _("nennt keine bekannte Briefart")
        if row["status"] not in LETTER_STATUSES:
            return "status", _("nennt keinen bekannten Stand")
        if not _letter_request(json.loads(row["content"])):
            return "content", _("ist beschädigt")
    elif table == "finding" and row["status"] not in FINDING_STATUSES:
        return "status", _("nennt keinen bekannten Stand")
    elif table == "attachment":
        if not _FILE_ID.match(row["file_id"]):
            return "file_id", _("ist keine gültige Kennung")
        if not _SHA256.match(row["sha256"]):
            return "sha256", _("ist keine gültige Prüfsumme")
        if len(row["key"]) != ATTACHMENT_KEY_BYTES:
            return "key", _("ist beschädigt")
    elif table in ("profile", "jobcenter"):
        if row["state"] and row["state"] not in STATES:
            return "state", _("nennt kein Bundesland")
        if table == "jobcenter" and row["kind"] not in KINDS:
            return "kind", _("nennt keine bekannte Art des Jobcenters")
    return None


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def damaged_rows(session: Session, model: type[Base]) -> list[BadRow]:
    """Every row of ``model``'s table that cannot be read as it is meant (first problem)."""
    name = str(model.__tablename__)
    columns = list(model.__table__.columns)
    select_list = ", ".join(f"typeof({_quote(c.name)}), {_quote(c.name)}" for c in columns)
    raw = session.connection().exec_driver_sql(
        f"SELECT rowid, {select_list} FROM {_quote(name)} ORDER BY rowid"
    )
    bad: list[BadRow] = []
    for record in raw:
        rowid = int(record[0])
        values: dict[str, Any] = {}
        problem: tuple[str, str] | None = None
        for index, column in enumerate(columns):
            kind, value = record[1 + 2 * index], record[2 + 2 * index]
            reason = _column_problem(column, kind, value)
            if reason is not None:
                problem = (column.name, reason)
                break
            values[column.name] = value
        if problem is None:
            problem = _meaning_problem(name, values)
        if problem is not None:
            bad.append(BadRow(name, rowid, *problem))
    return bad


MODELS: tuple[type[Base], ...] = (
    entities.Profile,
    entities.Jobcenter,
    entities.Contact,
    entities.Handover,
    entities.HandoverDocument,
    entities.Letter,
    entities.Attachment,
    entities.Finding,
    entities.Deadline,
    entities.Revision,
    entities.Setting,
)


@dataclass
class Damage:
    """The damaged rows of a diary, and which rows cannot be used because of them."""

    rows: list[BadRow]
    skip: dict[str, set[int]]  # table → rowids to leave out (damaged or depending on one)
    dependents: list[str]  # rows left out only because a row they need is damaged

    def skipped(self, table: str) -> set[int]:
        return self.skip.get(table, set())

    def messages(self) -> list[str]:
        return [row.message() for row in self.rows] + self.dependents


def _ids(session: Session, sql: str, params: Iterable[int]) -> set[int]:
    wanted = sorted(set(params))
    if not wanted:
        return set()
    marks = ", ".join("?" for _ in wanted)
    result = session.connection().exec_driver_sql(sql.format(marks), tuple(wanted))
    return {int(r[0]) for r in result if isinstance(r[0], int)}


def find_damage(session: Session) -> Damage:
    """All damaged rows; a handover with a damaged document and a letter with a damaged
    attachment cannot be read either (they are loaded together)."""
    rows: list[BadRow] = []
    for model in MODELS:
        rows.extend(damaged_rows(session, model))
    skip: dict[str, set[int]] = {}
    for row in rows:
        skip.setdefault(row.table, set()).add(row.rowid)
    dependents: list[str] = []

    def depend(table: str, sql: str, on: str, reason: str) -> None:
        found = _ids(session, sql, skip.get(on, set())) - skip.get(table, set())
        for rowid in sorted(found):
            dependents.append(
                _("{what} Nr. {rowid}: {reason}.").format(
                    what=_(WHAT[table]), rowid=rowid, reason=reason
                )
            )
        skip.setdefault(table, set()).update(found)

    depend(
        "handover",
        "SELECT handover_id FROM handover_document WHERE rowid IN ({})",
        "handover_document",
        "ein Dokument darin ist beschädigt",
    )
    depend(
        "handover",
        "SELECT rowid FROM handover WHERE contact_id IN ({})",
        "contact",
        "der Eintrag, zu dem sie gehört, ist beschädigt",
    )
    depend(
        "letter",
        "SELECT letter_id FROM attachment WHERE rowid IN ({})",
        "attachment",
        "sein PDF-Anhang ist beschädigt",
    )
    return Damage(rows, skip, dependents)
