"""The import preview: every row of the file with what would happen to it.

Nothing is written here. Each row gets a status: ``new``, ``update`` (an
entry with the same case number exists and the file changes it),
``unchanged``, ``duplicate`` (the case number appears earlier in the file) or
``error``, with the parse problems and the rules' findings (R1-R6) that
explain it. The import applies a preview only when no row is rejected: all
rows or none.

Updates change only the columns the file has, and a blank cell does not
clear a stored value: an old register missing a column must not wipe what
the register already knows.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path

from desktop_app.domain.entry import EntryData
from desktop_app.domain.kinds import DEFAULT_REVIEW_INTERVAL_MONTHS, BodyKind, Kind, Scope, Status
from desktop_app.domain.rules import Finding, RuleContext, Severity, check_entry
from desktop_app.services import catalog, entries, imports

from . import values as V
from .headers import (
    IGNORE,
    detect_header,
    guess_field,
    guess_mapping,
    load_remembered,
    signature,
)
from .reading import SheetData, read_sheet
from .resolve import Resolver

MAX_CELL_CHARS = 20_000
NEW, UPDATE, UNCHANGED, DUPLICATE, ERROR = "new", "update", "unchanged", "duplicate", "error"
_CITY_WIDE_BODIES = {
    BodyKind.CITY_COUNCIL,
    BodyKind.CITY_EXECUTIVE_BOARD,
    BodyKind.INTERNATIONAL_COMMITTEE,
}


@dataclass
class Problem:
    field: str
    sv: str
    en: str
    severity: str = Severity.ERROR

    def message(self, lang: str = "sv") -> str:
        return self.en if lang == "en" else self.sv


@dataclass
class PreviewRow:
    row_no: int  # the row number in the sheet, as the user sees it
    cells: list
    status: str = NEW
    data: EntryData = field(default_factory=EntryData)
    problems: list[Problem] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    existing_id: int | None = None
    existing_version: int | None = None

    @property
    def rejected(self) -> bool:
        return self.status in (ERROR, DUPLICATE)

    def messages(self, lang: str = "sv", *, errors_only: bool = False) -> list[str]:
        out = [p.message(lang) for p in self.problems if not errors_only or p.severity == "error"]
        out += [f.message(lang) for f in self.findings if not errors_only or f.is_error]
        return out

    def reason(self, lang: str = "sv") -> str:
        return " ".join(self.messages(lang, errors_only=self.rejected))


@dataclass
class ImportPreview:
    path: Path
    sha256: str
    sheet: str
    sheet_names: list[str]
    header_row_no: int
    headers: list[str]
    mapping: list[str | None]
    rows: list[PreviewRow]
    resolver: Resolver
    truncated: bool = False
    has_formulas: bool = False

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def counts(self) -> dict[str, int]:
        return {s: self.count(s) for s in (NEW, UPDATE, UNCHANGED, DUPLICATE, ERROR)}

    @property
    def rejected(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.rejected]

    @property
    def can_apply(self) -> bool:
        return (
            not self.rejected
            and not self.truncated
            and any(r.status in (NEW, UPDATE) for r in self.rows)
        )


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class SheetLayout:
    """The file as read, its header row and the mapping to use."""

    sheet: SheetData
    header_index: int
    headers: list[str]
    mapping: list[str | None]
    remembered: bool = False

    @property
    def unmapped(self) -> list[str]:
        return [h for h, m in zip(self.headers, self.mapping, strict=False) if h and m is None]

    @property
    def needs_mapping(self) -> bool:
        mapped = {m for m in self.mapping if m}
        return "title" not in mapped or "kind" not in mapped


def read_layout(path: str | Path, sheet: str | None = None) -> SheetLayout:
    """Read the file, find the header row and guess (or recall) the mapping."""
    data = read_sheet(path, sheet)
    index = detect_header(data.rows)
    headers = [V.text(v) for v in data.rows[index][1]]
    index, headers = _second_header_line(data, index, headers)
    remembered = load_remembered(signature(headers))
    if remembered is not None and len(remembered) == len(headers):
        return SheetLayout(data, index, headers, remembered, True)
    return SheetLayout(data, index, headers, guess_mapping(headers))


def _second_header_line(data: SheetData, index: int, headers: list[str]):
    """A two-line header (a merged "Beslut" over "Beslutande organ" and "Beslutsdatum").

    When the row below the header holds only known column names, and names
    fields for columns the header left unnamed or unknown, its names fill those
    columns and the data starts below it.
    """
    if index + 1 >= len(data.rows):
        return index, headers
    below = [V.text(v) for v in data.rows[index + 1][1]]
    if not any(below) or any(v and guess_field(v) is None for v in below):
        return index, headers
    known = {guess_field(h) for h in headers if h}
    merged = list(headers) + [""] * max(0, len(below) - len(headers))
    gained = False
    for i, name in enumerate(below):
        field = guess_field(name) if name else None
        if field and field not in known and guess_field(merged[i]) in (None, IGNORE):
            merged[i] = name
            known.add(field)
            gained = True
    return (index + 1, merged) if gained else (index, headers)


def _case_key(case_number: str) -> str:
    return "".join(case_number.split()).casefold()


def _parse_into(row: PreviewRow, values: dict[str, object], resolver: Resolver) -> None:
    """Parse the mapped cells of one row into ``row.data`` (problems collected)."""
    data = row.data

    def problem(name: str, exc: V.ValueProblem) -> None:
        row.problems.append(Problem(name, exc.sv, exc.en))

    for name, value in values.items():
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            row.problems.append(
                Problem(
                    name,
                    f"Cellen är {len(value)} tecken lång; högst {MAX_CELL_CHARS} går att importera.",
                    f"The cell is {len(value)} characters long; at most {MAX_CELL_CHARS} "
                    "can be imported.",
                )
            )
            values[name] = None
    for name in ("case_number", "title", "contact_person", "mutual_benefit", "cost_payer",
                 "notes", "next_review_reason", "external_financiers"):  # fmt: skip
        if name in values and not V.is_blank(values[name]):
            setattr(data, name, V.text(values[name]))
    for name in ("decision_date", "start_date", "end_date", "last_review_date"):
        if name in values and not V.is_blank(values[name]):
            try:
                setattr(data, name, V.parse_date(values[name]))
            except V.ValueProblem as exc:
                problem(name, exc)
    choices = (
        ("kind", V.KINDS, "avtalstyp", "kind"),
        ("scope", V.SCOPES, "omfattning", "scope"),
        ("status", V.STATUSES, "status", "status"),
        ("engagement", V.ENGAGEMENTS, "vad ärendet avser", "what it concerns"),
        ("project_kind", V.PROJECT_KINDS, "projekttyp", "project kind"),
    )
    for name, table, sv, en in choices:
        if name in values and not V.is_blank(values[name]):
            try:
                setattr(data, name, V.parse_choice(values[name], table, sv, en))
            except V.ValueProblem as exc:
                problem(name, exc)
    if not V.is_blank(values.get("directions")):
        try:
            data.directions = V.parse_directions(values["directions"])
        except V.ValueProblem as exc:
            problem("directions", exc)
    if "review_interval_months" in values:
        try:
            data.review_interval_months = V.parse_interval(values["review_interval_months"])
        except V.ValueProblem as exc:
            problem("review_interval_months", exc)
    if not V.is_blank(values.get("annual_cost")):
        try:
            amount, currency = V.parse_amount(values["annual_cost"])
            data.annual_cost = amount
            if currency and V.is_blank(values.get("currency")):
                data.currency = currency
        except V.ValueProblem as exc:
            problem("annual_cost", exc)
    if not V.is_blank(values.get("currency")):
        data.currency = V.text(values["currency"]).upper()[:3]
    _apply_financing(data, values, problem)
    if not V.is_blank(values.get("document_links")):
        data.document_links = V.split_links(values["document_links"])
    for name in ("deciding_body", "responsible_body"):
        if not V.is_blank(values.get(name)):
            body_id, created = resolver.body(V.text(values[name]))
            setattr(data, f"{name}_id", body_id)
            if created:
                planned = next(b for b in resolver.new_bodies.values() if b.placeholder == body_id)
                row.problems.append(
                    Problem(
                        name,
                        f"Organet {planned.name_sv!r} finns inte i registret och läggs till "
                        f"(kortnamn {planned.short_name}). Kontrollera dess mandat efteråt.",
                        f"The body {planned.name_sv!r} is not in the register and will be "
                        f"added (short name {planned.short_name}). Check its mandates later.",
                        Severity.WARNING,
                    )
                )
    if data.cost_payer:
        # R6: the payer is a body; a name the register knows becomes that body,
        # any other stays as written and shows as a finding to resolve.
        payer = resolver.known_body(data.cost_payer)
        if payer is not None:
            data.cost_payer_body_id, data.cost_payer = payer, ""
    if not V.is_blank(values.get("theme")):
        data.theme_id, _ = resolver.theme(V.text(values["theme"]))
    if not V.is_blank(values.get("counterparties")):
        ids = [resolver.counterparty(n, c)[0] for n, c in V.split_counterparties(
            values["counterparties"])]  # fmt: skip
        data.counterparty_ids = tuple(dict.fromkeys(ids))


def _apply_financing(data: EntryData, values: dict[str, object], problem) -> None:
    """R5/R3 facts of the rules' own columns: continued, share, contribution, set review date."""
    if not V.is_blank(values.get("continued")):
        data.continued = V.parse_yes(values["continued"])
    if not V.is_blank(values.get("external_share")):
        try:
            data.external_share = V.parse_percent(values["external_share"])
        except V.ValueProblem as exc:
            problem("external_share", exc)
    if not V.is_blank(values.get("city_contribution")):
        try:
            data.city_contribution = V.parse_amount(values["city_contribution"])[0]
        except V.ValueProblem as exc:
            problem("city_contribution", exc)
    if data.next_review_reason and not V.is_blank(values.get("next_review_date")):
        # A review date with its reason was set by a decision: it is kept as set.
        try:
            data.next_review_fixed = V.parse_date(values["next_review_date"])
        except V.ValueProblem as exc:
            problem("next_review_date", exc)


def _defaults(row: PreviewRow, values: dict[str, object], resolver: Resolver) -> None:
    """Fill what a new entry needs and the file did not say (documented choices)."""
    data = row.data
    if V.is_blank(values.get("kind")) and not any(p.field == "kind" for p in row.problems):
        row.problems.append(Problem("kind", "Avtalstyp saknas.", "The kind is missing."))
    if V.is_blank(values.get("scope")):
        body_kind = resolver.body_kinds.get(data.deciding_body_id or 0)
        data.scope = (
            Scope.CITY_WIDE if body_kind in _CITY_WIDE_BODIES else (Scope.OPERATION_SPECIFIC)
        )
    if "review_interval_months" not in values:
        data.review_interval_months = (
            None if data.kind == Kind.COOPERATION else DEFAULT_REVIEW_INTERVAL_MONTHS
        )


def build_preview(
    layout: SheetLayout,
    path: str | Path,
    *,
    today: date | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPreview:
    """Parse, match and check every row below the header; write nothing."""
    path = Path(path)
    today = today or date.today()
    resolver = Resolver.load()
    existing = imports.existing_case_numbers()
    mapping = [m if m else None for m in layout.mapping]
    rows: list[PreviewRow] = []
    first_seen: dict[str, int] = {}
    body = layout.sheet.rows[layout.header_index + 1 :]
    total = len(body)
    for n, (row_no, cells) in enumerate(body):
        if cancelled and n % 1000 == 0 and cancelled():
            from desktop_app.domain.cancel import Cancelled

            raise Cancelled()
        values = {
            m: cells[i] for i, m in enumerate(mapping) if m and m != IGNORE and i < len(cells)
        }
        if all(V.is_blank(v) for v in values.values()):
            continue  # a row with text only in ignored columns
        row = PreviewRow(row_no, cells)
        case = V.text(values.get("case_number")) if "case_number" in values else ""
        key = _case_key(case) if case else ""
        if key and key in existing:
            row.existing_id, row.existing_version = existing[key]
            record = entries.get_entry(row.existing_id)
            row.data = copy.deepcopy(record.data)
            row.status = UPDATE
        kept_case = row.data.case_number
        _parse_into(row, values, resolver)
        if row.status == UPDATE:
            row.data.case_number = kept_case  # matched loosely; the stored spelling stays
        if row.status == NEW:
            _defaults(row, values, resolver)
        if key:
            if key in first_seen:
                row.status = DUPLICATE
                row.problems.append(
                    Problem(
                        "case_number",
                        f"Diarienumret {case} finns redan på rad {first_seen[key]} i filen.",
                        f"The case number {case} appears already on row {first_seen[key]}.",
                    )
                )
            else:
                first_seen[key] = row_no
        rows.append(row)
        if progress and n % 2000 == 0:
            progress(n, total, "")
    _check_rows(rows, resolver, today, layout)
    return ImportPreview(
        path=path,
        sha256=file_hash(path),
        sheet=layout.sheet.name,
        sheet_names=layout.sheet.sheet_names,
        header_row_no=layout.sheet.rows[layout.header_index][0],
        headers=layout.headers,
        mapping=mapping,
        rows=rows,
        resolver=resolver,
        truncated=layout.sheet.truncated,
        has_formulas=layout.sheet.has_formulas,
    )


def _check_rows(rows: list[PreviewRow], resolver: Resolver, today: date, layout) -> None:
    base = catalog.rule_context(today)
    cp_names, theme_names = resolver.placeholder_names()
    ctx = RuleContext(
        today=today,
        bodies=resolver.rule_bodies(dict(base.bodies)),
        counterparty_names={**base.counterparty_names, **cp_names},
        theme_names={**base.theme_names, **theme_names},
        lead_days=base.lead_days,
    )
    next_col = "next_review_date" in layout.mapping
    for row in rows:
        row.findings = check_entry(row.data, ctx)
        if any(p.severity == Severity.ERROR for p in row.problems):
            # warnings about values that could not be read would only mislead
            row.findings = [f for f in row.findings if f.is_error]
        if row.status == UPDATE:
            old = entries.get_entry(row.existing_id).data
            if old.status != Status.TERMINATED and row.data.status == Status.TERMINATED:
                row.problems.append(
                    Problem(
                        "status",
                        "Filen avslutar en befintlig post; avsluta den i programmet (datum, "
                        "skäl och organ krävs).",
                        "The file terminates an existing entry; terminate it in the program "
                        "(date, reason and body are required).",
                    )
                )
            elif _same(old, row.data):
                row.status = UNCHANGED
        if next_col:
            idx = layout.mapping.index("next_review_date")
            given = row.cells[idx] if idx < len(row.cells) else None
            try:
                given_date = V.parse_date(given)
            except V.ValueProblem:
                given_date = None
            computed = row.data.next_review()
            if given_date and computed != given_date:
                row.problems.append(
                    Problem(
                        "next_review_date",
                        f"Nästa omprövning i filen ({given_date}) stämmer inte med den som "
                        f"följer av datum och intervall ({computed or 'ingen'}); den senare "
                        "gäller.",
                        f"The next review in the file ({given_date}) differs from the one "
                        f"that follows from dates and interval ({computed or 'none'}); the "
                        "latter applies.",
                        Severity.WARNING,
                    )
                )
        if row.status != DUPLICATE and (
            any(p.severity == Severity.ERROR for p in row.problems)
            or any(f.is_error for f in row.findings)
        ):
            row.status = ERROR


# Kept by reviews and terminations, never by a file: not part of "unchanged".
_MAINTAINED = ("last_review_date", "terminated_date", "terminated_by_id", "reviews")


def _same(a: EntryData, b: EntryData) -> bool:
    return all(
        getattr(a, f.name) == getattr(b, f.name)
        for f in fields(EntryData)
        if f.name not in _MAINTAINED
    )
