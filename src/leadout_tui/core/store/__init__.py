"""The SQLite store: the one place that speaks SQL, its rows, column conversions and schema.

Import the modules themselves (``leadout_tui.core.store.db``); this package imports nothing.
"""

__all__ = ["columns", "db", "rows", "schema", "schema_version", "writes"]
