"""R4 as data: which kind of body may decide which kind and scope of entry.

Used to seed the bodies of a new register and to give a new body sensible
mandates; after that each body's mandates are data that administrators edit.
"""

from __future__ import annotations

from desktop_app.domain.entry import Mandate
from desktop_app.domain.kinds import BodyKind, Kind, Scope

_ALL_KINDS = (Kind.MEMBERSHIP, Kind.LETTER_OF_INTENT, Kind.COOPERATION)

DEFAULT_MANDATES: dict[str, tuple[Mandate, ...]] = {
    # New membership in a city-wide international organisation: the City
    # Council. As the highest body it may also take any other city-wide decision.
    BodyKind.CITY_COUNCIL: tuple(Mandate(k, Scope.CITY_WIDE) for k in _ALL_KINDS),
    # Participation in city-wide international networks: the City Executive Board.
    BodyKind.CITY_EXECUTIVE_BOARD: (
        Mandate(Kind.LETTER_OF_INTENT, Scope.CITY_WIDE),
        Mandate(Kind.COOPERATION, Scope.CITY_WIDE),
    ),
    # Declarations and initiatives that add no resource burden: the
    # International Committee, on behalf of the City Executive Board.
    BodyKind.INTERNATIONAL_COMMITTEE: (
        Mandate(Kind.LETTER_OF_INTENT, Scope.CITY_WIDE, requires_no_cost=True),
    ),
    # Operation-specific organisations, networks and EU projects: the
    # committee or company board concerned.
    BodyKind.COMMITTEE: tuple(Mandate(k, Scope.OPERATION_SPECIFIC) for k in _ALL_KINDS),
    BodyKind.COMPANY_BOARD: tuple(Mandate(k, Scope.OPERATION_SPECIFIC) for k in _ALL_KINDS),
    # Administrations (e.g. Stadsledningskontoret) give support but decide nothing.
    BodyKind.OFFICE: (),
}


def default_mandates(body_kind: str) -> tuple[Mandate, ...]:
    return DEFAULT_MANDATES.get(body_kind, ())
