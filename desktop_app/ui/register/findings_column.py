"""The register list's Findings column: the strategy's findings of the rows on screen.

The rules are never evaluated while painting. When the view asks for a row
whose findings are not known yet, its id joins a batch; the batch (at most a
page) is checked on the runner (``services.checks.checks_for_ids``: the rows,
their links, reviews and assessments in a few queries, about 1 ms a row), and
the summaries come back as prepared tuples: the worst open severity, the codes,
the tooltip. Only rows the user scrolls to are checked, so 100,000 entries cost
what one screen costs. A write forgets the summaries of the entries it changed.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop_app.ui.runner import Job, runner

BATCH = 200
LANE = "findings"


class Summary(NamedTuple):
    """One entry's findings as the list shows them."""

    level: str  # "error", "warning", "note", "assessed" or "" (no findings)
    codes: str  # "R2 R4" (open findings; assessed ones in the tooltip only)
    tooltip: str


def summarize(found: list, lang: str) -> Summary:
    """``CheckedFinding``s -> what the column shows."""
    open_ = [c for c in found if c.is_open]
    assessed = [c for c in found if not c.is_open]
    level = ""
    for name in ("error", "warning", "note"):
        if any(c.finding.severity.value == name for c in open_):
            level = name
            break
    if not level and assessed:
        level = "assessed"
    codes = " ".join(dict.fromkeys(c.finding.code for c in open_))
    lines = [f"{c.finding.code}: {c.finding.message(lang)}" for c in open_]
    lines += [f"{c.finding.code}: {c.assessed_text(lang)}" for c in assessed]
    return Summary(level, codes, "\n".join(lines))


def summaries_for(ids: list[int], lang: str) -> dict[int, Summary]:
    """The worker's part: check the entries, summarise each."""
    # The rules' modules when the first batch is checked, after the first screen
    # is painted (issue 19): the start itself reads rows only.
    from desktop_app.services import checks

    return {i: summarize(found, lang) for i, found in checks.checks_for_ids(ids).items()}


class FindingsCache(QObject):
    """Summaries by entry id, fetched in batches on the runner as rows are shown."""

    changed = Signal(list)  # entry ids whose summary arrived

    def __init__(self, parent: QObject | None = None, lang: str = "sv") -> None:
        super().__init__(parent)
        self.lang = lang
        self._known: dict[int, Summary] = {}
        self._pending: dict[int, None] = {}
        self._asked: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._flush)
        self.batches = 0  # batches checked (tests and the benchmark read it)

    def get(self, entry_id: int) -> Summary | None:
        """The summary, or None while it is being read (asked for now)."""
        found = self._known.get(entry_id)
        if found is None and entry_id not in self._asked:
            self._pending[entry_id] = None
            self._asked.add(entry_id)
            if not self._timer.isActive():
                self._timer.start()
        return found

    def forget(self, entry_ids=None) -> None:
        if entry_ids is None:
            self._known.clear()
            self._asked.clear()
            return
        for entry_id in entry_ids:
            self._known.pop(entry_id, None)
            self._asked.discard(entry_id)

    def _flush(self) -> None:
        ids = list(self._pending)[:BATCH]
        for entry_id in ids:
            del self._pending[entry_id]
        if not ids:
            return
        lang = self.lang
        self.batches += 1
        handle = runner().submit(
            Job(
                lambda _control: summaries_for(ids, lang),
                lane=LANE,
                parent=None,
                on_done=self._done,
                on_failed=lambda _exc, ids=ids: self.forget(ids),
            )
        )
        if handle is None:  # the runner is closed: ask again when shown next
            self.forget(ids)
        if self._pending:
            self._timer.start()

    def _done(self, found: dict[int, Summary]) -> None:
        self._known.update(found)
        self.changed.emit(list(found))


def title() -> str:
    return QCoreApplication.translate("RegisterColumns", "Findings")
