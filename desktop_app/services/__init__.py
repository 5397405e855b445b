"""Services: the only way to change the register.

Each write validates with the domain rules, takes the row lock, writes the
change and its audit rows in one transaction, and checks the version column
(optimistic locking). Reads hand out plain dataclasses and tuples.
"""

# The store first: its package sees to it that peewee, whenever a service first
# imports it, comes without the PostgreSQL driver (store.drivers).
import desktop_app.store  # noqa: E402, F401
