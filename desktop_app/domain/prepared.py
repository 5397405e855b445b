"""What the register stores beside an entry so that search and sort are one indexed query.

Every write path (the editor's services, imports, renames of counterparties
and themes, migration m0004, the benchmark's generator) calls
``entry_prepared`` with the entry's own texts and stores the result in the
columns of the same names. Body names are not in here: search joins them
(a renamed body is found by its new name at once) and sort reads the
body's own ``sort_key``. Sort keys end in ``_key``: issue 12's audit
triggers leave derived columns so named (and ``search_text``) out of the
trail.
"""

from __future__ import annotations

from collections.abc import Sequence

from .folding import build_search_text
from .sort_keys import sort_key

PREPARED_COLUMNS = (
    "counterparty_names",
    "search_text",
    "case_number_sort_key",
    "title_sort_key",
    "counterparties_sort_key",
    "contact_person_sort_key",
    "cost_payer_sort_key",
    "notes_sort_key",
)


def entry_prepared(
    case_number: str | None,
    title: str | None,
    counterparties: Sequence[str],
    theme: str | None,
    notes: str | None,
    contact_person: str | None = "",
    cost_payer: str | None = "",
) -> dict[str, str | None]:
    """The prepared columns (``PREPARED_COLUMNS``) of one entry."""
    names = "; ".join(counterparties)
    return {
        "counterparty_names": names,
        "search_text": build_search_text((case_number, title, names, theme, notes), (case_number,)),
        "case_number_sort_key": sort_key(case_number),
        "title_sort_key": sort_key(title),
        "counterparties_sort_key": sort_key(names),
        "contact_person_sort_key": sort_key(contact_person),
        "cost_payer_sort_key": sort_key(cost_payer),
        "notes_sort_key": sort_key(notes),
    }
