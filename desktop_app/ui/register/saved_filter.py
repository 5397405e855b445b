"""The register's filter as remembered between sessions (QSettings holds the JSON)."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QSettings

from desktop_app.services.register_types import FINDINGS_FILTERS, RegisterFilter

from .columns import MODEL_COLUMNS

SETTINGS_GROUP = "register"  # the register view's group in QSettings


def filter_to_json(f: RegisterFilter) -> str:
    """The parts of a filter worth remembering between sessions."""
    return json.dumps(
        {
            "search": f.search,
            "kinds": sorted(f.kinds),
            "statuses": sorted(f.statuses),
            "deciding_body_id": f.deciding_body_id,
            "responsible_body_id": f.responsible_body_id,
            "theme_id": f.theme_id,
            "directions": f.directions,
            "findings": f.findings,
            "date_field": f.date_field,
            "date_from": f.date_from.isoformat() if f.date_from else None,
            "date_to": f.date_to.isoformat() if f.date_to else None,
            "sort_key": f.sort_key,
            "descending": f.descending,
        }
    )


def filter_from_json(text: str) -> RegisterFilter:
    """Back from ``filter_to_json``; anything unreadable gives the default filter."""
    try:
        d = json.loads(text or "{}")
        f = RegisterFilter(
            search=str(d.get("search") or ""),
            kinds=frozenset(d.get("kinds") or ()),
            statuses=frozenset(d.get("statuses") or ()),
            deciding_body_id=d.get("deciding_body_id"),
            responsible_body_id=d.get("responsible_body_id"),
            theme_id=d.get("theme_id"),
            directions=int(d.get("directions") or 0),
            findings=str(d.get("findings") or "") if d.get("findings") in FINDINGS_FILTERS else "",
            date_field=str(d.get("date_field") or "next_review_date"),
            date_from=date.fromisoformat(d["date_from"]) if d.get("date_from") else None,
            date_to=date.fromisoformat(d["date_to"]) if d.get("date_to") else None,
            sort_key=str(d.get("sort_key") or "next_review_date"),
            descending=bool(d.get("descending")),
        )
    except (ValueError, TypeError, AttributeError):
        return RegisterFilter()
    if f.sort_key not in MODEL_COLUMNS:
        f.sort_key = "next_review_date"
    return f


def saved_filter(settings: QSettings) -> RegisterFilter:
    """The filter the register showed when the window was last closed."""
    return filter_from_json(str(settings.value(f"{SETTINGS_GROUP}/filter") or ""))
