"""The History page's words without Qt: for documents made outside the window.

A request for public documents (``request-export``) and the archive package
are made by the command line too, which never loads Qt. They must say what
the History page says (R10: one vocabulary for the trail), so this module
holds the same tables and the same renderer as ``ui/trail.py`` and reads the
Swedish from the shipped translation of the History page (the ``History``
context of ``pages_sv.ts``), not from a copy. ``tests/exports/
test_request_export.py`` checks, row by row on the demo's trail, that both
give the same text; a change to ``ui/trail.py`` that is not made here fails it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache

from desktop_app.domain.kinds import directions_text, label
from desktop_app.paths import resources_dir
from desktop_app.services.overview import HistoryRow

Names = dict[str, dict[int, str]]  # audit field -> id -> name (overview.reference_names)

CONTEXT = "History"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt gives it
    return text


@lru_cache(maxsize=1)
def _swedish() -> dict[str, str]:
    """English source -> Swedish, from the History page's translation file."""
    result: dict[str, str] = {}
    for ts in sorted((resources_dir() / "translations").glob("*_sv.ts")):
        root = ET.parse(ts).getroot()
        for context in root.iter("context"):
            if context.findtext("name") != CONTEXT:
                continue
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                translation = message.findtext("translation") or ""
                if source and translation:
                    result[source] = translation
    return result


_lang = {"value": "sv"}


def set_language(lang: str) -> None:
    """The language of the words (Swedish unless told otherwise)."""
    _lang["value"] = lang


def _t(text: str) -> str:
    return _swedish().get(text, text) if _lang["value"] != "en" else text


ACTIONS = {
    "create": QT_TRANSLATE_NOOP("History", "Created"),
    "update": QT_TRANSLATE_NOOP("History", "Changed"),
    "review": QT_TRANSLATE_NOOP("History", "Review recorded"),
    "terminate": QT_TRANSLATE_NOOP("History", "Terminated"),
    "archive": QT_TRANSLATE_NOOP("History", "Archived"),
    "restore": QT_TRANSLATE_NOOP("History", "Restored"),
    "document": QT_TRANSLATE_NOOP("History", "Document made"),
    "seed": QT_TRANSLATE_NOOP("History", "Register created"),
    "migrate": QT_TRANSLATE_NOOP("History", "Register upgraded"),
    "import": QT_TRANSLATE_NOOP("History", "Imported"),
    "export": QT_TRANSLATE_NOOP("History", "Exported"),
    "assess": QT_TRANSLATE_NOOP("History", "Warning assessed"),
    "reopen": QT_TRANSLATE_NOOP("History", "Warning reopened"),
    "request": QT_TRANSLATE_NOOP("History", "Request for public documents"),
    "secrecy_mark": QT_TRANSLATE_NOOP("History", "Secrecy assessed"),
    "secrecy_unmark": QT_TRANSLATE_NOOP("History", "Secrecy mark removed"),
    "close": QT_TRANSLATE_NOOP("History", "Closed"),
}

OBJECTS = {
    "entry": QT_TRANSLATE_NOOP("History", "Entry"),
    "decision_body": QT_TRANSLATE_NOOP("History", "Decision body"),
    "theme": QT_TRANSLATE_NOOP("History", "Theme"),
    "counterparty": QT_TRANSLATE_NOOP("History", "Counterparty"),
    "setting": QT_TRANSLATE_NOOP("History", "Setting"),
    "register": QT_TRANSLATE_NOOP("History", "Register"),
    "schema": QT_TRANSLATE_NOOP("History", "Database schema"),
    "organisation": QT_TRANSLATE_NOOP("History", "Administration or company"),
    "invitation": QT_TRANSLATE_NOOP("History", "Invitation letter"),
    "memo_draft": QT_TRANSLATE_NOOP("History", "Review case (memo draft)"),
}

FIELDS = {
    "kind": QT_TRANSLATE_NOOP("History", "Kind"),
    "title": QT_TRANSLATE_NOOP("History", "Title"),
    "case_number": QT_TRANSLATE_NOOP("History", "Case number"),
    "scope": QT_TRANSLATE_NOOP("History", "Scope"),
    "deciding_body_id": QT_TRANSLATE_NOOP("History", "Deciding body"),
    "decision_date": QT_TRANSLATE_NOOP("History", "Decision date"),
    "responsible_body_id": QT_TRANSLATE_NOOP("History", "Responsible committee"),
    "contact_person": QT_TRANSLATE_NOOP("History", "Contact person"),
    "theme_id": QT_TRANSLATE_NOOP("History", "Theme"),
    "directions": QT_TRANSLATE_NOOP("History", "Strategic directions"),
    "mutual_benefit": QT_TRANSLATE_NOOP("History", "Mutual benefit"),
    "start_date": QT_TRANSLATE_NOOP("History", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("History", "End date"),
    "review_interval_years": QT_TRANSLATE_NOOP("History", "Review interval (years)"),
    "review_interval_months": QT_TRANSLATE_NOOP("History", "Review interval (months)"),
    "next_review_fixed": QT_TRANSLATE_NOOP("History", "Next review set by decision"),
    "next_review_reason": QT_TRANSLATE_NOOP("History", "Reason for the review date"),
    "engagement": QT_TRANSLATE_NOOP("History", "Concerns"),
    "continued": QT_TRANSLATE_NOOP("History", "Continued commitment"),
    "cost_payer_body_id": QT_TRANSLATE_NOOP("History", "Paid by"),
    "project_kind": QT_TRANSLATE_NOOP("History", "Project kind"),
    "external_financiers": QT_TRANSLATE_NOOP("History", "External financiers"),
    "external_share": QT_TRANSLATE_NOOP("History", "External share (%)"),
    "city_contribution": QT_TRANSLATE_NOOP("History", "City's own contribution"),
    "letter_date": QT_TRANSLATE_NOOP("History", "Letter date"),
    "delegation": QT_TRANSLATE_NOOP("History", "Delegation"),
    "body_id": QT_TRANSLATE_NOOP("History", "Operation"),
    "justification": QT_TRANSLATE_NOOP("History", "Justification"),
    "decided_by": QT_TRANSLATE_NOOP("History", "Decided by"),
    "last_review_date": QT_TRANSLATE_NOOP("History", "Last review"),
    "next_review_date": QT_TRANSLATE_NOOP("History", "Next review"),
    "annual_cost": QT_TRANSLATE_NOOP("History", "Annual cost"),
    "currency": QT_TRANSLATE_NOOP("History", "Currency"),
    "cost_payer": QT_TRANSLATE_NOOP("History", "Paid by (as written)"),
    "status": QT_TRANSLATE_NOOP("History", "Status"),
    "notes": QT_TRANSLATE_NOOP("History", "Notes"),
    "document_links": QT_TRANSLATE_NOOP("History", "Documents"),
    "counterparties": QT_TRANSLATE_NOOP("History", "Counterparties"),
    "terminated_date": QT_TRANSLATE_NOOP("History", "Terminated on"),
    "termination_reason": QT_TRANSLATE_NOOP("History", "Reason for termination"),
    "terminated_by": QT_TRANSLATE_NOOP("History", "Terminated by"),
    "archived": QT_TRANSLATE_NOOP("History", "Archived"),
    "short_name": QT_TRANSLATE_NOOP("History", "Short name"),
    "name_sv": QT_TRANSLATE_NOOP("History", "Name (Swedish)"),
    "name_en": QT_TRANSLATE_NOOP("History", "Name (English)"),
    "name": QT_TRANSLATE_NOOP("History", "Name"),
    "country": QT_TRANSLATE_NOOP("History", "Country"),
    "type": QT_TRANSLATE_NOOP("History", "Type"),
    "organisation": QT_TRANSLATE_NOOP("History", "Administration or company"),
    "contact_name": QT_TRANSLATE_NOOP("History", "Contact person"),
    "contact_role": QT_TRANSLATE_NOOP("History", "Contact person's role"),
    "contact_email": QT_TRANSLATE_NOOP("History", "Contact person's e-mail"),
    "contact_phone": QT_TRANSLATE_NOOP("History", "Contact person's phone"),
    "active": QT_TRANSLATE_NOOP("History", "Active"),
    "mandates": QT_TRANSLATE_NOOP("History", "Mandates"),
    "lead_days": QT_TRANSLATE_NOOP("History", "Review lead time (days)"),
    "organisation_name": QT_TRANSLATE_NOOP("History", "Organisation's name"),
    "file": QT_TRANSLATE_NOOP("History", "File"),
    "meetings_added": QT_TRANSLATE_NOOP("History", "Meetings added"),
    "meetings_cancelled": QT_TRANSLATE_NOOP("History", "Meetings cancelled"),
    # A review case's memo draft (services.memo_drafts).
    "variant": QT_TRANSLATE_NOOP("History", "The memo proposes"),
    "proposal": QT_TRANSLATE_NOOP("History", "Proposal"),
    "proposal_text": QT_TRANSLATE_NOOP("History", "Proposed decision"),
    "summary": QT_TRANSLATE_NOOP("History", "Summary"),
    "preparation": QT_TRANSLATE_NOOP("History", "Preparation of the matter"),
    "assessment": QT_TRANSLATE_NOOP("History", "The administration's assessment"),
    "officer": QT_TRANSLATE_NOOP("History", "Case officer"),
    "officer_phone": QT_TRANSLATE_NOOP("History", "Case officer's phone"),
}

# Keys of the JSON "details" column.
DETAIL_KEYS = {
    "review_id": QT_TRANSLATE_NOOP("History", "review no."),
    "outcome": QT_TRANSLATE_NOOP("History", "outcome"),
    "decision_date": QT_TRANSLATE_NOOP("History", "decision date"),
    "deciding_body_id": QT_TRANSLATE_NOOP("History", "deciding body"),
    "case_number": QT_TRANSLATE_NOOP("History", "case number"),
    "note": QT_TRANSLATE_NOOP("History", "note"),
    "kind": QT_TRANSLATE_NOOP("History", "kind"),
    "path": QT_TRANSLATE_NOOP("History", "file"),
    "file": QT_TRANSLATE_NOOP("History", "file"),
    "sheet": QT_TRANSLATE_NOOP("History", "sheet"),
    "row": QT_TRANSLATE_NOOP("History", "row"),
    "created": QT_TRANSLATE_NOOP("History", "created"),
    "updated": QT_TRANSLATE_NOOP("History", "updated"),
    "schema": QT_TRANSLATE_NOOP("History", "schema version"),
    "assessment_id": QT_TRANSLATE_NOOP("History", "assessment no."),
    "code": QT_TRANSLATE_NOOP("History", "finding"),
    "finding": QT_TRANSLATE_NOOP("History", "warning"),
    "why": QT_TRANSLATE_NOOP("History", "why"),
    "object_key": QT_TRANSLATE_NOOP("History", "administration"),
    "decision": QT_TRANSLATE_NOOP("History", "decision"),
    "provision": QT_TRANSLATE_NOOP("History", "provision"),
    "reason": QT_TRANSLATE_NOOP("History", "reason"),
    "field": QT_TRANSLATE_NOOP("History", "field"),
    "masked": QT_TRANSLATE_NOOP("History", "masked"),
    "entries": QT_TRANSLATE_NOOP("History", "entries"),
}

# Fields whose stored value is a vocabulary identifier with a label.
_VOCABULARY_FIELDS = {
    "kind", "scope", "status", "type", "outcome", "engagement", "project_kind", "proposal"
}  # fmt: skip
# What a memo draft proposes (domain.memo_route.Variant).
VARIANTS = {
    "review": QT_TRANSLATE_NOOP("History", "Review"),
    "end": QT_TRANSLATE_NOOP("History", "Ending"),
    "new": QT_TRANSLATE_NOOP("History", "New decision"),
}
_BOOLEAN_FIELDS = {"active", "archived", "continued"}
# Why an assessment was closed (the "why" detail).
REOPEN_REASONS = {
    "facts_changed": QT_TRANSLATE_NOOP("History", "the facts it was made on changed"),
    "withdrawn": QT_TRANSLATE_NOOP("History", "withdrawn by hand"),
}


def action_label(action: str) -> str:
    return _t(ACTIONS[action]) if action in ACTIONS else action


def object_label(object_type: str) -> str:
    return _t(OBJECTS[object_type]) if object_type in OBJECTS else object_type


def field_label(field: str) -> str:
    if field.startswith("finding:"):  # an assessment: "Warning R1"
        return _t("Warning") + " " + field.partition(":")[2]
    return _t(FIELDS[field]) if field in FIELDS else field


def value_text(field: str, value: str | None, names: Names, lang: str = "sv") -> str:
    """A stored old/new value as the registrar knows it (names, labels, Yes/No)."""
    if value is None or value == "":
        return ""
    if field in names and value.isdigit():
        return names[field].get(int(value), value)
    if field == "variant" and value in VARIANTS:
        return _t(VARIANTS[value])
    if field in _VOCABULARY_FIELDS:
        return label(value, lang) or value
    if field in _BOOLEAN_FIELDS and value in ("0", "1"):
        return _t("Yes") if value == "1" else _t("No")
    if field == "directions" and value.isdigit():
        return directions_text(int(value), lang)
    if field == "mandates":
        return "; ".join(_mandate_text(part, lang) for part in value.split("; ") if part)
    return value.replace("\n", " · ")


def _mandate_text(stored: str, lang: str) -> str:
    """``membership/city_wide (utan kostnad)`` -> "Medlemskap, stadsövergripande (...)"."""
    head, _, tail = stored.partition(" ")
    kind, _, scope = head.partition("/")
    text = f"{label(kind, lang)}, {label(scope, lang).lower()}"
    if tail:
        text += " " + _t("(only without cost)")
    return text


def details_text(details: str, names: Names, lang: str = "sv") -> str:
    """The JSON details of an event as "key: value" pairs in words."""
    import json

    if not details:
        return ""
    try:
        data = json.loads(details)
    except ValueError:
        return details
    if not isinstance(data, dict):
        return str(data)
    parts = []
    for key, value in data.items():
        shown = "" if value is None else str(value)
        if key == "outcome":
            shown = label(shown, lang) or shown
        elif key == "deciding_body_id" and shown.isdigit():
            shown = names.get("deciding_body_id", {}).get(int(shown), shown)
        elif key == "why" and shown in REOPEN_REASONS:
            shown = _t(REOPEN_REASONS[shown])
        elif key in ("field", "masked") and shown:
            shown = ", ".join(
                _t(WHOLE_ENTRY) if part == "*" else field_label(part) for part in shown.split(", ")
            )
        elif not shown:
            continue
        name = _t(DETAIL_KEYS[key]) if key in DETAIL_KEYS else key
        parts.append(f"{name}: {shown}")
    return ", ".join(parts)


WHOLE_ENTRY = QT_TRANSLATE_NOOP("History", "the whole entry")

_MARKED = (
    QT_TRANSLATE_NOOP("History", "Warning"),
    QT_TRANSLATE_NOOP("History", "Yes"),
    QT_TRANSLATE_NOOP("History", "No"),
    QT_TRANSLATE_NOOP("History", "(only without cost)"),
)


# ---------------------------------------------------------------- whole rows

EMPTY = QT_TRANSLATE_NOOP("History", "(empty)")

COLUMN_TITLES = {
    "time": QT_TRANSLATE_NOOP("History", "Time"),
    "user": QT_TRANSLATE_NOOP("History", "User"),
    "action": QT_TRANSLATE_NOOP("History", "Action"),
    "object": QT_TRANSLATE_NOOP("History", "Object"),
    "entry": QT_TRANSLATE_NOOP("History", "Entry"),
    "field": QT_TRANSLATE_NOOP("History", "Field"),
    "old": QT_TRANSLATE_NOOP("History", "Old value"),
    "new": QT_TRANSLATE_NOOP("History", "New value"),
    "details": QT_TRANSLATE_NOOP("History", "Details"),
}


def column_title(name: str) -> str:
    """The heading of a column of ``row_texts`` (both views use the same words)."""
    return _t(COLUMN_TITLES[name])


def user_text(os_user: str, db_user: str) -> str:
    """The OS user, and the database role when it says something more."""
    if not db_user or db_user == os_user:
        return os_user
    return f"{os_user} ({db_user})"


def entry_text(row: HistoryRow) -> str:
    if row.entry_id is None:
        return ""
    return f"{row.case_number or '#' + str(row.entry_id)} {row.title}".strip()


def object_text(row: HistoryRow) -> str:
    text = object_label(row.object_type)
    return f"{text}: {row.object_name}" if row.object_name else text


def change_text(field: str, value: str | None, names: Names, lang: str = "sv") -> str:
    """An old or new value of a changed field; a field emptied or filled shows "(empty)"."""
    if not field:
        return ""
    shown = value_text(field, value, names, lang)
    return shown if shown else _t(EMPTY)


def row_texts(row: HistoryRow, names: Names, lang: str = "sv") -> dict[str, str]:
    """Every column of an audit row as text: time, user, action, object, entry, field,
    old, new, details. The History page and an entry's history show these."""
    return {
        "time": row.at.strftime("%Y-%m-%d %H:%M:%S"),
        "user": user_text(row.os_user, row.db_user),
        "action": action_label(row.action),
        "object": object_text(row),
        "entry": entry_text(row),
        "field": field_label(row.field) if row.field else "",
        # A new record has no old values: "(empty)" on each of its fields says nothing.
        "old": "" if row.action == "create" else change_text(row.field, row.old_value, names, lang),
        "new": change_text(row.field, row.new_value, names, lang),
        "details": details_text(row.details, names, lang),
    }
