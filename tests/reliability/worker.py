"""A separate process for the reliability tests: edits, bulk writes, exports.

Run as ``python worker.py MODE DATABASE ARGS...`` (a real process, so that a
test can race two of them or SIGKILL one mid-write). Prints ``ready`` once the
register is open and the timed part begins, then one JSON line with the
result. Modes:

* ``edit DB ENTRY_ID NOTES BARRIER_DIR NAME``: read the entry, wait until
  every worker named in BARRIER_DIR/expected has read it, then save NOTES.
* ``bulk DB MARKER``: in ONE write transaction, update_entry every live entry
  setting notes to MARKER (the registrar's "change many" in one go).
* ``realimport DB XLSX``: preview XLSX with the real importer, then (timed)
  apply it: services.imports.apply_import, one transaction.
* ``export TARGET ROWS``: write an .xlsx of ROWS rows through atomic_target.
* ``productexport DB TARGET``: the program's own register export to TARGET.
* ``fuzz DB SEED START STOP OUT BASES...``: import-preview mutated copies.
* ``open DB GO``: open (create) the register the moment the file GO exists.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def _ready() -> None:
    print("ready", flush=True)


def _done(**result: object) -> None:
    print(json.dumps(result, default=str), flush=True)


def edit(db: str, entry_id: str, notes: str, barrier: str, name: str) -> None:
    from desktop_app.services import entries
    from desktop_app.services.errors import ConflictError
    from desktop_app.services.session import open_register

    open_register(db, create=False)
    record = entries.get_entry(int(entry_id))
    folder = Path(barrier)
    (folder / f"{name}.read").write_text(str(record.version))
    expected = (folder / "expected").read_text().split()
    deadline = time.monotonic() + 30
    while not all((folder / f"{other}.read").exists() for other in expected):
        if time.monotonic() > deadline:
            _done(error="barrier timeout")
            return
        time.sleep(0.002)
    _ready()
    data = record.data
    data.notes = notes
    try:
        saved = entries.update_entry(record.id, data, record.version)
    except ConflictError as exc:
        _done(
            outcome="conflict",
            read_version=record.version,
            changed_by=exc.changed_by,
            changed_at=exc.changed_at,
            current_version=exc.current_version,
            message=exc.user_message,
            kept_edit=data.notes,
        )
        return
    _done(outcome="saved", read_version=record.version, version=saved.version)


def open_new(db: str, go: str) -> None:
    """Open (create) the register at DB the moment GO exists, as the program does at
    its start: a StoreError is the user's message; anything else is a traceback."""
    from desktop_app.services.session import open_register
    from desktop_app.store.errors import StoreError
    from desktop_app.store.models import DecisionBody, Theme

    _ready()
    deadline = time.monotonic() + 120
    while not Path(go).exists():
        if time.monotonic() > deadline:
            _done(outcome="barrier timeout")
            return
        time.sleep(0.005)
    try:
        info = open_register(db)
    except StoreError as exc:
        _done(outcome="message", error=type(exc).__name__, message=exc.user_message)
        return
    _done(
        outcome="created" if info.created else "opened",
        bodies=DecisionBody.select().count(),
        themes=Theme.select().count(),
    )


def bulk(db: str, marker: str) -> None:
    from desktop_app.services import entries
    from desktop_app.services.context import write_transaction
    from desktop_app.services.session import open_register
    from desktop_app.store.models import Entry

    open_register(db, create=False)
    ids = [r[0] for r in Entry.select(Entry.id).order_by(Entry.id).tuples()]
    _ready()
    with write_transaction():
        for entry_id in ids:
            record = entries.get_entry(entry_id)
            data = record.data
            data.notes = marker
            entries.update_entry(entry_id, data, record.version)
    _done(updated=len(ids))


def export(target: str, rows: str) -> None:
    import openpyxl

    from desktop_app.exports.atomic import atomic_target

    _ready()
    with atomic_target(target) as tmp:
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("Register")
        sheet.append(["Diarienummer", "Titel", "Anteckning"])
        for n in range(int(rows)):
            sheet.append([f"KS 2026/{n}", f"Post {n} med å, ä och ö", "x" * 40])
        book.save(tmp)
    _done(rows=int(rows))


def productexport(db: str, target: str) -> None:
    """The program's own Excel export of the whole register (``export_register``)."""
    from desktop_app.exports.excel_register import export_register
    from desktop_app.services.session import open_register

    open_register(db, create=False)
    _ready()
    result = export_register(target)
    _done(rows=result.count)


def realimport(db: str, path: str) -> None:
    from desktop_app.importers.preview import build_preview, read_layout
    from desktop_app.services.imports import apply_import
    from desktop_app.services.session import open_register

    open_register(db, create=False)
    layout = read_layout(path)
    preview = build_preview(layout, path)
    assert preview.can_apply, preview.counts()
    _ready()
    counts = apply_import(preview)
    _done(**counts)


def fuzz(db: str, seed: str, start: str, stop: str, out: str, *bases: str) -> None:
    """Import-preview mutated copies of ``bases``; one JSON line per case."""
    import random

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from desktop_app.importers.preview import build_preview, read_layout
    from desktop_app.services.session import open_register
    from desktop_app.store.errors import StoreError
    from desktop_app.store.models import AuditEvent, Entry
    from tests.reliability.mutations import MUTATIONS

    open_register(db, create=False)
    originals = [Path(b).read_bytes() for b in bases]
    before = (Entry.select().count(), AuditEvent.select().count())
    for case in range(int(start), int(stop)):
        rng = random.Random(f"{seed}:{case}")
        mutation = rng.choice(MUTATIONS)
        print(json.dumps({"start": case, "mutation": mutation.__name__}), flush=True)
        path = Path(out) / f"fuzz-{case}.xlsx"
        path.write_bytes(mutation(rng.choice(originals), rng))
        result = {"case": case, "mutation": mutation.__name__, "detail": ""}
        try:
            preview = build_preview(read_layout(path), path)
        except StoreError as exc:
            ok = bool(exc.user_message and exc.user_message_en)
            result |= {"outcome": "refused" if ok else "bad-refusal", "detail": str(exc)[:200]}
        except Exception as exc:  # noqa: BLE001 - what the fuzz run looks for
            result |= {"outcome": "crash", "detail": f"{type(exc).__name__}: {exc}"[:300]}
        else:
            statuses = {r.status for r in preview.rows}
            sound = (
                statuses <= {"new", "update", "unchanged", "duplicate", "error"}
                and all(r.reason() for r in preview.rows if r.rejected)
                and sum(preview.counts().values()) == len(preview.rows)
            )
            result |= {"outcome": "previewed" if sound else "bad-preview"}
        if (Entry.select().count(), AuditEvent.select().count()) != before:
            result |= {"outcome": "wrote", "detail": "the register changed"}
        path.unlink()
        print(json.dumps(result), flush=True)


MODES = {
    "open": open_new,
    "fuzz": fuzz,
    "edit": edit,
    "bulk": bulk,
    "realimport": realimport,
    "export": export,
    "productexport": productexport,
}

if __name__ == "__main__":
    MODES[sys.argv[1]](*sys.argv[2:])
