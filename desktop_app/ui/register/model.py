"""The register's table model: ordered ids from SQL, rows paged in as the view asks.

``services.register.query_ids`` gives the ids of the current filter in the
current order (filtering, sorting and search happen in SQL). ``data()`` only
looks up a prepared tuple of display strings: when the view asks for a row
that is not cached yet, the page of ``PAGE_SIZE`` rows around it is fetched
with ``rows_by_ids`` and formatted once. Sorting a column issues a new query
(no QSortFilterProxyModel: it would call ``data()`` for every cell).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.domain.dates import interval_label
from desktop_app.domain.kinds import directions_text, label
from desktop_app.domain.money import format_amount
from desktop_app.services.register_types import RegisterFilter, RegisterRow

from .. import secrecy_marks
from .columns import COMPUTED, MODEL_COLUMNS, RIGHT_ALIGNED, title
from .findings_column import FindingsCache
from .queries import PAGE_SIZE

CACHE_LIMIT = 20_000

# Role constants as module names: data() is the hottest function in the program.
DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole
BACKGROUND_ROLE = Qt.ItemDataRole.BackgroundRole
FOREGROUND_ROLE = Qt.ItemDataRole.ForegroundRole
FONT_ROLE = Qt.ItemDataRole.FontRole
TOOLTIP_ROLE = Qt.ItemDataRole.ToolTipRole
DECORATION_ROLE = Qt.ItemDataRole.DecorationRole
ALIGN_ROLE = Qt.ItemDataRole.TextAlignmentRole
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the RegisterRow
STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # "overdue", "due", "archived", "ended" or ""

ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

OVERDUE_COLOUR = QColor("#f6cfcc")
DUE_COLOUR = QColor("#fde8b8")
MUTED_COLOUR = QColor("#6b6f76")
ARCHIVED_COLOUR = QColor("#8a8d91")

_COL_INDEX = {name: i for i, name in enumerate(MODEL_COLUMNS)}
_ALIGNMENTS = tuple(ALIGN_RIGHT if c in RIGHT_ALIGNED else ALIGN_LEFT for c in MODEL_COLUMNS)
_CASE_COLUMN = MODEL_COLUMNS.index("case_number")  # where a secrecy mark shows
_FINDINGS_COLUMN = MODEL_COLUMNS.index("findings")  # read on the runner, not here


_FINDINGS_ROLES = frozenset({DISPLAY_ROLE, DECORATION_ROLE, TOOLTIP_ROLE})
_ICONS: dict[str, object] = {}


def finding_icon(level: str):
    """The standard error, warning and information icons (notes and assessed ones)."""
    if level not in _ICONS:
        from PySide6.QtWidgets import QApplication, QStyle

        pixmap = {
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "note": QStyle.StandardPixmap.SP_MessageBoxInformation,
        }.get(level)
        style = QApplication.style()
        _ICONS[level] = style.standardIcon(pixmap) if pixmap is not None and style else None
    return _ICONS[level]


def format_date(value: date | datetime | None) -> str:
    """Dates as yyyy-MM-dd (times as yyyy-MM-dd HH:mm), whatever the locale."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def row_state(row: RegisterRow) -> str:
    """The look of a row: archived wins, then overdue, due, ended (terminated/expired)."""
    if row.archived:
        return "archived"
    if row.review_state in ("overdue", "due"):
        return row.review_state
    if row.status in ("terminated", "expired"):
        return "ended"
    return ""


def _solid(colour: QColor) -> QBrush:
    """``QBrush(colour)``, said with its style: with one argument PySide6 weighs
    the gradient constructor too and loads QGradient's 180 presets (~3 ms of the
    start, issue 19)."""
    return QBrush(colour, Qt.BrushStyle.SolidPattern)


class RegisterTableModel(QAbstractTableModel):
    """Rows of the register for one ``RegisterFilter``; see the module docstring."""

    def __init__(
        self, parent: QObject | None = None, lang: str = "sv", today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self._today = today
        self._filter = RegisterFilter()
        self._ids: list[int] = []
        # entry id -> (display strings, state, row)
        self._cache: dict[int, tuple[tuple[str, ...], str, RegisterRow]] = {}
        self._lead_days = 180
        self.fetches = 0  # pages fetched (tests and the benchmark read it)
        self._marked: set[int] = set()  # entries with a secrecy assessment (ui.secrecy_marks)
        self.findings = FindingsCache(self, lang)
        self.findings.changed.connect(self._findings_arrived)
        italic = QFont()
        italic.setItalic(True)
        self._font = {"archived": italic}
        self._background = {"overdue": _solid(OVERDUE_COLOUR), "due": _solid(DUE_COLOUR)}
        self._foreground = {"archived": _solid(ARCHIVED_COLOUR), "ended": _solid(MUTED_COLOUR)}

    # ------------------------------------------------------------------ queries

    @property
    def filter(self) -> RegisterFilter:
        """A copy of the current filter (change it through ``set_filter``)."""
        return dataclasses.replace(self._filter)

    def today(self) -> date:
        return self._today or date.today()

    def set_filter(self, f: RegisterFilter) -> None:
        """Run the filter's query; the rows already cached stay (they did not change)."""
        self._filter = dataclasses.replace(f)
        self._requery()

    def refresh(self) -> None:
        """Query again and forget cached rows (after a save, or F5)."""
        self._cache.clear()
        self._requery()

    def _requery(self) -> None:
        from desktop_app.services import register as reg
        from desktop_app.services import register_settings, secrecy

        self._lead_days = register_settings.lead_days()
        self._marked = secrecy.marked_entry_ids()
        ids = reg.query_ids(self._filter, self.today())
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
        self.beginResetModel()
        self._ids = ids
        self.endResetModel()

    def apply_result(
        self,
        f: RegisterFilter,
        ids: list[int],
        first_rows: dict[int, RegisterRow],
        lead_days: int | None = None,
        marked: set[int] | None = None,
    ) -> None:
        """Show a query's result computed on the runner (``view.query_register``), with
        the lead time and the entries with a secrecy mark read with it (else now)."""
        if lead_days is None or marked is None:
            from desktop_app.services import register_settings, secrecy

            lead_days = register_settings.lead_days() if lead_days is None else lead_days
            marked = secrecy.marked_entry_ids() if marked is None else marked
        self._filter = dataclasses.replace(f)
        self._lead_days = lead_days
        self._marked = marked
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
        for entry_id, r in first_rows.items():
            self._cache[entry_id] = (self._format(r), row_state(r), r)
        self.beginResetModel()
        self._ids = ids
        self.endResetModel()

    def extend_result(self, f: RegisterFilter, ids: list[int]) -> bool:
        """Every id of ``f`` after its first screen (``view.query_rest``): the rows
        beyond it are inserted, so scrolling and selection stay. False when the
        model shows another filter now, or the first screen has changed since."""
        if f != self._filter:
            return False
        shown = len(self._ids)
        if ids[:shown] != self._ids:
            return False
        if len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: a new query ordered by that column."""
        if not 0 <= column < len(MODEL_COLUMNS):
            return
        key = MODEL_COLUMNS[column]
        if key in COMPUTED:
            return  # the findings are not in the database: no order to ask for
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._filter.sort_key and descending == self._filter.descending and self._ids:
            return
        self._filter.sort_key = key
        self._filter.descending = descending
        from desktop_app.services import register as reg

        ids = reg.query_ids(self._filter, self.today())
        self.beginResetModel()  # a reset, not layoutChanged: selections are by row
        self._ids = ids
        self.endResetModel()

    def sort_column(self) -> int:
        return _COL_INDEX.get(self._filter.sort_key, -1)

    # ------------------------------------------------------------------ lookups

    def ids(self) -> list[int]:
        return list(self._ids)

    def ids_view(self) -> list[int]:
        """The ordered ids themselves (not a copy: do not change them)."""
        return self._ids

    def forget(self, entry_ids=None) -> None:
        """Drop cached rows (all, or those of ``entry_ids``) so they are read again."""
        self.findings.forget(None if entry_ids is None else list(entry_ids))
        if entry_ids is None:
            self._cache.clear()
        else:
            for entry_id in entry_ids:
                self._cache.pop(entry_id, None)

    def entry_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, entry_id: int) -> int:
        try:
            return self._ids.index(entry_id)
        except ValueError:
            return -1

    def register_row(self, row: int) -> RegisterRow:
        return self._cached(row)[2]

    def _cached(self, row: int) -> tuple[tuple[str, ...], str, RegisterRow]:
        entry_id = self._ids[row]
        hit = self._cache.get(entry_id)
        if hit is None:
            self._fetch_page(row)
            hit = self._cache.get(entry_id)
            if hit is None:  # the entry vanished since the query (cannot be deleted, R10)
                hit = self._placeholder(entry_id)
        return hit

    def _fetch_page(self, row: int) -> None:
        start = (row // PAGE_SIZE) * PAGE_SIZE
        wanted = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._cache]
        if not wanted:
            return
        self.fetches += 1
        from desktop_app.services import register as reg

        found = reg.rows_by_ids(wanted, self.today(), self._lead_days)
        for entry_id, r in found.items():
            self._cache[entry_id] = (self._format(r), row_state(r), r)

    def _placeholder(self, entry_id: int) -> tuple[tuple[str, ...], str, RegisterRow]:
        empty = RegisterRow(*([None] * len(RegisterRow._fields)))._replace(id=entry_id)
        return (tuple("" for _ in MODEL_COLUMNS), "", empty)

    def _format(self, r: RegisterRow) -> tuple[str, ...]:
        lang = self.lang
        values = {
            "id": str(r.id),
            "case_number": r.case_number,
            "title": r.title,
            "kind": label(r.kind, lang),
            "counterparties": r.counterparties,
            "scope": label(r.scope, lang),
            "deciding_body": r.deciding_body,
            "decision_date": format_date(r.decision_date),
            "responsible_body": r.responsible_body,
            "contact_person": r.contact_person,
            "theme": r.theme,
            "directions": directions_text(r.directions, lang),
            "start_date": format_date(r.start_date),
            "end_date": format_date(r.end_date),
            "review_interval_months": interval_label(r.review_interval_months, lang),
            "last_review_date": format_date(r.last_review_date),
            "next_review_date": format_date(r.next_review_date),
            "annual_cost": format_amount(r.annual_cost, r.currency, lang),
            "cost_payer": r.cost_payer,
            "status": label(r.status, lang),
            "review_state": label(r.review_state, lang),
            "notes": r.notes.replace("\n", " ")[:300],
            "updated_at": format_date(r.updated_at),
            "updated_by": r.updated_by,
            "findings": "",  # from self.findings, read on the runner
        }
        return tuple(values[c] for c in MODEL_COLUMNS)

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MODEL_COLUMNS)

    def data(self, index: QModelIndex, role: int = DISPLAY_ROLE):
        if index.column() == _FINDINGS_COLUMN and role in _FINDINGS_ROLES:
            return self._findings_data(index.row(), role)
        if role == DISPLAY_ROLE:
            hit = self._cache.get(self._ids[index.row()]) or self._cached(index.row())
            return hit[0][index.column()]
        if role == BACKGROUND_ROLE:
            return self._background.get(self._cached(index.row())[1])
        if role == FOREGROUND_ROLE:
            return self._foreground.get(self._cached(index.row())[1])
        if role == FONT_ROLE:
            return self._font.get(self._cached(index.row())[1])
        if role == ALIGN_ROLE:
            return _ALIGNMENTS[index.column()]
        if role == ENTRY_ID_ROLE:
            return self._ids[index.row()]
        if role == STATE_ROLE:
            return self._cached(index.row())[1]
        if role == ROW_ROLE:
            return self._cached(index.row())[2]
        if role == TOOLTIP_ROLE:
            tip = self._tooltip(index)
            if self._ids[index.row()] in self._marked and index.column() == _CASE_COLUMN:
                return "\n\n".join(t for t in (secrecy_marks.tooltip(), tip) if t)
            return tip
        if role == DECORATION_ROLE and index.column() == _CASE_COLUMN:
            return secrecy_marks.lock_icon() if self._ids[index.row()] in self._marked else None
        return None

    def _findings_data(self, row: int, role: int):
        summary = self.findings.get(self._ids[row])
        if summary is None:
            return "…" if role == DISPLAY_ROLE else None
        if role == DISPLAY_ROLE:
            if summary.level == "assessed":
                return QCoreApplication.translate("RegisterModel", "assessed")
            return summary.codes
        if role == DECORATION_ROLE:
            return finding_icon(summary.level)
        return summary.tooltip or None

    def _findings_arrived(self, ids: list[int]) -> None:
        rows = [self.row_of(i) for i in ids] if len(ids) < 500 else []
        rows = [r for r in rows if r >= 0]
        if rows:
            top, bottom = min(rows), max(rows)
        elif self._ids:
            top, bottom = 0, len(self._ids) - 1
        else:
            return
        self.dataChanged.emit(
            self.index(top, _FINDINGS_COLUMN), self.index(bottom, _FINDINGS_COLUMN)
        )

    def _tooltip(self, index: QModelIndex) -> str | None:
        texts, state, r = self._cached(index.row())
        explain = self.state_text(state, r)
        cell = texts[index.column()]
        if MODEL_COLUMNS[index.column()] in ("title", "notes", "counterparties") and cell:
            cell = r.notes if MODEL_COLUMNS[index.column()] == "notes" else cell
            return f"{cell}\n\n{explain}" if explain else cell
        return explain or None

    def state_text(self, state: str, r: RegisterRow) -> str:
        """Why a row has its colour (the tooltip; also the legend's wording)."""
        if state == "overdue":
            return QCoreApplication.translate(
                "RegisterModel", "Review overdue: the next review was due %1."
            ).replace("%1", format_date(r.next_review_date))
        if state == "due":
            return QCoreApplication.translate(
                "RegisterModel", "Review due soon: the next review is due %1."
            ).replace("%1", format_date(r.next_review_date))
        if state == "archived":
            return QCoreApplication.translate(
                "RegisterModel", "Archived: kept for the record, no longer in use."
            )
        if state == "ended":
            if r.status == "expired":
                return QCoreApplication.translate(
                    "RegisterModel", "Expired: the end date %1 has passed."
                ).replace("%1", format_date(r.end_date))
            return QCoreApplication.translate("RegisterModel", "Terminated.")
        return ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(MODEL_COLUMNS):
            if role == DISPLAY_ROLE:
                return title(MODEL_COLUMNS[section])
            if role == ALIGN_ROLE:
                return _ALIGNMENTS[section]
        return None

    @staticmethod
    def column_index(name: str) -> int:
        return _COL_INDEX.get(name, -1)
