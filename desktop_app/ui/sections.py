"""The side bar's sections and how their pages are loaded.

Pages other than the Register are separate modules (``ui/pages/``), imported
when first shown so start-up stays quick; a page that cannot be imported
shows a placeholder instead of taking the window down.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStyle, QVBoxLayout, QWidget


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # English source; translated in context "Sections"
    module: str | None  # None: the Register view built by the window
    class_name: str | None
    icon: QStyle.StandardPixmap
    shortcut: str


SECTIONS: tuple[Section, ...] = (
    Section(
        "register",
        QT_TRANSLATE_NOOP("Sections", "Register"),
        None,
        None,
        QStyle.StandardPixmap.SP_FileDialogDetailedView,
        "Ctrl+1",
    ),
    Section(
        "reviews_due",
        QT_TRANSLATE_NOOP("Sections", "Reviews due"),
        "desktop_app.ui.pages.reviews_due",
        "ReviewsDuePage",
        QStyle.StandardPixmap.SP_MessageBoxWarning,
        "Ctrl+2",
    ),
    Section(
        "bodies",
        QT_TRANSLATE_NOOP("Sections", "Decision bodies"),
        "desktop_app.ui.pages.bodies",
        "BodiesPage",
        QStyle.StandardPixmap.SP_DirHomeIcon,
        "Ctrl+3",
    ),
    Section(
        "catalog",
        QT_TRANSLATE_NOOP("Sections", "Counterparties and themes"),
        "desktop_app.ui.pages.catalog",
        "CatalogPage",
        QStyle.StandardPixmap.SP_DriveNetIcon,
        "Ctrl+4",
    ),
    Section(
        "history",
        QT_TRANSLATE_NOOP("Sections", "History"),
        "desktop_app.ui.pages.history",
        "HistoryPage",
        QStyle.StandardPixmap.SP_FileDialogContentsView,
        "Ctrl+5",
    ),
)


def section_title(section: Section) -> str:
    return QCoreApplication.translate("Sections", section.title)


class PlaceholderPage(QWidget):
    """Shown where a page is not available in this build."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setStyleSheet("color:#666; font-size:11pt;")
        layout.addWidget(label)

    def reload(self) -> None:
        """Nothing to reload."""


def create_page(section: Section, parent: QWidget) -> QWidget:
    """Import and build a section's page, or a placeholder saying it is not available."""
    assert section.module and section.class_name
    try:
        module = importlib.import_module(section.module)
        cls = getattr(module, section.class_name)
    except (ImportError, AttributeError) as exc:
        text = QCoreApplication.translate(
            "Sections", "This section is not available in this version.\n(%1)"
        ).replace("%1", str(exc))
        return PlaceholderPage(text, parent)
    return cls(parent)
