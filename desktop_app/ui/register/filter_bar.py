"""The filter bar above the register: search as you type and the filter combos.

The bar only describes the filter (``RegisterFilter`` without the sort);
the view runs the query. Search text waits ``SEARCH_DELAY_MS`` (a burst of
keys, a held key, an input method's composition cause one query); combos
apply at once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.kinds import ALL_DIRECTIONS, Kind, direction_label, label
from desktop_app.services.register_types import RegisterFilter
from desktop_app.ui.widgets.flow_layout import FlowLayout

# The pause after a keystroke before the search runs. Every search answers with
# its first screen (the rest and the count follow after a pause in typing), in
# 5-40 ms at 100,000 entries, and the register's lane runs only the newest
# question: a typist's letters (100 ms or more apart) each get their screen,
# and a longer pause only added to every keystroke's wait (issue 19: keystroke
# to paint <= 150 ms for three letters or more, 80 ms of it was this pause).
SEARCH_DELAY_MS = 20
SHORT_SEARCH_DELAY_MS = 20
_EMPTY_DATE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """A yyyy-MM-dd date that may be empty (shown blank at the minimum date)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        self.setMinimumDate(_EMPTY_DATE)
        self.setSpecialValueText(" ")
        self.setDate(_EMPTY_DATE)
        self.setMinimumWidth(96)

    def value(self) -> date | None:
        qdate = self.date()
        if qdate == _EMPTY_DATE:
            return None
        return date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else _EMPTY_DATE)

    def _show_today_page(self) -> None:
        if self.value() is None and self.calendarWidget() is not None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        """Tab leaves the field (QDateEdit would walk its sections, and an empty
        date has none to leave from: Tab never got out). Arrows move between
        year, month and day."""
        return QWidget.focusNextPrevChild(self, forward)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._show_today_page()
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.value() is None:
            return
        if (
            event.key() == Qt.Key.Key_Delete
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.set_value(None)
            return
        super().keyPressEvent(event)


class FilterBar(QWidget):
    """Search field and filters; emits ``filter_changed`` when the user changes one."""

    filter_changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, lang: str = "sv", choices: bool = True
    ) -> None:
        """``choices=False``: the bodies and themes are read later (``reload_choices``;
        the program's start reads them after the first screen, issue 19)."""
        super().__init__(parent)
        self.lang = lang
        self._loading = False
        self.choices_loaded = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)

        self.search = QLineEdit(self)
        self.search.setObjectName("registerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search case number, title, counterparty, theme, notes…")
        )
        self.search.setMinimumWidth(200)
        self.search.textChanged.connect(self._search_edited)

        self.kind = QComboBox(self)
        self.status = QComboBox(self)
        self.findings = QComboBox(self)
        self.findings.setObjectName("findingsFilter")
        self.findings.setToolTip(
            self.tr("Entries whose rule check finds errors, open warnings or assessed warnings")
        )
        self.deciding = QComboBox(self)
        self.responsible = QComboBox(self)
        self.theme = QComboBox(self)
        self.direction = QComboBox(self)
        self.date_field = QComboBox(self)
        self.date_from = OptionalDateEdit(self)
        self.date_to = OptionalDateEdit(self)
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.setToolTip(self.tr("Show the whole register again"))
        self.clear_button.clicked.connect(self.clear)
        self.date_from.setToolTip(self.tr("From (empty: no limit). Ctrl+Delete empties it."))
        self.date_to.setToolTip(self.tr("To (empty: no limit). Ctrl+Delete empties it."))
        for combo in (self.deciding, self.responsible, self.theme):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(20)
        self._fill_fixed_choices()
        for combo, all_text in self._choice_combos():
            combo.addItem(all_text, None)
        if choices:
            self.reload_choices()

        # One line for the search and the buttons; below it the filters, which
        # reflow to the width (1024 px and up). The less-used ones wait behind
        # "More filters", whose text counts those in use.
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("moreFilters")
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow)
        self.more_button.toggled.connect(self.show_more)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self._label(self.tr("&Search:"), self.search))
        top.addWidget(self.search, 1)
        top.addWidget(self.clear_button)
        self.flow = FlowLayout(spacing=14, line=6)
        self.flow.addWidget(self._group(self.tr("&Kind:"), self.kind))
        self.flow.addWidget(self._group(self.tr("Stat&us:"), self.status))
        self.flow.addWidget(self._group(self.tr("Fi&ndings:"), self.findings))
        self.flow.addWidget(self.more_button)
        self.extra_groups = [
            self._group(self.tr("&Deciding body:"), self.deciding),
            self._group(self.tr("&Responsible:"), self.responsible),
            self._group(self.tr("The&me:"), self.theme),
            self._group(self.tr("D&irection:"), self.direction),
            self._group(
                None,
                self.date_field,
                (self.tr("from"), self.date_from),
                (self.tr("to"), self.date_to),
            ),
        ]
        for group in self.extra_groups:
            self.flow.addWidget(group)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(self.flow)
        self.show_more(False)

        for combo in (
            self.kind,
            self.status,
            self.findings,
            self.deciding,
            self.responsible,
            self.theme,
            self.direction,
            self.date_field,
        ):
            combo.currentIndexChanged.connect(self._changed_now)
        self.date_from.dateChanged.connect(self._changed_now)
        self.date_to.dateChanged.connect(self._changed_now)

    def _label(self, text: str, buddy: QWidget, parent: QWidget | None = None) -> QLabel:
        widget = QLabel(text, parent or self)
        widget.setBuddy(buddy)
        return widget

    def _group(self, text: str | None, field: QWidget, *more: tuple[str, QWidget]) -> QWidget:
        """A label and its field (and more pairs) kept together on one line."""
        group = QWidget(self)
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        if text is not None:
            row.addWidget(self._label(text, field, group))
        field.setParent(group)
        row.addWidget(field)
        for label_text, widget in more:
            row.addWidget(self._label(label_text, widget, group))
            widget.setParent(group)
            row.addWidget(widget)
        return group

    def tab_chain(self) -> list[QWidget]:
        """The bar's fields in the order Tab visits them: as they read on screen."""
        return [
            self.search,
            self.clear_button,
            self.kind,
            self.status,
            self.findings,
            self.more_button,
            self.deciding,
            self.responsible,
            self.theme,
            self.direction,
            self.date_field,
            self.date_from,
            self.date_to,
        ]

    # ------------------------------------------------------------------ more filters

    def show_more(self, shown: bool) -> None:
        """Show or hide the less-used filters (those in use stay counted)."""
        if self.more_button.isChecked() != shown:
            self.more_button.setChecked(shown)  # calls back here once
            return
        for group in self.extra_groups:
            group.setVisible(shown)
        self.more_button.setArrowType(Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow)
        self._update_more_text()
        self.updateGeometry()

    def more_shown(self) -> bool:
        return self.more_button.isChecked()

    def extra_in_use(self) -> int:
        """How many of the less-used filters narrow the list."""
        used = [
            self.deciding.currentData() is not None,
            self.responsible.currentData() is not None,
            self.theme.currentData() is not None,
            bool(self.direction.currentData()),
            self.date_from.value() is not None or self.date_to.value() is not None,
        ]
        return sum(used)

    def _update_more_text(self) -> None:
        count = self.extra_in_use()
        text = self.tr("More filters")
        if count:
            text = self.tr("More filters (%n in use)", "", count)
        self.more_button.setText(text)
        self.more_button.setToolTip(
            self.tr("Hide the less-used filters")
            if self.more_shown()
            else self.tr("Show the less-used filters: bodies, theme, direction and dates")
        )

    def _fill_fixed_choices(self) -> None:
        lang = self.lang
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in Kind:
            self.kind.addItem(label(kind, lang), kind.value)
        self.status.addItem(self.tr("All but archived"), None)
        for text, statuses in (
            (self.tr("Active"), ("active",)),
            (self.tr("Review due or overdue"), ("due", "overdue")),
            (self.tr("Review due soon"), ("due",)),
            (self.tr("Review overdue"), ("overdue",)),
            (self.tr("Draft"), ("draft",)),
            (self.tr("Expired"), ("expired",)),
            (self.tr("Terminated"), ("terminated",)),
            (self.tr("Archived"), ("archived",)),
        ):
            self.status.addItem(text, ",".join(statuses))
        self.findings.addItem(self.tr("All"), "")
        self.findings.addItem(self.tr("With errors"), "errors")
        self.findings.addItem(self.tr("With warnings"), "warnings")
        self.findings.addItem(self.tr("Assessed"), "assessed")
        self.direction.addItem(self.tr("All directions"), 0)
        for direction in ALL_DIRECTIONS:
            self.direction.addItem(direction_label(direction, lang), int(direction))
        for text, field in (
            (self.tr("Next review"), "next_review_date"),
            (self.tr("Decision date"), "decision_date"),
            (self.tr("Start date"), "start_date"),
            (self.tr("End date"), "end_date"),
            (self.tr("Last review"), "last_review_date"),
        ):
            self.date_field.addItem(text, field)
        self.date_field.setToolTip(self.tr("Which date the from/to limits apply to"))

    def _choice_combos(self) -> list[tuple[QComboBox, str]]:
        return [
            (self.deciding, self.tr("All bodies")),
            (self.responsible, self.tr("All")),
            (self.theme, self.tr("All themes")),
        ]

    def reload_choices(self) -> None:
        """Refill the bodies and themes (after they were edited); keeps the choice.

        A choice the register does not hold (a filter remembered from another
        register, shown as "…" until now) falls back to "All", and the rows are
        asked for again (``filter_changed``)."""
        from desktop_app.services import catalog  # after the first screen (issue 19)

        bodies = catalog.list_bodies(include_inactive=True, usage=False)
        body_items = [
            (
                f"{b.short_name} – {b.name_en if self.lang == 'en' and b.name_en else b.name_sv}",
                b.id,
            )
            for b in sorted(bodies, key=lambda b: b.short_name.casefold())
        ]
        theme_items = [
            (t.name_en if self.lang == "en" and t.name_en else t.name_sv, t.id)
            for t in sorted(catalog.list_themes(usage=False), key=lambda t: t.name_sv.casefold())
        ]
        items = (body_items, body_items, theme_items)
        lost = False
        self._loading = True
        try:
            for (combo, all_text), choices in zip(self._choice_combos(), items, strict=True):
                current = combo.currentData()
                combo.clear()
                combo.addItem(all_text, None)
                for text, value in choices:
                    combo.addItem(text, value)
                index = combo.findData(current)
                lost = lost or (current is not None and index < 0)
                combo.setCurrentIndex(max(0, index))
        finally:
            self._loading = False
        self.choices_loaded = True
        if lost:
            self._changed_now()

    # ------------------------------------------------------------------ state

    def filter(self, base: RegisterFilter | None = None) -> RegisterFilter:
        """The filter the bar describes (sort taken from ``base``)."""
        f = RegisterFilter()
        if base is not None:
            f.sort_key, f.descending = base.sort_key, base.descending
        f.search = self.search.text().strip()
        kind = self.kind.currentData()
        f.kinds = frozenset({kind}) if kind else frozenset()
        statuses = self.status.currentData()
        f.statuses = frozenset(statuses.split(",")) if statuses else frozenset()
        f.deciding_body_id = self.deciding.currentData()
        f.responsible_body_id = self.responsible.currentData()
        f.theme_id = self.theme.currentData()
        f.directions = int(self.direction.currentData() or 0)
        f.findings = self.findings.currentData() or ""
        f.date_field = self.date_field.currentData() or "next_review_date"
        f.date_from = self.date_from.value()
        f.date_to = self.date_to.value()
        return f

    def set_filter(self, f: RegisterFilter) -> None:
        """Show ``f`` in the widgets without emitting ``filter_changed``."""
        self._loading = True
        try:
            self.search.setText(f.search)
            self._select(self.kind, next(iter(f.kinds)) if len(f.kinds) == 1 else None)
            self._select(self.status, ",".join(sorted(f.statuses)) or None)
            self._select(self.deciding, f.deciding_body_id)
            self._select(self.responsible, f.responsible_body_id)
            self._select(self.theme, f.theme_id)
            self._select(self.direction, f.directions or 0)
            self._select(self.findings, f.findings or "")
            self._select(self.date_field, f.date_field)
            self.date_from.set_value(f.date_from)
            self.date_to.set_value(f.date_to)
        finally:
            self._loading = False
        self._timer.stop()
        self._update_more_text()

    def _select(self, combo: QComboBox, data: object) -> None:
        if isinstance(data, str) and "," in data:  # statuses are stored sorted
            for i in range(combo.count()):
                value = combo.itemData(i)
                if value and sorted(str(value).split(",")) == data.split(","):
                    combo.setCurrentIndex(i)
                    return
        index = combo.findData(data)
        pending = data is not None and not self.choices_loaded
        if index < 0 and pending and any(combo is c for c, _ in self._choice_combos()):
            # the bodies and themes are still to be read (reload_choices names it)
            combo.addItem("…", data)
            index = combo.count() - 1
        combo.setCurrentIndex(max(0, index))

    def set_review_state(self, state: str) -> None:
        """Only entries whose review is ``overdue`` or ``due`` (the other filters stay)."""
        self._select(self.status, state)
        self._changed_now()

    def clear(self) -> None:
        self.set_filter(RegisterFilter())
        self.filter_changed.emit()

    def is_filtered(self) -> bool:
        f = self.filter()
        return f != RegisterFilter(sort_key=f.sort_key, descending=f.descending)

    # ------------------------------------------------------------------ signals

    def _search_edited(self, text: str = "") -> None:
        if not self._loading:
            # One or two letters match most of a big register and cannot use the
            # trigram index: wait a little longer for the next letter.
            short = 0 < len(text.strip()) < 3
            self._timer.start(SHORT_SEARCH_DELAY_MS if short else SEARCH_DELAY_MS)

    def _changed_now(self) -> None:
        self._update_more_text()
        if not self._loading:
            self._timer.stop()
            self.filter_changed.emit()

    def _emit(self) -> None:
        self.filter_changed.emit()

    def flush(self) -> None:
        """Apply a pending search now (Enter in the field, tests)."""
        if self._timer.isActive():
            self._timer.stop()
            self.filter_changed.emit()
