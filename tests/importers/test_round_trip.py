"""Export the demo register, import it into an empty register: identical entries."""

from __future__ import annotations

from dataclasses import fields

from desktop_app.domain.entry import EntryData
from desktop_app.exports.excel_register import export_register
from desktop_app.importers.preview import build_preview, read_layout
from desktop_app.services import catalog, entries
from desktop_app.services import register as reg
from desktop_app.services.demo import build_demo
from desktop_app.services.imports import apply_import
from desktop_app.services.register import RegisterFilter
from desktop_app.services.session import close_register, open_register


def _comparable(data: EntryData, counterparties) -> dict:
    bodies = {b.id: b.name_sv for b in catalog.list_bodies()}
    themes = {t.id: t.name_sv for t in catalog.list_themes()}
    out = {}
    for f in fields(EntryData):
        if f.name in ("reviews", "terminated_date", "terminated_by_id"):
            continue  # the decision history is not a register column (as before)
        value = getattr(data, f.name)
        if f.name in ("deciding_body_id", "responsible_body_id", "cost_payer_body_id"):
            value = bodies.get(value)
        elif f.name == "theme_id":
            value = themes.get(value)
        elif f.name == "counterparty_ids":
            value = [(c.name, c.country) for c in counterparties]
        out[f.name] = value
    return out


def _snapshot() -> dict[str, dict]:
    result = {}
    for entry_id in reg.query_ids(RegisterFilter()):
        rec = entries.get_entry(entry_id)
        result[rec.data.case_number] = _comparable(rec.data, rec.counterparties)
    return result


def test_demo_round_trip(database_url, tmp_path):
    source = tmp_path / "source.sqlite3"
    open_register(str(source))
    build_demo()
    before = _snapshot()
    out = tmp_path / "demo.xlsx"
    export_register(out)
    close_register()
    open_register(database_url)  # an empty register on each backend
    try:
        preview = build_preview(read_layout(out), out)
        assert preview.can_apply, [(r.row_no, r.reason()) for r in preview.rejected]
        assert preview.counts()["new"] == len(before)
        apply_import(preview)
        after = _snapshot()
    finally:
        close_register()
    assert after.keys() == before.keys()
    for case in before:
        assert after[case] == before[case], case
