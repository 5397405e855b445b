"""`export`, `annual-report`, `import`: the register to and from Excel.

Exit codes of `import`: 0 everything was imported (or, with --dry-run,
would be), 1 some rows are rejected and nothing was written (the report
says why), 2 the file was refused or could not be read.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from desktop_app.services.register import STATUS_FILTERS, RegisterFilter

from .common import (
    MAX_DAYS,
    UsageError,
    add_database_argument,
    int_in_range,
    nothing_half_written,
    open_from_args,
    output_file,
    say,
)

_STATUS_NAMES = {
    "utkast": "draft", "aktiv": "active", "aktiva": "active", "utgången": "expired",
    "utgångna": "expired", "avslutad": "terminated", "avslutade": "terminated",
    "snart": "due", "omprövning snart": "due", "försenad": "overdue", "försenade": "overdue",
    "omprövning försenad": "overdue", "avförd": "archived", "avförda": "archived", "arkiverad": "archived",
    "arkiverade": "archived",
}  # fmt: skip


def _values(items: list[str] | None) -> list[str]:
    return [p.strip() for item in items or [] for p in item.split(",") if p.strip()]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="write the register (or a filtered part) to an Excel workbook",
        description="Write the register to OUT.xlsx: an Excel table with filter buttons, "
        "frozen header, dates and amounts, highlighted reviews, print set-up and a sheet "
        "describing the export. Filters combine; each may be repeated or comma separated.",
    )
    p.add_argument("out", type=Path, metavar="OUT.xlsx")
    p.add_argument(
        "--kind",
        action="append",
        metavar="K",
        help="kind: membership, letter_of_intent, cooperation or a Swedish name",
    )
    p.add_argument(
        "--status",
        action="append",
        metavar="S",
        help=f"status: {', '.join(STATUS_FILTERS)} (or Swedish: aktiv, försenad...)",
    )
    p.add_argument(
        "--body",
        action="append",
        metavar="B",
        help="deciding body by short name or name (KF, Trafiknämnden...)",
    )
    p.add_argument(
        "--due-within",
        type=int_in_range(0, MAX_DAYS),
        metavar="DAYS",
        help="only entries whose review is due within DAYS (overdue included)",
    )
    p.add_argument("--search", default="", metavar="TEXT", help="free-text search")
    p.add_argument(
        "--per-body",
        action="store_true",
        help="one sheet per deciding body instead of one register sheet",
    )
    p.add_argument("--include-archived", action="store_true", help="include archived entries")
    p.add_argument(
        "--sheet-lang",
        dest="sheet_lang",
        choices=("sv", "en"),
        help="language of the workbook (default: --lang, else Swedish)",
    )
    add_database_argument(p)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser(
        "annual-report",
        help="write the annual report (R7) for YEAR",
        description="The city's international commitments for YEAR: summary with chart "
        "and the detail lists behind each figure.",
    )
    p.add_argument("year", type=int)
    p.add_argument("out", type=Path, metavar="OUT.xlsx")
    p.add_argument("--sheet-lang", dest="sheet_lang", choices=("sv", "en"))
    p.add_argument(
        "--rate",
        action="append",
        default=[],
        metavar="CUR=KRONOR",
        help="record YEAR's rate for a currency (e.g. EUR=11.45), kept in the register, "
        "so that the report can give a total in kronor",
    )
    p.add_argument(
        "--recorded-by",
        dest="recorded_by",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="count what was recorded by the end of this day (default: 31 December of "
        "YEAR); the figures are rebuilt from the history, so a report is the same "
        "whenever it is made",
    )
    add_database_argument(p)
    p.set_defaults(handler=cmd_annual_report)

    p = sub.add_parser(
        "import",
        help="import an existing register (.xlsx, .xls, .ods)",
        description="Import an Excel or OpenDocument register: finds the header row, maps "
        "the columns, checks every row and imports all rows or none (--skip-rejected: the "
        "accepted ones). Exit 0: imported; 1: rows rejected, nothing written; 2: the file or "
        "an option refused.",
    )
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument(
        "--sheet", metavar="NAME", help="the sheet to read (default: the first with rows)"
    )
    p.add_argument(
        "--map",
        action="append",
        metavar="HEADER=FIELD",
        default=[],
        help="map a column (FIELD: case_number, title, kind, ... or 'ignore'); "
        "remembered for files with the same header, except in a --dry-run",
    )
    p.add_argument(
        "--forget-map",
        action="store_true",
        help="forget the mapping remembered for files with this header (the columns are "
        "guessed again)",
    )
    p.add_argument(
        "--report",
        type=Path,
        metavar="REJECTED.xlsx",
        help="write the rejected rows with the reason to this workbook",
    )
    p.add_argument(
        "--update",
        action="store_true",
        help="update existing entries the file differs from (default: report them only)",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="with --update: update also entries the file has older than the register",
    )
    p.add_argument(
        "--skip-rejected",
        action="store_true",
        help="import the accepted rows and write the rejected ones to a report beside the file",
    )
    p.add_argument(
        "--theme",
        action="append",
        metavar="FILE_THEME=THEME",
        default=[],
        help="file a theme of the file that the register does not know under one of the "
        "register's themes instead of adding it",
    )
    p.add_argument("--verbose", "-v", action="store_true", help="list every row's findings")
    add_database_argument(p)
    p.set_defaults(handler=cmd_import)


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "sheet_lang", None) or args.lang or "sv"


def build_filter(args: argparse.Namespace) -> RegisterFilter:
    """Filter from the options; names resolved like the importer resolves them."""
    from desktop_app.importers import values as V
    from desktop_app.importers.headers import normalise
    from desktop_app.services import catalog

    f = RegisterFilter(search=args.search or "", include_archived=args.include_archived,
                       sort_key="case_number")  # fmt: skip
    kinds = set()
    for k in _values(args.kind):
        try:
            kinds.add(V.parse_choice(k, V.KINDS, "avtalstyp", "kind"))
        except V.ValueProblem as exc:
            raise UsageError(exc.sv, exc.en) from None
    f.kinds = frozenset(kinds)
    statuses = set()
    for s in _values(args.status):
        key = s.strip().casefold()
        value = key if key in STATUS_FILTERS else _STATUS_NAMES.get(key)
        if value is None:
            raise UsageError(
                f"Okänd status: {s}. Statusar: aktiv, utkast, utgången, avslutad, snart, "
                "försenad, avförd.",
                f"Unknown status: {s}. Statuses: {', '.join(STATUS_FILTERS)}.",
            )
        statuses.add(value)
    f.statuses = frozenset(statuses)
    bodies = _values(args.body)
    if len(bodies) > 1:
        raise UsageError("Ange ett enda beslutande organ.", "Give one deciding body.")
    if bodies:
        wanted = normalise(bodies[0])
        match = [
            b.id
            for b in catalog.list_bodies()
            if wanted in (normalise(b.short_name), normalise(b.name_sv), normalise(b.name_en))
        ]
        if not match:
            raise UsageError(f"Okänt organ: {bodies[0]}.", f"Unknown body: {bodies[0]}.")
        f.deciding_body_id = match[0]
    f.due_within_days = args.due_within
    if args.due_within is not None:
        f.sort_key = "next_review_date"
    return f


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.exports import excel_register

    args.out = output_file(args, args.out, (".xlsx",), "Exporten", "The export")
    open_from_args(args)
    f = build_filter(args)
    lang = _lang(args)
    if args.per_body:
        result = excel_register.export_per_body(args.out, f, lang=lang)
    else:
        result = excel_register.export_register(args.out, f, None, lang=lang)
    print(
        say(
            args,
            f"Skrev {result.count} poster till {result.path}.",
            f"Wrote {result.count} entries to {result.path}.",
        )
    )
    return 0


def cmd_annual_report(args: argparse.Namespace) -> int:
    from desktop_app.exports.annual_report import summary_path, write_annual_report
    from desktop_app.services import rates

    if not 1900 <= args.year <= 2200:
        print(say(args, "Ange ett årtal, t.ex. 2026.", "Give a year, e.g. 2026."), file=sys.stderr)
        return 2
    args.out = output_file(args, args.out, (".xlsx",), "Årsrapporten", "The annual report")
    open_from_args(args)
    for item in args.rate:
        currency, sep, rate = item.partition("=")
        if not sep:
            print(
                say(
                    args,
                    f"--rate väntar VALUTA=KURS, t.ex. EUR=11,45; fick {item!r}.",
                    f"--rate expects CUR=RATE, e.g. EUR=11.45; got {item!r}.",
                ),
                file=sys.stderr,
            )
            return 2
        rates.set_rate(args.year, currency, rate)
    with nothing_half_written(args.out, summary_path(args.out)):
        result = write_annual_report(
            args.year, args.out, lang=_lang(args), recorded_by=args.recorded_by
        )
    print(
        say(
            args,
            f"Skrev årsrapporten {args.year} ({result.count} åtaganden i kraft) till "
            f"{result.path}, sammanfattningen för fullmäktige till {summary_path(result.path)}.",
            f"Wrote the annual report {args.year} ({result.count} commitments in force) to "
            f"{result.path}, the summary for the Council to {summary_path(result.path)}.",
        )
    )
    return 0


def _overrides(args: argparse.Namespace) -> dict[str, str]:
    result = {}
    for item in args.map:
        header, sep, field = item.rpartition("=")
        if not sep or not header.strip():
            raise UsageError(
                f'--map väntar RUBRIK=FÄLT, till exempel --map "Motpart=counterparties"; fick '
                f"{item!r}.",
                f'--map expects HEADER=FIELD, e.g. --map "Motpart=counterparties"; got {item!r}.',
            )
        result[header.strip()] = field.strip()
    return result


def _theme_choices(args: argparse.Namespace) -> dict[str, int]:
    """``--theme "klimat=Klimat och miljö"``: the file's theme -> the register's theme id."""
    if not args.theme:
        return {}
    from desktop_app.importers.headers import normalise
    from desktop_app.services import catalog

    themes = catalog.list_themes()
    known = {}
    for t in themes:
        for name in (t.name_sv, t.name_en):
            if name:
                known.setdefault(normalise(name), t.id)
    result = {}
    for item in args.theme:
        written, sep, target = item.rpartition("=")
        if not sep or not written.strip() or not target.strip():
            raise UsageError(
                f'--theme väntar FILENS_TEMA=TEMA, till exempel --theme "klimat=Klimat och '
                f'miljö"; fick {item!r}.',
                f'--theme expects FILE_THEME=THEME, e.g. --theme "klimat=Klimat och miljö"; '
                f"got {item!r}.",
            )
        ident = known.get(normalise(target))
        if ident is None:
            names = "; ".join(t.name_sv for t in themes)
            raise UsageError(
                f"Temat {target.strip()!r} finns inte i registret. Teman: {names}.",
                f"The theme {target.strip()!r} is not in the register. Themes: {names}.",
            )
        result[written.strip()] = ident
    return result


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.importers import headers as H
    from desktop_app.importers.preview import build_preview, read_layout
    from desktop_app.importers.report import (
        rejected_report_path,
        status_label,
        write_rejected_report,
    )
    from desktop_app.services.imports import apply_import

    if args.force and not args.update:
        raise UsageError("--force gäller bara tillsammans med --update.",
                         "--force only applies together with --update.")  # fmt: skip
    overrides = _overrides(args)
    if args.report is not None:
        args.report = output_file(args, args.report, (".xlsx",), "Rapporten", "The report")
    open_from_args(args)
    lang = args.lang or "sv"
    layout = read_layout(args.file, args.sheet)
    if args.forget_map:
        forgotten = H.forget(H.signature(layout.headers))
        layout.mapping, layout.remembered = H.guess_mapping(layout.headers), False
        print(
            say(args, "Den sparade kopplingen för de här rubrikerna är glömd.",
                "The remembered mapping for these headers is forgotten.") if forgotten
            else say(args, "Ingen koppling var sparad för de här rubrikerna.",
                     "No mapping was remembered for these headers.")
        )  # fmt: skip
    if overrides:
        try:
            layout.mapping = H.apply_overrides(layout.headers, layout.mapping, overrides)
        except ValueError as exc:
            print(
                say(
                    args,
                    f"Okänt fält {exc}. Fält: {', '.join(H.FIELDS)}, ignore.",
                    f"Unknown field {exc}. Fields: {', '.join(H.FIELDS)}, ignore.",
                ),  # fmt: skip
                file=sys.stderr,
            )
            return 2
        if not args.dry_run:  # a dry run tries a mapping; it does not keep it
            H.remember(H.signature(layout.headers), layout.mapping)
    preview = build_preview(
        layout, args.file, update=args.update, force=args.force, theme_choices=_theme_choices(args)
    )
    mapped = [f"{h} → {m}" for h, m in zip(layout.headers, layout.mapping, strict=False) if h and m]
    print(
        say(
            args,
            f"Blad {preview.sheet!r}, rubrikrad {preview.header_row_no}: ",
            f"Sheet {preview.sheet!r}, header row {preview.header_row_no}: ",
        )  # fmt: skip
        + "; ".join(mapped)
    )
    if layout.remembered and not overrides:
        print(
            say(args, "Kopplingen är sparad från en tidigare import med samma rubriker "
                "(glöm den med --forget-map).",
                "The mapping is remembered from an earlier import with the same headers "
                "(forget it with --forget-map).")
        )  # fmt: skip
    if layout.unmapped:
        print(
            say(args, "Ej importerade kolumner: ", "Columns not imported: ")
            + ", ".join(layout.unmapped)
            + say(args, " (använd --map RUBRIK=FÄLT)", " (use --map HEADER=FIELD)")
        )
    _print_rows(args, preview, lang, status_label)
    for line in preview.summary(lang):
        print(line)
    if preview.resolver.new_themes:
        print(
            say(args, '  (ett nytt tema förs till ett av registrets med --theme "FILENS_TEMA=TEMA")',
                '  (file a new theme under one of the register\'s with --theme "FILE_THEME=THEME")')
        )  # fmt: skip
    c = preview.counts()
    print(
        say(
            args,
            f"Nya {c['new']}, uppdateras {c['update']}, oförändrade {c['unchanged']}, "
            f"skiljer sig {c['differs']}, äldre än registret {c['older']}, "
            f"dubbletter {c['duplicate']}, fel {c['error']}.",
            f"New {c['new']}, updates {c['update']}, unchanged {c['unchanged']}, "
            f"differ {c['differs']}, older than the register {c['older']}, "
            f"duplicates {c['duplicate']}, errors {c['error']}.",
        )
    )
    report = args.report
    if report is None and args.skip_rejected and preview.rejected and not args.dry_run:
        report = rejected_report_path(args.file)
    if report is not None:
        n = write_rejected_report(preview, report, lang)
        print(say(args, f"Rapport över avvisade rader ({n}): {report}",
                  f"Report of rejected rows ({n}): {report}"))  # fmt: skip
    if preview.truncated:
        print(say(args, "Filen har fler rader än gränsen; ingenting importerades.",
                  "The file has more rows than the limit; nothing was imported."),
              file=sys.stderr)  # fmt: skip
        return 1
    if preview.blocking and not args.skip_rejected:
        n = len(preview.accepted)
        print(
            say(args, "Ingenting importerades: rätta de avvisade raderna och försök igen, "
                f"eller importera de {n} godkända raderna med --skip-rejected.",
                "Nothing was imported: correct the rejected rows and try again, or import "
                f"the {n} accepted rows with --skip-rejected."),
            file=sys.stderr,
        )  # fmt: skip
        return 1
    if args.dry_run:
        print(say(args, "Provkörning: ingenting skrevs.", "Dry run: nothing was written."))
        return 0
    if not preview.can_apply_accepted:
        print(say(args, "Inget att importera.", "Nothing to import."))
        return 0
    counts = apply_import(preview, skip_rejected=args.skip_rejected)
    print(
        say(
            args,
            f"Importerade {counts['created']} nya och uppdaterade {counts['updated']} poster.",
            f"Imported {counts['created']} new and updated {counts['updated']} entries.",
        )
    )
    return 0


MAX_ROWS_LISTED = 50  # rows with differences listed without -v


def _print_rows(args: argparse.Namespace, preview, lang: str, status_label) -> None:
    """Rejected rows always; existing entries with their differences (old → new); with
    -v every row with everything said about it."""
    listed = 0
    hidden = 0
    for row in preview.rows:
        head = f"  {say(args, 'rad', 'row')} {row.row_no}: {status_label(row.status, lang)}"
        if args.verbose:
            text = " ".join(row.messages(lang))
            print(f"{head}: {text}" if text else head)
        elif row.rejected:
            print(f"{head}: {row.reason(lang)}")
        elif row.changes and row.status in ("differs", "older", "update"):
            if listed >= MAX_ROWS_LISTED:
                hidden += 1
                continue
            listed += 1
            older = f" {row.older.message(lang)}" if row.older and row.status != "differs" else ""
            print(f"{head} ({row.data.case_number}).{older}")
        else:
            continue
        if row.changes and not row.rejected:
            for change in row.changes:
                print(f"      {change.text(lang)}")
    if hidden:
        print(say(args, f"  … och {hidden} rader till med skillnader (-v visar alla).",
                  f"  … and {hidden} more rows with differences (-v lists all)."))  # fmt: skip
