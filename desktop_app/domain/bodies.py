"""Finding a decision body by the name people write for it (R6's payer).

A payer typed or imported as text ("TN", "Trafiknämnden", "trafikkontoret")
is the same payer as the body: the annual report must not count "TN" and
"Trafiknämnden" as two. Matched case-insensitively on the short name, the
Swedish and English names, and, for the administration a committee or
company board governs, its name ("Trafikkontoret" pays from Trafiknämnden's
budget).
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.domain.entry import BodyInfo
from desktop_app.domain.kinds import BodyKind

_GOVERNING = (BodyKind.CITY_EXECUTIVE_BOARD, BodyKind.COMMITTEE, BodyKind.COMPANY_BOARD)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def match_body(text: str, bodies: Iterable[BodyInfo], names_en: dict[int, str] | None = None):
    """The body ``text`` names, or None; a name beats an administration's name."""
    wanted = _key(text or "")
    if not wanted:
        return None
    bodies = list(bodies)
    names_en = names_en or {}
    for body in bodies:
        if wanted in (_key(body.short_name), _key(body.name_sv), _key(names_en.get(body.id, ""))):
            return body
    for body in bodies:
        if body.kind in _GOVERNING and body.organisation and _key(body.organisation) == wanted:
            return body
    return None
