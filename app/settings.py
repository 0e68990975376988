"""Settings of a diary, declared once: name, type, default, range and a German description.

Only the declarations live here; :mod:`app.services.settings` reads and stores
them. They live in the vault's ``setting`` table (inside the encrypted image), so they
travel with the diary to another computer and leave nothing readable on disk.
A stored value that no longer fits its declaration (a damaged or hand-edited
vault) is ignored and the default used; a value a person enters is refused with
a plain German message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from app.errors import InputRefused
from app.i18n import N_, _

T = TypeVar("T", int, bool, str)


@dataclass(frozen=True)
class Spec(Generic[T]):
    """One setting. ``minimum``/``maximum`` apply to numbers only."""

    name: str
    kind: type[T]
    default: T
    label: str
    description: str
    minimum: int | None = None
    maximum: int | None = None
    unit: str = ""

    def validate(self, value: object) -> T:
        """The value in its declared type, or ``InputRefused`` with a German reason."""
        # bool is a subclass of int: "True" is not a number of minutes.
        if isinstance(value, bool) is not (self.kind is bool) or not isinstance(value, self.kind):
            raise InputRefused(
                _("„{label}“: {expected}").format(
                    label=_(self.label), expected=_(_EXPECTED[self.kind])
                )
            )
        if isinstance(value, int) and not isinstance(value, bool):
            low, high = self.minimum, self.maximum
            if (low is not None and value < low) or (high is not None and value > high):
                unit = " " + _(self.unit) if self.unit else ""
                raise InputRefused(
                    _(
                        "„{label}“: bitte eine Zahl von {low} bis {high}{unit} angeben (eingegeben: "
                        "{value})."
                    ).format(label=_(self.label), low=low, high=high, unit=unit, value=value)
                )
        return value


_EXPECTED: dict[type, str] = {
    int: N_("hier wird eine ganze Zahl erwartet."),
    bool: N_("hier wird „ja“ oder „nein“ erwartet."),
    str: N_("hier wird ein Text erwartet."),
}

IDLE_MINUTES: Spec[int] = Spec(
    name="idle_minutes",
    kind=int,
    default=10,
    label=N_("Automatisch sperren nach"),
    description=(
        N_(
            "Nach so vielen Minuten ohne Eingabe sperrt sich das Tagebuch von selbst. Wer dann "
            "an den Computer kommt, sieht nur die Frage nach der Passphrase."
        )
    ),
    minimum=1,
    maximum=120,
    unit=N_("Minuten"),
)

SETTINGS: dict[str, Spec[Any]] = {spec.name: spec for spec in (IDLE_MINUTES,)}


def spec(name: str) -> Spec[Any]:
    try:
        return SETTINGS[name]
    except KeyError:
        raise InputRefused(_("Unbekannte Einstellung „{value}“.").format(value=name[:40])) from None
