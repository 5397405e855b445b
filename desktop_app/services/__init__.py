"""Services: the only way to change the register.

Each write validates with the domain rules, takes the row lock, writes the
change and its audit rows in one transaction, and checks the version column
(optimistic locking). Reads hand out plain dataclasses and tuples.
"""

# The store first: its package imports peewee without the PostgreSQL driver
# (store.drivers) before the services' own ``from peewee import ...``.
import desktop_app.store  # noqa: E402, F401
