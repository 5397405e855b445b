"""Where findings go in the entry form, and the input it cannot read.

Kept apart from the form's layout: the rules speak of fields ("theme",
"end_date"), the form of widgets and tabs; this module is the mapping, plus
the form-level errors the domain rules cannot see (a half-typed date, a
theme name that matches nothing, a cost that is not a number).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.domain.rules import Finding, Severity

if TYPE_CHECKING:
    from .entry_form import EntryForm

TAB_AGREEMENT, TAB_DECISION, TAB_DATES, TAB_COST, TAB_NOTES = range(5)


def input_findings(form: EntryForm) -> list[Finding]:
    """Input the form cannot turn into data: shown as errors, like the rules'."""
    found: list[Finding] = []

    def err(field: str, text: str) -> None:
        found.append(Finding("INPUT", Severity.ERROR, field, text, text))

    for name, edit in (
        ("decision_date", form.decision_date),
        ("start_date", form.start_date),
        ("end_date", form.end_date),
    ):
        if not edit.is_valid():
            err(
                name,
                QCoreApplication.translate(
                    "EntryForm", "Write the date as yyyy-mm-dd, or leave it empty."
                ),
            )
    for name, edit in (("annual_cost", form.annual_cost), ("city_contribution",
                                                              form.city_contribution)):  # fmt: skip
        if not edit.is_valid():
            err(
                name,
                QCoreApplication.translate(
                    "EntryForm", "Write the amount as a number, e.g. 25 000 or 1 250,50."
                ),
            )
    if not form.external_share.is_valid():
        err(
            "external_share",
            QCoreApplication.translate("EntryForm", "Write the share as a percentage, 0-100."),
        )
    if form.fixed_review.isChecked() and not form.fixed_date.is_valid():
        err(
            "next_review_fixed",
            QCoreApplication.translate(
                "EntryForm", "Write the date as yyyy-mm-dd, or leave it empty."
            ),
        )
    for name, combo, what in (
        (
            "deciding_body",
            form.deciding_body,
            QCoreApplication.translate("EntryForm", "deciding body"),
        ),
        (
            "responsible_body_id",
            form.responsible_body,
            QCoreApplication.translate("EntryForm", "committee or company"),
        ),
        ("theme", form.theme, QCoreApplication.translate("EntryForm", "theme")),
        (
            "cost_payer",
            form.cost_payer,
            QCoreApplication.translate("EntryForm", "committee or company"),
        ),
    ):
        if not combo.is_valid():
            err(
                name,
                QCoreApplication.translate(
                    "EntryForm", "No %1 is called “%2”: choose one from the list."
                )
                .replace("%1", what)
                .replace("%2", combo.currentText().strip()),
            )
    currency = form.currency.currentText().strip()
    if len(currency) != 3 or not currency.isalpha():
        err(
            "currency",
            QCoreApplication.translate(
                "EntryForm", "The currency is a three-letter code such as SEK or EUR."
            ),
        )
    return found


def _table(form: EntryForm) -> dict[str, tuple[QWidget, int]]:
    return {
        "kind": (form.kind, TAB_AGREEMENT),
        "case_number": (form.case_number, TAB_AGREEMENT),
        "title": (form.title, TAB_AGREEMENT),
        "counterparties": (form.counterparties.list, TAB_AGREEMENT),
        "scope": (form.scope, TAB_AGREEMENT),
        "theme": (form.theme, TAB_AGREEMENT),
        "mutual_benefit": (form.mutual_benefit, TAB_AGREEMENT),
        "status": (form.status, TAB_AGREEMENT),
        "deciding_body": (form.deciding_body, TAB_DECISION),
        "decision_date": (form.decision_date.line, TAB_DECISION),
        "engagement": (form.engagement, TAB_DECISION),
        "reviews": (None, -1),
        "terminated_by": (None, -1),
        "responsible_body_id": (form.responsible_body, TAB_DECISION),
        "contact_person": (form.contact_person, TAB_DECISION),
        "start_date": (form.start_date.line, TAB_DATES),
        "end_date": (form.end_date.line, TAB_DATES),
        "review_interval_months": (form.interval, TAB_DATES),
        "next_review_date": (form.next_review, TAB_DATES),
        "next_review_fixed": (form.fixed_date.line, TAB_DATES),
        "next_review_reason": (form.fixed_reason, TAB_DATES),
        "annual_cost": (form.annual_cost, TAB_COST),
        "currency": (form.currency, TAB_COST),
        "cost_payer": (form.cost_payer, TAB_COST),
        "project_kind": (form.project_kind, TAB_COST),
        "external_financiers": (form.external_financiers, TAB_COST),
        "external_share": (form.external_share, TAB_COST),
        "city_contribution": (form.city_contribution, TAB_COST),
        "notes": (form.notes, TAB_NOTES),
    }


def widget_for(form: EntryForm, field: str) -> tuple[QWidget | None, int]:
    """The widget to mark for a finding's field, and its tab (-1: none)."""
    return _table(form).get(field, (None, -1))


def all_markable(form: EntryForm) -> list[QWidget]:
    """Every widget that can carry a finding mark (to clear old marks)."""
    return [widget for widget, _tab in _table(form).values() if widget is not None]
