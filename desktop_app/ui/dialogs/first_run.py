"""The welcome dialog for a new user without a register.

Three ways in: an empty register with the strategy's bodies (the usual
start for a city), the demo register to look around first, or a shared
register on PostgreSQL (tested before it is used). The dialog only chooses;
``ui.app`` opens or creates the register.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.paths import default_database_path, user_data_path
from desktop_app.ui import prefs
from desktop_app.ui.resources import app_icon

from .database_choice import DatabaseChooser

EMPTY, DEMO, SHARED, OPEN, RECENT = "empty", "demo", "shared", "open", "recent"


def demo_database_path() -> str:
    return str(user_data_path() / "demo.sqlite3")


class FirstRunDialog(QDialog):
    """Choose how to start; ``choice`` and ``database`` say what was chosen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Avtalsregister"))
        self.setWindowIcon(app_icon())
        self.choice: str | None = None
        self.database = ""

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choices_page())
        self.pages.addWidget(self._shared_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(600, 480)

    def _choices_page(self) -> QWidget:
        page = QWidget(self)
        icon = QLabel(page)
        icon.setPixmap(app_icon().pixmap(64, 64))
        heading = QLabel(self.tr("<h2>Welcome to Avtalsregister</h2>"), page)
        intro = QLabel(
            self.tr(
                "The register of the city's international cooperation agreements, "
                "letters of intent and memberships. There is no register on this computer "
                "yet. How do you want to start?"
            ),
            page,
        )
        intro.setWordWrap(True)
        self.empty_button = QCommandLinkButton(
            self.tr("Create an &empty register"),
            self.tr(
                "A new register file in your own folder, with the decision bodies of the "
                "international strategy and the list of themes."
            ),
            page,
        )
        self.demo_button = QCommandLinkButton(
            self.tr("Open the &demo register"),
            self.tr("Look around first: examples from the strategy (Eurocities, GrowSmarter…)."),
            page,
        )
        self.shared_button = QCommandLinkButton(
            self.tr("Connect to a &shared register"),
            self.tr("A register on a PostgreSQL server that your colleagues use too."),
            page,
        )
        self.open_button = QCommandLinkButton(
            self.tr("&Open a register file…"),
            self.tr("A register file that already exists (copied, or kept on a shared drive)."),
            page,
        )
        self.open_button.clicked.connect(self._open_file)
        self.recent = QComboBox(page)
        self.recent.setObjectName("recentRegisters")
        recent = prefs.recent_databases()
        for target in recent:
            self.recent.addItem(target, target)
        self.recent_button = QPushButton(self.tr("Open &recent"), page)
        self.recent_button.clicked.connect(
            lambda: self._choose(RECENT, str(self.recent.currentData() or ""))
        )
        recent_row = QHBoxLayout()
        recent_label = QLabel(self.tr("Recent registers:"), page)
        recent_label.setBuddy(self.recent)
        recent_row.addWidget(recent_label)
        recent_row.addWidget(self.recent, 1)
        recent_row.addWidget(self.recent_button)
        for widget in (recent_label, self.recent, self.recent_button):
            widget.setVisible(bool(recent))
        quit_button = QPushButton(self.tr("&Quit"), page)
        self.empty_button.clicked.connect(lambda: self._choose(EMPTY, str(default_database_path())))
        self.demo_button.clicked.connect(lambda: self._choose(DEMO, demo_database_path()))
        self.shared_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        quit_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(intro)
        top.addLayout(text, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addSpacing(8)
        for button in (self.empty_button, self.demo_button, self.shared_button, self.open_button):
            layout.addWidget(button)
        layout.addLayout(recent_row)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(quit_button)
        layout.addLayout(bottom)
        return page

    def _shared_page(self) -> QWidget:
        page = QWidget(self)
        heading = QLabel(self.tr("<h3>Connect to a shared register</h3>"), page)
        intro = QLabel(
            self.tr(
                "Enter the address of the PostgreSQL database IT gave you and test the "
                "connection. A new, empty database becomes a new register."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.chooser = DatabaseChooser("postgresql://", page)
        self.chooser.url.clear()
        self.chooser.sqlite_radio.hide()
        self.chooser.postgres_radio.hide()
        self.chooser.path.hide()
        self.chooser.browse.hide()
        self.connect_button = QPushButton(self.tr("&Connect"), page)
        self.connect_button.setEnabled(False)
        self.connect_button.setDefault(True)
        back = QPushButton(self.tr("Bac&k"), page)
        self.chooser.tested.connect(lambda ok, _msg: self.connect_button.setEnabled(ok))
        self.chooser.url.textEdited.connect(lambda _t: self.connect_button.setEnabled(False))
        self.connect_button.clicked.connect(lambda: self._choose(SHARED, self.chooser.value()))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.chooser)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(back)
        bottom.addStretch(1)
        bottom.addWidget(self.connect_button)
        layout.addLayout(bottom)
        return page

    def _open_file(self) -> None:
        from .register_file import choose_register_file

        path = choose_register_file(self)
        if path:
            self._choose(OPEN, path)

    def _choose(self, choice: str, database: str) -> None:
        self.choice, self.database = choice, database
        self.accept()
