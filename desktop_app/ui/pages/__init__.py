"""The main window's pages besides the register and Reviews due: bodies, catalog, history.

Each is a ``base.Page``; the window builds them on first use (``ui.sections``).
"""
