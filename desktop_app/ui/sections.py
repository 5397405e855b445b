"""The side bar's sections and how their pages are loaded.

Pages other than the Register are separate modules (``ui/pages/``), imported
when first shown so start-up stays quick. They are imported plainly: a page
that cannot be imported is a broken build, and the error says so (in the
tests and the bundle's smoke test) instead of hiding behind a placeholder.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from .pages.base import Page


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # English source; translated in context "Sections"
    module: str | None  # None: the Register view built by the window
    class_name: str | None
    icon: str  # a QStyle.StandardPixmap's name (section_icon)
    shortcut: str


SECTIONS: tuple[Section, ...] = (
    Section(
        "register",
        QT_TRANSLATE_NOOP("Sections", "Register"),
        None,
        None,
        "SP_FileDialogDetailedView",
        "Ctrl+1",
    ),
    Section(
        "reviews_due",
        QT_TRANSLATE_NOOP("Sections", "Reviews due"),
        "desktop_app.ui.reviews.page",
        "ReviewsDuePage",
        "SP_MessageBoxWarning",
        "Ctrl+2",
    ),
    Section(
        "bodies",
        QT_TRANSLATE_NOOP("Sections", "Decision bodies"),
        "desktop_app.ui.pages.bodies",
        "BodiesPage",
        "SP_DirHomeIcon",
        "Ctrl+3",
    ),
    Section(
        "catalog",
        QT_TRANSLATE_NOOP("Sections", "Counterparties and themes"),
        "desktop_app.ui.pages.catalog",
        "CatalogPage",
        "SP_DriveNetIcon",
        "Ctrl+4",
    ),
    Section(
        "history",
        QT_TRANSLATE_NOOP("Sections", "History"),
        "desktop_app.ui.pages.history",
        "HistoryPage",
        "SP_FileDialogContentsView",
        "Ctrl+5",
    ),
    Section(
        "invitations",
        QT_TRANSLATE_NOOP("Sections", "Invitation letters"),
        "desktop_app.ui.pages.invitations",
        "InvitationsPage",
        "SP_FileDialogNewFolder",
        "Ctrl+6",
    ),
)


def section_title(section: Section) -> str:
    return QCoreApplication.translate("Sections", section.title)


def section_icon(section: Section, widget: QWidget) -> QIcon:
    """The side bar's icon of a section, from the style ``widget`` is drawn with.

    QStyle is named only here: its Python type with its eleven enum types takes
    ~6 ms to make, which the start leaves until after the first screen (issue 19).
    """
    from PySide6.QtWidgets import QStyle

    return widget.style().standardIcon(getattr(QStyle.StandardPixmap, section.icon))


def create_page(section: Section, parent: QWidget) -> Page:
    """Import and build a section's page (its module is imported on first use)."""
    assert section.module and section.class_name
    module = importlib.import_module(section.module)
    return getattr(module, section.class_name)(parent)
