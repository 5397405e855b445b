"""The main window: a side bar of sections, the Register view, menus and status bar.

The window is thin: the Register view queries and shows, pages come from
``ui/pages``, editors and exports from their own modules (see ``actions``).
What the window itself does is archive/restore (with a question first),
keep the status bar true, and remember its layout in QSettings.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QLocale, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop_app.services import entries
from desktop_app.services.errors import ConflictError
from desktop_app.services.register import RegisterFilter
from desktop_app.store.errors import StoreError

from .actions import Actions, call_optional
from .errors import show_error, ui_language
from .register.view import RegisterView
from .resources import app_icon
from .sections import SECTIONS, create_page, section_title
from .shared_use import REFRESH_INTERVAL_MS, SharedUse
from .tasks import shutdown_tasks, task_events
from .window_commands import WindowCommands


class MainWindow(SharedUse, WindowCommands, QMainWindow):
    """The program's one main window, on an opened register (``RegisterInfo``)."""

    def __init__(self, info=None, parent: QWidget | None = None, persist: bool = True) -> None:
        super().__init__(parent)
        self.info = info
        self.persist = persist  # False: smoke test and screenshots leave QSettings alone
        self.lang = ui_language()
        self.setWindowTitle(self.tr("Avtalsregister"))
        if info is not None:
            self.setWindowTitle(self.tr("Avtalsregister – %1").replace("%1", info.display))
        self.setWindowIcon(app_icon())
        self._editors: set[QWidget] = set()
        self._totals: dict[str, int] = {"total": 0, "overdue": 0, "due": 0}

        self.register_view = RegisterView(self, lang=self.lang)
        self.register_view.entry_activated.connect(self.open_entry)
        self.register_view.counts_changed.connect(self.update_status)
        self.register_view.selection_changed.connect(self._selection_changed)
        self.register_view.busy_changed.connect(self._busy_changed)
        self.register_view.totals_ready.connect(self._totals_ready)
        self.register_view.table.customContextMenuRequested.connect(self._table_menu)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setSpacing(2)
        self.sidebar.setMinimumWidth(175)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.sidebar.setWordWrap(True)
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { background:#eef2f7; border:none; padding-top:6px; }"
            "QListWidget#sidebar::item { padding:8px 6px; border-radius:4px; color:#1d2b3a; }"
            "QListWidget#sidebar::item:selected { background:#2a6db5; color:white; }"
        )
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {"register": self.register_view}
        self.stack.addWidget(self.register_view)
        for section in SECTIONS:
            item = QListWidgetItem(self.style().standardIcon(section.icon), section_title(section))
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setToolTip(f"{section_title(section)} ({section.shortcut})")
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self.show_section_at)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([185, 1215])
        self.setCentralWidget(self.splitter)

        self.actions = Actions(self)
        self.actions.build_menus(self.register_view.table)
        for i, section in enumerate(SECTIONS):
            action = QAction(section_title(section), self)
            action.setShortcut(section.shortcut)
            action.triggered.connect(lambda _c=False, row=i: self.sidebar.setCurrentRow(row))
            self.actions.sections_menu.addAction(action)

        self.count_label = QLabel(self)
        self.due_label = QLabel(self)
        self.db_label = QLabel(self)
        self.db_label.setStyleSheet("color:#555;")
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.due_label)
        self.statusBar().addPermanentWidget(self.db_label)
        if info is not None:
            self.db_label.setText(self.tr("Database: %1").replace("%1", info.display))
            self.db_label.setToolTip(info.display)

        # Background work (an import, a batch of memos) may change entries: reload once
        # after it ends, whoever started it.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(50)
        self._reload_timer.timeout.connect(self.reload)
        task_events().task_finished.connect(self._task_finished)  # a method: disconnects
        self._stopped = False  # stop_background_work() ran: the register may close

        self.read_only = False
        if info is not None:
            self._apply_capabilities()
        # Another registrar's change appears without F5: a cheap look at the newest
        # audit row every few seconds; the register reloads only when it moved.
        self._last_change = self._latest_change()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_INTERVAL_MS)
        self._refresh_timer.timeout.connect(self.refresh_if_changed)
        if info is not None:
            self._refresh_timer.start()

        self.resize(1400, 850)
        self.sidebar.setCurrentRow(0)
        if persist:
            self.restore_settings()
        else:
            self.register_view.set_filter(RegisterFilter(), wait=True)
            self.register_view.run_query(totals=True)
        self._selection_changed()

    # ------------------------------------------------------------------ sections

    def show_section_at(self, row: int) -> None:
        if not 0 <= row < len(SECTIONS):
            return
        self.show_section(SECTIONS[row].key)

    def show_section(self, key: str) -> QWidget:
        """Bring a section to the front, building its page on first use."""
        section = next(s for s in SECTIONS if s.key == key)
        page = self.pages.get(key)
        if page is None:
            page = create_page(section, self.stack)
            signal = getattr(page, "open_entry_requested", None)
            if signal is not None:
                signal.connect(self.open_entry)
            self.pages[key] = page
            self.stack.addWidget(page)
        elif key == "register":
            if self.stack.currentWidget() is not page:
                self.reload()  # a page may have renamed a body or a theme
        elif hasattr(page, "reload"):
            page.reload()  # pages show fresh data each time they are opened
        self.stack.setCurrentWidget(page)
        self.count_label.setVisible(key == "register")  # the count is about the table
        row = next(i for i, s in enumerate(SECTIONS) if s.key == key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        return page

    def current_section(self) -> str:
        row = self.sidebar.currentRow()
        return SECTIONS[row].key if 0 <= row < len(SECTIONS) else "register"

    # ------------------------------------------------------------------ register API

    def current_filter(self) -> RegisterFilter:
        return self.register_view.current_filter()

    def visible_columns(self) -> list[str]:
        return self.register_view.visible_columns()

    def selected_entry_ids(self) -> list[int]:
        return self.register_view.selected_entry_ids()

    def reload(self, wait: bool = False) -> None:
        """Everything shown again from the database (F5; after any change)."""
        self._last_change = self._latest_change()
        self.register_view.reload(wait=wait)
        for key, page in self.pages.items():
            if key != "register" and hasattr(page, "reload") and page is self.stack.currentWidget():
                page.reload()
        self.update_status()

    def _task_finished(self, _how: str) -> None:
        self._reload_timer.start()

    def _totals_ready(self, totals: dict[str, int]) -> None:
        self._totals = dict(totals)
        self.update_status()

    def update_status(self) -> None:
        shown = self.register_view.model.rowCount()
        locale = QLocale()
        self.count_label.setText(
            self.tr("%1 of %2 entries shown")
            .replace("%1", locale.toString(shown))
            .replace("%2", locale.toString(self._totals["total"]))
        )
        overdue, due = self._totals.get("overdue", 0), self._totals.get("due", 0)
        parts = []
        if overdue:
            parts.append(
                self.tr("1 review overdue")
                if overdue == 1
                else self.tr("%n reviews overdue", "", overdue)
            )
        if due:
            parts.append(
                self.tr("1 review due soon")
                if due == 1
                else self.tr("%n reviews due soon", "", due)
            )
        self.due_label.setText("  ·  ".join(parts))
        self.due_label.setStyleSheet(
            "color:#a4262c; font-weight:600;" if overdue else "color:#8a5a00;"
        )
        self._selection_changed()

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Searching…"))
        else:
            self.statusBar().clearMessage()

    def _selection_changed(self) -> None:
        selected = self.register_view.selected_rows()
        model = self.register_view.model
        rows = [model.register_row(r) for r in selected[:200]]  # enough to decide
        any_archived = any(r.archived for r in rows)
        any_live = any(not r.archived for r in rows)
        self.actions.update_for_selection(len(selected), any_archived, any_live)

    def _table_menu(self, pos) -> None:
        menu = self.actions.entry_menu(self)
        menu.exec(self.register_view.table.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------ entries

    def new_entry(self) -> None:
        self.open_entry(None)

    def open_current(self) -> None:
        entry_id = self.register_view.current_entry_id()
        if entry_id is not None:
            self.open_entry(entry_id)

    def open_entry(self, entry_id: int | None) -> None:
        """The entry editor, non-modal; a save refreshes the register."""
        try:
            dialog_class = call_optional("desktop_app.ui.editor.entry_dialog", "EntryDialog")
            dialog = dialog_class(entry_id, self)
        except (ImportError, AttributeError) as exc:
            show_error(self, exc)
            return
        except StoreError as exc:
            show_error(self, exc)
            self.reload()
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.entry_saved.connect(self.entry_saved)
        self._editors.add(dialog)
        dialog.finished.connect(lambda _code, d=dialog: self._editors.discard(d))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def entry_saved(self, entry_id: int) -> None:
        self.reload()
        self._select_when_loaded(entry_id)

    def _select_when_loaded(self, entry_id: int) -> None:
        view = self.register_view

        def select() -> None:
            view.model.modelReset.disconnect(select)
            view.select_entry(entry_id)

        view.model.modelReset.connect(select)

    def _lifecycle(self, name: str) -> None:
        entry_id = self.register_view.current_entry_id()
        if entry_id is None:
            return
        try:
            fn = call_optional("desktop_app.ui.dialogs.lifecycle", name)
        except (ImportError, AttributeError) as exc:
            show_error(self, exc)
            return
        if fn(self, entry_id):
            self.entry_saved(entry_id)

    def record_review(self) -> None:
        self._lifecycle("record_review")

    def terminate_entry(self) -> None:
        self._lifecycle("terminate_entry")

    def archive_selected(self) -> None:
        self._set_archived(True)

    def restore_selected(self) -> None:
        self._set_archived(False)

    def _set_archived(self, archive: bool) -> None:
        """R10: archive instead of delete; several entries at once, after a question."""
        model = self.register_view.model
        rows = [model.register_row(r) for r in self.register_view.selected_rows()]
        rows = [r for r in rows if r.archived != archive]
        if not rows:
            return
        if archive:
            if len(rows) == 1:
                question = (
                    self.tr(
                        "Archive %1 “%2”?\n\nThe entry stays in the register and its history; "
                        "it is only hidden from the current list. You can restore it."
                    )
                    .replace("%1", rows[0].case_number or "")
                    .replace("%2", rows[0].title)
                )
            else:
                question = self.tr(
                    "Archive %n entries?\n\nThey stay in the register and its history; "
                    "they are only hidden from the current list. You can restore them.",
                    "",
                    len(rows),
                )
            answer = QMessageBox.question(
                self,
                self.tr("Archive"),
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        done = 0
        try:
            for row in rows:
                if archive:
                    entries.archive_entry(row.id, row.version)
                else:
                    entries.restore_entry(row.id, row.version)
                done += 1
        except ConflictError as exc:
            show_error(self, exc, self.tr("Someone else changed the entry"))
        except StoreError as exc:
            show_error(self, exc)
        message = (
            (
                self.tr("1 entry archived.")
                if done == 1
                else self.tr("%n entries archived.", "", done)
            )
            if archive
            else (
                self.tr("1 entry restored.")
                if done == 1
                else self.tr("%n entries restored.", "", done)
            )
        )
        self.reload()
        self.statusBar().showMessage(message, 5000)

    # ------------------------------------------------------------------ settings

    def restore_settings(self) -> None:
        """Geometry, splitter, columns, sort, last filter and section from QSettings."""
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        f = self.register_view.restore_state(settings)
        self.register_view.set_filter(f, wait=True)  # the first screen without a flicker
        self.register_view.run_query(totals=True)  # status bar counts, in the background
        section = str(settings.value("window/section") or "register")
        if section != "register" and any(s.key == section for s in SECTIONS):
            self.show_section(section)

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/section", self.current_section())
        self.register_view.save_state(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        for editor in list(self._editors):
            if not editor.close():  # an editor with unsaved changes may say no
                event.ignore()
                return
        if self.persist:
            self.save_settings()
        self.stop_background_work()
        super().closeEvent(event)

    def stop_background_work(self) -> None:
        """Before the register closes: no timer, queued query or task callback may
        touch it afterwards. The queued register query is dropped, the running one
        and running tasks are waited for (issue 18)."""
        if self._stopped:
            return
        self._stopped = True
        self._refresh_timer.stop()
        self._reload_timer.stop()
        task_events().task_finished.disconnect(self._task_finished)
        self.register_view.runner.shutdown()
        shutdown_tasks()
