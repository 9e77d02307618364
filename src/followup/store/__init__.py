"""Persistence: core records in SQLite or PostgreSQL, behind one engine factory and a repository.

    location.py    where the database lives by default, whose records these are, how a URL is shown
                   without its password (standard library only)
    engine.py      open_store(url) -> Store: recognize, migrate; Store.transaction(lock) and
                   Store.read() -> a Core Connection in a transaction
    tables.py      the schema, one Core Table per table, every user table keyed by owner (no ORM)
    repository.py  lock_owner / load_* / save_* / replace_agenda / due_agenda: Connection + owner <-> core
                   values
    mapping.py     field-by-field conversion between table rows and core values (no queries)
    sync.py        a save as the difference: UPDATE what changed, INSERT the new, DELETE what went away
    journal.py     the undo journal's rows: add (keeping the last 100 per owner), load, mark undone
    migrations/    Alembic, configured in code by engine.py (no alembic.ini at run time)

Importing this package imports nothing else, so a fast path can use ``followup.store.location``
without paying for SQLAlchemy; import the modules themselves for the rest.
"""
