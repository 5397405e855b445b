"""The Reviews due list as one flat table model: group rows, and entries read as shown.

At 300,000 entries the overdue group alone can hold 60,000 entries. A tree
of items (the page's first form) built a Python object per entry and froze
the window for seconds when a group opened; a tree model is no cure either,
because ``QTreeView`` lays out every expanded row through Python
(``index()``/``parent()``: 0.65 s for 60,000 children here). ``QTableView``
lays rows out in C++ and asks only for the rows on screen, so the page is a
flat table:

* each group (``services.reviews_due.DueGroup``: overdue first, then one per
  month) is one header row, spanning the columns, followed, when expanded,
  by its entries. Opening or closing a group inserts or removes its rows in
  one step, whatever their number (~12 ms for 60,000);
* the model holds only the ordered ids. An entry's row is read by id when
  the view first asks for it: ``data()`` notes the page of ``PAGE_SIZE``
  ids around it and, once per paint, emits ``rows_wanted`` with every page
  still missing; the page reads them on the runner and hands them back to
  ``add_rows``. Until then the row shows blank. Only the newest
  ``MAX_PENDING`` pages are asked for (a fast drag of the scroll bar asks for
  the pages it stops on, not all it passed), and at most ``CACHE_LIMIT``
  rows are kept, so memory stays flat however far the registrar scrolls;
* display strings are prepared once per row, when it is first shown
  (``data()`` is hot), with module-level role constants.

The model knows nothing about the database or the runner; a test drives it
with rows of its own.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.domain.kinds import label
from desktop_app.services.register import RegisterRow
from desktop_app.services.reviews_due import OVERDUE_GROUP, DueIndex, days_left
from desktop_app.ui.meeting_plan import memo_due_header
from desktop_app.ui.widgets.timeline import DUE_COLOR, OVERDUE_COLOR

PAGE_SIZE = 100  # ids read at once: a screen and a half
MAX_PENDING = 4  # pages asked for at most (the newest)
CACHE_LIMIT = 3_000  # rows kept; the oldest go first
EXPAND_BUDGET = 400  # entries shown at first: groups open in order until this many

COL_CASE, COL_TITLE, COL_KIND, COL_BODY, COL_NEXT, COL_DAYS, COL_MEMO = range(7)
COLUMN_COUNT = 7

DISPLAY = Qt.ItemDataRole.DisplayRole
DECORATION = Qt.ItemDataRole.DecorationRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FONT = Qt.ItemDataRole.FontRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
ENTRY_ROLE = Qt.ItemDataRole.UserRole  # the entry id on entry rows, None on group rows
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # the group key on group rows

ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
HEADER_TINT = QColor("#eef2f7")  # the side bar's colour: a group row reads as a heading
DUE_TEXT = QColor(DUE_COLOR).darker(130)


@dataclass
class _Group:
    key: str
    ids: tuple[int, ...]
    title: str
    expanded: bool
    start: int = 0  # the header's row


class ReviewsDueModel(QAbstractTableModel):
    """Group rows and entry rows of the Reviews due page; see the module docstring."""

    rows_wanted = Signal(list)  # entry ids to read (``add_rows`` takes the result)

    def __init__(self, parent: QObject | None = None, lang: str = "sv") -> None:
        super().__init__(parent)
        self.lang = lang
        self._today = date.today()
        self._groups: list[_Group] = []
        self._starts: list[int] = []
        self._rows = 0
        self._chosen: dict[str, bool] = {}  # groups the user opened or closed, by key
        # entry id -> [row (None: not found), its display texts and colour once shown]
        self._cache: OrderedDict[int, list] = OrderedDict()
        self._pending: OrderedDict[tuple[int, int], None] = OrderedDict()  # (group no, page)
        self._asked: list[int] = []  # the last request, until rows arrive
        self._ask = QTimer(self)
        self._ask.setSingleShot(True)
        self._ask.setInterval(0)  # once per paint, after it asked for every row on screen
        self._ask.timeout.connect(self._emit_wanted)
        self._bold = QFont()
        self._bold.setBold(True)
        self._header_brush = QBrush(HEADER_TINT)
        self._overdue_brush = QBrush(OVERDUE_COLOR)
        self._due_brush = QBrush(DUE_TEXT)
        self._arrows: dict[bool, QIcon] = {}
        self._headers = (
            self.tr("Case number"),
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Deciding body"),
            self.tr("Next review"),
            self.tr("Days left"),
            memo_due_header(),  # issue 16: the meeting plan's deadline
        )
        self._memo: dict[int, tuple[str, str]] = {}  # entry id -> (memo due, why)

    # ------------------------------------------------------------ contents

    def set_index(self, index: DueIndex) -> None:
        """Show a new index (a reset); groups keep the state the user gave them.

        Groups the user has not touched open in order while the entries shown
        stay within ``EXPAND_BUDGET``: the overdue ones and the next months
        on a small register, only the counts on a large one.
        """
        self.beginResetModel()
        self._today = index.today
        self._pending.clear()
        self._asked = []
        self._cache.clear()
        budget = EXPAND_BUDGET
        groups = []
        for group in index.groups:
            size = len(group.ids)
            default = size <= budget
            budget = budget - size if default else 0
            expanded = self._chosen.get(group.key, default)
            groups.append(
                _Group(group.key, group.ids, self._group_title(group.key, size), expanded)
            )
        self._groups = groups
        self._layout()
        self._store(index.first_rows)
        self.endResetModel()

    def add_rows(self, rows: dict[int, RegisterRow], asked: list[int] | None = None) -> None:
        """Rows read for ``rows_wanted``; ids asked for but absent show blank, not asked again."""
        self._store(rows.values())
        self._asked = []
        for entry_id in asked or ():
            if entry_id not in self._cache:
                self._cache[entry_id] = [None, (("",) * COLUMN_COUNT, None)]
        self._pending = OrderedDict(
            (key, None) for key in self._pending if self._missing(*key)
        )  # pages still short (another request brings them)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._rows - 1, COLUMN_COUNT - 1), [DISPLAY]
            )

    def add_memo_deadlines(self, texts: dict[int, tuple[str, str]]) -> None:
        """When each memo must be ready (``services.meetings.deadline_texts``)."""
        if len(self._memo) > CACHE_LIMIT:
            self._memo = {k: v for k, v in self._memo.items() if k in self._cache}
        self._memo.update(texts)
        for entry_id in texts:
            hit = self._cache.get(entry_id)
            if hit is not None:
                hit[1] = None  # formatted again with the deadline
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_MEMO), self.index(self._rows - 1, COL_MEMO), [DISPLAY]
            )

    def _store(self, rows) -> None:
        for r in rows:
            self._cache[r.id] = [r, None]  # formatted when first shown
            self._cache.move_to_end(r.id)
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)

    def _layout(self) -> None:
        starts, row = [], 0
        for group in self._groups:
            group.start = row
            starts.append(row)
            row += 1 + (len(group.ids) if group.expanded else 0)
        self._starts = starts
        self._rows = row

    # ------------------------------------------------------------ groups

    def group_keys(self) -> list[str]:
        return [g.key for g in self._groups]

    def groups(self) -> list[tuple[str, str, tuple[int, ...]]]:
        """(key, title, ids) of every group, in order."""
        return [(g.key, g.title, g.ids) for g in self._groups]

    def header_rows(self) -> list[int]:
        return list(self._starts)

    def is_expanded(self, key: str) -> bool:
        return any(g.expanded for g in self._groups if g.key == key)

    def set_expanded(self, key: str, expanded: bool) -> None:
        """Open or close a group: its rows inserted or removed in one step."""
        group = next((g for g in self._groups if g.key == key), None)
        if group is None or group.expanded == expanded:
            return
        self._chosen[key] = expanded
        first, last = group.start + 1, group.start + len(group.ids)
        if expanded:
            self.beginInsertRows(QModelIndex(), first, last)
            group.expanded = True
            self._layout()
            self.endInsertRows()
        else:
            self.beginRemoveRows(QModelIndex(), first, last)
            group.expanded = False
            number = self._groups.index(group)
            self._pending = OrderedDict((k, None) for k in self._pending if k[0] != number)
            self._layout()
            self.endRemoveRows()
        header = self.index(group.start, 0)
        self.dataChanged.emit(header, header, [DECORATION])

    def toggle(self, row: int) -> bool:
        """Open or close the group whose header is ``row``; False if it is an entry."""
        group = self._group_at_header(row)
        if group is None:
            return False
        self.set_expanded(group.key, not group.expanded)
        return True

    def _group_at_header(self, row: int) -> _Group | None:
        at = bisect_right(self._starts, row) - 1
        if at < 0 or self._starts[at] != row:
            return None
        return self._groups[at]

    def _locate(self, row: int) -> tuple[_Group, int]:
        """The group of ``row`` and the entry's place in it (-1: the header row)."""
        group = self._groups[bisect_right(self._starts, row) - 1]
        return group, row - group.start - 1

    # ------------------------------------------------------------ entries

    def entry_id(self, row: int) -> int | None:
        if not 0 <= row < self._rows:
            return None
        group, offset = self._locate(row)
        return group.ids[offset] if offset >= 0 else None

    def group_key_at(self, row: int) -> str | None:
        """The key of the group ``row`` belongs to (header or entry)."""
        return self._locate(row)[0].key if 0 <= row < self._rows else None

    def group_row(self, row: int) -> int:
        """The header row of the group ``row`` belongs to."""
        return self._locate(row)[0].start

    def row_of(self, entry_id: int, expand: bool = False) -> int:
        """The row showing ``entry_id`` (opening its group if ``expand``), or -1."""
        for group in self._groups:
            try:
                offset = group.ids.index(entry_id)
            except ValueError:
                continue
            if not group.expanded:
                if not expand:
                    return -1
                self.set_expanded(group.key, True)
            return group.start + 1 + offset
        return -1

    def cached_row(self, entry_id: int) -> RegisterRow | None:
        hit = self._cache.get(entry_id)
        return hit[0] if hit is not None else None

    def cached_count(self) -> int:
        return len(self._cache)

    def _missing(self, number: int, page: int) -> list[int]:
        group = self._groups[number]
        if not group.expanded:
            return []
        ids = group.ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        return [i for i in ids if i not in self._cache]

    def _want(self, number: int, offset: int) -> None:
        key = (number, offset // PAGE_SIZE)
        if key in self._pending:
            self._pending.move_to_end(key)
        else:
            self._pending[key] = None
            while len(self._pending) > MAX_PENDING:
                self._pending.popitem(last=False)
        if not self._ask.isActive():
            self._ask.start()

    def _emit_wanted(self) -> None:
        wanted: list[int] = []
        for key in self._pending:
            wanted.extend(self._missing(*key))
        if wanted and wanted != self._asked:  # a repaint while they are read asks nothing
            self._asked = wanted
            self.rows_wanted.emit(wanted)

    # ------------------------------------------------------------ texts

    def _group_title(self, key: str, count: int) -> str:
        locale = QLocale(
            QLocale.Language.Swedish if self.lang == "sv" else QLocale.Language.English
        )
        number = locale.toString(count)
        if key == OVERDUE_GROUP:
            return self.tr("Overdue (%1)").replace("%1", number)
        year, month = (int(part) for part in key.split("-"))
        return f"{key} – {locale.standaloneMonthName(month)} {year} ({number})"

    def _texts(self, r: RegisterRow) -> tuple[str, ...]:
        days = days_left(r, self._today)
        if days is None:
            days_text = ""
        elif days < 0:
            days_text = self.tr("%n days overdue", "", -days)
        elif days == 0:
            days_text = self.tr("today")
        else:
            days_text = self.tr("in %n days", "", days)
        return (
            r.case_number,
            r.title,
            label(r.kind, self.lang),
            r.deciding_body,
            r.next_review_date.isoformat() if r.next_review_date else "",
            days_text,
            self._memo.get(r.id, ("", ""))[0],
        )

    def _state_brush(self, r: RegisterRow) -> QBrush | None:
        days = days_left(r, self._today)
        if days is None:
            return None
        return self._overdue_brush if days < 0 else self._due_brush

    def _arrow(self, expanded: bool) -> QIcon:
        icon = self._arrows.get(expanded)
        if icon is None:
            pixmap = (
                QStyle.StandardPixmap.SP_ArrowDown
                if expanded
                else QStyle.StandardPixmap.SP_ArrowRight
            )
            icon = QApplication.style().standardIcon(pixmap)
            self._arrows[expanded] = icon
        return icon

    # ------------------------------------------------------------ Qt model API

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: QModelIndex, role: int = DISPLAY):
        row = index.row()
        number = bisect_right(self._starts, row) - 1
        group = self._groups[number]
        offset = row - group.start - 1
        column = index.column()
        if offset < 0:
            return self._group_data(group, column, role)
        entry_id = group.ids[offset]
        if role == ENTRY_ROLE:
            return entry_id
        hit = self._cache.get(entry_id)
        if hit is None:
            if role == DISPLAY:
                self._want(number, offset)
            return None
        shown = hit[1]
        if shown is None:
            row_data = hit[0]
            shown = hit[1] = (self._texts(row_data), self._state_brush(row_data))
        if role == DISPLAY:
            return shown[0][column]
        if role == FOREGROUND:
            return shown[1] if column in (COL_NEXT, COL_DAYS) else None
        if role == ALIGN:
            return ALIGN_RIGHT if column == COL_DAYS else ALIGN_LEFT
        if role == TOOLTIP and column == COL_TITLE:
            return shown[0][COL_TITLE] or None
        if role == TOOLTIP and column == COL_MEMO:
            return self._memo.get(entry_id, ("", ""))[1] or None
        return None

    def _group_data(self, group: _Group, column: int, role: int):
        if role == DISPLAY:
            return group.title if column == 0 else None
        if role == GROUP_ROLE:
            return group.key
        if role == FONT:
            return self._bold
        if role == BACKGROUND:
            return self._header_brush
        if role == FOREGROUND and group.key == OVERDUE_GROUP:
            return self._overdue_brush
        if role == DECORATION and column == 0:
            return self._arrow(group.expanded)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == DISPLAY:
                return self._headers[section]
            if role == ALIGN:
                return ALIGN_RIGHT if section == COL_DAYS else ALIGN_LEFT
        return None
