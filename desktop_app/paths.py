"""Where the program finds its own files (db/, resources/, docs/) and the user's data.

db/, resources/ and docs/ sit at the top of a source checkout; `pip install .`
puts them inside the package as ``desktop_app/_db``, ``desktop_app/_resources``
and ``desktop_app/_docs``; a PyInstaller bundle puts them beside the
executable. We look in that order so that the same code runs in all three.
"""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_data_dir

from desktop_app import APP_NAME, ORG_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent


def _find(installed_name: str, checkout_name: str) -> Path:
    candidates = [_PACKAGE_DIR / installed_name, _PACKAGE_DIR.parent / checkout_name]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / checkout_name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"The program's {checkout_name}/ folder is missing (looked in "
        f"{', '.join(str(c) for c in candidates)}). Reinstall Avtalsregister."
    )


def db_dir() -> Path:
    """The folder holding migrations/, seed/ and postgres/."""
    return _find("_db", "db")


def resources_dir() -> Path:
    """The folder holding fonts/, icons/ and translations/."""
    return _find("_resources", "resources")


def docs_dir() -> Path:
    """The folder holding the user guide (HTML pages and their screenshots)."""
    return _find("_docs", "docs")


def user_guide(lang: str = "sv") -> Path | None:
    """The user guide's HTML page in ``lang`` (the Swedish one if there is no
    other); None if the installation has none. A ``.md`` file is no answer: a
    registrar's desktop has no program to open it, every desktop has a browser."""
    try:
        folder = docs_dir()
    except FileNotFoundError:
        return None
    names = ["user-guide.en.html", "user-guide.html"] if lang == "en" else ["user-guide.html"]
    return next((folder / n for n in names if (folder / n).is_file()), None)


def user_data_path() -> Path:
    """The per-user data folder (created on demand); never the program folder."""
    path = Path(user_data_dir(APP_NAME, ORG_NAME, roaming=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    """The embedded default register: a SQLite file in the user's data folder."""
    return user_data_path() / "avtalsregister.sqlite3"


def backup_dir() -> Path:
    path = user_data_path() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def program_command() -> list[str]:
    """How to run this program's command line as a child process: the bundle's own
    executable, else this Python with ``-m desktop_app`` (File > Back up… runs it)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "desktop_app"]
