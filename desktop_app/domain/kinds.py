"""The vocabularies of the register, with Swedish and English labels.

Stored values are the stable English identifiers (``membership``...); labels
are for people. ``label(value, lang)`` is the one way to show them, so the
Excel export, the PDF memo and the CLI say the same thing as the UI.
"""

from __future__ import annotations

from enum import IntFlag, StrEnum


class Kind(StrEnum):
    """The strategy's three kinds of commitment (DOMAIN.md)."""

    COOPERATION = "cooperation"
    LETTER_OF_INTENT = "letter_of_intent"
    MEMBERSHIP = "membership"


class Scope(StrEnum):
    CITY_WIDE = "city_wide"
    OPERATION_SPECIFIC = "operation_specific"


class Status(StrEnum):
    """Stored lifecycle status. ``EXPIRED`` is derived (end date passed)."""

    DRAFT = "draft"
    ACTIVE = "active"
    TERMINATED = "terminated"
    EXPIRED = "expired"


class ReviewState(StrEnum):
    """Derived from the next review date and the lead time; never stored."""

    NONE = "none"
    DUE = "due"
    OVERDUE = "overdue"


class BodyKind(StrEnum):
    CITY_COUNCIL = "city_council"
    CITY_EXECUTIVE_BOARD = "city_executive_board"
    INTERNATIONAL_COMMITTEE = "international_committee"
    COMMITTEE = "committee"
    COMPANY_BOARD = "company_board"
    OFFICE = "office"  # administrations such as Stadsledningskontoret: no mandate


class ReviewOutcome(StrEnum):
    CONTINUE = "continue"
    AMEND = "amend"
    TERMINATE = "terminate"


class CounterpartyType(StrEnum):
    CITY = "city"
    REGION = "region"
    ORGANISATION = "organisation"
    NETWORK = "network"
    EU_PROJECT = "eu_project"
    COMPANY = "company"
    OTHER = "other"


class Engagement(StrEnum):
    """What a decision concerns, where the strategy's mandates need more than the kind.

    The three kinds stay the register's categories; a declaration or
    initiative, or a conference or event abroad, is decided by the
    International Committee (R4) whatever kind it is registered as.
    """

    STANDARD = "standard"
    DECLARATION = "declaration"
    EVENT = "event"


class ProjectKind(StrEnum):
    """R5 and R4 read the project's character from here, never from words in a title."""

    # Values differ from other vocabularies' ("none", "other"): labels are looked up by value.
    NONE = "not_a_project"
    EU = "eu_project"
    AID = "aid_project"  # "projekt av biståndskaraktär": development cooperation, ICLD
    OTHER = "other_project"


class Direction(IntFlag):
    """The four strategic directions; an entry serves one or more (a bit set)."""

    NONE = 0
    PROFILING = 1
    MONITORING = 2
    COOPERATION = 4
    INFLUENCE = 8


ALL_DIRECTIONS: tuple[Direction, ...] = (
    Direction.PROFILING,
    Direction.MONITORING,
    Direction.COOPERATION,
    Direction.INFLUENCE,
)

# R3: "bör ... omprövas regelbundet (exempelvis vart fjärde år)". The default
# interval for a new entry, and the longest interval the check accepts
# without a warning; both in months so that a decision's own interval
# ("vartannat och ett halvt år", 30 months) can be recorded as decided.
DEFAULT_REVIEW_INTERVAL_MONTHS = 48
REVIEW_INTERVAL_LIMIT_MONTHS = 48
MAX_REVIEW_INTERVAL_MONTHS = 600  # 50 years: anything longer is a typing error
DEFAULT_LEAD_DAYS = 180

_LABELS: dict[str, tuple[str, str]] = {
    # value: (Swedish, English)
    Kind.COOPERATION: ("Samarbetsavtal", "Cooperation agreement"),
    Kind.LETTER_OF_INTENT: ("Intentionsavtal", "Letter of intent"),
    Kind.MEMBERSHIP: ("Medlemskap", "Membership"),
    Scope.CITY_WIDE: ("Stadsövergripande", "City-wide"),
    Scope.OPERATION_SPECIFIC: ("Verksamhetsspecifik", "Operation-specific"),
    Status.DRAFT: ("Utkast", "Draft"),
    Status.ACTIVE: ("Aktiv", "Active"),
    Status.TERMINATED: ("Avslutad", "Terminated"),
    Status.EXPIRED: ("Utgången", "Expired"),
    ReviewState.NONE: ("", ""),
    ReviewState.DUE: ("Omprövning inom kort", "Review due"),
    ReviewState.OVERDUE: ("Omprövning försenad", "Review overdue"),
    BodyKind.CITY_COUNCIL: ("Kommunfullmäktige", "City council"),
    BodyKind.CITY_EXECUTIVE_BOARD: ("Kommunstyrelse", "City executive board"),
    BodyKind.INTERNATIONAL_COMMITTEE: ("Internationell beredning", "International committee"),
    BodyKind.COMMITTEE: ("Nämnd", "Committee"),
    BodyKind.COMPANY_BOARD: ("Bolagsstyrelse", "Company board"),
    BodyKind.OFFICE: ("Förvaltning", "Administration"),
    ReviewOutcome.CONTINUE: ("Fortsätta", "Continue"),
    ReviewOutcome.AMEND: ("Ändra", "Amend"),
    ReviewOutcome.TERMINATE: ("Avsluta", "Terminate"),
    CounterpartyType.CITY: ("Stad", "City"),
    CounterpartyType.REGION: ("Region", "Region"),
    CounterpartyType.ORGANISATION: ("Organisation", "Organisation"),
    CounterpartyType.NETWORK: ("Nätverk", "Network"),
    CounterpartyType.EU_PROJECT: ("EU-projekt", "EU project"),
    CounterpartyType.COMPANY: ("Företag", "Company"),
    CounterpartyType.OTHER: ("Övrigt", "Other"),
    Engagement.STANDARD: ("Avtal eller medlemskap", "Agreement or membership"),
    Engagement.DECLARATION: ("Deklaration eller initiativ", "Declaration or initiative"),
    Engagement.EVENT: ("Konferens eller evenemang utomlands", "Conference or event abroad"),
    ProjectKind.NONE: ("Inget projekt", "Not a project"),
    ProjectKind.AID: ("Projekt av biståndskaraktär", "Development aid project"),
    ProjectKind.OTHER: ("Annat projekt", "Other project"),
}

_DIRECTION_LABELS: dict[Direction, tuple[str, str]] = {
    Direction.PROFILING: ("Profilering", "Profiling"),
    Direction.MONITORING: ("Omvärldsbevakning", "Monitoring"),
    Direction.COOPERATION: ("Samverkan", "Cooperation"),
    Direction.INFLUENCE: ("Påverkan", "Influence"),
}


def label(value: str | None, lang: str = "sv") -> str:
    """The human label of a stored vocabulary value in ``lang`` ('sv' or 'en')."""
    if not value:
        return ""
    pair = _LABELS.get(value)
    if pair is None:
        return str(value)
    return pair[1] if lang == "en" else pair[0]


def direction_label(direction: Direction, lang: str = "sv") -> str:
    pair = _DIRECTION_LABELS[direction]
    return pair[1] if lang == "en" else pair[0]


def directions_text(bits: int, lang: str = "sv") -> str:
    """``5`` -> "Profilering, Samverkan"."""
    return ", ".join(direction_label(d, lang) for d in ALL_DIRECTIONS if bits & d)


def all_labels(value: str) -> tuple[str, str]:
    """Both labels, for importers matching a label back to its value."""
    return _LABELS.get(value, (value, value))
