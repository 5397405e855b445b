"""The main window's pages besides the register: reviews due, bodies, catalog, history.

Importing the pages applies the PySide6 6.12 / Python 3.11 ``None`` reference
fix (``desktop_app.ui.pyside_fix``): the pages make thousands of void Qt calls.
"""

from desktop_app.ui.pyside_fix import keep_none_alive

keep_none_alive()
