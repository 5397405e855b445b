"""The editor's form: one widget per EntryData field, grouped in tabs.

The form knows nothing about saving; it turns widgets into ``EntryData``
(``data()``) and back (``set_data()``), reports input it cannot read (a
half-typed date, a theme name that matches nothing) as findings, and says
which widget and tab belong to a field so findings can be shown there.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import interval_label
from desktop_app.domain.entry import EntryData
from desktop_app.domain.kinds import (
    MAX_REVIEW_INTERVAL_MONTHS,
    Engagement,
    Kind,
    ProjectKind,
    Scope,
    Status,
    label,
)
from desktop_app.domain.money import COMMON_CURRENCIES
from desktop_app.domain.rules import Finding, RuleContext
from desktop_app.services import catalog
from desktop_app.ui.changes import THEMES, ChangeNotice
from desktop_app.ui.operations import WriteOp

from . import form_findings
from .pickers import CounterpartyPicker, DocumentLinks
from .widgets import DateEdit, DirectionsBox, MoneyEdit, PercentEdit, SearchCombo

CURRENCIES = COMMON_CURRENCIES


def _plain(parent: QWidget, height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def _hint_below(form: QFormLayout, hint: QLabel) -> None:
    """An explanation under the fields, full width: no odd gap in the form rows."""
    hint.setWordWrap(True)
    hint.setStyleSheet("color: #444;")
    page_layout = form.parentWidget().layout()
    page_layout.insertWidget(page_layout.indexOf(form) + 1, hint)


class EntryForm(QTabWidget):
    """Every editable field of an entry; ``changed`` fires on any edit."""

    changed = Signal()
    catalog_changed = Signal()  # a theme or counterparty was registered from the form

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._last_review: date | None = None
        self._base = EntryData()  # facts without a widget (reviews, termination) ride along
        self._build_agreement()
        self._build_decision()
        self._build_dates()
        self._build_cost()
        self._build_notes()
        self._connect()
        self._apply_kind()

    # ------------------------------------------------------------ building

    def _page(self, title: str) -> QFormLayout:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        outer.addLayout(form)
        outer.addStretch(1)  # rows keep their natural height; spare room goes below
        # A scroll area: on a 1366x768 laptop with the conflict list open the
        # fields must scroll rather than squeeze into each other.
        scroll = QScrollArea(self)
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.addTab(scroll, title)
        return form

    def _build_agreement(self) -> None:
        form = self._page(self.tr("A&greement"))
        self.kind = QComboBox()
        for kind in Kind:
            self.kind.addItem(label(kind, self.lang), str(kind))
        self.kind_hint = QLabel()
        self.kind_hint.setWordWrap(True)
        self.kind_hint.setStyleSheet("color: #444; font-style: italic;")
        self.kind_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.case_number = QLineEdit()
        self.case_number.setPlaceholderText(self.tr("e.g. KS 2016/1234"))
        self.title = QLineEdit()
        self.counterparties = CounterpartyPicker()
        self.scope = QComboBox()
        for scope in (Scope.CITY_WIDE, Scope.OPERATION_SPECIFIC):
            self.scope.addItem(label(scope, self.lang), str(scope))
        self.theme = SearchCombo(self.tr("Type to find a theme…"))
        self.new_theme = QPushButton(self.tr("New theme…"))
        theme_row = QHBoxLayout()
        theme_row.addWidget(self.theme, 1)
        theme_row.addWidget(self.new_theme)
        self.directions = DirectionsBox(lang=self.lang)
        self.mutual_benefit = _plain(self, 70)
        self.status = QComboBox()
        for status in (Status.DRAFT, Status.ACTIVE):
            self.status.addItem(label(status, self.lang), str(status))
        self.kind_label = QLabel(self.tr("&Kind:"))
        self.kind_label.setBuddy(self.kind)
        self.kind.setFixedWidth(200)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 0, Qt.AlignmentFlag.AlignTop)
        kind_row.addWidget(self.kind_hint, 1)
        form.addRow(self.kind_label, kind_row)
        form.addRow(self.tr("Case num&ber:"), self.case_number)
        # Always required (R10's record needs a title): marked like the other required fields.
        form.addRow(self.tr("&Title:").removesuffix(":") + " *:", self.title)
        form.addRow(self.tr("Counter&parties:"), self.counterparties)
        form.addRow(self.tr("Sc&ope:"), self.scope)
        self.theme_label = QLabel(self.tr("T&heme:"))
        self.theme_label.setBuddy(self.theme)
        form.addRow(self.theme_label, theme_row)
        form.addRow(self.tr("Strategic directions:"), self.directions)
        self.benefit_label = QLabel(self.tr("Mutua&l benefit:"))
        self.benefit_label.setBuddy(self.mutual_benefit)
        form.addRow(self.benefit_label, self.mutual_benefit)
        form.addRow(self.tr("Stat&us:"), self.status)
        self.termination = QLabel()
        self.termination.setWordWrap(True)
        form.addRow("", self.termination)

    def _build_decision(self) -> None:
        form = self._page(self.tr("&Decision"))
        self.deciding_body = SearchCombo(self.tr("Type to find the deciding body…"))
        self.decision_date = DateEdit()
        self.engagement = QComboBox()
        for engagement in Engagement:
            self.engagement.addItem(label(engagement, self.lang), str(engagement))
        self.engagement.setToolTip(
            self.tr(
                "A declaration or initiative, or a conference or event abroad, is decided by "
                "the International Committee whatever kind it is registered as (R4)."
            )
        )
        self.continued = QCheckBox(
            self.tr("The decision continues an existing commitment (not a new one)")
        )
        self.responsible_body = SearchCombo(self.tr("Type to find the committee or company…"))
        self.contact_person = QLineEdit()
        form.addRow(self.tr("Deciding &body:"), self.deciding_body)
        form.addRow(self.tr("Decision d&ate:"), self.decision_date)
        form.addRow(self.tr("C&oncerns:"), self.engagement)
        form.addRow("", self.continued)
        form.addRow(self.tr("Responsib&le committee or company:"), self.responsible_body)
        form.addRow(self.tr("Contact &person:"), self.contact_person)
        self.mandate_hint = QLabel(
            self.tr(
                "Under the strategy the City Council decides new memberships of city-wide "
                "organisations; the City Executive Board participation in city-wide networks "
                "and other city-wide questions; the International Committee conferences abroad "
                "and declarations that cost nothing; the committee or company board "
                "responsible what is operation-specific, and EU projects (R4). The "
                "counterparty's type (organisation or network) tells a membership from a "
                "network."
            )
        )
        self.mandate_hint.setWordWrap(True)
        _hint_below(form, self.mandate_hint)

    def _build_dates(self) -> None:
        form = self._page(self.tr("Dates and re&view"))
        self.start_date = DateEdit()
        self.end_date = DateEdit()
        self.interval = QSpinBox()
        self.interval.setRange(0, MAX_REVIEW_INTERVAL_MONTHS)
        self.interval.setSingleStep(6)
        self.interval.setSpecialValueText(self.tr("No regular review"))
        self.interval.setSuffix(self.tr(" months"))
        self.interval.setMinimumWidth(200)
        self.interval.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.interval_hint = QLabel()
        self.interval_hint.setWordWrap(True)
        self.fixed_review = QCheckBox(self.tr("Set by the decision:"))
        self.fixed_review.setToolTip(
            self.tr("When the decision names the date of the next review, e.g. "
                    "“omprövas senast 2030-12-02”.")
        )  # fmt: skip
        self.fixed_date = DateEdit()
        self.fixed_reason = QLineEdit()
        self.fixed_reason.setPlaceholderText(
            self.tr("Reason, e.g. KF 2026-12-02: “omprövas senast 2030-12-02”")
        )
        fixed_row = QHBoxLayout()
        fixed_row.addWidget(self.fixed_review)
        fixed_row.addWidget(self.fixed_date)
        fixed_row.addStretch(1)
        self.last_review = QLabel()
        self.next_review = QLabel()
        self.next_review.setStyleSheet("font-weight: bold;")
        self.start_label = QLabel(self.tr("S&tart date:"))
        self.start_label.setBuddy(self.start_date)
        self.end_label = QLabel(self.tr("End d&ate:"))
        self.end_label.setBuddy(self.end_date)
        form.addRow(self.start_label, self.start_date)
        form.addRow(self.end_label, self.end_date)
        form.addRow(self.tr("Review interva&l:"), self.interval)
        form.addRow("", self.interval_hint)
        form.addRow(self.tr("Last review:"), self.last_review)
        form.addRow(self.tr("Next review:"), self.next_review)
        form.addRow("", fixed_row)
        form.addRow(self.tr("Reas&on for the date:"), self.fixed_reason)

    def _build_cost(self) -> None:
        form = self._page(self.tr("Cost and &financing"))
        self.annual_cost = MoneyEdit()
        self.annual_cost.setMaximumWidth(200)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(list(CURRENCIES))
        self.currency.setMaximumWidth(100)
        cost_row = QHBoxLayout()
        cost_row.addWidget(self.annual_cost)
        cost_row.addWidget(self.currency)
        cost_row.addStretch(1)
        self.cost_payer = SearchCombo(self.tr("Type to find the committee or company that pays…"))
        self.payer_as_written = QLabel()
        self.payer_as_written.setWordWrap(True)
        self.payer_as_written.setStyleSheet("color: #444;")
        cost_label = QLabel(self.tr("&Annual cost or fee:"))
        cost_label.setBuddy(self.annual_cost)
        form.addRow(cost_label, cost_row)
        form.addRow(self.tr("&Paid by:"), self.cost_payer)
        form.addRow("", self.payer_as_written)
        self.project_kind = QComboBox()
        for kind in ProjectKind:
            self.project_kind.addItem(label(kind, self.lang), str(kind))
        self.external_financiers = QLineEdit()
        self.external_financiers.setPlaceholderText(
            self.tr("e.g. Sida, ICLD, EU (Horisont Europa)")
        )
        self.external_share = PercentEdit()
        self.external_share.setMaximumWidth(120)
        share_row = QHBoxLayout()
        share_row.addWidget(self.external_share)
        share_row.addWidget(QLabel("%"))
        share_row.addStretch(1)
        self.city_contribution = MoneyEdit()
        self.city_contribution.setMaximumWidth(200)
        form.addRow(self.tr("Pro&ject:"), self.project_kind)
        form.addRow(self.tr("E&xternal financiers:"), self.external_financiers)
        share_label = QLabel(self.tr("Ex&ternal share:"))
        share_label.setBuddy(self.external_share)
        form.addRow(share_label, share_row)
        form.addRow(self.tr("City's &own contribution:"), self.city_contribution)
        hint = QLabel(
            self.tr(
                "International work fits each committee's and company's budget: record the "
                "cost and the body that pays it (R6). The city takes part in aid projects only "
                "when another party, e.g. Sida, finances all of it (R5). An empty amount means "
                "not known, which is not the same as 0."
            )
        )
        hint.setWordWrap(True)
        _hint_below(form, hint)

    def _build_notes(self) -> None:
        form = self._page(self.tr("&Notes"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.documents = DocumentLinks()
        form.addRow(self.tr("No&tes:"), self.notes)
        form.addRow(self.tr("Signed doc&uments:"), self.documents)

    def _connect(self) -> None:
        for combo in (self.kind, self.scope, self.status, self.engagement, self.project_kind):
            combo.currentIndexChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self._apply_kind)
        for edit in (
            self.case_number,
            self.title,
            self.contact_person,
            self.fixed_reason,
            self.external_financiers,
        ):
            edit.textChanged.connect(self.changed)
        for box in (self.continued, self.fixed_review):
            box.toggled.connect(self.changed)
        self.fixed_review.toggled.connect(self._apply_fixed)
        self.annual_cost.currency_typed.connect(self.currency.setCurrentText)
        self.city_contribution.currency_typed.connect(self.currency.setCurrentText)
        for text in (self.mutual_benefit, self.notes):
            text.textChanged.connect(self.changed)
        for widget in (
            self.counterparties,
            self.theme,
            self.directions,
            self.deciding_body,
            self.decision_date,
            self.responsible_body,
            self.start_date,
            self.end_date,
            self.annual_cost,
            self.documents,
            self.cost_payer,
            self.fixed_date,
            self.external_share,
            self.city_contribution,
        ):
            widget.changed.connect(self.changed)
        self.interval.valueChanged.connect(self.changed)
        self.new_theme.clicked.connect(self.add_theme)
        self.counterparties.created.connect(self.catalog_changed)
        self.currency.currentTextChanged.connect(self.changed)
        self.changed.connect(self._update_next_review)

    # ------------------------------------------------------------ catalog

    def set_catalog(
        self,
        ctx: RuleContext,
        keep_ids: EntryData | None = None,
        counterparties: list[catalog.CounterpartyRecord] | None = None,
    ) -> None:
        """Fill the combos with active bodies/themes (plus inactive ones in use).

        Bodies come from the rule context (already read); the list of every
        counterparty is read only when the user starts looking for one, since
        at thousands of counterparties it is the slowest part of opening.
        """
        keep = keep_ids or EntryData()
        body_items = [
            (f"{b.short_name} – {b.name_sv}", b.id)
            for b in sorted(ctx.bodies.values(), key=lambda b: b.id)
            if b.active or b.id in (keep.deciding_body_id, keep.responsible_body_id)
        ]
        self.deciding_body.set_items(body_items)
        self.responsible_body.set_items(body_items)
        self.cost_payer.set_items(
            [
                (f"{b.short_name} – {b.name_sv}", b.id)
                for b in sorted(ctx.bodies.values(), key=lambda b: b.id)
                if b.active or b.id == keep.cost_payer_body_id
            ]
        )
        self.theme.set_items(
            [(t.name_sv, t.id) for t in catalog.list_themes() if t.active or t.id == keep.theme_id]
        )
        self.counterparties.set_known(counterparties or [])

    def add_theme(self) -> None:
        """Register a theme the vocabulary lacks (or pick the existing one) and choose it."""
        name, ok = QInputDialog.getText(
            self, self.tr("New theme"), self.tr("Name of the thematic area (in Swedish):")
        )
        if ok and name.strip():
            self.create_theme(name.strip())

    def create_theme(self, name: str) -> None:
        """Pick the theme of that name, or register it (an operation) and then pick it."""
        existing = next(
            (t for t in catalog.list_themes() if t.name_sv.lower() == name.lower()), None
        )
        if existing is not None:
            self._use_theme(existing)
            return
        (
            WriteOp(self, lambda _c: catalog.create_theme(name), ChangeNotice.for_catalogs(THEMES))
            .success(self._use_theme)
            .run()
        )

    def _use_theme(self, theme) -> None:
        self.theme.add_item(theme.name_sv, theme.id)
        self.theme.set_current_id(theme.id)
        self.catalog_changed.emit()

    # ------------------------------------------------------------ data

    def data(self) -> EntryData:
        """The entry as the form shows it (unreadable input becomes empty).

        Facts the form has no widget for (the reviews, the termination) are
        carried over from the entry it was loaded with.
        """
        interval = self.interval.value() or None
        fixed = self.fixed_review.isChecked()
        payer_id = self.cost_payer.current_id()
        return replace(
            self._base,
            kind=self.kind.currentData(),
            title=self.title.text(),
            case_number=self.case_number.text(),
            scope=self.scope.currentData(),
            engagement=self.engagement.currentData() or Engagement.STANDARD,
            continued=self.continued.isChecked(),
            deciding_body_id=self.deciding_body.current_id(),
            decision_date=self.decision_date.date(),
            responsible_body_id=self.responsible_body.current_id(),
            contact_person=self.contact_person.text(),
            theme_id=self.theme.current_id(),
            directions=self.directions.value(),
            mutual_benefit=self.mutual_benefit.toPlainText(),
            start_date=self.start_date.date(),
            end_date=self.end_date.date(),
            review_interval_months=interval,
            next_review_fixed=self.fixed_date.date() if fixed else None,
            next_review_reason=self.fixed_reason.text() if fixed else "",
            annual_cost=self.annual_cost.value(),
            currency=self.currency.currentText().strip().upper() or "SEK",
            cost_payer_body_id=payer_id,
            cost_payer="" if payer_id is not None else self._base.cost_payer,
            project_kind=self.project_kind.currentData() or ProjectKind.NONE,
            external_financiers=self.external_financiers.text(),
            external_share=self.external_share.value(),
            city_contribution=self.city_contribution.value(),
            status=self.status.currentData() or Status.ACTIVE,
            notes=self.notes.toPlainText(),
            document_links=self.documents.links(),
            counterparty_ids=self.counterparties.ids(),
            last_review_date=self._last_review,
        )

    def set_data(self, data: EntryData) -> None:
        """Show ``data``; emits ``changed`` once at the end, not per widget."""
        self.blockSignals(True)
        try:
            self._base = data
            self._set_combo(self.kind, data.kind)
            self.title.setText(data.title)
            self.case_number.setText(data.case_number)
            self._set_combo(self.scope, data.scope)
            self._set_combo(self.engagement, data.engagement)
            self.continued.setChecked(bool(data.continued))
            self.deciding_body.set_current_id(data.deciding_body_id)
            self.decision_date.set_date(data.decision_date)
            self.responsible_body.set_current_id(data.responsible_body_id)
            self.contact_person.setText(data.contact_person)
            self.theme.set_current_id(data.theme_id)
            self.directions.set_value(data.directions)
            self.mutual_benefit.setPlainText(data.mutual_benefit)
            self.start_date.set_date(data.start_date)
            self.end_date.set_date(data.end_date)
            self.interval.setValue(data.review_interval_months or 0)
            self.fixed_review.setChecked(data.next_review_fixed is not None)
            self.fixed_date.set_date(data.next_review_fixed)
            self.fixed_reason.setText(data.next_review_reason)
            self.annual_cost.set_value(data.annual_cost)
            self.currency.setCurrentText(data.currency or "SEK")
            self.cost_payer.set_current_id(data.cost_payer_body_id)
            self._show_payer_as_written(data.cost_payer)
            self._set_combo(self.project_kind, data.project_kind)
            self.external_financiers.setText(data.external_financiers)
            self.external_share.set_value(data.external_share)
            self.city_contribution.set_value(data.city_contribution)
            self._set_status(data.status)
            self.notes.setPlainText(data.notes)
            self.documents.set_links(data.document_links)
            self.counterparties.set_ids(data.counterparty_ids)
            self._last_review = data.last_review_date
            self.last_review.setText(
                data.last_review_date.isoformat() if data.last_review_date else "–"
            )
        finally:
            self.blockSignals(False)
        self._apply_kind()
        self._apply_fixed()
        self.changed.emit()

    def _show_payer_as_written(self, text: str) -> None:
        """A payer imported as text that names no body: shown until a body is chosen."""
        self.payer_as_written.setText(
            self.tr("In the imported register: “%1”. Choose the body that pays.").replace(
                "%1", text
            )
            if text
            else ""
        )
        self.payer_as_written.setVisible(bool(text))

    def set_field(self, name: str, value: object) -> None:
        """Put one field's value back (used to re-apply edits after a reload)."""
        self.set_data(replace(self.data(), **{name: value}))

    def _set_combo(self, combo: QComboBox, value: str) -> None:
        index = combo.findData(str(value))
        combo.setCurrentIndex(max(index, 0))

    def _set_status(self, status: str) -> None:
        index = self.status.findData(str(Status.TERMINATED))
        if status == Status.TERMINATED:
            if index < 0:
                self.status.addItem(label(Status.TERMINATED, self.lang), str(Status.TERMINATED))
            self._set_combo(self.status, status)
            self.status.setEnabled(False)
            self.status.setToolTip(self.tr("A terminated entry stays terminated."))
        else:
            if index >= 0:
                self.status.removeItem(index)
            self._set_combo(self.status, status)
            self.status.setEnabled(True)
            self.status.setToolTip(self.tr("To terminate an entry, use Terminate…"))

    def set_termination_text(self, text: str) -> None:
        self.termination.setText(text)
        self.termination.setVisible(bool(text))

    # ------------------------------------------------------------ derived views

    def _apply_kind(self) -> None:
        """Required fields follow the kind: R2 for cooperation, R3 for the others."""
        cooperation = self.kind.currentData() == Kind.COOPERATION
        star = " *" if cooperation else ""
        self.theme_label.setText(self.tr("T&heme:").removesuffix(":") + star + ":")
        self.benefit_label.setText(self.tr("Mutua&l benefit:").removesuffix(":") + star + ":")
        self.start_label.setText(self.tr("S&tart date:").removesuffix(":") + star + ":")
        self.end_label.setText(self.tr("End d&ate:").removesuffix(":") + star + ":")
        if cooperation:
            self.kind_hint.setText(
                self.tr(
                    "A cooperation agreement is a concrete exchange: theme, mutual benefit, "
                    "start and end date are required (R2). A review interval is optional."
                )
            )
            self.interval_hint.setText(self.tr("Optional for cooperation agreements."))
        else:
            self.kind_hint.setText(
                self.tr(
                    "Letters of intent and memberships are reviewed regularly, for example "
                    "every four years (R3). The end date may be left empty."
                )
            )
            self.interval_hint.setText(
                self.tr("The strategy's default is every four years: 48 months (R3).")
            )

    def _apply_fixed(self) -> None:
        fixed = self.fixed_review.isChecked()
        self.fixed_date.setEnabled(fixed)
        self.fixed_reason.setEnabled(fixed)

    def _update_next_review(self) -> None:
        data = self.data()
        next_review = data.next_review()
        interval = interval_label(data.review_interval_months, self.lang)
        if interval:
            self.interval.setToolTip(interval)
        if next_review is None:
            text = self.tr("– (no interval or no date)")
        elif data.next_review_fixed is not None:
            text = next_review.isoformat() + " " + self.tr("(set by the decision)")
        else:
            text = next_review.isoformat()
        if data.status == Status.DRAFT and next_review is not None:
            text += " " + self.tr("(once decided; a draft is not due)")
        self.next_review.setText(text)

    # ------------------------------------------------------------ findings support

    def input_findings(self) -> list[Finding]:
        """Input the form cannot turn into data, as error findings."""
        return form_findings.input_findings(self)

    def widget_for(self, field: str) -> tuple[QWidget | None, int]:
        """The widget to mark for a finding's field, and its tab."""
        return form_findings.widget_for(self, field)

    def all_markable(self) -> list[QWidget]:
        return form_findings.all_markable(self)
