"""Pictures of the strategy's rules in the program, at a laptop's 1024x700.

    python tools/rules_screenshots.py [OUT_DIR]     (default docs/screenshots)

The demo register is built in a temporary folder; the entry editor's
Decision, Dates and Cost tabs (with the mandate, review and financing
fields), an assessed warning, the Decision bodies page (R8) and the
Invitation letters page (R9) are rendered in Swedish and English.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (1024, 700)


def _settle(seconds: float = 0.3) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.instance().processEvents()
        time.sleep(0.02)


def _entry(title_part: str) -> int:
    from desktop_app.store.models import Entry

    return Entry.get(Entry.title.contains(title_part)).id


def _shots(out: Path, lang: str) -> list[Path]:
    from desktop_app.ui.editor.entry_dialog import EntryDialog
    from desktop_app.ui.editor.form_findings import TAB_COST, TAB_DATES, TAB_DECISION
    from desktop_app.ui.pages.bodies import BodiesPage
    from desktop_app.ui.pages.invitations import InvitationsPage

    saved = []

    def grab(widget, name: str) -> None:
        widget.resize(*SIZE)
        widget.show()
        _settle()
        path = out / f"rules-{name}-{lang}.png"
        widget.grab().save(str(path))
        saved.append(path)

    for title, tab, name in (
        ("Medlemskap i ICLEI", TAB_DECISION, "editor-decision"),
        ("Medlemskap i C40 Cities", TAB_DATES, "editor-dates"),
        ("Chișinău", TAB_COST, "editor-cost"),
        ("GrowSmarter", 0, "editor-assessed"),
    ):
        dialog = EntryDialog(_entry(title))
        dialog.form.setCurrentIndex(tab)
        grab(dialog, name)
        dialog.close()
    page = BodiesPage()
    page.reload()
    grab(page, "bodies")
    page = InvitationsPage()
    page.reload()
    grab(page, "invitations")
    return saved


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from desktop_app.services.demo import build_demo
    from desktop_app.services.session import close_register, open_register
    from desktop_app.ui.resources import install_translators, remove_translators

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    saved: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="avtalsregister-rules-") as folder:
        open_register(str(Path(folder) / "demo.sqlite3"))
        build_demo()
        for lang in ("sv", "en"):
            os.environ["AVTALSREGISTER_LANG"] = lang
            QLocale.setDefault(
                QLocale(QLocale.Language.Swedish if lang == "sv" else QLocale.Language.English)
            )
            if lang == "sv":
                install_translators("sv")
            else:
                remove_translators()
            saved += _shots(out, lang)
        close_register()
    app.processEvents()
    print("\n".join(str(p) for p in saved))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
