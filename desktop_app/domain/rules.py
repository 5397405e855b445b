"""The strategy's rules R1-R6 as pure checks over one entry.

Each check yields findings (``domain.findings``) with a stable code, the
field it concerns, a severity and a message in Swedish and English. R4 (who
decides) is ``rules_mandate``; R8 and R9 concern bodies and invitation
letters, not entries (``contacts``, ``invitations``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from desktop_app.domain.dates import (
    add_months,
    interval_label,
    months_between,
    review_anchor,
    review_state,
)
from desktop_app.domain.entry import EntryData
from desktop_app.domain.findings import Finding, RuleContext, Severity, error, note, warning
from desktop_app.domain.kinds import (
    MAX_REVIEW_INTERVAL_MONTHS,
    REVIEW_INTERVAL_LIMIT_MONTHS,
    Engagement,
    Kind,
    ProjectKind,
    ReviewState,
    Scope,
    Status,
    label,
)
from desktop_app.domain.mandates import resource_burden
from desktop_app.domain.money import MAX_AMOUNT, format_amount, is_currency
from desktop_app.domain.rules_mandate import check_r4_mandate
from desktop_app.domain.twin_cities import twin_city_term

__all__ = [
    "CHECKS",
    "Finding",
    "RuleContext",
    "Severity",
    "check_entry",
    "errors",
    "note",
]

MAX_TITLE = 500
MAX_TEXT = 20000
MAX_COST = MAX_AMOUNT  # NUMERIC(14, 2)
MAX_DIRECTIONS = 15  # the four directions' bits

_TEXT_FIELDS = (
    "notes",
    "mutual_benefit",
    "contact_person",
    "cost_payer",
    "next_review_reason",
    "external_financiers",
)


def check_validity(entry: EntryData, ctx: RuleContext) -> Iterable[Finding]:
    """What any entry needs to be stored at all."""
    if not entry.title.strip():
        yield error("REQ-TITLE", "title", "Ange en titel.", "Enter a title.")
    elif len(entry.title) > MAX_TITLE:
        yield error(
            "LEN-TITLE",
            "title",
            f"Titeln får vara högst {MAX_TITLE} tecken.",
            f"The title may be at most {MAX_TITLE} characters.",
        )
    if entry.kind not in set(Kind):
        yield error("REQ-KIND", "kind", "Välj en avtalstyp.", "Choose a kind.")
    if entry.scope not in set(Scope):
        yield error("REQ-SCOPE", "scope", "Välj omfattning.", "Choose a scope.")
    if entry.engagement not in set(Engagement):
        yield error("REQ-ENGAGEMENT", "engagement", "Välj vad ärendet avser.", "Choose what it is.")
    if entry.project_kind not in set(ProjectKind):
        yield error("REQ-PROJECT", "project_kind", "Välj projekttyp.", "Choose the project kind.")
    if entry.status not in (Status.DRAFT, Status.ACTIVE, Status.TERMINATED):
        yield error("REQ-STATUS", "status", "Ogiltig status.", "Invalid status.")
    for name in _TEXT_FIELDS:
        if len(getattr(entry, name) or "") > MAX_TEXT:
            yield error(
                "LEN-TEXT",
                name,
                f"Texten får vara högst {MAX_TEXT} tecken.",
                f"The text may be at most {MAX_TEXT} characters.",
            )
    interval = entry.review_interval_months
    if interval is not None and not 1 <= interval <= MAX_REVIEW_INTERVAL_MONTHS:
        yield error(
            "RANGE-INTERVAL",
            "review_interval_months",
            f"Omprövningsintervallet ska vara 1–{MAX_REVIEW_INTERVAL_MONTHS} månader.",
            f"The review interval must be 1-{MAX_REVIEW_INTERVAL_MONTHS} months.",
        )
    if entry.next_review_fixed is not None and not entry.next_review_reason.strip():
        yield error(
            "R3-FIXED-REASON",
            "next_review_reason",
            "Ange varför nästa omprövning är satt för hand, till exempel beslutets "
            "formulering (”omprövas senast …”).",
            "Say why the next review is set by hand, e.g. the decision's wording.",
        )
    yield from _check_amounts(entry)
    if not 0 <= entry.directions <= MAX_DIRECTIONS:
        yield error(
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
        yield error(
            "DATE-ORDER",
            "end_date",
            "Slutdatum ligger före startdatum.",
            "The end date is before the start date.",
        )


def _check_amounts(entry: EntryData) -> Iterable[Finding]:
    for name, sv, en in (
        ("annual_cost", "Årlig kostnad", "The annual cost"),
        ("city_contribution", "Stadens egen insats", "The city's own contribution"),
    ):
        amount = getattr(entry, name)
        if amount is None:
            continue
        if amount < 0:
            yield error("RANGE-COST", name, f"{sv} kan inte vara negativ.", f"{en} is negative.")
        elif amount >= MAX_COST:
            # The column is NUMERIC(14, 2): PostgreSQL would refuse it mid-save.
            yield error(
                "RANGE-COST",
                name,
                f"{sv} är för stor; kontrollera beloppet.",
                f"{en} is too large; check the amount.",
            )
    share = entry.external_share
    if share is not None and not Decimal(0) <= share <= Decimal(100):
        yield error(
            "RANGE-SHARE",
            "external_share",
            "Den externa andelen anges i procent, 0–100.",
            "The external share is a percentage, 0-100.",
        )
    if not is_currency(entry.currency):
        yield error(
            "REQ-CURRENCY",
            "currency",
            "Valutan anges med tre bokstäver, till exempel SEK eller EUR.",
            "The currency is a three-letter code such as SEK or EUR.",
        )


def check_r1_twin_city(entry: EntryData, ctx: RuleContext) -> Iterable[Finding]:
    """R1: "Staden har dock inga utpekade vänorter och tecknar inte vänortsavtal."."""
    texts = [("title", entry.title, "titeln", "the title")]
    texts += [
        ("counterparties", ctx.counterparty_names.get(i, ""), "motparten", "a counterparty")
        for i in entry.counterparty_ids
    ]
    texts.append(("notes", entry.notes, "anteckningarna", "the notes"))
    for field_name, text, where_sv, where_en in texts:
        term = twin_city_term(text)
        if term:
            yield warning(
                "R1",
                field_name,
                f"Ser ut som ett vänortsavtal (”{term}” i {where_sv}). Staden har inga "
                "utpekade vänorter och tecknar inga vänortsavtal (R1).",
                f"Looks like a twin-city agreement (“{term}” in {where_en}). The city has "
                "no twin cities and signs no twin-city agreements (R1).",
            )
            return


def check_r2_concrete(entry: EntryData, ctx: RuleContext) -> Iterable[Finding]:
    """R2: a cooperation agreement is concrete: theme, mutual benefit, start, end."""
    if entry.kind != Kind.COOPERATION:
        return
    if entry.theme_id is None:
        yield error(
            "R2-THEME",
            "theme",
            "Ett samarbetsavtal ska gälla ett tematiskt område (R2).",
            "A cooperation agreement must concern a thematic area (R2).",
        )
    if not entry.mutual_benefit.strip():
        yield error(
            "R2-BENEFIT",
            "mutual_benefit",
            "Beskriv den ömsesidiga nyttan (R2).",
            "Describe the mutual benefit (R2).",
        )
    if entry.start_date is None:
        yield error(
            "R2-START",
            "start_date",
            "Ett samarbetsavtal ska ha ett startdatum (R2).",
            "A cooperation agreement must have a start date (R2).",
        )
    if entry.end_date is None:
        yield error(
            "R2-END",
            "end_date",
            "Ett samarbetsavtal ska ha ett slutdatum (R2).",
            "A cooperation agreement must have an end date (R2).",
        )
    elif entry.start_date is not None and entry.end_date <= entry.start_date:
        yield error(
            "R2-ORDER",
            "end_date",
            "Slutdatum ska ligga efter startdatum (R2).",
            "The end date must be after the start date (R2).",
        )


def check_r3_review(entry: EntryData, ctx: RuleContext) -> Iterable[Finding]:
    """R3: letters of intent and memberships are reviewed, "exempelvis vart fjärde år".

    A draft is not decided yet: it gets the interval checks, never "overdue".
    A review planned after the end date comes too late for any kind.
    """
    if entry.status not in (Status.DRAFT, Status.ACTIVE):
        return  # terminated needs no review; an invalid status is check_validity's error
    next_review = entry.next_review()
    if entry.end_date and next_review and next_review > entry.end_date:
        yield warning(
            "R3-AFTER-END",
            "next_review_date",
            f"Nästa omprövning ({next_review.isoformat()}) ligger efter slutdatum "
            f"({entry.end_date.isoformat()}). Ompröva före slutet eller ange ett tidigare datum "
            "(R3).",
            f"The next review ({next_review.isoformat()}) is after the end date "
            f"({entry.end_date.isoformat()}). Review before the end or set an earlier date (R3).",
        )
    if entry.kind not in (Kind.LETTER_OF_INTENT, Kind.MEMBERSHIP):
        return
    what_sv = label(entry.kind, "sv").lower()
    what_en = label(entry.kind, "en").lower()
    interval = entry.review_interval_months
    if not interval and entry.next_review_fixed is None:
        yield warning(
            "R3-NO-INTERVAL",
            "review_interval_months",
            f"Ange ett omprövningsintervall; ett {what_sv} ska omprövas regelbundet (R3).",
            f"Set a review interval; a {what_en} must be reviewed regularly (R3).",
        )
        return
    if interval and interval > REVIEW_INTERVAL_LIMIT_MONTHS:
        yield warning(
            "R3-LONG-INTERVAL",
            "review_interval_months",
            f"Ett omprövningsintervall på {interval_label(interval, 'sv')} är längre än "
            "strategins fyra år (R3).",
            f"A review interval of {interval_label(interval, 'en')} is longer than the "
            "strategy's four years (R3).",
        )
    anchor = review_anchor(
        last_review=entry.last_review_date,
        decision_date=entry.decision_date,
        start_date=entry.start_date,
    )
    fixed = entry.next_review_fixed
    if fixed and anchor and months_between(anchor, fixed) > REVIEW_INTERVAL_LIMIT_MONTHS:
        limit = add_months(anchor, REVIEW_INTERVAL_LIMIT_MONTHS)
        yield warning(
            "R3-LONG-INTERVAL",
            "next_review_date",
            f"Den satta omprövningen {fixed.isoformat()} ligger mer än fyra år efter "
            f"{anchor.isoformat()}; strategin säger vart fjärde år, senast {limit.isoformat()} "
            "(R3).",
            f"The set review {fixed.isoformat()} is more than four years after "
            f"{anchor.isoformat()}; the strategy says every four years, by {limit.isoformat()} "
            "(R3).",
        )
    if entry.status == Status.DRAFT:
        return
    if next_review is None:
        yield warning(
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
        yield warning(
            "R3-OVERDUE",
            "next_review_date",
            f"Omprövningen var planerad till {next_review.isoformat()} och är försenad (R3).",
            f"The review was due on {next_review.isoformat()} and is overdue (R3).",
        )


def check_r5_aid(entry: EntryData, ctx: RuleContext) -> Iterable[Finding]:
    """R5: "projekt av biståndskaraktär då hela finansieringen uppbärs av annan part".

    Read from the structured financing of a project marked as aid, never from
    words in a title (a "First aid" course is no aid project).
    """
    if entry.project_kind != ProjectKind.AID:
        return
    share = entry.external_share
    own = entry.city_contribution
    if share is None:
        yield warning(
            "R5-FINANCING",
            "external_share",
            "Ange finansieringen: ett projekt av biståndskaraktär får staden bara delta i när "
            "hela finansieringen kommer från annan part, till exempel Sida (R5).",
            "Enter the financing: the city takes part in an aid project only when another "
            "party, e.g. Sida, finances all of it (R5).",
        )
    elif share < 100:
        yield warning(
            "R5",
            "external_share",
            f"Bara {_percent(share)} av finansieringen kommer från annan part. Ett projekt av "
            "biståndskaraktär ska finansieras helt av annan part (R5).",
            f"Only {_percent(share)} of the financing comes from another party. An aid project "
            "must be financed wholly by another party (R5).",
        )
    if own is not None and own > 0 and (share is None or share >= 100):
        yield warning(
            "R5-CONTRIBUTION",
            "city_contribution",
            f"Staden bidrar själv med {format_amount(own, entry.currency)} till ett projekt av "
            "biståndskaraktär; hela finansieringen ska komma från annan part (R5).",
            f"The city contributes {format_amount(own, entry.currency, 'en')} itself to an aid "
            "project; all financing must come from another party (R5).",
        )
    if share is not None and share >= 100 and not entry.external_financiers.strip():
        yield warning(
            "R5-FINANCIER",
            "external_financiers",
            "Ange vem som finansierar projektet (till exempel Sida eller ICLD) (R5).",
            "Enter who finances the project (e.g. Sida or ICLD) (R5).",
        )


def _percent(share: Decimal) -> str:
    value = Decimal(share).normalize()
    return f"{value:f}".replace(".", ",") + " %"


def check_r6_budget(entry: EntryData, ctx: RuleContext) -> Iterable[Finding]:
    """R6: "ska därmed rymmas inom given ekonomisk ram": who pays, from which budget.

    Only what the city itself pays needs a paying body: a cost wholly financed
    by another party is no charge on any committee's budget.
    """
    costs = resource_burden(entry) is True
    if entry.cost_payer_body_id is not None or not (costs or entry.cost_payer.strip()):
        return
    if entry.cost_payer.strip():
        payer = entry.cost_payer.strip()
        yield warning(
            "R6-PAYER-UNMATCHED",
            "cost_payer",
            f"Betalaren ”{payer}” är inget organ i registret. Välj den nämnd eller det bolag "
            "vars budget betalar; en extern finansiär anges under finansieringen (R6).",
            f"The payer “{payer}” is not a body in the register. Choose the committee or "
            "company whose budget pays; an external financier belongs under financing (R6).",
        )
        return
    yield warning(
        "R6",
        "cost_payer",
        "Ange vilken nämnd eller vilket bolag som betalar kostnaden (R6).",
        "Enter which committee or company pays the cost (R6).",
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
    """All findings for one entry: errors first, then warnings, then notes."""
    findings = [f for check in CHECKS for f in check(entry, ctx)]
    findings.sort(key=lambda f: f.rank)
    return findings


def errors(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.is_error]
