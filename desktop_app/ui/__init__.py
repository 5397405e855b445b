"""The Qt layer: shows and asks; never builds SQL, never blocks on long work."""

import PySide6.QtCore  # noqa: F401 - loads PySide6's import hook, adjusted below

from .pyside_scan import skip_source_scan

skip_source_scan()  # before the layer's own modules are imported (ui.pyside_scan)
