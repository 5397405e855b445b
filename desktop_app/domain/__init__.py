"""Pure domain logic: kinds, dates, the strategy's rules R1-R10.

Nothing here imports Qt or the database; everything is plain data in,
plain data out, so the rules can be tested table-driven and reused by the
services, the exports and the UI alike.
"""
