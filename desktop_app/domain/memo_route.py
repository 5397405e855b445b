"""Which body a memo asks to decide, and through whom it goes (R4, the tjänsteutlåtande).

A memo is addressed to the body that holds the mandate for the decision it
proposes, read from the strategy's sentences in ``domain.mandates`` - not to
whoever happened to be recorded as deciding body. Matters for the City
Council go through the City Executive Board: the memo is addressed to
Kommunstyrelsen, and its proposal reads "Kommunstyrelsen föreslår
kommunfullmäktige besluta att ...". A matter for "the committee concerned"
goes to the committee responsible for the commitment (or the one its
administration belongs to).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.domain.entry import BodyInfo, EntryData
from desktop_app.domain.kinds import BodyKind, ReviewOutcome, Status
from desktop_app.domain.mandates import (
    Action,
    Holder,
    MandateRule,
    concerned_bodies,
    matter_of,
    resource_burden,
    rule_for,
)


class Variant(StrEnum):
    """What a memo proposes: a review of a running commitment, ending it, or a new one."""

    REVIEW = "review"
    END = "end"
    NEW = "new"


class Proposal(StrEnum):
    """The proposal's wording in a review: go on, go on with changes, or end."""

    CONTINUE = ReviewOutcome.CONTINUE.value
    AMEND = ReviewOutcome.AMEND.value
    END = ReviewOutcome.TERMINATE.value


def default_variant(entry: EntryData) -> Variant:
    """A draft awaits its first decision; anything running is up for review."""
    return Variant.NEW if entry.status == Status.DRAFT else Variant.REVIEW


def action_of(variant: Variant, proposal: Proposal | None = None) -> Action:
    """The decision the memo asks for, as the mandates know it."""
    if variant is Variant.NEW:
        return Action.NEW
    if variant is Variant.END or proposal is Proposal.END:
        return Action.TERMINATE
    return Action.CONTINUE


@dataclass(frozen=True)
class Route:
    """Who decides (``decider``), who the memo is addressed to, and the sentence that says so.

    ``decider_kind`` is the holder's kind (a ``BodyKind`` value, or "concerned");
    ``decider`` the body in the register that holds it, when there is one.
    ``via_executive_board``: a City Council matter, prepared by the City
    Executive Board (the memo goes to ``addressee``, the Board).
    """

    decider_kind: str
    decider: BodyInfo | None
    addressee: BodyInfo | None
    via_executive_board: bool
    rule: MandateRule


def _first_of_kind(bodies: Mapping[int, BodyInfo], kind: str) -> BodyInfo | None:
    found = [b for b in bodies.values() if b.kind == kind]
    found.sort(key=lambda b: (not b.active, b.id))
    return found[0] if found else None


def memo_route(
    entry: EntryData,
    counterparty_types: Iterable[str],
    bodies: Mapping[int, BodyInfo],
    action: Action,
) -> Route:
    """The route of a memo proposing ``action`` for ``entry`` under the strategy."""
    matter, _certain = matter_of(entry, counterparty_types)
    rule = rule_for(matter, entry.scope, resource_burden(entry), action)
    holder = rule.holders[0]
    if holder is Holder.CONCERNED:
        responsible = bodies.get(entry.responsible_body_id or -1)
        concerned = concerned_bodies(responsible, bodies)
        if not concerned:
            # No responsible body recorded: the body that decided is the best guess.
            decided = bodies.get(entry.deciding_body_id or -1)
            concerned = [decided] if decided is not None and decided.decides else []
        decider = concerned[0] if concerned else None
        return Route(holder.value, decider, decider, False, rule)
    decider = _first_of_kind(bodies, holder.value)
    if holder is Holder.CITY_COUNCIL:
        board = _first_of_kind(bodies, BodyKind.CITY_EXECUTIVE_BOARD)
        return Route(holder.value, decider, board, True, rule)
    return Route(holder.value, decider, decider, False, rule)
