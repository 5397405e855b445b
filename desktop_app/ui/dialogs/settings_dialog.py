"""File > Settings: the register to use, language, review lead time, organisation name.

The register and the language are the user's own (QSettings) and take effect
at the next start, which the dialog says. Lead time and organisation name
are settings of the register, written through ``services.catalog`` (audited)
as one operation; the dialog closes when they are stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services import register_settings
from desktop_app.services.errors import StoreError
from desktop_app.ui import prefs
from desktop_app.ui.changes import SETTINGS, ChangeNotice
from desktop_app.ui.errors import show_error
from desktop_app.ui.operations import WriteOp

from .database_choice import DatabaseChooser


class SettingsDialog(QDialog):
    """Settings of this user (database, language) and of the register (lead time, name)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._initial_db = prefs.stored_database()
        self._initial_lang = prefs.stored_language()

        db_box = QGroupBox(self.tr("Register database"), self)
        info = getattr(parent, "info", None)  # the register open in the window
        in_use = QLabel(
            self.tr("In use now: %1").replace("%1", info.display if info else "–"), db_box
        )
        in_use.setObjectName("registerInUse")
        in_use.setWordWrap(True)
        in_use.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        opens_next = QLabel(self.tr("Opened at the next start:"), db_box)
        self.database = DatabaseChooser(self._initial_db or (info.display if info else ""), db_box)
        restart_db = QLabel(self.tr("A change of database takes effect when you restart."), db_box)
        restart_db.setStyleSheet("color:#555;")
        db_layout = QVBoxLayout(db_box)
        db_layout.addWidget(in_use)
        db_layout.addWidget(opens_next)
        db_layout.addWidget(self.database)
        db_layout.addWidget(restart_db)

        you_box = QGroupBox(self.tr("Language"), self)
        self.language = QComboBox(you_box)
        self.language.addItem(self.tr("Follow the system"), "system")
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(self._initial_lang)))
        you_form = QFormLayout(you_box)
        you_form.addRow(self.tr("&Language:"), self.language)
        you_form.addRow("", QLabel(self.tr("Takes effect when you restart."), you_box))

        reg_box = QGroupBox(self.tr("This register (shared by everyone using it)"), self)
        self.lead_days = QSpinBox(reg_box)
        self.lead_days.setRange(0, 730)
        self.lead_days.setSuffix(self.tr(" days"))
        self.lead_days.setToolTip(
            self.tr("How long before the next review date an entry counts as due.")
        )
        self.organisation = QLineEdit(reg_box)
        self.organisation.setToolTip(self.tr("Printed on memos and Excel cover sheets."))
        try:
            self.lead_days.setValue(register_settings.lead_days())
            self.organisation.setText(register_settings.get_setting("organisation_name"))
        except StoreError as exc:
            show_error(self, exc)
            reg_box.setEnabled(False)
        self._initial_lead = self.lead_days.value()
        self._initial_org = self.organisation.text()
        reg_form = QFormLayout(reg_box)
        reg_form.addRow(self.tr("Review lea&d time:"), self.lead_days)
        reg_form.addRow(self.tr("&Organisation name:"), self.organisation)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(db_box)
        layout.addWidget(you_box)
        layout.addWidget(reg_box)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def accept(self) -> None:
        """Save what changed; a register setting that fails keeps the dialog open."""
        value = self.database.value()
        if value.startswith(("postgresql://", "postgres://")) and self.database.last_ok is False:
            answer = QMessageBox.question(
                self,
                self.tr("Settings"),
                self.tr("The connection test failed. Use this database anyway?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        settings: dict[str, str] = {}
        if self.lead_days.value() != self._initial_lead:
            settings["lead_days"] = str(self.lead_days.value())
        organisation = self.organisation.text().strip()
        if organisation != self._initial_org:
            settings["organisation_name"] = organisation
        if not settings:
            self._finish(value)
            return

        def write(_control) -> None:
            for key, text in settings.items():
                register_settings.set_setting(key, text)

        self.setEnabled(False)
        (
            WriteOp(self, write, ChangeNotice.for_catalogs(SETTINGS))
            .success(lambda _result: self._finish(value))
            .finally_(lambda: self.setEnabled(True))
            .run()
        )

    def _finish(self, value: str) -> None:
        """The register's settings are stored; now the user's own (QSettings)."""
        restart = False
        if value != self._initial_db:
            prefs.set_stored_database(value)
            restart = True
        language = self.language.currentData()
        if language != self._initial_lang:
            prefs.set_stored_language(language)
            restart = True
        self.needs_restart = restart
        if restart:
            QMessageBox.information(
                self,
                self.tr("Settings"),
                self.tr("Saved. Restart Avtalsregister to use the new database or language."),
            )
        super().accept()
