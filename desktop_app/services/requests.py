"""A request for public documents (begäran om allmän handling): what is handed out.

The register and its history are official records (R10). A request is
answered with the entry and its history: every version (the audit trail's
events, each with who and when), its reviews, its termination and the
documents made from it. What a secrecy assessment marks
(``services.secrecy``) is masked, and the decision says so: *lämnas ut* or
*lämnas ut med maskering*. The request itself, with its case number, the
decision and the files made, is recorded in the audit trail (action
``request``): one row per entry, or one for the whole register.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from desktop_app.store.models import Entry

from . import audit, secrecy
from .context import write_transaction
from .entry_reads import COLUMN_FIELDS, EntryRecord, ReviewRecord, get_entry, list_reviews
from .errors import ServiceError
from .overview import HistoryFilter, HistoryRow, history_page, reference_names

DISCLOSE = "disclose"  # lämnas ut
DISCLOSE_MASKED = "disclose_masked"  # lämnas ut med maskering
DECISIONS = {
    DISCLOSE: ("lämnas ut", "disclosed"),
    DISCLOSE_MASKED: ("lämnas ut med maskering", "disclosed with masking"),
}
MASKED_SV, MASKED_EN = "[maskerad]", "[masked]"

# The facts of an entry, in the order the form shows them, as the trail names them.
FACT_FIELDS = (*COLUMN_FIELDS, "counterparties", "document_links")
# Fields an entry-wide mark leaves visible: the case number says which record it is.
ALWAYS_SHOWN = ("case_number",)


def decision_label(decision: str, lang: str = "sv") -> str:
    sv, en = DECISIONS[decision]
    return en if lang == "en" else sv


@dataclass
class Dossier:
    """One entry as handed out: its facts, reviews and trail, and what is masked."""

    entry: EntryRecord
    reviews: list[ReviewRecord]
    trail: list[HistoryRow]  # oldest first
    marks: list[secrecy.Mark] = field(default_factory=list)

    @property
    def masked_fields(self) -> set[str]:
        return {m.field for m in self.marks}

    @property
    def whole_entry(self) -> bool:
        return any(m.whole_entry for m in self.marks)

    def is_masked(self, name: str) -> bool:
        """Is this field (as the trail names it) masked? ``""``: the event's details."""
        if name in ALWAYS_SHOWN:
            return False
        if self.whole_entry:
            return True
        if name == "terminated_by":
            return False
        return name in self.masked_fields

    def facts(self) -> list[tuple[str, str | None]]:
        """(field, stored text) of every fact, as the trail stores values."""
        data = self.entry.data
        result: list[tuple[str, str | None]] = []
        for name in FACT_FIELDS:
            if name == "counterparties":
                value = "; ".join(c.name for c in self.entry.counterparties)
            else:
                value = getattr(data, name)
            result.append((name, audit.audit_text(value)))
        result += [
            ("next_review_date", audit.audit_text(self.entry.next_review_date)),
            ("terminated_date", audit.audit_text(self.entry.terminated_date)),
            ("termination_reason", audit.audit_text(self.entry.termination_reason)),
            ("terminated_by", audit.audit_text(self.entry.terminated_by_id)),
            ("archived", audit.audit_text(self.entry.archived)),
        ]
        return result

    @property
    def documents(self) -> list[HistoryRow]:
        """The documents made from the entry (memos, exports), with who and when."""
        return [r for r in self.trail if r.action == "document"]

    @property
    def provisions(self) -> list[str]:
        return sorted({m.provision for m in self.marks})


def all_entry_ids() -> list[int]:
    """Every entry, archived ones too: all are official records."""
    return [r[0] for r in Entry.select(Entry.id).order_by(Entry.id).tuples()]


def _trail(entry_id: int) -> list[HistoryRow]:
    rows: list[HistoryRow] = []
    f = HistoryFilter(entry_ids=(entry_id,), newest_first=False)
    while True:
        page = history_page(f, limit=2000, offset=len(rows))
        rows += page
        if len(page) < 2000:
            return rows


def dossiers(entry_ids: Sequence[int]) -> Iterator[Dossier]:
    """The entries' dossiers in the given order, the marks read a chunk at a time."""
    for start in range(0, len(entry_ids), 200):
        chunk = list(entry_ids[start : start + 200])
        marks = secrecy.active_marks(chunk)
        for entry_id in chunk:
            yield Dossier(
                get_entry(entry_id),
                list_reviews(entry_id),
                _trail(entry_id),
                marks.get(entry_id, []),
            )


def names() -> dict[str, dict[int, str]]:
    """Names for id-valued fields (the History page's)."""
    return reference_names()


def decide(entry_ids: Sequence[int], wanted: str | None = None) -> str:
    """The decision a request gets: with masking when anything handed out is marked.

    A registrar cannot hand out marked information by choosing "lämnas ut":
    the mark must be removed first (an assessment of its own, audited).
    """
    marked = secrecy.marked_entry_ids() & set(entry_ids)
    needed = DISCLOSE_MASKED if marked else DISCLOSE
    if wanted is None or wanted == needed:
        return needed
    if wanted not in DECISIONS:
        raise ServiceError(f"Okänt beslut: {wanted}.", f"Unknown decision: {wanted}.")
    if wanted == DISCLOSE and marked:
        raise ServiceError(
            f"{len(marked)} av posterna har sekretessmarkerade uppgifter: beslutet blir "
            "”lämnas ut med maskering”. Ta bort markeringen först om uppgifterna ska lämnas ut.",
            f"{len(marked)} of the entries have information marked for secrecy: the decision "
            "is 'disclosed with masking'. Remove the mark first to disclose it.",
        )
    return wanted  # masking asked for though nothing is marked: the registrar's call


def check_case_number(case_number: str) -> str:
    case_number = case_number.strip()
    if not case_number:
        raise ServiceError("Ange begärans diarienummer.", "Give the request's case number.")
    return case_number


def record_request(
    case_number: str,
    decision: str,
    entry_ids: Sequence[int],
    files: Sequence[str],
    *,
    whole_register: bool = False,
    masked: dict[int, list[str]] | None = None,
) -> None:
    """R10: the request, its decision and what was handed out, in the audit trail."""
    case_number = check_case_number(case_number)
    masked = masked or {}
    common = {
        "case_number": case_number,
        "decision": decision_label(decision, "sv"),  # the decision's own words
        "file": "; ".join(files),
    }
    with write_transaction():
        if whole_register:
            details = common | {"entries": len(entry_ids), "masked": len(masked)}
            audit.record_own("request", (), details)
            return
        for entry_id in entry_ids:
            details = dict(common)
            if entry_id in masked:
                details["masked"] = ", ".join(f or "*" for f in masked[entry_id])
            audit.record_own("request", (entry_id,), details)
