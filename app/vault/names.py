"""Names of the files and folders inside a diary folder."""

VAULT_FILE = "tagebuch.amtb"
ATTACHMENTS = "anhaenge"
BACKUPS = "sicherungen"
LOCK_FILE = ".lock"
