"""Names of the files and folders inside a diary folder, the unlock time aimed at and the
shortest passphrase (light: the unlock page and the wizard load this before the vault code)."""

from app.errors import InputRefused
from app.i18n import _

VAULT_FILE = "tagebuch.amtb"
ATTACHMENTS = "anhaenge"
BACKUPS = "sicherungen"
LOCK_FILE = ".lock"

# Argon2id is calibrated to about this long on the user's computer (never below the floor).
DEFAULT_UNLOCK_MS = 1000

MIN_PASSPHRASE = 8


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise InputRefused(
            _(
                "Die Passphrase muss mindestens {minimum} Zeichen lang sein. Ein Satz aus "
                "mehreren Wörtern ist gut zu merken und schwer zu erraten."
            ).format(minimum=MIN_PASSPHRASE)
        )
