"""The synthetic register on PostgreSQL: the cached SQLite register copied, cached too.

``ensure(n, url)`` returns a ``postgresql://`` URL whose ``search_path`` is a
schema of its own (``bench_n<N>_s<seed>_v<generator>_schema<M>``) in the
database ``url`` names, holding exactly the rows of the SQLite register of the
same N (``benchmarks.synthetic``): the schema is made the way the program
makes a PostgreSQL register (``services.session.open_register``: migrations,
triggers, the pg_trgm index), its seed rows removed, and every table the two
have in common copied with ``COPY`` (triggers and foreign keys paused for the
load with ``session_replication_role = replica``, as ``pg_restore`` does),
the sequences moved past the copied ids and ``ANALYZE`` run. A schema that
already holds a finished copy (its ``bench_generator`` setting) is reused.

    python -m benchmarks.synthetic_pg --n 100000 --url postgresql://...
"""

from __future__ import annotations

import argparse
import csv
import io
import sqlite3
import sys
import time
from urllib.parse import quote

from . import synthetic

NULL = "\\N"


def schema_name(n: int, seed: int = 2016) -> str:
    from desktop_app.store.migrate import latest_version

    return f"bench_n{n}_s{seed}_v{synthetic.GENERATOR_VERSION}_schema{latest_version()}"


def with_search_path(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-c search_path={schema},public')}"


def _finished(conn, schema: str) -> bool:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT 1 FROM information_schema.tables WHERE table_schema = %s "
            "AND table_name = 'setting'",
            (schema,),
        )
        if cur.fetchone() is None:
            return False
        cur.execute(f"SELECT value FROM {schema}.setting WHERE key = 'bench_generator'")
        return cur.fetchone() is not None


def _older_schema(conn, n: int, seed: int) -> str | None:
    """A finished copy of the same data made before the latest migration, if any."""
    prefix = f"bench_n{n}_s{seed}_v{synthetic.GENERATOR_VERSION}_schema"
    with conn.cursor() as cur:
        cur.execute(
            "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE %s",
            (prefix + "%",),
        )
        names = [r[0] for r in cur.fetchall() if r[0][len(prefix) :].isdigit()]
    names = [name for name in names if _finished(conn, name)]
    return max(names, key=lambda name: int(name[len(prefix) :])) if names else None


def ensure(n: int, url: str, seed: int = 2016, rebuild: bool = False, quiet: bool = False) -> str:
    """The URL of the PostgreSQL copy of the ``n``-entry register (built first if needed)."""
    import psycopg2

    schema = schema_name(n, seed)
    target = with_search_path(url, schema)
    admin = psycopg2.connect(url)
    admin.autocommit = True
    try:
        if _finished(admin, schema) and not rebuild:
            return target
        older = None if rebuild else _older_schema(admin, n, seed)
        if older is not None:  # a new migration landed: migrate the copy in place
            with admin.cursor() as cur:
                cur.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
                cur.execute(f"ALTER SCHEMA {older} RENAME TO {schema}")
            _create(target)  # open_register migrates it
            with admin.cursor() as cur:
                cur.execute("ANALYZE")
            return target
        started = time.perf_counter()
        source = synthetic.ensure(n, seed, quiet=quiet)
    finally:
        admin.close()
    copy_into(source, url, schema)
    if not quiet:
        print(f"copied {n} entries to PostgreSQL in {time.perf_counter() - started:.1f} s "
              f"-> schema {schema}")  # fmt: skip
    return target


def copy_into(source, url: str, schema: str) -> str:
    """The SQLite register ``source`` copied into ``schema`` (made afresh); its URL."""
    import psycopg2

    admin = psycopg2.connect(url)
    admin.autocommit = True
    try:
        with admin.cursor() as cur:
            cur.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            cur.execute(f"CREATE SCHEMA {schema}")
    finally:
        admin.close()
    target = with_search_path(url, schema)
    _create(target)
    _copy(source, target, schema)
    return target


def _create(target: str) -> None:
    """The schema as the program makes it (then closed again)."""
    from desktop_app.services.session import close_register, open_register

    open_register(target)
    close_register()


def _copy(source, target: str, schema: str) -> None:
    import psycopg2

    lite = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    pg = psycopg2.connect(target)
    try:
        with pg.cursor() as cur:
            cur.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = %s "
                "AND table_type = 'BASE TABLE'",
                (schema,),
            )
            pg_tables = {r[0] for r in cur.fetchall()}
            lite_tables = {
                r[0] for r in lite.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            tables = sorted(pg_tables & lite_tables)
            cur.execute("SET session_replication_role = replica")  # no triggers, no FK checks
            cur.execute("TRUNCATE " + ", ".join(f"{schema}.{t}" for t in tables) + " CASCADE")
            for table in tables:
                cur.execute(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_schema = %s AND table_name = %s",
                    (schema, table),
                )
                pg_columns = {r[0] for r in cur.fetchall()}
                columns = [
                    r[1]
                    for r in lite.execute(f'PRAGMA table_info("{table}")')
                    if r[1] in pg_columns
                ]
                _copy_table(lite, cur, f"{schema}.{table}", columns)
                if "id" in columns:
                    cur.execute("SELECT pg_get_serial_sequence(%s, 'id')", (f"{schema}.{table}",))
                    sequence = cur.fetchone()[0]
                    if sequence:
                        cur.execute(
                            f"SELECT setval(%s, GREATEST(COALESCE(MAX(id), 0), 1)) "
                            f"FROM {schema}.{table}",
                            (sequence,),
                        )
            cur.execute("SET session_replication_role = DEFAULT")
        pg.commit()
        pg.autocommit = True
        with pg.cursor() as cur:
            cur.execute("ANALYZE")
    finally:
        pg.close()
        lite.close()


def _copy_table(lite, cur, table: str, columns: list[str]) -> None:
    names = ", ".join(f'"{c}"' for c in columns)
    rows = lite.execute(f"SELECT {names} FROM {table.split('.', 1)[1]}")
    while True:
        chunk = rows.fetchmany(20_000)
        if not chunk:
            break
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        for row in chunk:
            writer.writerow([NULL if v is None else v for v in row])
        buffer.seek(0)
        cur.copy_expert(
            f"COPY {table} ({names}) FROM STDIN WITH (FORMAT csv, NULL '{NULL}')", buffer
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Copy the synthetic register to PostgreSQL.")
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--url", required=True, help="postgresql:// URL of the database")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    print(ensure(args.n, args.url, rebuild=args.rebuild))
    return 0


if __name__ == "__main__":
    sys.exit(main())
