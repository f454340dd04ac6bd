"""The schema's identity, kept apart from the migrations so opening a current file stays cheap.

``PRAGMA user_version`` holds how many migrations a file has had; the store imports the
migrations (and sqlite-utils) only when a file is behind.
"""

#: Marks a SQLite file as ours (``PRAGMA application_id``): "LdOt".
APPLICATION_ID = 0x4C644F74
#: The number of migrations in ``schema.py``.
SCHEMA_VERSION = 11
