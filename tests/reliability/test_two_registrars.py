"""Two registrars in two processes save the same entry (issue 6).

Both read version v, wait for each other, then save different notes: exactly
one wins; the other gets ConflictError naming who saved and when, and still
holds its own edit (the editor keeps it for the registrar to redo). The row
has the winner's text and the audit trail one update. On both backends.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop_app.domain.entry import EntryData
from desktop_app.domain.kinds import Kind
from desktop_app.services import audit, entries

from . import figures, procs

ROUNDS = 3


def test_second_save_reports_who_and_when_and_nothing_is_lost(
    register, database_url: str, tmp_path: Path
) -> None:
    record = entries.create_entry(EntryData(kind=Kind.MEMBERSHIP, title="Medlemskap i POLIS"))
    for round_no in range(ROUNDS):
        barrier = tmp_path / f"round{round_no}"
        barrier.mkdir()
        (barrier / "expected").write_text("anna bertil")
        before = entries.get_entry(record.id)
        audit_before = {e.id for e in audit.list_events(entry_id=record.id)}
        edits = {name: f"{name}s anteckning, runda {round_no}" for name in ("anna", "bertil")}
        workers = {
            name: procs.start(
                "edit", database_url, record.id, edits[name], barrier, name, user=name
            )
            for name in edits
        }
        results = {name: procs.result(proc) for name, proc in workers.items()}
        figures.record("conflicts_provoked")
        outcomes = sorted(r["outcome"] for r in results.values())
        assert outcomes == ["conflict", "saved"], results
        winner = next(n for n, r in results.items() if r["outcome"] == "saved")
        loser = next(n for n, r in results.items() if r["outcome"] == "conflict")
        lost = results[loser]
        assert {r["read_version"] for r in results.values()} == {before.version}
        assert lost["changed_by"] == winner
        assert datetime.fromisoformat(lost["changed_at"]) >= before.updated_at
        assert lost["current_version"] == before.version + 1
        assert winner in lost["message"] and lost["message"].count(":") >= 1
        assert lost["kept_edit"] == edits[loser]  # the loser's edit is still in hand
        after = entries.get_entry(record.id)
        assert after.data.notes == edits[winner]
        assert after.version == before.version + 1
        assert after.updated_by == winner
        new_events = [e for e in audit.list_events(entry_id=record.id) if e.id not in audit_before]
        assert [(e.action, e.field, e.os_user) for e in new_events] == [("update", "notes", winner)]
        assert new_events[0].new_value == edits[winner]
        figures.record("conflicts_caught")
        record = after
