"""The import preview dialog on the messy legacy register: findings, accepted rows, older rows."""

from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from desktop_app.importers.preview import build_preview, read_layout
from desktop_app.services import entries
from desktop_app.services import register as reg
from desktop_app.services.imports import apply_import
from desktop_app.services.register import RegisterFilter
from desktop_app.ui import excel_actions
from desktop_app.ui.import_dialog import ImportPreviewDialog
from tests.importers.builders import write_xlsx
from tests.importers.legacy import write_legacy

SHOTS = os.environ.get("AVTALSREGISTER_SHOTS")  # a folder: keep the screenshots there


@pytest.fixture
def swedish(qapp):
    from desktop_app.ui.resources import install_translators, remove_translators

    loaded = install_translators("sv")
    assert "import_sv" in loaded
    yield
    remove_translators()


def test_import_the_accepted_rows_writes_the_report_beside_the_file(
    qtbot, modals, sqlite_register, tmp_path, swedish
):
    window = QWidget()
    qtbot.addWidget(window)
    path = write_legacy(tmp_path, "xlsx")
    modals.open_path = str(path)
    seen: list[ImportPreviewDialog] = []

    def on_dialog(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportPreviewDialog)
        seen.append(dialog)
        dialog.resize(1024, 700)
        findings = dialog.findings.toPlainText()
        assert "R1: 1 rad (rad 7)" in findings and "Miljönämnden" in findings
        assert "Nya teman" in findings and "L6" in findings
        assert not dialog.import_button.isEnabled()
        assert dialog.accepted_button.isVisibleTo(dialog)
        assert dialog.accepted_button.text() == "Importera de 5 godkända raderna"
        if SHOTS:
            dialog.show()
            qtbot.wait(50)
            dialog.grab().save(os.path.join(SHOTS, "import-preview-legacy.png"))
        dialog.accepted_button.click()
        return dialog.result()

    modals.on_dialog = on_dialog
    excel_actions.import_register(window)
    qtbot.waitUntil(lambda: "information" in modals.kinds(), timeout=30000)
    assert len(seen) == 1
    assert reg.count(RegisterFilter(include_archived=True)) == 5
    report = tmp_path / "gammalt register \u2013 avvisade rader.xlsx"
    assert report.exists()
    assert str(report) in modals.texts() and "4 avvisade" in modals.texts()


def test_older_rows_are_updated_only_when_ticked(qtbot, sqlite_register, tmp_path, swedish):
    header = ["Dnr", "Titel", "Typ", "Beslutande organ", "Beslutsdatum", "Årlig kostnad"]
    new = write_xlsx(tmp_path / "ny.xlsx", [header, ["KS 9", "Eurocities", "Medlemskap", "KS",
                                                     date(2022, 10, 22), 500]])  # fmt: skip
    apply_import(build_preview(read_layout(new), new))
    old = write_xlsx(tmp_path / "gammal.xlsx", [header, ["KS 9", "Eurocities", "Medlemskap",
                                                         "KS", date(2016, 1, 21), 200]])  # fmt: skip
    preview = build_preview(read_layout(old), old)
    dialog = ImportPreviewDialog(preview)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    model = dialog.model
    assert model.data(model.index(0, 1)) == "Skiljer sig (ändras inte)"
    assert "Beslutsdatum: 2022-10-22 \u2192 2016-01-21" in model.data(model.index(0, 4))
    assert not dialog.import_button.isEnabled()
    assert dialog.update_box.isVisibleTo(dialog)
    dialog.update_box.setChecked(True)
    assert model.data(model.index(0, 1)) == "Äldre än registret"
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not dialog.import_button.isEnabled()
    if SHOTS:
        dialog.show()
        qtbot.wait(50)
        dialog.grab().save(os.path.join(SHOTS, "import-preview-older.png"))
    assert model.setData(
        model.index(0, 1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert preview.rows[0].status == "update" and dialog.import_button.isEnabled()
    apply_import(preview)
    (entry_id,) = reg.query_ids(RegisterFilter())
    assert entries.get_entry(entry_id).data.decision_date == date(2016, 1, 21)


def test_a_hostile_workbook_is_refused_and_the_window_lives(qtbot, modals, sqlite_register,
                                                            tmp_path, monkeypatch):  # fmt: skip
    """The window reads in its own process; calamine's abort happens in the child."""
    from desktop_app.importers import reading
    from tests.importers.builders import write_hostile, write_huge_xls

    window = QWidget()
    qtbot.addWidget(window)
    for path in (write_hostile(tmp_path / "quoted.xlsx", "quoted"),
                 write_huge_xls(tmp_path / "stor.xls")):  # fmt: skip
        before = len(modals.calls)
        modals.open_path = str(path)
        excel_actions.import_register(window)
        qtbot.waitUntil(lambda b=before: len(modals.calls) > b + 1, timeout=60000)
        assert path.name in modals.texts()
    # the guard off: calamine itself aborts (in the child), the window still answers
    monkeypatch.setattr(reading, "MAX_CELL_AREA", 10**30)
    monkeypatch.setattr(reading, "MAX_TOTAL_CELL_AREA", 10**30)
    before = len(modals.calls)
    modals.open_path = str(tmp_path / "quoted.xlsx")
    excel_actions.import_register(window)
    qtbot.waitUntil(lambda: len(modals.calls) > before + 1, timeout=60000)
    assert "MB minne" in modals.texts()
    assert window.isEnabled() and reg.count(RegisterFilter(include_archived=True)) == 0


# ---------------------------------------------------------------- the mapping dialog


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _text_contrast(widget: QWidget) -> float:
    """As painted: the commonest colour inside the frame is the background; the glyph
    pixel farthest from it in contrast is the text."""
    image = widget.grab().toImage()
    w, h = image.width(), image.height()
    dpr = image.devicePixelRatio()
    inner = [
        image.pixelColor(x, y)
        for x in range(int(6 * dpr), int(w * 0.6))
        for y in range(int(5 * dpr), h - int(5 * dpr))
    ]
    counts: dict[int, int] = {}
    for c in inner:
        counts[c.rgb()] = counts.get(c.rgb(), 0) + 1
    background = QColor.fromRgb(max(counts, key=counts.get))
    return max(_contrast(background, c) for c in inner)


def _dark_palette() -> QPalette:
    palette = QPalette()
    dark, text = QColor("#2B2B2B"), QColor("#F0F0F0")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button,
                 QPalette.ColorRole.AlternateBase):  # fmt: skip
        palette.setColor(role, dark)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        palette.setColor(role, text)
    return palette


@pytest.fixture
def palettes(qapp):
    """The light palette and a dark one (restored after the test), under Fusion, which
    paints with the palette on every platform (Windows' own style may not)."""
    original, style = qapp.palette(), qapp.style().name()
    qapp.setStyle("Fusion")
    yield {"light": qapp.palette(), "dark": _dark_palette()}
    qapp.setStyle(style)
    qapp.setPalette(original)


def _mapping_file(tmp_path, name="kolumner.xlsx"):
    header = ["Dnr", "Titel", "Typ", "Anteckningar om kontakten", "Land"]
    rows = [
        ["KS 2020/1", "Eurocities", "Medlemskap", "Ring Anna", "Belgien"],
        ["KS 2020/2", "ICLEI", "Medlemskap", "", "Tyskland"],
        ["KS 2020/3", "Avtal med Åbo om klimatanpassning i hamnen", "Samarbetsavtal", "Mejl",
         "Finland"],
        ["KS 2020/4", "LOI Tallinn", "Intentionsavtal", "Ring Anna", "Estland"],
    ]  # fmt: skip
    return write_xlsx(tmp_path / name, [header, *rows])


def test_mapping_dialog_shows_three_values_and_a_readable_skipped_column(
    qtbot, qapp, palettes, tmp_path, swedish
):
    from desktop_app.ui.import_dialog import SKIPPED_BACKGROUND, MappingDialog

    path = _mapping_file(tmp_path)
    layout = read_layout(path)
    dialog = MappingDialog(layout.headers, layout.mapping, samples=layout.samples())
    qtbot.addWidget(dialog)
    dialog.resize(1024, 560)
    dialog.show()
    # three different values per column, in the file's order; the long one shortened
    assert dialog.sample_labels[0].text() == "KS 2020/1 \u00b7 KS 2020/2 \u00b7 KS 2020/3"
    assert dialog.sample_labels[3].text() == "Ring Anna \u00b7 Mejl"  # blanks and repeats skipped
    assert "\u2026" in dialog.sample_labels[1].text()
    assert "klimatanpassning i hamnen" in dialog.sample_labels[1].toolTip()
    # the unknown column is not imported and marked; "Land" is the counterparty's country
    assert dialog.skipped() == [3]
    assert layout.mapping[4] == "counterparty_country"
    notes = dialog.combos[3]
    assert notes.currentText() == "Importera inte"
    assert SKIPPED_BACKGROUND.lower() in notes.styleSheet().lower()
    for name, palette in palettes.items():
        qapp.setPalette(palette)
        qtbot.wait(20)
        ratio = _text_contrast(notes)
        assert ratio >= 4.5, (name, ratio)
        if SHOTS:
            dialog.grab().save(os.path.join(SHOTS, f"import-mapping-{name}.png"))
    # the old highlight (the palette's text on pale amber) fails the same measure when dark:
    # the measure can tell
    qapp.setPalette(palettes["dark"])
    old = QComboBox()
    qtbot.addWidget(old)
    old.addItem("Importera inte")
    old.setStyleSheet("QComboBox { background: #FFF2CC; }")
    old.resize(notes.size())
    old.show()
    qtbot.wait(20)
    assert _text_contrast(old) < 3
    # a column given a field loses the mark; set back to "Do not import" it has it again
    notes.setCurrentIndex(notes.findData("notes"))
    assert dialog.skipped() == [] and not notes.styleSheet()
    notes.setCurrentIndex(0)
    assert dialog.skipped() == [3]


def test_a_remembered_mapping_is_shown_and_can_be_forgotten(qtbot, sqlite_register, tmp_path,
                                                            swedish):  # fmt: skip
    from desktop_app.importers.headers import load_remembered, signature
    from desktop_app.ui.import_dialog import MappingDialog, remember_mapping

    path = _mapping_file(tmp_path, "minns.xlsx")
    guessed = read_layout(path)
    chosen = list(guessed.mapping)
    chosen[3] = "notes"
    remember_mapping(guessed.headers, chosen)
    sig = signature(guessed.headers)
    assert load_remembered(sig) == chosen  # the file the command line reads too
    layout = read_layout(path)
    assert layout.remembered and layout.mapping == chosen
    dialog = MappingDialog(layout.headers, layout.mapping, samples=layout.samples(),
                           remembered=True)  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.remembered_label.isVisible() and dialog.forget_button.isVisible()
    assert "sparades" in dialog.remembered_label.text()
    assert dialog.mapping()[3] == "notes" and dialog.skipped() == []
    if SHOTS:
        dialog.resize(1024, 560)
        dialog.grab().save(os.path.join(SHOTS, "import-mapping-remembered.png"))
    dialog.forget_button.click()
    assert load_remembered(sig) is None
    assert "glömd" in dialog.remembered_label.text()
    assert dialog.mapping() == [m or "" for m in guessed.mapping]  # matched by headings again
    assert dialog.skipped() == [3] and not dialog.remember_box.isChecked()
    assert not dialog.forget_button.isEnabled()
    assert not read_layout(path).remembered


def test_the_preview_reopens_a_remembered_mapping_and_forgets_it(
    qtbot, modals, sqlite_register, tmp_path, swedish
):
    """Remembered, the mapping dialog is skipped; the preview says so and Kolumner… shows
    it, forgets it and checks the rows again with the columns matched by their headings."""
    from desktop_app.importers.headers import load_remembered, signature
    from desktop_app.ui.import_dialog import MappingDialog, remember_mapping

    window = QWidget()
    qtbot.addWidget(window)
    path = _mapping_file(tmp_path, "igen.xlsx")
    headers = read_layout(path).headers
    remembered = list(read_layout(path).mapping)
    remembered[3] = "notes"
    remember_mapping(headers, remembered)
    modals.open_path = str(path)
    seen: list[str] = []

    def on_dialog(dialog: QDialog) -> int:
        seen.append(type(dialog).__name__)
        if isinstance(dialog, MappingDialog):
            assert dialog.forget_button.isVisibleTo(dialog)
            dialog.forget_button.click()
            return QDialog.DialogCode.Accepted
        assert isinstance(dialog, ImportPreviewDialog)
        assert "sparats" in dialog.counts.text() and dialog.columns_button.isVisibleTo(dialog)
        assert dialog.preview.rows[0].data.notes == "Ring Anna"
        dialog.columns_button.click()  # the mapping dialog, answered above
        qtbot.waitUntil(lambda: not dialog.checking, timeout=30000)
        assert dialog.preview.rows[0].data.notes == ""  # the column is not imported now
        assert "sparats" not in dialog.counts.text()
        return QDialog.DialogCode.Rejected

    modals.on_dialog = on_dialog
    excel_actions.import_register(window)
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=30000)
    assert seen == ["ImportPreviewDialog", "MappingDialog"]
    assert load_remembered(signature(headers)) is None


# ---------------------------------------------------------------- unknown themes


@pytest.mark.parametrize("fmt", ["xlsx", "ods"])
def test_an_unknown_theme_can_be_filed_under_an_existing_one(
    qtbot, modals, register, tmp_path, swedish, fmt
):
    """The legacy register's "klimat" is not a theme of the register: the preview offers
    to add it or to file it under one the register has; chosen, the preview says so in
    words (the row and the summary) and the import creates no theme."""
    from desktop_app.services import catalog

    window = QWidget()
    qtbot.addWidget(window)
    path = write_legacy(tmp_path, fmt)
    modals.open_path = str(path)
    themes_before = {t.name_sv for t in catalog.list_themes()}
    klimat_och_miljo = next(t.id for t in catalog.list_themes() if t.name_sv == "Klimat och miljö")

    def on_dialog(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportPreviewDialog)
        dialog.resize(1024, 700)
        assert dialog.themes_box.isVisibleTo(dialog)
        combo = dialog.theme_combos["klimat"]
        assert combo.currentText() == "Lägg till som nytt tema"
        assert "Nya teman (läggs till; inget tema i registret stämmer): klimat" in (
            dialog.findings.toPlainText()
        )
        combo.setCurrentIndex(combo.findData(klimat_och_miljo))
        combo.activated.emit(combo.currentIndex())
        assert dialog.checking and not dialog.accepted_button.isEnabled()
        qtbot.waitUntil(lambda: not dialog.checking, timeout=30000)
        findings = dialog.findings.toPlainText()
        assert "Nya teman" not in findings
        assert (
            "Teman som inte finns i registret, förda till registrets teman enligt ditt val: "
            "\u201dklimat\u201d \u2192 \u201dKlimat och miljö\u201d" in findings
        )
        row = next(r for r in dialog.preview.rows if r.row_no == 6)
        assert "enligt ditt val förs posten till registrets tema ”Klimat och miljö”" in (
            " ".join(row.messages("sv"))
        )
        again = dialog.theme_combos["klimat"]  # the line stays, showing the choice
        assert again.currentData() == klimat_och_miljo
        if SHOTS:
            dialog.show()
            qtbot.wait(50)
            dialog.grab().save(os.path.join(SHOTS, f"import-preview-theme-{fmt}.png"))
        dialog.accepted_button.click()
        return dialog.result()

    modals.on_dialog = on_dialog
    excel_actions.import_register(window)
    qtbot.waitUntil(lambda: "information" in modals.kinds(), timeout=60000)
    assert {t.name_sv for t in catalog.list_themes()} == themes_before  # nothing created
    ids = reg.query_ids(RegisterFilter(include_archived=True))
    by_case = {entries.get_entry(i).data.case_number: entries.get_entry(i).data for i in ids}
    assert by_case["KS 2018/0200"].theme_id == klimat_och_miljo


def test_the_preview_is_readable_in_light_and_dark_palettes(qtbot, qapp, palettes, sqlite_register,
                                                            tmp_path, swedish):  # fmt: skip
    """The status colours are pale: their text is dark whatever the palette; the verdict's
    red or green is dark on a light window and light on a dark one."""
    from desktop_app.ui.import_dialog import STATUS_TEXT

    path = write_legacy(tmp_path, "xlsx")
    preview = build_preview(read_layout(path), path)
    for name, palette in palettes.items():
        qapp.setPalette(palette)
        dialog = ImportPreviewDialog(preview)
        qtbot.addWidget(dialog)
        dialog.resize(1024, 700)
        dialog.show()
        qtbot.wait(20)
        model = dialog.model
        for row in range(model.rowCount()):
            index = model.index(row, 1)
            background = model.data(index, Qt.ItemDataRole.BackgroundRole).color()
            text = model.data(index, Qt.ItemDataRole.ForegroundRole).color()
            assert text == STATUS_TEXT and _contrast(background, text) >= 4.5, (name, row)
        ratio = _text_contrast(dialog.verdict)
        assert ratio >= 4.5, (name, ratio)
        if SHOTS:
            dialog.grab().save(os.path.join(SHOTS, f"import-preview-{name}-palette.png"))


def test_one_row_reads_as_one_in_both_languages(qtbot, sqlite_register, tmp_path):
    """Qt's %n plurals: "1 rad avvisas", "Importera den godkända raden"; in English
    "1 row is rejected.", "Import the 1 accepted row" (not "1 rows")."""
    from desktop_app.ui.resources import install_translators, remove_translators

    header = ["Titel", "Avtalstyp"]
    path = write_xlsx(tmp_path / "en.xlsx", [header, ["Eurocities", "Medlemskap"],
                                             ["Okänt", "Vänortsavtal"]])  # fmt: skip
    preview = build_preview(read_layout(path), path)
    expected = {
        "sv": ("1 rad avvisas.", "Importera den godkända raden"),
        "en": ("1 row is rejected.", "Import the 1 accepted row"),
    }
    for lang, (verdict, button) in expected.items():
        install_translators(lang)
        try:
            dialog = ImportPreviewDialog(preview)
            qtbot.addWidget(dialog)
            assert dialog.verdict.text().startswith(verdict), dialog.verdict.text()
            assert dialog.accepted_button.text() == button
        finally:
            remove_translators()


def test_a_failed_check_leaves_the_choices_as_the_rows_show_them(
    qtbot, modals, sqlite_register, tmp_path, swedish, monkeypatch
):
    """If checking the rows again fails (or is cancelled), the theme shown as chosen and
    the column matching go back to what the preview on screen was built with."""
    from desktop_app.importers import preview as preview_module
    from desktop_app.services import catalog

    path = write_legacy(tmp_path, "xlsx")
    layout = read_layout(path)
    preview = build_preview(layout, path)
    dialog = ImportPreviewDialog(preview, layout=layout)
    qtbot.addWidget(dialog)
    target = next(t.id for t in catalog.list_themes() if t.name_sv == "Kultur")

    def broken(*args, **kwargs):
        raise OSError("the disk went away")

    monkeypatch.setattr(preview_module, "build_preview", broken)
    combo = dialog.theme_combos["klimat"]
    combo.setCurrentIndex(combo.findData(target))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: not dialog.checking, timeout=30000)
    assert "messagebox" in modals.kinds() and "gick fel" in modals.texts()  # said, not lost
    assert dialog.preview is preview and dialog.theme_choices == {}
    assert dialog.theme_combos["klimat"].currentData() is None  # "Lägg till som nytt tema"
    assert dialog.import_button.isEnabled() is preview.can_apply
    assert dialog.accepted_button.isEnabled()


def test_a_mapping_kept_by_an_older_window_moves_to_the_shared_store(qtbot, tmp_path):
    """Older versions kept the window's mappings in its settings: read once, it moves to
    the store the command line uses, so `import --forget-map` forgets it too."""
    from PySide6.QtCore import QSettings

    from desktop_app.importers.headers import forget, load_remembered, signature
    from desktop_app.ui.import_dialog import remembered_mapping

    headers = ["Diarienr (gammal)", "Benämning", "Sort", "Övrigt"]
    mapping = ["case_number", "title", "kind", ""]
    sig = signature(headers)
    QSettings().setValue(f"import/mappings/{sig}", mapping)
    assert load_remembered(sig) is None
    assert remembered_mapping(headers) == mapping
    assert load_remembered(sig) == mapping
    assert not QSettings().contains(f"import/mappings/{sig}")
    assert forget(sig)  # what --forget-map does
    assert remembered_mapping(headers) is None


def test_a_column_without_a_heading_but_with_values_is_marked(qtbot, tmp_path, swedish):
    from desktop_app.ui.import_dialog import MappingDialog

    path = write_xlsx(tmp_path / "utan rubrik.xlsx", [
        ["Titel", None, "Avtalstyp", None],
        ["Eurocities", "Bryssel", "Medlemskap", None],
        ["ICLEI", "Bonn", "Medlemskap", None],
    ])  # fmt: skip
    layout = read_layout(path)
    dialog = MappingDialog(layout.headers, layout.mapping, samples=layout.samples())
    qtbot.addWidget(dialog)
    assert dialog.sample_labels[1].text() == "Bryssel \u00b7 Bonn"
    assert dialog.skipped() == [1]  # its values would be left out: marked
    assert dialog.combos[1].toolTip() == "Den här kolumnen importeras inte."
