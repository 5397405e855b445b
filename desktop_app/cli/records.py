"""`request-export`, `secrecy`, `archive-package`: the register as official records (R10).

`request-export` answers a request for public documents: the entries (or
the whole register) with their history, as Excel and PDF/A, masked where a
secrecy assessment says so, and the request recorded in the audit trail.
`secrecy` records, lists and removes secrecy assessments (OSL 15 kap. 1 §).
`archive-package` delivers the register and its history to the e-archive.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import add_database_argument, open_from_args, say

_DECISIONS = {
    "lämnas-ut": "disclose",
    "lamnas-ut": "disclose",
    "disclose": "disclose",
    "maskering": "disclose_masked",
    "lämnas-ut-med-maskering": "disclose_masked",
    "disclose-masked": "disclose_masked",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "request-export",
        help="answer a request for public documents: entries and their history (Excel, PDF/A)",
        description="Write OUT.xlsx and OUT.pdf: the entries named (by id or case number), "
        "or with --all the whole register, with every version, review, termination and "
        "document made, in the History page's words. Fields marked for secrecy are masked "
        "and the documents say so; the request (case number, decision) is recorded in the "
        "audit trail.",
    )
    p.add_argument("out", type=Path, metavar="OUT", help="file name; .xlsx and .pdf are written")
    p.add_argument("--case", required=True, metavar="DNR", help="the request's case number")
    p.add_argument(
        "--entry",
        action="append",
        default=[],
        metavar="ID_OR_CASE",
        help="an entry: its id (#12 or 12) or its case number (repeat)",
    )
    p.add_argument("--all", action="store_true", help="the whole register")
    p.add_argument(
        "--decision",
        choices=sorted(_DECISIONS),
        help="lämnas-ut or maskering (default: masking when anything is marked)",
    )
    p.add_argument("--format", choices=("both", "xlsx", "pdf"), default="both")
    p.add_argument("--doc-lang", dest="doc_lang", choices=("sv", "en"), default=None)
    add_database_argument(p)
    p.set_defaults(handler=cmd_request_export)

    p = sub.add_parser(
        "secrecy",
        help="record, list or remove secrecy assessments of entries and fields",
        description="mark ENTRY [FIELD] --reason TEXT: record that the entry (or the field, "
        "e.g. counterparties, notes, annual_cost) may be covered by secrecy; "
        "unmark MARK_ID --reason TEXT; list; reader-views [SCHEMA] (PostgreSQL, as the "
        "register's owner: readers then get marked fields masked by the database).",
    )
    p.add_argument("action", choices=("mark", "unmark", "list", "reader-views"))
    p.add_argument("target", nargs="?", help="entry (id or case number) or mark id")
    p.add_argument("field", nargs="?", default="", help="the field (empty: the whole entry)")
    p.add_argument("--reason", default="")
    p.add_argument("--provision", default="")
    add_database_argument(p)
    p.set_defaults(handler=cmd_secrecy)

    p = sub.add_parser(
        "archive-package",
        help="write the register and its history as a BagIt package for the e-archive",
        description="Write OUT_DIR (new or empty) as a BagIt package: register.xml with its "
        "documented XML schema, the same as CSV, the annual summaries and the memos "
        "recorded in the history as PDF/A, a description of the fields in Swedish, and "
        "SHA-256/SHA-512 checksums for every file. The delivery is recorded in the history.",
    )
    p.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    add_database_argument(p)
    p.set_defaults(handler=cmd_archive_package)


def cmd_archive_package(args: argparse.Namespace) -> int:
    from desktop_app.exports.archive_package import write_package

    open_from_args(args)
    result = write_package(args.out_dir, lang=args.lang or "sv")
    print(
        say(
            args,
            f"Skrev arkivpaketet {result.path}: {result.counts.get('poster', 0)} poster, "
            f"{result.counts.get('historik', 0)} händelser, {len(result.documents)} dokument.",
            f"Wrote the archive package {result.path}: {result.counts.get('poster', 0)} "
            f"entries, {result.counts.get('historik', 0)} events, {len(result.documents)} "
            "documents.",
        )
    )
    return 0


def _entry_ids(args: argparse.Namespace, items: list[str]) -> list[int] | None:
    from desktop_app.services.overview import entry_ids_for

    ids: list[int] = []
    for item in items:
        found = entry_ids_for(item if not item.isdigit() else f"#{item}")
        if not found:
            print(say(args, f"Ingen post: {item}.", f"No entry: {item}."), file=sys.stderr)
            return None
        ids += found
    return ids


def cmd_request_export(args: argparse.Namespace) -> int:
    from desktop_app.exports import trail_words
    from desktop_app.exports.request_export import write_request

    open_from_args(args)
    if args.all == bool(args.entry):
        print(say(args, "Ange --entry eller --all.", "Give --entry or --all."), file=sys.stderr)
        return 2
    ids = None if args.all else _entry_ids(args, args.entry)
    if ids is None and not args.all:
        return 2
    lang = args.doc_lang or args.lang or "sv"
    trail_words.set_language(lang)
    formats = ("xlsx", "pdf") if args.format == "both" else (args.format,)
    result = write_request(
        args.out,
        ids,
        args.case,
        trail_words,
        decision=_DECISIONS.get(args.decision) if args.decision else None,
        lang=lang,
        formats=formats,
    )
    files = ", ".join(str(f) for f in result.files)
    print(
        say(
            args,
            f"Skrev {result.entries} poster ({result.masked_entries} med maskering) till "
            f"{files}; begäran {args.case} är registrerad i historiken.",
            f"Wrote {result.entries} entries ({result.masked_entries} masked) to {files}; "
            f"request {args.case} is recorded in the history.",
        )
    )
    return 0


def cmd_secrecy(args: argparse.Namespace) -> int:
    from desktop_app.services import secrecy

    open_from_args(args)
    if args.action == "reader-views":
        schema = args.target or "public"
        secrecy.configure_masked_readers(schema)
        print(
            say(
                args,
                f"Läsarnas vyer finns i schemat {secrecy.masked_schema(schema)}. Ge varje "
                f"läsare: ALTER ROLE namn SET search_path = {secrecy.masked_schema(schema)}, "
                f"{schema}; kör kommandot igen efter roles.sql.",
                f"The readers' views are in schema {secrecy.masked_schema(schema)}. For each "
                f"reader: ALTER ROLE name SET search_path = {secrecy.masked_schema(schema)}, "
                f"{schema}; run this again after roles.sql.",
            )
        )
        return 0
    if args.action == "list":
        for entry_id, marks in sorted(secrecy.active_marks().items()):
            for m in marks:
                print(
                    f"{m.id}\t#{entry_id}\t{m.field or '*'}\t{m.provision}\t"
                    f"{m.marked_at:%Y-%m-%d}\t{m.marked_by}\t{m.reason}"
                )
        return 0
    if not args.target:
        print(say(args, "Ange posten eller markeringen.", "Give the entry or the mark."),
              file=sys.stderr)  # fmt: skip
        return 2
    if args.action == "unmark":
        if not args.target.isdigit():
            print(say(args, "Ange markeringens nummer.", "Give the mark's number."),
                  file=sys.stderr)  # fmt: skip
            return 2
        secrecy.unmark(int(args.target), args.reason)
        print(say(args, f"Markering {args.target} borttagen.", f"Mark {args.target} removed."))
        return 0
    ids = _entry_ids(args, [args.target])
    if not ids:
        return 2
    if len(ids) != 1:
        print(say(args, "Flera poster matchar; ange id.", "Several entries match; give the id."),
              file=sys.stderr)  # fmt: skip
        return 2
    mark = secrecy.mark(ids[0], args.field, args.reason, args.provision)
    print(say(args, f"Markering {mark.id} registrerad.", f"Mark {mark.id} recorded."))
    return 0
