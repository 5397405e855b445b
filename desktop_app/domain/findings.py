"""What a rule says about an entry: a finding, and what the rules need to know.

Three severities: an error blocks saving (R2, plain validity), a warning is
shown and can be saved past (R1, R3-R6, R8, R9), a note points out
something unusual that is not wrong (a body above the one with the mandate
deciding: "an unusual route", R4). Codes are stable: tests, the CLI, the
UI and assessed findings refer to them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop_app.domain.entry import BodyInfo
from desktop_app.domain.kinds import DEFAULT_LEAD_DAYS


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"


_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    field: str
    message_sv: str
    message_en: str

    def message(self, lang: str = "sv") -> str:
        return self.message_en if lang == "en" else self.message_sv

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def is_warning(self) -> bool:
        return self.severity is Severity.WARNING

    @property
    def rank(self) -> int:
        """Errors first, then warnings, then notes."""
        return _ORDER[self.severity]


def error(code: str, field_name: str, sv: str, en: str) -> Finding:
    return Finding(code, Severity.ERROR, field_name, sv, en)


def warning(code: str, field_name: str, sv: str, en: str) -> Finding:
    return Finding(code, Severity.WARNING, field_name, sv, en)


def note(code: str, field_name: str, sv: str, en: str) -> Finding:
    return Finding(code, Severity.NOTE, field_name, sv, en)


@dataclass
class RuleContext:
    """What the rules need to know beyond the entry itself, as plain data."""

    today: date
    bodies: Mapping[int, BodyInfo] = field(default_factory=dict)
    counterparty_names: Mapping[int, str] = field(default_factory=dict)
    counterparty_types: Mapping[int, str] = field(default_factory=dict)
    theme_names: Mapping[int, str] = field(default_factory=dict)
    lead_days: int = DEFAULT_LEAD_DAYS
