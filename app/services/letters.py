"""Stored letters and their follow-up: draft, sent, answered — or the answer is overdue.

A letter keeps what asked for it (the :class:`LetterRequest` as JSON in
``Letter.content``), its recipient lines and its PDF as an encrypted attachment;
nothing of it lies in plaintext on disk. Marking a letter as sent counts the
Jobcenter's answer deadline (``app.deadlines``) for the user's Bundesland and keeps
the count as a ``Deadline`` row, so the window can show how the date came about.
The period comes from the norm the letter rests on (``app.deadlines.ANSWER_RULES``).
Only when the date has passed does :meth:`LetterService.next_step` offer an
``erinnerung`` (:meth:`LetterService.reminder_possible` says from which day), and,
when that is not answered either, a ``beschwerde`` carrying the history — for the
data-protection letters only; for a file inspection :meth:`LetterService.follow_up_advice`
names the ways that fit (ask again, the Widerspruch, § 88 SGG).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.deadlines import (
    DELIVERY_METHODS,
    Counted,
    add_months,
    answer_count,
    answer_rule,
    complaint_fits,
    extension_step,
    fmt_date,
    fmt_day,
    next_working_day,
    reminder_date_in_letter,
    reminder_from,
)
from app.i18n import N_, _
from app.letters import LETTER_TYPES, build_letter, render_pdf
from app.letters.build import default_recipient, letter_details
from app.letters.explain import LetterExplanation, explain_letter
from app.letters.model import LetterDoc, LetterError, LetterRequest, SentDetails
from app.letters.proposals import propose
from app.model import Attachment, Contact, Deadline, Handover, HandoverDocument, Letter, Profile
from app.model.entities import FINDING_STATUSES
from app.model.entities import Finding as FindingRow
from app.records import clean_text
from app.vault import attachments
from app.vault.vault import Vault

DRAFT, SENT, ANSWERED, OVERDUE = "entwurf", "versendet", "beantwortet", "ueberfaellig"
STATUS_LABELS: dict[str, str] = {
    DRAFT: "Entwurf",
    SENT: "Versendet",
    ANSWERED: "Beantwortet",
    OVERDUE: "Antwort überfällig",
}
ACTED = FINDING_STATUSES[2]  # "erledigt"
REMINDER, COMPLAINT = "erinnerung", "beschwerde"
# Deadline.kind of a letter's computed answer date and of an extension by the Jobcenter
ANSWER_KIND, EXTENSION_KIND = "antwort", "verlaengerung"
PDF_TYPE = "application/pdf"
MAX_REASON = 2_000


@dataclass(frozen=True)
class LetterInfo:
    """One stored letter as the window and the overview show it."""

    id: int
    type_id: str
    title: str
    subject: str
    letter_date: date | None
    status: str  # a key of STATUS_LABELS; "ueberfaellig" is computed from due_on < today
    delivery: str
    sent_on: date | None
    due_on: date | None
    due_explanation: str
    extended_reason: str
    answered_on: date | None
    request: dict[str, Any]
    recipient_lines: tuple[str, ...] = ()
    # the count one step per item (due_explanation joins them with " → ")
    due_steps: tuple[str, ...] = ()

    @property
    def refers_to(self) -> tuple[int, ...]:
        """The earlier letters this one refers to (an erinnerung's first letter)."""
        return tuple(_ints(self.request.get("letter_ids")))


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _ints(value: Any) -> list[int]:
    if not isinstance(value, list):
        return []
    out: list[int] = []
    for item in value:
        try:
            out.append(int(item))
        except (TypeError, ValueError):
            continue
    return out


def letter_title(type_id: str) -> str:
    letter_type = LETTER_TYPES.get(type_id)
    return letter_type.title if letter_type is not None else type_id


def _answer_title(type_id: str) -> str:
    """The title of a letter's answer deadline: stored in the diary, so German."""
    return f"Antwort auf: {letter_title(type_id)}"


def answer_expected(type_id: str) -> bool:
    letter_type = LETTER_TYPES.get(type_id)
    return letter_type is not None and letter_type.answer_expected


def period_set_by_law(type_id: str) -> bool:
    """Whether the answer period is the law's (Art. 12 Abs. 3 DSGVO) rather than one the
    letter itself sets (a file inspection, a reminder's final period)."""
    rule = answer_rule(type_id)
    return rule is not None and rule.statutory


def extendable(type_id: str) -> bool:
    """Whether the Jobcenter may extend the answer period by up to two months
    (Art. 12 Abs. 3 DSGVO): the data-protection requests only."""
    rule = answer_rule(type_id)
    return rule is not None and rule.extendable


def count_answer(
    type_id: str, sent_on: date, delivery: str, state: str, received: date | None = None
) -> Counted | None:
    """The answer deadline of a sent letter by the norm it rests on (one month for a
    data-protection request, two weeks for a file inspection or a reminder); None for
    a type without a rule."""
    return answer_count(type_id, sent_on, delivery, state, received=received)


def reminder_allowed(
    type_id: str, status: str, due_on: date | None, today: date
) -> tuple[bool, str]:
    """Whether a reminder about a letter makes sense today, and why (plain German).

    ``status`` as stored (entwurf, versendet, beantwortet); ``due_on`` the answer date
    with any extension. Only a sent letter that expects an answer, and only from the
    day after its answer date (:func:`app.deadlines.reminder_from`). Whether a
    reminder exists already is :meth:`LetterService.reminder_possible`'s part.
    """
    if type_id in (REMINDER, COMPLAINT):
        return False, _(
            "Zu einer Erinnerung oder Beschwerde schreibt das Programm keine Erinnerung."
        )
    if status == DRAFT:
        return False, (
            _(
                "Dieser Brief ist noch nicht als versendet markiert. Eine Erinnerung ist erst "
                "möglich, wenn er verschickt ist und die Antwortfrist abgelaufen ist."
            )
        )
    if status == ANSWERED:
        return False, _("Das Jobcenter hat schon geantwortet; eine Erinnerung ist nicht nötig.")
    if due_on is None or not answer_expected(type_id):
        return False, (
            _(
                "Auf diesen Brief muss das Jobcenter nicht antworten; eine Erinnerung gibt es "
                "dafür nicht."
            )
        )
    start = reminder_from(due_on)
    if today < start:
        return False, (
            _("Eine Erinnerung ist ab dem {day} möglich; bis dahin läuft die Antwortfrist.").format(
                day=fmt_date(start)
            )
        )
    return True, (
        _(
            "Die Antwortfrist ist am {day} abgelaufen. Sie können jetzt an Ihren Brief erinnern."
        ).format(day=fmt_date(due_on))
    )


ADVICE_REMINDER = N_("Als Nächstes: eine kurze Erinnerung mit einer letzten Frist von zwei Wochen.")
ADVICE_COMPLAINT = N_(
    "Auch auf Ihre Erinnerung kam keine Antwort. Als Nächstes: eine Beschwerde bei der "
    "Datenschutzaufsicht."
)
# After an unanswered reminder about a letter that is no data-protection request.
ADVICE_NO_COMPLAINT: dict[str, str] = {
    "akteneinsicht": (
        N_(
            "Auch auf Ihre Erinnerung kam keine Antwort. Eine Beschwerde bei der "
            "Datenschutzaufsicht hilft hier nicht: Akteneinsicht nach § 25 SGB X ist kein "
            "Datenschutzrecht. Fragen Sie noch einmal nach, am besten persönlich, und lassen Sie "
            "sich das bestätigen, oder sprechen Sie die fehlende Akteneinsicht in Ihrem "
            "Widerspruch an. Entscheidet das Jobcenter über Ihren Antrag oder Widerspruch gar "
            "nicht, ist eine Untätigkeitsklage beim Sozialgericht möglich (§ 88 SGG): 6 Monate "
            "nach dem Antrag, 3 Monate nach dem Widerspruch."
        )
    ),
}
ADVICE_ASK_AGAIN = N_(
    "Auch auf Ihre Erinnerung kam keine Antwort. Fragen Sie noch einmal nach, am besten "
    "persönlich, und lassen Sie sich das bestätigen."
)


def named_in_letter(counted: Counted, letter_day: date, state: str) -> Counted:
    """A reminder's deadline is never earlier than the date printed in it."""
    printed = reminder_date_in_letter(letter_day, state)
    if printed <= counted.due:
        return counted
    step = f"im Brief genannt: {fmt_day(printed)} – dieser spätere Tag gilt"
    return Counted(due=printed, steps=(*counted.steps, step), received=counted.received)


def _referring(infos: dict[int, LetterInfo], type_id: str, ids: Iterable[int]) -> list[LetterInfo]:
    """The letters of ``type_id`` that refer to any of ``ids``."""
    wanted = set(ids)
    return [i for i in infos.values() if i.type_id == type_id and wanted & set(i.refers_to)]


def _doc_date(doc: LetterDoc) -> date | None:
    """The date printed in the letter's information block ("Datum", TT.MM.JJJJ)."""
    for key, value in doc.info:
        if key.strip().lower() != "datum":
            continue
        try:
            day, month, year = (int(part) for part in value.strip().split("."))
            return date(year, month, day)
        except ValueError:
            return None
    return None


def letter_attachment(stored: attachments.StoredFile, row: Letter) -> Attachment:
    """The attachment row of a letter's stored PDF (named by type and date)."""
    day = row.letter_date.isoformat() if row.letter_date else "ohne-datum"
    return Attachment(
        file_id=stored.file_id,
        key=stored.key,
        original_name=f"{row.type}-{day}.pdf",
        media_type=PDF_TYPE,
        size=stored.size,
        sha256=stored.sha256,
        created_at=_now(),
    )


def _check_pdf(pdf: bytes) -> None:
    if not pdf.startswith(b"%PDF-"):
        raise LetterError(_("Der Brief konnte nicht als PDF gespeichert werden (keine PDF-Daten)."))


def _check_delivery(delivery: str) -> None:
    if delivery not in DELIVERY_METHODS:
        raise LetterError(
            _(
                "Unbekannte Versandart „{delivery}“. Bitte wählen Sie, wie der Brief verschickt "
                "wurde."
            ).format(delivery=delivery)
        )


def _check_doc(request: LetterRequest, doc: LetterDoc) -> None:
    if request.type_id != doc.type_id:
        raise LetterError(_("Der Brief passt nicht zu den gewählten Angaben. Bitte neu erstellen."))
    if request.type_id not in LETTER_TYPES:
        raise LetterError(
            _("Die Briefart „{type_id}“ gibt es nicht.").format(type_id=request.type_id)
        )


@dataclass(frozen=True)
class EntryLine:
    """What a letter can refer to from the diary: one entry, columns only."""

    id: int
    uid: str
    when: str  # ISO 8601 with offset, as stored
    channel: str
    counterpart: str
    notes: str


@dataclass(frozen=True)
class HandoverLine:
    """One handover a letter can refer to, with its document type ids in order."""

    id: int
    uid: str
    when: str
    method: str
    document_types: tuple[str, ...]


_LETTER_COLUMNS = (
    "id",
    "type",
    "created_at",
    "letter_date",
    "recipient",
    "subject",
    "delivery",
    "sent_on",
    "due_on",
    "answered_on",
    "status",
    "content",
)
_ATTACHMENT_COLUMNS = (
    "file_id",
    "key",
    "original_name",
    "media_type",
    "size",
    "sha256",
    "created_at",
)
_DEADLINE_COLUMNS = ("kind", "due_on", "title", "explanation", "manual", "done")


@dataclass
class DeletedLetter:
    """Everything :meth:`LetterService.undo_delete` needs; held only in memory."""

    values: dict[str, Any]
    attachments: list[dict[str, Any]]
    deadlines: list[dict[str, Any]]
    finding_ids: list[int]


class LetterService:
    """Keeps the letters in the vault; each public method is one unit of work."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # ------------------------------------------------- what a letter can refer to
    def recent_entries(self, limit: int) -> list[EntryLine]:
        """The newest diary entries with their row ids (a LetterRequest names rows).

        Read column by column: whole records took a third of a second with 2,000
        handovers, too slow for opening the letter wizard.
        """
        with self.vault.session() as session:
            rows = session.execute(
                select(
                    Contact.id,
                    Contact.uid,
                    Contact.when,
                    Contact.channel,
                    Contact.counterpart,
                    Contact.notes,
                )
                .order_by(Contact.when_utc.desc(), Contact.id.desc())
                .limit(limit)
            ).all()
        return [EntryLine(*row) for row in rows]

    def recent_handovers(self, limit: int) -> list[HandoverLine]:
        """The newest handovers with their row ids and document types."""
        with self.vault.session() as session:
            rows = session.execute(
                select(Handover.id, Handover.uid, Handover.when, Handover.method)
                .order_by(Handover.when_utc.desc(), Handover.id.desc())
                .limit(limit)
            ).all()
            documents: dict[int, list[str]] = {}
            for handover_id, doc_type in session.execute(
                select(HandoverDocument.handover_id, HandoverDocument.type)
                .where(HandoverDocument.handover_id.in_([row[0] for row in rows]))
                .order_by(HandoverDocument.handover_id, HandoverDocument.position)
            ):
                documents.setdefault(handover_id, []).append(doc_type)
        return [HandoverLine(*row, tuple(documents.get(row[0], []))) for row in rows]

    def handover_id(self, uid: str) -> int | None:
        """The row id of a handover (the diary services speak in uids)."""
        with self.vault.session() as session:
            found = session.scalar(select(Handover.id).where(Handover.uid == uid))
        return int(found) if found is not None else None

    def record_ids(self, kind: str, values: Sequence[str]) -> list[int]:
        """Row ids of entries (``kind="entries"``) or handovers (``"handovers"``) given
        as the uid that ``export`` shows or as the number (the command line)."""
        model: type[Contact] | type[Handover] = Contact if kind == "entries" else Handover
        what = "Den Eintrag" if kind == "entries" else "Die Übergabe"
        ids: list[int] = []
        with self.vault.session() as session:
            for value in values:
                value = value.strip()
                if value.isdigit():
                    ids.append(int(value))
                    continue
                row_id = session.scalars(select(model.id).where(model.uid == value)).first()
                if row_id is None:
                    raise LetterError(
                        _("{what} „{value}“ gibt es in diesem Tagebuch nicht.").format(
                            what=what, value=value
                        )
                    )
                ids.append(int(row_id))
        return ids

    def added_from_diary(self, request: LetterRequest, today: date | None = None) -> list[str]:
        """The lines the builder adds to the details from the chosen records (the
        command line shows them, so nothing reaches a letter unseen)."""
        with self.vault.session() as session:
            details = letter_details(session, request, today or date.today())
        added: list[str] = []
        for name, value in details.items():
            given = set((request.details.get(name) or "").splitlines())
            added.extend(line for line in value.splitlines() if line not in given)
        return added

    # ------------------------------------------------------------------ drafts
    def preview(self, request: LetterRequest) -> tuple[LetterDoc, bytes]:
        """The letter and its PDF, made in memory; nothing is stored."""
        with self.vault.session() as session:
            doc = build_letter(session, request)
        return doc, render_pdf(doc)

    def explanation(self, request: LetterRequest) -> LetterExplanation:
        """What the letter says, paragraph by paragraph, and what happens next (issue 17)."""
        with self.vault.session() as session:
            return explain_letter(session, request)

    def proposals(self, request: LetterRequest) -> dict[str, str]:
        """What the diary proposes for the detail fields of ``request``'s type."""
        with self.vault.session() as session:
            return propose(session, request)

    def default_recipient(self, request: LetterRequest) -> tuple[tuple[str, ...], str]:
        """The address the letter goes to unless the user changes it, and why that one."""
        with self.vault.session() as session:
            return default_recipient(session, request)

    def save(
        self,
        request: LetterRequest,
        doc: LetterDoc,
        pdf: bytes,
        *,
        draft_id: int | None = None,
        sent: SentDetails | None = None,
    ) -> int:
        """Keep the letter: a new draft, or the draft ``draft_id`` changed, and with
        ``sent`` marked as sent, all in one transaction (a failure keeps nothing)."""
        _check_doc(request, doc)
        _check_pdf(pdf)
        if sent is not None:
            _check_delivery(sent.delivery)
        stored = self.vault.store_attachment(io.BytesIO(pdf))
        try:
            with self.vault.transaction() as session:
                row, old = self._put_draft(session, request, doc, stored, draft_id)
                if sent is not None:
                    self._mark_sent_in(session, row, sent.delivery, sent.sent_on, sent.received)
                letter_id = row.id
        except BaseException:
            self._drop_orphan(stored.file_id)
            raise
        self._remove_files(old)
        return letter_id

    def save_draft(self, request: LetterRequest, doc: LetterDoc, pdf: bytes) -> int:
        """Store a new letter as Entwurf with its PDF (encrypted); returns its id."""
        return self.save(request, doc, pdf)

    def update_draft(
        self, letter_id: int, request: LetterRequest, doc: LetterDoc, pdf: bytes
    ) -> None:
        """Replace a draft's content and PDF; a sent letter stays as it went out."""
        self.save(request, doc, pdf, draft_id=letter_id)

    def _put_draft(
        self,
        session: Session,
        request: LetterRequest,
        doc: LetterDoc,
        stored: attachments.StoredFile,
        draft_id: int | None,
    ) -> tuple[Letter, list[str]]:
        """The draft row with the new content and PDF, and the files it no longer needs."""
        if draft_id is None:
            row = Letter(type=request.type_id, created_at=_now(), status=DRAFT)
            self._apply_draft(row, request, doc)
            row.attachments.append(letter_attachment(stored, row))
            session.add(row)
            session.flush()
            return row, []
        row = self._row(session, draft_id)
        if row.status != DRAFT:
            raise LetterError(
                _(
                    "Dieser Brief ist schon versendet und kann nicht mehr geändert werden. "
                    "Schreiben Sie bei Bedarf einen neuen Brief."
                )
            )
        old = [a.file_id for a in row.attachments]
        row.type = request.type_id
        self._apply_draft(row, request, doc)
        row.attachments.clear()
        row.attachments.append(letter_attachment(stored, row))
        return row, old

    def pdf(self, letter_id: int) -> bytes:
        """The letter's PDF, decrypted in memory."""
        with self.vault.session() as session:
            row = self._row(session, letter_id)
            pdfs = sorted(
                (a for a in row.attachments if a.media_type == PDF_TYPE), key=lambda a: a.id
            )
            if not pdfs:
                raise LetterError(_("Zu diesem Brief ist keine PDF-Datei gespeichert."))
            file_id, key = pdfs[-1].file_id, pdfs[-1].key
        return b"".join(self.vault.read_attachment(file_id, key))

    def delete(self, letter_id: int) -> DeletedLetter:
        """Delete a letter with its deadlines (the window asks first).

        The PDF's key leaves the database at once; the encrypted file stays until the
        vault closes, so :meth:`undo_delete` can bring the letter back within the
        session. Warnsignale marked as acted on with this letter keep their status;
        the letter went out, even if its copy in the diary is gone.
        """
        with self.vault.transaction() as session:
            row = self._row(session, letter_id)
            deleted = DeletedLetter(
                values={c: getattr(row, c) for c in _LETTER_COLUMNS},
                attachments=[
                    {c: getattr(a, c) for c in _ATTACHMENT_COLUMNS} for a in row.attachments
                ],
                deadlines=[
                    {c: getattr(d, c) for c in _DEADLINE_COLUMNS}
                    for d in self._deadlines(session, [letter_id]).get(letter_id, [])
                ],
                finding_ids=list(
                    session.scalars(select(FindingRow.id).where(FindingRow.letter_id == letter_id))
                ),
            )
            for deadline in self._deadlines(session, [letter_id]).get(letter_id, []):
                session.delete(deadline)
            session.delete(row)
        self.vault.remove_on_close((a["file_id"], a["key"]) for a in deleted.attachments)
        return deleted

    def undo_delete(self, deleted: DeletedLetter) -> int:
        """Bring a deleted letter back with its PDF, deadlines and Warnsignal links."""
        with self.vault.transaction() as session:
            values = dict(deleted.values)
            if session.get(Letter, values["id"]) is not None:
                del values["id"]  # the number went to a newer letter meanwhile
            row = Letter(**values)
            for attachment in deleted.attachments:
                file_id, key = self.vault.resolve_file(attachment["file_id"], attachment["key"])
                row.attachments.append(Attachment(**{**attachment, "file_id": file_id, "key": key}))
            session.add(row)
            session.flush()
            for deadline in deleted.deadlines:
                session.add(Deadline(**deadline, letter_id=row.id))
            for finding_id in deleted.finding_ids:
                finding = session.get(FindingRow, finding_id)
                if finding is not None and finding.letter_id is None:
                    finding.letter_id = row.id
            letter_id = row.id
        self.vault.keep_files(a["file_id"] for a in deleted.attachments)
        return letter_id

    # ------------------------------------------------------------------ follow-up
    def mark_sent(
        self, letter_id: int, delivery: str, sent_on: date, *, received: date | None = None
    ) -> LetterInfo:
        """Record how and when the letter went out and count the answer deadline.

        ``received``: the day of receipt when it is known (return receipt, stamp);
        otherwise the program estimates it (the 4th day after posting, see
        ``app.deadlines``: there is no statutory day of receipt for the user's letters).

        Marking again (to correct the date or the way) counts again; an extension
        entered before stays if it is still later than the new count.
        """
        _check_delivery(delivery)
        with self.vault.transaction() as session:
            self._mark_sent_in(session, self._row(session, letter_id), delivery, sent_on, received)
        return self.get(letter_id)

    def extend(self, letter_id: int, new_due: date, reason: str) -> LetterInfo:
        """The Jobcenter announced an extension: a later date, with the reason it gave."""
        reason = clean_text(reason, "Grund", limit=MAX_REASON).strip()
        with self.vault.transaction() as session:
            row = self._row(session, letter_id)
            art_12 = extendable(row.type)
            if not reason:
                raise LetterError(
                    _(
                        "Bitte schreiben Sie den Grund auf, den das Jobcenter für die Verlängerung "
                        "nennt."
                    )
                    + (
                        _(
                            " Eine Verlängerung ohne Begründung muss das Jobcenter nicht gewährt "
                            "bekommen (Art. 12 Abs. 3 DSGVO)."
                        )
                        if art_12
                        else ""
                    )
                )
            if row.status == ANSWERED:
                raise LetterError(
                    _("Dieser Brief ist schon beantwortet; es gibt keine Frist mehr.")
                )
            if row.status != SENT or row.due_on is None:
                raise LetterError(
                    _(
                        "Für diesen Brief läuft keine Antwortfrist. Markieren Sie ihn zuerst als "
                        "versendet."
                    )
                )
            if new_due <= row.due_on:
                raise LetterError(
                    _("Die neue Frist muss nach der bisherigen liegen ({day}).").format(
                        day=fmt_day(row.due_on)
                    )
                )
            latest = self._latest_extension(session, row)
            if latest is not None and new_due > latest:
                raise LetterError(
                    _(
                        "Das Jobcenter darf die Frist um höchstens zwei weitere Monate verlängern (Art. "
                        "12 Abs. 3 DSGVO), also bis spätestens {day}. Tragen Sie höchstens diesen "
                        "Tag ein; antwortet es bis dahin nicht, können Sie erinnern oder sich beschweren."
                    ).format(day=fmt_day(latest))
                )
            session.add(
                Deadline(
                    kind=EXTENSION_KIND,
                    due_on=new_due,
                    title=reason,
                    explanation=extension_step(new_due, reason, art_12=art_12),
                    manual=True,
                    done=False,
                    letter_id=row.id,
                )
            )
            row.due_on = new_due
        return self.get(letter_id)

    def _latest_extension(self, session: Session, row: Letter) -> date | None:
        """Two months after the one-month deadline (Art. 12 Abs. 3 DSGVO); None where
        that rule does not apply (a reminder's own period, a file inspection)."""
        if not extendable(row.type):
            return None
        counted = [
            d.due_on
            for d in self._deadlines(session, [row.id]).get(row.id, [])
            if d.kind == ANSWER_KIND
        ]
        if not counted:
            return None
        profile = session.scalars(select(Profile).limit(1)).first()
        return next_working_day(add_months(counted[0], 2), profile.state if profile else "")

    def mark_answered(self, letter_id: int, answered_on: date) -> LetterInfo:
        """The Jobcenter answered. A reminder and the letter it refers to end together."""
        with self.vault.transaction() as session:
            row = self._row(session, letter_id)
            if row.status == DRAFT:
                raise LetterError(
                    _(
                        "Dieser Brief ist noch nicht als versendet markiert. Markieren Sie ihn "
                        "zuerst als versendet."
                    )
                )
            if row.sent_on is not None and answered_on < row.sent_on:
                raise LetterError(
                    _(
                        "Die Antwort kann nicht vor dem Versand ({day}) gekommen sein. Bitte prüfen "
                        "Sie das Datum."
                    ).format(day=fmt_date(row.sent_on))
                )
            chain = [row, *self._chain(session, row)]
            for letter in chain:
                # the letter itself may be answered already: then the date is corrected
                if letter.status == SENT or letter is row:
                    letter.status = ANSWERED
                    letter.answered_on = answered_on
            for deadlines in self._deadlines(session, [x.id for x in chain]).values():
                for deadline in deadlines:
                    deadline.done = True
        return self.get(letter_id)

    # ------------------------------------------------------------------ reading
    def letters(self, today: date | None = None) -> list[LetterInfo]:
        """All letters, newest first."""
        today = today or date.today()
        with self.vault.session() as session:
            rows = list(session.scalars(select(Letter)))
            deadlines = self._deadlines(session, [r.id for r in rows])
            infos = [self._info(r, deadlines.get(r.id, []), today) for r in rows]
        return sorted(infos, key=lambda i: (i.letter_date or date.min, i.id), reverse=True)

    def get(self, letter_id: int, today: date | None = None) -> LetterInfo:
        today = today or date.today()
        with self.vault.session() as session:
            row = self._row(session, letter_id)
            deadlines = self._deadlines(session, [letter_id]).get(letter_id, [])
            return self._info(row, deadlines, today)

    def overdue(self, today: date | None = None) -> list[LetterInfo]:
        """Sent letters whose answer deadline has passed, the longest overdue first."""
        rows = [i for i in self.letters(today) if i.status == OVERDUE]
        return sorted(rows, key=lambda i: (i.due_on or date.min, i.id))

    def due_soon(self, today: date | None = None, days: int = 7) -> list[LetterInfo]:
        """Sent letters whose answer is due from today to ``days`` days ahead, soonest first."""
        today = today or date.today()
        last = today + timedelta(days=days)
        rows = [
            i
            for i in self.letters(today)
            if i.status == SENT and i.due_on is not None and today <= i.due_on <= last
        ]
        return sorted(rows, key=lambda i: (i.due_on or date.min, i.id))

    def reminder_possible(self, letter_id: int, today: date | None = None) -> tuple[bool, str]:
        """Whether a reminder about this letter makes sense today, and why (plain German).

        Not for a draft, an answered letter or one that expects no answer; not before the
        day after the answer date ("Eine Erinnerung ist ab dem TT.MM.JJJJ möglich; bis
        dahin läuft die Antwortfrist."); not when a reminder about it exists already.
        """
        today = today or date.today()
        infos = {i.id: i for i in self.letters(today)}
        info = infos.get(letter_id)
        if info is None:
            raise LetterError(_("Dieser Brief existiert nicht (mehr)."))
        stored = SENT if info.status == OVERDUE else info.status
        possible, why = reminder_allowed(info.type_id, stored, info.due_on, today)
        first_letter = info.type_id not in (REMINDER, COMPLAINT) and stored == SENT
        if first_letter and _referring(infos, REMINDER, [info.id]):
            return False, _("Zu diesem Brief gibt es schon eine Erinnerung.")
        return possible, why

    def next_step(self, letter_id: int, today: date | None = None) -> LetterRequest | None:
        """What to write now that an answer is overdue.

        - a letter overdue with no reminder yet → an ``erinnerung`` referring to it
          (never before the day after its answer date, :meth:`reminder_possible`);
        - its reminder sent and that reminder's two weeks passed unanswered → a
          ``beschwerde`` with both letters, so the complaint carries the history — only
          for a data-protection letter (:func:`app.deadlines.complaint_fits`); for a
          file inspection no letter, :meth:`follow_up_advice` says what fits;
        - a reminder or a complaint already written for it (even a draft), or nothing
          overdue → None.
        """
        return self.follow_up(letter_id, today)[0]

    def follow_up_advice(self, letter_id: int, today: date | None = None) -> str:
        """The next step after an overdue answer in plain German; "" when there is none
        now (not overdue, or the reminder or complaint is written already)."""
        return self.follow_up(letter_id, today)[1]

    def follow_up(
        self, letter_id: int, today: date | None = None
    ) -> tuple[LetterRequest | None, str]:
        """:meth:`next_step` and :meth:`follow_up_advice` in one reading."""
        today = today or date.today()
        infos = {i.id: i for i in self.letters(today)}
        info = infos.get(letter_id)
        if info is None:
            raise LetterError(_("Dieser Brief existiert nicht (mehr)."))
        if info.status != OVERDUE or info.type_id == COMPLAINT:
            return None, ""
        request = LetterRequest.from_json(info.request)

        def after_reminder(
            first_type: str | None, history: list[int]
        ) -> tuple[LetterRequest | None, str]:
            if first_type is not None and not complaint_fits(first_type):
                return None, _(ADVICE_NO_COMPLAINT.get(first_type, ADVICE_ASK_AGAIN))
            if _referring(infos, COMPLAINT, history):
                return None, ""
            complaint = LetterRequest(
                COMPLAINT,
                contact_ids=list(request.contact_ids),
                finding_ids=list(request.finding_ids),
                letter_ids=history,
            )
            return complaint, _(ADVICE_COMPLAINT)

        if info.type_id == REMINDER:
            first = [i for i in info.refers_to if i in infos and infos[i].type_id != REMINDER]
            # a reminder about a letter not in the diary (typed in by hand): as before
            first_type = infos[first[0]].type_id if first else None
            return after_reminder(first_type, [*first[:1], info.id])
        reminders = _referring(infos, REMINDER, [info.id])
        if not reminders:
            reminder_request = LetterRequest(
                REMINDER,
                contact_ids=list(request.contact_ids),
                finding_ids=list(request.finding_ids),
                letter_ids=[info.id],
            )
            return reminder_request, _(ADVICE_REMINDER)
        reminder = max(reminders, key=lambda i: (i.sent_on or date.min, i.id))
        if reminder.status != OVERDUE:
            return None, ""
        return after_reminder(info.type_id, [info.id, reminder.id])

    # ------------------------------------------------------------------ internals
    def _mark_sent_in(
        self, session: Session, row: Letter, delivery: str, sent_on: date, received: date | None
    ) -> None:
        if row.status == ANSWERED:
            raise LetterError(_("Dieser Brief ist schon beantwortet."))
        row.status = SENT
        row.delivery = delivery
        row.sent_on = sent_on
        deadlines = self._deadlines(session, [row.id]).get(row.id, [])
        for deadline in deadlines:
            if deadline.kind == ANSWER_KIND:
                session.delete(deadline)
        row.due_on = None
        profile = session.scalars(select(Profile).limit(1)).first()
        state = profile.state if profile else ""
        counted = (
            count_answer(row.type, sent_on, delivery, state, received)
            if answer_expected(row.type)
            else None
        )
        if counted is not None:
            if row.type == REMINDER and row.letter_date is not None:
                counted = named_in_letter(counted, row.letter_date, state)
            session.add(
                Deadline(
                    kind=ANSWER_KIND,
                    due_on=counted.due,
                    title=_answer_title(row.type),
                    explanation="\n".join(counted.steps),
                    manual=False,
                    done=False,
                    letter_id=row.id,
                )
            )
            extended = [d.due_on for d in deadlines if d.kind == EXTENSION_KIND]
            row.due_on = max([counted.due, *extended])
        request = LetterRequest.from_json(row.content)
        for finding_id in request.finding_ids:
            finding = session.get(FindingRow, finding_id)
            if finding is not None:
                finding.status = ACTED
                finding.letter_id = row.id

    @staticmethod
    def _row(session: Session, letter_id: int) -> Letter:
        row = session.get(Letter, letter_id)
        if row is None:
            raise LetterError(_("Dieser Brief existiert nicht (mehr)."))
        return row

    @staticmethod
    def _apply_draft(row: Letter, request: LetterRequest, doc: LetterDoc) -> None:
        row.letter_date = request.letter_date or _doc_date(doc) or date.today()
        row.subject = doc.subject
        row.recipient = {"lines": list(doc.recipient_lines)}
        row.content = request.to_json()

    @staticmethod
    def _deadlines(session: Session, letter_ids: Sequence[int]) -> dict[int, list[Deadline]]:
        out: dict[int, list[Deadline]] = {}
        if not letter_ids:
            return out
        query = select(Deadline).where(Deadline.letter_id.in_(letter_ids)).order_by(Deadline.id)
        for deadline in session.scalars(query):
            if deadline.letter_id is not None:
                out.setdefault(deadline.letter_id, []).append(deadline)
        return out

    @staticmethod
    def _chain(session: Session, row: Letter) -> list[Letter]:
        """The letters answered together with ``row``: what a reminder refers to, and
        the sent reminders that refer to ``row``."""
        linked: list[Letter] = []
        if row.type == REMINDER:
            for earlier_id in _ints(row.content.get("letter_ids")):
                earlier = session.get(Letter, earlier_id)
                if earlier is not None:
                    linked.append(earlier)
        else:
            for reminder in session.scalars(select(Letter).where(Letter.type == REMINDER)):
                if row.id in _ints(reminder.content.get("letter_ids")):
                    linked.append(reminder)
        return linked

    @staticmethod
    def _info(row: Letter, deadlines: Sequence[Deadline], today: date) -> LetterInfo:
        status = row.status
        if status == SENT and row.due_on is not None and row.due_on < today:
            status = OVERDUE
        steps: list[str] = []
        reason = ""
        for deadline in deadlines:
            if deadline.kind == ANSWER_KIND:
                steps.extend(line for line in deadline.explanation.split("\n") if line)
        for deadline in deadlines:
            if deadline.kind == EXTENSION_KIND:
                steps.append(deadline.explanation)
                reason = deadline.title
        lines = row.recipient.get("lines") if isinstance(row.recipient, dict) else None
        return LetterInfo(
            id=row.id,
            type_id=row.type,
            title=letter_title(row.type),
            subject=row.subject,
            letter_date=row.letter_date,
            status=status,
            delivery=row.delivery,
            sent_on=row.sent_on,
            due_on=row.due_on,
            due_explanation=" → ".join(steps),
            extended_reason=reason,
            answered_on=row.answered_on,
            request=dict(row.content),
            recipient_lines=tuple(str(x) for x in lines) if isinstance(lines, list) else (),
            due_steps=tuple(steps),
        )

    def _drop_orphan(self, file_id: str) -> None:
        """A file whose row was not committed goes at once."""
        with self.vault.session() as check:
            referenced = check.scalars(
                select(Attachment).where(Attachment.file_id == file_id)
            ).first()
        if referenced is None:
            attachments.remove(self.vault.attachments_dir, file_id)

    def _remove_files(self, file_ids: Iterable[str]) -> None:
        for file_id in file_ids:
            attachments.remove(self.vault.attachments_dir, file_id)
