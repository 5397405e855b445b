"""What the register list's findings filter reads: one entry's findings, kept as data.

The full rule check of a large register takes minutes, so "med fel / med
varningar / bedömda" cannot run the rules per filter. The write paths store
each entry's summary instead (``services.finding_summaries``, which calls
``summarize`` for every entry a write touched), and the filter reads it in SQL.

A summary must stay true without a write, so it holds nothing that depends on
today's date: every finding but R3-OVERDUE is a function of the entry and the
catalog. R3-OVERDUE is stored as the window of days in which it holds
(from the day after the next review until the end date, if any) and whether
an assessment covers it; the filter compares the window with today.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from desktop_app.domain.assessments import CheckedFinding
from desktop_app.domain.entry import EntryData
from desktop_app.domain.findings import Finding, RuleContext, Severity
from desktop_app.domain.kinds import Status
from desktop_app.domain.rules import check_entry, check_r3_review

OVERDUE = "R3-OVERDUE"

# (entry, ctx, findings) -> the findings with the assessments that still hold.
Assess = Callable[[EntryData, RuleContext, list], list[CheckedFinding]]


@dataclass(frozen=True)
class FindingsSummary:
    """Codes of one entry's open findings by severity, the assessed ones, and R3-OVERDUE's window."""

    errors: str = ""
    warnings: str = ""
    notes: str = ""
    assessed: str = ""
    overdue_from: date | None = None
    overdue_until: date | None = None  # the last day it holds (the end date); None: open-ended
    overdue_assessed: bool = False

    def overdue_on(self, today: date) -> bool:
        """Whether R3-OVERDUE holds on ``today``."""
        return (
            self.overdue_from is not None
            and self.overdue_from <= today
            and (self.overdue_until is None or today <= self.overdue_until)
        )

    def has_errors(self) -> bool:
        return bool(self.errors)

    def has_warnings(self, today: date) -> bool:
        return bool(self.warnings) or (self.overdue_on(today) and not self.overdue_assessed)

    def has_assessed(self, today: date) -> bool:
        return bool(self.assessed) or (self.overdue_on(today) and self.overdue_assessed)


def _codes(checked: Sequence[CheckedFinding], severity: Severity | None, open_: bool) -> str:
    codes = [
        c.finding.code
        for c in checked
        if c.is_open == open_ and (severity is None or c.finding.severity is severity)
    ]
    return " ".join(dict.fromkeys(codes))


def summarize(
    entry: EntryData,
    ctx: RuleContext,
    assess: Assess,
    findings: Sequence[Finding] | None = None,
) -> FindingsSummary:
    """The entry's findings summary, the same whatever ``ctx.today`` is.

    ``assess`` pairs findings with the entry's assessments (the services read
    them); the rules themselves are this package's. ``findings``: what
    ``check_entry(entry, ctx)`` gave already, on any day (an import's preview
    checked every row; R3-OVERDUE, the only finding that depends on the day, is
    left out here and stored as its window either way).
    """
    if findings is None:
        findings = check_entry(entry, ctx)
    findings = [f for f in findings if f.code != OVERDUE]
    checked = assess(entry, ctx, findings) if findings else []
    window, late = _overdue(entry, ctx)
    overdue_assessed = False
    if window is not None:
        overdue_assessed = not assess(entry, ctx, late)[0].is_open
    return FindingsSummary(
        errors=_codes(checked, Severity.ERROR, True),
        warnings=_codes(checked, Severity.WARNING, True),
        notes=_codes(checked, Severity.NOTE, True),
        assessed=_codes(checked, None, False),
        overdue_from=window[0] if window else None,
        overdue_until=window[1] if window else None,
        overdue_assessed=overdue_assessed,
    )


def overdue_window(entry: EntryData, ctx: RuleContext) -> tuple[date, date | None] | None:
    """The days on which R3 finds the entry's review overdue: (first, last or None).

    The review is overdue from the day after the next review while the entry
    is active and in force (until its end date); whether R3 looks at the entry
    at all (kind, interval, status) is asked of the rule itself on the first day.
    """
    return _overdue(entry, ctx)[0]


def _overdue(entry: EntryData, ctx: RuleContext) -> tuple[tuple[date, date | None] | None, list]:
    """``overdue_window`` and R3-OVERDUE's findings on its first day (none without one)."""
    if entry.status != Status.ACTIVE:
        return None, []
    next_review = entry.next_review()
    if next_review is None:
        return None, []
    start = next_review + timedelta(days=1)
    if entry.end_date is not None and entry.end_date < start:
        return None, []
    probe = replace(ctx, today=start)
    late = [f for f in check_r3_review(entry, probe) if f.code == OVERDUE]
    if not late:
        return None, []
    return (start, entry.end_date), late
