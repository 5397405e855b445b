"""Bodies, counterparties and clean entries shared by the rule tests (plain data)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop_app.domain.entry import BodyInfo, EntryData
from desktop_app.domain.findings import RuleContext, Severity
from desktop_app.domain.kinds import BodyKind, CounterpartyType, Kind, Scope
from desktop_app.domain.rules import check_entry

TODAY = date(2026, 11, 27)
KF, KS, IB, TN, KUN, SVOA, SLK, TK = 1, 2, 3, 4, 5, 6, 7, 8


def _body(ident: int, short: str, name: str, kind: str, org: str) -> BodyInfo:
    return BodyInfo(ident, short, name, kind, True, org, has_contact=True)


BODIES = {
    KF: _body(KF, "KF", "Kommunfullmäktige", BodyKind.CITY_COUNCIL, "Stockholms stad"),
    KS: _body(KS, "KS", "Kommunstyrelsen", BodyKind.CITY_EXECUTIVE_BOARD, "Stadsledningskontoret"),
    IB: _body(
        IB,
        "IB",
        "Internationella beredningen",
        BodyKind.INTERNATIONAL_COMMITTEE,
        "Stadsledningskontoret",
    ),
    TN: _body(TN, "TN", "Trafiknämnden", BodyKind.COMMITTEE, "Trafikkontoret"),
    KUN: _body(KUN, "KUN", "Kulturnämnden", BodyKind.COMMITTEE, "Kulturförvaltningen"),
    SVOA: _body(
        SVOA,
        "SVOA",
        "Stockholm Vatten och Avfall AB, styrelsen",
        BodyKind.COMPANY_BOARD,
        "Stockholm Vatten och Avfall AB",
    ),
    SLK: _body(SLK, "SLK", "Stadsledningskontoret", BodyKind.OFFICE, "Stadsledningskontoret"),
    TK: _body(TK, "TK", "Trafikkontoret", BodyKind.OFFICE, "Trafikkontoret"),
}

EUROCITIES, ICLEI, GROWSMARTER, KOLN, COVENANT, SIDA, WORKSHOP, TWIN_NET = range(100, 108)
COUNTERPARTIES = {
    EUROCITIES: ("Eurocities", CounterpartyType.NETWORK),
    ICLEI: ("ICLEI – Local Governments for Sustainability", CounterpartyType.ORGANISATION),
    GROWSMARTER: ("GrowSmarter (Horisont 2020)", CounterpartyType.EU_PROJECT),
    KOLN: ("Köln", CounterpartyType.CITY),
    COVENANT: ("Covenant of Mayors", CounterpartyType.NETWORK),
    SIDA: ("Sida", CounterpartyType.ORGANISATION),
    WORKSHOP: ("Metropolitan Council", CounterpartyType.OTHER),
    TWIN_NET: ("Sister Cities International", CounterpartyType.NETWORK),
}
THEME_TRAFFIC, THEME_AID = 10, 11
CTX = RuleContext(
    today=TODAY,
    bodies=BODIES,
    counterparty_names={k: v[0] for k, v in COUNTERPARTIES.items()},
    counterparty_types={k: v[1] for k, v in COUNTERPARTIES.items()},
    theme_names={THEME_TRAFFIC: "Transport och trafik", THEME_AID: "Bistånd"},
)

# A clean membership: city-wide, of an organisation, decided by the City Council, in time.
MEMBERSHIP = EntryData(
    kind=Kind.MEMBERSHIP,
    title="Medlemskap i ICLEI",
    case_number="KS 2024/0412",
    scope=Scope.CITY_WIDE,
    deciding_body_id=KF,
    decision_date=date(2024, 5, 11),
    responsible_body_id=KS,
    counterparty_ids=(ICLEI,),
    annual_cost=Decimal("95000"),
    cost_payer_body_id=KS,
)
# A clean cooperation agreement: concrete, themed, mutual benefit, start and end.
COOPERATION = EntryData(
    kind=Kind.COOPERATION,
    title="Samarbete om trafiksäkerhet med Łódź",
    scope=Scope.OPERATION_SPECIFIC,
    deciding_body_id=TN,
    decision_date=date(2025, 1, 1),
    responsible_body_id=TN,
    theme_id=THEME_TRAFFIC,
    mutual_benefit="Utbyte om Nollvisionen.",
    start_date=date(2025, 1, 1),
    end_date=date(2027, 12, 31),
    review_interval_months=None,
    counterparty_ids=(KOLN,),
)


def codes(entry: EntryData, ctx: RuleContext = CTX) -> dict[str, Severity]:
    """Finding code -> severity for ``entry``."""
    return {f.code: f.severity for f in check_entry(entry, ctx)}
