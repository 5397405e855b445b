"""``ui.pyside_scan``: PySide6's feature switch no longer reads the source of the
program's modules (nor the standard library's) at import; other modules it still
reads, and no module of the program gets a feature selected (issue 19)."""

from __future__ import annotations

import sys

from tests.conftest import fresh_process

# PySide6 first, its scan counted, then the Qt layer as the program imports it
# (what its package asks before it has set the answers up is not counted).
SCRIPT = r"""
import json, sys
import PySide6.QtCore

feature = sys.modules["shibokensupport.feature"]
scan = feature._mod_uses_pyside
asked = []

def counting(module):
    asked.append(module.__name__)
    return scan(module)

feature._mod_uses_pyside = counting
import desktop_app.ui  # the layer's package sets the answers up (it asks for itself)
asked.clear()
import desktop_app.ui.main_window  # the layer, the standard library
import desktop_app.ui.register.view
import desktop_app.ui.entry_actions  # the services, peewee (after the first screen)

stdlib = [m for name, m in list(sys.modules.items())
          if name.partition(".")[0] in sys.stdlib_module_names and hasattr(m, "__file__")]
print(json.dumps({
    "asked": asked,
    "selected": {n: v for n, v in feature.pyside_feature_dict.items() if n.startswith("desktop_app")},
    "stdlib_named_pyside": [m.__name__ for m in stdlib if scan(m)],
    "stdlib_checked": len(stdlib),
}))
"""


def test_the_program_and_the_standard_library_are_not_read_others_are() -> None:
    seen = fresh_process(SCRIPT)
    tops = {name.partition(".")[0] for name in seen["asked"]}
    assert "desktop_app" not in tops
    assert not [t for t in tops if t in sys.stdlib_module_names]
    assert "peewee" in tops  # a library of neither: PySide6 reads it as before
    # The answer given for the program is PySide6's "uses PySide6, no feature" (0).
    assert len(seen["selected"]) > 20
    assert set(seen["selected"].values()) == {0}


def test_the_standard_library_never_names_pyside6() -> None:
    """The reason its modules may be answered without reading: PySide6's own scan,
    run on every loaded module of the standard library, finds the word in none."""
    seen = fresh_process(SCRIPT)
    assert seen["stdlib_checked"] > 50
    assert seen["stdlib_named_pyside"] == []
