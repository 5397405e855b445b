"""A bulk import (FTS filled in one statement on SQLite): searchable, all or nothing."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.domain.entry import EntryData
from desktop_app.importers.preview import build_preview, read_layout
from desktop_app.services import context, entries, imports
from desktop_app.services import register as reg
from desktop_app.services.register import RegisterFilter
from desktop_app.store.models import database_proxy

from .builders import write_xlsx

HEADER = ["Diarienummer", "Titel", "Avtalstyp", "Beslutande organ", "Motpart", "Anteckningar"]


def _file(tmp_path, n=600):
    rows = [HEADER] + [
        [
            f"KS 2024/{i:05d}",
            f"Nätverk nummer {i}",
            "Medlemskap",
            "KF",
            f"Stad {i % 50}",
            f"Anteckning om samarbete med unikord{i}x",
        ]  # fmt: skip
        for i in range(n)
    ]
    return write_xlsx(tmp_path / "stor.xlsx", rows)


def _triggers() -> dict[str, str]:
    """The triggers a bulk import sets aside (SQLite), as stored."""
    if context.is_postgres():
        return {}
    marks = ", ".join("?" for _ in imports.BULK_SUSPENDED_TRIGGERS)
    return dict(
        database_proxy.execute_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type='trigger' AND name IN ({marks})",
            imports.BULK_SUSPENDED_TRIGGERS,
        ).fetchall()
    )


def _has_trigger() -> bool:
    return context.is_postgres() or "entry_fts_ai" in _triggers()


def test_bulk_import_is_searchable_and_keeps_the_trigger(register, tmp_path):
    path = _file(tmp_path)
    preview = build_preview(read_layout(path), path)
    before = _triggers()
    assert context.is_postgres() or len(before) == len(imports.BULK_SUSPENDED_TRIGGERS)
    counts = imports.apply_import(preview)
    assert _triggers() == before  # each one back, as it was
    assert counts["created"] == 600 and counts["new_counterparties"] == 50
    assert reg.count(RegisterFilter()) == 600
    (hit,) = reg.query_ids(RegisterFilter(search="unikord537x"))
    assert entries.get_entry(hit).data.case_number == "KS 2024/00537"
    assert len(reg.query_ids(RegisterFilter(search="unikord53"))) == 11  # 53x, 530-539
    assert _has_trigger()
    if not context.is_postgres():  # the index is whole, its buffer back at FTS5's default
        database_proxy.execute_sql("INSERT INTO entry_fts (entry_fts) VALUES ('integrity-check')")
        (size,) = database_proxy.execute_sql(
            "SELECT v FROM entry_fts_config WHERE k = 'hashsize'"
        ).fetchone()
        assert size == imports.FTS_DEFAULT_HASH_BYTES
    created = entries.create_entry(EntryData(kind="membership", title="Efteråt skapad",
                                             scope="city_wide"))  # fmt: skip
    assert reg.query_ids(RegisterFilter(search="efteråt")) == [created.id]


def test_failed_bulk_import_leaves_nothing(register, tmp_path, monkeypatch):
    path = _file(tmp_path)
    preview = build_preview(read_layout(path), path)

    def broken(*args, **kwargs):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(imports, "_restore", broken)
    monkeypatch.setattr(imports.entries, "update_entry", broken)
    with pytest.raises(RuntimeError):
        if context.is_postgres():
            preview.rows[-1].status = "update"  # force a failure after the inserts
            preview.rows[-1].existing_id, preview.rows[-1].existing_version = 1, 1
        imports.apply_import(preview)
    assert reg.count(RegisterFilter(include_archived=True)) == 0
    assert _has_trigger()
    assert context.is_postgres() or len(_triggers()) == len(imports.BULK_SUSPENDED_TRIGGERS)


def test_a_failed_import_leaves_its_preview_as_it_was(register, tmp_path):
    """The import writes copies of the preview's rows with the new counterparties' ids:
    after a failure (here a Cancel after the first thousand rows) the same preview
    still names the counterparties to create, and applying it again links every
    entry to its own (before, the rows kept the rolled-back ids: the second try
    created no counterparty and pointed the entries at ids that do not exist)."""
    from desktop_app.domain.cancel import Cancelled

    path = _file(tmp_path, n=1200)
    preview = build_preview(read_layout(path), path)
    before = [(r.data.counterparty_ids, r.data.deciding_body_id) for r in preview.rows]
    asked: list[int] = []

    def cancel_at_the_second_look() -> bool:
        asked.append(1)
        return len(asked) > 1  # rows 0-999 were written when it is asked again

    with pytest.raises(Cancelled):
        imports.apply_import(preview, cancelled=cancel_at_the_second_look)
    assert len(asked) == 2
    assert reg.count(RegisterFilter(include_archived=True)) == 0
    assert [(r.data.counterparty_ids, r.data.deciding_body_id) for r in preview.rows] == before

    counts = imports.apply_import(preview)
    assert counts["created"] == 1200 and counts["new_counterparties"] == 50
    for i in (0, 999, 1000, 1199):
        (hit,) = reg.query_ids(RegisterFilter(search=f"unikord{i}x"))
        entry = entries.get_entry(hit)
        assert [c.name for c in entry.counterparties] == [f"Stad {i % 50}"]


def test_after_a_bulk_import_a_write_from_outside_is_audited_again(register, tmp_path):
    """The audit triggers a bulk import sets aside (SQLite) are back for everyone else."""
    if context.is_postgres():
        pytest.skip("PostgreSQL audits on the server; no trigger is set aside there")
    path = _file(tmp_path)
    imports.apply_import(build_preview(read_layout(path), path))
    first = reg.query_ids(RegisterFilter())[0]
    outside = sqlite3.connect(database_proxy.obj.database)
    try:
        with outside:
            outside.execute("INSERT INTO entry_counterparty (entry_id, counterparty_id, position) "
                            "SELECT ?, id, 9 FROM counterparty WHERE id NOT IN (SELECT counterparty_id "
                            "FROM entry_counterparty WHERE entry_id = ?) LIMIT 1",
                            (first, first))  # fmt: skip
            outside.execute("INSERT INTO entry (kind, title, scope, version, created_at, "
                            "created_by, updated_at, updated_by) VALUES ('membership', "
                            "'Inlagd utifrån', 'city_wide', 1, '2026-01-01', 'x', "
                            "'2026-01-01', 'x')")  # fmt: skip
    finally:
        outside.close()
    rows = database_proxy.execute_sql(
        "SELECT object_type, action FROM audit_event WHERE source = 'server'"
    ).fetchall()
    assert sorted(rows) == [("entry", "create"), ("entry_counterparty", "create")]


def test_an_import_runs_without_the_cyclic_collector(register, tmp_path, monkeypatch):
    """Reading, checking and writing 100,000 rows, its full passes took 10 % of the
    import (services.collector); it is on again afterwards."""
    import gc

    import desktop_app.importers.preview as preview_module

    seen: list[tuple[str, bool]] = []
    parse = preview_module._parse_into
    prepared = imports._prepared_values

    def parse_into(*args, **kwargs):
        seen.append(("preview", gc.isenabled()))
        return parse(*args, **kwargs)

    def prepared_values(*args, **kwargs):
        seen.append(("apply", gc.isenabled()))
        return prepared(*args, **kwargs)

    monkeypatch.setattr(preview_module, "_parse_into", parse_into)
    monkeypatch.setattr(imports, "_prepared_values", prepared_values)
    path = _file(tmp_path, n=20)
    was = gc.isenabled()
    gc.enable()  # as outside the window's start
    try:
        preview = build_preview(read_layout(path), path)
        imports.apply_import(preview)
        assert gc.isenabled()
    finally:
        gc.enable() if was else gc.disable()
    assert {step for step, _ in seen} == {"preview", "apply"}
    assert not any(enabled for _, enabled in seen)
