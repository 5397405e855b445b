"""Which language the user's system speaks: Swedish unless it says English.

Below both the command line and the desktop program (each asks it when no
``--lang`` is given), so neither has to import the other.
"""

from __future__ import annotations

import locale
import os


def system_language() -> str:
    """'sv' on a Swedish system (and by default), 'en' when the system says English."""
    for var in ("AVTALSREGISTER_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "sv"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "en" if code.lower().startswith("en") else "sv"
