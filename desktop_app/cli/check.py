"""`check`: the strategy's findings for the whole register, printed as they are found.

Entries stream from ``services.checks`` a chunk at a time and are printed at
once, so the command starts answering immediately and its memory stays flat
however large the register is. Assessed warnings are shown as assessed, with
who, when and why; ``--open`` leaves them out. After the entries come the
administrations and companies without an international contact person (R8)
and the invitation letters that lack a justification (R9).
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import TYPE_CHECKING

from desktop_app.domain.findings import Severity

from .common import add_database_argument, open_from_args, say

if TYPE_CHECKING:
    from desktop_app.domain.assessments import CheckedFinding


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="list the rule findings per entry (exit 1 on errors)",
        description="List the strategy's findings (R1-R6) for every entry that is not "
        "archived, then administrations and companies without an international contact "
        "person (R8) and invitation letters without a justification (R9). Assessed "
        "warnings are shown with the assessment. Exit status 1 if any entry has errors.",
    )
    p.add_argument("--errors-only", action="store_true", help="show only errors")
    p.add_argument(
        "--open", action="store_true", help="leave out warnings a registrar has assessed"
    )
    add_database_argument(p)
    p.set_defaults(handler=cmd_check)


_LABELS = {
    Severity.ERROR: ("FEL", "ERROR"),
    Severity.WARNING: ("varning", "warning"),
    Severity.NOTE: ("notering", "note"),
}


def _shown(checked: CheckedFinding, args: argparse.Namespace) -> bool:
    if args.errors_only:
        return checked.finding.is_error
    return checked.is_open or not args.open


def _lines(checked: CheckedFinding, args: argparse.Namespace) -> list[str]:
    f = checked.finding
    if checked.assessment is not None:
        kind = say(args, "bedömd", "assessed")
        return [
            f"    {kind:8} {f.code:18} {f.message(args.lang)}",
            f"    {'':8} {'':18} {checked.assessed_text(args.lang)}",
        ]
    kind = say(args, *_LABELS[f.severity])
    return [f"    {kind:8} {f.code:18} {f.message(args.lang)}"]


def _count(counts: Counter, checked: CheckedFinding) -> None:
    if checked.assessment is not None:
        counts["assessed"] += 1
    else:
        counts[checked.finding.severity] += 1


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def cmd_check(args: argparse.Namespace) -> int:
    # The rules' services are imported here, not at start: building the parser
    # (every start of the program, the window's too) must stay cheap.
    from desktop_app.services import catalog, checks, invitations

    open_from_args(args)
    ctx = catalog.rule_context()
    counts: Counter = Counter()
    entries = 0
    for item in checks.iter_entry_checks(ctx=ctx):
        entries += 1
        for checked in item.findings:
            _count(counts, checked)
        shown = [c for c in item.findings if _shown(c, args)]
        if shown:
            print(f"{item.case_number or '#' + str(item.entry_id)}  {item.title}", flush=False)
            for checked in shown:
                print("\n".join(_lines(checked, args)))
    if not args.errors_only:
        gaps = checks.contact_checks(ctx)
        for gap in gaps:
            _count(counts, gap.checked)
        shown_gaps = [g for g in gaps if _shown(g.checked, args)]
        if shown_gaps:
            print(say(args, "Kontaktpersoner (R8)", "Contact persons (R8)"))
            for gap in shown_gaps:
                print("\n".join(_lines(gap.checked, args)))
        letters = invitations.letter_checks()
        for letter in letters:
            for checked in letter.findings:
                _count(counts, checked)
        shown_letters = [
            (letter, [c for c in letter.findings if _shown(c, args)]) for letter in letters
        ]
        shown_letters = [(letter, found) for letter, found in shown_letters if found]
        if shown_letters:
            print(say(args, "Inbjudningsbrev (R9)", "Invitation letters (R9)"))
            for letter, found in shown_letters:
                print(f"  {letter.label}")
                for checked in found:
                    print("\n".join(_lines(checked, args)))
    n_err, n_warn = counts[Severity.ERROR], counts[Severity.WARNING]
    n_note, n_assessed = counts[Severity.NOTE], counts["assessed"]
    print(
        say(
            args,
            f"{_n(entries, 'post', 'poster')} med anmärkningar: {n_err} fel, "
            f"{_n(n_warn, 'öppen varning', 'öppna varningar')}, "
            f"{_n(n_note, 'notering', 'noteringar')}, {_n(n_assessed, 'bedömd', 'bedömda')}.",
            f"{_n(entries, 'entry', 'entries')} with findings: {_n(n_err, 'error', 'errors')}, "
            f"{_n(n_warn, 'open warning', 'open warnings')}, {_n(n_note, 'note', 'notes')}, "
            f"{n_assessed} assessed.",
        )
    )
    return 1 if n_err else 0
