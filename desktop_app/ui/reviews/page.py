"""Reviews due (R3): what is overdue and what falls due within the lead time.

Top: the list grouped by month ("Overdue (n)" first), so a registrar can
plan the next months' renewal memos. Bottom: the timeline picture of the
same entries (or of every live entry), to see at a glance what runs, what
ends and what is late. Both select together; double-click or Enter opens
the entry, and the window's entry actions and context menu act on the
highlighted one.

Everything is read on the window's runner, never on the UI thread: the
index of due ids with the first rows (lane ``reviews_due``), the rows of
the part scrolled to (``reviews_due_rows``), every live entry for the
timeline (``reviews_due_timeline``). Jobs are plain functions whose results
go to the model or the timeline and are dropped: nothing is parented to the
page or kept by it but the index and a bounded cache of rows. The page reads
again only for a change notice that concerns it (entries, bodies' names, the
lead time) or F5, so an idle page asks the database nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_app.services import reviews_due
from desktop_app.services.register import RegisterRow
from desktop_app.services.reviews_due import DueIndex
from desktop_app.ui.changes import BODIES, SETTINGS, ChangeNotice
from desktop_app.ui.errors import error_text, ui_language
from desktop_app.ui.pages.base import Page
from desktop_app.ui.runner import Job, runner
from desktop_app.ui.widgets.timeline import TimelineWidget
from desktop_app.ui.widgets.timeline_legend import TimelineLegend

from .model import ENTRY_ROLE, ReviewsDueModel
from .view import ReviewsDueView

TIMELINE_LIMIT = reviews_due.FIRST_ROWS  # bars in the picture: more are unreadable
LANE = "reviews_due"
ROWS_LANE = "reviews_due_rows"
TIMELINE_LANE = "reviews_due_timeline"


class ReviewsDuePage(Page):
    """Overdue and upcoming reviews, grouped by month, with the timeline."""

    has_entries = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = ui_language()
        self._index: DueIndex | None = None
        self._shown = 0  # how many indexes have been shown: row reads name theirs
        self._live: list[RegisterRow] | None = None  # every live entry, for "show all"

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)  # fits 1024 px: the sentence wraps
        self.show_all = QCheckBox(self.tr("Show all &live entries in the timeline"))
        self.show_all.setToolTip(
            self.tr("Off: the timeline shows the entries listed above. On: every live entry.")
        )
        self.show_all.toggled.connect(self._reload_timeline)
        reload_button = QPushButton(self.tr("&Refresh"))
        reload_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_all)
        top.addWidget(reload_button)

        self.model = ReviewsDueModel(self, lang=self._lang)
        self.model.rows_wanted.connect(self._read_rows)
        self.table = ReviewsDueView(self.model)
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.timeline = TimelineWidget()
        self.timeline.set_language(self._lang)
        self.timeline.entry_selected.connect(self._select_in_list)
        self.timeline.entry_activated.connect(self.open_entry_requested)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.timeline)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Repaint the whole visible picture on scroll so the year axis stays on top.
        self.scroll.verticalScrollBar().valueChanged.connect(self.timeline.update)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(TimelineLegend(lang=self._lang))
        lower_layout.addWidget(self.scroll, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([280, 520])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    # ------------------------------------------------------------ loading

    def load(self) -> None:
        """Read the index of due entries (and the timeline's rows) on the runner.

        A newer load makes an older result obsolete (latest only). The index
        is ids and dates; rows come for the first screen and the timeline,
        the rest as they are scrolled to.
        """
        if self._index is None:
            self.summary.setText(self.tr("Reading reviews due…"))
        today = date.today()
        show_all = self.show_all.isChecked()

        def read(_control) -> tuple[DueIndex, list[RegisterRow] | None]:
            index = reviews_due.due_index(today)
            return index, (reviews_due.live_rows(today) if show_all else None)

        runner().submit(
            Job(read, lane=LANE, latest_only=True, on_done=self._show, on_failed=self._failed)
        )

    def concerns(self, notice: ChangeNotice) -> bool:
        return notice.touches_entries() or notice.touches(BODIES, SETTINGS)

    def _failed(self, exc: BaseException) -> None:
        """A read failed (a locked or unreachable register): say so where the counts go."""
        if isValid(self):
            import html  # only when something failed: not at start-up

            text = self.tr("The reviews due could not be read: {0}").format(error_text(exc))
            self.summary.setText(f'<span style="color:#a4262c">{html.escape(text)}</span>')

    def _show(self, result: tuple[DueIndex, list[RegisterRow] | None]) -> None:
        if not isValid(self):
            return  # the window went away while the index was read
        index, live = result
        selected = self.selected_entry_id()
        self._index = index
        self._shown += 1
        self.model.set_index(index)
        self._read_deadlines([r.id for r in index.first_rows])
        if selected is not None:
            self.select_entry(selected, expand=False)
        parts = [
            self.tr("<b>%Ln overdue</b>", "", index.overdue),
            self.tr("%Ln due", "", index.due),
        ]
        self.summary.setText(
            self.tr("{parts} within the lead time of {lead} days (today {today}).").format(
                parts=self.tr(" and ").join(parts),
                lead=index.lead_days,
                today=index.today.isoformat(),
            )
        )
        if live is not None:
            self._live = live
        self._show_timeline()
        self.loaded.emit()

    def _read_rows(self, ids: list[int]) -> None:
        """The list shows rows it has not read: read them by id (newest request wins)."""
        if self._index is None:
            return
        model, shown = self.model, self._shown
        today, lead = self._index.today, self._index.lead_days

        def deliver(rows: dict[int, RegisterRow]) -> None:
            if isValid(model) and self._shown == shown:  # not for an index since replaced
                model.add_rows(rows, ids)
                self._read_deadlines(ids)

        runner().submit(
            Job(
                lambda _control: reviews_due.light_rows(ids, today, lead),
                lane=ROWS_LANE,
                latest_only=True,
                on_done=deliver,
                on_failed=self._failed,
            )
        )

    def _read_deadlines(self, ids: list[int]) -> None:
        """When the memos of these reviews must be ready (meeting plans, issue 16)."""
        if not ids or self._index is None:
            return
        model, shown, today, lang = self.model, self._shown, self._index.today, self._lang

        def deliver(texts: dict[int, tuple[str, str]]) -> None:
            if isValid(model) and self._shown == shown:
                model.add_memo_deadlines(texts)

        runner().submit(
            Job(
                lambda _control: _deadline_texts(ids, today, lang),
                lane="review-deadlines",
                on_done=deliver,
                on_failed=self._failed,
            )
        )

    def _reload_timeline(self) -> None:
        """The "show all" box changed: read the live entries, or show the listed ones."""
        if not self.show_all.isChecked():
            self._show_timeline()
            return
        today = date.today()
        runner().submit(
            Job(
                lambda _control: reviews_due.live_rows(today),
                lane=TIMELINE_LANE,
                latest_only=True,
                on_done=self._live_read,
                on_failed=self._failed,
            )
        )

    def _live_read(self, rows: list[RegisterRow]) -> None:
        if isValid(self):
            self._live = rows
            self._show_timeline()

    def _show_timeline(self) -> None:
        first = list(self._index.first_rows) if self._index is not None else []
        total = self._index.total if self._index is not None else 0
        if self.show_all.isChecked() and self._live is not None:
            rows = self._live
            note = (
                self.tr("The first {0} live entries by next review.").format(TIMELINE_LIMIT)
                if len(rows) >= TIMELINE_LIMIT
                else self.tr("%n live entries", "", len(rows))
            )
        else:
            rows = first
            note = (
                self.tr("The first {0} of {1} entries.").format(
                    QLocale().toString(TIMELINE_LIMIT), QLocale().toString(total)
                )
                if total > TIMELINE_LIMIT
                else self.tr("%n entries", "", len(rows))
            )
        today = self._index.today if self._index is not None else date.today()
        self.timeline.set_rows(rows, today)
        self.timeline.set_note(note)
        selected = self.selected_entry_id()
        if selected is not None:
            self.timeline.select(selected)

    # ------------------------------------------------------------ groups (tests, benchmark)

    def groups(self) -> list[tuple[str, str, tuple[int, ...]]]:
        """What the list holds: (group key, group title, entry ids) in order."""
        return self.model.groups()

    def expand_group(self, key: str, expanded: bool = True) -> None:
        self.model.set_expanded(key, expanded)

    # ------------------------------------------------------------ selection

    def selected_entry_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.entry_id(index.row())

    def selected_entry_ids(self) -> list[int]:
        entry_id = self.selected_entry_id()
        return [entry_id] if entry_id is not None else []

    def current_entry_id(self) -> int | None:
        return self.selected_entry_id()

    def select_entry(self, entry_id: int, expand: bool = True) -> bool:
        """Highlight ``entry_id`` (opening its group if ``expand``) and scroll to it."""
        row = self.model.row_of(entry_id, expand=expand)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def entry_views(self) -> list[QWidget]:
        return [self.table, self.timeline]

    def _on_activated(self, index: QModelIndex) -> None:
        """Double-click or Enter: a group opens or closes, an entry opens."""
        if self.table.toggle_if_group(index):
            return
        entry_id = index.data(ENTRY_ROLE)
        if entry_id is not None:
            self.open_entry_requested.emit(int(entry_id))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry_id = self.model.entry_id(current.row()) if current.isValid() else None
        self.selection_changed.emit()
        if entry_id is None:
            return
        self.timeline.select(entry_id)
        rows = self.timeline.rows()
        place = next((i for i, r in enumerate(rows) if r.id == entry_id), None)
        if place is not None:
            self.scroll.ensureVisible(0, self.timeline.row_top(place) + 12, 0, 40)

    def _select_in_list(self, entry_id: int) -> None:
        self.select_entry(entry_id)


def _deadline_texts(ids: list[int], today: date, lang: str) -> dict[int, tuple[str, str]]:
    """``services.meetings.deadline_texts``, imported here, on the runner: the meeting
    plans' modules (with the memos') took ~50 ms of the UI thread when the page was
    first shown, half of its stall at 100,000 entries on a slow machine (issue 19)."""
    from desktop_app.services import meetings

    return meetings.deadline_texts(ids, today, lang)
