"""Field widgets for the entry editor: dates that can be empty, money, directions.

Why not ``QDateEdit``: it cannot be empty, and an empty end date is a fact
("open-ended"), not 2000-01-01. ``DateEdit`` is a line edit that accepts
``yyyy-MM-dd`` (or nothing) with a calendar button beside it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop_app.domain.kinds import ALL_DIRECTIONS, direction_label
from desktop_app.domain.money import AmountError, format_number, parse_amount

_DATE_RE = QRegularExpression(r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$")


class DateEdit(QWidget):
    """A ``yyyy-MM-dd`` date that may be empty, with a calendar popup."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setValidator(QRegularExpressionValidator(_DATE_RE, self.line))
        self.line.setPlaceholderText(self.tr("yyyy-mm-dd"))
        self.line.setClearButtonEnabled(True)
        self.line.setMaxLength(10)
        self.line.setFixedWidth(self.fontMetrics().horizontalAdvance("0000-00-00") + 44)
        self.line.textChanged.connect(self.changed)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Choose a date in the calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.button.setMenu(menu)
        self._menu = menu
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.line)

    def date(self) -> date | None:
        """The date, or ``None`` when empty or not a real date (see ``is_valid``)."""
        text = self.line.text().strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text) if len(text) == 10 else None
        except ValueError:
            return None

    def is_valid(self) -> bool:
        return not self.line.text().strip() or self.date() is not None

    def set_date(self, value: date | None) -> None:
        self.line.setText(value.isoformat() if value else "")

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt naming
        self.line.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    def _prepare_calendar(self) -> None:
        current = self.date() or date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))

    def _picked(self, qdate: QDate) -> None:
        self.set_date(date(qdate.year(), qdate.month(), qdate.day()))
        self._menu.close()


class MoneyEdit(QLineEdit):
    """An amount shown the Swedish way ("285 000"); empty = unknown, which is not 0.

    Read and written by ``domain.money``, as everywhere. Typing a currency
    with the amount ("1 200 EUR") emits ``currency_typed`` so the form can
    set its currency field; the field then shows the number alone.
    """

    changed = Signal()
    currency_typed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(self.tr("e.g. 25 000"))
        self.textChanged.connect(self.changed)
        self.editingFinished.connect(self._reformat)

    def value(self) -> Decimal | None:
        try:
            return parse_amount(self.text())[0]
        except AmountError:
            return None

    def is_valid(self) -> bool:
        try:
            parse_amount(self.text())
        except AmountError:
            return False
        return True

    def set_value(self, value: Decimal | None) -> None:
        self.setText(format_number(value))

    def _reformat(self) -> None:
        if self.is_valid() and self.text().strip():
            currency = parse_amount(self.text())[1]
            self.set_value(self.value())
            if currency:
                self.currency_typed.emit(currency)


class PercentEdit(QLineEdit):
    """A share in percent, 0-100 ("80", "80 %", "62,5"); empty = not known."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(self.tr("e.g. 100"))
        self.textChanged.connect(self.changed)

    def value(self) -> Decimal | None:
        text = self.text().replace("%", "").strip()
        if not text:
            return None
        try:
            amount = parse_amount(text)[0]
        except AmountError:
            return None
        return amount if amount is not None and 0 <= amount <= 100 else None

    def is_valid(self) -> bool:
        return not self.text().replace("%", "").strip() or self.value() is not None

    def set_value(self, value: Decimal | None) -> None:
        if value is None:
            self.setText("")
            return
        text = format(Decimal(value).normalize(), "f")  # 62.50 -> "62.5", 100.00 -> "100"
        self.setText(text.replace(".", ","))


class DirectionsBox(QWidget):
    """The four strategic directions as check boxes; the value is their bit set."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, lang: str = "sv") -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[int, QCheckBox] = {}
        for direction in ALL_DIRECTIONS:
            box = QCheckBox(direction_label(direction, lang), self)
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            self.boxes[int(direction)] = box
        layout.addStretch(1)

    def value(self) -> int:
        return sum(bit for bit, box in self.boxes.items() if box.isChecked())

    def set_value(self, bits: int) -> None:
        for bit, box in self.boxes.items():
            box.setChecked(bool(bits & bit))


class SearchCombo(QComboBox):
    """A combo of (text, id) items you can type into to find one.

    The first item is the "none" choice. ``current_id()`` is the id of the item
    whose text matches what is typed; typed text matching nothing is reported
    by ``is_valid()`` so the form can say so instead of silently saving "none".
    """

    changed = Signal()
    first_use = Signal()  # focus or popup for the first time: lazy lists load here

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self._none_text = none_text
        self.lineEdit().setPlaceholderText(none_text)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.currentTextChanged.connect(lambda _text: self.changed.emit())
        self._used = False
        self.set_items([])

    def _use(self) -> None:
        if not self._used:
            self._used = True
            self.first_use.emit()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._use()
        super().focusInEvent(event)

    def showPopup(self) -> None:  # noqa: N802 - Qt override
        self._use()
        super().showPopup()

    def set_items(self, items: list[tuple[str, int]]) -> None:
        current = self.current_id()
        typed = self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for text, ident in items:
            self.addItem(text, ident)
        self.blockSignals(False)
        self.set_current_id(current)
        if current is None and typed:
            self.setEditText(typed)  # what the user was typing stays

    def add_item(self, text: str, ident: int) -> None:
        if self.findData(ident) < 0:
            self.addItem(text, ident)

    def current_id(self) -> int | None:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index > 0 else None

    def is_valid(self) -> bool:
        return not self.currentText().strip() or self.current_id() is not None

    def set_current_id(self, ident: int | None) -> None:
        index = self.findData(ident) if ident is not None else 0
        self.setCurrentIndex(max(index, 0))
        if index <= 0:
            self.setEditText("")
