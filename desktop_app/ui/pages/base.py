"""What every section of the main window is: a ``Page``.

The window used to probe its pages with ``hasattr`` and reload whichever was
visible after any background task; now each page declares what it does:

* ``load()`` reads what it shows (through the runner, never blocking) and
  emits ``loaded`` when it is on screen; ``reload()`` is F5;
* ``concerns(notice)`` says whether a write's ``ChangeNotice`` matters to it.
  Every page listens to the notice board (``ui.operations.notices``): a
  visible page that is concerned reloads at once, a hidden one is marked
  stale and reloads when it is next shown. A page that is not concerned does nothing, and a read
  publishes no notice, so no page can make another one reload in a loop;
* ``has_entries`` says whether the page shows entries the entry actions
  (Open, Record review, Terminate, Archive, Restore, Renewal memo) can act
  on; ``selected_entry_ids()`` and ``current_entry_id()`` are what the page
  has highlighted, and ``entry_views()`` the widgets that get the entry
  context menu and the Enter/Delete shortcuts. Pages without entries leave
  the actions disabled while they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from desktop_app.services.register_types import RegisterRow
from desktop_app.ui.changes import ChangeNotice
from desktop_app.ui.operations import notices


class Page(QWidget):
    """A section of the main window; see the module docstring."""

    open_entry_requested = Signal(int)  # double-click, Enter on a standalone page
    selection_changed = Signal()  # the highlighted entries changed
    loaded = Signal()  # what the page shows is on screen
    # "Show its entries" from a list of bodies, themes or counterparties: the
    # register filtered (a services.register.RegisterFilter).
    show_entries_requested = Signal(object)

    has_entries: bool = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = False  # loaded at least once
        self._stale = False  # a notice concerned the page while it was hidden
        notices().changed.connect(self.notice_changed)  # dropped when the page is deleted

    # ------------------------------------------------------------ loading

    def load(self) -> None:
        """Read what the page shows; subclasses override."""
        raise NotImplementedError

    def reload(self) -> None:
        """Read everything again (F5, or a notice that concerns the page)."""
        self._loaded = True
        self._stale = False
        self.load()

    def concerns(self, notice: ChangeNotice) -> bool:
        """Whether ``notice`` changes anything this page shows."""
        return False

    def notice_changed(self, notice: ChangeNotice) -> None:
        """A write finished: reload if it concerns the page (now if shown, else later)."""
        if not self._loaded or not self.concerns(notice):
            return
        if self.isVisible():
            self.refresh_for(notice)
        else:
            self._stale = True

    def refresh_for(self, notice: ChangeNotice) -> None:
        """Bring the page up to date after ``notice``; by default a reload."""
        self.reload()

    def is_stale(self) -> bool:
        return self._stale

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Load on the first show, and again if a change arrived while hidden."""
        super().showEvent(event)
        if not self._loaded or self._stale:
            self.reload()

    # ------------------------------------------------------------ entries on the page

    def selected_entry_ids(self) -> list[int]:
        """The entries the user has highlighted on this page, in the page's order."""
        return []

    def current_entry_id(self) -> int | None:
        """The one entry Open and Record review act on (the highlighted row)."""
        ids = self.selected_entry_ids()
        return ids[0] if len(ids) == 1 else None

    def known_rows(self, ids: list[int]) -> dict[int, RegisterRow]:
        """Rows the page already holds for ``ids`` (with version and archived state);
        the window reads the others by id."""
        return {}

    def select_entry(self, entry_id: int) -> bool:
        """Highlight exactly ``entry_id`` and scroll to it; False if not shown here."""
        return False

    def entry_views(self) -> list[QWidget]:
        """Widgets that show entries: they get the entry context menu and shortcuts."""
        return []
