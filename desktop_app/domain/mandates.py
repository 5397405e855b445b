"""R4 as the strategy writes it: who decides what, sentence by sentence.

The source ("Arbetssätt och ansvarsfördelning") gives the mandates in five
sentences. Each row of ``MANDATES`` is one of them, with the sentence
quoted, so a reader can check the table against the text:

- "Nya medlemskap i stadsövergripande internationella organisationer ska
  kommunfullmäktige besluta om." A *new* membership of an *organisation*:
  the City Council. Continuing one is a city-wide question for the City
  Executive Board ("Det är kommunstyrelsen som beslutar om stadens
  uppfattning i stadsövergripande frågor"); ending one undoes a Council
  decision and goes back to the Council.
- "Frågor som rör deltagande i stadsövergripande internationella nätverk
  beslutas av kommunstyrelsen." A *network* is not an organisation: the
  counterparty's type tells them apart.
- "Beredningen fattar beslut om deltagande i konferenser och andra
  evenemang utomlands på uppdrag av kommunstyrelsen samt medverkan i
  internationella deklarationer och initiativ som inte medför ökad
  resursbörda för staden." Only a known cost of zero is "no resource
  burden"; an unknown cost is not shown to be free.
- "Nämnder och bolagsstyrelser beslutar om medlemskap och deltagande i
  verksamhetsspecifika internationella organisationer och nätverk och i
  EU-projekt." The committee or company board *concerned*: the body
  responsible for the commitment (or, for an administration, the committee
  or board it belongs to), not any committee.

The City Council is the municipality's highest body: its decision on
something below it is an unusual route, never "no mandate". The City
Executive Board likewise stands above the International Committee, which
acts on its behalf.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from desktop_app.domain.entry import BodyInfo, EntryData
from desktop_app.domain.kinds import (
    BodyKind,
    CounterpartyType,
    Engagement,
    Kind,
    ProjectKind,
    Scope,
)


class Matter(StrEnum):
    """What a decision is about, in the strategy's terms (not the register's kinds)."""

    ORGANISATION_MEMBERSHIP = "organisation_membership"
    NETWORK = "network"
    EVENT = "event"
    DECLARATION = "declaration"
    EU_PROJECT = "eu_project"
    AGREEMENT = "agreement"  # cooperation agreements, letters of intent, anything else


class Action(StrEnum):
    NEW = "new"
    CONTINUE = "continue"  # a continued commitment, or a review deciding to go on / amend
    TERMINATE = "terminate"


class Holder(StrEnum):
    """Who holds a mandate: a body of a given kind, or the body concerned."""

    CITY_COUNCIL = BodyKind.CITY_COUNCIL.value
    CITY_EXECUTIVE_BOARD = BodyKind.CITY_EXECUTIVE_BOARD.value
    INTERNATIONAL_COMMITTEE = BodyKind.INTERNATIONAL_COMMITTEE.value
    CONCERNED = "concerned"  # the committee or company board responsible for the matter


_ALL_ACTIONS = frozenset(Action)
_ANY_SCOPE = frozenset(Scope)


@dataclass(frozen=True)
class MandateRule:
    """One sentence of the strategy: for these matters, scopes and actions, these hold the mandate.

    ``without_burden`` True: only when the commitment is known to cost the
    city nothing; False: only when it does or may cost something; None: either.
    """

    matters: frozenset[Matter]
    scopes: frozenset[str]
    actions: frozenset[Action]
    holders: tuple[Holder, ...]
    source_sv: str
    source_en: str
    without_burden: bool | None = None

    def applies(self, matter: Matter, scope: str, burden: bool | None, action: Action) -> bool:
        if matter not in self.matters or scope not in self.scopes or action not in self.actions:
            return False
        if self.without_burden is True:
            return burden is False
        if self.without_burden is False:
            return burden is not False
        return True


_KF_NEW_SV = (
    "Nya medlemskap i stadsövergripande internationella organisationer ska "
    "kommunfullmäktige besluta om."
)
_KF_NEW_EN = "The City Council decides new memberships in city-wide international organisations."
_KS_SV = "Det är kommunstyrelsen som beslutar om stadens uppfattning i stadsövergripande frågor."
_KS_EN = "The City Executive Board decides the city's position on city-wide questions."
_OWN_SV = (
    "Nämnder och bolagsstyrelser beslutar om medlemskap och deltagande i "
    "verksamhetsspecifika internationella organisationer och nätverk och i EU-projekt."
)
_OWN_EN = (
    "Committees and company boards decide memberships of and participation in "
    "operation-specific international organisations and networks, and EU projects."
)

S_OWN_SV = (
    "Nämnder och bolagsstyrelser ansvarar för att tillämpa styrdokumenten för stadens "
    "internationella arbete i den egna verksamheten."
)

MANDATES: tuple[MandateRule, ...] = (
    MandateRule(
        frozenset({Matter.ORGANISATION_MEMBERSHIP}),
        frozenset({Scope.CITY_WIDE}),
        frozenset({Action.NEW, Action.TERMINATE}),
        (Holder.CITY_COUNCIL,),
        _KF_NEW_SV,
        _KF_NEW_EN,
    ),
    MandateRule(
        frozenset({Matter.ORGANISATION_MEMBERSHIP}),
        frozenset({Scope.CITY_WIDE}),
        frozenset({Action.CONTINUE}),
        (Holder.CITY_EXECUTIVE_BOARD, Holder.CITY_COUNCIL),
        _KS_SV,
        _KS_EN,
    ),
    MandateRule(
        frozenset({Matter.NETWORK}),
        frozenset({Scope.CITY_WIDE}),
        _ALL_ACTIONS,
        (Holder.CITY_EXECUTIVE_BOARD,),
        "Frågor som rör deltagande i stadsövergripande internationella nätverk beslutas "
        "av kommunstyrelsen.",
        "The City Executive Board decides participation in city-wide international networks.",
    ),
    MandateRule(
        frozenset({Matter.EVENT}),
        _ANY_SCOPE,
        _ALL_ACTIONS,
        (Holder.INTERNATIONAL_COMMITTEE,),
        "Beredningen fattar beslut om deltagande i konferenser och andra evenemang "
        "utomlands på uppdrag av kommunstyrelsen […].",
        "The International Committee decides participation in conferences and other "
        "events abroad on behalf of the City Executive Board.",
    ),
    MandateRule(
        frozenset({Matter.DECLARATION}),
        _ANY_SCOPE,
        _ALL_ACTIONS,
        (Holder.INTERNATIONAL_COMMITTEE,),
        "Beredningen fattar beslut om […] medverkan i internationella deklarationer och "
        "initiativ som inte medför ökad resursbörda för staden.",
        "The International Committee decides taking part in international declarations "
        "and initiatives that add no resource burden for the city.",
        without_burden=True,
    ),
    MandateRule(
        frozenset({Matter.ORGANISATION_MEMBERSHIP, Matter.NETWORK}),
        frozenset({Scope.OPERATION_SPECIFIC}),
        _ALL_ACTIONS,
        (Holder.CONCERNED,),
        _OWN_SV,
        _OWN_EN,
    ),
    MandateRule(
        frozenset({Matter.EU_PROJECT}),
        _ANY_SCOPE,
        _ALL_ACTIONS,
        (Holder.CONCERNED,),
        _OWN_SV,
        _OWN_EN,
    ),
    MandateRule(
        frozenset({Matter.DECLARATION, Matter.AGREEMENT}),
        frozenset({Scope.CITY_WIDE}),
        _ALL_ACTIONS,
        (Holder.CITY_EXECUTIVE_BOARD,),
        _KS_SV,
        _KS_EN,
    ),
    MandateRule(
        frozenset({Matter.DECLARATION, Matter.AGREEMENT}),
        frozenset({Scope.OPERATION_SPECIFIC}),
        _ALL_ACTIONS,
        (Holder.CONCERNED,),
        S_OWN_SV,
        "Committees and company boards apply the city's international policy in their "
        "own operations.",
    ),
)

# Who stands above whom for R4 (a decision from above is a route, not a breach).
_ABOVE: dict[str, frozenset[str]] = {
    BodyKind.CITY_COUNCIL: frozenset(
        {
            Holder.CITY_EXECUTIVE_BOARD,
            Holder.INTERNATIONAL_COMMITTEE,
            Holder.CONCERNED,
        }
    ),
    BodyKind.CITY_EXECUTIVE_BOARD: frozenset({Holder.INTERNATIONAL_COMMITTEE}),
}
_GOVERNING_KINDS = (
    BodyKind.CITY_EXECUTIVE_BOARD,
    BodyKind.COMMITTEE,
    BodyKind.COMPANY_BOARD,
)


def rule_for(matter: Matter, scope: str, burden: bool | None, action: Action) -> MandateRule:
    """The strategy's sentence that decides this case (the table is complete)."""
    for rule in MANDATES:
        if rule.applies(matter, scope, burden, action):
            return rule
    raise LookupError(f"no mandate for {matter}/{scope}/{action}")  # pragma: no cover


def matter_of(entry: EntryData, counterparty_types: Iterable[str]) -> tuple[Matter, bool]:
    """The entry's matter, and whether the counterparties' types made it certain.

    A membership with no counterparty typed as organisation or network is
    taken as an organisation (the stricter mandate), with ``False`` so the
    check can ask for the type instead of accusing the wrong body.
    """
    types = set(counterparty_types)
    if entry.engagement == Engagement.EVENT:
        return Matter.EVENT, True
    if entry.engagement == Engagement.DECLARATION:
        return Matter.DECLARATION, True
    if entry.project_kind == ProjectKind.EU or CounterpartyType.EU_PROJECT in types:
        return Matter.EU_PROJECT, True
    if entry.kind == Kind.MEMBERSHIP:
        if CounterpartyType.ORGANISATION in types:
            return Matter.ORGANISATION_MEMBERSHIP, True
        if CounterpartyType.NETWORK in types:
            return Matter.NETWORK, True
        return Matter.ORGANISATION_MEMBERSHIP, False
    return Matter.AGREEMENT, True


def resource_burden(entry: EntryData) -> bool | None:
    """Does the commitment cost the city anything? None: not known.

    The city's own contribution counts; a cost wholly financed by another
    party (external share 100 %) does not. An unknown annual cost is unknown,
    never "free".
    """
    zero = Decimal(0)
    if entry.city_contribution is not None and entry.city_contribution > zero:
        return True
    wholly_external = entry.external_share is not None and entry.external_share >= 100
    if entry.annual_cost is None:
        return False if wholly_external and entry.city_contribution is not None else None
    if entry.annual_cost > zero:
        return not wholly_external
    return False


def governs(body: BodyInfo, other: BodyInfo) -> bool:
    """``body`` is the committee or board an administration (``other``) belongs to."""
    if other.kind != BodyKind.OFFICE or body.kind not in _GOVERNING_KINDS:
        return False
    theirs = (other.organisation or other.name_sv).strip().casefold()
    return bool(theirs) and body.organisation.strip().casefold() == theirs


def concerned_bodies(
    responsible: BodyInfo | None, bodies: Mapping[int, BodyInfo]
) -> list[BodyInfo]:
    """The committee or company board concerned: the responsible body, or the one it belongs to."""
    if responsible is None:
        return []
    if responsible.kind != BodyKind.OFFICE:
        return [responsible]
    return [b for b in bodies.values() if governs(b, responsible)]


def holds(
    holder: Holder,
    body: BodyInfo,
    responsible: BodyInfo | None,
    bodies: Mapping[int, BodyInfo],
) -> bool:
    """Whether ``body`` is the ``holder`` of a mandate for this entry."""
    if holder is Holder.CONCERNED:
        return any(b.id == body.id for b in concerned_bodies(responsible, bodies))
    return body.kind == holder.value


def above(body: BodyInfo, holders: Iterable[Holder]) -> bool:
    """``body`` stands above every holder: deciding instead of them is a route, not a breach."""
    over = _ABOVE.get(body.kind, frozenset())
    return all(h in over for h in holders)


def rules_held_by(body_kind: str) -> list[MandateRule]:
    """The strategy's sentences that give a body of this kind a mandate (for the Bodies page).

    Committees and company boards hold the "body concerned" rows for what
    they are responsible for; so does the City Executive Board for what its
    own office runs. An administration holds none.
    """
    own = {Holder.CONCERNED} if body_kind in _GOVERNING_KINDS else set()
    if body_kind in (BodyKind.CITY_COUNCIL, BodyKind.CITY_EXECUTIVE_BOARD,
                     BodyKind.INTERNATIONAL_COMMITTEE):  # fmt: skip
        own.add(Holder(body_kind))
    seen: list[MandateRule] = []
    for rule in MANDATES:
        if rule.holders[0] in own and all(r.source_sv != rule.source_sv for r in seen):
            seen.append(rule)
    return seen
