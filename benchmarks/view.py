"""The real register view under measurement: Qt offscreen, the shell's table model.

``RegisterView`` wraps ``desktop_app.ui.register.model.RegisterTableModel``
and does per step what the window does after a keystroke or a header click:
the model resets with the new filter or order, the count is formatted for
the status line, and every visible cell of the first screen is asked for its
``DisplayRole`` text through ``data()`` (which pages the rows in).
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCREEN_ROWS = 40


def app():
    from desktop_app.ui.app import make_application  # with the PySide fix

    return make_application()


def open_register(path: Path) -> None:
    from desktop_app.services.session import open_register as open_

    open_(str(path), create=False)


class RegisterView:
    """The shell's model plus what the window asks of it for one screen."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt

        from desktop_app.services.register import RegisterFilter
        from desktop_app.ui.register.columns import DEFAULT_VISIBLE
        from desktop_app.ui.register.model import RegisterTableModel

        app()
        self.Filter = RegisterFilter
        self.Qt = Qt
        self.model = RegisterTableModel()
        self.columns = [self.model.column_index(c) for c in DEFAULT_VISIBLE]
        self.status = ""

    def forget_rows(self) -> None:
        """Drop cached pages, so the next screen is fetched as on a cold start."""
        cache = getattr(self.model, "_cache", None)
        if cache is not None:
            cache.clear()

    def screen(self) -> int:
        model = self.model
        count = model.rowCount()
        self.status = f"{count} poster"
        index = model.index
        data = model.data
        role = self.Qt.ItemDataRole.DisplayRole
        for row in range(min(SCREEN_ROWS, count)):
            for col in self.columns:
                data(index(row, col), role)
        return count

    def search(self, text: str) -> int:
        self.model.set_filter(self.Filter(search=text))
        return self.screen()

    def sort(self, key: str, descending: bool) -> int:
        order = (
            self.Qt.SortOrder.DescendingOrder if descending else self.Qt.SortOrder.AscendingOrder
        )
        self.model.sort(self.model.column_index(key), order)
        return self.screen()
