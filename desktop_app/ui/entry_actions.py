"""The entry actions act on what the user sees: the entries highlighted on the page shown.

Open, Record review, Terminate, Archive, Restore and Renewal memo are one set
of ``QAction``s (menu, shortcut and context menu alike). Whichever way they
are triggered, they take their entries from the page on screen
(``Page.selected_entry_ids`` / ``current_entry_id``): the Reviews due list
and its timeline, the History table and the register each offer their own
highlighted entries, and a page without entries (bodies, counterparties and
themes) leaves the actions disabled. Every page view that shows entries gets
the same context menu and the Enter/Delete shortcuts.

Writes go through the operations (``ui.archive``, the lifecycle dialogs, the
editor); their change notices refresh the pages, so nothing here reloads.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QMainWindow, QMenu, QWidget

from desktop_app.services import register as reg
from desktop_app.services.errors import StoreError
from desktop_app.services.register import RegisterRow

from . import archive
from .changes import ChangeNotice
from .errors import show_error
from .operations import WriteOp
from .pages.base import Page

ENOUGH_TO_DECIDE = 200  # rows read to enable the actions (Ctrl+A on 100,000 rows)


class EntryActions:
    """The entry actions of one main window, bound to its visible page."""

    def __init__(self, window: QMainWindow, current_page: Callable[[], Page]) -> None:
        self.window = window
        self.current_page = current_page
        self.read_only = False
        self.open = self._action(
            QCoreApplication.translate("MainWindow", "&Open"), self.open_current
        )
        self.open.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.review = self._action(
            QCoreApplication.translate("MainWindow", "Record re&view…"), self.record_review
        )
        self.terminate = self._action(
            QCoreApplication.translate("MainWindow", "&Terminate…"), self.terminate_entry
        )
        self.archive = self._action(
            QCoreApplication.translate("MainWindow", "&Archive…"), lambda: self.set_archived(True)
        )
        self.archive.setShortcut(QKeySequence("Delete"))
        self.restore = self._action(
            QCoreApplication.translate("MainWindow", "&Restore…"), lambda: self.set_archived(False)
        )
        self.memos = self._action(
            QCoreApplication.translate("MainWindow", "Renewal &memo…"), self.make_memos
        )
        self.memos.setShortcut(QKeySequence("Ctrl+P"))
        # Only while a list has focus: Enter in a text field or Delete in the
        # search box must not open or archive an entry.
        for action in (self.open, self.archive):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def writing(self) -> list[QAction]:
        return [self.archive, self.restore, self.review, self.terminate, self.memos]

    # ------------------------------------------------------------ pages

    def attach(self, page: Page) -> None:
        """Give the page's entry views the shortcuts and the context menu."""
        page.selection_changed.connect(self.update)
        for view in page.entry_views():
            view.addAction(self.open)
            view.addAction(self.archive)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self.show_menu(v, pos))

    def menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        for action in (
            self.open,
            self.review,
            self.terminate,
            None,
            self.memos,
            None,
            self.archive,
            self.restore,
        ):
            menu.addAction(action) if action else menu.addSeparator()
        return menu

    def show_menu(self, view: QWidget, pos: QPoint) -> QMenu:
        """The context menu at ``pos`` of ``view`` (its press has selected the row)."""
        self.update()
        menu = self.menu(view)
        target = view.viewport() if isinstance(view, QAbstractScrollArea) else view
        menu.popup(target.mapToGlobal(pos))
        return menu

    # ------------------------------------------------------------ targets

    def page(self) -> Page | None:
        page = self.current_page()
        return page if page.has_entries else None

    def target_ids(self) -> list[int]:
        page = self.page()
        return page.selected_entry_ids() if page is not None else []

    def current_id(self) -> int | None:
        page = self.page()
        return page.current_entry_id() if page is not None else None

    def target_rows(self, limit: int | None = None) -> list[RegisterRow]:
        """The highlighted entries as register rows (version, archived, names)."""
        page = self.page()
        if page is None:
            return []
        ids = page.selected_entry_ids()
        if limit is not None:
            ids = ids[:limit]
        rows = page.known_rows(ids)
        missing = [i for i in ids if i not in rows]
        if missing:
            rows.update(reg.rows_by_ids(missing))
        return [rows[i] for i in ids if i in rows]

    def update(self) -> None:
        """Enable what makes sense for the entries highlighted on the page shown."""
        try:
            rows = self.target_rows(ENOUGH_TO_DECIDE)
        except StoreError:
            rows = []
        count = len(self.target_ids()) if rows else 0
        single = count == 1 and self.current_id() is not None
        any_archived = any(r.archived for r in rows)
        any_live = any(not r.archived for r in rows)
        writable = not self.read_only
        for action, enabled in (
            (self.open, single),
            (self.review, single and not any_archived and writable),
            (self.terminate, single and not any_archived and writable),
            (self.archive, count > 0 and any_live and writable),
            (self.restore, count > 0 and any_archived and writable),
            (self.memos, writable),  # nothing highlighted: the memos due within N days
        ):
            action.setEnabled(enabled)

    # ------------------------------------------------------------ doing

    def open_current(self) -> None:
        entry_id = self.current_id()
        if entry_id is not None:
            self.open_entry(entry_id)

    def open_entry(self, entry_id: int | None) -> None:
        """The one way to open the editor (``editor.entry_dialog.open_entry_editor``)."""
        from .editor.entry_dialog import open_entry_editor

        open_entry_editor(self.window, entry_id)

    def record_review(self) -> None:
        from .editor import lifecycle

        entry_id = self.current_id()
        if entry_id is not None:
            lifecycle.record_review(self.window, entry_id)

    def terminate_entry(self) -> None:
        from .editor import lifecycle

        entry_id = self.current_id()
        if entry_id is not None:
            lifecycle.terminate_entry(self.window, entry_id)

    def set_archived(self, archive_them: bool) -> None:
        """Archive (or restore) every highlighted entry, after a question naming them."""
        try:
            rows = self.target_rows()
        except StoreError as exc:
            show_error(self.window, exc)
            return

        def done(ids: list[int]) -> None:
            text = archive.done_text(len(ids), archive_them)
            if archive_them:
                self.offer_undo(text, archive.undo_items(rows, ids))
            else:
                self.window.statusBar().showMessage(text, 5000)

        archive.set_archived(self.window, rows, archive_them, on_done=done)

    UNDO_MS = 10_000

    def offer_undo(self, text: str, items: list[tuple[int, int]]) -> None:
        """The status bar says what was archived and offers "Undo" for a few seconds:
        a restore of exactly those entries, as its own audited operation."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QLabel, QPushButton

        bar = self.window.statusBar()
        if getattr(self, "undo_button", None) is None:
            self.undo_button = QPushButton(
                QCoreApplication.translate("MainWindow", "Undo"), self.window
            )
            self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
            self.undo_button.setToolTip(
                QCoreApplication.translate(
                    "MainWindow", "Restore the entries just archived (Ctrl+Z)"
                )
            )
            self.undo_button.setObjectName("undoArchive")
            self.undo_button.setFlat(True)
            self.undo_button.setStyleSheet("color:#1a5fb4; font-weight:600;")
            self.undo_button.clicked.connect(self.undo)
            self.undo_label = QLabel(self.window)
            self.undo_label.setObjectName("undoText")
            bar.addWidget(self.undo_label)
            bar.addWidget(self.undo_button)
            self._undo_timer = QTimer(self.window)
            self._undo_timer.setSingleShot(True)
            self._undo_timer.timeout.connect(self._end_undo)
        self._undo_items = list(items)
        self.undo_label.setText(text)  # a label: the register's "Searching…" clears messages
        self.undo_label.show()
        self.undo_button.setVisible(bool(items))
        self._undo_timer.start(self.UNDO_MS)

    def _end_undo(self) -> None:
        self._undo_items = []
        if getattr(self, "undo_button", None) is not None:
            self.undo_button.hide()
            self.undo_label.hide()

    def undo(self) -> None:
        """Restore what the last archiving archived (version-checked: a change made
        since then is a conflict, not overwritten)."""
        items = list(getattr(self, "_undo_items", []))
        self._end_undo()
        if not items:
            return
        from desktop_app.services import entries  # on use: not at start (issue 19)

        window = self.window
        (
            WriteOp(
                window,
                lambda _control: entries.set_archived(items, False),
                lambda ids: ChangeNotice.for_entries(ids),
            )
            .success(
                lambda ids: window.statusBar().showMessage(archive.done_text(len(ids), False), 5000)
            )
            .run()
        )

    def make_memos(self) -> None:
        """Memos for the highlighted entries, or (none highlighted) for those due."""
        from .memo_actions import make_memos

        make_memos(self.window, self.target_ids() or None)
