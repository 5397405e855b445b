"""Pictures of every main view of the demo register (``--screenshots DIR``).

README shows them, and they are how a reviewer sees the program without
running it. The demo register is built in a temporary folder, the window is
rendered at 1400x850 (offscreen works), and the user's settings are left
untouched (``persist=False``).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.services import register as reg


def _settle(window, seconds: float = 0.3) -> None:
    from .runner import runner

    app = QApplication.instance()
    runner().wait_idle(10_000)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def _save(widget: QWidget, path: Path, saved: list[Path]) -> None:
    widget.grab().save(str(path))
    saved.append(path)


def render_screenshots(out_dir: Path, search: str = "Łódź") -> list[Path]:
    """Render the sections (and the entry editor, if present) to PNG files in ``out_dir``."""
    from desktop_app.services.demo import build_demo
    from desktop_app.services.session import close_register, open_register

    from .main_window import MainWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="avtalsregister-shots-") as folder:
        info = open_register(str(Path(folder) / "demo.sqlite3"))
        build_demo()
        window = MainWindow(info, persist=False)
        window.resize(1400, 850)
        window.show()
        _settle(window)
        _save(window, out_dir / "01-register.png", saved)

        window.register_view.filter_bar.search.setText(search)
        window.register_view.filter_bar.flush()
        _settle(window)
        window.register_view.table.selectRow(0)
        _save(window, out_dir / "02-register-search.png", saved)
        window.register_view.filter_bar.search.clear()
        window.register_view.filter_bar.flush()
        _settle(window)

        for number, key in ((3, "reviews_due"), (4, "bodies"), (5, "catalog"), (6, "history")):
            window.show_section(key)
            _settle(window, 0.5)
            _save(window, out_dir / f"{number:02d}-{key.replace('_', '-')}.png", saved)
        window.show_section("register")
        _settle(window)

        saved += _context_menu_shots(window, out_dir)
        saved += _editor_shots(window, out_dir)
        window.close()
        QApplication.instance().processEvents()
        close_register()
    return saved


MENU_SIZES = ((1024, 700), (1400, 850))


def _context_menu_shots(window, out_dir: Path) -> list[Path]:
    """Reviews due with the entry context menu open on the first overdue entry, asked
    for at 1024x700 (a municipal laptop) and 1400x850, named with the UI language and
    the size the window really took (it cannot be narrower than its minimum width).

    A popup menu is a window of its own, so the picture is composed: the main
    window, and the menu painted where it opened.
    """
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    from .errors import ui_language

    saved: list[Path] = []
    lang = ui_language()
    for width, height in MENU_SIZES:
        window.resize(width, height)
        page = window.show_section("reviews_due")
        _settle(window, 0.5)
        headers = page.model.header_rows()
        row = headers[0] + 1 if headers else -1  # the first entry of the first group
        if page.model.entry_id(row) is None:
            continue
        index = page.model.index(row, 0)
        page.table.setCurrentIndex(index)
        rect = page.table.visualRect(index)
        pos = QPoint(rect.left() + 120, rect.center().y())
        menu = window.entry_actions.show_menu(page.table, pos)
        _settle(window, 0.3)
        picture = window.grab()
        painter = QPainter(picture)
        top_left = window.mapFromGlobal(menu.pos())
        painter.drawPixmap(top_left, menu.grab())
        painter.end()
        menu.close()
        size = f"{window.width()}x{window.height()}"
        path = out_dir / f"09-reviews-due-menu-{lang}-{size}.png"
        picture.save(str(path))
        saved.append(path)
    window.resize(1400, 850)
    return saved


def _editor_shots(window, out_dir: Path) -> list[Path]:
    """The entry editor on an entry with reviews and history."""
    from desktop_app.services.register import RegisterFilter
    from desktop_app.ui.editor.entry_dialog import EntryDialog

    ids = reg.query_ids(RegisterFilter(search="Eurocities", sort_key="decision_date"))
    if not ids:
        return []
    saved: list[Path] = []
    dialog = EntryDialog(ids[0], window)
    dialog.show()
    _settle(window, 0.5)
    _save(dialog, out_dir / "07-entry-editor.png", saved)
    history_index = getattr(dialog, "history_index", None)
    if history_index is not None:
        dialog.form.setCurrentIndex(history_index)
        _settle(window, 0.3)
        _save(dialog, out_dir / "08-entry-history.png", saved)
    dialog.close()
    return saved


DESK_SIZES = ((1024, 700), (1280, 720))


def render_desk_screenshots(out_dir: Path, lang: str) -> list[Path]:
    """The window on small desks (issue 15), named ``desk-<view>-<lang>-<size>.png``:
    the register, its less-used filters shown with an empty result, the entries with
    open warnings (the findings filter), Reviews due and the entry editor, at 1024x700
    and 1280x720. The size in the name is the size
    the window really took."""
    from desktop_app.services.demo import build_demo
    from desktop_app.services.session import close_register, open_register
    from desktop_app.ui.editor.entry_dialog import EntryDialog

    from .main_window import MainWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="avtalsregister-desk-") as folder:
        info = open_register(str(Path(folder) / "demo.sqlite3"))
        build_demo()
        window = MainWindow(info, persist=False)
        window.show()
        bar = window.register_view.filter_bar
        for width, height in DESK_SIZES:
            window.resize(width, height)
            size = f"{width}x{height}"

            def shot(name: str, widget: QWidget | None = None, size: str = size) -> None:
                _save(widget or window, out_dir / f"desk-{name}-{lang}-{size}.png", saved)

            window.show_section("register")
            bar.show_more(False)
            bar.clear()
            _settle(window)
            window.register_view.table.selectRow(2)
            shot("register")
            bar.show_more(True)
            bar.search.setText("lodz")
            bar.theme.setCurrentIndex(1)
            bar.flush()
            _settle(window)
            shot("register-empty")
            bar.clear()
            bar.show_more(False)
            bar.findings.setCurrentIndex(bar.findings.findData("warnings"))
            _settle(window, 0.5)
            shot("register-warnings")
            bar.clear()
            _settle(window)
            window.show_section("reviews_due")
            _settle(window, 0.5)
            shot("reviews-due")
            window.show_section("register")
            ids = reg.query_ids(reg.RegisterFilter(search="Eurocities", sort_key="decision_date"))
            if ids:
                dialog = EntryDialog(ids[0], window)
                dialog.resize(min(900, width - 40), min(640, height - 40))
                dialog.show()
                _settle(window, 0.5)
                shot("entry-editor", dialog)
                dialog.close()
        window.close()
        QApplication.instance().processEvents()
        close_register()
    return saved
