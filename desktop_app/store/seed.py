"""Seed data for a new register, read from ``db/seed`` (bodies, themes)."""

from __future__ import annotations

import json
from pathlib import Path

from desktop_app.paths import db_dir


def _load(name: str) -> dict:
    path: Path = db_dir() / "seed" / name
    return json.loads(path.read_text(encoding="utf-8"))


def seed_bodies() -> list[dict]:
    return _load("bodies.json")["bodies"]


def seed_themes() -> list[dict]:
    return _load("themes.json")["themes"]
