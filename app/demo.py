"""Demo content: one fictional year of a diary, for trying the program out.

Everything here is invented: the person, the address, the numbers, the Jobcenter
and every name. The year tells a plausible story (an application, a case worker,
a medical assessment, a small job, a renewal) with a few incidents the red-flag
rules should find and a few lawful events they must leave alone:

- incidents: the identity card copied at the counter without asking; bank
  statements demanded "ungeschwärzt" for twelve months; the landlord phoned
  without asking first; an unannounced home visit (and a neighbour questioned);
  the medical questionnaire the case worker wanted to read openly, with a
  blanket confidentiality waiver; a companion sent out to wait;
- lawful: the ID only looked at ("Ausweis lag vor"); three months of statements
  with blackened recipients accepted; a questionnaire sent sealed.

Dates are computed backwards from ``today`` so the demo always shows the last
twelve months. The content is fixed data, so two runs with the same ``today``
write the same entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select

from app.errors import InputRefused
from app.model import Contact, Handover
from app.records import (
    ContactData,
    DocumentData,
    HandoverData,
    JobcenterData,
    ProfileData,
)
from app.services.diary import insert_contact, insert_handover, put_jobcenter, put_profile
from app.services.findings import check_all_in
from app.vault.vault import Vault

DEMO_PASSPHRASE = "demo"

_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip
_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")

# Who appears in the story (all invented).
_SERVICE = "Servicecenter des Jobcenters (Name nicht genannt)"
_LEISTUNG = "Herr M. (Leistungsabteilung)"
_VERTRETUNG = "Frau S. (Leistungsabteilung, Vertretung von Herrn M.)"
_VERMITTLUNG = "Frau K. (Arbeitsvermittlung)"
_EINGANG = "Frau D. (Eingangszone)"
_TEAMLEITUNG = "Frau B. (Teamleitung Arbeitsvermittlung)"
_AUSSENDIENST = "Herr T. und eine Kollegin (Außendienst)"
_HAUSVERWALTUNG = "Frau P. (Hausverwaltung Muster & Partner, fiktiv)"
_BEISTAND = "Frau L. (Beistand, Erwerbsloseninitiative Beispielstadt, fiktiv)"
_PORTAL = "Online-Portal des Jobcenters"

_ZIMMER_M = "Jobcenter Beispielstadt, Hauptstelle, Zimmer 2.14"
_ZIMMER_K = "Jobcenter Beispielstadt, Hauptstelle, Zimmer 3.07"
_EINGANGSZONE = "Jobcenter Beispielstadt, Eingangszone im Erdgeschoss"
_ZUHAUSE = "zu Hause"


@dataclass(frozen=True)
class _Doc:
    type: str
    receipt: bool = True
    original: bool = False
    copied: bool = False
    scanned: bool = False
    consent: bool | None = None
    returned: bool | None = None
    description: str = ""  # printed on letters: a neutral label only
    remark: str = ""  # the private note, never printed
    period: str = ""  # may use the placeholders of the entry, e.g. {m3}
    pages: int | None = None


@dataclass(frozen=True)
class _Handover:
    method: str
    docs: tuple[_Doc, ...]
    notes: str = ""
    linked: bool = True  # store contact_uid; some handovers stand on their own
    minutes_after: int = 0


@dataclass(frozen=True)
class _Entry:
    days_ago: int
    at: str  # "HH:MM", local time in Berlin
    channel: str
    counterpart: str
    notes: str
    outcome: str = ""
    follow_up: str = ""
    location: str = ""
    companion: str = ""
    asked_to_sign: bool = False
    copied_or_scanned: bool = False
    requested: tuple[str, ...] = ()
    announces_next: bool = False  # fills {next} and details["next_appointment"]
    appointment: bool = True  # a "termin" that is a real appointment (not a drop-off)
    deadline_days: int = 0  # fills {frist}
    extra_details: tuple[tuple[str, Any], ...] = ()
    handover: _Handover | None = None


# ------------------------------------------------------------------ the year
# Placeholders in texts: {date} (this day), {frist} (date + deadline_days, moved to
# a working day), {next} (the next appointment), {m1}, {m2}, {m3}, {m12} (the last one,
# two, three or twelve full months).
_YEAR: tuple[_Entry, ...] = (
    _Entry(
        362,
        "08:15",
        "telefon",
        _SERVICE,
        location="von zu Hause aus angerufen",
        notes=(
            "Beim Servicecenter angerufen, fast 25 Minuten in der Warteschleife. Gesagt, dass "
            "mir die Bäckerei Sonnenkorn (fiktiv) in der Probezeit gekündigt hat und ich ab "
            "Monatsende kein Einkommen mehr habe. Arbeitslosengeld I bekomme ich nach Auskunft "
            "der Arbeitsagentur nicht, weil ich noch keine zwölf Monate versicherungspflichtig "
            "gearbeitet habe.\n"
            "Die Frau am Telefon hat Name, Adresse und Geburtsdatum aufgenommen und gesagt, der "
            "Antrag gilt damit ab heute als gestellt. Ich soll die Formulare online ausfüllen "
            "oder in der Eingangszone abholen. Nach ihrem Namen gefragt: sie dürfe nur "
            "„Servicecenter“ sagen."
        ),
        outcome="Antrag formlos gestellt, gilt ab heute ({date}).",
        follow_up="Antrag im Portal ausfüllen; Kündigung, Arbeitsvertrag, Lohnabrechnungen "
        "und Mietvertrag heraussuchen.",
        requested=("kuendigung", "arbeitsvertrag", "lohnabrechnung", "mietvertrag"),
    ),
    _Entry(
        360,
        "20:40",
        "portal",
        _PORTAL,
        location=_ZUHAUSE,
        notes=(
            "Abends den Hauptantrag im Portal ausgefüllt, dazu die Anlagen zu Unterkunft, "
            "Einkommen und Vermögen und die Anlage für Jonas. Hat fast drei Stunden gedauert, "
            "zweimal ist die Sitzung abgelaufen und ich musste von vorn anfangen.\n"
            "Hochgeladen: Kündigung, alter Arbeitsvertrag, die letzten zwei Lohnabrechnungen und "
            "der Mietvertrag, alles mit dem Handy fotografiert. Vorher geprüft, dass man jede "
            "Seite lesen kann. Die Eingangsbestätigung mit Vorgangsnummer als PDF gespeichert "
            "und zusätzlich ausgedruckt."
        ),
        outcome="Antrag mit vier Unterlagen online eingereicht, Eingangsbestätigung gespeichert.",
        follow_up="Auf Post vom Jobcenter warten.",
        handover=_Handover(
            "upload",
            (
                _Doc(
                    "kuendigung",
                    description="Kündigung in der Probezeit, Bäckerei Sonnenkorn (fiktiv)",
                    pages=1,
                ),
                _Doc("arbeitsvertrag", description="bisheriger Arbeitsvertrag", pages=4),
                _Doc("lohnabrechnung", period="{m2}", pages=2),
                _Doc("mietvertrag", description="Mietvertrag Musterweg 12", pages=6),
            ),
            notes="Eingangsbestätigung des Portals als PDF gespeichert und ausgedruckt.",
            minutes_after=5,
        ),
    ),
    _Entry(
        356,
        "12:10",
        "brief",
        _LEISTUNG,
        location="Briefkasten zu Hause",
        notes=(
            "Brief vom Jobcenter: Einladung zur Antragsbearbeitung bei Herrn M. Mitbringen soll "
            "ich den Personalausweis, Kontoauszüge aller Konten der letzten drei Monate, die "
            "letzte Nebenkostenabrechnung, den Kindergeldbescheid, die Geburtsurkunde von "
            "Jonas, den Nachweis über den Unterhalt, den Fahrzeugschein und meine "
            "Versicherungsnachweise. Unten steht, dass Leistungen versagt werden können, wenn "
            "ich nicht mitwirke. Das hat mich nervös gemacht. Habe mir eine Liste geschrieben "
            "und alles in eine Mappe sortiert."
        ),
        outcome="Einladung mit Liste der Unterlagen erhalten.",
        follow_up="Zum Termin am {next} alles mitbringen und vorher für mich kopieren.",
        requested=(
            "personalausweis",
            "kontoauszuege",
            "nebenkostenabrechnung",
            "kindergeldbescheid",
            "geburtsurkunde",
            "unterhaltstitel",
            "fahrzeugschein",
            "versicherungsnachweis",
        ),
        announces_next=True,
    ),
    _Entry(
        349,
        "09:30",
        "termin",
        _LEISTUNG,
        location=_ZIMMER_M,
        notes=(
            "Pünktlich da, trotzdem 40 Minuten gewartet. Herr M. war sachlich, aber in Eile. Er "
            "wollte den Ausweis sehen, ich habe ihn auf den Tisch gelegt. Er hat ihn genommen "
            "und ist damit aus dem Zimmer gegangen. Durch die offene Tür habe ich gesehen, dass "
            "er ihn am Kopierer im Flur aufgelegt hat. Als er zurückkam, habe ich gefragt, ob "
            "das nötig ist. Antwort: „Das machen wir immer so, das kommt in die Akte.“ Gefragt, "
            "ob ich einverstanden bin, hat er vorher nicht. Den Ausweis habe ich gleich "
            "zurückbekommen.\n"
            "Danach hat er Nebenkostenabrechnung, Kindergeldbescheid, die Urkunde über den "
            "Unterhalt, den Fahrzeugschein und die Versicherungsnachweise durchgesehen und "
            "kopiert. Die Geburtsurkunde von Jonas hat er nur angeschaut und mir zurückgegeben. "
            "Wegen des Autos (Kleinwagen, Baujahr 2009) wollte er wissen, was es noch wert ist; "
            "ich habe etwa 1.500 Euro geschätzt, das schien ihm in Ordnung.\n"
            "Die Kontoauszüge hatte ich nicht vollständig, der letzte Monat fehlte noch. Die "
            "soll ich nachreichen. Eine Eingangsbestätigung habe ich verlangt und bekommen, der "
            "Ausweis steht nicht darauf."
        ),
        outcome="Unterlagen abgegeben. Ausweis ohne Nachfrage kopiert. Kontoauszüge fehlen noch.",
        follow_up="Kontoauszüge der letzten drei Monate bis {frist} nachreichen. Klären, ob die "
        "Ausweiskopie in der Akte bleiben darf.",
        copied_or_scanned=True,
        requested=("kontoauszuege",),
        deadline_days=14,
        handover=_Handover(
            "persoenlich",
            (
                _Doc(
                    "personalausweis",
                    receipt=False,
                    original=True,
                    copied=True,
                    consent=False,
                    returned=True,
                    remark="vom Sachbearbeiter am Flurkopierer kopiert, ohne zu fragen",
                ),
                _Doc("nebenkostenabrechnung", description="Abrechnung des Vorjahres", pages=3),
                _Doc("kindergeldbescheid", pages=2),
                _Doc(
                    "geburtsurkunde",
                    receipt=False,
                    original=True,
                    returned=True,
                    description="Jonas",
                    remark="nur angesehen, keine Kopie",
                ),
                _Doc(
                    "unterhaltstitel",
                    description="Jugendamtsurkunde über den Unterhalt für Jonas",
                    pages=2,
                ),
                _Doc("fahrzeugschein", pages=1),
                _Doc("versicherungsnachweis", description="Kfz-Haftpflicht und Hausrat", pages=4),
            ),
            notes="Eingangsbestätigung mit Stempel erhalten; der Ausweis ist darauf nicht "
            "aufgeführt.",
            minutes_after=15,
        ),
    ),
    _Entry(
        343,
        "10:10",
        "termin",
        _EINGANG,
        location=_EINGANGSZONE,
        appointment=False,
        notes=(
            "Ohne Termin an der Eingangszone die Kontoauszüge nachgereicht, ausgedruckt für "
            "{m3}. Bei zwei Abbuchungen habe ich Empfänger und Verwendungszweck geschwärzt "
            "(Zuzahlung bei der Physiotherapie und eine kleine Spende), die Beträge sind zu "
            "sehen.\n"
            "Frau D. hat die Seiten durchgeblättert und gefragt, ob das alle Konten sind. Ich "
            "habe nur dieses eine Girokonto. Sie sagte, so passt das, bei Ausgaben dürfe man "
            "schwärzen, solange die Beträge lesbar sind. Auf mein mitgebrachtes Anschreiben "
            "hat sie den Eingangsstempel gesetzt."
        ),
        outcome="Kontoauszüge für drei Monate mit geschwärzten Empfängern angenommen.",
        follow_up="Auf den Bescheid warten.",
        handover=_Handover(
            "persoenlich",
            (
                _Doc(
                    "kontoauszuege",
                    period="{m3}",
                    pages=9,
                    description="Girokonto",
                    remark="bei zwei Ausgaben Empfänger und Zweck geschwärzt, Beträge lesbar",
                ),
            ),
            notes="Eingangsstempel auf meinem Anschreiben.",
            minutes_after=5,
        ),
    ),
    _Entry(
        334,
        "13:00",
        "brief",
        _LEISTUNG,
        location="Briefkasten zu Hause",
        notes=(
            "Der Bewilligungsbescheid ist da. Bürgergeld für Jonas und mich für zwölf Monate, "
            "Miete und Heizkosten werden voll übernommen. Kindergeld und Unterhalt sind bei "
            "Jonas angerechnet, der erste Monat ist anteilig berechnet. Mit der Checkliste der "
            "Beratungsstelle durchgesehen, mir ist kein Fehler aufgefallen. Erleichtert."
        ),
        outcome="Bewilligung für zwölf Monate.",
        follow_up="Widerspruchsfrist bis {frist} notiert, falls mir doch noch etwas auffällt.",
        deadline_days=33,
    ),
    _Entry(
        330,
        "11:40",
        "brief",
        _VERMITTLUNG,
        location="Briefkasten zu Hause",
        notes=(
            "Einladung zum Erstgespräch in der Arbeitsvermittlung bei Frau K. Mitbringen: "
            "Lebenslauf und Zeugnisse. Wieder mit Rechtsfolgenbelehrung: wenn ich ohne "
            "wichtigen Grund nicht komme, kann das Bürgergeld gemindert werden."
        ),
        outcome="Einladung erhalten.",
        follow_up="Termin am {next}; Lebenslauf aktualisieren.",
        requested=("lebenslauf", "zeugnis"),
        announces_next=True,
    ),
    _Entry(
        322,
        "10:00",
        "termin",
        _VERMITTLUNG,
        location=_ZIMMER_K,
        notes=(
            "Erstgespräch bei Frau K. Zu Beginn wollte sie den Ausweis sehen. Sie hat ihn kurz "
            "angeschaut, im Computer etwas angeklickt und ihn mir sofort zurückgegeben. Auf "
            "meine Frage sagte sie, sie vermerke nur „Ausweis lag vor“, eine Kopie brauche sie "
            "nicht.\n"
            "Dann ging es um meinen Werdegang: Ausbildung zur Verkäuferin, viele Jahre im "
            "Einzelhandel, zuletzt die Bäckerei. Sie fragte nach der Betreuung von Jonas (er ist "
            "13 und nachmittags allein, das klappt) und ob ich gesundheitliche Einschränkungen "
            "habe. Ich habe gesagt, dass ich manchmal Rückenprobleme habe, mehr nicht.\n"
            "Lebenslauf und zwei Arbeitszeugnisse hat sie kopiert, vorher hat sie gefragt. Wir "
            "haben besprochen, dass ich mich im Verkauf und an der Kasse bewerbe, am liebsten "
            "Teilzeit mit etwa 30 Stunden. Den Kooperationsplan stellt sie mir ins Portal."
        ),
        outcome="Ausweis nur vorgezeigt. Lebenslauf und Zeugnisse abgegeben. Kooperationsplan "
        "kommt ins Portal.",
        follow_up="Kooperationsplan lesen. Nächster Termin: {next}.",
        announces_next=True,
        handover=_Handover(
            "persoenlich",
            (
                _Doc(
                    "personalausweis",
                    receipt=False,
                    original=True,
                    returned=True,
                    remark="nur vorgezeigt, „Ausweis lag vor“, keine Kopie",
                ),
                _Doc("lebenslauf", copied=True, consent=True, pages=2),
                _Doc(
                    "zeugnis",
                    copied=True,
                    consent=True,
                    pages=3,
                    description="zwei Arbeitszeugnisse",
                ),
            ),
            notes="Frau K. hat die Kopien von Lebenslauf und Zeugnissen auf einer Liste quittiert.",
            minutes_after=10,
        ),
    ),
    _Entry(
        318,
        "19:10",
        "portal",
        _VERMITTLUNG,
        location=_ZUHAUSE,
        notes=(
            "Der Kooperationsplan ist im Portal. Darin: vier Bewerbungen im Monat, Teilnahme an "
            "einem Bewerbungscoaching, Erstattung von Bewerbungskosten. Nichts, was wir nicht "
            "besprochen hatten. Unterschreiben muss ich nichts, ich habe per Portalnachricht "
            "bestätigt, dass ich ihn gelesen habe."
        ),
        outcome="Kooperationsplan gelesen und bestätigt.",
        follow_up="Bewerbungen sammeln und notieren.",
    ),
    _Entry(
        311,
        "14:20",
        "email",
        _VERMITTLUNG,
        location=_ZUHAUSE,
        notes=(
            "Zwei Vermittlungsvorschläge per E-Mail: Verkäuferin in einem Drogeriemarkt "
            "(Teilzeit) und Kassiererin in einem Baumarkt. Beide mit Rechtsfolgenbelehrung im "
            "Anhang. Auf beide beworben, beim Baumarkt über das Onlineformular, beim "
            "Drogeriemarkt per E-Mail. Frau K. kurz geantwortet, dass beide Bewerbungen raus "
            "sind."
        ),
        outcome="Zwei Bewerbungen verschickt.",
        follow_up="Antworten der Firmen an Frau K. weitergeben.",
    ),
    _Entry(
        301,
        "09:00",
        "telefon",
        _VERMITTLUNG,
        location="auf dem Handy",
        notes=(
            "Frau K. rief an: Ich soll an einem Bewerbungscoaching bei Lernwerk Beispielstadt "
            "(fiktiv) teilnehmen, Beginn in zwei Wochen. Ich habe gefragt, welche Daten sie an "
            "den Träger gibt. Antwort: Name, Telefonnummer und der Lebenslauf, sonst nichts. "
            "Damit war ich einverstanden. Die Zuweisung kommt mit der Post."
        ),
        outcome="Zuweisung zum Bewerbungscoaching, Beginn am {frist}.",
        follow_up="Zuweisung abwarten.",
        deadline_days=14,
    ),
    _Entry(
        292,
        "08:05",
        "telefon",
        "Kollegin im Team von Frau K.",
        location="von zu Hause aus angerufen",
        notes=(
            "Morgens starke Rückenschmerzen, konnte kaum aufstehen. Bei der Hausärztin gewesen, "
            "sie hat mich für zwei Wochen krankgeschrieben. Danach beim Jobcenter angerufen. "
            "Frau K. war nicht da, eine Kollegin hat die Krankmeldung notiert und gesagt, ich "
            "soll die Bescheinigung per Post schicken, das Coaching beginnt dann später. Nach "
            "der Diagnose hat sie nicht gefragt, ich habe auch keine genannt."
        ),
        outcome="Krankmeldung telefonisch durchgegeben.",
        follow_up="Arbeitsunfähigkeitsbescheinigung heute noch abschicken.",
        requested=("arbeitsunfaehigkeitsbescheinigung",),
    ),
    _Entry(
        292,
        "17:30",
        "brief",
        "Jobcenter Beispielstadt, Arbeitsvermittlung",
        location="Briefkasten vor der Post",
        notes=(
            "Die Arbeitsunfähigkeitsbescheinigung (die Ausfertigung ohne Diagnose) mit einem "
            "kurzen Anschreiben als normalen Brief abgeschickt. Kopie für mich gemacht. Jonas "
            "war dabei, als ich den Brief eingeworfen habe."
        ),
        outcome="Krankmeldung per Post verschickt, ohne Nachweis des Eingangs.",
        handover=_Handover(
            "post",
            (
                _Doc(
                    "arbeitsunfaehigkeitsbescheinigung",
                    receipt=False,
                    pages=1,
                    description="Ausfertigung ohne Diagnose",
                ),
            ),
            notes="Einfacher Brief, keine Eingangsbestätigung.",
            linked=False,
        ),
    ),
    _Entry(
        281,
        "10:45",
        "telefon",
        _SERVICE,
        location="von zu Hause aus angerufen",
        notes=(
            "Nachgefragt, ob die Krankmeldung angekommen ist. Im System sei nichts vermerkt, "
            "ich soll sie noch einmal schicken oder vorbeibringen. Ich habe gesagt, dass ich "
            "sie vor über einer Woche abgeschickt habe. Die Frau meinte, die Post brauche "
            "manchmal, das sei „nicht schlimm“. Bin nachmittags hingegangen und habe die Kopie "
            "an der Eingangszone abgegeben, diesmal mit Stempel auf meinem Exemplar."
        ),
        outcome="Krankmeldung angeblich nicht eingegangen; Kopie persönlich abgegeben.",
        follow_up="Künftig alles Wichtige gegen Eingangsstempel abgeben.",
        handover=_Handover(
            "persoenlich",
            (
                _Doc(
                    "arbeitsunfaehigkeitsbescheinigung",
                    pages=1,
                    description="zweite Abgabe",
                    remark="Kopie, zweite Abgabe, weil die erste „nicht vorlag“",
                ),
            ),
            notes="Eingangsstempel auf meiner Kopie.",
            minutes_after=300,
        ),
    ),
    _Entry(
        270,
        "09:15",
        "termin",
        _VERMITTLUNG,
        location=_ZIMMER_K,
        notes=(
            "Termin bei Frau K. nach der Krankschreibung. Wegen der Rückenprobleme will sie ein "
            "Gutachten beim Ärztlichen Dienst. Sie gab mir den Gesundheitsfragebogen, eine "
            "Schweigepflichtentbindung und einen Umschlag mit dem Aufdruck „Ärztlicher Dienst – "
            "verschlossen“. Dann meinte sie, am schnellsten gehe es, wenn ich den Fragebogen "
            "gleich hier ausfülle und ihr offen gebe, sie schaue kurz drüber, ob alles "
            "vollständig ist. Ich habe gesagt, dass ich ihn lieber zu Hause in Ruhe ausfülle "
            "und verschlossen schicke. Sie war hörbar genervt („Dann dauert es eben länger“).\n"
            "Die Schweigepflichtentbindung war sehr weit: alle behandelnden Ärztinnen und Ärzte, "
            "ohne Zeitgrenze. Sie wollte, dass ich sie sofort unterschreibe. Habe ich nicht, "
            "ich lasse das erst prüfen. Das Coaching beginnt jetzt nächsten Monat."
        ),
        outcome="Fragebogen und Schweigepflichtentbindung mitgenommen; nichts offen abgegeben, "
        "nichts unterschrieben.",
        follow_up="Fragebogen zu Hause ausfüllen, Entbindung auf Hausärztin und Orthopäden "
        "begrenzen, alles verschlossen per Einschreiben schicken.",
        asked_to_sign=True,
        requested=("gesundheitsfragebogen", "schweigepflichtentbindung"),
        extra_details=(("health_form_to_read_openly", True),),
    ),
    _Entry(
        263,
        "16:00",
        "brief",
        "Ärztlicher Dienst (über das Jobcenter)",
        location="Postfiliale",
        notes=(
            "Den Gesundheitsfragebogen ausgefüllt und mit dem Attest meiner Hausärztin in den "
            "Umschlag für den Ärztlichen Dienst gesteckt und zugeklebt. Die "
            "Schweigepflichtentbindung habe ich auf die Hausärztin und den Orthopäden "
            "beschränkt und bis Jahresende befristet, das handschriftlich ergänzt und "
            "unterschrieben. Alles per Einschreiben mit Rückschein an das Jobcenter geschickt, "
            "auf dem inneren Umschlag steht „Nur für den Ärztlichen Dienst“."
        ),
        outcome="Gesundheitsunterlagen verschlossen per Einschreiben verschickt.",
        follow_up="Rückschein aufheben.",
        asked_to_sign=True,
        handover=_Handover(
            "einschreiben",
            (
                _Doc(
                    "gesundheitsfragebogen",
                    pages=6,
                    description="verschlossen im Umschlag für den Ärztlichen Dienst",
                ),
                _Doc(
                    "aerztliches-attest",
                    pages=1,
                    description="Attest der Hausärztin, im selben verschlossenen Umschlag",
                ),
                _Doc(
                    "schweigepflichtentbindung",
                    pages=1,
                    description="beschränkt auf Hausärztin und Orthopäden, befristet bis "
                    "Jahresende",
                ),
            ),
            notes="Einlieferungsbeleg und Rückschein aufbewahrt.",
            minutes_after=5,
        ),
    ),
    _Entry(
        246,
        "11:30",
        "brief",
        _VERMITTLUNG,
        location="Briefkasten zu Hause",
        notes=(
            "Das Ergebnis vom Ärztlichen Dienst ist da, nur eine Seite: Ich kann sechs Stunden "
            "und mehr am Tag arbeiten, ohne schweres Heben und mit Wechsel zwischen Sitzen und "
            "Stehen. Keine Diagnosen in dem Schreiben. Frau K. schreibt dazu, dass sie die "
            "Stellenvorschläge darauf einstellt."
        ),
        outcome="Gutachten: leistungsfähig mit Einschränkungen.",
    ),
    _Entry(
        240,
        "19:45",
        "brief",
        _LEISTUNG,
        location="Hausbriefkasten des Jobcenters",
        notes=(
            "Die Nebenkostenabrechnung für das letzte Jahr ist gekommen: gut 280 Euro "
            "Nachzahlung, fällig in vier Wochen. Einen kurzen Antrag auf Übernahme geschrieben "
            "und mit einer Kopie der Abrechnung abends in den Briefkasten des Jobcenters "
            "geworfen. Vorher beides mit dem Handy fotografiert."
        ),
        outcome="Antrag auf Übernahme der Nachzahlung eingeworfen.",
        follow_up="Nachfragen, falls bis {frist} nichts kommt.",
        deadline_days=28,
        handover=_Handover(
            "briefkasten",
            (
                _Doc(
                    "nebenkostenabrechnung",
                    receipt=False,
                    pages=3,
                    description="Abrechnung mit Nachzahlung",
                ),
                _Doc(
                    "sonstiges",
                    receipt=False,
                    pages=1,
                    description="Antrag auf Übernahme der Nebenkostennachzahlung",
                ),
            ),
            notes="Eingeworfen, keine Eingangsbestätigung. Fotos der Blätter gespeichert.",
            linked=False,
        ),
    ),
    _Entry(
        233,
        "18:15",
        "telefon",
        _HAUSVERWALTUNG,
        location="auf dem Handy",
        notes=(
            "Frau P. von der Hausverwaltung rief an. Ein Herr vom Jobcenter habe bei ihr "
            "angerufen und gefragt, ob die Nachzahlung stimmt, ob ich die Miete pünktlich zahle "
            "und wer außer mir und Jonas in der Wohnung wohnt. Sie wusste bis dahin nicht, dass "
            "ich Bürgergeld bekomme, und fragte, ob es Probleme mit der Miete gibt. Ich war "
            "völlig überrumpelt und habe mich geschämt.\n"
            "Mich hat vorher niemand gefragt, ob das Jobcenter beim Vermieter anrufen darf. "
            "Alle Unterlagen hatte ich ja selbst abgegeben."
        ),
        outcome="Jobcenter hat ohne mein Wissen bei der Hausverwaltung nachgefragt.",
        follow_up="Bei Herrn M. nachfragen, warum.",
        extra_details=(("third_party_contacted", "Hausverwaltung"),),
    ),
    _Entry(
        232,
        "09:05",
        "telefon",
        _LEISTUNG,
        location="von zu Hause aus angerufen",
        notes=(
            "Herrn M. direkt erreicht. Er hat bestätigt, dass er bei der Hausverwaltung "
            "angerufen hat, weil ihm die Nachzahlung hoch vorkam; das gehe schneller als ein "
            "Brief an mich. Ich habe gesagt, dass ich gern vorher gefragt worden wäre und die "
            "Hausverwaltung jetzt weiß, dass ich Bürgergeld beziehe. Er sagte, das sei „ganz "
            "normal“. Ich habe gebeten, mir schriftlich mitzuteilen, was er gefragt und was er "
            "erfahren hat."
        ),
        outcome="Anruf beim Vermieter bestätigt, ohne dass ich vorher gefragt wurde.",
        follow_up="Schriftliche Antwort abwarten, mit der Beratungsstelle besprechen.",
        extra_details=(("third_party_contacted", "Hausverwaltung"),),
    ),
    _Entry(
        218,
        "08:40",
        "hausbesuch",
        _AUSSENDIENST,
        location=_ZUHAUSE,
        notes=(
            "Um 8:40 klingelten zwei Personen vom Außendienst, Herr T. und eine Kollegin. "
            "Angekündigt war nichts. Ich war noch im Morgenmantel, Jonas schon in der Schule. "
            "Es gehe um eine „Überprüfung der Wohnverhältnisse“, einen Grund wollten sie nicht "
            "nennen. Als ich fragte, ob ich sie hereinlassen muss, sagte Herr T.: „Wenn Sie "
            "nicht mitwirken, kann das Folgen für Ihre Leistungen haben.“ Deshalb habe ich sie "
            "hereingelassen.\n"
            "Sie haben sich alle Zimmer angesehen, auch das Schlafzimmer und den offenen "
            "Kleiderschrank, und gefragt, wem die Männerjacke an der Garderobe gehört (meinem "
            "Bruder, er hat sie nach einem Besuch vergessen). Etwa 20 Minuten, ein Protokoll "
            "habe ich nicht bekommen.\n"
            "Nachmittags erzählte mir die Nachbarin von gegenüber, die beiden hätten vorher "
            "bei ihr geklingelt und gefragt, ob ich allein lebe. Ich habe den ganzen Tag "
            "gezittert."
        ),
        outcome="Unangekündigter Hausbesuch, unter Druck hereingelassen, Nachbarin befragt.",
        follow_up="Schriftlich nach dem Anlass und dem Prüfbericht fragen.",
        extra_details=(("announced", False), ("reason_given", False)),
    ),
    _Entry(
        216,
        "21:30",
        "email",
        _LEISTUNG,
        location=_ZUHAUSE,
        notes=(
            "E-Mail an das Funktionspostfach der Leistungsabteilung: Ich bitte um Mitteilung, "
            "aus welchem Anlass der Hausbesuch stattfand, um eine Kopie des Prüfberichts und um "
            "Auskunft, was bei der Hausverwaltung erfragt wurde. Keine Gesundheits- oder "
            "Kontodaten in die E-Mail geschrieben. Eine Lesebestätigung angefordert, aber keine "
            "bekommen."
        ),
        outcome="Anfrage zu Hausbesuch und Anruf beim Vermieter gestellt.",
        follow_up="Antwort bis {frist} erwarten.",
        deadline_days=30,
    ),
    _Entry(
        205,
        "10:00",
        "telefon",
        _VERMITTLUNG,
        location="auf dem Handy",
        notes=(
            "Kurzes Telefonat mit Frau K.: Das Bewerbungscoaching bei Lernwerk Beispielstadt "
            "(fiktiv) beginnt am Montag, dreimal in der Woche vormittags, acht Wochen lang. "
            "Fahrkosten werden erstattet, die Fahrkarten soll ich sammeln. Sie fragte, ob es "
            "mit dem Rücken geht; ich sagte ja, solange ich nicht lange stehen muss."
        ),
        outcome="Coaching beginnt am Montag.",
        follow_up="Fahrkarten aufheben.",
    ),
    _Entry(
        196,
        "12:00",
        "brief",
        _LEISTUNG,
        location="Briefkasten zu Hause",
        notes=(
            "Antwort auf meine E-Mail, per Brief. Anlass des Hausbesuchs sei ein „Hinweis“ "
            "gewesen, dass möglicherweise ein Partner bei mir wohnt; von wem, steht nicht drin. "
            "Ergebnis: keine Anhaltspunkte, dass noch jemand bei uns lebt. Eine Kopie des "
            "Prüfberichts liegt bei. Zum Anruf bei der Hausverwaltung steht nur, es seien "
            "„Angaben zur Nebenkostenabrechnung eingeholt“ worden. Die Nachzahlung wird "
            "übernommen und direkt an die Hausverwaltung überwiesen."
        ),
        outcome="Hausbesuch ohne Befund. Nachzahlung übernommen.",
        follow_up="Mit der Erwerbsloseninitiative besprechen, ob ich mich beschwere.",
    ),
    _Entry(
        186,
        "14:00",
        "termin",
        _VERMITTLUNG,
        location=_ZIMMER_K,
        companion=_BEISTAND,
        notes=(
            "Termin bei Frau K. Ich hatte Frau L. von der Erwerbsloseninitiative als Beistand "
            "mitgebracht, weil ich seit dem Hausbesuch sehr unsicher bin. Frau K. sagte an der "
            "Tür, das sei ein vertrauliches Gespräch unter vier Augen, die Begleitung müsse "
            "draußen warten. Frau L. sagte ruhig, dass ich einen Beistand mitbringen darf. Frau "
            "K. blieb dabei, sonst müsse sie den Termin absagen. Ich wollte nicht, dass der "
            "Termin platzt, also hat Frau L. im Wartebereich gewartet. Schriftlich begründet "
            "wurde das nicht.\n"
            "Im Gespräch ging es um das Coaching (läuft gut) und um einen Minijob als "
            "Kassiererin im Getränkemarkt Beispielhof (fiktiv), den ich in Aussicht habe. Frau "
            "K. sagte, den soll ich annehmen und das Einkommen sofort melden."
        ),
        outcome="Beistand musste draußen warten. Minijob soll ich annehmen.",
        follow_up="Mit Frau L. eine Beschwerde aufsetzen. Arbeitsvertrag hochladen, sobald "
        "unterschrieben.",
        extra_details=(("companion_admitted", False),),
    ),
    _Entry(
        184,
        "11:20",
        "fax",
        _LEISTUNG,
        location="Copyshop am Bahnhof",
        notes=(
            "Seit dem Gespräch mit Frau L. weiß ich, dass das Jobcenter meinen Ausweis nicht "
            "einfach kopieren darf. Im Copyshop ein Schreiben an die Leistungsabteilung "
            "gefaxt: Ich habe der Kopie beim ersten Termin bei Herrn M. nicht zugestimmt und "
            "beantrage, die Ausweiskopie aus der Papierakte und der E-Akte zu löschen und mir "
            "das schriftlich zu bestätigen. Sendebericht mit „OK“ aufbewahrt."
        ),
        outcome="Löschung der Ausweiskopie beantragt.",
        follow_up="Bestätigung bis {frist} erwarten, sonst nachhaken.",
        deadline_days=30,
        handover=_Handover(
            "fax",
            (
                _Doc(
                    "sonstiges",
                    receipt=False,
                    pages=1,
                    description="Antrag auf Löschung der Ausweiskopie",
                ),
            ),
            notes="Faxsendebericht „OK“ liegt in der Mappe.",
        ),
    ),
    _Entry(
        180,
        "20:15",
        "portal",
        _PORTAL,
        location=_ZUHAUSE,
        notes=(
            "Veränderungsmitteilung im Portal: Ab dem Ersten arbeite ich im Minijob als "
            "Kassiererin, zehn Stunden in der Woche. Den unterschriebenen Arbeitsvertrag "
            "hochgeladen, die Eingangsbestätigung gespeichert."
        ),
        outcome="Minijob gemeldet, Arbeitsvertrag hochgeladen.",
        follow_up="Jede Lohnabrechnung gleich hochladen.",
        handover=_Handover(
            "upload",
            (
                _Doc(
                    "arbeitsvertrag",
                    pages=3,
                    description="Minijob Getränkemarkt Beispielhof (fiktiv), 10 Stunden pro Woche",
                ),
            ),
            notes="Eingangsbestätigung des Portals gespeichert.",
            minutes_after=3,
        ),
    ),
    _Entry(
        176,
        "09:30",
        "email",
        _TEAMLEITUNG,
        location=_ZUHAUSE,
        notes=(
            "Zusammen mit Frau L. eine Beschwerde an die Teamleitung geschrieben: Beim letzten "
            "Termin wurde meine Begleitung ohne schriftliche Begründung hinausgeschickt. Ich "
            "bitte darum, dass ich künftig mit Beistand kommen kann, und um eine Stellungnahme."
        ),
        outcome="Beschwerde wegen des abgewiesenen Beistands verschickt.",
        follow_up="Antwort abwarten.",
    ),
    _Entry(
        165,
        "11:00",
        "telefon",
        _TEAMLEITUNG,
        location="auf dem Handy",
        notes=(
            "Frau B. von der Teamleitung rief zurück. Sie sagte, ein Beistand dürfe "
            "selbstverständlich mit ins Gespräch, das sei ein Missverständnis gewesen, sie habe "
            "mit Frau K. gesprochen. Beim nächsten Termin kann Frau L. mitkommen. Eine "
            "schriftliche Antwort bekomme ich zusätzlich."
        ),
        outcome="Teamleitung sagt zu: Beistand darf künftig mit hinein.",
    ),
    _Entry(
        158,
        "12:20",
        "brief",
        _LEISTUNG,
        location="Briefkasten zu Hause",
        notes=(
            "Schreiben von Herrn M.: Die Kopie meines Personalausweises sei aus der "
            "elektronischen Akte gelöscht worden. Künftig werde nur vermerkt, dass der Ausweis "
            "vorgelegen hat. Zur Papierakte steht nichts drin."
        ),
        outcome="Löschung der Ausweiskopie bestätigt (nur E-Akte erwähnt).",
        follow_up="Bei Gelegenheit fragen, ob auch in der Papierakte keine Kopie mehr ist.",
    ),
    _Entry(
        152,
        "13:10",
        "brief",
        _LEISTUNG,
        location="Briefkasten zu Hause",
        notes=(
            "Änderungsbescheid wegen des Minijobs: Das Einkommen wird ab nächstem Monat "
            "vorläufig angerechnet, bis die Lohnabrechnungen vorliegen. Der Freibetrag ist "
            "berücksichtigt. Ich soll jede Lohnabrechnung sofort einreichen."
        ),
        outcome="Vorläufiger Änderungsbescheid.",
        follow_up="Widerspruchsfrist bis {frist}. Lohnabrechnungen jeden Monat hochladen.",
        deadline_days=33,
    ),
    _Entry(
        135,
        "10:30",
        "brief",
        _VERTRETUNG,
        location="Briefkasten zu Hause",
        notes=(
            "Brief von Frau S., die Herrn M. vertritt. Wegen eines Datenabgleichs soll ich "
            "„lückenlose und ungeschwärzte Kontoauszüge aller Konten der letzten zwölf Monate“ "
            "einreichen, also für {m12}. Frist zwei Wochen, sonst könnten die Leistungen ganz "
            "versagt werden. Warum zwölf Monate nötig sind, steht nicht drin, auch nicht, um "
            "welche Buchung es geht. Ich habe Angst, dass nächsten Monat kein Geld kommt."
        ),
        outcome="Aufforderung: zwölf Monate Kontoauszüge, ungeschwärzt.",
        follow_up="Bei Frau S. anrufen, welche Buchung gemeint ist. Frau L. fragen. Frist: "
        "{frist}.",
        requested=("kontoauszuege",),
        deadline_days=14,
        extra_details=(("statements_months", 12), ("unredacted_demanded", True)),
    ),
    _Entry(
        132,
        "09:10",
        "telefon",
        _VERTRETUNG,
        location="von zu Hause aus angerufen",
        notes=(
            "Frau S. angerufen. Auf die Frage, warum zwölf Monate und warum ungeschwärzt: "
            "„Das machen wir bei Auffälligkeiten immer so.“ Gemeint ist eine Gutschrift vom "
            "Finanzamt vor einigen Monaten. Ich habe gesagt, dass das meine Steuererstattung "
            "war und ich den Steuerbescheid schicken kann. Sie blieb bei zwölf Monaten, sagte "
            "aber, Schwärzungen bei Ausgaben werde sie sich „ansehen“."
        ),
        outcome="Grund ist eine Steuererstattung; Frau S. besteht auf zwölf Monaten.",
        follow_up="Mit Frau L. ein Begleitschreiben aufsetzen und faxen.",
        requested=("kontoauszuege", "steuerbescheid"),
    ),
    _Entry(
        128,
        "11:45",
        "fax",
        _VERTRETUNG,
        location="Copyshop am Bahnhof",
        notes=(
            "Mit Hilfe von Frau L. ein Begleitschreiben aufgesetzt: Ich reiche die Auszüge der "
            "letzten drei Monate ein ({m3}). Bei einigen Ausgaben sind Empfänger und Zweck "
            "geschwärzt, die Beträge sind lesbar. Für die Gutschrift vom Finanzamt lege ich den "
            "Steuerbescheid bei. Für ältere Monate bitte ich um eine Begründung, welche "
            "Buchungen konkret geprüft werden müssen. 14 Seiten gefaxt, Sendebericht „OK“."
        ),
        outcome="Drei Monate Kontoauszüge (teilweise geschwärzt) und Steuerbescheid gefaxt.",
        follow_up="Antwort abwarten; den Sendebericht aufheben.",
        handover=_Handover(
            "fax",
            (
                _Doc(
                    "sonstiges",
                    receipt=False,
                    pages=1,
                    description="Begleitschreiben zu den Kontoauszügen",
                ),
                _Doc(
                    "kontoauszuege",
                    receipt=False,
                    period="{m3}",
                    pages=10,
                    description="Girokonto",
                    remark="bei Ausgaben Empfänger teilweise geschwärzt, Beträge lesbar",
                ),
                _Doc(
                    "steuerbescheid",
                    receipt=False,
                    pages=3,
                    description="Einkommensteuerbescheid mit Erstattung",
                ),
            ),
            notes="Faxsendebericht „OK“, 14 Seiten.",
        ),
    ),
    _Entry(
        113,
        "12:40",
        "brief",
        _VERTRETUNG,
        location="Briefkasten zu Hause",
        notes=(
            "Frau S. schreibt, die eingereichten Unterlagen reichen aus, weitere Kontoauszüge "
            "werden nicht verlangt. Wegen der Steuererstattung werde geprüft, ob sie als "
            "Einkommen zählt; dazu bekomme ich gegebenenfalls eine Anhörung. Ein Stein vom "
            "Herzen, auch wenn das mit der Erstattung noch offen ist."
        ),
        outcome="Drei Monate reichen; keine weiteren Auszüge nötig.",
        follow_up="Auf mögliche Anhörung wegen der Steuererstattung achten.",
    ),
    _Entry(
        96,
        "10:00",
        "termin",
        _VERMITTLUNG,
        location=_ZIMMER_K,
        companion=_BEISTAND,
        notes=(
            "Diesmal durfte Frau L. mit hinein, Frau K. hat nichts dazu gesagt und war "
            "freundlich. Das Coaching ist abgeschlossen, die Teilnahmebescheinigung habe ich "
            "abgegeben. Der Minijob läuft. Ich habe die Nachweise über zwölf Bewerbungen aus "
            "{m3} mitgebracht; Frau K. hat sie kopiert und mir zurückgegeben.\n"
            "Sie schlug eine Weiterbildung zu Kasse und Warenwirtschaft vor, vier Wochen in "
            "Teilzeit, danach hätte ich bessere Chancen auf eine Stelle mit mehr Stunden. Ich "
            "habe zugestimmt. Frau L. hat mitgeschrieben."
        ),
        outcome="Bewerbungsnachweise abgegeben, Weiterbildung vereinbart.",
        follow_up="Auf den Bildungsgutschein warten.",
        handover=_Handover(
            "persoenlich",
            (
                _Doc(
                    "bewerbungsnachweise",
                    copied=True,
                    consent=True,
                    period="{m3}",
                    pages=12,
                    description="zwölf Bewerbungen mit Antworten",
                ),
                _Doc("sonstiges", pages=1, description="Teilnahmebescheinigung Bewerbungscoaching"),
            ),
            notes="Frau K. hat den Empfang auf meiner Liste abgezeichnet.",
            minutes_after=20,
        ),
    ),
    _Entry(
        86,
        "21:05",
        "portal",
        _PORTAL,
        location=_ZUHAUSE,
        notes=(
            "Die Lohnabrechnungen aus dem Minijob hochgeladen und eine kurze Nachricht an "
            "Herrn M. geschrieben, dass sich die Stunden nicht geändert haben."
        ),
        outcome="Lohnabrechnungen hochgeladen.",
        handover=_Handover(
            "upload",
            (_Doc("lohnabrechnung", period="{m3}", pages=3, description="Minijob"),),
            notes="Eingangsbestätigung des Portals gespeichert.",
            linked=False,
            minutes_after=2,
        ),
    ),
    _Entry(
        75,
        "08:50",
        "telefon",
        _SERVICE,
        location="von zu Hause aus angerufen",
        notes=(
            "Gefragt, wie ich die Klassenfahrt von Jonas bezahlt bekomme. Antwort: Antrag auf "
            "Leistungen für Bildung und Teilhabe, dazu eine Bestätigung der Schule mit den "
            "Kosten. Das Formular kann ich an der Eingangszone abgeben. Nebenbei soll ich die "
            "neue Beitragsrechnung der Kfz-Versicherung mitbringen, weil der Beitrag gestiegen "
            "ist."
        ),
        outcome="Weg für den Antrag auf Bildung und Teilhabe erklärt.",
        follow_up="Bestätigung der Schule holen, Antrag abgeben.",
        requested=("versicherungsnachweis",),
    ),
    _Entry(
        70,
        "10:20",
        "termin",
        _EINGANG,
        location=_EINGANGSZONE,
        appointment=False,
        notes=(
            "An der Eingangszone den Antrag für die Klassenfahrt mit der Bestätigung der Schule "
            "abgegeben, dazu die neue Beitragsrechnung der Kfz-Versicherung. Frau D. hat beides "
            "kopiert und mir die Eingangsbestätigung ausgedruckt. Ging schnell, zehn Minuten."
        ),
        outcome="Antrag auf Bildung und Teilhabe abgegeben.",
        handover=_Handover(
            "persoenlich",
            (
                _Doc(
                    "sonstiges",
                    pages=2,
                    description="Antrag Bildung und Teilhabe mit Bestätigung der Schule",
                ),
                _Doc(
                    "versicherungsnachweis",
                    pages=1,
                    description="neue Beitragsrechnung Kfz-Haftpflicht",
                ),
            ),
            notes="Ausgedruckte Eingangsbestätigung mit beiden Unterlagen.",
            minutes_after=5,
        ),
    ),
    _Entry(
        60,
        "12:15",
        "brief",
        _LEISTUNG,
        location="Briefkasten zu Hause",
        notes=(
            "Bescheid über Bildung und Teilhabe: Die Kosten der Klassenfahrt werden übernommen "
            "und direkt an die Schule gezahlt. Jonas freut sich."
        ),
        outcome="Klassenfahrt bewilligt.",
    ),
    _Entry(
        48,
        "11:00",
        "brief",
        _LEISTUNG,
        location="Briefkasten zu Hause",
        notes=(
            "Erinnerung: Der Bewilligungszeitraum endet bald, ich soll den "
            "Weiterbewilligungsantrag stellen, mit Kontoauszügen der letzten drei Monate und "
            "den Lohnabrechnungen."
        ),
        outcome="Aufforderung zum Weiterbewilligungsantrag.",
        follow_up="Antrag im Portal stellen, Kontoauszüge drucken und schwärzen.",
        requested=("kontoauszuege", "lohnabrechnung"),
    ),
    _Entry(
        44,
        "20:30",
        "portal",
        _PORTAL,
        location=_ZUHAUSE,
        notes=(
            "Weiterbewilligungsantrag im Portal gestellt. Kontoauszüge für {m3} hochgeladen, "
            "bei drei Ausgaben Empfänger und Zweck geschwärzt (Apotheke, Spende, Beitrag "
            "Erwerbsloseninitiative), Beträge sichtbar. Dazu die Lohnabrechnungen. "
            "Eingangsbestätigung gespeichert. Diesmal ging es in einer Stunde."
        ),
        outcome="Weiterbewilligungsantrag gestellt.",
        handover=_Handover(
            "upload",
            (
                _Doc("sonstiges", pages=4, description="Weiterbewilligungsantrag"),
                _Doc(
                    "kontoauszuege",
                    period="{m3}",
                    pages=8,
                    description="Girokonto",
                    remark="bei drei Ausgaben Empfänger geschwärzt, Beträge lesbar",
                ),
                _Doc("lohnabrechnung", period="{m3}", pages=3, description="Minijob"),
            ),
            notes="Eingangsbestätigung des Portals gespeichert.",
            minutes_after=4,
        ),
    ),
    _Entry(
        37,
        "14:30",
        "telefon",
        _LEISTUNG,
        location="auf dem Handy",
        notes=(
            "Herr M. rief wegen einer geschwärzten Abbuchung über 60 Euro an. Ich habe gesagt, "
            "dass das Zuzahlungen in der Apotheke sind. Er sagte, das genüge ihm, einen Beleg "
            "brauche er nicht, und den Empfänger dürfe ich schwärzen. Sehr sachlich, nach fünf "
            "Minuten war alles geklärt."
        ),
        outcome="Rückfrage zu einer geschwärzten Buchung geklärt.",
    ),
    _Entry(
        27,
        "12:30",
        "brief",
        _LEISTUNG,
        location="Briefkasten zu Hause",
        notes=(
            "Der Weiterbewilligungsbescheid ist da, wieder für zwölf Monate, das Einkommen aus "
            "dem Minijob vorläufig angerechnet. Die Steuererstattung wird nicht angerechnet, "
            "das Thema ist damit erledigt."
        ),
        outcome="Weiterbewilligung für zwölf Monate.",
        follow_up="Widerspruchsfrist bis {frist} notiert.",
        deadline_days=33,
    ),
    _Entry(
        19,
        "16:40",
        "email",
        _VERMITTLUNG,
        location=_ZUHAUSE,
        notes=(
            "E-Mail von Frau K.: Der Bildungsgutschein für die Weiterbildung ist ausgestellt, "
            "dazu ein Stellenangebot als Verkäuferin in Teilzeit (25 Stunden). Ich habe mich "
            "noch am selben Abend beworben und Frau K. die Bewerbung weitergeleitet. Sie lädt "
            "mich zum nächsten Termin ein."
        ),
        outcome="Bildungsgutschein erhalten, Bewerbung verschickt.",
        follow_up="Termin am {next}.",
        announces_next=True,
    ),
    _Entry(
        12,
        "10:15",
        "fax",
        "Datenschutzbeauftragte des Jobcenters",
        location="Copyshop am Bahnhof",
        notes=(
            "Mit Frau L. einen Antrag auf Auskunft über meine gespeicherten Daten aufgesetzt: "
            "welche Daten über mich und Jonas gespeichert sind, an wen sie weitergegeben "
            "wurden, was bei der Hausverwaltung und der Nachbarin erfragt wurde, und ob die "
            "Ausweiskopie auch aus der Papierakte entfernt ist. An die Datenschutzbeauftragte "
            "des Jobcenters gefaxt, Sendebericht „OK“."
        ),
        outcome="Auskunftsantrag gestellt.",
        follow_up="Antwort bis {frist} (ein Monat).",
        deadline_days=31,
    ),
    _Entry(
        5,
        "09:00",
        "termin",
        _VERMITTLUNG,
        location=_ZIMMER_K,
        companion=_BEISTAND,
        notes=(
            "Termin bei Frau K., Frau L. war wieder dabei. Auf die Stelle als Verkäuferin habe "
            "ich eine Einladung zum Vorstellungsgespräch. Die Weiterbildung beginnt im nächsten "
            "Monat; wenn ich die Stelle bekomme, will Frau K. mit dem Träger klären, ob es "
            "abends geht. Frau K. hat meine Bewerbungsnachweise nur angesehen, kopiert hat sie "
            "diesmal nichts. Ruhiges, gutes Gespräch."
        ),
        outcome="Vorstellungsgespräch steht an, Weiterbildung beginnt bald.",
        follow_up="Vorstellungsgespräch vorbereiten. Nächster Termin: {next}.",
        announces_next=True,
    ),
)

_NEXT_FALLBACK_DAYS = 28  # the last appointment announces one after `today`


# ------------------------------------------------------------------ helpers
def _berlin() -> tzinfo:
    try:
        return ZoneInfo("Europe/Berlin")
    except ZoneInfoNotFoundError:  # Windows without the tzdata package
        return timezone(timedelta(hours=1), "MEZ")


# Nationwide public holidays with a fixed date (day, month); the movable ones are
# left out, the demo only needs to avoid the obvious Christmas letter.
_HOLIDAYS = frozenset({(1, 1), (1, 5), (3, 10), (25, 12), (26, 12)})


def _workday(day: date) -> date:
    """The day itself, or the next day that is neither a weekend nor a fixed holiday."""
    while day.weekday() >= 5 or (day.day, day.month) in _HOLIDAYS:
        day += timedelta(days=1)
    return day


def _months(day: date, count: int) -> str:
    """The `count` full months before `day`, e.g. "August bis Oktober 2026"."""
    last = day.replace(day=1) - timedelta(days=1)
    index = last.year * 12 + last.month - 1 - (count - 1)
    first_year, first_month = divmod(index, 12)
    end = f"{_MONTHS[last.month - 1]} {last.year}"
    if count == 1:
        return end
    if first_year == last.year:
        return f"{_MONTHS[first_month]} bis {end}"
    return f"{_MONTHS[first_month]} {first_year} bis {end}"


def _day(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _appointment(moment: datetime) -> str:
    return f"{_WEEKDAYS[moment.weekday()]}, {_day(moment.date())}, {moment:%H:%M} Uhr"


def _schedule(today: date, zone: tzinfo) -> list[datetime]:
    """The moment of each entry: weekdays only (bar portal and e-mail), in order."""
    moments: list[datetime] = []
    for entry in _YEAR:
        office = entry.channel not in ("portal", "email")  # done at home, any day
        day = today - timedelta(days=entry.days_ago)
        hour, minute = (int(part) for part in entry.at.split(":"))
        while True:
            if office:
                day = _workday(day)
            moment = datetime.combine(day, time(hour, minute), tzinfo=zone)
            # A weekend shift may push an entry onto a later one: keep the story's order.
            if not moments or moment > moments[-1]:
                break
            day += timedelta(days=1)
        moments.append(moment)
    return moments


def _next_appointments(moments: list[datetime], zone: tzinfo) -> list[datetime | None]:
    """For each entry that announces one, the moment of the next real appointment."""
    found: list[datetime | None] = []
    for index, entry in enumerate(_YEAR):
        if not entry.announces_next:
            found.append(None)
            continue
        later = (
            moments[j]
            for j in range(index + 1, len(_YEAR))
            if _YEAR[j].channel == "termin" and _YEAR[j].appointment
        )
        upcoming = next(later, None)
        if upcoming is None:
            day = _workday(moments[index].date() + timedelta(days=_NEXT_FALLBACK_DAYS))
            upcoming = datetime.combine(day, time(9, 30), tzinfo=zone)
        found.append(upcoming)
    return found


def _fill(template: str, values: dict[str, str]) -> str:
    return template.format_map(values) if "{" in template else template


def _document(doc: _Doc, values: dict[str, str]) -> DocumentData:
    return DocumentData(
        type=doc.type,
        original=doc.original,
        copied_by_jobcenter=doc.copied,
        scanned_by_jobcenter=doc.scanned,
        consent_asked=doc.consent,
        receipt=doc.receipt,
        original_returned=doc.returned,
        description=_fill(doc.description, values),
        remark=_fill(doc.remark, values),
        period=_fill(doc.period, values),
        pages=doc.pages,
    )


# ------------------------------------------------------------------ the entry point
def fill_demo(vault: Vault, *, today: date | None = None) -> None:
    """Fill an empty vault with a year of fictional content ending at `today`."""
    today = today or date.today()
    zone = _berlin()
    moments = _schedule(today, zone)
    upcoming = _next_appointments(moments, zone)

    with vault.transaction() as session:
        existing = (session.scalar(select(func.count(Contact.id))) or 0) + (
            session.scalar(select(func.count(Handover.id))) or 0
        )
        if existing:
            raise InputRefused(
                "Die Beispieldaten können nur in ein leeres Tagebuch geschrieben werden."
            )
        put_profile(
            session,
            ProfileData(
                name="Erika Beispiel",
                street="Musterweg 12",
                postcode="12345",
                city="Beispielstadt",
                customer_number="123D456789",
                bg_number="12345BG0012345",
                state="HE",
                extra={"demo": True},
            ),
        )
        put_jobcenter(
            session,
            JobcenterData(
                name="Jobcenter Beispielstadt (fiktiv)",
                street="Beispielplatz 1",
                postcode="12345",
                city="Beispielstadt",
                kind="zkt",
                district="Stadt Beispielstadt",
                state="HE",
                extra={"demo": True},
            ),
        )
        for entry, moment, next_at in zip(_YEAR, moments, upcoming, strict=True):
            day = moment.date()
            values = {
                "date": _day(day),
                "frist": _day(_workday(day + timedelta(days=entry.deadline_days))),
                "next": _appointment(next_at) if next_at else "",
                "m1": _months(day, 1),
                "m2": _months(day, 2),
                "m3": _months(day, 3),
                "m12": _months(day, 12),
            }
            details: dict[str, Any] = {
                "asked_to_sign": entry.asked_to_sign,
                "copied_or_scanned": entry.copied_or_scanned,
                "documents_requested": list(entry.requested),
                "next_appointment": next_at.isoformat() if next_at else "",
            }
            details.update(entry.extra_details)
            contact = insert_contact(
                session,
                ContactData(
                    when=moment,
                    channel=entry.channel,
                    counterpart=entry.counterpart,
                    companion=entry.companion,
                    location=entry.location,
                    notes=_fill(entry.notes, values),
                    outcome=_fill(entry.outcome, values),
                    follow_up=_fill(entry.follow_up, values),
                    details=details,
                ),
            )
            given = entry.handover
            if given is None:
                continue
            insert_handover(
                session,
                HandoverData(
                    when=moment + timedelta(minutes=given.minutes_after),
                    method=given.method,
                    documents=[_document(doc, values) for doc in given.docs],
                    contact_uid=contact.uid if given.linked else None,
                    notes=_fill(given.notes, values),
                ),
            )
        # the demo shows its Warnsignale at once, checked with the rules shipped now
        check_all_in(session)
