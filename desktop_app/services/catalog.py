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
from typing import TYPE_CHECKING

from peewee import SQL, fn

from desktop_app.domain.kinds import BodyKind, CounterpartyType
from desktop_app.domain.sort_keys import sort_key
from desktop_app.domain.unique_keys import counterparty_key, name_key
from desktop_app.store.errors import UniqueViolationError
from desktop_app.store.models import (
    Counterparty,
    DecisionBody,
    Entry,
    EntryCounterparty,
    Review,
    Theme,
)

from . import register_settings
from .context import current_actor, lock_row, retried, touch_entries, utcnow, write_transaction
from .errors import ConflictError, DuplicateError, NotFoundError, ValidationError
from .search import fold, refresh_search_text

if TYPE_CHECKING:
    from desktop_app.domain.entry import BodyInfo
    from desktop_app.domain.findings import RuleContext
    from desktop_app.domain.mandates import MandateRule

# The register's reads (the window's first screen among them) import neither the
# rules' modules nor the audit trail's: the functions that need them do (issue 19).

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
        from desktop_app.domain.mandates import rules_held_by

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


def touch_body(body_id: int) -> None:
    """A body changed (name, kind, organisation): its entries' findings are stored anew."""
    query = Entry.select(Entry.id).where(
        (Entry.deciding_body == body_id)
        | (Entry.responsible_body == body_id)
        | (Entry.cost_payer_body == body_id)
        | (Entry.terminated_by == body_id)
    )
    reviewed = Review.select(Review.entry).where(Review.deciding_body == body_id)
    touch_entries([i for (i,) in query.tuples()] + [i for (i,) in reviewed.tuples()])


def touch_counterparty(counterparty_id: int) -> None:
    links = EntryCounterparty.select(EntryCounterparty.entry).where(
        EntryCounterparty.counterparty == counterparty_id
    )
    touch_entries([i for (i,) in links.tuples()])


def touch_theme(theme_id: int) -> None:
    touch_entries([i for (i,) in Entry.select(Entry.id).where(Entry.theme == theme_id).tuples()])


def list_bodies(include_inactive: bool = True, usage: bool = True) -> list[BodyRecord]:
    """The bodies; ``usage=False`` leaves ``in_use`` 0 (no count over every entry:
    the register's filter lists need only the names, at every start)."""
    counts: dict[int, int] = {}
    if usage:
        counts = _usage(Entry.deciding_body)
        for body_id, n in _usage(Entry.responsible_body).items():
            counts[body_id] = counts.get(body_id, 0) + n
    query = DecisionBody.select().order_by(DecisionBody.id)
    if not include_inactive:
        query = query.where(DecisionBody.active == True)  # noqa: E712
    return [
        BodyRecord(
            **{name: getattr(b, name) for name in _BODY_FIELDS},
            id=b.id,
            version=b.version,
            in_use=counts.get(b.id, 0),
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


def _check_short_name(short_name: str, exclude: int | None = None) -> None:
    same = _same_name(DecisionBody, DecisionBody.short_name, short_name, exclude)
    other = DecisionBody.get_by_id(same[0]) if same else None
    if other:
        raise DuplicateError(
            f"Förkortningen {short_name} används redan av {other.name_sv}.",
            f"The short name {short_name} is already used by {other.name_sv}.",
        )


@retried
def create_body(data: BodyData) -> BodyRecord:
    _validate_body(data)
    try:
        return _create_body(data)
    except UniqueViolationError as exc:  # saved by someone else at the same moment
        _check_short_name(data.short_name)
        raise exc from exc.__cause__


def _create_body(data: BodyData) -> BodyRecord:
    from . import audit  # with the first write (the start only reads)

    with write_transaction():
        _check_short_name(data.short_name)
        actor = current_actor()
        body = DecisionBody.create(
            **{name: getattr(data, name) for name in _BODY_FIELDS},
            sort_key=sort_key(data.short_name),
            name_key=name_key(data.short_name),
            updated_at=utcnow(),
            updated_by=actor.name,
        )
        audit.record(
            "create",
            "decision_body",
            body.id,
            changes=[audit.Change(n, None, getattr(data, n)) for n in _BODY_FIELDS],
            actor=actor,
        )
    return get_body(body.id)


@retried
def update_body(body_id: int, data: BodyData, expected_version: int) -> BodyRecord:
    _validate_body(data)
    try:
        return _update_body(body_id, data, expected_version)
    except UniqueViolationError as exc:
        _check_short_name(data.short_name, body_id)
        raise exc from exc.__cause__


def _update_body(body_id: int, data: BodyData, expected_version: int) -> BodyRecord:
    from . import audit  # with the first write (the start only reads)

    with write_transaction():
        body = lock_row(DecisionBody.select().where(DecisionBody.id == body_id)).first()
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
        _check_short_name(data.short_name, body_id)
        changes = [
            audit.Change(n, getattr(body, n), getattr(data, n))
            for n in _BODY_FIELDS
            if getattr(body, n) != getattr(data, n)
        ]
        actor = current_actor()
        updated = (
            DecisionBody.update(
                **{n: getattr(data, n) for n in _BODY_FIELDS},
                sort_key=sort_key(data.short_name),
                **_key_if_changed("name_key", body.short_name, data.short_name, name_key),
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
            touch_body(body_id)  # R4 reads its kind, names and organisation
        if body.short_name != data.short_name:  # the grid shows and sorts payers by it
            refresh_search_text(Entry.select(Entry.id).where(Entry.cost_payer_body == body_id))
    return get_body(body_id)


def set_body_active(body_id: int, active: bool, expected_version: int) -> BodyRecord:
    body = get_body(body_id)
    body.active = active
    return update_body(body_id, body, expected_version)


def body_infos() -> dict[int, BodyInfo]:
    """Bodies as the rules see them."""
    from desktop_app.domain.entry import BodyInfo

    return {
        b.id: BodyInfo(
            b.id, b.short_name, b.name_sv, b.kind, b.active, b.organisation, b.has_contact
        )
        for b in list_bodies(usage=False)  # no count over every entry (each save reads it)
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


def list_themes(include_inactive: bool = True, usage: bool = True) -> list[ThemeRecord]:
    """The themes in Swedish order; ``usage=False``: ``in_use`` left 0 (as list_bodies)."""
    counts = _usage(Entry.theme) if usage else {}
    query = Theme.select().order_by(Theme.sort_key, Theme.id)  # Swedish order
    if not include_inactive:
        query = query.where(Theme.active == True)  # noqa: E712
    return [
        ThemeRecord(t.id, t.name_sv, t.name_en, bool(t.active), t.version, counts.get(t.id, 0))
        for t in query
    ]


def _theme_by_name(name: str, exclude: int | None = None) -> Theme | None:
    ids = _same_name(Theme, Theme.name_sv, name, exclude)
    return Theme.get_by_id(ids[0]) if ids else None


def _check_theme_name(name_sv: str, exclude: int | None = None) -> None:
    if _theme_by_name(name_sv, exclude):
        raise DuplicateError(f"Temat {name_sv} finns redan.", f"The theme {name_sv} exists.")


def _key_if_changed(column: str, old: str, new: str, key) -> dict:
    """The unique key column when the name changed (an old twin keeps none)."""
    return {column: key(new)} if old != new else {}


@retried
def create_theme(name_sv: str, name_en: str = "") -> ThemeRecord:
    if not name_sv.strip():
        raise DuplicateError("Ange temats namn.", "Enter the theme's name.")
    try:
        return _create_theme(name_sv, name_en)
    except UniqueViolationError as exc:
        _check_theme_name(name_sv)
        raise exc from exc.__cause__


def _create_theme(name_sv: str, name_en: str) -> ThemeRecord:
    from . import audit  # with the first write (the start only reads)

    with write_transaction():
        _check_theme_name(name_sv)
        actor = current_actor()
        theme = Theme.create(
            name_sv=name_sv.strip(),
            name_en=name_en.strip(),
            sort_key=sort_key(name_sv),
            name_key=name_key(name_sv),
            updated_at=utcnow(),
            updated_by=actor.name,
        )
        audit.record(
            "create",
            "theme",
            theme.id,
            changes=[
                audit.Change("name_sv", None, theme.name_sv),
                audit.Change("name_en", None, theme.name_en),
            ],
        )
    return ThemeRecord(theme.id, theme.name_sv, theme.name_en, True, 1)


def _stale(model, object_type: str, row_id: int, expected_version: int) -> ConflictError:
    """The conflict for a row someone else saved first, naming who and when."""
    fresh = model.get_by_id(row_id)
    return ConflictError(
        object_type, row_id, expected_version, fresh.version, fresh.updated_by, fresh.updated_at
    )


@retried
def update_theme(
    theme_id: int, name_sv: str, name_en: str, active: bool, expected_version: int
) -> ThemeRecord:
    if not name_sv.strip():
        raise DuplicateError("Ange temats namn.", "Enter the theme's name.")
    try:
        return _update_theme(theme_id, name_sv, name_en, active, expected_version)
    except UniqueViolationError as exc:
        _check_theme_name(name_sv, theme_id)
        raise exc from exc.__cause__


def _update_theme(
    theme_id: int, name_sv: str, name_en: str, active: bool, expected_version: int
) -> ThemeRecord:
    from . import audit  # with the first write (the start only reads)

    with write_transaction():
        theme = lock_row(Theme.select().where(Theme.id == theme_id)).first()
        if theme is None:
            raise NotFoundError("Temat", theme_id)
        if theme.version != expected_version:
            raise _stale(Theme, "theme", theme_id, expected_version)
        _check_theme_name(name_sv, theme_id)
        new = {"name_sv": name_sv.strip(), "name_en": name_en.strip(), "active": active}
        changes = [
            audit.Change(k, getattr(theme, k), v) for k, v in new.items() if getattr(theme, k) != v
        ]
        actor = current_actor()
        updated = (
            Theme.update(
                **new,
                sort_key=sort_key(name_sv),
                **_key_if_changed("name_key", theme.name_sv, new["name_sv"], name_key),
                version=Theme.version + 1,
                updated_at=utcnow(),
                updated_by=actor.name,
            )
            .where((Theme.id == theme_id) & (Theme.version == expected_version))
            .execute()
        )
        if updated != 1:
            raise _stale(Theme, "theme", theme_id, expected_version)
        if changes:
            audit.record("update", "theme", theme_id, changes=changes, actor=actor)
            touch_theme(theme_id)
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


def _check_counterparty(name: str, country: str, exclude: int | None = None) -> None:
    wanted = counterparty_key(name, country)
    for row_id in _same_name(Counterparty, Counterparty.name, name, exclude):
        row = Counterparty.get_by_id(row_id)
        if counterparty_key(row.name, row.country) == wanted:
            display = f"{row.name} ({row.country})" if row.country else row.name
            raise DuplicateError(
                f"Motparten {display} finns redan.",
                f"The counterparty {display} exists already.",
            )


@retried
def create_counterparty(
    name: str, country: str = "", type: str = CounterpartyType.ORGANISATION
) -> CounterpartyRecord:
    if not name.strip():
        raise DuplicateError("Ange motpartens namn.", "Enter the counterparty's name.")
    try:
        return _create_counterparty(name, country, type)
    except UniqueViolationError as exc:
        _check_counterparty(name, country)
        raise exc from exc.__cause__


def _create_counterparty(name: str, country: str, type: str) -> CounterpartyRecord:
    from . import audit  # with the first write (the start only reads)

    with write_transaction():
        _check_counterparty(name, country)
        actor = current_actor()
        row = Counterparty.create(
            name=name.strip(),
            country=country.strip(),
            type=type,
            name_key=counterparty_key(name, country),
            updated_at=utcnow(),
            updated_by=actor.name,
        )
        audit.record(
            "create",
            "counterparty",
            row.id,
            changes=[
                audit.Change("name", None, row.name),
                audit.Change("country", None, row.country),
                audit.Change("type", None, row.type),
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


@retried
def update_counterparty(
    cp_id: int, name: str, country: str, type: str, active: bool, expected_version: int
) -> CounterpartyRecord:
    if not name.strip():
        raise DuplicateError("Ange motpartens namn.", "Enter the counterparty's name.")
    try:
        return _update_counterparty(cp_id, name, country, type, active, expected_version)
    except UniqueViolationError as exc:
        _check_counterparty(name, country, cp_id)
        raise exc from exc.__cause__


def _update_counterparty(
    cp_id: int, name: str, country: str, type: str, active: bool, expected_version: int
) -> CounterpartyRecord:
    from . import audit  # with the first write (the start only reads)

    with write_transaction():
        row = lock_row(Counterparty.select().where(Counterparty.id == cp_id)).first()
        if row is None:
            raise NotFoundError("Motparten", cp_id)
        if row.version != expected_version:
            raise _stale(Counterparty, "counterparty", cp_id, expected_version)
        new = {"name": name.strip(), "country": country.strip(), "type": type, "active": active}
        changes = [
            audit.Change(k, getattr(row, k), v) for k, v in new.items() if getattr(row, k) != v
        ]
        if row.name != new["name"] or row.country != new["country"]:
            _check_counterparty(new["name"], new["country"], cp_id)
        old_key = counterparty_key(row.name, row.country)
        actor = current_actor()
        updated = (
            Counterparty.update(
                **new,
                **_key_if_changed(
                    "name_key", old_key, counterparty_key(name, country), lambda k: k
                ),
                version=Counterparty.version + 1,
                updated_at=utcnow(),
                updated_by=actor.name,
            )
            .where((Counterparty.id == cp_id) & (Counterparty.version == expected_version))
            .execute()
        )
        if updated != 1:
            raise _stale(Counterparty, "counterparty", cp_id, expected_version)
        if changes:
            audit.record("update", "counterparty", cp_id, changes=changes, actor=actor)
            touch_counterparty(cp_id)  # R1 reads its name, R4 its type
        if row.name != new["name"] or row.country != new["country"]:
            refresh_search_text(
                EntryCounterparty.select(EntryCounterparty.entry).where(
                    EntryCounterparty.counterparty == cp_id
                )
            )
    return next(c for c in list_counterparties() if c.id == cp_id)


def rule_context(today: date | None = None) -> RuleContext:
    """Everything the pure rules need, read once."""
    from desktop_app.domain.findings import RuleContext

    return RuleContext(
        today=today or date.today(),
        bodies=body_infos(),
        counterparty_names=dict(Counterparty.select(Counterparty.id, Counterparty.name).tuples()),
        counterparty_types=dict(Counterparty.select(Counterparty.id, Counterparty.type).tuples()),
        theme_names=dict(Theme.select(Theme.id, Theme.name_sv).tuples()),
        lead_days=register_settings.lead_days(),
    )


@dataclass
class Catalog:
    """A snapshot of the vocabularies for editors and importers."""

    bodies: list[BodyRecord] = field(default_factory=list)
    themes: list[ThemeRecord] = field(default_factory=list)
    counterparties: list[CounterpartyRecord] = field(default_factory=list)


def snapshot() -> Catalog:
    return Catalog(list_bodies(), list_themes(), list_counterparties())
