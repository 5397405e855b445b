"""Figure 5: importing a register workbook of N rows into a fresh register.

The workbook is our own export of the synthetic register (made once, untimed,
and cached under build/bench/), so every column is a real register column
with Swedish labels, body names and counterparties to resolve.
Ours: ``importers.preview.read_layout`` (python-calamine read, header
detection, mapping), ``build_preview`` (parse, match, validate every row
with the domain rules) and ``services.imports.apply_import`` (one
transaction, audit rows, search text, FTS), into a freshly created register.
Baseline: python-calamine reading the same sheet and one raw ``executemany``
inserting the same rows' cells (as read, mapped by header, no checks) into
the entry table of a freshly created register.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
from pathlib import Path

from . import synthetic
from .figures import Context, Figure, missing, timed

TARGET_RATIO = 3.0
NAME = "import a register workbook"

# Swedish header of our export -> entry column the baseline writes it to.
RAW_COLUMNS = {
    "Diarienummer": "case_number",
    "Titel": "title",
    "Avtalstyp": "kind",
    "Motpart": "counterparty_names",
    "Omfattning": "scope",
    "Beslutsdatum": "decision_date",
    "Kontaktperson": "contact_person",
    "Ömsesidig nytta": "mutual_benefit",
    "Startdatum": "start_date",
    "Slutdatum": "end_date",
    "Omprövningsintervall (år)": "review_interval_months",
    "Senaste omprövning": "last_review_date",
    "Nästa omprövning": "next_review_date",
    "Årskostnad": "annual_cost",
    "Valuta": "currency",
    "Betalas av": "cost_payer",
    "Status": "status",
    "Anteckningar": "notes",
    "Dokument": "document_links",
}


def source_workbook(ctx: Context, n: int) -> Path:
    """Our export of the first ``n`` synthetic entries, cached next to the register."""
    path = Path(ctx.path).with_name(f"{Path(ctx.path).stem}-export{n}.xlsx")
    if not path.exists():
        from desktop_app.services.session import close_register

        from .bench_export import _ours
        from .view import open_register

        open_register(ctx.path)
        _ours(path, n, ctx.n)
        close_register()
    return path


def _fresh(folder: Path, name: str) -> Path:
    from desktop_app.services.session import close_register, open_register

    path = folder / f"{name}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    open_register(str(path))  # schema, triggers and seed, as a new register gets
    close_register()
    return path


def _ours(source: Path, target: Path) -> dict:
    from desktop_app.importers.preview import build_preview, read_layout
    from desktop_app.services.imports import apply_import
    from desktop_app.services.session import close_register, open_register

    open_register(str(target), create=False)
    try:
        layout = read_layout(source)
        preview = build_preview(layout, source)
        return apply_import(preview)
    finally:
        close_register()


def _baseline(source: Path, target: Path) -> int:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(source))
    rows = book.get_sheet_by_index(0).to_python()
    header = rows[0]
    picked = [(i, RAW_COLUMNS[h]) for i, h in enumerate(header) if h in RAW_COLUMNS]
    sql = (
        f"INSERT INTO entry ({', '.join(c for _, c in picked)}) "
        f"VALUES ({', '.join('?' for _ in picked)})"
    )
    conn = sqlite3.connect(str(target), isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(sql, ([row[i] for i, _ in picked] for row in rows[1:]))
        conn.execute("COMMIT")
    finally:
        conn.close()
    return len(rows) - 1


def measure(ctx: Context) -> list[Figure]:
    try:
        from desktop_app.importers.preview import build_preview  # noqa: F401
        from desktop_app.services.imports import apply_import  # noqa: F401
    except ImportError as exc:
        return [missing(NAME, f"the importer is not there yet ({exc})", TARGET_RATIO)]
    n = min(ctx.heavy_n, ctx.n)
    source = source_workbook(ctx, n)
    ours: list[float] = []
    base: list[float] = []
    with tempfile.TemporaryDirectory(dir=synthetic.CACHE_DIR) as tmp:
        folder = Path(tmp)
        for i in range(ctx.heavy_repeat):
            a, b = _fresh(folder, f"ours{i}"), _fresh(folder, f"base{i}")
            counts: dict = {}
            ours.append(timed(lambda a=a, c=counts: c.update(_ours(source, a))))
            assert counts.get("created") == n, counts
            base.append(timed(lambda b=b: _baseline(source, b)))
            with sqlite3.connect(str(a)) as check:
                assert check.execute("SELECT count(*) FROM entry").fetchone()[0] == n
    figure = Figure(
        f"import a {n}-row register workbook",
        statistics.median(ours),
        statistics.median(base),
        target_ratio=TARGET_RATIO,
        note=f"{source.stat().st_size >> 20} MB xlsx; read, map, validate, insert",
    )
    return [figure]
