"""PostgreSQL: when the administrator so configures, readers never receive the contents
of marked fields: the database serves them masked views and refuses the tables."""

from __future__ import annotations

from urllib.parse import quote

import psycopg2
import pytest

from desktop_app.services import audit, catalog, entries, permissions, secrecy
from desktop_app.services.session import close_register, open_register
from desktop_app.store.models import Entry

from ..reliability.pg import admin_execute, as_user, base_url, login_roles, schema_of
from .test_entries import membership

SECRET = "Hemliga förhandlingspartnern"


def _with_path(url: str, *schemas: str) -> str:
    return f"{base_url(url)}?options={quote('-c search_path=' + ','.join(schemas))}"


def test_readers_get_marked_fields_masked_by_the_database(postgres_schema_url: str) -> None:
    url = postgres_schema_url
    schema = schema_of(url)
    open_register(url)
    cp = catalog.get_or_create_counterparty(SECRET, "Utland", "organisation")
    rec = entries.create_entry(membership(counterparty_ids=(cp.id,), notes="Öppen anteckning."))
    secrecy.mark(rec.id, "counterparties", "Utrikessekretess.")
    close_register()
    admin_execute(url, permissions.roles_script(schema))
    admin_execute(url, secrecy.reader_views_sql(schema))
    with login_roles(url, reader="avtalsregister_reader",
                     registrar="avtalsregister_registrar") as urls:  # fmt: skip
        reader = _with_path(urls["reader"], secrecy.masked_schema(schema), schema, "public")
        open_register(reader)
        seen = entries.get_entry(rec.id)
        assert seen.data.notes == "Öppen anteckning."  # what is not marked is read as before
        assert seen.counterparties == [] and seen.data.counterparty_ids == ()
        assert Entry.get_by_id(rec.id).counterparty_names == ""
        rows = [r for r in audit.list_events(entry_id=rec.id) if r.field == "counterparties"]
        assert rows and all(r.new_value is None for r in rows)
        # Nor through the server's own audit rows of the entry (one per changed column,
        # m0008). The counterparty's own rows stay readable: the vocabulary is public,
        # the mark withholds its link to this entry.
        from desktop_app.store.models import database_proxy

        trail = database_proxy.execute_sql(
            "SELECT source, coalesce(old_value, '') || coalesce(new_value, '') || details "
            "FROM audit_event WHERE entry_id = %s",
            (rec.id,),
        ).fetchall()
        assert {"server", "program"} <= {source for source, _ in trail}
        assert not [text for _, text in trail if SECRET in text]
        close_register()
        role = urls["reader"].split("//", 1)[1].split("@", 1)[0]
        conn = psycopg2.connect(base_url(as_user(url, role)))
        try:
            with conn.cursor() as cur, pytest.raises(psycopg2.errors.InsufficientPrivilege):
                cur.execute(f'SELECT counterparty_names FROM "{schema}".entry')
        finally:
            conn.close()
        open_register(_with_path(urls["registrar"], schema, "public"))
        assert entries.get_entry(rec.id).counterparties[0].name == SECRET
        close_register()
