"""Matching names in a file to the register's bodies, themes and counterparties.

Names are compared normalised (case, diacritics, punctuation) and bodies also
by short name and with or without the Swedish definite ending
("Kommunstyrelse" = "Kommunstyrelsen"). What is not found is planned as new
and created by the import itself, inside its one transaction; until then it
has a negative placeholder id so the rules can still check the row (R1 sees
the counterparty's name, R4 the new body's default mandates).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.domain.entry import BodyInfo
from desktop_app.domain.kinds import BodyKind, CounterpartyType
from desktop_app.services import catalog

from .headers import normalise


def _body_keys(text: str) -> set[str]:
    key = normalise(text)
    keys = {key}
    if key.endswith("en") and len(key) > 6:
        keys.add(key[:-1])  # kommunstyrelsen -> kommunstyrelse
    if key.endswith("n") and len(key) > 6:
        keys.add(key[:-1])
    else:
        keys.add(key + "n")
    return keys


def guess_body_kind(name: str) -> str:
    key = normalise(name)
    if "fullmaktige" in key:
        return BodyKind.CITY_COUNCIL
    if "kommunstyrelse" in key:
        return BodyKind.CITY_EXECUTIVE_BOARD
    if "beredning" in key:
        return BodyKind.INTERNATIONAL_COMMITTEE
    if "styrelse" in key or re.search(r"\bab\b", key):
        return BodyKind.COMPANY_BOARD
    if "kontor" in key or "forvaltning" in key:
        return BodyKind.OFFICE
    return BodyKind.COMMITTEE


_GOVERNING = (BodyKind.CITY_EXECUTIVE_BOARD, BodyKind.COMMITTEE, BodyKind.COMPANY_BOARD)


@dataclass
class NewBody:
    placeholder: int
    name_sv: str
    short_name: str
    kind: str


@dataclass
class NewCounterparty:
    placeholder: int
    name: str
    country: str


@dataclass
class NewTheme:
    placeholder: int
    name_sv: str


@dataclass
class Resolver:
    """The catalog as lookup tables, plus what the file adds."""

    bodies: dict[str, int] = field(default_factory=dict)
    body_kinds: dict[int, str] = field(default_factory=dict)
    short_names: set[str] = field(default_factory=set)
    administrations: dict[str, int] = field(default_factory=dict)  # "trafikkontoret" -> TN
    themes: dict[str, int] = field(default_factory=dict)
    counterparties: dict[tuple[str, str], int] = field(default_factory=dict)
    cp_by_name: dict[str, list[int]] = field(default_factory=dict)
    new_bodies: dict[str, NewBody] = field(default_factory=dict)
    new_themes: dict[str, NewTheme] = field(default_factory=dict)
    new_counterparties: dict[tuple[str, str], NewCounterparty] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)  # body id or placeholder -> name
    theme_names: dict[int, str] = field(default_factory=dict)
    cp_names: dict[int, str] = field(default_factory=dict)
    # Themes the user chose to file under a theme the register has (the preview's
    # choice): normalised name as written -> theme id; ``mapped_themes`` what was used.
    theme_choices: dict[str, int] = field(default_factory=dict)
    mapped_themes: dict[str, tuple[str, int]] = field(default_factory=dict)
    theme_rows: dict[str, int] = field(default_factory=dict)  # rows per unknown theme
    _next: int = -1

    @classmethod
    def load(cls, theme_choices: dict[str, int] | None = None) -> Resolver:
        """The catalog's names; ``theme_choices``: unknown themes (as written) the user
        files under one of the register's themes (ids the catalog must have)."""
        r = cls()
        for b in catalog.list_bodies():
            r.short_names.add(b.short_name.upper())
            r.body_kinds[b.id] = b.kind
            for name in (b.short_name, b.name_sv, b.name_en):
                if name:
                    for key in _body_keys(name):
                        r.bodies.setdefault(key, b.id)
            r.names[b.id] = f"{b.name_sv} ({b.short_name})" if b.short_name else b.name_sv
            if b.organisation and b.kind in _GOVERNING:
                r.administrations.setdefault(normalise(b.organisation), b.id)
        for t in catalog.list_themes():
            r.theme_names[t.id] = t.name_sv
            for name in (t.name_sv, t.name_en):
                if name:
                    r.themes.setdefault(normalise(name), t.id)
        for c in catalog.list_counterparties():
            r.counterparties.setdefault((normalise(c.name), normalise(c.country)), c.id)
            r.cp_names[c.id] = f"{c.name} ({c.country})" if c.country else c.name
            r.cp_by_name.setdefault(normalise(c.name), []).append(c.id)
        r.theme_choices = {
            normalise(name): ident
            for name, ident in (theme_choices or {}).items()
            if ident in r.theme_names
        }
        return r

    def _placeholder(self) -> int:
        value = self._next
        self._next -= 1
        return value

    def known_body(self, name: str) -> int | None:
        """A body the register has, or this file adds, under this name (never a new one)."""
        for key in _body_keys(name):
            if key in self.bodies:
                return self.bodies[key]
        planned = self.new_bodies.get(normalise(name))
        if planned is not None:
            return planned.placeholder
        return self.administrations.get(normalise(name))  # pays from its committee's budget

    def body(self, name: str) -> tuple[int, bool]:
        """(id or placeholder, created?) for a body named in the file."""
        for key in _body_keys(name):
            if key in self.bodies:
                return self.bodies[key], False
        key = normalise(name)
        planned = self.new_bodies.get(key)
        if planned is None:
            short = self._short_name(name)
            planned = NewBody(self._placeholder(), name.strip(), short, guess_body_kind(name))
            self.new_bodies[key] = planned
            self.names[planned.placeholder] = f"{planned.name_sv} ({short})"
            self.body_kinds[planned.placeholder] = planned.kind
        return planned.placeholder, True

    def _short_name(self, name: str) -> str:
        m = re.search(r"\(([A-ZÅÄÖ]{2,8})\)", name)
        base = m[1] if m else "".join(w[0] for w in name.split() if w[:1].isalpha()).upper()
        base = (base or "ORG")[:8]
        if len(base) < 2:
            base = name.strip()[:4].upper()
        short, n = base, 2
        while short.upper() in self.short_names:
            short = f"{base}{n}"
            n += 1
        self.short_names.add(short.upper())
        return short

    def theme(self, name: str) -> tuple[int, bool]:
        key = normalise(name)
        if key in self.themes:
            return self.themes[key], False
        self.theme_rows[key] = self.theme_rows.get(key, 0) + 1
        chosen = self.theme_choices.get(key)
        if chosen is not None:
            self.mapped_themes.setdefault(key, (name.strip(), chosen))
            return chosen, False
        planned = self.new_themes.get(key)
        if planned is None:
            planned = NewTheme(self._placeholder(), name.strip())
            self.new_themes[key] = planned
            self.theme_names[planned.placeholder] = planned.name_sv
        return planned.placeholder, True

    def counterparty(self, name: str, country: str) -> tuple[int, bool]:
        key = (normalise(name), normalise(country))
        if key in self.counterparties:
            return self.counterparties[key], False
        if not country and len(self.cp_by_name.get(key[0], [])) == 1:
            return self.cp_by_name[key[0]][0], False
        planned = self.new_counterparties.get(key)
        if planned is None:
            planned = NewCounterparty(self._placeholder(), name.strip(), country.strip())
            self.new_counterparties[key] = planned
            shown = f"{planned.name} ({planned.country})" if planned.country else planned.name
            self.cp_names[planned.placeholder] = shown
        return planned.placeholder, True

    def body_name(self, ident: int | None) -> str:
        return self.names.get(ident or 0, "")

    def theme_name(self, ident: int | None) -> str:
        return self.theme_names.get(ident or 0, "")

    def theme_choice(self, name: str) -> int | None:
        """The register's theme the user chose for a theme the register does not know."""
        key = normalise(name)
        return None if key in self.themes else self.theme_choices.get(key)

    def unknown_themes(self) -> list[tuple[str, str, int, int | None]]:
        """Themes of the file the register does not know: (key, name as written, rows,
        the register's theme chosen for it or None: added as new), in the file's order."""
        written = {k: t.name_sv for k, t in self.new_themes.items()}
        written.update({k: name for k, (name, _) in self.mapped_themes.items()})
        return [
            (key, written[key], self.theme_rows.get(key, 0), self.theme_choices.get(key))
            for key in self.theme_rows
            if key in written
        ]

    def existing_themes(self) -> list[tuple[int, str]]:
        """The register's themes (id, Swedish name), sorted as a Swedish reader expects."""
        from desktop_app.domain.sort_keys import sort_key

        return sorted(
            ((i, n) for i, n in self.theme_names.items() if i > 0),
            key=lambda item: sort_key(item[1]) or "",
        )

    def counterparty_name(self, ident: int) -> str:
        return self.cp_names.get(ident, "")

    def rule_bodies(self, base: dict[int, BodyInfo]) -> dict[int, BodyInfo]:
        """The catalog's bodies plus the planned ones (R4 reads the mandates from their kinds)."""
        result = dict(base)
        for b in self.new_bodies.values():
            result[b.placeholder] = BodyInfo(b.placeholder, b.short_name, b.name_sv, b.kind)
        return result

    def placeholder_names(self) -> tuple[dict[int, str], dict[int, str]]:
        cps = {c.placeholder: c.name for c in self.new_counterparties.values()}
        themes = {t.placeholder: t.name_sv for t in self.new_themes.values()}
        return cps, themes


__all__ = ["CounterpartyType", "NewBody", "NewCounterparty", "NewTheme", "Resolver"]
