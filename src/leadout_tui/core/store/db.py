"""The one place that speaks SQL: :class:`Store`, a leadout-tui SQLite file.

Its parts live beside it, one job each: ``connection.py`` (opening, migrations, transactions,
error messages), ``feeds.py``, ``articles.py`` and ``mentions.py``; ``rows.py`` and ``writes.py``
hold the records it returns and takes, ``columns.py`` the value conversions, ``schema.py`` the
migrations. Every SQLite error leaving a store is a :class:`~leadout_tui.core.errors.StoreError`.
"""

from __future__ import annotations

from leadout_tui.core.store.articles import ArticleStore
from leadout_tui.core.store.connection import translate_errors
from leadout_tui.core.store.feeds import FeedStore

__all__ = ["Store"]


@translate_errors
class Store(FeedStore, ArticleStore):
    """A leadout-tui database. Use :meth:`open`; close it (or use ``with``) when done."""
