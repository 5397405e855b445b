"""The register table's viewport made in Python (ui.widgets.viewport) is set up
as the one Qt makes, and reading it back wraps nothing new."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop_app.ui.widgets.viewport import give_own_viewport


def _state(view: QTableView) -> dict:
    vp = view.viewport()
    return {
        "name": vp.objectName(),
        "role": vp.backgroundRole(),
        "fill": vp.autoFillBackground(),
        "parent": vp.parent() is view,
        "focus_proxy": vp.focusProxy() is view,
        "attributes": [vp.testAttribute(Qt.WidgetAttribute(a)) for a in range(0, 130)],
        "policy": (vp.sizePolicy().horizontalPolicy(), vp.sizePolicy().verticalPolicy()),
        "tracking": vp.hasMouseTracking(),
        "drops": vp.acceptDrops(),
        "focus": vp.focusPolicy(),
        "menu": vp.contextMenuPolicy(),
        "palette": vp.palette() == view.palette(),
    }


def test_own_viewport_is_set_up_as_qts(qtbot) -> None:
    plain, own = QTableView(), QTableView()
    viewport = give_own_viewport(own)
    for view in (plain, own):
        qtbot.addWidget(view)
        view.resize(300, 200)
        view.show()
    qtbot.waitExposed(own)
    assert own.viewport() is viewport
    assert _state(own) == _state(plain)
    assert own.viewport().geometry() == plain.viewport().geometry()
