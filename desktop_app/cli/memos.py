"""`memos` and `calendar`: renewal memos as PDF and review reminders as iCalendar."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.store.errors import StoreError

from .common import add_database_argument, open_from_args, say


class _UsageError(StoreError):
    """A wrong combination of options, said in both languages."""


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
    p.add_argument("--due-within", type=int, metavar="DAYS", help="entries due within DAYS")
    p.add_argument(
        "--id", dest="ids", type=int, action="append", metavar="ID", help="an entry id (repeat)"
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
    p.add_argument("--due-within", type=int, metavar="DAYS", help="only reviews within DAYS")
    p.add_argument(
        "--lead-days",
        type=int,
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
    if args.due_within is not None and args.due_within < 0:
        raise _UsageError("--due-within måste vara 0 eller mer.", "--due-within must be 0 or more.")
    open_from_args(args)
    lang = args.memo_lang or "sv"
    result = write_memos(
        args.separate_files or args.out,
        entry_ids=args.ids,
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

    if args.lead_days is not None and args.lead_days < 0:
        raise _UsageError("--lead-days måste vara 0 eller mer.", "--lead-days must be 0 or more.")
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
