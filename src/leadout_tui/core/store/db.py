"""The one place that speaks SQL: :class:`Store`, a leadout-tui SQLite file.

Its parts live beside it, one job each: ``connection.py`` (opening, migrations, transactions,
error messages), ``feeds.py``, ``articles.py``, ``mentions.py``, ``retention.py``,
``follows.py``, ``stories.py`` and ``trends.py``. The
records it returns and takes are in ``rows.py`` and ``writes.py``, the value conversions in
``columns.py``, the migrations in ``schema.py``. Every SQLite error leaving a store is a
:class:`~leadout_tui.core.errors.StoreError`.
"""

from __future__ import annotations

from leadout_tui.core.store.connection import translate_errors
from leadout_tui.core.store.feeds import FeedStore
from leadout_tui.core.store.follows import FollowStore
from leadout_tui.core.store.retention import RetentionStore
from leadout_tui.core.store.stories import StoryStore
from leadout_tui.core.store.trends import TrendStore

__all__ = ["Store"]


@translate_errors
class Store(FeedStore, RetentionStore, StoryStore, FollowStore, TrendStore):
    """A leadout-tui database. Use :meth:`open`; close it (or use ``with``) when done."""
