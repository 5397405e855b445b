"""``services.first_screen``: the start's first screen read without the services
(issue 19) gives what the register view's own query gives, on both backends,
or None (the window then opens the register and asks the services).

Held to the services' own reads (``register.query_first``, ``rows_by_ids``,
``register_settings.lead_days``, ``secrecy.marked_entry_ids``) on a real
register with archived entries, a secrecy mark, empty values in the sorted
columns and a lead time of its own, for every sort it takes, both directions,
archived entries shown or not.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.services import register as reg
from desktop_app.services import register_settings, secrecy
from desktop_app.services.entry_lifecycle import archive_entry
from desktop_app.services.first_screen import first_screen, reads_plainly
from desktop_app.services.register_types import NEVER_EMPTY, SORT_COLUMN_NAMES, RegisterFilter
from desktop_app.store.models import Entry, database_proxy

TODAY = date(2026, 12, 6)


@pytest.fixture
def varied_register(demo_register):
    """The demo register with two entries archived, one marked secret and a lead
    time of 45 days (the default is 180)."""
    first, second = Entry.select().order_by(Entry.id).limit(2)
    archive_entry(first.id, first.version)
    archive_entry(second.id, second.version)
    secrecy.mark(3, "notes", "Utrikessekretess.")
    register_settings.set_setting("lead_days", "45")
    return demo_register


def _services(f: RegisterFilter, limit: int, with_rows: int) -> tuple:
    ids, complete, _plan = reg.query_first(f, TODAY, limit=limit)
    lead = register_settings.lead_days()
    rows = reg.rows_by_ids(ids[:with_rows], TODAY, lead)
    return f, ids, rows, complete, lead, secrecy.marked_entry_ids()


def test_the_sort_columns_are_the_services_own() -> None:
    assert set(SORT_COLUMN_NAMES) == set(reg.SORT_COLUMNS) - set(reg.SORT_JOINS)
    for key, column in SORT_COLUMN_NAMES.items():
        assert reg.SORT_COLUMNS[key].column_name == column
    for key in NEVER_EMPTY:
        assert not reg.SORT_COLUMNS[key].null


@pytest.mark.parametrize("include_archived", [False, True])
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_reads_as_the_services_do(
    varied_register, descending: bool, include_archived: bool
) -> None:
    total = reg.total_count(include_archived=True)
    for key in SORT_COLUMN_NAMES:
        f = RegisterFilter(sort_key=key, descending=descending, include_archived=include_archived)
        for limit, with_rows in ((total + 5, total), (5, 3)):  # all of them; a screen's start
            read = first_screen(varied_register.target, f, TODAY, limit, with_rows)
            assert read is not None, key
            assert read == _services(f, limit, with_rows), (key, limit)
    read = first_screen(varied_register.target, RegisterFilter(), TODAY, 5, 5)
    assert read is not None
    assert read[4] == 45 and 3 in read[5]  # the register's own lead time; the mark
    assert read[3] is False and len(read[1]) == 5  # five of more: not complete


def test_the_rows_carry_every_value_as_the_services_read_them(varied_register) -> None:
    f = RegisterFilter(include_archived=True)
    read = first_screen(varied_register.target, f, TODAY, 1000, 1000)
    assert read is not None
    rows = read[2]
    assert rows == reg.rows_by_ids(list(rows), TODAY, 45)
    kinds = {name: {type(getattr(r, name)) for r in rows.values()} for name in ("annual_cost",
             "next_review_date", "updated_at", "archived", "review_state")}  # fmt: skip
    assert {c.__name__ for c in kinds["annual_cost"]} >= {"Decimal", "NoneType"}
    assert {c.__name__ for c in kinds["next_review_date"]} >= {"date", "NoneType"}
    assert {c.__name__ for c in kinds["updated_at"]} == {"datetime"}
    assert kinds["archived"] == {bool}


@pytest.mark.parametrize(
    "f",
    [
        RegisterFilter(search="ber"),
        RegisterFilter(statuses=frozenset({"overdue"})),
        RegisterFilter(kinds=frozenset({"membership"})),
        RegisterFilter(deciding_body_id=1),
        RegisterFilter(theme_id=1),
        RegisterFilter(directions=1),
        RegisterFilter(date_from=date(2020, 1, 1)),
        RegisterFilter(due_within_days=90),
        RegisterFilter(findings="errors"),
        RegisterFilter(ids=(1, 2)),
        RegisterFilter(sort_key="deciding_body"),  # a body's order: the services join
        RegisterFilter(sort_key="theme", descending=True),
    ],
)
def test_a_filter_search_or_joined_sort_is_left_to_the_services(register, f) -> None:
    assert not reads_plainly(f)
    assert first_screen(register.target, f, TODAY, 200, 60) is None


def test_a_register_of_another_schema_version_is_left_to_the_services(register) -> None:
    """One to migrate (or from a newer program): the store's open says what to do."""
    database_proxy.execute_sql("INSERT INTO schema_version (version) VALUES (9999)")
    assert first_screen(register.target, RegisterFilter(), TODAY, 200, 60) is None


def test_a_missing_or_foreign_file_is_left_to_the_services(tmp_path) -> None:
    from desktop_app.services.register_info import target_of

    missing = tmp_path / "gone.sqlite3"
    assert first_screen(target_of(str(missing)), RegisterFilter(), TODAY, 200, 60) is None
    assert not missing.exists()  # nothing created by looking
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_bytes(b"not a database at all" * 100)
    assert first_screen(target_of(str(foreign)), RegisterFilter(), TODAY, 200, 60) is None
