"""The main window's pages besides the register: reviews due, bodies, catalog, history.

Each is a ``base.Page``; the window builds them on first use (``ui.sections``).
"""
