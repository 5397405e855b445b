"""Plain data for one register entry, as the rules, services and exports see it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop_app.domain.dates import next_review_date
from desktop_app.domain.kinds import DEFAULT_REVIEW_INTERVAL_YEARS, Kind, Scope, Status


@dataclass
class EntryData:
    """The editable facts of an entry; ids refer to bodies, themes, counterparties.

    ``last_review_date`` is maintained by the services (recording a review) and
    only read here; ``next_review`` is always computed from it (R3).
    """

    kind: str = Kind.MEMBERSHIP
    title: str = ""
    case_number: str = ""
    scope: str = Scope.CITY_WIDE
    deciding_body_id: int | None = None
    decision_date: date | None = None
    responsible_body_id: int | None = None
    contact_person: str = ""
    theme_id: int | None = None
    directions: int = 0
    mutual_benefit: str = ""
    start_date: date | None = None
    end_date: date | None = None
    review_interval_years: int | None = DEFAULT_REVIEW_INTERVAL_YEARS
    annual_cost: Decimal | None = None
    currency: str = "SEK"
    cost_payer: str = ""
    status: str = Status.ACTIVE
    notes: str = ""
    document_links: tuple[str, ...] = ()
    counterparty_ids: tuple[int, ...] = ()
    last_review_date: date | None = field(default=None)

    def next_review(self) -> date | None:
        """R3: next review from the last review, decision or start date."""
        return next_review_date(
            self.review_interval_years,
            last_review=self.last_review_date,
            decision_date=self.decision_date,
            start_date=self.start_date,
        )


@dataclass(frozen=True)
class Mandate:
    """R4: a body may decide entries of ``kind`` and ``scope``.

    ``requires_no_cost`` models the International Committee's mandate: only
    declarations and initiatives "that add no resource burden".
    """

    kind: str
    scope: str
    requires_no_cost: bool = False


@dataclass(frozen=True)
class BodyInfo:
    id: int
    short_name: str
    name_sv: str
    kind: str
    mandates: tuple[Mandate, ...] = ()
    active: bool = True

    def holds_mandate(self, kind: str, scope: str, annual_cost: Decimal | None) -> bool:
        for mandate in self.mandates:
            if mandate.kind != kind or mandate.scope != scope:
                continue
            if mandate.requires_no_cost and annual_cost:
                continue
            return True
        return False
