"""Case numbers of the demo register's entries, looked up by title.

The demo's case numbers follow the year of each decision, and the demo's
dates are relative to today; tests name an entry by its title instead.
"""

from __future__ import annotations

from desktop_app.store.models import Entry

WORKING_GROUP = "Smart city logistics"  # overdue by 40 days
SEF = "Europaförening"  # due in 150 days
EUROCITIES = "Medlemskap i Eurocities"  # due in 75 days, "KS 2009/0412"
LODZ = "Łódź och Kraków"  # a cooperation agreement without review
WIEN = "kulturutbyte med Wien"  # archived, "KUF 2008/0099"
POLIS = "Medlemskap i POLIS"  # terminated, "T2012-00231"


def case(title_part: str) -> str:
    row = Entry.select(Entry.case_number).where(Entry.title.contains(title_part)).first()
    assert row is not None, title_part
    return row.case_number
