"""What opening and re-keying a diary found out, as plain values with German messages.

Kept apart from :mod:`app.vault.vault` so the window can know these types without
loading the vault code (SQLAlchemy and all).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.i18n import _
from app.vault.names import BACKUPS


@dataclass(frozen=True)
class Rollback:
    """The file opened is older than a state this computer or a kept generation knows."""

    current: int  # save counter of the file that was opened
    newest: int  # the highest save counter known
    generation: Path | None  # the newest kept generation newer than the file, if any

    def message(self) -> str:
        text = _(
            "Achtung: Dieses Tagebuch ist älter als ein Stand, der schon gespeichert war "
            "(Speicherstand {current}, bekannt ist Stand {newest}). Vielleicht wurde eine "
            "ältere Kopie über die Tagebuch-Datei gelegt; neuere Einträge fehlen dann."
        ).format(current=self.current, newest=self.newest)
        if self.generation is not None:
            text += _(
                " Ein neuerer Stand liegt noch in „{folder}/{name}“ und kann wiederhergestellt "
                "werden."
            ).format(folder=BACKUPS, name=self.generation.name)
        else:
            text += _(
                " Haben Sie eine Sicherung mit dem neueren Stand, stellen Sie sie wieder her."
            )
        return text + _(" Wenn Sie mit diesem Stand weiterarbeiten wollen, bestätigen Sie das.")


@dataclass(frozen=True)
class RekeyResult:
    """What a passphrase change or a new recovery code did to the folder."""

    recovery_code: str | None  # the new code, if one was made (asked for, or needed)
    attachments: int  # attachment files re-encrypted
    kept: int  # backup generations re-encrypted
    foreign: int  # files in sicherungen/ with another key, left as they are
    device_dropped: bool  # "on this PC" had to be switched off

    def notice(self) -> str:
        """Plain German: what happened, and what it means for copies elsewhere."""
        text = _(
            "Ihr Tagebuch, {attachments} Anhänge und {kept} Sicherungen im Ordner "
            "„sicherungen“ sind jetzt mit einem neuen Schlüssel verschlüsselt. Die alte "
            "Passphrase und der alte Wiederherstellungscode öffnen hier nichts mehr. "
            "Sicherungsdateien, die Sie früher an anderer Stelle gespeichert haben (z. B. "
            "auf einem USB-Stick), bleiben, wie sie sind: Sie öffnen sich weiter mit dem "
            "alten Zugang und zeigen den Stand von damals. Löschen Sie sie, wenn jemand den "
            "alten Zugang kennen könnte, und legen Sie eine neue Sicherung an."
        ).format(attachments=self.attachments, kept=self.kept)
        if self.foreign:
            text += _(
                " {foreign} Datei(en) in „sicherungen“ gehören zu einem anderen Schlüssel (z. B. "
                "aus einer früheren Wiederherstellung) und wurden nicht verändert."
            ).format(foreign=self.foreign)
        if self.device_dropped:
            text += _(
                " „Auf diesem PC merken“ ist ausgeschaltet, weil der Schlüsselbund nicht "
                "erreichbar war; Sie können es in den Einstellungen wieder einschalten."
            )
        return text
