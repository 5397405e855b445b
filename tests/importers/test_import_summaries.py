"""An import stores its new entries' findings summaries from the preview's own check
(issue 19: no second check of every rule): they must be exactly what the rules give
for the entries as stored, or the register's findings filter would show the
registrar wrong findings."""

from __future__ import annotations

import openpyxl

from desktop_app.exports.excel_register import export_register
from desktop_app.importers.preview import build_preview, read_layout
from desktop_app.services import catalog, finding_summaries, imports
from desktop_app.services.demo import build_demo
from desktop_app.services.session import close_register, open_register
from desktop_app.store.models import Entry

from .builders import write_xlsx


def _ids() -> list[int]:
    return [i for (i,) in Entry.select(Entry.id).order_by(Entry.id).tuples()]


def _assert_stored_is_recomputed(ids: list[int]) -> dict:
    stored = finding_summaries.stored(ids)
    live = finding_summaries.summaries(ids)  # every rule, on the entries as stored
    assert set(stored) == set(ids)
    assert {i: stored[i] for i in ids} == {i: live[i] for i in ids}
    return stored


def _apply_reusing(preview) -> dict:
    """Apply, having checked that the summaries come from the preview's findings."""
    new = [r for r in preview.rows if r.status == "new"]
    assert new and all(r.findings_complete for r in new)
    assert imports._same_catalog(preview.rule_catalog, catalog.rule_context())  # noqa: SLF001
    return imports.apply_import(preview)


def test_summaries_from_the_preview_are_the_rules_on_a_demo_import(database_url, tmp_path):
    """The demo register exported and imported into an empty register (every kind,
    body, review state and finding the demo shows; its counterparties all new)."""
    source = tmp_path / "source.sqlite3"
    open_register(str(source))
    build_demo()
    out = tmp_path / "demo.xlsx"
    export_register(out)
    close_register()
    open_register(database_url)
    try:
        preview = build_preview(read_layout(out), out)
        counts = _apply_reusing(preview)
        ids = _ids()
        assert counts["created"] == len(ids) > 20
        stored = _assert_stored_is_recomputed(ids)
        assert any(s.errors for s in stored.values()) or any(s.warnings for s in stored.values())
        assert any(s.overdue_from for s in stored.values())
    finally:
        close_register()


def test_summaries_from_the_preview_are_the_rules_beside_the_demo(demo_register, tmp_path):
    """The demo's entries imported again under new case numbers into the demo register:
    its own bodies, themes and counterparties (with their types, which R4 reads)."""
    out = tmp_path / "demo.xlsx"
    export_register(out)
    book = openpyxl.load_workbook(out)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    column = header.index("Diarienummer") + 1
    for row in range(2, sheet.max_row + 1):
        cell = sheet.cell(row, column)
        cell.value = f"NY {row}/{cell.value or ''}"
    book.save(out)
    before = set(_ids())
    preview = build_preview(read_layout(out), out)
    counts = _apply_reusing(preview)
    added = sorted(set(_ids()) - before)
    assert len(added) == counts["created"] > 20  # the export leaves the withdrawn ones out
    stored = _assert_stored_is_recomputed(added)
    assert any(s.warnings or s.errors for s in stored.values())


def test_a_catalog_changed_after_the_preview_is_checked_again(register, tmp_path):
    """Another user renames a counterparty between the preview and the import: the
    preview's findings no longer hold (R1 reads the name), so the rules run again."""
    cp = catalog.create_counterparty("Bergen kommun", "Norge")
    rows = [["Diarienummer", "Titel", "Avtalstyp", "Beslutande organ", "Motpart"]] + [
        [f"KS 2024/{i:05d}", f"Nätverk {i}", "Medlemskap", "KF", "Bergen kommun"]
        for i in range(600)
    ]
    path = write_xlsx(tmp_path / "fil.xlsx", rows)
    preview = build_preview(read_layout(path), path)
    assert not any(f.code == "R1" for r in preview.rows for f in r.findings)
    catalog.update_counterparty(cp.id, "Vänort Bergen", "Norge", cp.type, True, cp.version)
    assert not imports._same_catalog(preview.rule_catalog, catalog.rule_context())  # noqa: SLF001
    imports.apply_import(preview)
    stored = _assert_stored_is_recomputed(_ids())
    assert all("R1" in s.warnings.split() for s in stored.values())
