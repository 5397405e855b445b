"""Assessed findings: a registrar has looked at a warning and judged it.

"Bedömd: inte ett vänortsavtal" - a warning a registrar has assessed, with a
reason, stays visible as assessed instead of as an open warning, so the
ones that need work stand out. An assessment holds only for the facts it
was made on: each is stored with a fingerprint of the finding and of the
fields its rule reads, and when those change the finding is open again.

Errors cannot be assessed (they block saving); warnings and notes can.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from decimal import Decimal

from desktop_app.domain.entry import EntryData
from desktop_app.domain.findings import Finding, RuleContext

# The fields each rule reads; a change to one of them reopens its findings.
_RELEVANT: dict[str, tuple[str, ...]] = {
    "R1": ("title", "notes", "counterparty_ids"),
    "R3": (
        "kind",
        "status",
        "review_interval_months",
        "next_review_fixed",
        "decision_date",
        "start_date",
        "end_date",
        "last_review_date",
    ),
    "R4": (
        "kind",
        "scope",
        "engagement",
        "continued",
        "project_kind",
        "deciding_body_id",
        "responsible_body_id",
        "counterparty_ids",
        "annual_cost",
        "city_contribution",
        "external_share",
        "reviews",
        "terminated_by_id",
        "status",
    ),
    "R5": ("project_kind", "external_share", "city_contribution", "external_financiers"),
    "R6": ("annual_cost", "city_contribution", "cost_payer_body_id", "cost_payer"),
}
_ENTRY_FIELDS = {f.name for f in fields(EntryData)}


def rule_of(code: str) -> str:
    """ "R4-REVIEW-ROUTE" -> "R4"."""
    return code.split("-", 1)[0]


def assessable(finding: Finding) -> bool:
    return not finding.is_error


def _canonical(value: object) -> str:
    """One text per value whatever the backend returned (95000 and 95000.00 are one amount)."""
    if isinstance(value, Decimal):
        return format(value.quantize(Decimal("0.01")), "f")
    return str(value)


def _digest(parts: object) -> str:
    text = json.dumps(parts, sort_keys=True, default=_canonical, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def entry_fingerprint(finding: Finding, entry: EntryData, ctx: RuleContext) -> str:
    """The finding and the facts its rule read, as a short stable digest."""
    names = _RELEVANT.get(rule_of(finding.code), ())
    facts: dict[str, object] = {n: getattr(entry, n) for n in names if n in _ENTRY_FIELDS}
    if "counterparty_ids" in names:
        facts["counterparties"] = [
            (ctx.counterparty_names.get(i, ""), ctx.counterparty_types.get(i, ""))
            for i in entry.counterparty_ids
        ]
    return _digest([finding.code, finding.field, finding.message_sv, facts])


def fingerprint(finding: Finding, facts: object = None) -> str:
    """For findings about other things than entries (R9 letters): the finding and ``facts``."""
    return _digest([finding.code, finding.field, finding.message_sv, facts])


def key_fingerprint(code: str, facts: object) -> str:
    """When the message carries figures that change without changing the judgement
    (R8 counts entries): only the code and the facts."""
    return _digest([code, facts])


@dataclass(frozen=True)
class Assessment:
    """A registrar's judgement of one finding, as stored (audited) by the services."""

    id: int
    code: str
    fingerprint: str
    reason: str
    assessed_by: str
    assessed_at: datetime | None


@dataclass(frozen=True)
class CheckedFinding:
    """A finding with its fingerprint and the assessment that still holds, if any."""

    finding: Finding
    fingerprint: str
    assessment: Assessment | None = None

    @property
    def is_open(self) -> bool:
        return self.assessment is None

    def assessed_text(self, lang: str = "sv") -> str:
        """ "Bedömd 2026-11-27 av anna: inte ett vänortsavtal"."""
        a = self.assessment
        if a is None:
            return ""
        when = a.assessed_at.strftime("%Y-%m-%d") if a.assessed_at else "?"
        if lang == "en":
            return f"Assessed {when} by {a.assessed_by}: {a.reason}"
        return f"Bedömd {when} av {a.assessed_by}: {a.reason}"


def match(
    findings: Iterable[tuple[Finding, str]], assessments: Sequence[Assessment]
) -> list[CheckedFinding]:
    """Pair each finding with the open assessment made on the same facts."""
    by_key = {(a.code, a.fingerprint): a for a in assessments}
    result = []
    for finding, digest in findings:
        held = by_key.get((finding.code, digest)) if assessable(finding) else None
        result.append(CheckedFinding(finding, digest, held))
    return result


def check_entry_assessed(
    entry: EntryData,
    ctx: RuleContext,
    findings: Sequence[Finding],
    assessments: Sequence[Assessment],
) -> list[CheckedFinding]:
    """``findings`` of ``entry`` with the assessments that still hold."""
    return match(((f, entry_fingerprint(f, entry, ctx)) for f in findings), assessments)


def stale(assessments: Sequence[Assessment], checked: Sequence[CheckedFinding]) -> list[Assessment]:
    """Assessments no current finding matches: the facts changed (or the finding went)."""
    used = {c.assessment.id for c in checked if c.assessment is not None}
    return [a for a in assessments if a.id not in used]
