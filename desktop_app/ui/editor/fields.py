"""Human labels and display text for entry fields, shared by editor and history.

The audit trail stores field names and values as text (``deciding_body_id``
= "3", ``directions`` = "13"); a registrar wants "Beslutande organ: KF" and
"Profilering, Samverkan, Påverkan". One place turns both the editor's live
values and the audit's stored text into what people read, so the conflict
list and the history tab say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.domain.dates import interval_label
from desktop_app.domain.kinds import directions_text, label
from desktop_app.domain.money import format_number
from desktop_app.domain.rules import RuleContext

# Field name (EntryData, audit) -> English label; translated in context "EntryFields".
FIELD_LABELS: dict[str, str] = {
    "kind": QT_TRANSLATE_NOOP("EntryFields", "Kind"),
    "case_number": QT_TRANSLATE_NOOP("EntryFields", "Case number"),
    "title": QT_TRANSLATE_NOOP("EntryFields", "Title"),
    "counterparties": QT_TRANSLATE_NOOP("EntryFields", "Counterparties"),
    "counterparty_ids": QT_TRANSLATE_NOOP("EntryFields", "Counterparties"),
    "scope": QT_TRANSLATE_NOOP("EntryFields", "Scope"),
    "deciding_body_id": QT_TRANSLATE_NOOP("EntryFields", "Deciding body"),
    "deciding_body": QT_TRANSLATE_NOOP("EntryFields", "Deciding body"),
    "decision_date": QT_TRANSLATE_NOOP("EntryFields", "Decision date"),
    "responsible_body_id": QT_TRANSLATE_NOOP("EntryFields", "Responsible committee or company"),
    "contact_person": QT_TRANSLATE_NOOP("EntryFields", "Contact person"),
    "theme_id": QT_TRANSLATE_NOOP("EntryFields", "Theme"),
    "theme": QT_TRANSLATE_NOOP("EntryFields", "Theme"),
    "directions": QT_TRANSLATE_NOOP("EntryFields", "Strategic directions"),
    "mutual_benefit": QT_TRANSLATE_NOOP("EntryFields", "Mutual benefit"),
    "start_date": QT_TRANSLATE_NOOP("EntryFields", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("EntryFields", "End date"),
    "review_interval_years": QT_TRANSLATE_NOOP("EntryFields", "Review interval"),
    "review_interval_months": QT_TRANSLATE_NOOP("EntryFields", "Review interval"),
    "next_review_fixed": QT_TRANSLATE_NOOP("EntryFields", "Next review set by decision"),
    "next_review_reason": QT_TRANSLATE_NOOP("EntryFields", "Reason for the review date"),
    "engagement": QT_TRANSLATE_NOOP("EntryFields", "Concerns"),
    "continued": QT_TRANSLATE_NOOP("EntryFields", "Continued commitment"),
    "cost_payer_body_id": QT_TRANSLATE_NOOP("EntryFields", "Paid by"),
    "project_kind": QT_TRANSLATE_NOOP("EntryFields", "Project kind"),
    "external_financiers": QT_TRANSLATE_NOOP("EntryFields", "External financiers"),
    "external_share": QT_TRANSLATE_NOOP("EntryFields", "External share"),
    "city_contribution": QT_TRANSLATE_NOOP("EntryFields", "City's own contribution"),
    "last_review_date": QT_TRANSLATE_NOOP("EntryFields", "Last review"),
    "next_review_date": QT_TRANSLATE_NOOP("EntryFields", "Next review"),
    "annual_cost": QT_TRANSLATE_NOOP("EntryFields", "Annual cost"),
    "currency": QT_TRANSLATE_NOOP("EntryFields", "Currency"),
    "cost_payer": QT_TRANSLATE_NOOP("EntryFields", "Paid by (as written)"),
    "status": QT_TRANSLATE_NOOP("EntryFields", "Status"),
    "notes": QT_TRANSLATE_NOOP("EntryFields", "Notes"),
    "document_links": QT_TRANSLATE_NOOP("EntryFields", "Documents"),
    "terminated_date": QT_TRANSLATE_NOOP("EntryFields", "Termination date"),
    "termination_reason": QT_TRANSLATE_NOOP("EntryFields", "Reason for termination"),
    "terminated_by": QT_TRANSLATE_NOOP("EntryFields", "Terminated by"),
    "archived": QT_TRANSLATE_NOOP("EntryFields", "Archived"),
}

_VOCABULARY_FIELDS = {"kind", "scope", "status", "outcome", "engagement", "project_kind"}
_BODY_FIELDS = {
    "deciding_body_id",
    "deciding_body",
    "responsible_body_id",
    "terminated_by",
    "cost_payer_body_id",
}
_MONEY_FIELDS = {"annual_cost", "city_contribution"}
_THEME_FIELDS = {"theme_id", "theme"}


def field_label(name: str) -> str:
    """The translated label of a field name; unknown names are shown as they are."""
    source = FIELD_LABELS.get(name)
    return QCoreApplication.translate("EntryFields", source) if source else name


@dataclass
class Names:
    """Id -> name lookups for bodies, themes and counterparties (read once)."""

    bodies: dict[int, str] = field(default_factory=dict)
    themes: dict[int, str] = field(default_factory=dict)
    counterparties: dict[int, str] = field(default_factory=dict)

    @classmethod
    def from_context(cls, ctx: RuleContext) -> Names:
        """The names the rule context already holds: no extra queries."""
        return cls(
            {b.id: b.short_name for b in ctx.bodies.values()},
            dict(ctx.theme_names),
            dict(ctx.counterparty_names),
        )

    @classmethod
    def load(cls) -> Names:
        from desktop_app.services import catalog

        return cls(
            {b.id: b.short_name for b in catalog.list_bodies()},
            {t.id: t.name_sv for t in catalog.list_themes()},
            {c.id: c.display for c in catalog.list_counterparties()},
        )


def display_value(name: str, value: object, names: Names | None = None, lang: str = "sv") -> str:
    """What a registrar reads for ``value`` of field ``name`` (live or audit text)."""
    if value is None or value == "" or value == ():
        return "–"
    names = names or Names()
    if name in _VOCABULARY_FIELDS:
        return label(str(value), lang)
    if name in _BODY_FIELDS:
        return _lookup(names.bodies, value)
    if name in _THEME_FIELDS:
        return _lookup(names.themes, value)
    if name == "counterparty_ids":
        return "; ".join(_lookup(names.counterparties, v) for v in value)  # type: ignore[union-attr]
    if name == "directions":
        try:
            return directions_text(int(value), lang) or "–"  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return str(value)
    if name in _MONEY_FIELDS:
        try:
            return format_number(Decimal(str(value)), lang)
        except InvalidOperation:
            return str(value)
    if name == "external_share":
        return f"{value} %".replace(".", ",") if lang != "en" else f"{value} %"
    if name in ("archived", "continued"):
        return (
            QCoreApplication.translate("EntryFields", "Yes")
            if str(value) in ("1", "True", "true")
            else QCoreApplication.translate("EntryFields", "No")
        )
    if name == "review_interval_years":  # v1's audit rows
        try:
            years = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return str(value)
        return QCoreApplication.translate("EntryFields", "%n year(s)", "", years) if years else "–"
    if name == "review_interval_months":
        try:
            months = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return str(value)
        return interval_label(months, lang) or "–"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value).replace("\n", "; ")


def _lookup(mapping: dict[int, str], value: object) -> str:
    try:
        return mapping.get(int(value), str(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return str(value)
