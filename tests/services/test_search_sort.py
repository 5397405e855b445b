"""Search that forgives accents and finds bodies; Swedish sort order (issue 15), both backends.

A small register of memberships with European names, made through the
services, is searched and sorted through ``services.register`` exactly as
the grid does it, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.entry import EntryData
from desktop_app.domain.kinds import Kind, Scope
from desktop_app.domain.sort_keys import sort_key
from desktop_app.services import catalog, entries, register, search
from desktop_app.services.register import RegisterFilter

# (title, counterparty, case number, contact person, responsible body)
ROWS = [
    ("Medlemskap i Aachen stadsnätverk", "Aachen", "KS 2016/1234", "Örjan Ek", "MHN"),
    ("Medlemskap i Göteborgsregionen", "Göteborg", "KS 2016/99", "anna Berg", "KS"),
    ("Medlemskap i Zürich-nätverket", "Zürich", "KS 2016/100", "Åsa Holm", "KS"),
    ("medlemskap i eurocities", "eurocities", "T2016-01906", "Ärla Lind", "TN"),
    ("Medlemskap i Ängelholms nätverk", "Ängelholm", "KS 2009/0412", "Zeynep Yılmaz", "KS"),
    ("Medlemskap i Åbo Akademi", "Åbo", "KF 2020/3", "Östen Wik", "KS"),
    ("Medlemskap i Öresundskommittén", "Öresund", "KS 2016/5", "Lars Öberg", "TN"),
    ("Medlemskap i Łódź stadsråd", "Łódź", "KS 2017/7", "Tomasz Nowak", "KS"),
    ("Medlemskap i Köln nätverk", "Köln", "KS 2018/8", "Ülo Tamm", "KS"),
    ("Medlemskap i Kraków forum", "Kraków", "", "Yvonne Ek", "KS"),
    ("Medlemskap i Lund", "Lund", "KS 2019/9", "", "TN"),
    ("Medlemskap i C40 Cities", "C40 Cities", "KS 2020/10", "Björn Ek", "MHN"),
    ("Medlemskap i C5 Cities", "C5 Cities", "KS 2020/2", "Cecilia Ek", "MHN"),
]


def _make_register() -> dict[str, int]:
    """The rows above as memberships; returns title -> entry id."""
    mhn = catalog.create_body(catalog.BodyData("MHN", "Miljö- och hälsoskyddsnämnden", "committee"))
    bodies = {b.short_name: b.id for b in catalog.list_bodies()}
    assert bodies["MHN"] == mhn.id
    themes = [t.id for t in catalog.list_themes()]
    made = {}
    for n, (title, party, case, contact, responsible) in enumerate(ROWS):
        cp = catalog.get_or_create_counterparty(party, "", "city")
        record = entries.create_entry(
            EntryData(
                kind=Kind.MEMBERSHIP,
                title=title,
                case_number=case,
                scope=Scope.CITY_WIDE,
                deciding_body_id=bodies["KF"],
                decision_date=date(2024, 1, 1 + n),
                responsible_body_id=bodies[responsible],
                contact_person=contact,
                theme_id=themes[n % len(themes)],
                review_interval_months=48,
                counterparty_ids=(cp.id,),
                notes=f"Anteckning {n}.",
            )
        )
        made[title] = record.id
    return made


@pytest.fixture
def swedish(register) -> dict[str, int]:
    return _make_register()


def titles(f: RegisterFilter) -> list[str]:
    ids = register.query_ids(f)
    rows = register.rows_by_ids(ids)
    return [rows[i].title for i in ids]


def column(key: str, descending: bool = False) -> list[str]:
    ids = register.query_ids(RegisterFilter(sort_key=key, descending=descending))
    rows = register.rows_by_ids(ids)
    field = {"counterparties": "counterparties"}.get(key, key)
    return [getattr(rows[i], field) for i in ids]


# ---------------------------------------------------------------- search


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("lodz", "Medlemskap i Łódź stadsråd"),
        ("LODZ", "Medlemskap i Łódź stadsråd"),
        ("koln", "Medlemskap i Köln nätverk"),
        ("krakow", "Medlemskap i Kraków forum"),
        ("goteborg", "Medlemskap i Göteborgsregionen"),
        ("zurich", "Medlemskap i Zürich-nätverket"),
        ("Łódź", "Medlemskap i Łódź stadsråd"),
        ("ks2016/1234", "Medlemskap i Aachen stadsnätverk"),
        ("KS2016/01234", "Medlemskap i Aachen stadsnätverk"),
        ("t2016-01906", "medlemskap i eurocities"),
    ],
)
def test_accents_case_and_spaces_are_forgiven(swedish, typed: str, title: str) -> None:
    assert titles(RegisterFilter(search=typed)) == [title]


def test_a_swede_typing_a_ring_means_a_ring(swedish) -> None:
    assert titles(RegisterFilter(search="åbo")) == ["Medlemskap i Åbo Akademi"]
    assert titles(RegisterFilter(search="Å", sort_key="title")) == [
        "Medlemskap i Åbo Akademi"  # Åsa Holm is a contact person: not searched
    ]
    assert "Medlemskap i Aachen stadsnätverk" in titles(RegisterFilter(search="a"))
    assert "Medlemskap i Aachen stadsnätverk" not in titles(RegisterFilter(search="å"))


def test_one_or_two_letters_find_word_starts(swedish) -> None:
    assert titles(RegisterFilter(search="kö")) == ["Medlemskap i Köln nätverk"]
    assert titles(RegisterFilter(search="kr")) == ["Medlemskap i Kraków forum"]
    # "ko" starts "Kommunfullmäktige", which decided them all: bodies count too.
    assert len(titles(RegisterFilter(search="ko"))) == len(ROWS)
    # Inside a word two letters are not enough ("nätverk"), three are.
    assert titles(RegisterFilter(search="ät")) == []
    assert len(titles(RegisterFilter(search="ätv"))) == 4


def test_body_names_and_short_names_are_searched(swedish) -> None:
    by_mhn = {
        "Medlemskap i Aachen stadsnätverk",
        "Medlemskap i C40 Cities",
        "Medlemskap i C5 Cities",
    }
    assert set(titles(RegisterFilter(search="Miljö- och"))) == by_mhn
    assert set(titles(RegisterFilter(search="hälsoskyddsnämnden"))) == by_mhn
    assert set(titles(RegisterFilter(search="mhn"))) == by_mhn
    # A body term and a text term together: both must match.
    assert titles(RegisterFilter(search="miljö c40")) == ["Medlemskap i C40 Cities"]
    # Deciding bodies too: every entry here was decided by the City Council.
    assert len(titles(RegisterFilter(search="kommunfullmäktige"))) == len(ROWS)


def test_a_renamed_body_is_found_by_its_new_name_only(swedish) -> None:
    mhn = catalog.body_by_short_name("MHN")
    mhn.name_sv = "Klimat- och hälsonämnden"
    mhn.short_name = "KHN"
    catalog.update_body(mhn.id, mhn, mhn.version)
    assert len(titles(RegisterFilter(search="Klimat- och"))) == 3
    assert len(titles(RegisterFilter(search="khn"))) == 3
    assert titles(RegisterFilter(search="Miljö- och")) == []
    assert titles(RegisterFilter(search="mhn")) == []


def test_wildcards_are_literal(swedish) -> None:
    assert titles(RegisterFilter(search="%")) == []
    assert titles(RegisterFilter(search="_")) == []
    assert titles(RegisterFilter(search="a%b")) == []


@pytest.mark.parametrize("typed", ["m", "me", "medlemskap", "ks", "k", "lodz", "mhn nätverk"])
def test_every_way_of_writing_a_search_gives_the_same_rows(
    swedish, monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    """Rare terms collect their hits, common ones walk the sort's index: same rows."""
    f = RegisterFilter(search=typed, sort_key="title")
    expected = register.query_ids(f)
    monkeypatch.setattr(search, "SPARSE_HITS", 0)  # every term counts as common
    assert register.query_ids(f) == expected
    first, complete, _plan = register.query_first(f, limit=3)
    assert first == expected[:3] and complete == (len(expected) <= 3)
    monkeypatch.setattr(search, "SPARSE_HITS", 10_000)  # every term counts as rare
    assert register.query_ids(f) == expected
    first, complete, plan = register.query_first(f, limit=3)
    if not plan.dense:  # few hits: collected whole (PostgreSQL too), so complete
        assert first == expected and complete
    else:
        assert first == expected[:3] and complete == (len(expected) <= 3)
    assert register.count(f) == len(expected)


def test_postgresql_searches_with_like_on_the_folded_text(swedish) -> None:
    plan = search.plan_search("Göteborg ks")
    sql, _params = register.Entry._meta.database.get_sql_context().sql(plan.condition()).query()
    if plan.postgres:
        assert " LIKE " in sql and "ILIKE" not in sql
    else:
        assert "entry_fts MATCH" in sql


# ---------------------------------------------------------------- sort


def test_titles_sort_swedish(swedish) -> None:
    got = column("title")
    assert got.index("medlemskap i eurocities") < got.index("Medlemskap i Göteborgsregionen")
    assert got[-3:] == [
        "Medlemskap i Åbo Akademi",
        "Medlemskap i Ängelholms nätverk",
        "Medlemskap i Öresundskommittén",
    ]
    assert got.index("Medlemskap i Łódź stadsråd") < got.index("Medlemskap i Lund")
    assert got.index("Medlemskap i C5 Cities") < got.index("Medlemskap i C40 Cities")
    assert column("title", descending=True) == got[::-1]


def test_counterparties_sort_swedish(swedish) -> None:
    assert column("counterparties") == [
        "Aachen",
        "C5 Cities",
        "C40 Cities",
        "eurocities",
        "Göteborg",
        "Kraków",
        "Köln",  # ö after z
        "Łódź",
        "Lund",
        "Zürich",
        "Åbo",
        "Ängelholm",
        "Öresund",
    ]


def test_contact_persons_sort_swedish_with_empty_last_both_ways(swedish) -> None:
    got = column("contact_person")
    assert got == [
        "anna Berg",
        "Björn Ek",
        "Cecilia Ek",
        "Lars Öberg",
        "Tomasz Nowak",
        "Ülo Tamm",  # Ü files as Y
        "Yvonne Ek",
        "Zeynep Yılmaz",
        "Åsa Holm",
        "Ärla Lind",
        "Örjan Ek",
        "Östen Wik",
        "",
    ]
    down = column("contact_person", descending=True)
    assert down[-1] == "" and down[:-1] == got[:-1][::-1]


def test_case_numbers_sort_naturally_with_empty_last(swedish) -> None:
    assert column("case_number") == [
        "KF 2020/3",
        "KS 2009/0412",
        "KS 2016/5",
        "KS 2016/99",
        "KS 2016/100",
        "KS 2016/1234",
        "KS 2017/7",
        "KS 2018/8",
        "KS 2019/9",
        "KS 2020/2",
        "KS 2020/10",
        "T2016-01906",
        "",
    ]


def test_bodies_and_themes_sort_swedish(swedish) -> None:
    responsible = column("responsible_body")
    assert responsible == sorted(responsible, key=lambda s: ["KS", "MHN", "TN"].index(s))
    theme_names = column("theme")
    assert theme_names == sorted(theme_names, key=sort_key)
    # A body renamed to a name after Z moves to the end.
    mhn = catalog.body_by_short_name("MHN")
    mhn.short_name = "ÖHN"
    catalog.update_body(mhn.id, mhn, mhn.version)
    assert column("responsible_body")[-3:] == ["ÖHN"] * 3


@pytest.mark.parametrize("key", sorted(register.SORT_COLUMNS))
def test_every_column_sorts_both_ways_and_its_first_screen_agrees(swedish, key: str) -> None:
    for descending in (False, True):
        f = RegisterFilter(sort_key=key, descending=descending)
        ids = register.query_ids(f)
        assert sorted(ids) == sorted(register.query_ids(RegisterFilter()))
        first, complete, plan = register.query_first(f, limit=5)
        assert first == ids[:5] and not complete and plan is None
        assert register.query_first(f, limit=len(ids))[1]


def test_catalog_lists_sort_swedish(swedish) -> None:
    names = [c.name for c in catalog.list_counterparties()]
    assert names.index("Zürich") < names.index("Åbo") < names.index("Ängelholm")
    assert names.index("Łódź") < names.index("Lund")


# ---------------------------------------------------------------- PostgreSQL specifics


def test_sort_keys_order_as_postgresqls_icu_swedish_collation(postgres_schema_url) -> None:
    """An independent oracle: ICU's Swedish collation (numeric) orders the words as we do."""
    from desktop_app.services.session import close_register, open_register
    from desktop_app.store.models import database_proxy
    from tests.domain.test_sort_keys import SWEDISH

    open_register(postgres_schema_url)
    try:
        db = database_proxy
        if not db.execute_sql("SELECT 1 FROM pg_collation WHERE collname = 'sv-x-icu'").fetchone():
            pytest.skip("this PostgreSQL has no ICU collations")
        db.execute_sql("CREATE COLLATION sv_numeric (provider = icu, locale = 'sv-u-kn-true')")
        words = [w for w in SWEDISH if w[0].isalnum()]  # ICU sorts punctuation first
        cursor = db.execute_sql(
            "SELECT w FROM unnest(%s::text[]) AS w ORDER BY w COLLATE sv_numeric", (words,)
        )
        assert [r[0] for r in cursor.fetchall()] == sorted(words, key=sort_key)
    finally:
        close_register()


def test_postgresql_trigram_index_serves_every_pattern(postgres_schema_url) -> None:
    """One letter, two letters and longer terms: LIKE on the folded text uses pg_trgm."""
    from desktop_app.services.session import close_register, open_register
    from desktop_app.store.models import database_proxy

    open_register(postgres_schema_url)
    try:
        db = database_proxy
        if not db.execute_sql(
            "SELECT 1 FROM pg_indexes WHERE indexname = 'entry_search_trgm' "
            "AND schemaname = current_schema()"
        ).fetchone():
            pytest.skip("pg_trgm is not installed on this server")
        _make_register()
        with db.atomic():
            db.execute_sql("SET LOCAL enable_seqscan = off")
            for typed in ("g", "gö", "lodz", "ks2016/1234"):
                plan = search.plan_search(typed)
                query = register.Entry.select(register.Entry.id).where(plan.condition())
                sql, params = db.get_sql_context().sql(query).query()
                lines = db.execute_sql("EXPLAIN " + sql, params).fetchall()
                assert any("entry_search_trgm" in line[0] for line in lines), (typed, lines)
    finally:
        close_register()
