"""Figures of the latest reliability run, written for README's reliability section.

Tests add to ``FIGURES``; ``conftest.pytest_terminal_summary`` prints them
and writes ``build/reliability.json`` (beside the checkout's pyproject.toml).
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

FIGURES: Counter[str] = Counter()

LABELS = {
    "crash_kills": "processes killed (SIGKILL) before their transaction committed",
    "crash_intact": "of those, databases found intact with nothing of the transaction",
    "crash_kills_after_commit": "kills that came after the commit (not counted above)",
    "crash_kills_missed": "kills of a worker that had finished (not counted above)",
    "export_kills": "the program's exports killed before the file was replaced",
    "export_intact": "of those, the earlier file found intact",
    "export_leftovers_swept": "temporary files killed exports left beside the target, "
    "each removed by the next export",
    "export_sheet_files_swept": "openpyxl sheet files (register data) killed exports left in "
    "the user's folder, each removed by the next start or export; none in the system's temp folder",
    "sqlite_shell_changes_audited": "changes made with the sqlite3 shell, audited by the "
    "triggers and shown in the History",
    "conflicts_provoked": "two-process edit conflicts provoked",
    "conflicts_caught": "conflicts reported with who and when, nothing lost",
    "permission_refusals": "writes refused by the server for a lacking role",
    "migrations_tested": "fixture databases migrated from their released schema to the current",
    "migration_runner_steps": "test migration steps run on fixtures (one failing, undone)",
    "hypothesis_rule_examples": "random entries checked by the rules",
    "hypothesis_service_examples": "random entries sent through the services",
    "hypothesis_service_saved": "of which saved and read back equal",
    "hypothesis_service_refused": "of which refused with a message, nothing written",
    "fuzz_cases": "mutated registers fed to the importer",
    "fuzz_crashes": "importer crashes (must be 0)",
    "fuzz_refused": "of which refused with a clear message",
    "fuzz_previewed": "of which previewed consistently",
    "broken_file_messages": "broken-file cases answered with a clear message",
    "documents_recorded": "documents made by the program's writers, each with its audit row "
    "(both backends)",
    "documents_recorded_by_reader": "of kinds made by a PostgreSQL reader role, recorded "
    "through the audit function (no INSERT right)",
    "documents_refused_unrecorded": "documents refused while another user held the register "
    "(no file, no .part, 'skrevs inte')",
}
for _backend in ("sqlite", "postgres"):
    LABELS |= {
        f"concurrent_{what}_rounds_{_backend}": f"{label} ({_backend}): one saved, one told who/when"
        for what, label in (
            ("theme", "rounds of two registrars saving one theme"),
            ("counterparty", "rounds of two registrars saving one counterparty"),
            ("body", "rounds of two registrars saving one decision body"),
            ("entry", "rounds of two registrars saving one entry and its links"),
        )
    }
    LABELS[f"concurrent_case_number_rounds_{_backend}"] = (
        f"rounds of three registrars creating one case number ({_backend}): one stored"
    )
    LABELS[f"concurrent_case_number_refused_{_backend}"] = (
        f"of those creates refused with the service's message ({_backend})"
    )


def record(key: str, count: int = 1) -> None:
    FIGURES[key] += count


def write(root: Path) -> Path | None:
    if not FIGURES:
        return None
    out = root / "build" / "reliability.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "run_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "figures": dict(sorted(FIGURES.items())),
        "labels": {k: LABELS.get(k, k) for k in FIGURES},
    }
    out.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out
