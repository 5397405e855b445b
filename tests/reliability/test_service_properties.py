"""Property tests of the services on both backends: an error or a clean save (issue 6).

Random, hostile entries go through ``entries.create_entry``. Each either is
refused with a message (``ServiceError``: validation, duplicate, unknown
reference; nothing written) or is stored and reads back equal to what was
sent after the service's documented normalisation: text stripped, NUL
removed, lone surrogates replaced, cost rounded to öre, currency upper-case
and three letters, counterparties without duplicates, document links one a
line. SQLite passes its integrity check afterwards.
"""

from __future__ import annotations

import copy
from dataclasses import fields
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.entry import EntryData
from desktop_app.domain.kinds import Kind
from desktop_app.domain.money import normalise_currency
from desktop_app.services import catalog, entries
from desktop_app.services.errors import ServiceError
from desktop_app.store.models import AuditEvent, Entry, database_proxy

from . import figures, strategies

EXAMPLES = 50


def _text(value: str) -> str:
    value = value.replace("\x00", "")
    value = value.encode("utf-8", "replace").decode("utf-8")
    return value.strip()


def expected_after_save(data: EntryData) -> EntryData:
    """What the services promise to store for ``data`` (their normalisation)."""
    out = copy.deepcopy(data)
    for f in fields(EntryData):
        value = getattr(out, f.name)
        if isinstance(value, str):
            setattr(out, f.name, _text(value))
    links = "\n".join(_text(link) for link in data.document_links if link.strip())
    out.document_links = tuple(line for line in links.splitlines() if line.strip())
    out.counterparty_ids = tuple(dict.fromkeys(data.counterparty_ids))
    if out.annual_cost is not None:
        out.annual_cost = Decimal(out.annual_cost).quantize(Decimal("0.01"))
    out.currency = normalise_currency(out.currency)
    out.last_review_date = None  # kept by record_review only
    return out


@pytest.fixture
def catalog_ids(register) -> list[int]:
    for name, country in (("Köln", "Tyskland"), ("\u202eSida", "Sverige"), ("Łódź", "Polen")):
        catalog.get_or_create_counterparty(name, country)
    ids = {b.id for b in catalog.list_bodies()}
    ids |= {t.id for t in catalog.list_themes()}
    ids |= {c.id for c in catalog.list_counterparties()}
    return sorted(ids)


def _check_create(data: EntryData) -> None:
    figures.record("hypothesis_service_examples")
    before = (Entry.select().count(), AuditEvent.select().count())
    try:
        record = entries.create_entry(copy.deepcopy(data))
    except ServiceError as exc:
        assert exc.user_message and exc.user_message_en
        assert (Entry.select().count(), AuditEvent.select().count()) == before
        figures.record("hypothesis_service_refused")
        return
    figures.record("hypothesis_service_saved")
    stored = entries.get_entry(record.id)
    expected = expected_after_save(data)
    for f in fields(EntryData):
        assert getattr(stored.data, f.name) == getattr(expected, f.name), f.name
    assert stored.next_review_date == entries.stored_next_review(expected)
    assert stored.version == 1


def _integrity(register) -> None:
    if register.backend == "sqlite":
        con = database_proxy.obj.connection()
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []


SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)


@pytest.mark.parametrize("kind", ["savable", "hostile"])
def test_create_entry_is_a_clean_save_or_a_clear_refusal(register, catalog_ids, kind) -> None:
    known = st.sampled_from(catalog_ids)
    if kind == "savable":
        strategy = strategies.savable_entries(st.one_of(st.none(), known))
    else:
        strategy = strategies.entries(st.one_of(st.none(), known, st.integers(-3, 2**40)))

    @SETTINGS
    @given(data=strategy)
    def check(data: EntryData) -> None:
        _check_create(data)

    check()
    _integrity(register)


EDGE_CASES = {
    "cost-too-large-for-numeric-14-2": {"annual_cost": Decimal("1e13")},
    "cost-rounds-up-to-the-limit": {"annual_cost": Decimal("999999999999.994")},
    "directions-beyond-the-four": {"directions": 2**40},
    "directions-negative": {"directions": -1},
    "year-1-and-9999": {"decision_date": date(1, 1, 1), "end_date": date(9999, 12, 31)},
    "review-beyond-9999": {"decision_date": date(9996, 2, 29), "review_interval_months": 48},
    "leap-day": {"decision_date": date(2016, 2, 29), "review_interval_months": 36},
    "nul-and-surrogate": {"title": "A\x00B \ud800", "notes": "\x00"},
    "rtl-and-controls": {"title": "\u202eavtal\u202c \x1b[31m", "case_number": "KS\t2016/1"},
    "longest-notes": {"notes": "å" * 20000},
    "too-long-notes": {"notes": "å" * 20001},
    "formula-like": {"title": '=HYPERLINK("http://x","y")', "notes": "+SUM(A1)"},
}


@pytest.mark.parametrize("values", EDGE_CASES.values(), ids=EDGE_CASES.keys())
def test_edge_values_are_saved_or_refused_cleanly(register, values: dict) -> None:
    data = EntryData(kind=Kind.MEMBERSHIP, title="Medlemskap i Eurocities")
    for name, value in values.items():
        setattr(data, name, value)
    _check_create(data)
    _integrity(register)
