"""The one way to archive or restore entries (R10: archived, never deleted).

Whether it starts from the register, the reviews-due list, the history, a
context menu or the entry editor, archiving asks the same question, naming
the entries it will act on (case number and title, the first ten and a count
of the rest), and runs one operation: all of them in one transaction, or,
on a conflict or an error, none. Entries already in the wanted state are
left out of the question and of the write.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .changes import ChangeNotice
from .operations import WriteOp

NAMED = 10  # entries named in the question; the rest are counted


class EntryRef(Protocol):
    """What archiving needs of an entry (a ``RegisterRow`` has it, so has ``EntryRef``)."""

    id: int
    version: int
    archived: bool
    case_number: str
    title: str


class Ref(NamedTuple):
    """An entry known by its record (the editor), not by a register row."""

    id: int
    version: int
    archived: bool
    case_number: str
    title: str


def entry_name(row: EntryRef) -> str:
    """ "KS 2009/0412 Medlemskap i Eurocities" (the title alone if no case number)."""
    return " ".join(part for part in (row.case_number, row.title) if part)


def _names(rows: Sequence[EntryRef]) -> str:
    lines = [f"• {entry_name(r)}" for r in rows[:NAMED]]
    if len(rows) > NAMED:
        lines.append(QCoreApplication.translate("Archive", "… and %n more", "", len(rows) - NAMED))
    return "\n".join(lines)


def question(rows: Sequence[EntryRef], archive: bool) -> str:
    """The question naming the entries (what the user confirms)."""
    if archive:
        head = QCoreApplication.translate("Archive", "Archive %n entries?", "", len(rows))
        tail = QCoreApplication.translate(
            "Archive",
            "Archived entries stay in the register with their history; they are only "
            "hidden from the current list. You can restore them.",
        )
    else:
        head = QCoreApplication.translate(
            "Archive", "Restore %n entries to the register?", "", len(rows)
        )
        tail = ""
    return "\n\n".join(part for part in (head, _names(rows), tail) if part)


def set_archived(
    parent: QWidget | None,
    rows: Sequence[EntryRef],
    archive: bool,
    on_done: Callable[[list[int]], None] | None = None,
) -> bool:
    """Ask, then archive (or restore) ``rows``; True when the write was started.

    ``on_done(ids)`` gets the ids whose state changed, after the write.
    """
    rows = [r for r in rows if bool(r.archived) != archive]
    if not rows:
        return False
    title = (
        QCoreApplication.translate("Archive", "Archive")
        if archive
        else QCoreApplication.translate("Archive", "Restore")
    )
    answer = QMessageBox.question(
        parent,
        title,
        question(rows, archive),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    from desktop_app.services import entries  # on use: not at start (issue 19)

    items = [(r.id, r.version) for r in rows]
    op = WriteOp(
        parent,
        lambda _control: entries.set_archived(items, archive),
        lambda ids: ChangeNotice.for_entries(ids),
    )
    if on_done is not None:
        op.success(on_done)
    return op.run() is not None


def undo_items(rows: Sequence[EntryRef], changed: Sequence[int]) -> list[tuple[int, int]]:
    """What restores the entries just archived: each id with the version the archive
    wrote (one more than the row had), so a later change is a conflict."""
    wanted = set(changed)
    return [(r.id, r.version + 1) for r in rows if r.id in wanted]


def done_text(count: int, archive: bool) -> str:
    """For the status bar after the write."""
    if archive:
        return QCoreApplication.translate("Archive", "%n entries archived.", "", count)
    return QCoreApplication.translate("Archive", "%n entries restored.", "", count)
