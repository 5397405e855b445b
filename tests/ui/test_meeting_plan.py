"""Meeting plans in the window: the body's dialog, and Reviews due's memo deadline."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QDialog

from desktop_app.services import catalog, meetings, memos
from desktop_app.services import register as reg
from desktop_app.ui.meeting_plan import MeetingPlanDialog
from desktop_app.ui.reviews.model import COL_CASE, COL_MEMO
from desktop_app.ui.reviews.page import ReviewsDuePage

from .conftest import wait_idle

DAY = timedelta(days=1)


def test_a_body_plan_is_saved_from_the_dialog(qtbot, demo_sqlite, tmp_path: Path) -> None:
    tn = catalog.body_by_short_name("TN")
    bodies = catalog.list_bodies()
    dialog = MeetingPlanDialog(bodies, memos.all_body_memo_settings(), {})
    qtbot.addWidget(dialog)
    dialog.body.setCurrentIndex(dialog.body.findData(tn.id))
    assert dialog.head.text() == "Jonas Eliasson"  # the demo's förvaltningschef
    dialog.papers_days.setValue(14)
    dialog.meetings.setPlainText("2027-01-21\n2027-02-18 extra\n\n2027-03-18")
    dialog.department_head.setText("Eva Nordin")
    dialog.resize(1024, 700)
    dialog.show()
    dialog.grab().save(str(tmp_path / "meeting_plan.png"))
    assert dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
    assert [d.isoformat() for d in meetings.meeting_dates(tn.id)] == [
        "2027-01-21",
        "2027-02-18",
        "2027-03-18",
    ]
    assert memos.body_memo_settings(tn.id).papers_days == 14


def test_reviews_due_shows_when_the_memo_must_be_ready(qtbot, demo_sqlite) -> None:
    ids = reg.query_ids(reg.RegisterFilter(due_within_days=180, sort_key="next_review_date"))
    facts = {f.entry_id: f for f in memos.gather(ids)}
    entry = next(f for f in facts.values() if f.route("continue").decider.short_name == "TN")
    today = date.today()
    tn = catalog.body_by_short_name("TN").id
    meetings.set_meetings(tn, [today + 20 * DAY, today + 60 * DAY, today + 400 * DAY], 14)
    page = ReviewsDuePage()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    wait_idle()
    qtbot.wait(50)
    wait_idle()
    model = page.model
    row = next(
        r for r in range(model.rowCount()) if model.index(r, COL_CASE).data() == entry.case_number
    )
    target = meetings.targets([entry.entry_id])[entry.entry_id]
    assert model.index(row, COL_MEMO).data() == target.memo_due.isoformat()
    tip = model.index(row, COL_MEMO).data(3)  # ToolTipRole
    assert "Trafiknämnden" in tip
