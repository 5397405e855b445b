"""The register's reads: search, filters and sort in SQL, on both backends."""

from __future__ import annotations

from datetime import date

from desktop_app.services import catalog, register
from desktop_app.services.register import RegisterFilter
from tests.demo_cases import WORKING_GROUP, case


def titles(f: RegisterFilter) -> list[str]:
    ids = register.query_ids(f)
    rows = register.rows_by_ids(ids)
    return [rows[i].title for i in ids]


def test_search_folds_swedish_and_polish_letters(demo_register) -> None:
    found = titles(RegisterFilter(search="ŁÓDŹ"))
    assert "Samarbete om trafiksäkerhet med Łódź och Kraków" in found
    assert titles(RegisterFilter(search="łódź kraków")) == [
        "Samarbete om trafiksäkerhet med Łódź och Kraków"
    ]
    # "Å" must find "å" (SQLite's LIKE would not)
    assert titles(RegisterFilter(search="TRAFIKSÄKERHET")) == titles(
        RegisterFilter(search="trafiksäkerhet")
    )


def test_search_covers_case_number_counterparty_theme_and_notes(demo_register) -> None:
    assert titles(RegisterFilter(search=case(WORKING_GROUP))) == [
        "Deltagande i Eurocities arbetsgrupp Smart city logistics and fleet management"
    ]
    assert "Medlemskap i Eurocities" in titles(RegisterFilter(search="eurocit"))
    assert "Medlemskap i Eurocities" in titles(RegisterFilter(search="arbetsgrupper"))  # notes
    by_theme = titles(RegisterFilter(search="eu-frågor"))
    assert "Medlemskap i Stockholmsregionens Europaförening (SEF)" in by_theme
    assert titles(RegisterFilter(search="xyzzy")) == []
    assert titles(RegisterFilter(search="50%")) == []  # wildcards are literal


def test_short_terms_match_the_start_of_a_word(demo_register) -> None:
    assert "Samarbete om trafiksäkerhet med Łódź och Kraków" in titles(RegisterFilter(search="łó"))


def test_status_filters(demo_register) -> None:
    overdue = titles(RegisterFilter(statuses=frozenset({"overdue"})))
    assert (
        "Deltagande i Eurocities arbetsgrupp Smart city logistics and fleet management" in overdue
    )
    due = titles(RegisterFilter(statuses=frozenset({"due"})))
    assert "Medlemskap i Eurocities" in due
    assert "Medlemskap i Stockholmsregionens Europaförening (SEF)" in due
    assert not set(due) & set(overdue)
    expired_ids = register.query_ids(RegisterFilter(statuses=frozenset({"expired"})))
    expired = register.rows_by_ids(expired_ids).values()
    assert "GrowSmarter – smarta stadslösningar" in {r.title for r in expired}
    assert all(r.end_date < date.today() and r.status == "expired" for r in expired)
    assert sorted(titles(RegisterFilter(statuses=frozenset({"terminated"})))) == [
        "Medlemskap i Energy Cities",
        "Medlemskap i POLIS",
    ]
    archived = titles(RegisterFilter(statuses=frozenset({"archived"})))
    assert archived == ["Avsiktsförklaring om kulturutbyte med Wien"]
    assert "Avsiktsförklaring om kulturutbyte med Wien" not in titles(RegisterFilter())


def test_body_kind_theme_direction_and_date_filters(demo_register) -> None:
    kf = catalog.body_by_short_name("KF")
    kf_titles = titles(RegisterFilter(deciding_body_id=kf.id))
    assert "Medlemskap i Stockholmsregionens Europaförening (SEF)" in kf_titles
    assert "Medlemskap i Eurocities" not in kf_titles  # a network: KS decided it
    rows = register.rows_by_ids(register.query_ids(RegisterFilter(kinds=frozenset({"membership"}))))
    assert rows and all(r.kind == "membership" for r in rows.values())
    influence = register.rows_by_ids(register.query_ids(RegisterFilter(directions=8)))
    assert influence and all(r.directions & 8 for r in influence.values())
    old = titles(RegisterFilter(date_field="decision_date", date_to=date(2010, 1, 1)))
    assert old == ["Medlemskap i Eurocities"]


def test_sort_by_every_column_in_sql(demo_register) -> None:
    for key in register.SORT_KEYS:
        for descending in (False, True):
            ids = register.query_ids(RegisterFilter(sort_key=key, descending=descending))
            assert len(ids) == len(set(ids)) == register.count(RegisterFilter())
    ids = register.query_ids(RegisterFilter(sort_key="title"))
    rows = register.rows_by_ids(ids)
    ordered = [rows[i].title for i in ids]
    assert ordered[0] < ordered[-1]
    dates = [
        rows[i].next_review_date
        for i in register.query_ids(RegisterFilter(sort_key="next_review_date"))
    ]
    present = [d for d in dates if d is not None]
    assert present == sorted(present) and dates[-1] is None  # NULLs last


def test_counts(demo_register) -> None:
    assert register.total_count() == register.count(RegisterFilter())
    assert register.total_count(include_archived=True) == register.total_count() + 1
    states = register.review_state_counts()
    assert states["overdue"] >= 1 and states["due"] >= 2
