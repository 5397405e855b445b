"""The annual report as of the year's end (R7): rebuilt from the history, the same
whenever it is made, on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from desktop_app.domain.kinds import Kind, ReviewOutcome, Scope, Status
from desktop_app.services import entries, reports
from desktop_app.services.context import utcnow

from .test_entries import _ids, membership

YEAR = 2025
YEAR_END = date(YEAR, 12, 31)


def _fixture() -> dict[str, entries.EntryRecord]:
    """Nine entries whose state on 2025-12-31 is known by hand (see each line)."""
    bodies, _themes = _ids()
    made: dict[str, entries.EntryRecord] = {}

    def add(key: str, **kw) -> entries.EntryRecord:
        kw.setdefault("case_number", f"KS {YEAR}/{len(made) + 100:04d}")
        kw.setdefault("title", f"Medlemskap {key}")
        made[key] = entries.create_entry(membership(**kw))
        return made[key]

    add("a", decision_date=date(2020, 1, 10))  # in force
    b = add("b", decision_date=date(2024, 3, 1))  # terminated 2025-06-30: not
    entries.terminate_entry(b.id, date(2025, 6, 30), "Avslutat.", bodies["KF"], b.version)
    add("c", decision_date=date(2025, 2, 1), annual_cost=Decimal("1000"))  # new, in force
    add("d", decision_date=date(2026, 1, 15))  # begun after the year: not
    add("e", decision_date=date(2023, 1, 1), status=Status.DRAFT)  # a draft: not
    add("f", decision_date=date(2021, 1, 1), end_date=date(2025, 10, 1))  # expired: not
    add(
        "g",
        kind=Kind.LETTER_OF_INTENT,
        title="Avsiktsförklaring g",
        decision_date=date(2019, 5, 5),
        deciding_body_id=bodies["KS"],
    )  # in force, but not a membership
    add("h", decision_date=date(2018, 9, 1), scope=Scope.OPERATION_SPECIFIC)  # in force
    add("i", decision_date=date(2022, 4, 4))  # in force (terminated in 2026, below)
    return made


HAND_COUNT = {"a", "c", "h", "i"}  # memberships in force on 2025-12-31, counted by hand


def _later_changes(made: dict[str, entries.EntryRecord]) -> None:
    """What happens in 2026: reviews, edits, a termination, archiving, a new entry."""
    bodies, _ = _ids()
    a = entries.get_entry(made["a"].id)
    entries.record_review(
        a.id,
        entries.ReviewInput(ReviewOutcome.CONTINUE, date(2026, 3, 1), bodies["KF"]),
        a.version,
    )
    c = entries.get_entry(made["c"].id)
    entries.update_entry(
        c.id,
        replace(c.data, annual_cost=Decimal("99000"), deciding_body_id=bodies["KS"]),
        c.version,
    )
    i = entries.get_entry(made["i"].id)
    entries.terminate_entry(i.id, date(2026, 2, 1), "Slut.", bodies["KF"], i.version)
    h = entries.get_entry(made["h"].id)
    entries.archive_entry(h.id, h.version)
    entries.create_entry(membership(case_number="KS 2026/0001", decision_date=date(2026, 5, 5)))


def test_memberships_at_year_end_equal_a_count_by_hand(register):
    made = _fixture()
    figs = reports.annual_figures(YEAR)
    by_id = {r.id: k for k, r in made.items()}
    assert {by_id[i] for i in figs.memberships_at_year_end} == HAND_COUNT
    assert {by_id[i] for i in figs.at_year_end} == HAND_COUNT | {"g"}
    assert {by_id[i] for i in figs.terminated} == {"b"}
    assert {by_id[i] for i in figs.expired} == {"f"}
    assert {by_id[i] for i in figs.new} == {"c"}
    assert dict(figs.year_end_by_kind) == {Kind.MEMBERSHIP: 4, Kind.LETTER_OF_INTENT: 1}
    assert dict(figs.year_end_by_scope) == {Scope.CITY_WIDE: 4, Scope.OPERATION_SPECIFIC: 1}
    assert sum(n for _, n in figs.year_end_by_body) == 5


def test_the_2025_report_is_the_same_after_2026_changes(register):
    made = _fixture()
    before = reports.annual_figures(YEAR)
    _later_changes(made)
    after = reports.annual_figures(YEAR)
    assert after.reproducible() == before.reproducible()
    # Today's values did change: the report does not read them.
    assert entries.get_entry(made["h"].id).archived
    assert entries.get_entry(made["i"].id).data.status == Status.TERMINATED


def test_records_made_after_the_cutoff_do_not_count(register):
    """Entries that existed at the cutoff: their fields, reviews and terminations as
    recorded by then; what is recorded later (even dated in the year) does not count."""
    made = _fixture()
    cutoff = utcnow()
    before = reports.annual_figures(YEAR, recorded_by=cutoff)
    assert before.reproducible() == reports.annual_figures(YEAR).reproducible() | {
        "recorded_by": cutoff
    }
    _later_changes(made)
    bodies, _ = _ids()
    late = entries.get_entry(made["a"].id)  # a review dated in the year, recorded late
    entries.record_review(
        late.id,
        entries.ReviewInput(ReviewOutcome.CONTINUE, date(2025, 11, 1), bodies["KF"]),
        late.version,
    )
    assert reports.annual_figures(YEAR, recorded_by=cutoff).reproducible() == (
        before.reproducible()
    )
    # With the records made since, the late review counts: the choice is the cutoff's.
    now = reports.annual_figures(YEAR, recorded_by=utcnow())
    assert (made["a"].id, date(2025, 11, 1), ReviewOutcome.CONTINUE) in now.reviews


def test_overdue_at_year_end_comes_from_the_history(register):
    """A review is due in 2024 and done only in 2026: overdue at the end of 2025."""
    bodies, _ = _ids()
    old = entries.create_entry(
        membership(case_number="KS 2020/0001", decision_date=date(2020, 3, 1))
    )  # review interval 48 months: due 2024-03-01
    assert old.next_review_date == date(2024, 3, 1)
    assert old.id in reports.annual_figures(YEAR).overdue
    entries.record_review(
        old.id,
        entries.ReviewInput(ReviewOutcome.CONTINUE, date(2026, 1, 20), bodies["KF"]),
        old.version,
    )
    figs = reports.annual_figures(YEAR)
    assert old.id in figs.overdue and not figs.reviews
    assert old.id not in reports.annual_figures(2026).overdue


def test_unresolved_warnings_at_year_end_and_assessed_ones(register):
    """An entry with a warning is unresolved until a registrar assesses the warning."""
    from desktop_app.services import assessments, catalog

    bodies, _ = _ids()
    odd = entries.create_entry(
        membership(
            case_number="TN 2021/0001",
            decision_date=date(2021, 2, 2),
            deciding_body_id=bodies["TN"],
        )  # fmt: skip
    )  # a committee deciding a city-wide membership: R4
    plain = entries.create_entry(
        membership(
            case_number="KS 2023/0002",
            decision_date=date(2023, 3, 3),
            deciding_body_id=bodies["KS"],
        )
    )
    figs = reports.annual_figures(YEAR)
    unresolved = dict(figs.unresolved)
    assert odd.id in unresolved and "R4" in " ".join(unresolved[odd.id])
    assert plain.id not in unresolved
    ctx = catalog.rule_context()
    for checked in assessments.entry_findings(odd.data, odd.id, ctx):
        assessments.assess_entry_finding(
            odd.id, checked.finding.code, checked.fingerprint, "Beslutat av KF i efterhand."
        )
    assert odd.id not in dict(reports.annual_figures(YEAR).unresolved)
