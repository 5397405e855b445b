"""R9: invitation letters to visiting delegations, and what each must show.

"Staden kan skriva inbjudningsbrev till gästande delegationer om det är ett
särskilt prioriterat besök för verksamheten och som också har stöd i
internationella strategin." A letter is therefore logged with why the visit
is especially prioritised (the justification) and which of the strategy's
directions it serves; a letter without them gets a warning, as an entry
without a mandate does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.findings import Finding, error, warning

MAX_TEXT = 20000


@dataclass
class InvitationData:
    """One invitation letter: when, to whom, from which operation, why, decided by whom."""

    letter_date: date | None = None
    delegation: str = ""
    country: str = ""
    body_id: int | None = None  # the operation (committee, company) the visit concerns
    directions: int = 0  # the strategy's directions the visit serves (bit set)
    justification: str = ""  # why the visit is especially prioritised
    decided_by: str = ""  # who decided to send the letter (name and role)
    case_number: str = ""
    notes: str = ""


def check_invitation(letter: InvitationData, today: date | None = None) -> list[Finding]:
    """Errors block saving (date, delegation); R9 warnings say what the log lacks."""
    return list(_check(letter, today))


def _check(letter: InvitationData, today: date | None) -> Iterable[Finding]:
    if letter.letter_date is None:
        yield error("REQ-DATE", "letter_date", "Ange brevets datum.", "Enter the letter's date.")
    elif today is not None and letter.letter_date.year > today.year + 1:
        yield error(
            "RANGE-DATE",
            "letter_date",
            "Datumet ligger för långt fram; kontrollera året.",
            "The date is too far ahead; check the year.",
        )
    if not letter.delegation.strip():
        yield error(
            "REQ-DELEGATION",
            "delegation",
            "Ange vilken delegation brevet gäller.",
            "Enter the delegation the letter is for.",
        )
    for name in ("delegation", "justification", "decided_by", "notes", "country"):
        if len(getattr(letter, name) or "") > MAX_TEXT:
            yield error(
                "LEN-TEXT",
                name,
                f"Texten får vara högst {MAX_TEXT} tecken.",
                f"The text may be at most {MAX_TEXT} characters.",
            )
    if not letter.justification.strip():
        yield warning(
            "R9",
            "justification",
            "Motivera brevet: inbjudningsbrev skrivs bara när besöket är särskilt prioriterat "
            "för verksamheten och har stöd i strategin (R9).",
            "Justify the letter: invitations are written only when the visit is especially "
            "prioritised for the operation and supported by the strategy (R9).",
        )
    if not letter.directions:
        yield warning(
            "R9-DIRECTION",
            "directions",
            "Ange vilken av strategins inriktningar besöket stöder (R9).",
            "Choose which of the strategy's directions the visit serves (R9).",
        )
    if not letter.decided_by.strip():
        yield warning(
            "R9-DECIDED-BY",
            "decided_by",
            "Ange vem som beslutade att skicka brevet (R9).",
            "Enter who decided to send the letter (R9).",
        )
