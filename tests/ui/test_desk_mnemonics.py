"""Every window's & mnemonics are unique, in English and Swedish (issue 15:
Alt+T was both "Testa anslutningen" and "Tillbaka"), and Quit and Terminate
are named apart.

The test builds every dialog and page on the demo register and walks its
widgets: labels with a buddy, buttons, group boxes, tabs and menus. Two
widgets clash only if they can be on screen together (not on different pages
of one stack or tab widget).
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QStackedWidget,
    QTabBar,
    QWidget,
)

from desktop_app.services import catalog, entries
from desktop_app.services import register as reg
from desktop_app.services.register import RegisterFilter
from desktop_app.ui.runner import runner

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _stacks(widget: QWidget, top: QWidget) -> dict[int, int]:
    """For each stack above ``widget`` (up to ``top``), the page it is on."""
    pages: dict[int, int] = {}
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not top:
        if isinstance(parent, QStackedWidget):
            pages[id(parent)] = parent.indexOf(child)
        child, parent = parent, parent.parentWidget()
    return pages


def _together(a: dict[int, int], b: dict[int, int]) -> bool:
    return all(a[k] == b[k] for k in a.keys() & b.keys())


def clashes(top: QWidget) -> list[str]:
    """Mnemonics used twice among widgets of ``top`` that can be shown together."""
    found: list[tuple[str, str, dict[int, int]]] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.window() is not top or isinstance(widget, QMenu):
            continue
        texts: list[str] = []
        if (
            isinstance(widget, QLabel)
            and widget.buddy() is not None
            or isinstance(widget, QAbstractButton)
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            letter = mnemonic(text)
            if letter:
                found.append((letter, text, _stacks(widget, top)))
    if isinstance(top, QMenuBar) or top.findChild(QMenuBar) is not None:
        bar = top if isinstance(top, QMenuBar) else top.findChild(QMenuBar)
        for action in bar.actions():
            letter = mnemonic(action.text())
            if letter:
                found.append((letter, action.text(), {}))
    problems = []
    by_letter: dict[str, list[tuple[str, dict[int, int]]]] = defaultdict(list)
    for letter, text, stacks in found:
        for other_text, other_stacks in by_letter[letter]:
            if _together(stacks, other_stacks):
                problems.append(f"{type(top).__name__}: Alt+{letter}: {other_text!r} and {text!r}")
        by_letter[letter].append((text, stacks))
    return problems


def menu_clashes(menu: QMenu) -> list[str]:
    seen: dict[str, str] = {}
    problems = []
    for action in menu.actions():
        letter = mnemonic(action.text())
        if letter and letter in seen:
            problems.append(f"menu {menu.title()!r}: {seen[letter]!r} and {action.text()!r}")
        elif letter:
            seen[letter] = action.text()
        if action.menu() is not None:
            problems += menu_clashes(action.menu())
    return problems


@pytest.fixture(params=["en", "sv"])
def language(request):
    from desktop_app.ui.resources import install_translators, remove_translators

    install_translators(request.param)
    yield request.param
    remove_translators()


def _dialogs(window) -> list[QWidget]:
    from desktop_app.ui.dialogs.first_run import FirstRunDialog
    from desktop_app.ui.dialogs.settings_dialog import SettingsDialog
    from desktop_app.ui.editor.entry_dialog import EntryDialog
    from desktop_app.ui.editor.lifecycle import ReviewDialog, TerminateDialog
    from desktop_app.ui.editor.pickers import NewCounterpartyDialog
    from desktop_app.ui.pages.body_dialog import BodyDialog
    from desktop_app.ui.pages.catalog_dialogs import CounterpartyDialog, ThemeDialog
    from desktop_app.ui.pages.invitation_dialog import InvitationDialog
    from desktop_app.ui.register.column_dialog import ColumnDialog

    ident = reg.query_ids(RegisterFilter(search="Eurocities"))[0]
    record = entries.get_entry(ident)
    body = catalog.list_bodies()[0]
    return [
        EntryDialog(ident, window),
        EntryDialog(None, window),
        ReviewDialog(record, window),
        TerminateDialog(record, window),
        NewCounterpartyDialog("", window),
        BodyDialog(window, body),
        CounterpartyDialog(window),
        ThemeDialog(window),
        InvitationDialog(window),
        ColumnDialog(window.visible_columns(), window),
        SettingsDialog(window),
        FirstRunDialog(window),
    ]


def test_every_window_and_dialog_has_unique_mnemonics(qtbot, demo_sqlite, language) -> None:
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.sections import SECTIONS

    window = MainWindow(demo_sqlite, persist=False)
    qtbot.addWidget(window)
    window.show()
    for section in SECTIONS:
        window.show_section(section.key)
        runner().wait_idle(10_000)
    window.show_section("register")
    problems = clashes(window)
    for action in window.menuBar().actions():
        if action.menu() is not None:
            problems += menu_clashes(action.menu())
    problems += menu_clashes(window.entry_actions.menu(window))
    for dialog in _dialogs(window):
        problems += clashes(dialog)
        dialog.deleteLater()
    runner().wait_idle(10_000)
    window.close()
    assert not problems, "\n".join(problems)


def test_quit_and_terminate_are_named_apart(qtbot, demo_sqlite, language) -> None:
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(demo_sqlite, persist=False)
    qtbot.addWidget(window)
    quit_text = window.actions.quit.text().replace("&", "")
    terminate = window.entry_actions.terminate.text().replace("&", "").rstrip("…")
    assert quit_text.split()[0] != terminate.split()[0] or (
        len(quit_text.split()) > 1 and len(terminate.split()) > 1
    )
    assert quit_text.casefold() not in terminate.casefold()
    assert terminate.casefold() not in quit_text.casefold()
    window.close()


def test_every_dialog_fits_a_1024x700_screen(qtbot, demo_sqlite, language) -> None:
    """No dialog needs more than a 1024x700 screen gives (less the title bar and
    taskbar): the forms fit or scroll (issue 15)."""
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(demo_sqlite, persist=False)
    qtbot.addWidget(window)
    too_big = []
    for dialog in _dialogs(window):
        hint = dialog.minimumSizeHint()
        if hint.width() > 1000 or hint.height() > 620:
            too_big.append(f"{type(dialog).__name__}: {hint.width()}x{hint.height()}")
        dialog.deleteLater()
    runner().wait_idle(10_000)
    window.close()
    assert not too_big, too_big
