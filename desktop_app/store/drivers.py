"""Peewee without the PostgreSQL driver until a PostgreSQL register is opened.

Peewee imports psycopg2 (and with it ssl) when it is imported, 25-60 ms of
every start, although most registers are SQLite files (issue 19). This
package's ``__init__`` puts ``_FirstPeeweeImport`` on the import path before
any other module of the program can import peewee: when something first
imports it (the services, the store's models; the desktop's first screen
does not, ``services.first_screen``), the PostgreSQL drivers are hidden from
that one import. ``store.pg_adapter.Psycopg2Adapter`` (the adapter
``RegisterPostgresqlDatabase`` uses, peewee's own extension point) imports
psycopg2 when a PostgreSQL register is opened. If psycopg2 was imported
before peewee (a test, a tool), peewee sees it as usual and the adapter works
the same.
"""

from __future__ import annotations

import sys
from types import ModuleType

# The drivers peewee looks for at import that this program loads itself on use.
_HIDDEN = ("psycopg2", "psycopg2cffi", "psycopg")


class _HideDrivers:
    """For peewee's import only: the PostgreSQL drivers are not found.

    A meta path finder needs only ``find_spec``; ``importlib.abc`` is not
    imported for its base class (it brings importlib.resources, tempfile,
    shutil and random: ~5 ms of every start, issue 19)."""

    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in _HIDDEN:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


class _FirstPeeweeImport:
    """Whoever imports peewee first gets it loaded with ``_HideDrivers`` in place
    (unless a driver is imported already); then this finder leaves the path.

    The spec is the one the rest of the import path finds (a checkout's file, the
    bundle's archive), its loader wrapped: a bundle's loader serves every module,
    so it is not changed itself."""

    def find_spec(self, name, path, target=None):
        if name != "peewee":
            return None
        _forget_finder()
        if any(driver in sys.modules for driver in _HIDDEN):
            return None  # peewee finds the driver as usual
        from importlib.util import find_spec

        spec = find_spec(name)
        if spec is not None and spec.loader is not None:
            spec.loader = _WithoutDrivers(spec.loader)
        return spec


class _WithoutDrivers:
    """Peewee's own loader, running peewee's module with the drivers hidden."""

    def __init__(self, loader) -> None:
        self._loader = loader

    def __getattr__(self, name: str):  # get_source, is_package...: the loader's own
        return getattr(self._loader, name)

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        finder = _HideDrivers()
        sys.meta_path.insert(0, finder)
        try:
            self._loader.exec_module(module)
        finally:
            sys.meta_path.remove(finder)


def _forget_finder() -> None:
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, _FirstPeeweeImport)]


if "peewee" not in sys.modules:
    sys.meta_path.insert(0, _FirstPeeweeImport())


class _HideSsl:
    """For psycopg2's import only: Python's ``ssl`` module is not found.

    psycopg2's module imports ``ssl`` (10-12 ms measured here, issue 19) only so
    that Python sets up OpenSSL's thread callbacks before libpq would, which
    OpenSSL before 1.1 needed; psycopg2-binary bundles OpenSSL 3 (its own
    libcrypto, which Python's ``ssl`` does not even load) and psycopg2 goes on
    without the module, leaving OpenSSL's set-up to libpq as in any C program.
    SSL connections to the server are libpq's either way."""

    def find_spec(self, name, path, target=None):
        if name.split(".")[0] == "ssl":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def driver() -> ModuleType:
    """psycopg2 alone, imported on first use without Python's ``ssl`` (``_HideSsl``)
    unless something imported that already (the desktop's first screen uses it)."""
    if "psycopg2" in sys.modules or "ssl" in sys.modules:
        import psycopg2 as module

        return module
    finder = _HideSsl()
    sys.meta_path.insert(0, finder)
    try:
        import psycopg2 as module
    finally:
        sys.meta_path.remove(finder)
    return module


_uuid_registered = False


def psycopg2() -> ModuleType:
    """psycopg2, imported on first use, with peewee's UUID adapter registered
    (what peewee does at its own import when it finds the driver)."""
    global _uuid_registered
    driver()
    import psycopg2 as driver_module
    import psycopg2.extras

    if not _uuid_registered:
        psycopg2.extras.register_uuid()
        _uuid_registered = True
    return driver_module
