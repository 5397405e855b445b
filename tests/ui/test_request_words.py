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
