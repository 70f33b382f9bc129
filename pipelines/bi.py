"""The release's DuckDB database: one view per table over the Parquet files beside it.

BI tools that speak DuckDB (Superset, Metabase, Tableau, Power BI through ODBC/JDBC) open
`readouts.duckdb` read-only and see every table as a view; the data stays in the Parquet files.

Paths. DuckDB resolves a relative path in a view against the `file_search_path` setting, or,
when that is empty, against the working directory of the process that queries it, never
against the database file's folder. A view over an absolute path cannot be created before its
file exists (DuckDB binds a view when it is created), and the final release folder only exists
after the staging folder is renamed. So the views read `<table>.parquet` by relative path and
whoever opens the database points DuckDB at the release folder:
`SET file_search_path = '<release folder>'` (or opens it with the release folder as working
directory). The database is then valid wherever the release folder is moved or copied.

The database is built in a temporary folder and returned as bytes, so the release writes it
like any other file: once, into the staging folder, never rewritten in place; a read-only BI
connection to one release never blocks the build of the next. DuckDB writes a random database
identifier into files of its current storage format; storage version v1.0.0 has none, which
makes the bytes the same for the same tables and lets every DuckDB since 1.0 read the file.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import duckdb
import pyarrow as pa

DATABASE_NAME = "readouts.duckdb"
STORAGE_VERSION = "v1.0.0"
_CATALOG = "release"


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def view_sql(table: str) -> str:
    """The statement creating the view of one table over `<table>.parquet` (relative)."""
    return (
        f"CREATE VIEW {_identifier(table)} AS "
        f"SELECT * FROM read_parquet({_sql_string(f'{table}.parquet')})"
    )


def duckdb_database_bytes(
    parquet: dict[str, bytes | pa.Buffer], descriptions: dict[str, str]
) -> bytes:
    """A DuckDB database with one view per table; `parquet` maps a table name to its file.

    `descriptions` become the views' comments, which BI tools show beside the table names.
    """
    with tempfile.TemporaryDirectory(prefix="readouts-duckdb-") as folder:
        root = Path(folder)
        for table, data in parquet.items():
            (root / f"{table}.parquet").write_bytes(data)
        database = root / DATABASE_NAME
        connection = duckdb.connect(config={"file_search_path": str(root)})
        try:
            connection.execute(
                f"ATTACH {_sql_string(str(database))} AS {_CATALOG} "
                f"(STORAGE_VERSION {_sql_string(STORAGE_VERSION)})"
            )
            connection.execute(f"USE {_CATALOG}")
            for table in parquet:
                connection.execute(view_sql(table))
                if descriptions.get(table):
                    connection.execute(
                        f"COMMENT ON VIEW {_identifier(table)} IS "
                        f"{_sql_string(descriptions[table])}"
                    )
            connection.execute("USE memory")
            connection.execute(f"DETACH {_CATALOG}")
        finally:
            connection.close()
        return database.read_bytes()


def connect_release(release_dir: Path) -> duckdb.DuckDBPyConnection:
    """Open a release's database read-only, with its views pointed at the release folder."""
    release_dir = Path(release_dir).resolve()
    return duckdb.connect(
        str(release_dir / DATABASE_NAME),
        read_only=True,
        config={"file_search_path": str(release_dir)},
    )
