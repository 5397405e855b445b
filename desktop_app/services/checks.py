"""The strategy's check over the whole register, streamed a chunk of entries at a time.

``avtalsregister check`` must work on a register of 300,000 entries in
bounded memory and linear time: entries are read as plain tuples (never
peewee model instances) in id order, 500 at a time with a keyset
(``id > last``), together with that chunk's counterparty links, reviews and
open assessments; each chunk is checked and yielded before the next is read.
Nothing is cached between chunks but the rule context (bodies, counterparty
and theme names: the vocabularies, not the entries).

Beside the entries: R8 (administrations and companies with entries but no
international contact person) and R9 (invitation letters that lack a
justification), each with its assessments.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from peewee import SQL, fn

from desktop_app.domain.assessments import (
    CheckedFinding,
    check_entry_assessed,
    key_fingerprint,
    match,
)
from desktop_app.domain.contacts import ContactGap, contact_gaps
from desktop_app.domain.entry import EntryData, ReviewFact
from desktop_app.domain.findings import RuleContext
from desktop_app.domain.kinds import Status
from desktop_app.domain.rules import check_entry
from desktop_app.store.models import Entry, EntryCounterparty, Review

from . import assessments, catalog
from .assessments import ORGANISATION, Subject
from .entries import _COLUMN_FIELDS

CHUNK = 500

# (EntryData field, model field) for a tuple read of everything the rules need.
_FIELD_NAMES = (*_COLUMN_FIELDS, "document_links", "terminated_date", "terminated_by_id")


def _model_field(name: str):
    attr = name[:-3] if name.endswith("_id") and hasattr(Entry, name[:-3]) else name
    return getattr(Entry, attr)


_SELECT = (Entry.id, *(_model_field(n) for n in _FIELD_NAMES))


@dataclass(frozen=True)
class EntryCheck:
    """One entry's findings (only entries with findings are yielded)."""

    entry_id: int
    case_number: str
    title: str
    findings: list[CheckedFinding]


def _data(values: Sequence, links: tuple[int, ...], reviews: tuple[ReviewFact, ...]) -> EntryData:
    named = dict(zip(_FIELD_NAMES, values, strict=True))
    named["document_links"] = tuple(
        line for line in (named["document_links"] or "").splitlines() if line.strip()
    )
    named["continued"] = bool(named["continued"])
    return EntryData(**named, counterparty_ids=links, reviews=reviews)


def _chunk_links(ids: list[int]) -> dict[int, tuple[int, ...]]:
    links: dict[int, list[int]] = {}
    query = (
        EntryCounterparty.select(EntryCounterparty.entry, EntryCounterparty.counterparty)
        .where(EntryCounterparty.entry.in_(ids))
        .order_by(EntryCounterparty.entry, EntryCounterparty.position)
        .tuples()
    )
    for entry_id, cp_id in query:
        links.setdefault(entry_id, []).append(cp_id)
    return {k: tuple(v) for k, v in links.items()}


def _chunk_reviews(ids: list[int]) -> dict[int, tuple[ReviewFact, ...]]:
    reviews: dict[int, list[ReviewFact]] = {}
    query = (
        Review.select(
            Review.entry, Review.review_date, Review.outcome, Review.deciding_body,
            Review.decision_date,
        )
        .where(Review.entry.in_(ids))
        .order_by(Review.entry, Review.review_date, Review.id)
        .tuples()
    )  # fmt: skip
    for entry_id, day, outcome, body, decided in query:
        reviews.setdefault(entry_id, []).append(ReviewFact(day, outcome, body, decided))
    return {k: tuple(v) for k, v in reviews.items()}


def iter_entry_checks(
    today: date | None = None,
    *,
    ctx: RuleContext | None = None,
    chunk: int = CHUNK,
    progress=None,
) -> Iterator[EntryCheck]:
    """Every live (not archived) entry with findings, in id order, with its assessments.

    ``progress(done)`` is called after each chunk with the entries read so far.
    """
    ctx = ctx or catalog.rule_context(today)
    last_id = 0
    done = 0
    while True:
        rows = list(
            Entry.select(*_SELECT)
            .where((Entry.archived == False) & (Entry.id > last_id))  # noqa: E712
            .order_by(Entry.id)
            .limit(chunk)
            .tuples()
        )
        if not rows:
            return
        ids = [r[0] for r in rows]
        last_id = ids[-1]
        links, reviews = _chunk_links(ids), _chunk_reviews(ids)
        held = assessments.open_for_entries(ids)
        for row in rows:
            data = _data(row[1:], links.get(row[0], ()), reviews.get(row[0], ()))
            findings = check_entry(data, ctx)
            if findings:
                checked = check_entry_assessed(data, ctx, findings, held.get(row[0], ()))
                yield EntryCheck(row[0], data.case_number, data.title, checked)
        done += len(rows)
        if progress is not None:
            progress(done)


def checks_for_ids(
    ids: Sequence[int], today: date | None = None, *, ctx: RuleContext | None = None
) -> dict[int, list[CheckedFinding]]:
    """The findings of the given entries (a screenful of the register list), with their
    assessments; entries without findings map to an empty list."""
    ctx = ctx or catalog.rule_context(today)
    result: dict[int, list[CheckedFinding]] = {i: [] for i in ids}
    for start in range(0, len(ids), CHUNK):
        part = list(ids[start : start + CHUNK])
        rows = list(Entry.select(*_SELECT).where(Entry.id.in_(part)).tuples())
        links, reviews = _chunk_links(part), _chunk_reviews(part)
        held = assessments.open_for_entries(part)
        for row in rows:
            data = _data(row[1:], links.get(row[0], ()), reviews.get(row[0], ()))
            findings = check_entry(data, ctx)
            if findings:
                result[row[0]] = check_entry_assessed(data, ctx, findings, held.get(row[0], ()))
    return result


def entries_data(ids: Sequence[int]) -> dict[int, EntryData]:
    """The given entries as the rules see them (with links and reviews), read in chunks."""
    result: dict[int, EntryData] = {}
    for start in range(0, len(ids), CHUNK):
        part = list(ids[start : start + CHUNK])
        rows = list(Entry.select(*_SELECT).where(Entry.id.in_(part)).tuples())
        links, reviews = _chunk_links(part), _chunk_reviews(part)
        for row in rows:
            result[row[0]] = _data(row[1:], links.get(row[0], ()), reviews.get(row[0], ()))
    return result


def responsible_usage() -> dict[int, int]:
    """Live entries per responsible body (the deciding body when none is recorded)."""
    body = fn.COALESCE(Entry.responsible_body, Entry.deciding_body)
    query = (
        Entry.select(body, fn.COUNT(SQL("*")))
        .where(
            (Entry.archived == False)  # noqa: E712
            & (Entry.status != Status.TERMINATED)
            & body.is_null(False)
        )
        .group_by(body)
        .tuples()
    )
    return dict(query)


@dataclass(frozen=True)
class ContactCheck:
    """R8 for one administration or company, with its assessment if any."""

    gap: ContactGap
    checked: CheckedFinding

    @property
    def subject(self) -> Subject:
        return Subject(ORGANISATION, None, self.gap.organisation)


def contact_checks(ctx: RuleContext | None = None) -> list[ContactCheck]:
    """R8: administrations and companies with entries but no international contact person."""
    bodies = (ctx or catalog.rule_context()).bodies
    result = []
    for gap in contact_gaps(bodies, responsible_usage()):
        finding = gap.finding()
        digest = key_fingerprint(finding.code, [gap.organisation, sorted(gap.body_ids)])
        held = assessments.open_for(Subject(ORGANISATION, None, gap.organisation))
        result.append(ContactCheck(gap, match([(finding, digest)], held)[0]))
    return result


def assess_contact_gap(organisation: str, digest: str, reason: str):
    """Assess an administration's R8 warning (e.g. "shares KS's contact person")."""
    from .errors import ServiceError

    for gap in contact_checks():
        if gap.gap.organisation == organisation and gap.checked.fingerprint == digest:
            if gap.checked.assessment is not None:
                return gap.checked.assessment
            return assessments.assess(gap.subject, gap.checked, reason)
    raise ServiceError(
        "Varningen finns inte längre (organen har ändrats). Uppdatera (F5).",
        "The warning is no longer there (the bodies have changed). Reload (F5).",
    )
