"""Decision bodies (with R8 contact persons), themes, counterparties.

Items in use are deactivated, never deleted (R10). Renaming a theme or a
counterparty refreshes the prepared search text and sort keys of the entries
that use it; a body's names are joined by search (nothing to refresh) and
its ``sort_key`` is kept here.
A body's R4 mandates follow from its kind and the strategy's text
(``domain.mandates``); they are not per-body data.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

from peewee import SQL, fn

from desktop_app.domain.entry import BodyInfo
from desktop_app.domain.findings import RuleContext
from desktop_app.domain.kinds import BodyKind, CounterpartyType
from desktop_app.domain.mandates import MandateRule, rules_held_by
from desktop_app.domain.sort_keys import sort_key
from desktop_app.store.models import (
    Counterparty,
    DecisionBody,
    Entry,
    EntryCounterparty,
    Setting,
    Theme,
)

from . import audit
from .audit import Change
from .context import current_actor, utcnow, write_transaction
from .errors import ConflictError, DuplicateError, NotFoundError, ValidationError
from .search import fold, refresh_search_text

# ---------------------------------------------------------------- bodies


@dataclass
class BodyData:
    short_name: str
    name_sv: str
    kind: str = BodyKind.COMMITTEE
    name_en: str = ""
    organisation: str = ""
    contact_name: str = ""
    contact_role: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    active: bool = True


@dataclass
class BodyRecord(BodyData):
    id: int = 0
    version: int = 1
    in_use: int = 0

    @property
    def mandates(self) -> list[MandateRule]:
        """What the strategy lets a body of this kind decide (R4)."""
        return rules_held_by(self.kind)

    @property
    def has_contact(self) -> bool:
        """R8: an international contact person is named."""
        return bool(self.contact_name.strip())


_BODY_FIELDS = [f.name for f in fields(BodyData)]


def _same_name(model, column, name: str, exclude: int | None = None) -> list[int]:
    """Ids of rows whose ``column`` equals ``name`` ignoring case, for any letter.

    SQLite's LOWER() folds only A-Z ("Łódź" != "łódź"), so names are compared
    case-folded in Python; vocabularies hold hundreds or a few thousand rows.
    """
    wanted = fold(name.strip())
    return [
        row_id
        for row_id, value in model.select(model.id, column).tuples()
        if fold(value or "") == wanted and row_id != exclude
    ]


def _usage(column, model=Entry) -> dict[int, int]:
    """How many rows of ``model`` refer to each id in ``column`` (for "in use")."""
    query = (
        model.select(column, fn.COUNT(SQL("*")))
        .where(column.is_null(False))
        .group_by(column)
        .tuples()
    )
    return dict(query)


def list_bodies(include_inactive: bool = True) -> list[BodyRecord]:
    usage = _usage(Entry.deciding_body)
    for body_id, n in _usage(Entry.responsible_body).items():
        usage[body_id] = usage.get(body_id, 0) + n
    query = DecisionBody.select().order_by(DecisionBody.id)
    if not include_inactive:
        query = query.where(DecisionBody.active == True)  # noqa: E712
    return [
        BodyRecord(
            **{name: getattr(b, name) for name in _BODY_FIELDS},
            id=b.id,
            version=b.version,
            in_use=usage.get(b.id, 0),
        )
        for b in query
    ]


def get_body(body_id: int) -> BodyRecord:
    for body in list_bodies():
        if body.id == body_id:
            return body
    raise NotFoundError("Organet", body_id)


def body_by_short_name(short_name: str) -> BodyRecord | None:
    ids = _same_name(DecisionBody, DecisionBody.short_name, short_name)
    return get_body(ids[0]) if ids else None


def _validate_body(data: BodyData) -> None:
    from desktop_app.domain.rules import Finding, Severity

    problems = []
    if not data.short_name.strip():
        problems.append(
            Finding(
                "REQ-SHORT",
                Severity.ERROR,
                "short_name",
                "Ange en förkortning.",
                "Enter a short name.",
            )
        )
    if not data.name_sv.strip():
        problems.append(
            Finding(
                "REQ-NAME",
                Severity.ERROR,
                "name_sv",
                "Ange organets namn.",
                "Enter the body's name.",
            )
        )
    if data.kind not in set(BodyKind):
        problems.append(
            Finding(
                "REQ-KIND", Severity.ERROR, "kind", "Välj typ av organ.", "Choose the kind of body."
            )
        )
    if problems:
        raise ValidationError(problems)


def create_body(data: BodyData) -> BodyRecord:
    _validate_body(data)
    with write_transaction():
        if _same_name(DecisionBody, DecisionBody.short_name, data.short_name):
            raise DuplicateError(
                f"Förkortningen {data.short_name} används redan av ett annat organ.",
                f"The short name {data.short_name} is already used by another body.",
            )
        actor = current_actor()
        body = DecisionBody.create(
            **{name: getattr(data, name) for name in _BODY_FIELDS},
            sort_key=sort_key(data.short_name),
            updated_at=utcnow(),
            updated_by=actor.name,
        )
        audit.record(
            "create",
            "decision_body",
            body.id,
            changes=[Change(n, None, getattr(data, n)) for n in _BODY_FIELDS],
            actor=actor,
        )
    return get_body(body.id)


def update_body(body_id: int, data: BodyData, expected_version: int) -> BodyRecord:
    _validate_body(data)
    with write_transaction():
        body = DecisionBody.get_or_none(DecisionBody.id == body_id)
        if body is None:
            raise NotFoundError("Organet", body_id)
        if body.version != expected_version:
            raise ConflictError(
                "decision_body",
                body_id,
                expected_version,
                body.version,
                body.updated_by,
                body.updated_at,
            )
        same = _same_name(DecisionBody, DecisionBody.short_name, data.short_name, body_id)
        other = DecisionBody.get_by_id(same[0]) if same else None
        if other:
            raise DuplicateError(
                f"Förkortningen {data.short_name} används redan av {other.name_sv}.",
                f"The short name {data.short_name} is already used by {other.name_sv}.",
            )
        changes = [
            Change(n, getattr(body, n), getattr(data, n))
            for n in _BODY_FIELDS
            if getattr(body, n) != getattr(data, n)
        ]
        actor = current_actor()
        updated = (
            DecisionBody.update(
                **{n: getattr(data, n) for n in _BODY_FIELDS},
                sort_key=sort_key(data.short_name),
                version=DecisionBody.version + 1,
                updated_at=utcnow(),
                updated_by=actor.name,
            )
            .where((DecisionBody.id == body_id) & (DecisionBody.version == expected_version))
            .execute()
        )
        if updated != 1:
            fresh = DecisionBody.get_by_id(body_id)
            raise ConflictError(
                "decision_body",
                body_id,
                expected_version,
                fresh.version,
                fresh.updated_by,
                fresh.updated_at,
            )
        if changes:
            audit.record("update", "decision_body", body_id, changes=changes, actor=actor)
        if body.short_name != data.short_name:  # the grid shows and sorts payers by it
            refresh_search_text(Entry.select(Entry.id).where(Entry.cost_payer_body == body_id))
    return get_body(body_id)


def set_body_active(body_id: int, active: bool, expected_version: int) -> BodyRecord:
    body = get_body(body_id)
    body.active = active
    return update_body(body_id, body, expected_version)


def body_infos() -> dict[int, BodyInfo]:
    """Bodies as the rules see them."""
    return {
        b.id: BodyInfo(
            b.id, b.short_name, b.name_sv, b.kind, b.active, b.organisation, b.has_contact
        )
        for b in list_bodies()
    }


# ---------------------------------------------------------------- themes


@dataclass
class ThemeRecord:
    id: int
    name_sv: str
    name_en: str
    active: bool
    version: int
    in_use: int = 0


def list_themes(include_inactive: bool = True) -> list[ThemeRecord]:
    usage = _usage(Entry.theme)
    query = Theme.select().order_by(Theme.sort_key, Theme.id)  # Swedish order
    if not include_inactive:
        query = query.where(Theme.active == True)  # noqa: E712
    return [
        ThemeRecord(t.id, t.name_sv, t.name_en, bool(t.active), t.version, usage.get(t.id, 0))
        for t in query
    ]


def _theme_by_name(name: str, exclude: int | None = None) -> Theme | None:
    ids = _same_name(Theme, Theme.name_sv, name, exclude)
    return Theme.get_by_id(ids[0]) if ids else None


def create_theme(name_sv: str, name_en: str = "") -> ThemeRecord:
    if not name_sv.strip():
        raise DuplicateError("Ange temats namn.", "Enter the theme's name.")
    with write_transaction():
        if _theme_by_name(name_sv):
            raise DuplicateError(f"Temat {name_sv} finns redan.", f"The theme {name_sv} exists.")
        theme = Theme.create(
            name_sv=name_sv.strip(), name_en=name_en.strip(), sort_key=sort_key(name_sv)
        )
        audit.record(
            "create",
            "theme",
            theme.id,
            changes=[
                Change("name_sv", None, theme.name_sv),
                Change("name_en", None, theme.name_en),
            ],
        )
    return ThemeRecord(theme.id, theme.name_sv, theme.name_en, True, 1)


def update_theme(
    theme_id: int, name_sv: str, name_en: str, active: bool, expected_version: int
) -> ThemeRecord:
    if not name_sv.strip():
        raise DuplicateError("Ange temats namn.", "Enter the theme's name.")
    with write_transaction():
        theme = Theme.get_or_none(Theme.id == theme_id)
        if theme is None:
            raise NotFoundError("Temat", theme_id)
        if theme.version != expected_version:
            raise ConflictError("theme", theme_id, expected_version, theme.version, "", None)
        if _theme_by_name(name_sv, exclude=theme_id):
            raise DuplicateError(f"Temat {name_sv} finns redan.", f"The theme {name_sv} exists.")
        new = {"name_sv": name_sv.strip(), "name_en": name_en.strip(), "active": active}
        changes = [
            Change(k, getattr(theme, k), v) for k, v in new.items() if getattr(theme, k) != v
        ]
        Theme.update(**new, sort_key=sort_key(name_sv), version=Theme.version + 1).where(
            (Theme.id == theme_id) & (Theme.version == expected_version)
        ).execute()
        if changes:
            audit.record("update", "theme", theme_id, changes=changes)
        if theme.name_sv != new["name_sv"]:
            refresh_search_text(Entry.select(Entry.id).where(Entry.theme == theme_id))
    return next(t for t in list_themes() if t.id == theme_id)


# ---------------------------------------------------------------- counterparties


@dataclass
class CounterpartyRecord:
    id: int
    name: str
    country: str
    type: str
    active: bool
    version: int
    in_use: int = 0

    @property
    def display(self) -> str:
        return f"{self.name} ({self.country})" if self.country else self.name


def list_counterparties(
    include_inactive: bool = True, search: str = ""
) -> list[CounterpartyRecord]:
    usage = _usage(EntryCounterparty.counterparty, EntryCounterparty)
    query = Counterparty.select()
    if not include_inactive:
        query = query.where(Counterparty.active == True)  # noqa: E712
    if search:
        query = query.where(Counterparty.name.contains(search))
    records = [
        CounterpartyRecord(
            c.id, c.name, c.country, c.type, bool(c.active), c.version, usage.get(c.id, 0)
        )
        for c in query
    ]
    # Swedish order (a few thousand names at most: sorted here, not in SQL).
    return sorted(records, key=lambda c: (sort_key(c.name) or "", sort_key(c.country) or "", c.id))


def find_counterparty(name: str, country: str = "") -> CounterpartyRecord | None:
    ids = _same_name(Counterparty, Counterparty.name, name)
    rows = [Counterparty.get_by_id(i) for i in ids]
    if country:
        rows = [r for r in rows if fold(r.country) == fold(country.strip())]
    if not rows:
        return None
    row = rows[0]
    return CounterpartyRecord(
        row.id, row.name, row.country, row.type, bool(row.active), row.version
    )


def create_counterparty(
    name: str, country: str = "", type: str = CounterpartyType.ORGANISATION
) -> CounterpartyRecord:
    if not name.strip():
        raise DuplicateError("Ange motpartens namn.", "Enter the counterparty's name.")
    with write_transaction():
        existing = find_counterparty(name, country)
        if existing and existing.country.lower() == country.strip().lower():
            raise DuplicateError(
                f"Motparten {existing.display} finns redan.",
                f"The counterparty {existing.display} exists already.",
            )
        row = Counterparty.create(name=name.strip(), country=country.strip(), type=type)
        audit.record(
            "create",
            "counterparty",
            row.id,
            changes=[
                Change("name", None, row.name),
                Change("country", None, row.country),
                Change("type", None, row.type),
            ],
        )
    return CounterpartyRecord(row.id, row.name, row.country, row.type, True, 1)


def get_or_create_counterparty(
    name: str, country: str = "", type: str = CounterpartyType.ORGANISATION
) -> CounterpartyRecord:
    existing = find_counterparty(name, country)
    if existing and (not country or existing.country.lower() == country.strip().lower()):
        return existing
    return create_counterparty(name, country, type)


def update_counterparty(
    cp_id: int, name: str, country: str, type: str, active: bool, expected_version: int
) -> CounterpartyRecord:
    if not name.strip():
        raise DuplicateError("Ange motpartens namn.", "Enter the counterparty's name.")
    with write_transaction():
        row = Counterparty.get_or_none(Counterparty.id == cp_id)
        if row is None:
            raise NotFoundError("Motparten", cp_id)
        if row.version != expected_version:
            raise ConflictError("counterparty", cp_id, expected_version, row.version, "", None)
        new = {"name": name.strip(), "country": country.strip(), "type": type, "active": active}
        changes = [Change(k, getattr(row, k), v) for k, v in new.items() if getattr(row, k) != v]
        Counterparty.update(**new, version=Counterparty.version + 1).where(
            (Counterparty.id == cp_id) & (Counterparty.version == expected_version)
        ).execute()
        if changes:
            audit.record("update", "counterparty", cp_id, changes=changes)
        if row.name != new["name"] or row.country != new["country"]:
            refresh_search_text(
                EntryCounterparty.select(EntryCounterparty.entry).where(
                    EntryCounterparty.counterparty == cp_id
                )
            )
    return next(c for c in list_counterparties() if c.id == cp_id)


# ---------------------------------------------------------------- settings


SETTING_DEFAULTS = {
    "lead_days": "180",
    "organisation_name": "Stockholms stad",
}


def get_setting(key: str) -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else SETTING_DEFAULTS.get(key, "")


def set_setting(key: str, value: str) -> None:
    with write_transaction():
        old = Setting.get_or_none(Setting.key == key)
        if old and old.value == value:
            return
        if old:
            Setting.update(value=value).where(Setting.key == key).execute()
        else:
            Setting.create(key=key, value=value)
        audit.record(
            "update", "setting", None, changes=[Change(key, old.value if old else None, value)]
        )


def lead_days() -> int:
    try:
        return max(0, int(get_setting("lead_days")))
    except ValueError:
        return 180


def rule_context(today: date | None = None) -> RuleContext:
    """Everything the pure rules need, read once."""
    return RuleContext(
        today=today or date.today(),
        bodies=body_infos(),
        counterparty_names=dict(Counterparty.select(Counterparty.id, Counterparty.name).tuples()),
        counterparty_types=dict(Counterparty.select(Counterparty.id, Counterparty.type).tuples()),
        theme_names=dict(Theme.select(Theme.id, Theme.name_sv).tuples()),
        lead_days=lead_days(),
    )


@dataclass
class Catalog:
    """A snapshot of the vocabularies for editors and importers."""

    bodies: list[BodyRecord] = field(default_factory=list)
    themes: list[ThemeRecord] = field(default_factory=list)
    counterparties: list[CounterpartyRecord] = field(default_factory=list)


def snapshot() -> Catalog:
    return Catalog(list_bodies(), list_themes(), list_counterparties())
