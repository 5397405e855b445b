"""Spare the program's modules PySide6's reading of their source at import.

PySide6 (6.12 measured) replaces Python's ``__import__`` to support its
``from __feature__ import snake_case`` switches: after every module imported
once PySide6 is loaded, ``shibokensupport.feature.feature_imported`` asks
``_mod_uses_pyside(module)``, which reads the module's whole source file
(``inspect.getsource``) to look for the word "PySide6". At the start that is
40 modules: the Qt layer's own and the standard library's that its modules
import again (``typing``, ``datetime``, ``importlib``, whose files are long),
7-10 ms measured here (a timer around that function in the open figure's
observer, issue 19): a file read for each, for an answer known beforehand.

The answer only chooses between "no feature selected" (0, modules that use
PySide6) and "ignore this module" (-1); the program never selects a feature,
so both mean the same for it. ``skip_source_scan()`` answers without reading:
"uses PySide6" for the program's own modules, "does not" for the standard
library's (``sys.stdlib_module_names``, which never name PySide6), and asks
PySide6's own function about every other module. It does nothing when PySide6 has no such
function (another release): the start is then as before, only slower.
``tests/ui/test_pyside_scan.py`` checks that the program's modules are no
longer read and that no feature gets selected.
"""

from __future__ import annotations

import sys

PACKAGE = "desktop_app"
_MARK = "_avtalsregister_skips_own_modules"


def skip_source_scan() -> bool:
    """Answer PySide6's feature scan for the program's modules without reading them;
    whether the scan is (now) skipped for them."""
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if scan is None:
        return False
    if getattr(scan, _MARK, False):
        return True

    def uses_pyside(module) -> bool:
        name = getattr(module, "__name__", "")
        top = name.partition(".")[0]
        if top == PACKAGE:
            return True
        if top in sys.stdlib_module_names:
            return False
        return scan(module)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside
    return True
