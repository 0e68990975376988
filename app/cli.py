"""The command line: ``amtstagebuch`` starts the window, subcommands work headless.

Passphrases come only from standard input (``--passphrase-stdin``) or, at a
terminal, from a hidden prompt — never from arguments, which other users of the
computer can see. Exit codes: 0 done, 1 refused or failed (one German line on
stderr, never a traceback), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import gc
import io
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from app import __version__, hardening, netguard
from app.errors import AmtsError, printable, safe_json
from app.i18n import N_, _, ngettext

if TYPE_CHECKING:
    from app.letters import LetterType
    from app.vault.vault import Credentials, Vault

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


def _getpass(prompt: str) -> str:
    import getpass  # termios and all: only for the commands that ask

    return getpass.getpass(prompt)


def _say(message: str) -> None:
    """One line on stderr; what came from a file is shown escaped, never acted on."""
    sys.stderr.write(printable(message) + "\n")


# argparse's own words ("usage:", "options", "show this help message and exit", its error
# messages) come from gettext, and Python ships no German catalogue for them: the German
# texts are given here and translated through the program's catalogue (issue 17).
_ARGPARSE_DE = {
    # TRANSLATORS: argparse's headings and messages; keep the trailing space and every
    # %(name)s / %s as it is.
    "usage: ": N_("Aufruf: "),
    # TRANSLATORS: the heading of the arguments without a leading "--" in --help
    "positional arguments": N_("Angaben"),
    "options": N_("Optionen"),
    "show this help message and exit": N_("diese Hilfe zeigen und beenden"),
    "show program's version number and exit": N_("die Version des Programms zeigen und beenden"),
    "argument %(argument_name)s: %(message)s": N_("bei %(argument_name)s: %(message)s"),
    "the following arguments are required: %s": N_("diese Angaben fehlen: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        N_("unbekannt: %(value)r (möglich sind: %(choices)s)")
    ),
    "unrecognized arguments: %s": N_("unbekannte Angaben: %s"),
    "expected one argument": N_("hier fehlt ein Wert"),
    "expected at least one argument": N_("hier fehlt mindestens ein Wert"),
    "expected at most one argument": N_("hier ist höchstens ein Wert erlaubt"),
    "invalid %(type)s value: %(value)r": N_("ungültiger Wert: %(value)r"),
    "ambiguous option: %(option)s could match %(matches)s": (
        N_("mehrdeutig: %(option)s könnte %(matches)s sein")
    ),
    "not allowed with argument %s": N_("nicht zusammen mit %s"),
    "one of the arguments %s is required": N_("eine dieser Angaben ist nötig: %s"),
    "ignored explicit argument %r": N_("überflüssiger Wert %r"),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        N_("unbekannter Befehl %(parser_name)r (möglich sind: %(choices)s)")
    ),
    "can't open '%(filename)s': %(error)s": N_("'%(filename)s' lässt sich nicht öffnen: %(error)s"),
}


def _german(message: str) -> str:
    german = _ARGPARSE_DE.get(message)
    return message if german is None else _(german)


def _ngerman(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":
        return ngettext("hier fehlt %s Wert", "hier fehlen %s Werte", n)
    return singular if n == 1 else plural


setattr(argparse, "_", _german)  # noqa: B010 (argparse looks the name up when it speaks)
setattr(argparse, "ngettext", _ngerman)  # noqa: B010


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        # TRANSLATORS: a wrong command line; {prog} is e.g. "amtstagebuch init"
        _say(_("{prog}: Aufruf fehlerhaft: {message}").format(prog=self.prog, message=message))
        raise SystemExit(EXIT_USAGE)


class Secrets:
    """Reads passphrases line by line from stdin, or asks at a terminal."""

    def __init__(self, args: argparse.Namespace, stdin: TextIO) -> None:
        self.from_stdin = bool(getattr(args, "passphrase_stdin", False))
        self.recovery = bool(getattr(args, "recovery_stdin", False))
        self.stdin = stdin
        self._lines: list[str] | None = None

    def _line(self, index: int, what: str) -> str:
        if self._lines is None:
            self._lines = [line.rstrip("\r\n") for line in self.stdin.read().splitlines()]
        if index >= len(self._lines) or not self._lines[index]:
            raise UsageError(
                _("{what} fehlt in der Eingabe (Zeile {line}).").format(what=what, line=index + 1)
            )
        return self._lines[index]

    def get(self, index: int, what: str, prompt: str) -> str:
        if self.from_stdin or self.recovery:
            return self._line(index, what)
        if self.stdin.isatty():
            value = _getpass(prompt)
            if not value:
                raise UsageError(_("{what} fehlt.").format(what=what))
            return value
        raise UsageError(
            _("Bitte geben Sie die Passphrase über die Standardeingabe mit --passphrase-stdin an.")
        )

    def credentials(self) -> Credentials:
        from app.vault.vault import Credentials

        if self.recovery:
            return Credentials(recovery_code=self._line(0, _("Der Wiederherstellungscode")))
        return Credentials(passphrase=self.get(0, _("Die Passphrase"), _("Passphrase: ")))


def _open(args: argparse.Namespace, secrets: Secrets, *, read_only: bool = False) -> Vault:
    """Unlock the vault; ``read_only`` for commands that only look (nothing on disk changes).

    A diary older than a state already seen is opened all the same (the user's own
    data is never locked away), with a warning on stderr.
    """
    from app.vault.vault import Vault

    creds = secrets.credentials()
    vault = Vault.open(
        Path(args.vault_dir),
        passphrase=creds.passphrase,
        recovery_code=creds.recovery_code,
        read_only=read_only,
    )
    if vault.rollback is not None:
        _say(_("Warnung: {message}").format(message=vault.rollback.message()))
    return vault


WEAK_FLAG = "--schwache-passphrase-erlauben"


def _refuse_weak(passphrase: str, args: argparse.Namespace, nothing_done: str) -> None:
    """A new passphrase must be as hard to guess as the window asks for.

    The minimum length holds always; the strength estimate can be overridden on
    purpose (a test set-up, a passphrase the person knows better than zxcvbn), never
    by accident.
    """
    from app.errors import InputRefused
    from app.firstrun import check_strength
    from app.vault.vault import check_new_passphrase

    try:
        check_new_passphrase(passphrase)  # too short: no flag helps
    except InputRefused as exc:
        raise UsageError(f"{exc.message} {nothing_done}") from None
    if args.allow_weak:
        return
    try:
        check_strength(passphrase)
    except InputRefused as exc:
        raise UsageError(
            _(
                "{message} {nothing_done} Wenn Sie diese Passphrase trotzdem nehmen wollen, "
                "rufen Sie den Befehl mit {flag} auf."
            ).format(message=exc.message, nothing_done=nothing_done, flag=WEAK_FLAG)
        ) from None


def cmd_init(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from app.vault.vault import Vault

    passphrase = secrets.get(0, _("Die Passphrase"), _("Neue Passphrase: "))
    _refuse_weak(passphrase, args, _("Es wurde kein Tagebuch angelegt."))
    if not secrets.from_stdin:
        again = _getpass(_("Passphrase wiederholen: "))
        if again != passphrase:
            raise UsageError(_("Die beiden Eingaben stimmen nicht überein."))
    vault, code = Vault.create(Path(args.vault_dir), passphrase, unlock_time_ms=args.unlock_time_ms)
    vault.close()
    out.write(
        _(
            "Tagebuch angelegt in {vault_dir}\nIhr Wiederherstellungscode (nur jetzt sichtbar "
            "– bitte aufschreiben oder ausdrucken und sicher aufbewahren):\n{code}\n"
        ).format(vault_dir=args.vault_dir, code=code)
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from app.services import interchange

    data = interchange.read_file(Path(args.file))
    interchange.parse_document(data)  # refuse a bad file before asking to unlock
    vault = _open(args, secrets)
    try:
        summary = interchange.import_document(vault, data)
    finally:
        vault.close()
    out.write(printable(summary.text()) + "\n")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from app.atomic import atomic_write
    from app.services import interchange

    vault = _open(args, secrets, read_only=True)
    problems: list[str] = []
    try:
        document = interchange.export_document(vault, problems)
    finally:
        vault.close()
    text = safe_json(document, indent=2) + "\n"
    for problem in problems:
        _say(_("Nicht exportiert – {problem}").format(problem=problem))
    if args.out:
        atomic_write(Path(args.out), text.encode("utf-8"))
        _say(
            _("Exportiert nach {out} (unverschlüsselt – bitte sorgsam aufbewahren).").format(
                out=args.out
            )
        )
    else:
        out.write(text)
    if problems:
        raise AmtsError(
            ngettext(
                "Die Ausgabe ist unvollständig: {count} beschädigte Angabe fehlt darin "
                "(siehe oben). Alles andere wurde exportiert. „amtstagebuch verify“ prüft das "
                "ganze Tagebuch.",
                "Die Ausgabe ist unvollständig: {count} beschädigte Angabe(n) fehlen darin "
                "(siehe oben). Alles andere wurde exportiert. „amtstagebuch verify“ prüft das "
                "ganze Tagebuch.",
                len(problems),
            ).format(count=len(problems))
        )
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from app.services.verify import verify

    vault = _open(args, secrets, read_only=True)
    try:
        checks = verify(vault)
    finally:
        vault.close()
    for check in checks:
        line = f"{'OK    ' if check.ok else 'FEHLER'}  {check.name}: {check.detail}"
        out.write(printable(line) + "\n")
    failed = [c for c in checks if not c.ok]
    if failed:
        raise AmtsError(
            ngettext(
                "Die Prüfung hat {count} Problem(e) gefunden: {detail}",
                "Die Prüfung hat {count} Problem(e) gefunden: {detail}",
                len(failed),
            ).format(count=len(failed), detail=failed[0].detail)
        )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from app.vault.backup import write_backup

    vault = _open(args, secrets)
    try:
        count = write_backup(vault, Path(args.out))
    finally:
        vault.close()
    out.write(
        ngettext(
            "Sicherung geschrieben: {out} ({count} Anhänge).\n",
            "Sicherung geschrieben: {out} ({count} Anhänge).\n",
            count,
        ).format(out=args.out, count=count)
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from app.vault.backup import restore

    creds = secrets.credentials()
    count = restore(Path(args.file), Path(args.vault_dir), creds, replace=args.replace)
    out.write(
        ngettext(
            "Wiederhergestellt in {vault_dir} ({count} Anhänge).\n",
            "Wiederhergestellt in {vault_dir} ({count} Anhänge).\n",
            count,
        ).format(vault_dir=args.vault_dir, count=count)
    )
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    vault = _open(args, secrets)
    try:
        new = secrets.get(1, _("Die neue Passphrase"), _("Neue Passphrase: "))
        _refuse_weak(new, args, _("Die Passphrase wurde nicht geändert."))
        if not secrets.from_stdin and _getpass(_("Neue Passphrase wiederholen: ")) != new:
            raise UsageError(_("Die beiden Eingaben stimmen nicht überein."))
        result = vault.change_passphrase(new, unlock_time_ms=args.unlock_time_ms)
    finally:
        vault.close()
    out.write(_("Passphrase geändert.\n"))
    if result.recovery_code is not None:
        out.write(
            _(
                "Dieses Tagebuch stammt aus einer frühen Version und bekommt deshalb auch einen "
                "neuen Wiederherstellungscode (der alte gilt nicht mehr; bitte aufschreiben oder "
                "ausdrucken und sicher aufbewahren):\n{recovery_code}\n"
            ).format(recovery_code=result.recovery_code)
        )
    else:
        out.write(_("Der Wiederherstellungscode gilt weiter.\n"))
    out.write(result.notice() + "\n")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from app.demo import DEMO_PASSPHRASE, fill_demo
    from app.vault.vault import Vault

    vault, _code = Vault.create(
        Path(args.vault_dir), DEMO_PASSPHRASE, unlock_time_ms=0, check_strength=False
    )
    try:
        fill_demo(vault)
    finally:
        vault.close()
    out.write(
        _(
            "Beispiel-Tagebuch angelegt in {vault_dir} (Passphrase „{passphrase}“; alle "
            "Personen und Vorgänge sind erfunden).\n"
        ).format(vault_dir=args.vault_dir, passphrase=DEMO_PASSPHRASE)
    )
    return EXIT_OK


# a note longer than this is refused (a diary note is a few thousand characters)
CHECK_MAX_CHARS = 1_000_000


def _check_lines(stdin: TextIO) -> Iterator[tuple[int, str | None]]:
    """The input's lines with their numbers; ``None`` for a line that is not UTF-8."""
    raw = getattr(stdin, "buffer", None)
    if raw is None:
        for number, line in enumerate(stdin, start=1):
            yield number, line
        return
    for number, data in enumerate(raw, start=1):
        try:
            yield number, data.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield number, None


def _parse_note(line: str | None) -> tuple[str | int, str]:
    """``(id, text)`` of one input line; ``ValueError`` with a German reason."""
    if line is None:
        raise ValueError(_("die Zeile ist kein UTF-8-Text"))
    import json  # only the commands that read JSON lines

    try:
        note = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(
            _("kein gültiges JSON (Fehler in Spalte {colno})").format(colno=exc.colno)
        ) from None
    except RecursionError:
        raise ValueError(_("kein gültiges JSON (zu tief verschachtelt)")) from None
    except ValueError:  # a number of more than 4,300 digits
        raise ValueError(_("eine Zahl ist zu lang, um sie zu lesen")) from None
    if not isinstance(note, dict):
        raise ValueError(_('erwartet wird ein Objekt wie {"id": "…", "text": "…"}'))
    if "id" not in note:
        raise ValueError(_("das Feld „id“ fehlt"))
    note_id = note["id"]
    if isinstance(note_id, bool) or not isinstance(note_id, str | int):
        raise ValueError(_("„id“ muss ein Text oder eine Zahl sein"))
    text = note.get("text")
    if not isinstance(text, str):
        raise ValueError(_("das Feld „text“ fehlt oder ist kein Text"))
    if len(text) > CHECK_MAX_CHARS:
        raise ValueError(
            _("der Text ist länger als {limit} Zeichen").format(
                limit=f"{CHECK_MAX_CHARS:,}".replace(",", ".")
            )
        )
    return note_id, text


def cmd_check(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from app.redflags import check_text, load_rules

    rules = load_rules()  # a broken rule file stops here, before any input is read
    checked = flagged = bad = 0
    for number, line in _check_lines(secrets.stdin):
        if line is not None and not line.strip():
            continue
        try:
            note_id, text = _parse_note(line)
        except ValueError as exc:
            bad += 1
            _say(
                _("amtstagebuch check: Zeile {number}: {exc}. Zeile übersprungen.").format(
                    number=number, exc=exc
                )
            )
            continue
        evidence: dict[str, list[str]] = {}
        for finding in check_text(text):
            quotes = evidence.setdefault(finding.rule_id, [])
            for item in finding.evidence:
                if item.text not in quotes:
                    quotes.append(item.text)
        flags = sorted(evidence)
        checked += 1
        flagged += bool(flags)
        if args.json:
            result = {"id": note_id, "flags": flags, "evidence": {f: evidence[f] for f in flags}}
            out.write(safe_json(result) + "\n")
        elif not flags:
            out.write(printable(_("{id}: keine Warnsignale").format(id=note_id)) + "\n")
        else:
            count = ngettext("{count} Warnsignal", "{count} Warnsignale", len(flags)).format(
                count=len(flags)
            )
            out.write(printable(f"{note_id}: {count}") + "\n")
            for flag in flags:
                out.write(printable(f"  {flag} – {rules[flag].shown_title}") + "\n")
                shown = " · ".join(f"„{q}“" for q in evidence[flag])
                out.write("    " + printable(shown) + "\n")
        out.flush()
    if not args.json:
        summary = ngettext(
            "{checked} Notiz geprüft, {flagged} mit Warnsignalen",
            "{checked} Notizen geprüft, {flagged} mit Warnsignalen",
            checked,
        ).format(checked=checked, flagged=flagged)
        if bad:
            summary += ngettext(
                ", {bad} fehlerhafte Zeile übersprungen",
                ", {bad} fehlerhafte Zeilen übersprungen",
                bad,
            ).format(bad=bad)
        out.write(summary + ".\n")
    return EXIT_FAILED if bad else EXIT_OK


def _numbers(values: list[str], option: str) -> list[int]:
    try:
        return [int(value) for value in values]
    except ValueError:
        raise UsageError(_("{option} erwartet eine Nummer.").format(option=option)) from None


def _letter_details(args: argparse.Namespace, kind: LetterType) -> dict[str, str]:
    """``--detail NAME=WERT`` as the letter's details (a list detail may repeat)."""
    fields = {f.name: f for f in kind.detail_fields}
    details: dict[str, str] = {}
    for item in args.detail:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageError(_("--detail erwartet NAME=WERT, nicht „{item}“.").format(item=item))
        if name not in fields:
            raise UsageError(
                _("Der Brief „{type}“ kennt die Angabe „{name}“ nicht. Möglich sind: ").format(
                    type=args.type, name=name
                )
                + ", ".join(fields)
                + "."
            )
        # a list detail may be given several times, one item each
        details[name] = f"{details[name]}\n{value}" if name in details else value
    return details


def cmd_letter(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from app.atomic import atomic_write
    from app.letters import LETTER_TYPES, LetterRequest
    from app.letters.build import parse_date
    from app.services.letters import LetterService

    if args.list:
        width = max(len(type_id) for type_id in LETTER_TYPES)
        for type_id, listed in LETTER_TYPES.items():
            out.write(f"{type_id.ljust(width)}  {listed.title} – {listed.summary}\n")
        return EXIT_OK
    if not args.type or not args.vault_dir:
        raise UsageError(_("Bitte Briefart und Tagebuch-Ordner angeben (oder --list)."))
    kind = LETTER_TYPES.get(args.type)
    if kind is None:
        raise UsageError(
            _(
                "Die Briefart „{type}“ gibt es nicht. „amtstagebuch letter --list“ zeigt alle."
            ).format(type=args.type)
        )
    if not args.out:
        raise UsageError(_("Bitte mit --out angeben, wohin die PDF-Datei geschrieben wird."))
    details = _letter_details(args, kind)
    letter_date = parse_date(args.date, "--date") if args.date else None
    finding_ids = _numbers(args.finding, "--finding")
    letter_ids = _numbers(args.letter, "--letter")

    vault = _open(args, secrets, read_only=True)
    try:
        service = LetterService(vault)
        request = LetterRequest(
            kind.id,
            contact_ids=service.record_ids("entries", args.entry),
            handover_ids=service.record_ids("handovers", args.handover),
            finding_ids=finding_ids,
            letter_ids=letter_ids,
            details=details,
            letter_date=letter_date,
        )
        doc, pdf = service.preview(request)
        # what the diary put in: the program's sentences, shown so nothing is unseen
        added = service.added_from_diary(request)
    finally:
        vault.close()
    atomic_write(Path(args.out), pdf)
    if added:
        out.write(_("Aus dem Tagebuch in den Brief übernommen (bitte lesen):\n"))
        for line in added:
            out.write(printable(f"  {line}") + "\n")
    if kind.warning:
        _say(_("Hinweis: {warning}").format(warning=kind.warning))
    if doc.recipient_note:
        out.write(
            printable(
                _("Empfänger: {recipient}. {note}").format(
                    recipient=doc.recipient_lines[0], note=doc.recipient_note
                )
            )
            + "\n"
        )
    out.write(
        _(
            "Brief „{title}“ geschrieben: {out} (unverschlüsselt – bitte sorgsam aufbewahren).\n"
        ).format(title=kind.title, out=args.out)
    )
    return EXIT_OK


# calibrate() never goes below the RFC 9106 floor, so 0 means "the floor" (the tests
# use it for speed); above ten seconds it caps the passes anyway, and nobody waits
# longer than that to open a diary.
UNLOCK_MS_MIN, UNLOCK_MS_MAX = 0, 10_000
DEFAULT_UNLOCK_MS = 1000


def _unlock_time_ms(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or not UNLOCK_MS_MIN <= value <= UNLOCK_MS_MAX:
        raise argparse.ArgumentTypeError(
            _(
                "„{text}“ geht nicht: bitte eine ganze Zahl von {low} bis "
                "{high} (Millisekunden) angeben"
            ).format(text=text, low=UNLOCK_MS_MIN, high=UNLOCK_MS_MAX)
        )
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="amtstagebuch",
        description=_(
            "Verschlüsseltes Tagebuch für Kontakte mit dem Jobcenter. Ohne Befehl "
            "startet das Programmfenster."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"amtstagebuch {__version__}",
        help=_("die Version des Programms zeigen und beenden"),
    )
    parser.add_argument(
        "--demo", action="store_true", help=_("Fenster mit einem Beispiel-Tagebuch öffnen")
    )
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=_Parser)

    _diary_commands(sub)
    _check_command(sub)
    _letter_command(sub)
    p = _command(
        sub,
        "selbsttest",
        _(
            "prüfen, ob die Installation vollständig ist (Programmdaten, Schriften, "
            "deutsche Dialoge, Schlüsselbund, Netzwerksperre); braucht kein Tagebuch"
        ),
        cmd_selftest,
        unlock=False,
    )
    p.add_argument("--json", action="store_true", help=_("das Ergebnis als JSON-Liste"))
    return parser


def _command(
    sub: Any, name: str, help_text: str, func: Callable[..., int], *, unlock: bool = True
) -> argparse.ArgumentParser:
    """One subcommand; those that open a diary take ``--passphrase-stdin``."""
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    p.set_defaults(func=func)
    if unlock:
        p.add_argument(
            "--passphrase-stdin",
            action="store_true",
            help=_("Passphrase aus der Standardeingabe lesen"),
        )
    return p


def _new_passphrase_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--unlock-time-ms",
        type=_unlock_time_ms,
        default=DEFAULT_UNLOCK_MS,
        metavar="MS",
        help=_(
            "Ziel-Dauer des Entsperrens in Millisekunden, {low} bis "
            "{high} (nie unter der RFC-9106-Stufe; 0 heißt: genau diese Stufe)"
        ).format(low=UNLOCK_MS_MIN, high=UNLOCK_MS_MAX),
    )
    p.add_argument(
        WEAK_FLAG,
        "--allow-weak-passphrase",
        action="store_true",
        dest="allow_weak",
        help=_("eine leicht zu erratende Passphrase trotzdem nehmen (nicht empfohlen)"),
    )


def _diary_commands(sub: Any) -> None:
    """init, export, verify, import, backup, restore, passwd, demo."""
    p = _command(sub, "init", _("ein neues Tagebuch anlegen"), cmd_init)
    p.add_argument("vault_dir", metavar="TAGEBUCH", help=_("der Ordner des Tagebuchs"))
    _new_passphrase_options(p)
    for name, help_text, func in (
        ("export", _("das Tagebuch als JSON ausgeben"), cmd_export),
        ("verify", _("Echtheit, Aufbau, Änderungsverlauf und Anhänge prüfen"), cmd_verify),
    ):
        p = _command(sub, name, help_text, func)
        p.add_argument("vault_dir", metavar="TAGEBUCH", help=_("der Ordner des Tagebuchs"))
        p.add_argument(
            "--recovery-stdin",
            action="store_true",
            help=_("mit dem Wiederherstellungscode entsperren"),
        )
        if name == "export":
            p.add_argument(
                "--out", metavar="DATEI", help=_("in diese Datei statt auf die Standardausgabe")
            )
    p = _command(sub, "import", _("Einträge aus einer JSON-Datei übernehmen"), cmd_import)
    p.add_argument("vault_dir", metavar="TAGEBUCH", help=_("der Ordner des Tagebuchs"))
    p.add_argument("file", metavar="DATEI")
    p = _command(
        sub, "backup", _("eine Sicherung als eine verschlüsselte Datei schreiben"), cmd_backup
    )
    p.add_argument("vault_dir", metavar="TAGEBUCH", help=_("der Ordner des Tagebuchs"))
    p.add_argument("--out", required=True, metavar="DATEI", help=_("die Sicherungsdatei"))
    p = _command(sub, "restore", _("eine Sicherung wiederherstellen"), cmd_restore)
    p.add_argument("file", metavar="DATEI")
    p.add_argument("vault_dir", metavar="TAGEBUCH", help=_("der Ordner des Tagebuchs"))
    p.add_argument(
        "--recovery-stdin", action="store_true", help=_("mit dem Wiederherstellungscode entsperren")
    )
    p.add_argument("--replace", "--ersetzen", action="store_true", dest="replace",
                   help=_("ein vorhandenes Tagebuch ersetzen (es bleibt in sicherungen/ erhalten)"))  # fmt: skip
    p = _command(
        sub,
        "passwd",
        _("die Passphrase ändern (zweite Zeile der Eingabe: neue Passphrase)"),
        cmd_passwd,
    )
    p.add_argument("vault_dir", metavar="TAGEBUCH", help=_("der Ordner des Tagebuchs"))
    _new_passphrase_options(p)
    p = _command(
        sub,
        "demo",
        _("ein Beispiel-Tagebuch mit erfundenen Inhalten anlegen (Passphrase „demo“)"),
        cmd_demo,
        unlock=False,
    )
    p.add_argument("vault_dir", metavar="TAGEBUCH", help=_("der Ordner des Tagebuchs"))


def _check_command(sub: Any) -> None:
    p = _command(
        sub,
        "check",
        _(
            "Notizen auf Warnsignale prüfen: je Zeile der Standardeingabe ein JSON-Objekt "
            '{"id": …, "text": …}; Ausgabe in derselben Reihenfolge'
        ),
        cmd_check,
        unlock=False,
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=_('je Notiz eine Zeile {"id", "flags", "evidence"} statt eines lesbaren Berichts'),
    )


def _letter_command(sub: Any) -> None:
    p = _command(
        sub,
        "letter",
        _("einen Brief (PDF) aus dem Tagebuch erstellen; --list zeigt die Briefarten"),
        cmd_letter,
    )
    p.add_argument("type", nargs="?", metavar="BRIEFART")
    p.add_argument("vault_dir", nargs="?", metavar="TAGEBUCH")
    p.add_argument("--list", action="store_true", help=_("die Briefarten zeigen, je eine Zeile"))
    p.add_argument("--out", metavar="DATEI.pdf", help=_("hierhin wird der Brief geschrieben"))
    p.add_argument(
        "--entry", action="append", default=[], metavar="ID",
        help=_("ein Eintrag, um den es geht: die id aus „export“ oder seine Nummer (mehrfach möglich)"),
    )  # fmt: skip
    p.add_argument(
        "--handover", action="append", default=[], metavar="ID",
        help=_("eine Übergabe (Eingangsbestätigung, Löschung …): id aus „export“ oder Nummer"),
    )  # fmt: skip
    p.add_argument("--finding", action="append", default=[], metavar="NR",
                   help=_("ein Warnsignal (Nummer)"))  # fmt: skip
    p.add_argument("--letter", action="append", default=[], metavar="NR",
                   help=_("ein früherer Brief (Nummer), z. B. für die Erinnerung"))  # fmt: skip
    p.add_argument(
        "--detail", action="append", default=[], metavar="NAME=WERT",
        help=_("eine Angabe des Briefs, z. B. falsch=…; Listen: die Angabe mehrmals nennen"),
    )  # fmt: skip
    p.add_argument("--date", metavar="TT.MM.JJJJ", help=_("Datum des Briefs (sonst heute)"))


def cmd_selftest(args: argparse.Namespace, secrets: Secrets, out: TextIO) -> int:
    from app.services.installation import Check, check_installation

    checks = check_installation()
    try:
        from ui.selftest import qt_checks
    except ImportError:
        checks.append(
            Check("Fenster", False, _("PySide6 fehlt: das Programmfenster kann nicht starten"))
        )
    else:
        checks += qt_checks()
    failed = [c for c in checks if c.required and not c.ok]
    if args.json:
        out.write(safe_json([vars(c) for c in checks]) + "\n")
    else:
        for c in checks:
            mark = "OK" if c.ok else ("FEHLER" if c.required else "HINWEIS")
            out.write(f"{mark:<8}{c.area}: {c.text}\n")
        out.write(
            _("Die Installation ist vollständig.\n")
            if not failed
            else ngettext(
                "{count} Prüfung(en) fehlgeschlagen: bitte installieren Sie das Programm neu.\n",
                "{count} Prüfung(en) fehlgeschlagen: bitte installieren Sie das Programm neu.\n",
                len(failed),
            ).format(count=len(failed))
        )
    return EXIT_FAILED if failed else EXIT_OK


def start_window(demo: bool) -> int:
    try:
        from ui.main import run
    except ImportError:
        sys.stderr.write(
            _(
                "Das Programmfenster kann nicht starten, weil PySide6 fehlt. Bitte installieren "
                "Sie Amtstagebuch neu.\n"
            )
        )
        return EXIT_FAILED
    return run(demo=demo)


def _use_chosen_language() -> None:
    """The language chosen in the window (or ``AMTSTAGEBUCH_SPRACHE``) for the command
    line's texts too; German without a choice (issue 17)."""
    from app.i18n import set_language
    from app.language_choice import chosen_language

    set_language(chosen_language(""))


def main(
    argv: Sequence[str] | None = None, *, stdin: TextIO | None = None, stdout: TextIO | None = None
) -> int:
    netguard.install()
    if argv is None and len(sys.argv) == 1:
        return start_window(False)  # a plain start (a double-click): no parser to build
    _use_chosen_language()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command is None:
        return start_window(args.demo)
    gc.enable()  # off while the program loads (see entry)
    secrets = Secrets(args, stdin or sys.stdin)
    if stdout is None and not sys.stdout.isatty() and isinstance(sys.stdout, io.TextIOWrapper):
        # piped output is UTF-8 everywhere (Windows would pick cp1252 and fail on "€" or emoji)
        sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
    if isinstance(sys.stderr, io.TextIOWrapper):
        sys.stderr.reconfigure(errors="backslashreplace")  # never fail on a message
    try:
        return int(args.func(args, secrets, stdout or sys.stdout))
    except UsageError as exc:
        _say(_("amtstagebuch {command}: {exc}").format(command=args.command, exc=exc))
        return EXIT_USAGE
    except AmtsError as exc:
        _say(exc.message)
        return EXIT_FAILED
    except BrokenPipeError:  # the reader went away ("| head"); nothing to report
        sys.stderr.close()
        return EXIT_FAILED
    except KeyboardInterrupt:
        sys.stderr.write(
            _("Abgebrochen. Es wurde nichts verändert, was nicht schon gespeichert war.\n")
        )
        return EXIT_FAILED
    except MemoryError:
        sys.stderr.write(
            _("Nicht genug Arbeitsspeicher. Ihre gespeicherten Daten sind unverändert.\n")
        )
        return EXIT_FAILED
    except Exception as exc:  # never a traceback in front of a user
        sys.stderr.write(
            _(
                "Unerwarteter Fehler ({error}). Ihre gespeicherten Daten sind unverändert. "
                "Bitte melden Sie diesen Fehler.\n"
            ).format(error=type(exc).__name__)
        )
        return EXIT_FAILED


def entry() -> NoReturn:
    """The process's start (``amtstagebuch``, ``python -m app``): harden it, then run.

    Hardening lives here and not in :func:`main`, which tests call in their own process.
    """
    hardening.disable_core_dumps()
    # No garbage collection while the modules load: they make many objects and no
    # garbage, and the collector's passes over them delay the first window by a few
    # milliseconds. It is switched on again when the window is shown
    # (``ui.main.run``) or before a command runs (:func:`main`).
    gc.disable()
    raise SystemExit(main())


if __name__ == "__main__":
    entry()
