"""Which register: where it is (``target_of``) and what the window is told of it
(``RegisterInfo``, from ``session.open_register``).

Without the database: the desktop's start names its register and reads its
first screen before the services are loaded (issue 19, ``services.first_screen``).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.store.targets import ENV_VAR, DatabaseTarget, resolve_target

DATABASE_ENV = ENV_VAR  # where the environment may name the register


@dataclass(frozen=True)
class RegisterInfo:
    target: DatabaseTarget
    schema_before: int
    schema_version: int
    created: bool
    check_due: bool = False  # opened with defer_check: run check_and_backup() next

    @property
    def backend(self) -> str:
        return self.target.backend

    @property
    def display(self) -> str:
        return self.target.display


def target_of(value: str | None) -> DatabaseTarget:
    """Where a --database value or stored choice points (the default file if none)."""
    return resolve_target(value)
