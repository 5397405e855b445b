"""The request export speaks the History page's words (R10: one vocabulary for the trail).

``exports.trail_words`` (no Qt, for the command line) and ``ui.trail`` (the
History page) must give the same text for every row of the trail, in Swedish
from the same translation and in English: a change to one that is not made
to the other fails here.
"""

from __future__ import annotations

import pytest

from desktop_app.exports import trail_words
from desktop_app.services import secrecy
from desktop_app.services.demo import build_demo
from desktop_app.services.overview import HistoryFilter, history_page, reference_names
from desktop_app.ui import trail
from desktop_app.ui.resources import install_translators, remove_translators


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_both_renderers_give_the_same_text_for_every_row(sqlite_register, qapp, lang):
    build_demo()
    secrecy.mark(1, "counterparties", "Utrikessekretess.")
    secrecy.mark(2, "", "Hela posten.")
    install_translators(lang)
    trail_words.set_language(lang)
    try:
        names = reference_names()
        rows = history_page(HistoryFilter(newest_first=False), limit=100_000)
        assert {r.action for r in rows} >= {"create", "review", "terminate", "secrecy_mark"}
        for row in rows:
            assert trail_words.row_texts(row, names, lang) == trail.row_texts(row, names, lang)
        for name in trail.COLUMN_TITLES:
            assert trail_words.column_title(name) == trail.column_title(name)
        for name in trail.FIELDS:
            assert trail_words.field_label(name) == trail.field_label(name)
        assert trail.ACTIONS == trail_words.ACTIONS and trail.FIELDS == trail_words.FIELDS
        assert trail.DETAIL_KEYS == trail_words.DETAIL_KEYS
        if lang == "sv":
            assert trail.action_label("secrecy_mark") == "Sekretess bedömd"
    finally:
        remove_translators()
        trail_words.set_language("sv")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_review_cases_and_meeting_plans_read_as_words(sqlite_register, qapp, lang):
    """Every action, object and field a review case (memo draft) and a meeting plan
    write has a label on the History page, the same in both renderers."""
    from datetime import date

    from desktop_app.services import meetings, memo_drafts
    from desktop_app.services.memos import MemoDraftText

    build_demo()
    text = MemoDraftText(
        variant="review", proposal="continue", summary="Kort.", officer="Anna", officer_phone="1"
    )
    draft = memo_drafts.save_draft(1, text)
    memo_drafts.close_draft(1, draft.version, "Beslutat.")
    meetings.set_meetings(1, [date(2027, 2, 3), date(2027, 3, 3)])
    meetings.set_meetings(1, [date(2027, 3, 3)])
    install_translators(lang)
    trail_words.set_language(lang)
    try:
        names = reference_names()
        rows = history_page(HistoryFilter(newest_first=False), limit=100_000)
        ours = [r for r in rows if r.object_type == "memo_draft" or r.field.startswith("meetings")]
        assert {r.action for r in ours} == {"create", "close", "update"}
        assert {r.field for r in ours} >= {"variant", "summary", "meetings_added"}
        raw = {"memo_draft", "close", "meetings_added", "meetings_cancelled", "variant"}
        raw |= {"officer_phone", "review", "continue"}
        for row in ours:
            texts = trail.row_texts(row, names, lang)
            assert trail_words.row_texts(row, names, lang) == texts
            shown = " | ".join(str(v) for v in texts.values())
            assert not raw & set(shown.replace(",", " ").replace("|", " ").split()), shown
        if lang == "sv":
            assert trail.action_label("close") == "Avslutat"
            assert trail.object_label("memo_draft") == "Omprövningsärende (utkast till PM)"
            assert trail.field_label("meetings_added") == "Sammanträden tillagda"
            assert trail.value_text("variant", "review", names, lang) == "Omprövning"
            assert trail.value_text("proposal", "continue", names, lang) == "Fortsätta"
    finally:
        remove_translators()
        trail_words.set_language("sv")
