"""The register view: a lazily paged table model, its filter bar and column settings.

Filtering, sorting and searching are done by ``services.register`` in SQL;
this package only asks for the ids of a filter and for the rows on screen.
The model's ``data()`` returns ``None`` for most roles thousands of times a
second, so the PySide6-on-3.11 ``None`` refcount fix (``ui.pyside_fix``) is
applied on import.
"""

from desktop_app.ui.pyside_fix import keep_none_alive

keep_none_alive()
