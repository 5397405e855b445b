"""`memos` and `calendar`: renewal memos as PDF and review reminders as iCalendar."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import (
    MAX_DAYS,
    MAX_LEAD_DAYS,
    UsageError,
    add_database_argument,
    int_in_range,
    nothing_half_written,
    open_from_args,
    output_file,
    output_folder,
    say,
)

_UsageError = UsageError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "memos",
        help="write renewal memos (tjänsteutlåtanden) as PDF/A or Word",
        description="Write renewal memos for the entries due for review within DAYS "
        "(default: the register's lead time, overdue included) or for the given ids: "
        "one PDF with a cover list and a bookmark per memo (OUT.docx: one Word file, "
        "a section per memo), or one file per entry. Each memo is recorded in the "
        "entry's history; a terminated entry gets no memo.",
    )
    p.add_argument(
        "out", nargs="?", type=Path, help="the file to write: OUT.pdf, or OUT.docx for Word"
    )
    p.add_argument(
        "--due-within", type=int_in_range(0, MAX_DAYS), metavar="DAYS",
        help="entries due within DAYS",
    )  # fmt: skip
    p.add_argument(
        "--id",
        dest="ids",
        action="append",
        metavar="ID",
        help="an entry id (repeat)",
    )
    p.add_argument(
        "--separate-files",
        type=Path,
        metavar="DIR",
        help="one file per entry in DIR, named by case number and title",
    )
    p.add_argument(
        "--format",
        dest="memo_format",
        choices=("pdf", "docx"),
        default=None,
        help="pdf (PDF/A-2b) or docx (Word); default: from OUT's ending, else pdf",
    )
    p.add_argument(
        "--variant",
        choices=("review", "end", "new"),
        default=None,
        help="what the memos propose: a review, ending (utträde) or a new decision "
        "(default: a review; a draft entry's memo proposes the new decision)",
    )
    p.add_argument(
        "--memo-lang",
        "--lang",
        dest="memo_lang",
        choices=("sv", "en"),
        default=None,
        help="language of the memos (default: sv)",
    )
    add_database_argument(p)
    p.set_defaults(handler=cmd_memos)

    p = sub.add_parser(
        "calendar",
        help="write review reminders as an iCalendar (.ics) file",
        description="Write one all-day event per upcoming review (overdue ones on "
        "their original date) with a reminder LEAD days before; import the file "
        "in Outlook. Events keep their UID per entry, so a newer export moves them.",
    )
    p.add_argument("out", type=Path, help="the .ics file to write")
    p.add_argument(
        "--due-within", type=int_in_range(0, MAX_DAYS), metavar="DAYS",
        help="only reviews within DAYS",
    )  # fmt: skip
    p.add_argument(
        "--lead-days",
        type=int_in_range(0, MAX_LEAD_DAYS),
        metavar="N",
        help="reminder N days before (default: the register's lead time)",
    )
    add_database_argument(p)
    p.set_defaults(handler=cmd_calendar)


def cmd_memos(args: argparse.Namespace) -> int:
    from desktop_app.exports.memo_pdf import write_memos

    if (args.out is None) == (args.separate_files is None):
        raise _UsageError(
            "Ange antingen en fil (OUT.pdf eller OUT.docx) eller --separate-files MAPP.",
            "Give either a file (OUT.pdf or OUT.docx) or --separate-files DIR.",
        )
    if args.separate_files is not None:
        args.separate_files = output_folder(args.separate_files)
    else:
        args.out = output_file(args, args.out, (".pdf", ".docx"), "PM:en", "The memos")
    open_from_args(args)
    lang = args.memo_lang or "sv"
    ids = _entry_ids(args.ids) if args.ids else None
    target = args.separate_files or args.out
    with nothing_half_written(*([] if args.separate_files else [args.out]),
                              folder=args.separate_files):  # fmt: skip
        result = write_memos(
            target,
            entry_ids=ids,
            due_within_days=args.due_within,
            separate=args.separate_files is not None,
            lang=lang,
            variant=args.variant,
            fmt=args.memo_format,
        )
    if not result.entry_ids:
        print(say(args, "Inga poster att skriva PM för.", "No entries to write memos for."))
        return 0
    n = len(result.entry_ids)
    if args.separate_files is not None:
        print(
            say(
                args,
                f"Skrev {n} PM i {args.separate_files}.",
                f"Wrote {n} memos in {args.separate_files}.",
            )
        )
    elif result.pages:
        print(
            say(
                args,
                f"Skrev {n} PM ({result.pages} sidor) till {args.out}.",
                f"Wrote {n} memos ({result.pages} pages) to {args.out}.",
            )
        )
    else:
        print(say(args, f"Skrev {n} PM till {args.out}.", f"Wrote {n} memos to {args.out}."))
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    from desktop_app.exports.calendar_ics import write_calendar

    args.out = output_file(args, args.out, (".ics",), "Kalendern", "The calendar")
    open_from_args(args)
    count = write_calendar(
        args.out, due_within_days=args.due_within, lead_days=args.lead_days, lang=args.lang
    )
    print(
        say(
            args,
            f"Skrev {count} omprövningar till {args.out}.",
            f"Wrote {count} reviews to {args.out}.",
        )
    )
    return 0


def _entry_ids(items: list[str]) -> list[int]:
    """Entries named by number (12, #12) or case number ("KS 2009/0412"); several by
    repeating --id or separating them with commas."""
    from desktop_app.domain.unique_keys import entry_case_key
    from desktop_app.store.models import Entry

    ids: list[int] = []
    for item in (p.strip() for raw in items for p in raw.split(",")):
        if not item:
            continue
        key = entry_case_key(item)
        query = Entry.select(Entry.id).where(Entry.case_number_key == key)
        number = item.lstrip("#")
        if number.isdigit():
            query = query | Entry.select(Entry.id).where(Entry.id == int(number))
        found = [row[0] for row in query.tuples()]
        if not found:
            raise UsageError(
                f"Ingen post har numret eller diarienumret {item}. Ange postens nummer (som "
                "i registrets Id-kolumn) eller dess diarienummer, till exempel "
                '--id "KS 2009/0412".',
                f"No entry has the number or case number {item}. Give the entry's number "
                '(the register\'s Id column) or its case number, e.g. --id "KS 2009/0412".',
            )
        ids += [i for i in found if i not in ids]
    return ids
