"""R4 over one entry: the body that decided it, each review and its termination.

The mandates themselves are ``domain.mandates`` (one row per sentence of the
strategy); this module turns a decision into findings: a warning when the
body lacks the mandate, a note when a body above the one with the mandate
decided (an unusual route, not a breach), and a request for the facts the
check needs (the counterparty's type, the responsible body, a known cost).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from desktop_app.domain.entry import BodyInfo, EntryData
from desktop_app.domain.findings import Finding, RuleContext, note, warning
from desktop_app.domain.kinds import BodyKind, Kind, ReviewOutcome, Scope, Status, label
from desktop_app.domain.mandates import (
    Action,
    Holder,
    MandateRule,
    Matter,
    above,
    concerned_bodies,
    holds,
    matter_of,
    resource_burden,
    rule_for,
)

_HOLDER_NAMES = {
    Holder.CITY_COUNCIL: ("kommunfullmäktige", "the City Council"),
    Holder.CITY_EXECUTIVE_BOARD: ("kommunstyrelsen", "the City Executive Board"),
    Holder.INTERNATIONAL_COMMITTEE: (
        "internationella beredningen (på uppdrag av kommunstyrelsen)",
        "the International Committee (on behalf of the City Executive Board)",
    ),
    Holder.CONCERNED: (
        "den nämnd eller bolagsstyrelse som ansvarar",
        "the committee or company board responsible",
    ),
}


class _Decision:
    """One decision to check: who took it, as what action, labelled for messages."""

    def __init__(
        self,
        body_id: int | None,
        action: Action,
        field: str,
        code: str,
        prefix: tuple[str, str] = ("", ""),
    ) -> None:
        self.body_id = body_id
        self.action = action
        self.field = field
        self.code = code
        self.prefix = prefix


def _decisions(entry: EntryData) -> list[_Decision]:
    action = Action.CONTINUE if entry.continued else Action.NEW
    result = [_Decision(entry.deciding_body_id, action, "deciding_body", "R4")]
    for review in entry.reviews:
        if review.deciding_body_id is None:
            continue
        when = (review.decision_date or review.review_date).isoformat()
        is_end = review.outcome == ReviewOutcome.TERMINATE
        result.append(
            _Decision(
                review.deciding_body_id,
                Action.TERMINATE if is_end else Action.CONTINUE,
                "reviews",
                "R4-REVIEW",
                (f"Omprövningen {when}: ", f"The review of {when}: "),
            )
        )
    if entry.status == Status.TERMINATED and entry.terminated_by_id is not None:
        when = _date_text(entry.terminated_date)
        result.append(
            _Decision(
                entry.terminated_by_id,
                Action.TERMINATE,
                "terminated_by",
                "R4-TERMINATION",
                (f"Avslutet {when}: ", f"The termination of {when}: "),
            )
        )
    return result


def _date_text(day: date | None) -> str:
    return day.isoformat() if day else "–"


def check_r4_mandate(entry: EntryData, ctx: RuleContext) -> Iterable[Finding]:
    """R4: each decision about the entry was taken by a body with the mandate for it."""
    if entry.deciding_body_id is None:
        yield warning(
            "R4-NO-BODY",
            "deciding_body",
            "Ange vilket organ som fattade beslutet (R4).",
            "Enter the body that took the decision (R4).",
        )
    if entry.scope not in set(Scope) or entry.kind not in set(Kind):
        return  # an invalid kind or scope is check_validity's error; no mandate to look up
    types = [ctx.counterparty_types.get(i, "") for i in entry.counterparty_ids]
    matter, certain = matter_of(entry, types)
    burden = resource_burden(entry)
    responsible = ctx.bodies.get(entry.responsible_body_id or -1)
    asked_for_responsible = False
    for decision in _decisions(entry):
        body = ctx.bodies.get(decision.body_id or -1)
        if body is None:
            continue
        rule = rule_for(matter, entry.scope, burden, decision.action)
        if any(holds(h, body, responsible, ctx.bodies) for h in rule.holders):
            continue
        if (
            Holder.CONCERNED in rule.holders
            and responsible is None
            and body.kind
            in (BodyKind.COMMITTEE, BodyKind.COMPANY_BOARD, BodyKind.CITY_EXECUTIVE_BOARD)
        ):
            # Which committee is "concerned" cannot be told: ask for it, once.
            if not asked_for_responsible:
                asked_for_responsible = True
                yield _ask_responsible(rule)
            continue
        found = _unheld(entry, ctx, rule, body, responsible, matter, certain, burden, decision)
        if found is not None:
            yield found


def _ask_responsible(rule: MandateRule) -> Finding:
    return warning(
        "R4-NO-RESPONSIBLE",
        "responsible_body_id",
        "Ange ansvarig nämnd/bolag: enligt strategin beslutar den nämnd eller bolagsstyrelse "
        f"som berörs. ”{rule.source_sv}” (R4)",
        "Enter the responsible committee or company: under the strategy the committee or "
        f"company board concerned decides. “{rule.source_en}” (R4)",
    )


def _unheld(
    entry: EntryData,
    ctx: RuleContext,
    rule: MandateRule,
    body: BodyInfo,
    responsible: BodyInfo | None,
    matter: Matter,
    certain: bool,
    burden: bool | None,
    decision: _Decision,
) -> Finding | None:
    """The finding for a decision by a body that does not hold the mandate."""
    pre_sv, pre_en = decision.prefix
    holders_sv, holders_en = _holders_text(rule, responsible, ctx)
    if above(body, rule.holders):
        return note(
            decision.code + "-ROUTE",
            decision.field,
            f"{pre_sv}{body.display} har beslutat, men strategin lägger beslutet hos "
            f"{holders_sv}. Det är en ovanlig beslutsväg, inget mandatfel (R4).",
            f"{pre_en}{body.display} decided, but the strategy gives the decision to "
            f"{holders_en}. An unusual route, not a missing mandate (R4).",
        )
    if (
        matter is Matter.ORGANISATION_MEMBERSHIP
        and not certain
        and body.kind == BodyKind.CITY_EXECUTIVE_BOARD
        and decision.action is Action.NEW
    ):
        return warning(
            "R4-CP-TYPE",
            "counterparties",
            f"{pre_sv}Ange motpartens typ: kommunstyrelsen beslutar om deltagande i "
            "stadsövergripande nätverk, kommunfullmäktige om nya medlemskap i "
            "organisationer (R4).",
            f"{pre_en}Record the counterparty's type: the City Executive Board decides "
            "participation in city-wide networks, the City Council new memberships of "
            "organisations (R4).",
        )
    if (
        matter is Matter.DECLARATION
        and burden is None
        and body.kind == BodyKind.INTERNATIONAL_COMMITTEE
    ):
        return warning(
            "R4-BURDEN-UNKNOWN",
            "annual_cost",
            f"{pre_sv}Internationella beredningen får besluta om deklarationer och initiativ "
            "bara om de inte medför ökad resursbörda för staden, och kostnaden är inte "
            "angiven. Ange 0 kr om åtagandet inte kostar staden något (R4).",
            f"{pre_en}The International Committee may decide declarations and initiatives "
            "only when they add no resource burden, and the cost is not entered. Enter 0 if "
            "the commitment costs the city nothing (R4).",
        )
    if decision.action is Action.TERMINATE and Holder.CITY_COUNCIL in rule.holders and body.decides:
        return warning(
            decision.code,
            decision.field,
            f"{pre_sv}{body.display} har beslutat om utträde ur en stadsövergripande "
            "internationell organisation. Strategin lägger nya sådana medlemskap hos "
            f"kommunfullmäktige (”{rule.source_sv}”), och ett utträde ur ett medlemskap som "
            "fullmäktige har beslutat går tillbaka till fullmäktige (R4).",
            f"{pre_en}{body.display} decided to leave a city-wide international organisation. "
            f"The strategy gives new such memberships to the City Council (“{rule.source_en}”), "
            "and leaving one the Council decided goes back to the Council (R4).",
        )
    if not body.decides:
        why_sv = f"{body.display} är en förvaltning och fattar inga egna beslut"
        why_en = f"{body.display} is an administration and takes no decisions of its own"
    elif Holder.CONCERNED in rule.holders and responsible is not None:
        why_sv = f"ansvarig är {responsible.display}, men beslutet är fattat av {body.display}"
        why_en = f"{responsible.display} is responsible, but {body.display} decided"
    else:
        what_sv = label(entry.kind, "sv").lower()
        scope_sv = label(entry.scope, "sv").lower()
        why_sv = f"{body.display} har inte mandat för detta ({what_sv}, {scope_sv})"
        why_en = f"{body.display} holds no mandate for this"
    return warning(
        decision.code,
        decision.field,
        f"{pre_sv}{_capital(why_sv)}. Enligt strategin beslutar {holders_sv}: "
        f"”{rule.source_sv}” (R4)",
        f"{pre_en}{_capital(why_en)}. Under the strategy {holders_en} decides: "
        f"“{rule.source_en}” (R4)",
    )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _holders_text(
    rule: MandateRule, responsible: BodyInfo | None, ctx: RuleContext
) -> tuple[str, str]:
    sv: list[str] = []
    en: list[str] = []
    for holder in rule.holders:
        if holder is Holder.CONCERNED and responsible is not None:
            names = [b.display for b in concerned_bodies(responsible, ctx.bodies)]
            if names:
                sv.append(" eller ".join(names))
                en.append(" or ".join(names))
                continue
        s, e = _HOLDER_NAMES[holder]
        sv.append(s)
        en.append(e)
    return " eller ".join(sv), " or ".join(en)
