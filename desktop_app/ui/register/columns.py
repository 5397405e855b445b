"""The register's columns: their titles, which show by default, and how they align.

Titles are defined with ``QT_TRANSLATE_NOOP`` so that lupdate finds them and
the model translates them when the header asks (context ``RegisterColumns``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "RegisterColumns"

# Field name of services.register.RegisterRow -> English title.
TITLES: dict[str, str] = {
    "case_number": QT_TRANSLATE_NOOP("RegisterColumns", "Case number"),
    "title": QT_TRANSLATE_NOOP("RegisterColumns", "Title"),
    "kind": QT_TRANSLATE_NOOP("RegisterColumns", "Kind"),
    "counterparties": QT_TRANSLATE_NOOP("RegisterColumns", "Counterparties"),
    "scope": QT_TRANSLATE_NOOP("RegisterColumns", "Scope"),
    "deciding_body": QT_TRANSLATE_NOOP("RegisterColumns", "Deciding body"),
    "decision_date": QT_TRANSLATE_NOOP("RegisterColumns", "Decision date"),
    "responsible_body": QT_TRANSLATE_NOOP("RegisterColumns", "Responsible"),
    "contact_person": QT_TRANSLATE_NOOP("RegisterColumns", "Contact person"),
    "theme": QT_TRANSLATE_NOOP("RegisterColumns", "Theme"),
    "directions": QT_TRANSLATE_NOOP("RegisterColumns", "Directions"),
    "start_date": QT_TRANSLATE_NOOP("RegisterColumns", "Start"),
    "end_date": QT_TRANSLATE_NOOP("RegisterColumns", "End"),
    "review_interval_months": QT_TRANSLATE_NOOP("RegisterColumns", "Review interval"),
    "last_review_date": QT_TRANSLATE_NOOP("RegisterColumns", "Last review"),
    "next_review_date": QT_TRANSLATE_NOOP("RegisterColumns", "Next review"),
    "annual_cost": QT_TRANSLATE_NOOP("RegisterColumns", "Annual cost"),
    "cost_payer": QT_TRANSLATE_NOOP("RegisterColumns", "Paid by"),
    "status": QT_TRANSLATE_NOOP("RegisterColumns", "Status"),
    "review_state": QT_TRANSLATE_NOOP("RegisterColumns", "Review"),
    "notes": QT_TRANSLATE_NOOP("RegisterColumns", "Notes"),
    "updated_at": QT_TRANSLATE_NOOP("RegisterColumns", "Changed"),
    "updated_by": QT_TRANSLATE_NOOP("RegisterColumns", "Changed by"),
    "id": QT_TRANSLATE_NOOP("RegisterColumns", "No."),
    # Not a RegisterRow field: the strategy's findings, checked for the rows on screen
    # (register.findings_column); never exported, never sorted by.
    "findings": QT_TRANSLATE_NOOP("RegisterColumns", "Findings"),
}

COMPUTED = frozenset({"findings"})

# The model's column order (also the default view order).
MODEL_COLUMNS: tuple[str, ...] = tuple(TITLES)

DEFAULT_VISIBLE: tuple[str, ...] = (
    "case_number",
    "title",
    "findings",  # seen without scrolling at 1024 px
    "kind",
    "counterparties",
    "deciding_body",
    "responsible_body",
    "theme",
    "next_review_date",
    "status",
    "review_state",
)

# Initial widths in pixels, chosen so the default columns fit a 1400-pixel
# window (the user's own widths are restored from QSettings;
# resizeColumnsToContents is avoided: it reads every row).
DEFAULT_WIDTHS: dict[str, int] = {
    "case_number": 108,
    "title": 208,
    "kind": 112,
    "counterparties": 160,
    "deciding_body": 84,
    "responsible_body": 108,
    "theme": 125,
    "end_date": 86,
    "next_review_date": 142,  # the sort arrow beside, not over, the title
    "status": 78,
    "review_state": 150,
    "findings": 110,
    "notes": 300,
    "directions": 220,
    "contact_person": 140,
    "decision_date": 100,
    "start_date": 86,
    "last_review_date": 122,
}

RIGHT_ALIGNED = frozenset({"annual_cost", "review_interval_months", "id"})


def title(name: str) -> str:
    """The translated column title of a RegisterRow field."""
    return QCoreApplication.translate(CONTEXT, TITLES.get(name, name))
