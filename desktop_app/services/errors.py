"""Errors services raise for the caller to show; each carries a user message."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from desktop_app.store.errors import DatabaseUnavailableError, StoreError  # noqa: F401 - for ui/

if TYPE_CHECKING:  # the rules' modules only where they run (the start skips them, issue 19)
    from desktop_app.domain.rules import Finding


class ServiceError(StoreError):
    """A refused operation with a message for the registrar (Swedish, English)."""


class ValidationError(ServiceError):
    """The rules found errors; nothing was saved."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        sv = "Kan inte spara: " + " ".join(f.message_sv for f in findings if f.is_error)
        en = "Cannot save: " + " ".join(f.message_en for f in findings if f.is_error)
        super().__init__(sv, en)


class NotFoundError(ServiceError):
    def __init__(self, what: str, ident: object) -> None:
        super().__init__(
            f"{what} {ident} finns inte (längre). Uppdatera vyn (F5).",
            f"{what} {ident} does not exist (any more). Reload the view (F5).",
        )


class ConflictError(ServiceError):
    """Someone else saved the same record since it was read (optimistic locking)."""

    def __init__(
        self,
        object_type: str,
        object_id: int,
        expected_version: int,
        current_version: int,
        changed_by: str,
        changed_at: datetime | None,
    ) -> None:
        self.object_type = object_type
        self.object_id = object_id
        self.expected_version = expected_version
        self.current_version = current_version
        self.changed_by = changed_by
        self.changed_at = changed_at
        when = changed_at.strftime("%Y-%m-%d %H:%M") if changed_at else "?"
        super().__init__(
            f"{changed_by or 'Någon annan'} ändrade posten {when} medan du redigerade den. "
            "Ingen av dina ändringar har sparats. Läs in den nya versionen och gör om "
            "dina ändringar.",
            f"{changed_by or 'Someone else'} changed this record at {when} while you were "
            "editing it. None of your changes were saved. Reload the new version and "
            "make your changes again.",
        )


class DuplicateError(ServiceError):
    pass


class PermissionDeniedError(ServiceError):
    pass
