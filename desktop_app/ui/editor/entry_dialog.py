"""The entry editor: a non-modal dialog with live rule findings and safe saving.

Rules are re-checked on every edit against a rule context read once when the
dialog opens (bodies, mandates, names): errors disable Save and say why,
warnings are shown and can be saved past. Saving is an operation
(``ui.operations.WriteOp``): it runs off the UI thread with the version the
form was loaded from; if someone saved first, the user is told who and when
and can reload without losing their edits (``conflict.EditsPanel``): until
the edits are put back, closing the editor asks about them. An editor that
has no unsaved edits follows change notices for its entry (a review recorded
from the list, another editor's save). ``open_entry_editor`` is the one way
to open an editor; it brings an entry's open editor to the front.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import fields

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.assessments import CheckedFinding, check_entry_assessed
from desktop_app.domain.entry import EntryData
from desktop_app.domain.kinds import label
from desktop_app.domain.money import format_amount
from desktop_app.domain.rules import check_entry
from desktop_app.services import assessments, catalog, entries, memo_drafts
from desktop_app.services.context import to_local
from desktop_app.services.errors import ConflictError, StoreError
from desktop_app.ui import memo_draft
from desktop_app.ui.changes import ChangeNotice
from desktop_app.ui.conflict import changed_by_text
from desktop_app.ui.errors import show_error, ui_language
from desktop_app.ui.operations import WriteOp, notices

from .conflict import EditsPanel
from .entry_form import EntryForm
from .entry_history import EntryHistoryWidget
from .fields import Names
from .findings_panel import ERROR_COLOUR, WARNING_COLOUR, FindingsPanel, mark_field
from .questions import CANCEL, DISCARD, PUT_BACK, SAVE, ask_pending_edits, ask_unsaved

_EDITABLE = [f.name for f in fields(EntryData) if f.name != "last_review_date"]
_open_editors: set[EntryDialog] = set()
_GEOMETRY_KEY = "editor/geometry"
_SPLITTER_KEY = "editor/splitter"


class EntryDialog(QDialog):
    """Create (``entry_id=None``) or edit one register entry."""

    entry_saved = Signal(int)

    def __init__(self, entry_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.lang = ui_language()
        self.ctx = catalog.rule_context()  # once: findings stay instant while typing
        self.names = Names.from_context(self.ctx)
        self.record: entries.EntryRecord | None = None
        self.findings: list[CheckedFinding] = []
        self.assessments: list = []  # open assessments of the saved entry
        self.saving = False
        self.last_save_ok: bool | None = None  # how the latest save ended (None: running)
        # An entry that cannot be read raises StoreError here, before any widget
        # exists: the caller shows it (open_entry_editor does).
        record = entries.get_entry(entry_id) if entry_id is not None else None
        self._build()
        if record is None:
            self.form.set_catalog(self.ctx)
            self.form.set_data(EntryData())
            self._baseline = self.form.data()
            self._show_header()
        else:
            self._load(record)
        self._restore_geometry()
        self._refresh()
        notices().changed.connect(self._notice)

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.edits_panel = EditsPanel(self)
        self.edits_panel.reapply_requested.connect(self.reapply_edits)
        self.form = EntryForm(self.lang, self)
        self.form.changed.connect(self._refresh)
        self.form.catalog_changed.connect(self._catalog_changed)
        self.history = EntryHistoryWidget(self)
        self.history_index = self.form.addTab(self.history, self.tr("H&istory"))
        self.findings_panel = FindingsPanel(self)
        self.findings_panel.field_activated.connect(self.focus_field)
        self.findings_panel.assess_requested.connect(self.assess_finding)
        self.findings_panel.reopen_requested.connect(self.reopen_finding)
        self.findings_panel.setMinimumWidth(260)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.form)
        splitter.addWidget(self.findings_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([800, 300])
        # Whole tab titles; arrows scroll them when the dialog is narrow (1024 px).
        self.form.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.form.tabBar().setUsesScrollButtons(True)
        splitter.setChildrenCollapsible(False)
        # The history tab needs the width; the rule check is about the fields.
        self.form.currentChanged.connect(
            lambda index: self.findings_panel.setVisible(index != self.history_index)
        )

        self.review_button = QPushButton(self.tr("Record revie&w…"), self)
        self.review_button.clicked.connect(self.record_review)
        self.terminate_button = QPushButton(self.tr("Ter&minate…"), self)
        self.terminate_button.clicked.connect(self.terminate)
        self.memo_draft_button = QPushButton(memo_draft.draft_button_text(), self)  # issue 16
        self.memo_draft_button.clicked.connect(self.open_memo_draft)
        self.archive_button = QPushButton(self.tr("Ar&chive"), self)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (
            self.review_button,
            self.memo_draft_button,
            self.terminate_button,
            self.archive_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field must not press a button

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.edits_panel)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    # ------------------------------------------------------------ loading

    def _load(self, record: entries.EntryRecord) -> None:
        self.record = record
        self.assessments = assessments.open_for(assessments.Subject(assessments.ENTRY, record.id))
        self.names.counterparties.update({c.id: c.display for c in record.counterparties})
        self.form.set_catalog(self.ctx, record.data, record.counterparties)
        self.form.set_data(record.data)
        self._baseline = self.form.data()
        self.form.set_termination_text(self._termination_text(record))
        self.history.set_entry(record.id, self.names)
        self.review_case = memo_drafts.get_draft(record.id)
        self._show_header()
        self._refresh()

    def reload(self) -> None:
        """Read the saved entry again (after a review, termination, archiving...)."""
        if self.record is not None:
            self._load(entries.get_entry(self.record.id))

    def _termination_text(self, record: entries.EntryRecord) -> str:
        if record.terminated_date is None:
            return ""
        body = self.names.bodies.get(record.terminated_by_id or -1, "")
        text = self.tr("Terminated %1").replace("%1", record.terminated_date.isoformat())
        if body:
            text += " " + self.tr("by %1").replace("%1", body)
        if record.termination_reason:
            text += ": " + record.termination_reason
        return text

    def _show_header(self) -> None:
        record = self.record
        editing = record is not None
        self.form.setTabVisible(self.history_index, editing)
        for button in (
            self.review_button,
            self.memo_draft_button,
            self.terminate_button,
            self.archive_button,
        ):
            button.setEnabled(editing)
        if record is None:
            self.setWindowTitle(self.tr("New entry"))
            self.header.setText(
                "<b>" + self.tr("New entry") + "</b> – " + self.tr("fields marked * are required")
            )
            return
        data = record.data
        self.setWindowTitle(
            self.tr("Entry %1").replace(
                "%1", " ".join(p for p in (data.case_number, data.title) if p)
            )
        )
        parts = [label(data.kind, self.lang), label(record.status(), self.lang)]
        if record.archived:
            archived = self.tr("Archived")
            parts.append(f"<span style='color:{WARNING_COLOUR}'>{archived}</span>")
        if record.next_review_date:
            parts.append(
                self.tr("next review %1").replace("%1", record.next_review_date.isoformat())
            )
        if data.annual_cost:
            parts.append(format_amount(data.annual_cost, data.currency, self.lang))
        case = memo_draft.case_under_way_text(getattr(self, "review_case", None))
        if case:
            parts.append(f"<span style='color:{WARNING_COLOUR}'>{_escape(case)}</span>")
        updated = to_local(record.updated_at)
        changed = self.tr("version %1, saved %2 by %3").replace("%1", str(record.version))
        changed = changed.replace("%2", updated.strftime("%Y-%m-%d %H:%M") if updated else "?")
        changed = changed.replace("%3", record.updated_by or "?")
        self.header.setText(
            f"<b>{_escape(data.case_number)} {_escape(data.title)}</b><br>"
            + " · ".join(parts)
            + f" · <span style='color:gray'>{_escape(changed)}</span>"
        )
        self.archive_button.setText(self.tr("&Restore") if record.archived else self.tr("Ar&chive"))
        self.terminate_button.setEnabled(data.status != "terminated")
        self.memo_draft_button.setEnabled(data.status != "terminated")

    # ------------------------------------------------------------ live findings

    def is_dirty(self) -> bool:
        return self.form.data() != self._baseline

    def has_pending_edits(self) -> bool:
        """Edits kept aside after a conflict's Reload and not yet put back."""
        return bool(self.edits_panel.edits)

    def _notice(self, notice: ChangeNotice) -> None:
        """Another write changed this entry: show it, unless the user is editing."""
        if notice.initiator is self or self.record is None or self.saving:
            return
        if notice.touches_entry(self.record.id) and not self.is_dirty():
            try:
                self.reload()
            except StoreError as exc:
                show_error(self, exc)

    def _refresh(self) -> None:
        if not hasattr(self, "_baseline"):
            return
        data = self.form.data()
        found = self.form.input_findings() + check_entry(data, self.ctx)
        self.findings = check_entry_assessed(data, self.ctx, found, self.assessments)
        self.findings_panel.set_findings(self.findings, self.lang)
        self.findings_panel.set_can_assess(self.record is not None and not self.is_dirty())
        marks: dict[int, tuple[str, list[str]]] = {}
        tab_severity: dict[int, str] = {}
        for checked in self.findings:
            finding = checked.finding
            if not checked.is_open or finding.severity.value == "note":
                continue  # assessed warnings and notes do not mark fields
            widget, tab = self.form.widget_for(finding.field)
            severity = "error" if finding.is_error else "warning"
            if widget is not None:
                old = marks.get(id(widget), (severity, []))
                worst = "error" if "error" in (old[0], severity) else "warning"
                marks[id(widget)] = (worst, [*old[1], finding.message(self.lang)])
            if tab >= 0 and tab_severity.get(tab) != "error":
                tab_severity[tab] = severity
        for widget in self.form.all_markable():
            severity, messages = marks.get(id(widget), (None, []))
            mark_field(widget, severity, "\n".join(messages))
        bar = self.form.tabBar()
        for tab in range(self.form.count()):
            colour = {"error": ERROR_COLOUR, "warning": WARNING_COLOUR}.get(
                tab_severity.get(tab, ""), ""
            )
            bar.setTabTextColor(
                tab, QColor(colour) if colour else self.palette().windowText().color()
            )
        errors = [c.finding for c in self.findings if c.finding.is_error]
        dirty = self.is_dirty() or self.record is None
        self.save_button.setEnabled(not errors and dirty and not self.saving)
        if errors:
            self.save_button.setToolTip(
                self.tr("Fix the errors first:")
                + "\n"
                + "\n".join(f.message(self.lang) for f in errors)
            )
        elif not dirty:
            self.save_button.setToolTip(self.tr("Nothing has changed."))
        else:
            self.save_button.setToolTip(self.tr("Save the entry (Ctrl+S)"))
        title = self.windowTitle().removesuffix(" *")
        self.setWindowTitle(title + (" *" if self.is_dirty() else ""))

    # ------------------------------------------------------------ assessments

    def assess_finding(self, checked: CheckedFinding) -> None:
        """Record that the registrar has assessed a warning, with the reason (audited)."""
        if self.record is None or self.is_dirty():
            QMessageBox.information(
                self,
                self.tr("Save first"),
                self.tr("A warning is assessed on the saved entry. Save your changes first."),
            )
            return
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Mark as assessed"),
            checked.finding.message(self.lang)
            + "\n\n"
            + self.tr("Why is this in order? (e.g. “not a twin-city agreement”)"),
        )
        if not ok or not reason.strip():
            return
        entry_id, code, digest, ctx = (
            self.record.id,
            checked.finding.code,
            checked.fingerprint,
            self.ctx,
        )
        self._assessment_write(
            lambda _c: assessments.assess_entry_finding(entry_id, code, digest, reason, ctx)
        )

    def reopen_finding(self, checked: CheckedFinding) -> None:
        """Withdraw an assessment: the warning is open again (audited)."""
        if checked.assessment is None or self.record is None:
            return
        ident = checked.assessment.id
        self._assessment_write(lambda _c: assessments.withdraw(ident))

    def _assessment_write(self, op) -> None:
        """Assessing writes the record's history: an operation, like a save."""
        assert self.record is not None
        WriteOp(self, op, ChangeNotice.for_entries([self.record.id])).success(
            lambda _result: self._reload_assessments()
        ).initiator(self).run()

    def _reload_assessments(self) -> None:
        if self.record is not None:
            self.assessments = assessments.open_for(
                assessments.Subject(assessments.ENTRY, self.record.id)
            )
            self.history.set_entry(self.record.id, self.names)
        self._refresh()

    def _catalog_changed(self) -> None:
        """New names matter to the rules (R1 twin-city names, R5 aid themes)."""
        self.ctx = catalog.rule_context(self.ctx.today)
        self.names = Names.from_context(self.ctx)
        self._refresh()

    def focus_field(self, field: str) -> None:
        widget, tab = self.form.widget_for(field)
        if tab >= 0:
            self.form.setCurrentIndex(tab)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ saving

    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Start saving with the loaded version; True when the write was started.

        The write runs off the UI thread; ``then()`` runs once it is stored
        (closing after "Save?", a review after "Save first?"). ``last_save_ok``
        tells how it ended.
        """
        self._refresh()
        if not self.save_button.isEnabled() or self.saving:
            return False
        data, ctx, record = self.form.data(), self.ctx, self.record
        before = self._baseline
        if record is None:

            def write(_control):
                return entries.create_entry(data, ctx=ctx)

            def changes(saved):
                return ChangeNotice.for_entries([], created=[saved.id])
        else:

            def write(_control):
                return entries.update_entry(record.id, data, record.version, ctx=ctx)

            def changes(saved):
                return ChangeNotice.for_entries([saved.id])

        self.saving = True
        self.last_save_ok = None
        self._refresh()
        handle = (
            WriteOp(self, write, changes)
            .success(lambda saved: self._saved(saved, then))
            .failure(lambda _exc: setattr(self, "last_save_ok", False))
            .on_reload(lambda exc: self._reload_after_conflict(exc, data, before))
            .finally_(self._save_ended)
            .initiator(self)
            .run()
        )
        if handle is None:
            self._save_ended()
            return False
        return True

    def _saved(self, record: entries.EntryRecord, then: Callable[[], None] | None) -> None:
        self.saving = False
        self.last_save_ok = True
        self._load(record)
        self.edits_panel.clear()
        self.entry_saved.emit(record.id)
        if then is not None:
            then()

    def _save_ended(self) -> None:
        self.saving = False
        self._refresh()

    def _reload_after_conflict(
        self, exc: ConflictError, mine: EntryData, before: EntryData
    ) -> None:
        """Reload: the saved version in the form, the user's edits listed beside it."""
        if self.record is None:
            return
        try:
            fresh = entries.get_entry(self.record.id)
        except StoreError as error:
            show_error(self, error)
            return
        self._load(fresh)
        edits = [
            (name, getattr(mine, name), getattr(fresh.data, name))
            for name in _EDITABLE
            if getattr(mine, name) != getattr(before, name)
        ]
        self.edits_panel.show_edits(edits, self.names, changed_by_text(exc), self.lang)

    def reapply_edits(self) -> None:
        """Put the user's listed values back into the reloaded form."""
        data = self.form.data()
        for name, mine, _theirs in self.edits_panel.edits:
            setattr(data, name, mine)
        self.form.set_data(data)
        self.edits_panel.clear()

    # ------------------------------------------------------------ lifecycle

    def _settle_unsaved(self, then: Callable[[], None]) -> None:
        """Before a lifecycle action the form must match the saved entry: ask, maybe
        save (``then`` runs when it is stored), discard, or cancel."""
        if self.record is None:
            return
        if not self.is_dirty():
            then()
            return
        answer = ask_unsaved(self)
        if answer == SAVE:
            self.save(then=then)
        elif answer == DISCARD:
            self.reload()
            then()

    def record_review(self) -> None:
        """The review dialog; its notice reloads this editor."""
        from desktop_app.ui.editor import lifecycle

        self._settle_unsaved(lambda: lifecycle.record_review(self, self.record.id))

    def open_memo_draft(self) -> None:
        """The entry's review case: the memo draft (ui/memo_draft.py)."""
        self._settle_unsaved(lambda: memo_draft.open_memo_draft(self, self.record.id))

    def terminate(self) -> None:
        from desktop_app.ui.editor import lifecycle

        self._settle_unsaved(lambda: lifecycle.terminate_entry(self, self.record.id))

    def toggle_archived(self) -> None:
        """Archive or restore through the one archive path (``ui.archive``)."""
        from desktop_app.ui import archive

        def act() -> None:
            r = self.record
            ref = archive.Ref(r.id, r.version, r.archived, r.data.case_number, r.data.title)
            archive.set_archived(self, [ref], not r.archived)

        self._settle_unsaved(act)

    # ------------------------------------------------------------ closing

    def _restore_geometry(self) -> None:
        """Last size and splitter (QSettings); first time: fits a 1366x768 laptop."""
        settings = QSettings()
        geometry = settings.value(_GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry() if self.screen() else None
            if screen is not None and screen.width() >= 1120 and screen.height() >= 720:
                self.resize(1120, 680)
            elif screen is not None:  # a small screen: use most of it
                self.resize(screen.width() * 9 // 10, screen.height() * 9 // 10)
            else:
                self.resize(1120, 680)
        splitter = settings.value(_SPLITTER_KEY)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def done(self, result: int) -> None:
        settings = QSettings()
        settings.setValue(_GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(_SPLITTER_KEY, self.splitter.saveState())
        super().done(result)

    def reject(self) -> None:
        """Esc, Close and the window's X all come here: ask before losing edits,
        the form's and those kept aside after a conflict."""
        if self.saving:
            return  # the write under way ends first; then the user decides
        if self.has_pending_edits() and not self.is_dirty():
            answer = ask_pending_edits(self)
            if answer == PUT_BACK:
                self.reapply_edits()
                return
            if answer == CANCEL:
                return
        elif self.is_dirty():
            answer = ask_unsaved(self)
            if answer == CANCEL:
                return
            if answer == SAVE:
                self.save(then=self._close_now)
                return
        self._close_now()

    def _close_now(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # closed twice
            notices().changed.disconnect(self._notice)
        super().reject()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def open_editors() -> list[EntryDialog]:
    """The editors open now (the window asks them before it closes)."""
    return list(_open_editors)


def open_entry_editor(parent: QWidget | None, entry_id: int | None) -> EntryDialog | None:
    """The one way to open the editor: non-modal, deleted when closed.

    An entry that has an editor open already gets that editor brought to the
    front (two editors of one entry would only conflict with each other). If
    the entry cannot be read (gone, database locked or unreachable) the error
    is shown to the user and ``None`` is returned.
    """
    for editor in _open_editors:
        if entry_id is not None and editor.record is not None and editor.record.id == entry_id:
            editor.show()
            editor.raise_()
            editor.activateWindow()
            return editor
    try:
        dialog = EntryDialog(entry_id, parent)
    except StoreError as exc:
        show_error(parent, exc)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _open_editors.add(dialog)  # a parentless dialog must not be garbage-collected
    dialog.finished.connect(lambda _code: _open_editors.discard(dialog))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
