"""Names of the files and folders inside a diary folder, and the unlock time aimed at."""

VAULT_FILE = "tagebuch.amtb"
ATTACHMENTS = "anhaenge"
BACKUPS = "sicherungen"
LOCK_FILE = ".lock"

# Argon2id is calibrated to about this long on the user's computer (never below the floor).
DEFAULT_UNLOCK_MS = 1000
