"""The strategy's rules R1-R6 as pure checks.

Each check returns findings with a stable code, the field it concerns, a
severity and a message in Swedish and English. Errors block saving (R2 and
plain validity); warnings are shown and can be saved past (R1, R3, R4, R5,
R6). The codes are what tests, the CLI and the UI refer to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop_app.domain.dates import review_state
from desktop_app.domain.entry import BodyInfo, EntryData
from desktop_app.domain.kinds import (
    DEFAULT_LEAD_DAYS,
    DEFAULT_REVIEW_INTERVAL_YEARS,
    Kind,
    ReviewState,
    Scope,
    Status,
    label,
)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


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


@dataclass
class RuleContext:
    """What the rules need to know beyond the entry itself, as plain data."""

    today: date
    bodies: Mapping[int, BodyInfo] = field(default_factory=dict)
    counterparty_names: Mapping[int, str] = field(default_factory=dict)
    theme_names: Mapping[int, str] = field(default_factory=dict)
    lead_days: int = DEFAULT_LEAD_DAYS


MAX_TITLE = 500
MAX_TEXT = 20000
MAX_COST = 10**12  # NUMERIC(14, 2)
MAX_DIRECTIONS = 15  # the four directions' bits

_TWIN_CITY = re.compile(
    r"vänort|vänstad|vänskapsort|systerstad|twin[\s-]?(city|town|cities|towns)|"
    r"sister[\s-]?(city|cities)|town[\s-]?twinning|jumelage|partnerstadt|städtepartnerschaft",
    re.IGNORECASE,
)
_AID = re.compile(r"bistånd|development aid|\baid\b|\bsida\b", re.IGNORECASE)


def _err(code: str, field_name: str, sv: str, en: str) -> Finding:
    return Finding(code, Severity.ERROR, field_name, sv, en)


def _warn(code: str, field_name: str, sv: str, en: str) -> Finding:
    return Finding(code, Severity.WARNING, field_name, sv, en)


def check_validity(entry: EntryData, ctx: RuleContext) -> Iterable[Finding]:
    """What any entry needs to be stored at all."""
    if not entry.title.strip():
        yield _err("REQ-TITLE", "title", "Ange en titel.", "Enter a title.")
    elif len(entry.title) > MAX_TITLE:
        yield _err(
            "LEN-TITLE",
            "title",
            f"Titeln får vara högst {MAX_TITLE} tecken.",
            f"The title may be at most {MAX_TITLE} characters.",
        )
    if entry.kind not in set(Kind):
        yield _err("REQ-KIND", "kind", "Välj en avtalstyp.", "Choose a kind.")
    if entry.scope not in set(Scope):
        yield _err("REQ-SCOPE", "scope", "Välj omfattning.", "Choose a scope.")
    if entry.status not in (Status.DRAFT, Status.ACTIVE, Status.TERMINATED):
        yield _err("REQ-STATUS", "status", "Ogiltig status.", "Invalid status.")
    for name in ("notes", "mutual_benefit", "contact_person", "cost_payer"):
        if len(getattr(entry, name) or "") > MAX_TEXT:
            yield _err(
                "LEN-TEXT",
                name,
                f"Texten får vara högst {MAX_TEXT} tecken.",
                f"The text may be at most {MAX_TEXT} characters.",
            )
    if entry.review_interval_years is not None and not 1 <= entry.review_interval_years <= 50:
        yield _err(
            "RANGE-INTERVAL",
            "review_interval_years",
            "Omprövningsintervallet ska vara 1–50 år.",
            "The review interval must be 1-50 years.",
        )
    if entry.annual_cost is not None and entry.annual_cost < 0:
        yield _err(
            "RANGE-COST",
            "annual_cost",
            "Årskostnaden kan inte vara negativ.",
            "The annual cost cannot be negative.",
        )
    elif entry.annual_cost is not None and entry.annual_cost >= MAX_COST:
        # The column is NUMERIC(14, 2): PostgreSQL would refuse it mid-save.
        yield _err(
            "RANGE-COST",
            "annual_cost",
            "Årskostnaden är för stor; kontrollera beloppet.",
            "The annual cost is too large; check the amount.",
        )
    if not 0 <= entry.directions <= MAX_DIRECTIONS:
        yield _err(
            "RANGE-DIRECTIONS",
            "directions",
            "Ogiltiga inriktningar.",
            "Invalid strategic directions.",
        )
    if (
        entry.kind != Kind.COOPERATION
        and entry.start_date
        and entry.end_date
        and entry.end_date < entry.start_date
    ):
        yield _err(
            "DATE-ORDER",
            "end_date",
            "Slutdatum ligger före startdatum.",
            "The end date is before the start date.",
        )


def check_r1_twin_city(entry: EntryData, ctx: RuleContext) -> Iterable[Finding]:
    """R1: the city has no twin cities and signs no twin-city agreements."""
    texts = [("title", entry.title)]
    texts += [("counterparties", ctx.counterparty_names.get(i, "")) for i in entry.counterparty_ids]
    for field_name, text in texts:
        if text and _TWIN_CITY.search(text):
            yield _warn(
                "R1",
                field_name,
                "Ser ut som ett vänortsavtal. Staden har inga vänorter och tecknar "
                "inga vänortsavtal (R1).",
                "Looks like a twin-city agreement. The city has no twin cities and "
                "signs no twin-city agreements (R1).",
            )
            return


def check_r2_concrete(entry: EntryData, ctx: RuleContext) -> Iterable[Finding]:
    """R2: a cooperation agreement is concrete: theme, mutual benefit, start, end."""
    if entry.kind != Kind.COOPERATION:
        return
    if entry.theme_id is None:
        yield _err(
            "R2-THEME",
            "theme",
            "Ett samarbetsavtal ska gälla ett tematiskt område (R2).",
            "A cooperation agreement must concern a thematic area (R2).",
        )
    if not entry.mutual_benefit.strip():
        yield _err(
            "R2-BENEFIT",
            "mutual_benefit",
            "Beskriv den ömsesidiga nyttan (R2).",
            "Describe the mutual benefit (R2).",
        )
    if entry.start_date is None:
        yield _err(
            "R2-START",
            "start_date",
            "Ett samarbetsavtal ska ha ett startdatum (R2).",
            "A cooperation agreement must have a start date (R2).",
        )
    if entry.end_date is None:
        yield _err(
            "R2-END",
            "end_date",
            "Ett samarbetsavtal ska ha ett slutdatum (R2).",
            "A cooperation agreement must have an end date (R2).",
        )
    elif entry.start_date is not None and entry.end_date <= entry.start_date:
        yield _err(
            "R2-ORDER",
            "end_date",
            "Slutdatum ska ligga efter startdatum (R2).",
            "The end date must be after the start date (R2).",
        )


def check_r3_review(entry: EntryData, ctx: RuleContext) -> Iterable[Finding]:
    """R3: letters of intent and memberships are reviewed, e.g. every four years."""
    if entry.kind not in (Kind.LETTER_OF_INTENT, Kind.MEMBERSHIP):
        return
    if entry.status not in (Status.DRAFT, Status.ACTIVE):
        return  # terminated needs no review; an invalid status is check_validity's error
    what_sv = label(entry.kind, "sv").lower()
    what_en = label(entry.kind, "en").lower()
    if not entry.review_interval_years:
        yield _warn(
            "R3-NO-INTERVAL",
            "review_interval_years",
            f"Ange ett omprövningsintervall; ett {what_sv} ska omprövas regelbundet (R3).",
            f"Set a review interval; a {what_en} must be reviewed regularly (R3).",
        )
        return
    if entry.review_interval_years > DEFAULT_REVIEW_INTERVAL_YEARS:
        yield _warn(
            "R3-LONG-INTERVAL",
            "review_interval_years",
            f"Omprövning vart {entry.review_interval_years}:e år är glesare än "
            f"strategins fyra år (R3).",
            f"A review every {entry.review_interval_years} years is less often than "
            f"the strategy's four (R3).",
        )
    next_review = entry.next_review()
    if next_review is None:
        yield _warn(
            "R3-NO-DATE",
            "decision_date",
            "Nästa omprövning kan inte beräknas: ange beslutsdatum eller startdatum (R3).",
            "The next review cannot be computed: enter a decision or start date (R3).",
        )
        return
    state = review_state(
        next_review, entry.status, ctx.today, ctx.lead_days, end_date=entry.end_date
    )
    if state is ReviewState.OVERDUE:
        yield _warn(
            "R3-OVERDUE",
            "next_review_date",
            f"Omprövningen var planerad till {next_review.isoformat()} och är försenad (R3).",
            f"The review was due on {next_review.isoformat()} and is overdue (R3).",
        )


def check_r4_mandate(entry: EntryData, ctx: RuleContext) -> Iterable[Finding]:
    """R4: the deciding body must hold the mandate for the entry's kind and scope."""
    if entry.deciding_body_id is None:
        yield _warn(
            "R4-NO-BODY",
            "deciding_body",
            "Ange vilket organ som fattade beslutet (R4).",
            "Enter the body that took the decision (R4).",
        )
        return
    body = ctx.bodies.get(entry.deciding_body_id)
    if body is None:
        return
    if not body.holds_mandate(entry.kind, entry.scope, entry.annual_cost):
        kind_sv, scope_sv = label(entry.kind, "sv").lower(), label(entry.scope, "sv").lower()
        kind_en, scope_en = label(entry.kind, "en").lower(), label(entry.scope, "en").lower()
        yield _warn(
            "R4",
            "deciding_body",
            f"{body.name_sv} ({body.short_name}) har inte mandat att besluta om "
            f"{kind_sv} ({scope_sv}) enligt strategin (R4).",
            f"{body.name_sv} ({body.short_name}) holds no mandate for a {kind_en} "
            f"({scope_en}) under the strategy (R4).",
        )


def check_r5_aid(entry: EntryData, ctx: RuleContext) -> Iterable[Finding]:
    """R5: aid projects only when another party finances them wholly."""
    theme = ctx.theme_names.get(entry.theme_id or -1, "")
    if not (_AID.search(theme) or _AID.search(entry.title)):
        return
    if entry.annual_cost:
        yield _warn(
            "R5",
            "annual_cost",
            "Biståndsprojekt får bara drivas när hela finansieringen kommer från "
            "annan part, men staden har en kostnad (R5).",
            "Aid projects are allowed only when another party finances them "
            "wholly, but the city bears a cost (R5).",
        )


def check_r6_budget(entry: EntryData, ctx: RuleContext) -> Iterable[Finding]:
    """R6: international work fits each committee's budget: record who pays."""
    if entry.annual_cost and not entry.cost_payer.strip():
        yield _warn(
            "R6",
            "cost_payer",
            "Ange vem som betalar årskostnaden (R6).",
            "Enter who pays the annual cost (R6).",
        )


CHECKS: tuple[Callable[[EntryData, RuleContext], Iterable[Finding]], ...] = (
    check_validity,
    check_r1_twin_city,
    check_r2_concrete,
    check_r3_review,
    check_r4_mandate,
    check_r5_aid,
    check_r6_budget,
)


def check_entry(entry: EntryData, ctx: RuleContext) -> list[Finding]:
    """All findings for one entry, errors first."""
    findings = [f for check in CHECKS for f in check(entry, ctx)]
    findings.sort(key=lambda f: (f.severity is not Severity.ERROR,))
    return findings


def errors(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.is_error]
