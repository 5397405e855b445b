"""The import's write path: one transaction, all rows or (asked for) the accepted ones.

A register of 100,000 rows cannot go through ``create_entry`` row by row
(a dozen queries each), so new entries are written in bulk: ids reserved up
front, rows inserted with ``executemany`` in chunks together with their
counterparty links and one audit row each, search text and sort keys prepared
in Python (``domain.prepared``; the FTS trigger indexes the text), and their
findings summaries made of the preview's findings (the preview checked every
row against the register's catalog; while that is unchanged, the rules do not
run a second time). New
bodies and themes are few and go through the catalog services; new
counterparties can be many and are inserted in bulk with their audit rows. Updates of existing entries (matched by case
number) are few and go through ``entries.update_entry`` with its diff and
audit. One "import" audit row records the file's name, SHA-256 and counts.

What is written is what the preview says: rows ``new`` and ``update`` (an
``older`` row only once the user confirmed it, which makes it ``update``).
With ``skip_rejected`` the rows in error are left out; bodies, themes and
counterparties are created only for the rows written.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING

from desktop_app.domain.entry import EntryData
from desktop_app.domain.findings import RuleContext
from desktop_app.domain.findings_summary import FindingsSummary, summarize
from desktop_app.domain.folding import case_number_key
from desktop_app.domain.kinds import CounterpartyType
from desktop_app.domain.prepared import PREPARED_COLUMNS, entry_prepared
from desktop_app.domain.unique_keys import counterparty_key, entry_case_key
from desktop_app.store.models import database_proxy

from . import audit, catalog, entries, finding_summaries
from .audit import Change
from .collector import collector_paused
from .context import (
    current_actor,
    insert_rows,
    is_postgres,
    touch_entries,
    utcnow,
    write_transaction,
)
from .errors import ServiceError
from .finding_summaries import unassessed

if TYPE_CHECKING:  # the importer package sits above services
    from desktop_app.importers.preview import ImportPreview

CHUNK = 1000
IMPORT_CACHE_KB = 64 * 1024  # SQLite's page cache during a bulk import (``_page_cache``)
BULK_FTS_FROM = 500  # new entries from which per-row triggers are set aside (_suspend_triggers)
# FTS5's buffer of pending index terms while a bulk import fills the index (its
# "hashsize", 1 MB by default): 100,000 entries' trigrams were flushed in small
# segments that FTS5 merged again and again; with 64 MB, 15 s -> 10 s.
BULK_FTS_HASH_BYTES = 64 * 2**20
FTS_DEFAULT_HASH_BYTES = 2**20  # FTS5's FTS5_DEFAULT_HASHSIZE
_ENTRY_COLUMNS = list(entries.COLUMN_FIELDS)
# sqlite3 binds no Decimal: amounts and shares go in as text there.
_DECIMALS = [
    _ENTRY_COLUMNS.index(name) for name in ("annual_cost", "city_contribution", "external_share")
]


def existing_case_numbers() -> dict[str, tuple[int, int]]:
    """Normalised case number -> (id, version), for matching rows to entries."""
    from desktop_app.store.models import Entry

    result: dict[str, tuple[int, int]] = {}
    q = Entry.select(Entry.case_number, Entry.id, Entry.version).where(Entry.case_number != "")
    for case, entry_id, version in q.tuples().iterator():
        result.setdefault(case_number_key(case), (entry_id, version))
    return result


def _reserve_ids(table: str, n: int) -> list[int]:
    """``n`` fresh ids for ``table`` (inside the write transaction)."""
    if n == 0:
        return []
    db = database_proxy
    if is_postgres():
        cur = db.execute_sql(
            f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, %s)",
            (n,),
        )
        return [r[0] for r in cur.fetchall()]
    top = db.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
    row = db.execute_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
    start = max(top, row[0] if row else 0) + 1
    return list(range(start, start + n))


def _audit_rows(actor, now, rows: list[tuple]) -> None:
    """rows: (action, object_type, object_id, entry_id, details dict)."""
    insert_rows(
        "audit_event",
        (
            "at",
            "os_user",
            "db_user",
            "action",
            "object_type",
            "object_id",
            "entry_id",
            "field",
            "details",
        ),  # fmt: skip
        [
            (
                now,
                actor.os_user,
                actor.db_user,
                a,
                t,
                oid,
                eid,
                "",
                json.dumps(d, ensure_ascii=False, default=str),
            )  # fmt: skip
            for a, t, oid, eid, d in rows
        ],
    )


def _placeholders(rows) -> set[int]:
    used: set[int] = set()
    for row in rows:
        used.update(i for i in _references(row.data) if i is not None and i < 0)
    return used


def _references(d: EntryData) -> tuple[int | None, ...]:
    """The ids of bodies, themes and counterparties ``d`` names (placeholders are < 0)."""
    return (d.deciding_body_id, d.responsible_body_id, d.cost_payer_body_id, d.theme_id,
            *d.counterparty_ids)  # fmt: skip


def _with_real_ids(d: EntryData, real: Callable[[int | None], int | None]) -> EntryData:
    """``d`` with the preview's placeholders (negative ids of the bodies, themes and
    counterparties the import creates) replaced by their new ids: a copy, so the
    preview stays as it was if the transaction fails and can be applied again.
    A row that names no placeholder is returned as it is (nothing writes to it)."""
    if all(i is None or i >= 0 for i in _references(d)):
        return d
    new = copy.copy(d)  # (dataclasses.replace runs __init__ again: twice the time)
    new.deciding_body_id = real(d.deciding_body_id)
    new.responsible_body_id = real(d.responsible_body_id)
    new.cost_payer_body_id = real(d.cost_payer_body_id)
    new.theme_id = real(d.theme_id)
    new.counterparty_ids = tuple(real(i) for i in d.counterparty_ids)
    return new


@collector_paused()
def apply_import(
    preview: ImportPreview,
    *,
    skip_rejected: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Write every new and changed row of ``preview`` in one transaction.

    Without ``skip_rejected`` a single row in error refuses the whole import."""
    if preview.truncated:
        raise ServiceError(
            "Filen har fler rader än som kan importeras på en gång; ingenting importerades. "
            "Dela upp den.",
            "The file has more rows than can be imported at once; nothing was imported. Split it.",
        )
    if preview.blocking and not skip_rejected:
        raise ServiceError(
            "Importen innehåller avvisade rader; ingenting importerades. Rätta filen och "
            "försök igen, eller importera bara de godkända raderna.",
            "The import has rejected rows; nothing was imported. Correct the file and retry, "
            "or import only the accepted rows.",
        )
    new_rows = [r for r in preview.rows if r.status == "new"]
    updates = [r for r in preview.rows if r.status == "update"]
    total = len(new_rows) + len(updates)
    tag = preview.sha256[:16]
    resolver = preview.resolver
    used = _placeholders(new_rows + updates)
    with _page_cache(len(new_rows)), write_transaction():
        actor = current_actor()
        now = utcnow()
        # The preview checked every row against the catalog it read: while the register's
        # is still the same (nothing the rules read was changed by others meanwhile), a new
        # entry's findings summary is made of the row's findings, not of a second check.
        rules_ctx = catalog.rule_context()
        reuse = _same_catalog(preview.rule_catalog, rules_ctx)
        ids: dict[int, int] = {}
        new_bodies = [b for b in resolver.new_bodies.values() if b.placeholder in used]
        new_themes = [t for t in resolver.new_themes.values() if t.placeholder in used]
        for body in new_bodies:
            record = catalog.create_body(catalog.BodyData(body.short_name, body.name_sv, body.kind))
            ids[body.placeholder] = record.id
        for theme in new_themes:
            ids[theme.placeholder] = catalog.create_theme(theme.name_sv).id
        cps = [c for c in resolver.new_counterparties.values() if c.placeholder in used]
        cp_ids = _reserve_ids("counterparty", len(cps))
        insert_rows(
            "counterparty",
            ("id", "name", "country", "type", "active", "version", "name_key"),
            [
                (
                    i,
                    c.name,
                    c.country,
                    CounterpartyType.ORGANISATION,
                    True,
                    1,
                    counterparty_key(c.name, c.country),
                )  # fmt: skip
                for i, c in zip(cp_ids, cps, strict=True)
            ],
        )
        _audit_rows(
            actor,
            now,
            [
                (
                    "create",
                    "counterparty",
                    i,
                    None,
                    {"import": tag, "name": c.name, "country": c.country},
                )  # fmt: skip
                for i, c in zip(cp_ids, cps, strict=True)
            ],
        )
        ids.update({c.placeholder: i for c, i in zip(cps, cp_ids, strict=True)})
        names = {c.placeholder: c.name for c in cps}
        names.update(dict(catalog_counterparty_names()))
        theme_names = {t.id: t.name_sv for t in catalog.list_themes()}
        short_names = {b.id: b.short_name for b in catalog.list_bodies()}

        def real(ident: int | None) -> int | None:
            return ids.get(ident, ident) if ident is not None and ident < 0 else ident

        found: dict[int, FindingsSummary] = {}
        recheck: list[int] = []
        entry_ids = _reserve_ids("entry", len(new_rows))
        suspended = _suspend_triggers() if len(new_rows) >= BULK_FTS_FROM else {}
        pg = is_postgres()
        columns = [
            "id",
            *_ENTRY_COLUMNS,
            "document_links",
            "next_review_date",
            *PREPARED_COLUMNS,
            "case_number_key",
            "version",
            "created_at",
            "created_by",
            "updated_at",
            "updated_by",
        ]
        batch, links, audit_rows = [], [], []
        indexer = _ChunkIndexer(FTS_TRIGGER in suspended)
        try:
            for n, (row, entry_id) in enumerate(zip(new_rows, entry_ids, strict=True)):
                if cancelled and n % 1000 == 0 and cancelled():
                    from desktop_app.domain.cancel import Cancelled

                    raise Cancelled()
                # the same cleaning as create_entry (the preview's check did it already)
                d = _with_real_ids(row.data if row.cleaned else entries.clean_data(row.data), real)
                cp_list = [names.get(i, "") for i in d.counterparty_ids]
                values = [getattr(d, name) for name in _ENTRY_COLUMNS]
                if not pg:
                    for i in _DECIMALS:
                        if values[i] is not None:
                            values[i] = str(values[i])
                batch.append(
                    (
                        entry_id,
                        *values,
                        "\n".join(d.document_links),
                        entries.stored_next_review(d),
                        *_prepared_values(d, cp_list, theme_names.get(d.theme_id, ""), short_names),
                        entry_case_key(d.case_number),
                        1,
                        now,
                        actor.name,
                        now,
                        actor.name,
                    )
                )
                links.extend((entry_id, cp, pos) for pos, cp in enumerate(d.counterparty_ids))
                if reuse and row.findings_complete:
                    found[entry_id] = summarize(d, rules_ctx, unassessed, row.findings)
                else:
                    recheck.append(entry_id)
                audit_rows.append(("create", "entry", entry_id, entry_id,
                                   {"import": tag, "row": row.row_no}))  # fmt: skip
                if len(batch) >= CHUNK:
                    indexer.flush(columns, batch, links, actor, now, audit_rows)
                    if progress:
                        progress(n + 1, total, "")
            indexer.flush(columns, batch, links, actor, now, audit_rows)
        finally:
            indexer.close()  # its last chunk indexed (or stopped) before anything else
        finding_summaries.insert_new(found)
        touch_entries(recheck)  # their findings summaries, checked again before the commit
        if suspended:
            _restore(suspended)
        for n, row in enumerate(updates):
            entries.update_entry(
                row.existing_id,
                _with_real_ids(row.data, real),
                row.existing_version,
                audit_details={"import": tag, "row": row.row_no},
            )
            if progress:
                progress(len(new_rows) + n + 1, total, "")
        counts = {
            "created": len(new_rows),
            "updated": len(updates),
            "unchanged": preview.count("unchanged"),
            "not_changed": preview.count("differs") + preview.count("older"),
            "rejected": len(preview.rejected),
            "new_counterparties": len(cps),
            "new_bodies": len(new_bodies),
            "new_themes": len(new_themes),
        }
        audit.record(
            "import",
            "register",
            None,
            changes=[Change("file", None, preview.path.name)],
            details={
                "file": preview.path.name,
                "sha256": preview.sha256,
                "sheet": preview.sheet,
                **counts,
            },
            actor=actor,
        )
    return counts


@contextmanager
def _page_cache(new_entries: int) -> Iterator[None]:
    """SQLite: a page cache the entry table's indexes fit in while many rows go in.

    An entry goes into some thirty indexes (sort keys, search, dates); with
    SQLite's default 2 MB cache a bulk insert keeps evicting and re-reading
    their pages. The connection's own setting is back when the import ends."""
    if is_postgres() or new_entries < BULK_FTS_FROM:
        yield
        return
    db = database_proxy
    before = db.execute_sql("PRAGMA cache_size").fetchone()[0]
    db.execute_sql(f"PRAGMA cache_size = {-IMPORT_CACHE_KB}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA cache_size = {int(before)}")


def _same_catalog(checked: RuleContext | None, now: RuleContext) -> bool:
    """Whether the rules see the register's catalog as the preview's check saw it."""
    return checked is not None and (
        checked.bodies == now.bodies
        and checked.counterparty_names == now.counterparty_names
        and checked.counterparty_types == now.counterparty_types
        and checked.theme_names == now.theme_names
        and checked.lead_days == now.lead_days
    )


def _prepared_values(
    d: EntryData, cp_names: list[str], theme: str, short_names: dict[int, str]
) -> list:
    payer = entries.payer_name(d, short_names)
    prepared = entry_prepared(
        d.case_number, d.title, cp_names, theme, d.notes, d.contact_person, payer
    )
    return [prepared[c] for c in PREPARED_COLUMNS]


# The per-row SQLite triggers a bulk import sets aside while its rows go in.
FTS_TRIGGER = "entry_fts_ai"
BULK_SUSPENDED_TRIGGERS = (FTS_TRIGGER, "entry_audit_insert", "entry_counterparty_audit_insert")


def _suspend_triggers() -> dict[str, str]:
    """SQLite: drop the per-row triggers of a bulk insert, inside its transaction;
    their names and stored SQL, for ``_restore``.

    * ``entry_fts_ai``: FTS5's trigram trigger fired 100,000 times costs about
      four times one ``INSERT ... SELECT`` into the index afterwards.
    * ``entry_audit_insert``, ``entry_counterparty_audit_insert`` (m0011) audit
      rows written *outside* the program; the program's own transaction keeps
      them silent with its ``audit_writer`` row and writes its own audit rows
      (one per entry, naming the import). Silent, they still cost ~11 s per
      100,000 entries (SQLite builds each new row for them before their WHEN).
      No write from outside can slip by meanwhile: the transaction began with
      ``BEGIN IMMEDIATE``, so no other connection writes until it ends.

    No other connection ever sees the register without them: the DROPs and the
    CREATEs (from the triggers' own stored SQL) are in the same transaction,
    and a failed or cancelled import rolls the DROPs back with everything else.
    """
    if is_postgres():
        return {}
    marks = ", ".join("?" for _ in BULK_SUSPENDED_TRIGGERS)
    found = dict(
        database_proxy.execute_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
            BULK_SUSPENDED_TRIGGERS,
        ).fetchall()
    )
    for name in found:
        database_proxy.execute_sql(f'DROP TRIGGER "{name}"')
    return found


def _restore(triggers: dict[str, str]) -> None:
    """Every trigger ``_suspend_triggers`` set aside back as it was (and FTS5's
    buffer, which ``_ChunkIndexer`` enlarged, back at its default)."""
    if FTS_TRIGGER in triggers:
        _fts_hash_size(FTS_DEFAULT_HASH_BYTES)  # a later edit's few terms need no more
    for sql in triggers.values():
        database_proxy.execute_sql(sql)


class _ChunkIndexer:
    """Writes the new entries chunk by chunk; on a bulk SQLite import (its FTS
    trigger set aside) each chunk goes into the search index on a second thread
    while this one prepares the next chunk's rows.

    FTS5 does its work in C with Python's lock released, so the 100,000 rows'
    trigram index (~10 s) costs the import little more than the wait for its
    last chunk. Both threads use the transaction's one connection, never at the
    same time: this thread waits for the chunk being indexed before it writes
    again (``flush``, ``close``). An indexing error is raised here, and the
    transaction rolls back as for any other.
    """

    SQL = (
        "INSERT INTO entry_fts (rowid, search_text) "
        "SELECT id, search_text FROM entry WHERE id BETWEEN ? AND ?"
    )

    def __init__(self, index: bool) -> None:
        self._pending: Future | None = None
        self._pool: ThreadPoolExecutor | None = None
        if index:
            _fts_hash_size(BULK_FTS_HASH_BYTES)
            self._connection = database_proxy.connection()
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="import-index")

    def flush(self, columns, batch, links, actor, now, audit_rows) -> None:
        """Write the prepared rows (and clear them); index them in the background."""
        if not batch:
            return
        first, last = batch[0][0], batch[-1][0]
        self._wait()
        _flush(columns, batch, links, actor, now, audit_rows)
        if self._pool is not None:
            self._pending = self._pool.submit(self._connection.execute, self.SQL, (first, last))

    def close(self) -> None:
        """Wait for the chunk being indexed (its error raised here)."""
        try:
            self._wait()
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True)

    def _wait(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()


def _fts_hash_size(size: int) -> None:
    """FTS5's pending-terms buffer (kept in the index's config table, in this transaction)."""
    database_proxy.execute_sql(
        "INSERT INTO entry_fts (entry_fts, rank) VALUES ('hashsize', ?)", (size,)
    )


def _flush(columns, batch, links, actor, now, audit_rows) -> None:
    insert_rows("entry", columns, batch)
    insert_rows("entry_counterparty", ("entry_id", "counterparty_id", "position"), links)
    _audit_rows(actor, now, audit_rows)
    batch.clear()
    links.clear()
    audit_rows.clear()


def catalog_counterparty_names() -> dict[int, str]:
    from desktop_app.store.models import Counterparty

    return dict(Counterparty.select(Counterparty.id, Counterparty.name).tuples().iterator())
