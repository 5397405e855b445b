"""How fast the register view answers at 100,000 entries (issue 3: no visible stall).

Builds (or reuses) a SQLite register with N entries of realistic Swedish
text, then times what the UI does: opening (query ids + first screen of
rows), each keystroke of a search (model reset + count + first screen),
and a header click (sort). Prints medians in milliseconds.

    python benchmarks/register_view.py [--entries 100000] [--db /tmp/bench100k.sqlite3]

The rows go in with ``insert_many`` straight into the entry table (the
services' per-entry audit is not what is measured here), the FTS index is
rebuilt once and ``ANALYZE`` run, as after a big import.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = [
    "samarbete om trafiksäkerhet",
    "klimat och miljö",
    "smarta städer",
    "kultur",
    "utbildning",
    "energi",
    "social hållbarhet",
    "digitalisering",
    "säkerhet och beredskap",
    "stadsplanering",
    "kollektivtrafik",
    "cykel",
    "logistik",
    "vatten",
    "avfall",
    "integration",
    "näringsliv",
    "turism",
]
CITIES = [
    "Łódź",
    "Kraków",
    "Köln",
    "Barcelona",
    "Madrid",
    "Turku",
    "Tallinn",
    "Helsingfors",
    "Oslo",
    "Köpenhamn",
    "Riga",
    "Wien",
    "Göteborg",
    "Malmö",
    "Bremen",
    "Hamburg",
    "Gdańsk",
    "Vilnius",
    "Reykjavík",
    "Amsterdam",
    "Rotterdam",
    "Lyon",
    "Porto",
]
NETWORKS = (
    "Eurocities",
    "ICLEI – Local Governments for Sustainability",
    "Union of the Baltic Cities (UBC)",
    "POLIS – Cities and Regions for Transport Innovation",
    "C40 Cities",
    "Covenant of Mayors for Climate & Energy",
    "Stockholmsregionens Europaförening (SEF)",
    "GrowSmarter (Horisont 2020)",
    "Eccentric (CIVITAS)",
)
NOTES = (
    "Avtalet följs upp årligen av förvaltningen. Kostnaden ryms inom ordinarie budget. "
    "Kontaktperson utses av nämnden och rapporterar till internationella beredningen. "
    "Erfarenhetsutbyte om {w} med studiebesök och gemensamma workshops under perioden."
)


def build(path: Path, n: int, seed: int = 7) -> None:
    from desktop_app.domain.prepared import entry_prepared
    from desktop_app.services.context import described_by_program
    from desktop_app.services.session import analyze, open_register
    from desktop_app.store.models import DecisionBody, Entry, Theme, database_proxy

    open_register(str(path))
    rnd = random.Random(seed)
    bodies = [b.id for b in DecisionBody.select(DecisionBody.id)]
    themes = list(Theme.select(Theme.id, Theme.name_sv).tuples())
    kinds = ("cooperation", "letter_of_intent", "membership")
    today = date.today()
    started = time.perf_counter()
    batch: list[dict] = []
    db = database_proxy.obj
    for i in range(n):
        kind = kinds[i % 3]
        word = rnd.choice(WORDS)
        cps = [rnd.choice(CITIES)] if kind == "cooperation" else [rnd.choice(NETWORKS)]
        if rnd.random() < 0.2:
            cps.append(rnd.choice(CITIES))
        theme_id, theme_name = rnd.choice(themes)
        title = (
            f"Samarbete med {cps[0]} om {word}"
            if kind == "cooperation"
            else f"{'Medlemskap i' if kind == 'membership' else 'Avsiktsförklaring med'} "
            f"{cps[0]} om {word}"
        )
        case = f"{rnd.choice(('KS', 'TN', 'UN', 'SBR', 'MN'))} {rnd.randint(2005, 2026)}/{i:05d}"
        notes = NOTES.format(w=word)
        start = today - timedelta(days=rnd.randint(0, 5000))
        nxt = start + timedelta(days=rnd.randint(300, 3000))
        batch.append(
            {
                "kind": kind,
                "case_number": case,
                "title": title,
                "scope": "operation_specific" if i % 4 else "city_wide",
                "deciding_body": rnd.choice(bodies),
                "decision_date": start - timedelta(days=30),
                "responsible_body": rnd.choice(bodies),
                "contact_person": (contact := rnd.choice(("Anna Lind", "Erik Berg", "Sara Öberg"))),
                "theme": theme_id,
                "directions": rnd.randint(1, 15),
                "start_date": start,
                "end_date": start + timedelta(days=1460) if kind == "cooperation" else None,
                "review_interval_months": None if kind == "cooperation" else 48,
                "next_review_date": None if kind == "cooperation" else nxt,
                "annual_cost": rnd.choice((None, 0, 12500, 45000, 250000)),
                "status": "terminated" if rnd.random() < 0.05 else "active",
                "archived": rnd.random() < 0.03,
                "notes": notes,
                **entry_prepared(case, title, cps, theme_name, notes, contact),
                "created_by": "bench",
                "updated_by": "bench",
            }
        )
        if len(batch) == 2000:
            with db.atomic(), described_by_program():  # no one's change: not audited
                Entry.insert_many(batch).execute()
            batch.clear()
    if batch:
        with db.atomic(), described_by_program():
            Entry.insert_many(batch).execute()
    db.execute_sql("INSERT INTO entry_fts(entry_fts) VALUES('rebuild')")
    analyze()
    print(f"built {n} entries in {time.perf_counter() - started:.1f} s -> {path}")


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def measure(path: Path, repeats: int = 5) -> None:
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QTableView

    from desktop_app.services import register as reg
    from desktop_app.services.register import RegisterFilter
    from desktop_app.services.session import open_register
    from desktop_app.ui.app import make_application
    from desktop_app.ui.register.columns import MODEL_COLUMNS
    from desktop_app.ui.register.model import RegisterTableModel
    from desktop_app.ui.register.queries import query_register
    from desktop_app.ui.runner import Job, runner

    app = make_application()
    open_register(str(path))
    print(f"register: {reg.total_count(include_archived=True)} entries")
    model = RegisterTableModel()
    view = QTableView()
    view.setModel(model)
    view.resize(1400, 700)
    view.show()
    app.processEvents()

    def screen() -> None:
        """What painting one screen costs: every visible cell's text and colour."""
        for r in range(min(30, model.rowCount())):
            for c in range(len(MODEL_COLUMNS)):
                index = model.index(r, c)
                model.data(index)
                model.data(index, 8)  # BackgroundRole

    def timed(fn) -> list[float]:
        out = []
        for _ in range(repeats):
            model._cache.clear()
            t = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t)
        return out

    # --- synchronous: query + reset + first screen on the calling thread -------------
    def open_() -> None:
        model.set_filter(RegisterFilter())
        screen()

    results = {"open: ids + first screen (sync)": timed(open_)}
    terms = ("euro", "s", "stock", "łódź", "smart city", "kö", "samarbete")
    for term in terms:
        typed = [term[: i + 1] for i in range(len(term))]

        def keystrokes(typed=typed) -> None:
            for prefix in typed:
                model.set_filter(RegisterFilter(search=prefix))
                screen()

        per_key = [s / len(typed) for s in timed(keystrokes)]
        results[f"sync  keystroke {term!r} ({model.rowCount()} hits at end)"] = per_key

    # --- as the view does it: the query on the worker, the UI thread only applies ---
    ui_time: list[float] = []

    def apply(result) -> None:
        f, ids, rows, _complete, _lead = result
        t = time.perf_counter()
        model.apply_result(f, ids, rows)
        screen()
        ui_time.append(time.perf_counter() - t)

    loop = QEventLoop()
    runner().busy_changed.connect(lambda busy: None if busy else loop.quit())
    for term in terms:
        typed = [term[: i + 1] for i in range(len(term))]
        latency: list[float] = []
        ui_time.clear()
        for _ in range(repeats):
            for prefix in typed:
                t = time.perf_counter()
                f = RegisterFilter(search=prefix)
                runner().submit(
                    Job(
                        lambda _c, f=f: query_register(f, model.today()),
                        lane="register",
                        latest_only=True,
                        on_done=apply,
                    )
                )
                if runner().is_busy():  # wait in Qt's event loop, as the idle UI thread does
                    loop.exec()
                app.processEvents()
                latency.append(time.perf_counter() - t)
        results[f"async keystroke {term!r}: UI-thread time"] = list(ui_time)
        results[f"async keystroke {term!r}: result on screen after"] = latency

    for key in ("title", "counterparties", "deciding_body", "theme", "next_review_date"):
        col = model.column_index(key)
        samples = []
        for _ in range(repeats):
            model.set_filter(RegisterFilter())
            model._cache.clear()
            t = time.perf_counter()
            model.sort(col, Qt.SortOrder.DescendingOrder)
            screen()
            samples.append(time.perf_counter() - t)
        results[f"sort by {key} (desc, sync)"] = samples
    results["status overdue (sync)"] = timed(
        lambda: (model.set_filter(RegisterFilter(statuses=frozenset({"overdue"}))), screen())
    )
    for name, samples in results.items():
        print(f"{_median_ms(samples):8.1f} ms  (max {max(samples) * 1000:6.1f})  {name}")
    runner().wait_idle()
    view.close()


def measure_window(
    path: Path, terms: tuple[str, ...] = ("euro", "łódź", "s", "kö", "smart city")
) -> None:
    """The honest figure for "no visible stall": the longest time the UI thread of the
    real main window is busy (cannot repaint or echo a key) while someone types."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from desktop_app.services.session import open_register
    from desktop_app.ui.app import make_application
    from desktop_app.ui.main_window import MainWindow

    app = make_application()
    info = open_register(str(path))
    clock = QElapsedTimer()
    clock.start()
    window = MainWindow(info, persist=False)
    window.show()
    app.processEvents()
    print(f"main window built and shown with the first screen: {clock.elapsed()} ms")
    view = window.register_view
    gaps: list[int] = []
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    for term in terms:
        for i in range(len(term)):
            view.filter_bar.search.setText(term[: i + 1])
            end = clock.elapsed() + 150  # a brisk typist: a key every 150 ms
            while clock.elapsed() < end:
                app.processEvents()
                time.sleep(0.002)
        view.filter_bar.flush()  # the debounce timer may still be waiting
        while view.is_busy():
            app.processEvents()
            time.sleep(0.002)
        app.processEvents()
        print(f"  typed {term!r}: {view.model.rowCount()} rows shown")
        view.filter_bar.search.clear()
    timer.stop()
    gaps.sort()
    print(
        f"UI thread while typing: longest stall {gaps[-1]} ms, 99th percentile "
        f"{gaps[int(len(gaps) * 0.99)]} ms, median tick {statistics.median(gaps)} ms"
    )
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--db", default="/tmp/bench100k.sqlite3")
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--window-only", action="store_true", help="only the main-window test")
    args = parser.parse_args()
    path = Path(args.db)
    if args.rebuild or not path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        build(path, args.entries)
    if not args.window_only:
        measure(path, args.repeats)
    measure_window(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
