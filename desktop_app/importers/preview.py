"""The import preview: every row of the file with what would happen to it.

Nothing is written here. Each row gets a status:

* ``new``: no entry has its case number; it is added;
* ``unchanged``: the entry exists and the file says nothing new about it;
* ``differs``: the entry exists and the file differs; by default an import
  reports the differences field by field (old -> new) and changes nothing;
* ``update``: the same, with updating chosen (``--update``, the dialog's
  check box): the entry is changed;
* ``older``: updating was chosen but the file's entry is older than the
  register's (its decision or review date, or its "last changed" column);
  nothing is changed unless forced (``--update --force``) or confirmed for
  the row in the dialog;
* ``duplicate``: the case number appears earlier in the file; the first row
  counts and this one is reported, never imported, never blocking;
* ``error``: the row cannot be imported, with the reason.

Without ``skip_rejected`` the import applies only when no row is an error
(all or nothing); with it, the accepted rows are imported and the rejected
ones go to the report.

A value from the file is never replaced silently: the file's next review date
is kept (the date the program would compute is shown beside it as a note),
and every value the import derives (a scope from the deciding body, the
default interval, the first of the month for "2016-09", a theme matched
despite its spelling) is a note on the row and counted in the summary.

Updates change only the columns the file has, and a blank cell does not
clear a stored value: an old register missing a column must not wipe what
the register already knows.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from desktop_app.domain.dates import interval_label
from desktop_app.domain.entry import EntryData
from desktop_app.domain.folding import case_number_key
from desktop_app.domain.kinds import (
    DEFAULT_REVIEW_INTERVAL_MONTHS,
    BodyKind,
    CounterpartyType,
    Kind,
    Scope,
    Status,
    directions_text,
    label,
)
from desktop_app.domain.money import format_number
from desktop_app.domain.rules import Finding, RuleContext, Severity, check_entry
from desktop_app.domain.twin_cities import twin_city_term
from desktop_app.services import catalog, entries, imports
from desktop_app.services.collector import collector_paused

from . import values as V
from .headers import (
    IGNORE,
    detect_header,
    guess_field,
    guess_mapping,
    header_unit,
    load_remembered,
    signature,
)
from .reading import FormulaCell, SheetData, read_sheet
from .resolve import Resolver

MAX_CELL_CHARS = 20_000
NEW, UPDATE, UNCHANGED, DIFFERS, OLDER, DUPLICATE, ERROR = (
    "new", "update", "unchanged", "differs", "older", "duplicate", "error",
)  # fmt: skip
STATUSES = (NEW, UPDATE, UNCHANGED, DIFFERS, OLDER, DUPLICATE, ERROR)
NOTE = "note"  # a Problem's severity for a value the import derived or kept
_CITY_WIDE_BODIES = {
    BodyKind.CITY_COUNCIL,
    BodyKind.CITY_EXECUTIVE_BOARD,
    BodyKind.INTERNATIONAL_COMMITTEE,
}
TERMINATES = "TERMINATES"


@dataclass
class Problem:
    field: str
    sv: str
    en: str
    severity: str = Severity.ERROR
    code: str = ""  # groups notes and warnings in the summary

    def message(self, lang: str = "sv") -> str:
        return self.en if lang == "en" else self.sv


@dataclass(frozen=True)
class FieldChange:
    """One field of an existing entry the file would change, as the user reads it."""

    field: str
    label_sv: str
    label_en: str
    old_sv: str
    new_sv: str
    old_en: str
    new_en: str

    def text(self, lang: str = "sv") -> str:
        if lang == "en":
            return f"{self.label_en}: {self.old_en or '(empty)'} \u2192 {self.new_en or '(empty)'}"
        return f"{self.label_sv}: {self.old_sv or '(tomt)'} \u2192 {self.new_sv or '(tomt)'}"


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
    changes: list[FieldChange] = field(default_factory=list)
    older: Problem | None = None  # why the file's entry is older than the register's
    duplicate_of: int | None = None
    confirmed: bool = False  # the user confirmed updating an older row
    file_as_of: date | None = None  # the file's decision or review date, the later one
    file_changed: date | None = None  # the file's "last changed" column
    kind_refused: bool = False  # a twin-city kind, refused citing R1
    # ``findings`` are all that check_entry found (none left out for the row's errors):
    # a new entry's findings summary is made of them (``services.imports``).
    findings_complete: bool = False
    cleaned: bool = False  # ``data`` is as create_entry stores it (entries.clean_data)

    @property
    def rejected(self) -> bool:
        """Not imported and listed in the rejected-rows report."""
        return self.status in (ERROR, DUPLICATE)

    @property
    def blocking(self) -> bool:
        return self.status == ERROR

    @property
    def writes(self) -> bool:
        return self.status in (NEW, UPDATE)

    def notes(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == NOTE]

    def messages(self, lang: str = "sv", *, errors_only: bool = False) -> list[str]:
        out = [p.message(lang) for p in self.problems if not errors_only or p.severity == "error"]
        out += [f.message(lang) for f in self.findings if not errors_only or f.is_error]
        if self.older is not None and not errors_only and self.status in (OLDER, UPDATE):
            out.append(self.older.message(lang))
        return out

    def reason(self, lang: str = "sv") -> str:
        return " ".join(self.messages(lang, errors_only=self.status == ERROR))

    def changes_text(self, lang: str = "sv") -> str:
        return "; ".join(c.text(lang) for c in self.changes)


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
    formula_cells: list[FormulaCell] = field(default_factory=list)
    formulas_listed: bool = True  # False: the file has formulas that could not be listed
    update: bool = False
    force: bool = False
    # The catalog the rows were checked against (the register's bodies, counterparties
    # and themes as the rules see them, without the planned ones): the import reuses
    # the rows' findings for their summaries only while the register's is the same.
    rule_catalog: RuleContext | None = None

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def counts(self) -> dict[str, int]:
        return {s: self.count(s) for s in STATUSES}

    @property
    def rejected(self) -> list[PreviewRow]:
        """Rows not imported and listed in the report: errors and duplicates."""
        return [r for r in self.rows if r.rejected]

    @property
    def blocking(self) -> list[PreviewRow]:
        """Rows that stop an all-or-nothing import: errors."""
        return [r for r in self.rows if r.blocking]

    @property
    def accepted(self) -> list[PreviewRow]:
        """The rows an import writes: new ones and updates."""
        return [r for r in self.rows if r.writes]

    @property
    def can_apply(self) -> bool:
        """All or nothing: no row is an error and there is something to write."""
        return not self.blocking and not self.truncated and bool(self.accepted)

    @property
    def can_apply_accepted(self) -> bool:
        """With ``skip_rejected``: the accepted rows, whatever the rejected ones say."""
        return not self.truncated and bool(self.accepted)

    def set_mode(self, *, update: bool, force: bool = False) -> None:
        """Update differing entries (``update``), older ones too (``force``)."""
        self.update, self.force = update, force
        for row in self.rows:
            row.status = _classify(row, update, force)

    def confirm(self, row: PreviewRow, confirmed: bool = True) -> None:
        """The user confirmed (in the dialog) updating an entry the file has older."""
        row.confirmed = confirmed
        row.status = _classify(row, self.update, self.force)

    def summary(self, lang: str = "sv") -> list[str]:
        from .summary import summary_lines

        return summary_lines(self, lang)


def _classify(row: PreviewRow, update: bool, force: bool) -> str:
    if row.duplicate_of is not None:
        return DUPLICATE
    errors = [
        p for p in row.problems if p.severity == Severity.ERROR and (p.code != TERMINATES or update)
    ]
    if errors or any(f.is_error for f in row.findings):
        return ERROR
    if row.existing_id is None:
        return NEW
    if not row.changes:
        return UNCHANGED
    if not update:
        return DIFFERS
    if row.older is not None and not (force or row.confirmed):
        return OLDER
    return UPDATE


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

    def samples(self, count: int = 3, scan: int = 200) -> list[list[str]]:
        """Up to ``count`` different filled values per column, from the first ``scan``
        rows below the header: what the mapping dialog shows beside each column."""
        result: list[list[str]] = [[] for _ in self.headers]
        for _, cells in self.sheet.rows[self.header_index + 1 : self.header_index + 1 + scan]:
            for i, value in enumerate(cells[: len(result)]):
                shown = V.text(value)
                if shown and len(result[i]) < count and shown not in result[i]:
                    result[i].append(shown)
        return result


@collector_paused()
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
    """As the register keeps case numbers unique: "KS 2016/0412" is "ks 2016/412"."""
    return case_number_key(case_number)


def _note(row: PreviewRow, name: str, code: str, sv: str, en: str) -> None:
    row.problems.append(Problem(name, sv, en, NOTE, code))


def _parse_into(
    row: PreviewRow,
    values: dict[str, object],
    resolver: Resolver,
    units: dict[str, tuple[str, str, int]] | None = None,
) -> None:
    """Parse the mapped cells of one row into ``row.data`` (problems collected).

    ``units``: field -> (header, currency, multiplier) for amount columns whose
    header states a unit ("Avgift (tkr)", "Kostnad, EUR")."""
    data = row.data
    units = units or {}

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
    file_dates: list[date] = []
    for name in ("decision_date", "start_date", "end_date", "last_review_date"):
        if name in values and not V.is_blank(values[name]):
            try:
                parsed, day_assumed = V.parse_date_detail(values[name])
            except V.ValueProblem as exc:
                problem(name, exc)
                continue
            setattr(data, name, parsed)
            if parsed and name in ("decision_date", "last_review_date"):
                file_dates.append(parsed)
            if day_assumed and parsed:
                raw = V.text(values[name])
                _note(row, name, "DAY-ASSUMED",
                      f"”{raw}” saknar dag; den första i månaden används ({parsed}).",
                      f"“{raw}” has no day; the first of the month is used ({parsed}).")  # fmt: skip
    row.file_as_of = max(file_dates, default=None)
    if not V.is_blank(values.get("last_changed")):
        try:
            row.file_changed = V.parse_date(values["last_changed"])
        except V.ValueProblem:
            row.file_changed = None  # only used to compare ages; never stored
    if not V.is_blank(values.get("kind")) and twin_city_term(V.text(values["kind"])):
        row.problems.append(
            Problem(
                "kind",
                f"Avtalstypen ”{V.text(values['kind'])}” är ett vänortsavtal. Staden har inga "
                "utpekade vänorter och tecknar inga vänortsavtal (R1); ange vad avtalet "
                "faktiskt är (samarbetsavtal, intentionsavtal eller medlemskap).",
                f"The kind “{V.text(values['kind'])}” is a twin-city agreement. The city has "
                "no twin cities and signs no twin-city agreements (R1); give what the "
                "agreement really is (cooperation, letter of intent or membership).",
                Severity.ERROR,
                "R1",
            )
        )
        values = {k: v for k, v in values.items() if k != "kind"}
        row.kind_refused = True
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
            if currency is None and amount is not None and "annual_cost" in units:
                header, currency, factor = units["annual_cost"]
                if factor != 1:
                    raw, scaled = V.text(values["annual_cost"]), amount * factor
                    unit_sv = f"{format_number(Decimal(factor), 'sv')} {currency}"
                    unit_en = f"{format_number(Decimal(factor), 'en')} {currency}"
                    _note(row, "annual_cost", "HEADER-UNIT",
                          f"Kolumnen ”{header}” anger beloppet i {unit_sv}: {raw} blir "
                          f"{format_number(scaled, 'sv')} {currency}.",
                          f"The column “{header}” gives the amount in {unit_en}: {raw} becomes "
                          f"{format_number(scaled, 'en')} {currency}.")  # fmt: skip
                    amount = amount * factor
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
                _note(row, name, "NEW-BODY",
                      f"Organet ”{planned.name_sv}” finns inte i registret och läggs till "
                      f"(kortnamn {planned.short_name}). Kontrollera dess mandat efteråt.",
                      f"The body “{planned.name_sv}” is not in the register and will be "
                      f"added (short name {planned.short_name}). Check its mandates later.")  # fmt: skip
    if data.cost_payer and not V.is_blank(values.get("cost_payer")):
        # R6: the payer is a body; a name the register knows becomes that body,
        # any other stays as written and shows as a finding to resolve.
        payer = resolver.known_body(data.cost_payer)
        if payer is not None:
            _note(row, "cost_payer", "MATCHED-PAYER",
                  f"Betalare ”{data.cost_payer}” kopplas till organet "
                  f"{resolver.body_name(payer)}.",
                  f"Payer “{data.cost_payer}” is linked to the body "
                  f"{resolver.body_name(payer)}.")  # fmt: skip
            data.cost_payer_body_id, data.cost_payer = payer, ""
    if not V.is_blank(values.get("theme")):
        written = V.text(values["theme"])
        data.theme_id, created = resolver.theme(written)
        stored = resolver.theme_name(data.theme_id)
        if created:
            _note(row, "theme", "NEW-THEME",
                  f"Temat ”{written}” finns inte i registret och läggs till.",
                  f"The theme “{written}” is not in the register and will be added.")  # fmt: skip
        elif resolver.theme_choice(written) is not None:
            _note(row, "theme", "CHOSEN-THEME",
                  f"Temat ”{written}” finns inte i registret; enligt ditt val förs posten "
                  f"till registrets tema ”{stored}”.",
                  f"The theme “{written}” is not in the register; as you chose, the entry "
                  f"is filed under the register's theme “{stored}”.")  # fmt: skip
        elif stored != written:
            _note(row, "theme", "MATCHED-THEME",
                  f"Temat ”{written}” tolkas som registrets ”{stored}”.",
                  f"The theme “{written}” is taken as the register's “{stored}”.")  # fmt: skip
    if not V.is_blank(values.get("counterparties")):
        country = V.text(values.get("counterparty_country"))  # a "Land" column
        ids = [resolver.counterparty(n, c or country)[0] for n, c in V.split_counterparties(
            values["counterparties"])]  # fmt: skip
        data.counterparty_ids = tuple(dict.fromkeys(ids))


def _apply_financing(data: EntryData, values: dict[str, object], problem) -> None:
    """R5/R3 facts of the rules' own columns: continued, share, contribution, set review date."""
    if not V.is_blank(values.get("continued")):
        try:
            data.continued = V.parse_yes(values["continued"])
        except V.ValueProblem as exc:
            problem("continued", exc)
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
    """Fill what a new entry needs and the file did not say (each one a note)."""
    data = row.data
    if V.is_blank(values.get("kind")) and not any(p.field == "kind" for p in row.problems):
        row.problems.append(Problem("kind", "Avtalstyp saknas.", "The kind is missing."))
    if V.is_blank(values.get("scope")):
        body_kind = resolver.body_kinds.get(data.deciding_body_id or 0)
        data.scope = (
            Scope.CITY_WIDE if body_kind in _CITY_WIDE_BODIES else (Scope.OPERATION_SPECIFIC)
        )
        if data.deciding_body_id is not None:
            why_sv = f"beslutande organ är {resolver.body_name(data.deciding_body_id)}"
            why_en = f"the deciding body is {resolver.body_name(data.deciding_body_id)}"
        else:
            why_sv, why_en = "inget beslutande organ anges", "no deciding body is given"
        _note(row, "scope", "DERIVED-SCOPE",
              f"Omfattning saknas i filen; {label(data.scope, 'sv').lower()} antas eftersom "
              f"{why_sv}.",
              f"The file gives no scope; {label(data.scope, 'en').lower()} is assumed since "
              f"{why_en}.")  # fmt: skip
    if "review_interval_months" not in values:
        data.review_interval_months = (
            None if data.kind == Kind.COOPERATION else DEFAULT_REVIEW_INTERVAL_MONTHS
        )
        if data.review_interval_months:
            _note(row, "review_interval_months", "DERIVED-INTERVAL",
                  "Omprövningsintervall saknas i filen; strategins fyra år används (R3).",
                  "The file gives no review interval; the strategy's four years are used "
                  "(R3).")  # fmt: skip


def _keep_file_review_date(row: PreviewRow, values: dict[str, object], where: str) -> None:
    """The file's next review date stays; the computed one is a note beside it."""
    if V.is_blank(values.get("next_review_date")):
        return
    try:
        given = V.parse_date(values["next_review_date"])
    except V.ValueProblem as exc:
        row.problems.append(Problem("next_review_date", exc.sv, exc.en))
        return
    data = row.data
    if given is None or given == data.next_review():
        return
    computed = data.computed_next_review()
    data.next_review_fixed = given
    data.next_review_reason = f"Nästa omprövning enligt importerad fil ({where})"
    shown_sv = computed.isoformat() if computed else "inte beräkningsbar"
    shown_en = computed.isoformat() if computed else "not computable"
    _note(row, "next_review_date", "KEPT-REVIEW-DATE",
          f"Nästa omprövning enligt filen, {given}, behålls. Enligt datum och intervall hade "
          f"den varit {shown_sv}.",
          f"The next review in the file, {given}, is kept. From dates and interval it would "
          f"have been {shown_en}.")  # fmt: skip


@collector_paused()
def build_preview(
    layout: SheetLayout,
    path: str | Path,
    *,
    today: date | None = None,
    update: bool = False,
    force: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    theme_choices: dict[str, int] | None = None,
) -> ImportPreview:
    """Parse, match and check every row below the header; write nothing.

    ``theme_choices``: themes of the file the register does not know (as written)
    and the register's theme the user files each under instead of adding it."""
    path = Path(path)
    today = today or date.today()
    resolver = Resolver.load(theme_choices)
    existing = imports.existing_case_numbers()
    mapping = [m if m else None for m in layout.mapping]
    units = {}
    for header, field_name in zip(layout.headers, mapping, strict=False):
        if field_name == "annual_cost" and (unit := header_unit(header)):
            units[field_name] = (header, *unit)
    rows: list[PreviewRow] = []
    olds: dict[int, object] = {}
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
        if key and key in first_seen:
            row.duplicate_of = first_seen[key]
            row.data.case_number = case
            row.data.title = V.text(values.get("title"))
            row.problems.append(
                Problem(
                    "case_number",
                    f"Diarienumret {case} finns redan på rad {first_seen[key]} i filen; den "
                    "raden gäller och den här importeras inte.",
                    f"The case number {case} appears already on row {first_seen[key]}; that "
                    "row counts and this one is not imported.",
                    Severity.WARNING,
                    "DUPLICATE",
                )
            )
            rows.append(row)
            continue
        if key:
            first_seen[key] = row_no
        if key and key in existing:
            row.existing_id, row.existing_version = existing[key]
            record = entries.get_entry(row.existing_id)
            olds[len(rows)] = record
            row.data = copy.deepcopy(record.data)
        kept_case = row.data.case_number
        _parse_into(row, values, resolver, units)
        if row.existing_id is not None:
            row.data.case_number = kept_case  # matched loosely; the stored spelling stays
        else:
            _defaults(row, values, resolver)
        _keep_file_review_date(row, values, f"{path.name}, rad {row_no}")
        rows.append(row)
        if progress and n % 2000 == 0:
            progress(n, total, "")
    rule_catalog = _check_rows(rows, olds, resolver, today)
    preview = ImportPreview(
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
        formula_cells=_formula_values(layout),
        formulas_listed=layout.sheet.formulas_listed,
        rule_catalog=rule_catalog,
    )
    preview.set_mode(update=update, force=force)
    return preview


def _formula_values(layout: SheetLayout) -> list[FormulaCell]:
    """The formula cells of the sheet read, each with the value the import used."""
    by_row = dict(layout.sheet.rows)
    result = []
    for cell in layout.sheet.formula_cells:
        if cell.sheet and cell.sheet != layout.sheet.name:
            continue
        row_cells = by_row.get(cell.row, [])
        value = row_cells[cell.column] if 0 <= cell.column < len(row_cells) else None
        result.append(cell.with_value(V.text(value)))
    return result


def _check_rows(rows: list[PreviewRow], olds: dict, resolver: Resolver, today: date) -> RuleContext:
    """Check every row as the register will hold it; returns the catalog checked against."""
    base = catalog.rule_context(today)
    cp_names, theme_names = resolver.placeholder_names()
    ctx = RuleContext(
        today=today,
        bodies=resolver.rule_bodies(dict(base.bodies)),
        counterparty_names={**base.counterparty_names, **cp_names},
        # a counterparty the import adds is an organisation (services.imports): R4 reads it
        counterparty_types={
            **base.counterparty_types,
            **dict.fromkeys(cp_names, CounterpartyType.ORGANISATION),
        },
        theme_names={**base.theme_names, **theme_names},
        lead_days=base.lead_days,
    )
    for index, row in enumerate(rows):
        if row.duplicate_of is not None:
            continue
        if row.existing_id is None:
            # checked as it will be stored: trimmed, amounts to the öre, the payer's
            # text dropped for its body (create_entry and the import clean the same way)
            entries.clean_data(row.data)
            row.cleaned = True
        row.findings = check_entry(row.data, ctx)
        row.findings_complete = True
        if row.kind_refused:
            row.findings = [f for f in row.findings if f.code != "R1"]  # said once, as an error
            row.findings_complete = False
        if any(p.severity == Severity.ERROR for p in row.problems):
            # warnings about values that could not be read would only mislead
            row.findings = [f for f in row.findings if f.is_error]
            row.findings_complete = False
        old = olds.get(index)
        if old is None:
            continue
        row.changes = _differences(old.data, row.data, resolver)
        if old.data.status != Status.TERMINATED and row.data.status == Status.TERMINATED:
            row.problems.append(
                Problem(
                    "status",
                    "Filen avslutar en befintlig post; avsluta den i programmet (datum, "
                    "skäl och organ krävs).",
                    "The file terminates an existing entry; terminate it in the program "
                    "(date, reason and body are required).",
                    Severity.ERROR,
                    TERMINATES,
                )
            )
        row.older = _older(row, old)
    return base


def _as_of(data: EntryData) -> date | None:
    return max((d for d in (data.decision_date, data.last_review_date) if d), default=None)


def _older(row: PreviewRow, old) -> Problem | None:
    """Why the file's entry is older than the register's, or None."""
    file_as_of, register_as_of = row.file_as_of, _as_of(old.data)
    if file_as_of and register_as_of and file_as_of < register_as_of:
        return Problem(
            "decision_date",
            f"Filens post är äldre än registrets (beslut eller omprövning {file_as_of} i "
            f"filen, {register_as_of} i registret); den ändras bara om du bekräftar det "
            "(i fönstret: kryssa i raden; på kommandoraden: --update --force).",
            f"The file's entry is older than the register's (decision or review "
            f"{file_as_of} in the file, {register_as_of} in the register); it is changed "
            "only if you confirm it (in the window: tick the row; on the command line: "
            "--update --force).",
            Severity.WARNING,
            "OLDER",
        )
    changed = old.updated_at.date() if isinstance(old.updated_at, datetime) else None
    if row.file_changed and changed and row.file_changed < changed:
        return Problem(
            "last_changed",
            f"Filens post ändrades senast {row.file_changed}, registrets {changed}; den "
            "ändras bara om du bekräftar det (i fönstret: kryssa i raden; på kommandoraden: "
            "--update --force).",
            f"The file's entry was last changed {row.file_changed}, the register's "
            f"{changed}; it is changed only if you confirm it (in the window: tick the row; on "
            "the command line: --update --force).",
            Severity.WARNING,
            "OLDER",
        )
    return None


# Kept by reviews and terminations, never by a file: not part of a difference.
_MAINTAINED = ("last_review_date", "terminated_date", "terminated_by_id", "reviews")
_LABEL_KEYS = {
    "deciding_body_id": "deciding_body",
    "responsible_body_id": "responsible_body",
    "cost_payer_body_id": "cost_payer",
    "theme_id": "theme",
    "counterparty_ids": "counterparties",
    "next_review_fixed": "next_review_date",
}
_CHOICES = ("kind", "scope", "status", "engagement", "project_kind")


def _field_labels(name: str) -> tuple[str, str]:
    from desktop_app.exports.excel_style import COLUMNS

    column = COLUMNS.get(_LABEL_KEYS.get(name, name))
    return (column.sv, column.en) if column else (name, name)


def _shown(name: str, value: object, resolver: Resolver, lang: str) -> str:
    if value is None or value == "" or value == ():
        return ""
    if name in ("deciding_body_id", "responsible_body_id", "cost_payer_body_id"):
        return resolver.body_name(value)
    if name == "theme_id":
        return resolver.theme_name(value)
    if name == "counterparty_ids":
        return ", ".join(resolver.counterparty_name(i) for i in value)
    if name in _CHOICES:
        return label(value, lang)
    if name == "directions":
        return directions_text(value, lang)
    if name == "review_interval_months":
        return interval_label(value, lang)
    if isinstance(value, bool):
        return ("Yes" if value else "No") if lang == "en" else ("Ja" if value else "Nej")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format_number(value, lang)
    if isinstance(value, tuple):
        return "; ".join(str(v) for v in value)
    return str(value)


def _differences(old: EntryData, new: EntryData, resolver: Resolver) -> list[FieldChange]:
    changes = []
    for f in fields(EntryData):
        if f.name in _MAINTAINED:
            continue
        before, after = getattr(old, f.name), getattr(new, f.name)
        if before == after:
            continue
        sv, en = _field_labels(f.name)
        changes.append(
            FieldChange(
                f.name,
                sv,
                en,
                _shown(f.name, before, resolver, "sv"),
                _shown(f.name, after, resolver, "sv"),
                _shown(f.name, before, resolver, "en"),
                _shown(f.name, after, resolver, "en"),
            )
        )
    return changes
