"""Storage: Peewee models, database set-up, migrations, seed data. No Qt here."""

# Before any module imports peewee: it is then imported without the PostgreSQL
# driver (store.drivers).
from desktop_app.store import drivers as _drivers  # noqa: F401
