"""R8: every administration and company with international work has a contact person.

"Fackförvaltnings- och bolagschefer ska utse en internationell kontaktperson
med mandatet att företräda den egna verksamheten i internationella frågor."
The register keeps the contact person on the decision bodies; bodies that
share an administration or company ("Trafikkontoret" for Trafiknämnden and
its office) share one contact. A gap is an administration or company that is
responsible for entries but has no contact person on any of its bodies.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop_app.domain.entry import BodyInfo
from desktop_app.domain.findings import Finding, warning
from desktop_app.domain.kinds import BodyKind

# The City Council and the International Committee have no administration of
# their own; the rest run (or are) an administration or a company.
_OWN_ADMINISTRATION = (
    BodyKind.CITY_EXECUTIVE_BOARD,
    BodyKind.COMMITTEE,
    BodyKind.COMPANY_BOARD,
    BodyKind.OFFICE,
)


@dataclass(frozen=True)
class ContactGap:
    """An administration or company with entries and no international contact person."""

    organisation: str
    body_ids: tuple[int, ...]
    body_names: tuple[str, ...]
    entries: int

    def finding(self) -> Finding:
        bodies = ", ".join(self.body_names)
        n = self.entries
        return warning(
            "R8",
            "contact_name",
            f"{self.organisation} ({bodies}) ansvarar för {n} "
            f"{'post' if n == 1 else 'poster'} men har ingen internationell kontaktperson. "
            "Förvaltnings- och bolagschefer ska utse en (R8).",
            f"{self.organisation} ({bodies}) is responsible for {n} "
            f"{'entry' if n == 1 else 'entries'} but has no international contact person. "
            "Heads of administrations and companies must appoint one (R8).",
        )


def organisation_key(body: BodyInfo) -> str:
    """The administration or company a body belongs to (its own name if none is given)."""
    return (body.organisation or body.name_sv).strip()


def contact_gaps(bodies: Mapping[int, BodyInfo], usage: Mapping[int, int]) -> list[ContactGap]:
    """Gaps, by administration; ``usage`` is live entries per responsible body id."""
    groups: dict[str, list[BodyInfo]] = {}
    for body in bodies.values():
        if body.kind in _OWN_ADMINISTRATION:
            groups.setdefault(organisation_key(body).casefold(), []).append(body)
    gaps = []
    for members in groups.values():
        entries = sum(usage.get(b.id, 0) for b in members)
        if entries and not any(b.has_contact for b in members):
            members.sort(key=lambda b: (b.kind == BodyKind.OFFICE, b.id))
            gaps.append(
                ContactGap(
                    organisation_key(members[0]),
                    tuple(b.id for b in members),
                    tuple(b.short_name or b.name_sv for b in members),
                    entries,
                )
            )
    gaps.sort(key=lambda g: g.organisation.casefold())
    return gaps
