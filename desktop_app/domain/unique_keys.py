"""The keys under which the register keeps things unique (issue 12).

The services compare names and case numbers this way before they write, and
the database holds the same keys in unique indexes (migration m0005), so two
registrars saving at once cannot both store a twin.
"""

from __future__ import annotations

from .folding import case_number_key, fold

__all__ = ["case_number_key", "counterparty_key", "entry_case_key", "name_key"]


def name_key(name: str | None) -> str | None:
    """A theme's name or a body's short name as compared: folded; none when empty."""
    key = fold((name or "").strip())
    return key or None


def counterparty_key(name: str | None, country: str | None) -> str | None:
    """A counterparty is one per name and country (both folded)."""
    key = name_key(name)
    if key is None:
        return None
    return f"{key}\x1f{fold((country or '').strip())}"


def entry_case_key(case_number: str | None) -> str | None:
    """The stored key of a case number; none for an entry without one."""
    return case_number_key(case_number) or None
