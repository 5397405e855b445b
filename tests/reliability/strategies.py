"""Hypothesis strategies for hostile entries: edge dates, odd Unicode, odd numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import strategies as st

from desktop_app.domain.entry import EntryData
from desktop_app.domain.kinds import Kind, Scope, Status

EDGE_DATES = [
    date(1, 1, 1),
    date(1, 12, 31),
    date(1900, 2, 28),
    date(1900, 3, 1),
    date(2000, 2, 29),
    date(2016, 2, 29),
    date(2020, 2, 29),
    date(2024, 2, 29),
    date(9995, 2, 28),
    date(9996, 2, 29),
    date(9999, 2, 28),
    date(9999, 12, 31),
]

ODD_TEXT = [
    "",
    " ",
    "\x00",
    "KS\x002016/1",
    "\t\n\r\x0b\x0c",
    "\x01\x02\x1b[31m\x7f",
    "\u202eavtal\u202c",  # right-to-left override
    "اتفاقية تعاون مع ستوكهولم",  # Arabic (RTL)
    "הסכם שיתוף פעולה",  # Hebrew (RTL)
    "Vänort med Łódź – “systerstad”",
    "e\u0301 vs é",  # combining vs precomposed
    "\ufeffBOM",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀👩‍👩‍👧",
    '=HYPERLINK("http://x")',
    "'; DROP TABLE entry; --",
    "%s %% {} \\ \\\\server\\share",
    "\u2028\u2029",
    "lone \ud800 surrogate",
]

# Everything Python's str holds, lone surrogates included (a broken clipboard
# or file can produce them), biased towards the odd cases above.
any_text = st.one_of(
    st.sampled_from(ODD_TEXT),
    st.text(max_size=40),
    st.text(st.characters(codec="utf-8"), max_size=200),
    st.text(st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Mn"]), max_size=30),
    st.builds(lambda n, c: c * n, st.integers(480, 30000), st.sampled_from("aå€😀")),
)

any_date = st.one_of(st.none(), st.sampled_from(EDGE_DATES), st.dates())
title_text = st.one_of(*[st.text(min_size=1, max_size=80)] * 3, any_text)

any_kind = st.one_of(st.sampled_from(list(Kind)), any_text)
any_scope = st.one_of(st.sampled_from(list(Scope)), any_text)
any_status = st.one_of(st.sampled_from([Status.DRAFT, Status.ACTIVE, Status.TERMINATED]), any_text)
valid_kind = st.sampled_from(list(Kind))
valid_scope = st.sampled_from(list(Scope))
valid_status = st.sampled_from([Status.DRAFT, Status.ACTIVE])

any_cost = st.one_of(
    st.none(),
    st.decimals(min_value=-1000, max_value=10**6, places=2),
    st.decimals(min_value=Decimal("-1e20"), max_value=Decimal("1e20"), places=3),
    st.sampled_from([Decimal("0"), Decimal("0.005"), Decimal("999999999999.99")]),
)

any_interval = st.one_of(st.none(), st.integers(-2, 700), st.sampled_from([0, 1, 48, 600, 601]))
any_directions = st.one_of(st.integers(0, 15), st.integers(-(2**40), 2**40))


def entries(
    ids: st.SearchStrategy[int | None] | None = None, *, valid_enums: bool = False
) -> st.SearchStrategy[EntryData]:
    """Random EntryData; ``ids`` draws body/theme/counterparty ids (None: any int).

    ``valid_enums`` keeps kind, scope and status valid so that saves happen
    (the rules test sends invalid ones; Hypothesis would otherwise rarely
    draw a valid one).
    """
    if ids is None:
        ids = st.one_of(st.none(), st.integers(-5, 2**40))
    return st.builds(
        EntryData,
        kind=valid_kind if valid_enums else any_kind,
        title=title_text,
        case_number=any_text,
        scope=valid_scope if valid_enums else any_scope,
        deciding_body_id=ids,
        decision_date=any_date,
        responsible_body_id=ids,
        contact_person=any_text,
        theme_id=ids,
        directions=any_directions,
        mutual_benefit=any_text,
        start_date=any_date,
        end_date=any_date,
        review_interval_months=any_interval,
        annual_cost=any_cost,
        currency=st.one_of(st.just("SEK"), st.just("eur"), any_text),
        cost_payer=any_text,
        status=valid_status if valid_enums else any_status,
        notes=any_text,
        document_links=st.lists(any_text, max_size=4).map(tuple),
        counterparty_ids=st.lists(ids.filter(lambda i: i is not None), max_size=4).map(tuple),
        last_review_date=any_date,
    )


def savable_entries(ids: st.SearchStrategy[int | None]) -> st.SearchStrategy[EntryData]:
    """Entries that pass the rules more often than not, with the same odd text and
    edge dates: so that the store itself (not only validation) meets them."""
    title = st.text(min_size=1, max_size=300).filter(lambda t: t.replace("\x00", "").strip())
    return st.builds(
        EntryData,
        kind=st.sampled_from([Kind.MEMBERSHIP, Kind.LETTER_OF_INTENT]),
        title=st.one_of(
            title, st.sampled_from([t for t in ODD_TEXT if t.strip("\x00 \t\n\r\x0b\x0c")])
        ),
        case_number=any_text,
        scope=valid_scope,
        deciding_body_id=ids,
        decision_date=any_date,
        responsible_body_id=ids,
        contact_person=any_text,
        theme_id=ids,
        directions=st.integers(0, 15),
        mutual_benefit=any_text,
        start_date=any_date,
        end_date=st.none() | st.sampled_from([date(9999, 12, 31)]),
        review_interval_months=st.one_of(st.none(), st.integers(1, 600)),
        annual_cost=st.one_of(
            st.none(),
            st.decimals(min_value=0, max_value=10**6, places=2),
            st.decimals(min_value=0, max_value=Decimal("1e20"), places=4),
            st.sampled_from([Decimal("1e13"), Decimal("999999999999.995"), Decimal("0.004")]),
        ),
        currency=st.one_of(st.just("SEK"), any_text),
        cost_payer=any_text,
        status=valid_status,
        notes=any_text,
        document_links=st.lists(any_text, max_size=4).map(tuple),
        counterparty_ids=st.lists(ids.filter(lambda i: i is not None), max_size=3).map(tuple),
    )
