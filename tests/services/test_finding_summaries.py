"""Each entry's stored findings summary (issue 15): what the register's findings filter
reads stays what the rules say after every kind of write, on both backends."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from desktop_app.domain.findings_summary import FindingsSummary, overdue_window, summarize
from desktop_app.services import assessments, catalog, checks, entries, finding_summaries
from desktop_app.services import register as reg
from desktop_app.services.entry_store import ReviewInput
from desktop_app.services.register import RegisterFilter
from desktop_app.store.models import Entry, EntryFindings
from tests.conftest import fresh_process


def _all_ids() -> list[int]:
    return [i for (i,) in Entry.select(Entry.id).order_by(Entry.id).tuples()]


def _assert_stored_is_live() -> None:
    ids = _all_ids()
    stored = finding_summaries.stored(ids)
    live = finding_summaries.summaries(ids)
    assert set(stored) == set(ids), "every entry has a summary"
    wrong = {i: (stored[i], live[i]) for i in ids if stored[i] != live[i]}
    assert not wrong


def _live_sets(today: date) -> dict[str, set[int]]:
    """What the filter must show, from the full rule check (the Findings column's own)."""
    found = checks.checks_for_ids(
        [i for (i,) in Entry.select(Entry.id).where(Entry.archived == False).tuples()],  # noqa: E712
        today,
    )
    return {
        "errors": {i for i, f in found.items() if any(c.is_open and c.finding.is_error for c in f)},
        "warnings": {
            i for i, f in found.items() if any(c.is_open and c.finding.is_warning for c in f)
        },
        "assessed": {i for i, f in found.items() if any(not c.is_open for c in f)},
    }


def _filtered(kind: str, today: date) -> set[int]:
    return set(reg.query_ids(RegisterFilter(findings=kind), today))


def test_every_write_keeps_the_summaries_true(demo_register) -> None:
    _assert_stored_is_live()
    today = date.today()
    sets = _live_sets(today)
    assert sets["warnings"] and sets["assessed"], "the demo has open and assessed warnings"
    for kind in sets:
        assert _filtered(kind, today) == sets[kind], kind

    # The editor's save: a membership without a review interval gets R3's warning.
    record = next(
        entries.get_entry(i)
        for i in _all_ids()
        if entries.get_entry(i).data.kind == "membership" and i not in sets["warnings"]
    )
    changed = dataclasses.replace(record.data, review_interval_months=None, next_review_fixed=None)
    entries.update_entry(record.id, changed, record.version)
    assert "R3-NO-INTERVAL" in finding_summaries.stored([record.id])[record.id].warnings
    assert record.id in _filtered("warnings", today)

    # Assessing that warning moves the entry from "warnings" to "assessed".
    checked = next(
        c
        for c in checks.checks_for_ids([record.id])[record.id]
        if c.finding.code == "R3-NO-INTERVAL"
    )
    assessments.assess_entry_finding(
        record.id, "R3-NO-INTERVAL", checked.fingerprint, "Prövas i KF."
    )
    assert record.id in _filtered("assessed", today)

    # A renamed counterparty: R1 (twin cities) reads its name.
    cp = catalog.list_counterparties()[0]
    catalog.update_counterparty(
        cp.id, "Vänort " + cp.name, cp.country, cp.type, cp.active, cp.version
    )
    # A body whose kind changes: R4 reads it.
    body = next(b for b in catalog.list_bodies() if b.in_use)
    data = catalog.BodyData(
        **{f.name: getattr(body, f.name) for f in dataclasses.fields(catalog.BodyData)}
    )
    catalog.update_body(body.id, dataclasses.replace(data, kind="company_board"), body.version)
    # A review recorded.
    due = next(i for i in reg.query_ids(RegisterFilter(statuses=frozenset({"overdue"})), today))
    rec = entries.get_entry(due)
    entries.record_review(due, ReviewInput(review_date=today, outcome="continue"), rec.version)
    _assert_stored_is_live()
    sets = _live_sets(today)
    for kind in sets:
        assert _filtered(kind, today) == sets[kind], kind


def test_summaries_of_an_older_register_are_made_when_it_is_opened(demo_register) -> None:
    # As an older program (before m0009) would have left them: entries without summaries,
    # one of them with an error its rules did not know (a cooperation without mutual benefit).
    coop = [i for (i,) in Entry.select(Entry.id).where(Entry.kind == "cooperation").tuples()]
    Entry.update(mutual_benefit="").where(Entry.id == coop[0]).execute()
    EntryFindings.delete().execute()
    assert finding_summaries.missing_ids() == _all_ids()
    assert finding_summaries.fill_missing() == len(_all_ids())
    assert finding_summaries.missing_ids() == []
    _assert_stored_is_live()
    assert _filtered("errors", date.today()) == {coop[0]}


def test_overdue_counts_on_the_days_of_its_window(demo_register) -> None:
    """R3-OVERDUE depends on the date alone: stored as a window, compared with today."""
    ids = _all_ids()
    data = checks.entries_data(ids)
    ctx = catalog.rule_context()
    windows = {i: overdue_window(d, ctx) for i, d in data.items()}
    entry_id, (start, until) = next((i, w) for i, w in windows.items() if w and w[1] is None)
    held = assessments.open_for_entries([entry_id]).get(entry_id, ())
    from desktop_app.domain.assessments import check_entry_assessed

    summary = summarize(data[entry_id], ctx, lambda e, c, f: check_entry_assessed(e, c, f, held))
    assert summary.overdue_from == start and "R3-OVERDUE" not in summary.warnings
    for today in (start - timedelta(days=1), start, start + timedelta(days=400)):
        live = checks.checks_for_ids([entry_id], today)[entry_id]
        overdue_live = any(c.finding.code == "R3-OVERDUE" and c.is_open for c in live)
        assert summary.has_warnings(today) == (
            overdue_live or any(c.is_open and c.finding.is_warning for c in live)
        )
        assert (entry_id in _filtered("warnings", today)) == summary.has_warnings(today)
    assert FindingsSummary().has_warnings(start) is False


def test_an_import_stores_the_summaries_of_its_entries(register, tmp_path) -> None:
    """A bulk import (600 memberships, no review interval: R3 warns) writes their summaries
    in its own transaction; the filter finds them at once."""
    from desktop_app.importers.preview import build_preview, read_layout
    from desktop_app.services import imports
    from tests.importers.builders import write_xlsx

    rows = [["Diarienummer", "Titel", "Avtalstyp", "Beslutande organ", "Motpart"]] + [
        [f"KS 2024/{i:05d}", f"Nätverk nummer {i}", "Medlemskap", "KF", f"Stad {i % 50}"]
        for i in range(600)
    ]
    path = write_xlsx(tmp_path / "stor.xlsx", rows)
    counts = imports.apply_import(build_preview(read_layout(path), path))
    assert counts["created"] == 600
    _assert_stored_is_live()
    sets = _live_sets(date.today())
    assert len(sets["warnings"]) >= 600
    assert _filtered("warnings", date.today()) == sets["warnings"]


def test_filling_stops_between_chunks_and_the_next_fill_finishes(
    demo_register, monkeypatch
) -> None:
    # The window stops the fill when it closes (its progress raises): what was stored
    # stays, and the next start summarises exactly the rest.
    monkeypatch.setattr(finding_summaries, "CHUNK", 2)
    EntryFindings.delete().execute()
    ids = _all_ids()
    seen: list[tuple[int, int]] = []

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        raise Stop

    with pytest.raises(Stop):
        finding_summaries.fill_missing(progress)
    assert seen == [(2, len(ids))]
    assert finding_summaries.missing_ids() == ids[2:]
    assert finding_summaries.fill_missing() == len(ids) - 2
    _assert_stored_is_live()


def test_a_fill_never_replaces_a_summary_a_write_stored(demo_register) -> None:
    # A write that summarised an entry while the fill was under way has the newer
    # data; the fill's chunk (computed from what it read before) must not replace it.
    first = _all_ids()[0]
    newer = FindingsSummary("R9", "", "", "", None, None, False)
    finding_summaries.store({first: newer})
    older = finding_summaries.summaries([first])
    finding_summaries.store(older, replace=False)
    assert finding_summaries.stored([first])[first] == newer


def test_the_filter_is_described_in_words_not_identifiers() -> None:
    """An export's cover sheet names the filter as the filter bar does."""
    f = RegisterFilter(
        statuses=frozenset({"due", "overdue", "archived"}),
        date_field="end_date",
        date_from=date(2026, 1, 1),
        findings="errors",
    )
    sv, en = f.describe("sv"), f.describe("en")
    assert (
        sv
        == "Status: Avförda, Omprövning inom kort, Omprövning försenad; Slutdatum: 2026-01-01 – …; Med fel"
    )
    assert (
        en == "Status: Archived, Review due, Review overdue; End date: 2026-01-01 – …; With errors"
    )


# A process that opens a register and writes, importing nothing of the summaries
# itself (the desktop's start leaves them until the first write, issue 19).
FIRST_WRITE = r"""
import dataclasses, json, sys

from desktop_app.services import entries
from desktop_app.services.session import open_register
from desktop_app.store.models import Entry

open_register(sys.argv[1], create=False)
seen = {"imported_before": "desktop_app.services.finding_summaries" in sys.modules}
membership = Entry.select(Entry.id).where(Entry.kind == "membership").order_by(Entry.id).first()
record = entries.get_entry(membership.id)
changed = dataclasses.replace(record.data, review_interval_months=None, next_review_fixed=None)
entries.update_entry(record.id, changed, record.version)
from desktop_app.services import finding_summaries

seen["id"] = record.id
seen["stored"] = finding_summaries.stored([record.id])[record.id].warnings
seen["live"] = finding_summaries.summaries([record.id])[record.id].warnings
print(json.dumps(seen))
"""


def test_the_first_write_of_a_process_stores_its_summaries(sqlite_register) -> None:
    from desktop_app.services.demo import build_demo
    from desktop_app.services.session import close_register

    build_demo()
    path = str(sqlite_register.target.path)
    close_register()
    seen = fresh_process(FIRST_WRITE, path)
    assert seen["imported_before"] is False  # opening the register did not load them
    assert "R3-NO-INTERVAL" in seen["stored"]  # the write stored the new warning
    assert seen["stored"] == seen["live"]
