"""The entry editor: one dialog per entry, its field widgets, findings and history.

Importing the editor applies the PySide6 6.12 / Python 3.11 ``None`` refcount
fix (``desktop_app.ui.pyside_fix``): the editor makes thousands of void Qt
calls (a combo of every counterparty), which otherwise abort the interpreter.
"""

from desktop_app.ui.pyside_fix import keep_none_alive

keep_none_alive()
