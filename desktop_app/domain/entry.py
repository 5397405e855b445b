"""Plain data for one register entry, as the rules, services and exports see it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop_app.domain.dates import next_review_date
from desktop_app.domain.kinds import (
    DEFAULT_REVIEW_INTERVAL_MONTHS,
    BodyKind,
    Engagement,
    Kind,
    ProjectKind,
    Scope,
    Status,
)


@dataclass(frozen=True)
class ReviewFact:
    """A recorded review, as R4 checks it: which body decided what, and when."""

    review_date: date
    outcome: str
    deciding_body_id: int | None = None
    decision_date: date | None = None


@dataclass
class EntryData:
    """The editable facts of an entry; ids refer to bodies, themes, counterparties.

    ``last_review_date``, ``terminated_date``, ``terminated_by_id`` and
    ``reviews`` are maintained by the services (recording a review,
    terminating) and only read here. The next review is computed from the
    interval (R3) unless a decision fixed it: ``next_review_fixed`` with the
    reason (e.g. the decision's own words "omprövas senast 2030-12-02").

    Money: ``annual_cost`` (fee or annual cost, ``None`` = unknown, which is
    not the same as 0) and ``city_contribution`` are in ``currency``;
    ``external_share`` is the percentage financed by ``external_financiers``
    (R5). ``cost_payer_body_id`` is the body whose budget pays (R6);
    ``cost_payer`` keeps a payer written as free text (an imported sheet)
    until it is matched to a body.
    """

    kind: str = Kind.MEMBERSHIP
    title: str = ""
    case_number: str = ""
    scope: str = Scope.CITY_WIDE
    engagement: str = Engagement.STANDARD
    continued: bool = False
    deciding_body_id: int | None = None
    decision_date: date | None = None
    responsible_body_id: int | None = None
    contact_person: str = ""
    theme_id: int | None = None
    directions: int = 0
    mutual_benefit: str = ""
    start_date: date | None = None
    end_date: date | None = None
    review_interval_months: int | None = DEFAULT_REVIEW_INTERVAL_MONTHS
    next_review_fixed: date | None = None
    next_review_reason: str = ""
    annual_cost: Decimal | None = None
    currency: str = "SEK"
    cost_payer_body_id: int | None = None
    cost_payer: str = ""
    project_kind: str = ProjectKind.NONE
    external_financiers: str = ""
    external_share: Decimal | None = None
    city_contribution: Decimal | None = None
    status: str = Status.ACTIVE
    notes: str = ""
    document_links: tuple[str, ...] = ()
    counterparty_ids: tuple[int, ...] = ()
    last_review_date: date | None = field(default=None)
    terminated_date: date | None = field(default=None)
    terminated_by_id: int | None = field(default=None)
    reviews: tuple[ReviewFact, ...] = field(default=())

    def computed_next_review(self) -> date | None:
        """R3: the last review, else the decision, else the start date, plus the interval."""
        return next_review_date(
            self.review_interval_months,
            last_review=self.last_review_date,
            decision_date=self.decision_date,
            start_date=self.start_date,
        )

    def next_review(self) -> date | None:
        """The date set by a decision when there is one, else the computed one."""
        return self.next_review_fixed or self.computed_next_review()


@dataclass(frozen=True)
class BodyInfo:
    """A decision body as the rules see it.

    ``organisation`` is the administration or company the body governs
    ("Trafikkontoret" for Trafiknämnden): an administration (``kind`` office)
    belongs to the committee or board that shares it, which is how R4 knows
    that the City Executive Board deciding for Stadsledningskontoret is the
    body concerned. ``has_contact`` is R8's international contact person.
    """

    id: int
    short_name: str
    name_sv: str
    kind: str
    active: bool = True
    organisation: str = ""
    has_contact: bool = False

    @property
    def display(self) -> str:
        return f"{self.name_sv} ({self.short_name})" if self.short_name else self.name_sv

    @property
    def decides(self) -> bool:
        """An administration gives support but takes no decisions of its own."""
        return self.kind != BodyKind.OFFICE
