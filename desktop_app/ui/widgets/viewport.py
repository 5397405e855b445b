"""A scroll area's viewport made in Python, so reading it back costs nothing.

The first time PySide6 wraps a ``QWidget*`` it did not make (``viewport()``
of a table), it works out the object's most derived class by loading every
QWidget subclass of QtWidgets with their enums: 10-15 ms once per process,
spent in the start's first screen (issue 19: the register's table asks for its
viewport to watch its paint). A viewport made here is already wrapped. It is
set up as ``QAbstractScrollArea`` sets up its own (name, base background,
filled), before the view is configured.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def give_own_viewport(area: QAbstractScrollArea) -> QWidget:
    """Replace ``area``'s viewport with one made in Python (call right after
    constructing ``area``); the new viewport."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    area.setViewport(viewport)  # the area owns it (and deletes the one Qt made)
    return viewport
