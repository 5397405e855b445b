"""What a write changed: the change notice pages use to refresh only what they show.

Anki's operations return ``OpChanges`` and each screen asks "does this
concern me?"; a ``ChangeNotice`` is the same for the register. Every write the
window runs (``ui.operations.WriteOp``) returns one, naming the entries it
changed (and which of them it created) and the catalogs it touched; the main
window hands it to every page, and a page reloads only if the notice concerns
it (a hidden page only notes that it is stale). Reads return no notice, so a
page that reloads never makes another page reload.

A change seen from outside (another registrar, an import in another
process) is ``ChangeNotice.everything()``: the poll cannot tell what moved.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

BODIES = "bodies"
THEMES = "themes"
COUNTERPARTIES = "counterparties"
SETTINGS = "settings"
INVITATIONS = "invitations"  # the log of invitation letters (R9)
CATALOGS = frozenset({BODIES, THEMES, COUNTERPARTIES, SETTINGS, INVITATIONS})


@dataclass(frozen=True)
class ChangeNotice:
    """Which entries and catalogs a write changed.

    Attributes:
        entries: ids of the entries changed (created ones included).
        created: ids of the entries this write created (the window selects them).
        all_entries: any entry may have changed (an import, another registrar).
        catalogs: of ``BODIES``, ``THEMES``, ``COUNTERPARTIES``, ``SETTINGS``,
            ``INVITATIONS``.
        documents: a document was made; only the audit trail grew.
        initiator: who asked (an editor skips reloading for its own save).
    """

    entries: frozenset[int] = frozenset()
    created: frozenset[int] = frozenset()
    all_entries: bool = False
    catalogs: frozenset[str] = frozenset()
    documents: bool = False
    initiator: object | None = field(default=None, compare=False)

    @classmethod
    def for_entries(cls, ids: Iterable[int], created: Iterable[int] = ()) -> ChangeNotice:
        made = frozenset(created)
        return cls(entries=frozenset(ids) | made, created=made)

    @classmethod
    def for_catalogs(cls, *names: str) -> ChangeNotice:
        unknown = set(names) - CATALOGS
        if unknown:
            raise ValueError(f"unknown catalogs: {sorted(unknown)}")
        return cls(catalogs=frozenset(names))

    @classmethod
    def everything(cls) -> ChangeNotice:
        return cls(all_entries=True, catalogs=CATALOGS)

    def touches_entries(self) -> bool:
        return self.all_entries or bool(self.entries)

    def touches_entry(self, entry_id: int | None) -> bool:
        return self.all_entries or (entry_id is not None and entry_id in self.entries)

    def touches(self, *catalogs: str) -> bool:
        """Whether any of ``catalogs`` changed."""
        return any(c in self.catalogs for c in catalogs)

    def is_empty(self) -> bool:
        """Nothing changed at all (not even the audit trail)."""
        return not (self.touches_entries() or self.catalogs or self.documents)

    def with_initiator(self, initiator: object | None) -> ChangeNotice:
        return replace(self, initiator=initiator)

    def merged(self, other: ChangeNotice) -> ChangeNotice:
        return ChangeNotice(
            entries=self.entries | other.entries,
            created=self.created | other.created,
            all_entries=self.all_entries or other.all_entries,
            catalogs=self.catalogs | other.catalogs,
            documents=self.documents or other.documents,
            initiator=self.initiator if self.initiator is other.initiator else None,
        )
