"""Excel export and import of N entries against the libraries' own cost (issue 8).

    python -m benchmarks.excel_bench [--n 100000]

Export: ``benchmarks.bench_export`` (ours vs openpyxl write-only writing the
same styled cells). Import: reading, mapping, checking and inserting the
exported workbook into an empty SQLite register (``read_layout`` +
``build_preview`` + ``apply_import``) against python-calamine reading the same
file plus a raw ``executemany`` of its rows into a table of as many columns.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from pathlib import Path

from . import synthetic
from .figures import Context


def _import_ours(xlsx: Path, db: Path) -> tuple[float, dict]:
    from desktop_app.importers.preview import build_preview, read_layout
    from desktop_app.services.imports import apply_import
    from desktop_app.services.session import close_register, open_register

    open_register(str(db))
    try:
        started = time.perf_counter()
        preview = build_preview(read_layout(xlsx), xlsx)
        if preview.rejected:
            raise SystemExit(
                f"{len(preview.rejected)} rows rejected: {preview.rejected[0].reason()}"
            )
        counts = apply_import(preview)
        return time.perf_counter() - started, counts
    finally:
        close_register()


def _import_baseline(xlsx: Path, db: Path) -> float:
    from python_calamine import CalamineWorkbook

    started = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).to_python()
    width = len(rows[0])
    conn = sqlite3.connect(db)
    cols = ", ".join(f"c{i}" for i in range(width))
    conn.execute(f"CREATE TABLE t (id INTEGER PRIMARY KEY, {cols})")
    marks = ", ".join("?" * width)
    with conn:
        conn.executemany(
            f"INSERT INTO t ({cols}) VALUES ({marks})",
            ([str(v) if hasattr(v, "year") else v for v in r] for r in rows[1:]),
        )
    conn.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    args = parser.parse_args()
    path = synthetic.ensure(args.n)
    from benchmarks import bench_export

    ctx = Context(n=args.n, repeat=1, heavy_n=args.n, heavy_repeat=1, memos=0, path=path)
    for figure in bench_export.measure(ctx):
        print(figure.line(), flush=True)
    from desktop_app.exports.excel_register import export_register
    from desktop_app.services.register import RegisterFilter
    from desktop_app.services.session import close_register, open_register

    with tempfile.TemporaryDirectory() as tmp:
        xlsx = Path(tmp) / "register.xlsx"
        open_register(str(path))
        export_register(xlsx, RegisterFilter(), record=False)
        close_register()
        ours, counts = _import_ours(xlsx, Path(tmp) / "ours.sqlite3")
        base = _import_baseline(xlsx, Path(tmp) / "base.sqlite3")
        print(
            f"import {counts['created']} rows: ours {ours:.1f} s, baseline (calamine + "
            f"executemany) {base:.1f} s, ratio {ours / base:.2f} (target <= 3)",
            flush=True,
        )


if __name__ == "__main__":
    main()
