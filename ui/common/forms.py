"""Forms shared by the first-run wizard and the settings: profile, Jobcenter, a new
passphrase with its strength, and the recovery code with "print" and "copy".

The forms only show and collect; checking and storing happen in ``app/``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMimeData,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QClipboard, QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.atomic import atomic_write
from app.authorities import GE, KIND_HINT, NO_ZKT_STATES, STATES, ZKT, propose_kind, traeger
from app.errors import AmtsError
from app.i18n import _ as app_text
from app.passphrase import Strength, assess
from app.records import JobcenterData, ProfileData
from ui.common.filedialogs import save_file_name
from ui.common.layout import Note, em, hint_label

CLIPBOARD_SECONDS = 30


def kind_labels() -> dict[str, str]:
    """The two kinds of Jobcenter, explained in a few words."""
    return {
        GE: QCoreApplication.translate(
            "forms", "gemeinsame Einrichtung (mit der Bundesagentur für Arbeit)"
        ),
        ZKT: QCoreApplication.translate(
            "forms", "zugelassener kommunaler Träger (Kreis oder Stadt allein)"
        ),
    }


def _line(accessible: str, placeholder: str = "", max_length: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    return edit


def state_combo(accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    combo.addItem(QCoreApplication.translate("forms", "– bitte wählen –"), "")
    for code, name in STATES.items():
        combo.addItem(name, code)
    return combo


def _set_state(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    combo.setCurrentIndex(max(index, 0))


# --- profile ------------------------------------------------------------------------------


class ProfileForm(QWidget):
    """Name, address, the Jobcenter's numbers for this person, Bundesland."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._extra: dict[str, object] = {}
        self.name = _line(self.tr("Ihr Name"), self.tr("Vor- und Nachname"))
        self.street = _line(self.tr("Straße und Hausnummer"), self.tr("z. B. Lindenweg 5"))
        self.postcode = _line(self.tr("Postleitzahl"), self.tr("z. B. 45127"), 10)
        self.postcode.setMaximumWidth(em(self.postcode, 18))
        self.city = _line(self.tr("Wohnort"), self.tr("z. B. Essen"))
        self.customer_number = _line(self.tr("Kundennummer"), self.tr("z. B. 123D456789"), 40)
        self.bg_number = _line(
            self.tr("Nummer der Bedarfsgemeinschaft"), self.tr("z. B. 12345BG0012345"), 40
        )
        self.state = state_combo(self.tr("Bundesland"))

        place = QHBoxLayout()
        place.addWidget(self.postcode)
        place.addWidget(self.city, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        form.addRow(self._label(self.tr("&Name:"), self.name), self.name)
        form.addRow(self._label(self.tr("&Straße, Nr.:"), self.street), self.street)
        form.addRow(self._label(self.tr("&PLZ, Ort:"), self.postcode), place)
        form.addRow(self._label(self.tr("&Bundesland:"), self.state), self.state)
        form.addRow(
            self._label(self.tr("&Kundennummer:"), self.customer_number), self.customer_number
        )
        form.addRow(self._label(self.tr("B&G-Nummer:"), self.bg_number), self.bg_number)
        outer.addWidget(
            hint_label(
                self.tr(
                    "Kundennummer und BG-Nummer (Nummer der Bedarfsgemeinschaft) stehen oben "
                    "auf jedem Brief des Jobcenters. Was Sie nicht wissen, lassen Sie einfach "
                    "leer."
                )
            )
        )

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def set_data(self, data: ProfileData | None) -> None:
        data = data or ProfileData()
        self._extra = dict(data.extra)
        self.name.setText(data.name)
        self.street.setText(data.street)
        self.postcode.setText(data.postcode)
        self.city.setText(data.city)
        self.customer_number.setText(data.customer_number)
        self.bg_number.setText(data.bg_number)
        _set_state(self.state, data.state)

    def data(self) -> ProfileData:
        return ProfileData(
            name=self.name.text().strip(),
            street=self.street.text().strip(),
            postcode=self.postcode.text().strip(),
            city=self.city.text().strip(),
            customer_number=self.customer_number.text().strip(),
            bg_number=self.bg_number.text().strip(),
            state=str(self.state.currentData() or ""),
            extra=dict(self._extra),
        )

    def clear(self) -> None:
        self.set_data(None)


# --- Jobcenter ----------------------------------------------------------------------------


class JobcenterForm(QWidget):
    """The Jobcenter: district (proposes the kind), kind, name and postal address."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._extra: dict[str, object] = {}
        self._by_name = {item.name.casefold(): item for item in traeger()}
        self.state = state_combo(self.tr("Bundesland des Jobcenters"))
        self.district = _line(
            self.tr("Landkreis oder Stadt"), self.tr("Tippen Sie die ersten Buchstaben")
        )
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.district.setCompleter(self.completer)

        labels = kind_labels()
        self.kind_ge = QRadioButton(labels[GE])
        self.kind_zkt = QRadioButton(labels[ZKT])
        self.kind_ge.setAccessibleName(self.tr("Art: gemeinsame Einrichtung"))
        self.kind_zkt.setAccessibleName(self.tr("Art: zugelassener kommunaler Träger"))
        self.kinds = QButtonGroup(self)
        self.kinds.addButton(self.kind_ge)
        self.kinds.addButton(self.kind_zkt)
        self.kind_ge.setChecked(True)
        self.proposal = Note(self.tr("Vorschlag für die Art"))
        self.proposal.setTextFormat(Qt.TextFormat.RichText)
        self.hint = hint_label(app_text(KIND_HINT))
        self.hint.setAccessibleName(self.tr("Hinweis zur Art"))

        self.name = _line(self.tr("Name des Jobcenters"), self.tr("so wie oben auf seinen Briefen"))
        self.street = _line(self.tr("Straße oder Postfach des Jobcenters"))
        self.postcode = _line(self.tr("Postleitzahl des Jobcenters"), "", 10)
        self.postcode.setMaximumWidth(em(self.postcode, 18))
        self.city = _line(self.tr("Ort des Jobcenters"))

        kind_box = QVBoxLayout()
        kind_box.setContentsMargins(0, 0, 0, 0)
        kind_box.addWidget(self.kind_ge)
        kind_box.addWidget(self.kind_zkt)
        kind_box.addWidget(self.proposal)
        kind_box.addSpacing(4)
        kind_box.addWidget(self.hint)
        place = QHBoxLayout()
        place.addWidget(self.postcode)
        place.addWidget(self.city, 1)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self._label(self.tr("&Bundesland:"), self.state), self.state)
        form.addRow(self._label(self.tr("&Landkreis/Stadt:"), self.district), self.district)
        art = QLabel(self.tr("Art:"))
        form.addRow(art, kind_box)
        form.addRow(self._label(self.tr("&Name:"), self.name), self.name)
        form.addRow(self._label(self.tr("Straße/&Postfach:"), self.street), self.street)
        form.addRow(self._label(self.tr("PLZ, &Ort:"), self.postcode), place)

        self.state.currentIndexChanged.connect(self._state_changed)
        self.district.textChanged.connect(self._district_changed)
        self.completer.activated.connect(self._district_picked)  # the text overload
        self._fill_names()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def dispose(self) -> None:
        """Cut the Python slots before Qt destroys the widgets."""
        self.state.currentIndexChanged.disconnect(self._state_changed)
        self.district.textChanged.disconnect(self._district_changed)
        self.completer.activated.disconnect(self._district_picked)

    # ------------------------------------------------------------ proposing
    def _fill_names(self) -> None:
        code = self.state_code()
        self._names.setStringList(
            sorted(
                (item.name for item in traeger() if not code or item.state == code),
                key=str.casefold,
            )
        )

    def state_code(self) -> str:
        return str(self.state.currentData() or "")

    def _state_changed(self) -> None:
        self._fill_names()
        self.propose()

    def _district_picked(self, text: str) -> None:
        item = self._by_name.get(text.casefold())
        if item is not None and not self.state_code():
            self.state.blockSignals(True)
            _set_state(self.state, item.state)
            self.state.blockSignals(False)
            self._fill_names()
        self.propose()

    def _district_changed(self, _text: str) -> None:
        self.propose()

    def propose(self) -> None:
        """Propose the kind from district and Bundesland; the person may change it."""
        district = self.district.text()
        state = self.state_code()
        kind = propose_kind(district, state or None)
        self.proposal.setText(self.proposal_text(escape(district.strip()), state, kind))
        if kind is not None:
            self.set_kind(kind)

    def proposal_text(self, district: str, state: str, kind: str | None) -> str:
        """Why a kind is proposed, in plain words (empty if nothing was entered)."""
        if kind is None:
            return ""
        if state in NO_ZKT_STATES:
            return self.tr(
                "<b>Vorschlag: gemeinsame Einrichtung.</b> In {land} sind alle Jobcenter "
                "gemeinsame Einrichtungen."
            ).format(land=STATES[state])
        if kind == ZKT:
            return self.tr(
                "<b>Vorschlag: zugelassener kommunaler Träger.</b> „{district}“ steht auf der Liste der "
                "Jobcenter, die der Landkreis oder die Stadt allein führt. Bitte prüfen Sie das "
                "an einem Brief des Jobcenters."
            ).format(district=district)
        return self.tr(
            "<b>Vorschlag: gemeinsame Einrichtung.</b> „{district}“ steht nicht auf der Liste der "
            "Jobcenter, die der Landkreis oder die Stadt allein führt – so ist es bei den "
            "meisten Jobcentern. Bitte prüfen Sie das an einem Brief des Jobcenters."
        ).format(district=district)

    # ---------------------------------------------------------------- data
    def kind(self) -> str:
        return ZKT if self.kind_zkt.isChecked() else GE

    def set_kind(self, kind: str) -> None:
        (self.kind_zkt if kind == ZKT else self.kind_ge).setChecked(True)

    def set_state_if_empty(self, code: str) -> None:
        if code and not self.state_code():
            _set_state(self.state, code)

    def set_data(self, data: JobcenterData | None) -> None:
        """Show stored data as it is: no proposal overrides a kind the person confirmed."""
        data = data or JobcenterData()
        self._extra = dict(data.extra)
        for widget in (self.state, self.district):
            widget.blockSignals(True)
        _set_state(self.state, data.state)
        self.district.setText(data.district)
        for widget in (self.state, self.district):
            widget.blockSignals(False)
        self._fill_names()
        self.set_kind(data.kind)
        self.proposal.clear()
        self.name.setText(data.name)
        self.street.setText(data.street)
        self.postcode.setText(data.postcode)
        self.city.setText(data.city)

    def data(self) -> JobcenterData:
        return JobcenterData(
            name=self.name.text().strip(),
            street=self.street.text().strip(),
            postcode=self.postcode.text().strip(),
            city=self.city.text().strip(),
            kind=self.kind(),
            district=self.district.text().strip(),
            state=self.state_code(),
            extra=dict(self._extra),
        )

    def clear(self) -> None:
        self.set_data(None)


# --- a new passphrase -----------------------------------------------------------------------

# Colour only supports the words beside the bar, it never carries the meaning alone.
_BAR_COLOURS = ("#b3261e", "#c4470f", "#9a6700", "#2f7d32", "#1b5e20")


class NewPassphraseForm(QWidget):
    """Passphrase, confirmation, and a live strength estimate in German words."""

    changed = Signal()

    def __init__(
        self,
        user_inputs: Callable[[], Sequence[str]] = tuple,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._user_inputs = user_inputs
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Neue Passphrase"))
        self.confirmation = QLineEdit()
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation.setAccessibleName(self.tr("Neue Passphrase wiederholen"))
        self.show_text = QCheckBox(self.tr("Passphrase beim Tippen &anzeigen"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Stärke der Passphrase"))
        self.strength_label = QLabel()
        self.strength_label.setAccessibleName(self.tr("Stärke der Passphrase"))
        self.advice = Note(self.tr("Hinweise zur Passphrase"))
        self.match = QLabel()
        self.match.setAccessibleName(self.tr("Wiederholung"))
        self.strength: Strength | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)  # the estimate waits for a pause in typing

        first = QLabel(self.tr("&Neue Passphrase:"))
        first.setBuddy(self.passphrase)
        second = QLabel(self.tr("Wieder&holen:"))
        second.setBuddy(self.confirmation)
        meter = QVBoxLayout()
        meter.setSpacing(4)
        meter.addWidget(self.bar)
        meter.addWidget(self.strength_label)
        meter.addWidget(self.advice)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(first, self.passphrase)
        form.addRow("", self.show_text)
        form.addRow(self.tr("Stärke:"), meter)
        form.addRow(second, self.confirmation)
        form.addRow("", self.match)

        self._timer.timeout.connect(self.update_strength)
        self.passphrase.textChanged.connect(self._typed)
        self.confirmation.textChanged.connect(self._typed)
        self.show_text.toggled.connect(self._show)
        self.update_strength()

    def dispose(self) -> None:
        self._timer.stop()
        self._timer.timeout.disconnect(self.update_strength)
        self.passphrase.textChanged.disconnect(self._typed)
        self.confirmation.textChanged.disconnect(self._typed)
        self.show_text.toggled.disconnect(self._show)

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.confirmation.setEchoMode(mode)

    def _typed(self) -> None:
        self._timer.start()
        self._update_match()
        self.changed.emit()

    def update_strength(self) -> None:
        """Estimate now (also called by tests instead of waiting for the pause)."""
        self._timer.stop()
        text = self.passphrase.text()
        strength = assess(text, tuple(self._user_inputs()))
        self.strength = strength
        self.bar.setValue(strength.score if text else 0)
        colour = _BAR_COLOURS[strength.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background-color: {colour}; }}")
        if text:
            verdict = self.tr("reicht aus") if strength.acceptable else self.tr("reicht noch nicht")
            self.strength_label.setText(
                self.tr("{label} – {time} ({verdict})").format(
                    label=strength.label.capitalize(), time=strength.crack_time, verdict=verdict
                )
            )
        else:
            self.strength_label.setText(self.tr("Noch nichts eingegeben."))
        lines = [strength.warning] if strength.warning else []
        lines.extend(strength.suggestions)
        self.advice.setText("\n".join(lines))
        self._update_match()

    def _update_match(self) -> None:
        first, second = self.passphrase.text(), self.confirmation.text()
        if not second:
            self.match.setText(
                self.tr("Bitte tippen Sie die Passphrase zur Sicherheit noch einmal.")
            )
        elif first == second:
            self.match.setText(self.tr("✓ Beide Eingaben stimmen überein."))
        else:
            self.match.setText(self.tr("✗ Die beiden Eingaben stimmen noch nicht überein."))

    def values(self) -> tuple[str, str]:
        return self.passphrase.text(), self.confirmation.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirmation.clear()
        self.show_text.setChecked(False)
        self.update_strength()


# --- secrets on the clipboard ---------------------------------------------------------------


def secret_mime(text: str, *, windows: bool = sys.platform == "win32") -> QMimeData:
    """Text marked as a secret, so clipboard managers and Windows' history skip it."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData("x-kde-passwordManagerHint", b"secret")
    if windows:
        # Qt passes a MIME type of this form to Windows as the named clipboard format.
        native = 'application/x-qt-windows-mime;value="{}"'
        mime.setData(native.format("ExcludeClipboardContentFromMonitorProcessing"), b"\x01")
        mime.setData(native.format("CanIncludeInClipboardHistory"), b"\x00\x00\x00\x00")
        mime.setData(native.format("CanUploadToCloudClipboard"), b"\x00\x00\x00\x00")
    return mime


class _ClipboardGuard(QObject):
    """Clears a secret from the clipboard after a while, and when the program ends.

    Only what this program put there is cleared: text the person copied since stays.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.secret: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear)

    def put(self, text: str, seconds: float) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setMimeData(secret_mime(text), QClipboard.Mode.Clipboard)
        self.secret = text
        self.timer.start(int(seconds * 1000))

    def clear(self) -> None:
        self.timer.stop()
        if self.secret is not None and QGuiApplication.clipboard().text() == self.secret:
            QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)
        self.secret = None


_guard: _ClipboardGuard | None = None


def _clipboard_guard() -> _ClipboardGuard:
    global _guard
    app = QGuiApplication.instance()
    assert app is not None
    if _guard is None or _guard.parent() is not app:
        _guard = _ClipboardGuard(app)
        app.aboutToQuit.connect(_guard.clear)
    return _guard


def copy_secret(text: str, seconds: float = CLIPBOARD_SECONDS) -> None:
    """Put a secret on the clipboard, marked as such, and clear it after ``seconds``."""
    _clipboard_guard().put(text, seconds)


def clear_secret() -> None:
    """Take a secret this program copied off the clipboard now."""
    if _guard is not None:
        _guard.clear()


# --- the recovery code ------------------------------------------------------------------------


def save_recovery_sheet(parent: QWidget, code: str, folder: Path, name: str = "") -> Path | None:
    """Save the one-page sheet where the person chooses and offer to open it for printing."""
    suggested = Path.home() / "Amtstagebuch-Wiederherstellungscode.pdf"
    target = save_file_name(
        parent,
        parent.tr("Blatt mit dem Wiederherstellungscode speichern"),
        suggested,
        parent.tr("PDF-Dateien (*.pdf)"),
    )
    if target is None:
        return None
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    from app.recovery_sheet import recovery_sheet_pdf  # ReportLab loads here, not at start

    try:
        pdf = recovery_sheet_pdf(code, folder=str(folder), created=date.today(), name=name)
        atomic_write(target, pdf)
    except AmtsError as exc:
        QMessageBox.warning(parent, parent.tr("Nicht gespeichert"), exc.message)
        return None
    answer = QMessageBox.question(
        parent,
        parent.tr("Blatt gespeichert"),
        parent.tr(
            "Das Blatt ist gespeichert:\n{path}\n\nJetzt öffnen, um es zu drucken?\n\n"
            "Wichtig: Löschen Sie die Datei, sobald das Blatt gedruckt ist. Wer die Datei "
            "findet, kann mit dem Code Ihr Tagebuch öffnen."
        ).format(path=target),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target


class RecoveryCodePanel(QWidget):
    """The code in eight numbered groups, large, with "Blatt drucken …" and "Kopieren"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self._folder = Path()
        self.name = ""
        self.group_labels: list[QLabel] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(2)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(max(font.pointSize(), 10) + 10)
        font.setBold(True)
        for index in range(8):
            row, column = divmod(index, 4)
            symbols = QLabel()
            symbols.setFont(font)
            symbols.setAlignment(Qt.AlignmentFlag.AlignCenter)
            symbols.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            number = QLabel(self.tr("Gruppe {n}").format(n=index + 1))
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(symbols, row * 2, column)
            grid.addWidget(number, row * 2 + 1, column)
            self.group_labels.append(symbols)
        self.print_button = QPushButton(self.tr("Blatt &drucken …"))
        self.print_button.setAccessibleName(self.tr("Blatt mit dem Code speichern und drucken"))
        self.copy_button = QPushButton(self.tr("Kop&ieren"))
        self.copy_button.setAccessibleName(self.tr("Code in die Zwischenablage kopieren"))
        self.status = Note(self.tr("Hinweis zum Code"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setObjectName("recoveryCode")
        box.setStyleSheet(
            "#recoveryCode { background: palette(base); border: 1px solid palette(mid); "
            "border-radius: 6px; }"
        )
        box.setLayout(grid)
        grid.setContentsMargins(12, 12, 12, 12)
        grid.setVerticalSpacing(4)
        for row in (1, 3):
            grid.setRowMinimumHeight(row, 26)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.print_button.clicked.connect(self.print_sheet)
        self.copy_button.clicked.connect(self.copy)

    def dispose(self) -> None:
        self.print_button.clicked.disconnect(self.print_sheet)
        self.copy_button.clicked.disconnect(self.copy)

    @property
    def code(self) -> str:
        return self._code

    def set_code(self, code: str, folder: Path, name: str = "") -> None:
        from app.recovery_sheet import groups

        self._code, self._folder, self.name = code, folder, name
        for label, group in zip(self.group_labels, groups(code), strict=True):
            label.setText(group)
            # spelled out, so a screen reader reads letters, not a word
            label.setAccessibleName(
                self.tr("Gruppe {n}: {symbols}").format(
                    n=self.group_labels.index(label) + 1, symbols=" ".join(group)
                )
            )
        self.status.clear()

    def shown_code(self) -> str:
        """The code exactly as the page shows it (what a person would write down)."""
        return "-".join(label.text() for label in self.group_labels)

    def print_sheet(self) -> None:
        if not self._code:
            return
        target = save_recovery_sheet(self, self._code, self._folder, self.name)
        if target is not None:
            self.status.setText(
                self.tr(
                    "Das Blatt ist gespeichert als „{path}“. Löschen Sie die Datei, sobald es "
                    "gedruckt ist."
                ).format(path=target)
            )

    def copy(self) -> None:
        if not self._code:
            return
        copy_secret(self._code)
        self.status.setText(
            self.tr(
                "Der Code ist kopiert. In {seconds} Sekunden wird die Zwischenablage wieder "
                "geleert. Fügen Sie ihn nur in ein Programm ein, dem Sie vertrauen."
            ).format(seconds=CLIPBOARD_SECONDS)
        )

    def clear(self) -> None:
        self._code = ""
        for label in self.group_labels:
            label.clear()
            label.setAccessibleName("")
        self.status.clear()
