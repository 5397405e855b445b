"""The main window: a side bar of sections, the pages, menus and status bar.

The window composes helpers instead of inheriting from mixins: the pages
(``pages.base.Page``; the Register view is one), ``EntryActions`` (the entry
actions bound to the page on screen), ``WindowCommands`` (exports, import,
settings, help), ``Actions`` (menus and shortcuts) and ``SharedUse`` (a
reader's read-only window, other registrars' changes). Every write's change
notice (``ui.operations.notices``) comes here and is handed to every page;
each refreshes only if it is concerned. Closing the window stops all
background work before anything else may close the register.

At the program's start (``complete_after_paint``) the window is first built
as it looks: the table, filter bar, side bar, the menu bar's menus and the
status bar. What is not seen until used (the menus' actions and shortcuts,
the entry actions, the commands, shared use, the side bar's icons, drawn
in a place kept for them, and the filter bar's bodies and themes, behind
"More filters") is added by ``complete`` right after the first screen is
painted, so the registrar sees the register sooner (issue 19).
Anything that needs those helpers earlier completes the window first.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QLocale,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop_app.services.register_types import RegisterFilter

from .changes import ChangeNotice
from .errors import ui_language
from .operations import notices
from .pages.base import Page
from .register.view import RegisterView
from .runner import runner
from .sections import SECTIONS, create_page, section_icon, section_title
from .widgets.elided_label import ElidedLabel

SIDEBAR_ICON = QSize(22, 22)


class MainWindow(QMainWindow):
    """The program's one main window, on an opened register (``RegisterInfo``)."""

    completed = Signal()  # the menus' actions, entry actions and shared use are in place

    def __init__(
        self,
        info=None,
        parent: QWidget | None = None,
        persist: bool = True,
        complete_after_paint: bool = False,
    ) -> None:
        super().__init__(parent)
        runner().open()  # a register is open: background work may run
        self.info = info
        self.persist = persist  # False: smoke test and screenshots leave QSettings alone
        self.is_complete = False  # see complete()
        self.lang = ui_language()
        self.setWindowTitle(self.tr("Avtalsregister"))
        if info is not None:
            self.setWindowTitle(self.tr("Avtalsregister – %1").replace("%1", info.display))
        self._totals: dict[str, int] = {"total": 0, "overdue": 0, "due": 0}
        self._totals_known = False  # counted once the first screen is painted
        self._closed = False

        # At the start the filter bar's bodies and themes wait for complete().
        self.register_view = RegisterView(self, lang=self.lang, choices=not complete_after_paint)
        self.register_view.counts_changed.connect(self.update_status)
        self.register_view.busy_changed.connect(self._busy_changed)
        self.register_view.totals_ready.connect(self._totals_ready)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(SIDEBAR_ICON)
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
        self.pages: dict[str, Page] = {}
        blank = QPixmap(SIDEBAR_ICON)  # the icons' place until complete() draws them
        blank.fill(Qt.GlobalColor.transparent)
        for section in SECTIONS:
            item = QListWidgetItem(QIcon(blank), section_title(section))
            item.setData(Qt.ItemDataRole.UserRole, section.key)
            item.setToolTip(f"{section_title(section)} ({section.shortcut})")
            self.sidebar.addItem(item)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([185, 1215])
        self.setCentralWidget(self.splitter)

        bar = self.menuBar()  # the menus' titles now, their actions in complete()
        self.top_menus: dict[str, QMenu] = {
            key: bar.addMenu(QCoreApplication.translate("MainWindow", title))
            for key, title in (
                ("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
                ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
                ("view", QT_TRANSLATE_NOOP("MainWindow", "&View")),
                ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
            )
        }
        self._add_page("register", self.register_view)
        self.sidebar.currentRowChanged.connect(self.show_section_at)

        self.count_label = QLabel(self)
        self.due_label = QLabel(self)
        self.due_label.setObjectName("reviewCounts")
        self.due_label.setTextFormat(Qt.TextFormat.RichText)
        self.due_label.linkActivated.connect(self.show_review_state)
        self.db_label = ElidedLabel(self)
        self.db_label.setStyleSheet("color:#555;")
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.due_label)
        self.statusBar().addPermanentWidget(self.db_label)
        if info is not None:
            self.db_label.setText(self.tr("Database: %1").replace("%1", info.display))
            self.db_label.setToolTip(info.display)

        self.resize(1400, 850)
        self.sidebar.setCurrentRow(0)
        if persist:
            self.restore_settings()
        else:
            self.register_view.set_filter(RegisterFilter(), wait=True)
            self.register_view.run_query(totals=True)
        self.fit_to_screen()
        if complete_after_paint and self.current_page() is self.register_view:
            self.register_view.after_next_screen(self.complete)
        else:
            self.complete()

    def complete(self) -> bool:
        """Add what the first screen did not need: the menus' actions and shortcuts,
        the entry actions, the commands, shared use (a reader's read-only window,
        other registrars' changes) and the side bar's icons. Once; never after close.
        Whether the window is complete (False only for one closed before that)."""
        if self.is_complete or self._closed:
            return self.is_complete
        self.is_complete = True
        if not self.register_view.filter_bar.choices_loaded:
            self.register_view.filter_bar.reload_choices()
        from PySide6.QtGui import QAction

        from .actions import Actions
        from .entry_actions import EntryActions
        from .shared_use import SharedUse
        from .window_commands import WindowCommands

        info = self.info
        self.entry_actions = EntryActions(self, self.current_page)
        for page in self.pages.values():
            self.entry_actions.attach(page)
        self.commands = WindowCommands(
            self,
            self.register_view,
            show_register=lambda: self.show_section("register"),
            reload=self.reload,
            open_entry=self.open_entry,
            display=info.display if info is not None else "",
        )
        self.actions = Actions(self, self.commands, self.entry_actions)
        self.actions.build_menus(self.top_menus)
        for i, section in enumerate(SECTIONS):
            action = QAction(section_title(section), self)
            action.setShortcut(section.shortcut)
            action.triggered.connect(lambda _c=False, row=i: self.sidebar.setCurrentRow(row))
            self.actions.sections_menu.addAction(action)
            self.sidebar.item(i).setIcon(section_icon(section, self))

        # Writes tell what they changed; pages refresh what concerns them.
        self.shared = SharedUse(self, self.actions.set_read_only)
        notices().changed.connect(self.apply_changes)
        if info is not None:
            self.shared.start(self.lang)
        self.entry_actions.update()
        self.completed.emit()
        return True

    @property
    def read_only(self) -> bool:
        return self.complete() and self.shared.read_only

    # ------------------------------------------------------------------ sections

    def _add_page(self, key: str, page: Page) -> None:
        page.open_entry_requested.connect(self.open_entry)
        page.show_entries_requested.connect(self.show_entries)
        if self.is_complete:  # else complete() attaches it
            self.entry_actions.attach(page)
        self.pages[key] = page
        self.stack.addWidget(page)

    def show_section_at(self, row: int) -> None:
        if not 0 <= row < len(SECTIONS):
            return
        self.show_section(SECTIONS[row].key)

    def show_section(self, key: str) -> Page:
        """Bring a section to the front, building its page on first use.

        A page loads itself when first shown and again only if a change
        notice concerned it while it was hidden (``Page.showEvent``).
        """
        section = next(s for s in SECTIONS if s.key == key)
        page = self.pages.get(key)
        if page is None:
            page = create_page(section, self.stack)
            self._add_page(key, page)
        self.stack.setCurrentWidget(page)
        self.count_label.setVisible(key == "register")  # the count is about the table
        row = next(i for i, s in enumerate(SECTIONS) if s.key == key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)
        if self.is_complete:
            self.entry_actions.update()
        return page

    def current_section(self) -> str:
        row = self.sidebar.currentRow()
        return SECTIONS[row].key if 0 <= row < len(SECTIONS) else "register"

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        return page if isinstance(page, Page) else self.register_view

    # ------------------------------------------------------------------ changes

    def apply_changes(self, notice: ChangeNotice) -> None:
        """A write finished (the pages have refreshed themselves): select what was
        created, note that the newest change is this window's, update the actions."""
        if len(notice.created) == 1 and self.current_page() is not self.register_view:
            self.current_page().select_entry(next(iter(notice.created)))
        if notice.initiator is not self.shared:
            self.shared.rebaseline()
        self.entry_actions.update()

    def refresh_if_changed(self) -> None:
        """Look now whether someone else changed the register (as the timer does)."""
        if self.complete():  # not if the window closed before its first screen
            self.shared.poll()

    def reload(self) -> None:
        """F5: the page shown read again; the others when they are next shown."""
        current = self.current_page()
        for page in self.pages.values():
            if page is not current and page.isHidden():
                page.notice_changed(ChangeNotice.everything())  # stale: read when shown
        current.reload()
        self.update_status()

    # ------------------------------------------------------------------ register API

    def current_filter(self) -> RegisterFilter:
        return self.register_view.current_filter()

    def visible_columns(self) -> list[str]:
        return self.register_view.visible_columns()

    def selected_entry_ids(self) -> list[int]:
        """The entries highlighted on the page shown (what the entry actions act on)."""
        return self.entry_actions.target_ids() if self.complete() else []

    def _totals_ready(self, totals: dict[str, int]) -> None:
        self._totals = dict(totals)
        self._totals_known = True
        self.update_status()

    def update_status(self) -> None:
        self.count_label.setText(self._count_text())
        overdue, due = self._totals.get("overdue", 0), self._totals.get("due", 0)
        parts = []
        # Links: a click shows exactly those entries (the status filter).
        if overdue:
            text = self.tr("%n reviews overdue", "", overdue)  # English forms: shell_en.ts
            parts.append(f'<a href="overdue" style="color:#a4262c; font-weight:600;">{text}</a>')
        if due:
            text = (
                self.tr("1 review due soon")
                if due == 1
                else self.tr("%n reviews due soon", "", due)
            )
            parts.append(f'<a href="due" style="color:#8a5a00;">{text}</a>')
        self.due_label.setText("  ·  ".join(parts))
        self.due_label.setToolTip(self.tr("Click to show these entries") if parts else "")
        if self.is_complete:
            self.entry_actions.update()

    def _count_text(self) -> str:
        """What the status bar says of the rows shown: a number only once it is known
        (after a first screen the rest of a big result is still being counted)."""
        locale = QLocale()
        total = locale.toString(self._totals["total"])
        if not self.register_view.count_known():
            if self._totals_known:
                return self.tr("Counting matches… (%1 entries in the register)").replace(
                    "%1", total
                )
            return self.tr("Counting entries…")
        shown = locale.toString(self.register_view.model.rowCount())
        if not self._totals_known:
            return self.tr("%1 entries shown").replace("%1", shown)
        return self.tr("%1 of %2 entries shown").replace("%1", shown).replace("%2", total)

    def show_entries(self, f: RegisterFilter) -> None:
        """A body's, theme's or counterparty's entries: the register with that filter."""
        self.show_section("register")
        self.register_view.set_filter(f)
        self.register_view.table.setFocus()

    def show_review_state(self, state: str) -> None:
        """The status bar's counts: the register filtered to overdue or due entries."""
        self.show_section("register")
        self.register_view.filter_bar.set_review_state(state)
        self.register_view.table.setFocus()

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Searching…"))
        else:
            self.statusBar().clearMessage()

    # ------------------------------------------------------------------ entries

    def open_entry(self, entry_id: int | None) -> None:
        """The entry editor, non-modal (the one way: ``open_entry_editor``)."""
        if self.complete():
            self.entry_actions.open_entry(entry_id)

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
        # The first screen on the worker, then every id and the status bar's counts
        # (issue 19: at 100,000 entries the whole ordered list took the start's time).
        self.register_view.set_filter(f, totals=True)
        section = str(settings.value("window/section") or "register")
        if section != "register" and any(s.key == section for s in SECTIONS):
            self.show_section(section)

    def fit_to_screen(self) -> None:
        """Never larger than the screen's free area (a remembered size from a bigger
        monitor, or the default 1400x850 on a 1280x720 laptop), and on it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        free = screen.availableGeometry()
        frame = 8, 32  # the title bar and borders the window manager adds
        width = max(self.minimumWidth(), min(self.width(), free.width() - frame[0]))
        height = max(self.minimumHeight(), min(self.height(), free.height() - frame[1]))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if not free.contains(self.frameGeometry().topLeft()):
            self.move(free.topLeft())

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/section", self.current_section())
        self.register_view.save_state(settings)
        settings.sync()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """A status message said before the window was shown ("Searching…" at the
        start) is said again: Qt hides the status bar's count under a message only
        if the count is visible then, and would otherwise draw both in one place."""
        super().showEvent(event)
        bar = self.statusBar()
        message = bar.currentMessage()
        if message:
            bar.clearMessage()  # the same text again would be ignored
            bar.showMessage(message)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Editors may refuse (unsaved edits); then all background work is stopped
        and waited for, so nothing touches the register after the window is gone."""
        from .editor.entry_dialog import open_editors

        for editor in open_editors():
            if not editor.close():  # an editor with unsaved changes may say no
                event.ignore()
                return
        if self.persist:
            self.save_settings()
        self.stop_background_work()
        super().closeEvent(event)

    # ------------------------------------------------------------------ registers

    def _target(self) -> str:
        """The open register as the command line takes it (a path or the full URL)."""
        if self.info is None:
            return ""
        target = self.info.target
        return str(target.path) if target.path is not None else (target.url or "")

    def back_up_register(self) -> None:
        from .backup_actions import back_up

        back_up(self, self._target())

    def restore_register(self) -> None:
        from .backup_actions import restore

        restore(self, self._target())

    def choose_and_open_register(self) -> None:
        """File > Open register…: an existing register file, opened in place of this one."""
        from .dialogs.register_file import choose_register_file

        path = choose_register_file(self)
        if path:
            self.switch_register(path)

    def switch_register(self, target: str) -> MainWindow | None:
        """Close this register (editors may refuse) and open ``target`` in a new window;
        if it does not open, say why and open this one again. Returns the new window."""
        from desktop_app.services.errors import StoreError
        from desktop_app.services.session import close_register, open_register

        from . import prefs
        from .errors import show_error

        previous = self.info.target if self.info is not None else None
        app = QApplication.instance()
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # the next window follows
        try:
            if not self.close():
                return None
            close_register()
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                info = open_register(target, defer_summaries=True)
            except StoreError as exc:
                QApplication.restoreOverrideCursor()
                show_error(None, exc)
                if previous is None:
                    return None
                info, target = open_register(previous, defer_summaries=True), ""
            else:
                QApplication.restoreOverrideCursor()
            if target:
                prefs.set_stored_database(target)
                prefs.add_recent_database(target)
            window = MainWindow(info, persist=self.persist, complete_after_paint=True)
            window.show()
            from .startup import after_first_screen

            after_first_screen(window, check_due=False)
            return window
        finally:
            app.setQuitOnLastWindowClosed(quits)

    def stop_background_work(self) -> None:
        """Before the register closes: no timer, waiting job or late callback may
        touch it afterwards. Waiting jobs are dropped, running ones are asked to
        cancel and waited for, and the runner refuses new jobs (issue 18)."""
        if self._closed:
            return
        self._closed = True
        if self.is_complete:
            self.shared.stop()
            notices().changed.disconnect(self.apply_changes)
        runner().close()
