#!/usr/bin/env python3
"""grow-catalogue.py: copies the rows of files already imported from one folder of a make-million.sh library
to the same files under other folders, so that a catalogue of a million files can be had without importing
a million files on a small machine. Used only for the scale figures of docs/benchmarks.md (the unchanged
rescan); the first import's speed is measured by a real import of the first folders.

    test-data/grow-catalogue.py CATALOGUE LIBRARY FROM_FOLDERS TO_FOLDERS

The library's folders are 0000, 0001, ... (make-million.sh), each holding hard links with the same names
to the same 200 contents, so a file's rows under folder 0000 are exactly what an import of the same name
under folder 0042 writes, the path aside. For every folder numbered from FROM_FOLDERS up to TO_FOLDERS - 1,
every row of the files imported under folder (n mod FROM_FOLDERS) is copied: the file row with its path
moved to the new folder, and every row of every table that refers to a file by file_id (found from the
schema, so new tables are copied too). One transaction per folder; a folder already in the catalogue is
skipped, so a catalogue can be grown in steps (100k, then 250k, then 1M).
"""
import sqlite3
import sys


def child_tables(db):
    """(table, columns) of every table with a file_id column, parents before the tables that refer to them."""
    tables = []
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({name})")]
        if "file_id" in columns:
            tables.append((name, columns))
    # passage_flavor refers to passage; passage before it (foreign keys are on only per connection, off here).
    return sorted(tables, key=lambda t: (t[0] == "passage_flavor", t[0]))


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    catalogue, library, from_folders, to_folders = sys.argv[1], sys.argv[2].rstrip("/"), int(sys.argv[3]), int(sys.argv[4])
    db = sqlite3.connect(catalogue, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    file_columns = [row[1] for row in db.execute("PRAGMA table_info(file)") if row[1] != "id"]
    tables = child_tables(db)
    for folder in range(from_folders, to_folders):
        source = f"{library}/{folder % from_folders:04d}/"
        target = f"{library}/{folder:04d}/"
        if db.execute("SELECT 1 FROM file WHERE path >= ? AND path < ? LIMIT 1", (target, target[:-1] + "0")).fetchone():
            continue  # grown before: the catalogue can be grown in steps
        db.execute("BEGIN")
        db.execute("DROP TABLE IF EXISTS temp.moved")
        db.execute("CREATE TEMP TABLE moved (old_id INTEGER PRIMARY KEY, new_id INTEGER)")
        selected = ", ".join(f"replace(path, '{source}', '{target}')" if c == "path" else c for c in file_columns)
        db.execute(f"INSERT INTO file ({', '.join(file_columns)}) SELECT {selected} FROM file "
                   f"WHERE path >= '{source}' AND path < '{source[:-1]}0'")
        db.execute(f"INSERT INTO temp.moved SELECT old.id, new.id FROM file old JOIN file new "
                   f"ON new.path = replace(old.path, '{source}', '{target}') "
                   f"WHERE old.path >= '{source}' AND old.path < '{source[:-1]}0'")
        for table, columns in tables:
            copied = [c for c in columns if c != "id"]  # a row id of its own is given anew
            values = ", ".join("m.new_id" if c == "file_id" else f"t.{c}" for c in copied)
            db.execute(f"INSERT INTO {table} ({', '.join(copied)}) SELECT {values} FROM {table} t "
                       f"JOIN temp.moved m ON m.old_id = t.file_id")
        db.execute("COMMIT")
        if folder % 50 == 0:
            print(f"grow-catalogue.py: folder {folder}", file=sys.stderr)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    count = db.execute("SELECT count(*) FROM file").fetchone()[0]
    print(f"grow-catalogue.py: {count} files in {catalogue}", file=sys.stderr)


if __name__ == "__main__":
    main()
