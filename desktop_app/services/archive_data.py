"""What the archive package holds, read as plain records a chunk at a time.

The archive package (``exports.archive_package``) writes every table of the
register as XML and CSV. Each field is described here once, in Swedish: the
schema's annotations and the package's description of the fields are both
made from these tables. Records are read by id in chunks (keyset), so a
register of any size goes out in bounded memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from peewee import fn

from desktop_app.store.migrate import current_version
from desktop_app.store.models import (
    AuditEvent,
    Counterparty,
    DecisionBody,
    Entry,
    EntryCounterparty,
    Review,
    SecrecyMark,
    Theme,
    database_proxy,
)

CHUNK = 2000

# (name, kind, Swedish description); kind: text, date, datetime, int, decimal, bool.
BODY_FIELDS = (
    ("id", "int", "Organets nummer i registret."),
    ("short_name", "text", "Kortnamn, t.ex. KF, KS, TN."),
    ("name_sv", "text", "Namn på svenska."),
    ("name_en", "text", "Namn på engelska."),
    ("kind", "text", "Typ av organ (council, board, committee, company ...)."),
    ("organisation", "text", "Förvaltning eller bolag som organet hör till."),
    ("contact_name", "text", "Internationell kontaktperson (R8)."),
    ("contact_role", "text", "Kontaktpersonens roll."),
    ("contact_email", "text", "Kontaktpersonens e-post."),
    ("contact_phone", "text", "Kontaktpersonens telefon."),
    ("active", "bool", "Om organet används för nya poster."),
)
THEME_FIELDS = (
    ("id", "int", "Temats nummer i registret."),
    ("name_sv", "text", "Tematiskt område på svenska."),
    ("name_en", "text", "Tematiskt område på engelska."),
    ("active", "bool", "Om temat används för nya poster."),
)
COUNTERPARTY_FIELDS = (
    ("id", "int", "Motpartens nummer i registret."),
    ("name", "text", "Namn på organisation, stad, region eller nätverk."),
    ("country", "text", "Land."),
    ("type", "text", "Typ: organisation, network, city, region ..."),
    ("active", "bool", "Om motparten används för nya poster."),
)
ENTRY_FIELDS = (
    ("id", "int", "Postens nummer i registret (oförändrat över tid)."),
    (
        "kind",
        "text",
        "Avtalstyp: membership (medlemskap), letter_of_intent "
        "(intentionsavtal), cooperation (samarbetsavtal).",
    ),  # fmt: skip
    ("case_number", "text", "Diarienummer för beslutet."),
    ("title", "text", "Titel."),
    (
        "scope",
        "text",
        "Omfattning: city_wide (stadsövergripande) eller operation_specific (verksamhetsspecifik).",
    ),  # fmt: skip
    (
        "engagement",
        "text",
        "Vad posten avser (avtal eller medlemskap, deltagande i nätverk, "
        "konferens, deklaration, EU-projekt).",
    ),  # fmt: skip
    ("continued", "bool", "Fortsatt åtagande (inte nytt)."),
    ("deciding_body_id", "int", "Beslutande organ (organ/id)."),
    ("decision_date", "date", "Beslutsdatum."),
    ("responsible_body_id", "int", "Ansvarig nämnd eller bolag (organ/id)."),
    ("contact_person", "text", "Kontaktperson för posten."),
    ("theme_id", "int", "Tematiskt område (tema/id)."),
    (
        "directions",
        "int",
        "Strategiska inriktningar som bitmask: 1 profilering, "
        "2 omvärldsbevakning, 4 samverkan, 8 påverkan.",
    ),  # fmt: skip
    ("mutual_benefit", "text", "Ömsesidig nytta."),
    ("start_date", "date", "Startdatum."),
    ("end_date", "date", "Slutdatum (sista giltighetsdag)."),
    ("review_interval_months", "int", "Omprövningsintervall i månader (R3)."),
    ("last_review_date", "date", "Senaste omprövning."),
    ("next_review_date", "date", "Nästa omprövning."),
    ("next_review_fixed", "date", "Nästa omprövning bestämd i beslut."),
    ("next_review_reason", "text", "Beslutets formulering om nästa omprövning."),
    ("annual_cost", "decimal", "Årlig kostnad eller avgift."),
    ("currency", "text", "Valuta för årlig kostnad (ISO 4217, t.ex. SEK, EUR)."),
    ("cost_payer_body_id", "int", "Betalande organ (organ/id)."),
    ("cost_payer", "text", "Betalare så som den skrevs, när den inte är ett organ."),
    ("project_kind", "text", "Projekttyp (t.ex. EU-projekt, biståndsprojekt)."),
    ("external_financiers", "text", "Externa finansiärer."),
    ("external_share", "decimal", "Extern finansiering i procent."),
    ("city_contribution", "decimal", "Stadens egen insats."),
    ("status", "text", "Status: draft (utkast), active (aktiv), terminated (avslutad)."),
    ("terminated_date", "date", "Datum då posten avslutades."),
    ("termination_reason", "text", "Skäl för avslutet."),
    ("terminated_by_id", "int", "Organ som beslutade om avslutet (organ/id)."),
    (
        "archived",
        "bool",
        "Visas inte längre i det aktuella registret (posten finns kvar och är en allmän handling).",
    ),  # fmt: skip
    ("archived_at", "datetime", "När posten togs bort ur det aktuella registret (UTC)."),
    ("notes", "text", "Anteckningar."),
    ("document_links", "text", "Länkar till undertecknade dokument, en per rad."),
    ("counterparty_names", "text", "Motparternas namn (se även post_motparter)."),
    ("version", "int", "Postens version: ökar vid varje sparad ändring."),
    ("created_at", "datetime", "Skapad (UTC)."),
    ("created_by", "text", "Skapad av."),
    ("updated_at", "datetime", "Senast ändrad (UTC)."),
    ("updated_by", "text", "Senast ändrad av."),
)
LINK_FIELDS = (
    ("entry_id", "int", "Posten (post/id)."),
    ("counterparty_id", "int", "Motparten (motpart/id)."),
    ("position", "int", "Ordning bland postens motparter."),
)
REVIEW_FIELDS = (
    ("id", "int", "Omprövningens nummer."),
    ("entry_id", "int", "Posten (post/id)."),
    ("review_date", "date", "Omprövningens datum."),
    ("outcome", "text", "Utfall: continue (fortsätta), amend (ändra), terminate (avsluta)."),
    ("deciding_body_id", "int", "Beslutande organ (organ/id)."),
    ("decision_date", "date", "Beslutsdatum."),
    ("case_number", "text", "Ärendets diarienummer."),
    ("note", "text", "Anteckning."),
    ("created_at", "datetime", "Registrerad (UTC)."),
    ("created_by", "text", "Registrerad av."),
)
SECRECY_FIELDS = (
    ("id", "int", "Bedömningens nummer."),
    ("entry_id", "int", "Posten (post/id)."),
    ("field", "text", "Uppgiften som bedömts (fältets namn); tomt: hela posten."),
    ("provision", "text", "Bestämmelse, t.ex. OSL 15 kap. 1 §."),
    ("reason", "text", "Skäl."),
    ("marked_at", "datetime", "Bedömd (UTC)."),
    ("marked_by", "text", "Bedömd av."),
    ("removed_at", "datetime", "Markeringen borttagen (UTC)."),
    ("removed_by", "text", "Borttagen av."),
    ("removed_reason", "text", "Skäl till att markeringen togs bort."),
)
AUDIT_FIELDS = (
    ("id", "int", "Händelsens nummer (stigande i tidsordning)."),
    ("at", "datetime", "Tidpunkt (UTC)."),
    ("os_user", "text", "Användare (inloggning i Windows)."),
    ("db_user", "text", "Databasroll (PostgreSQL)."),
    (
        "action",
        "text",
        "Händelse: create (skapad), update (ändrad), review (omprövning), "
        "terminate (avslutad), archive/restore (borttagen ur/återställd till det aktuella "
        "registret), document (dokument gjort), export, import, request (begäran om allmän "
        "handling), secrecy_mark/secrecy_unmark (sekretessbedömning) m.fl.",
    ),  # fmt: skip
    (
        "object_type",
        "text",
        "Vad händelsen gäller: entry (post), decision_body, theme, "
        "counterparty, setting, register ...",
    ),  # fmt: skip
    ("object_id", "int", "Objektets nummer."),
    ("entry_id", "int", "Posten (post/id) när händelsen gäller en post."),
    ("field", "text", "Ändrat fält (samma namn som i post)."),
    ("old_value", "text", "Värdet före ändringen."),
    ("new_value", "text", "Värdet efter ändringen."),
    ("details", "text", "Övriga uppgifter om händelsen (JSON)."),
)

_SOURCES = {
    "organ": (DecisionBody, BODY_FIELDS),
    "tema": (Theme, THEME_FIELDS),
    "motpart": (Counterparty, COUNTERPARTY_FIELDS),
    "post": (Entry, ENTRY_FIELDS),
    "omprovning": (Review, REVIEW_FIELDS),
    "sekretess": (SecrecyMark, SECRECY_FIELDS),
    "handelse": (AuditEvent, AUDIT_FIELDS),
}


def _column(model, name: str):
    attr = name[:-3] if name.endswith("_id") and hasattr(model, name[:-3]) else name
    return getattr(model, attr)


def records(element: str) -> Iterator[dict]:
    """Every row of one part, as {field: value}, in id order, a chunk at a time."""
    if element == "post_motpart":
        q = EntryCounterparty.select(
            EntryCounterparty.entry, EntryCounterparty.counterparty, EntryCounterparty.position
        ).order_by(EntryCounterparty.entry, EntryCounterparty.position)
        for entry_id, cp, pos in q.tuples().iterator():
            yield {"entry_id": entry_id, "counterparty_id": cp, "position": pos}
        return
    model, fields = _SOURCES[element]
    names = [name for name, _, _ in fields]
    columns = [_column(model, n) for n in names]
    last = 0
    while True:
        rows = list(
            model.select(*columns).where(model.id > last).order_by(model.id).limit(CHUNK).tuples()
        )
        if not rows:
            return
        for row in rows:
            yield dict(zip(names, row, strict=True))
        last = rows[-1][0]


def report_years() -> list[int]:
    """The finished years from the first commitment's decision or start to last year."""
    from datetime import date

    first = Entry.select(fn.MIN(fn.COALESCE(Entry.decision_date, Entry.start_date))).scalar()
    if first is None:
        return []
    if isinstance(first, str):
        first = date.fromisoformat(first[:10])
    return list(range(first.year, date.today().year))


def recorded_documents() -> list[str]:
    """The files the trail says were made (memos and exports), each once, oldest first."""
    seen: dict[str, None] = {}
    q = (
        AuditEvent.select(AuditEvent.details)
        .where(AuditEvent.action.in_(["document", "export"]))
        .order_by(AuditEvent.id)
    )
    for (details,) in q.tuples().iterator():
        try:
            data = json.loads(details or "{}")
        except ValueError:
            continue
        for key in ("path", "summary"):
            value = data.get(key)
            if isinstance(value, str) and value:
                seen.setdefault(value, None)
    return list(seen)


def schema_version() -> int:
    return current_version(database_proxy.obj)
