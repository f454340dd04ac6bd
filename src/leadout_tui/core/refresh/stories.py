"""Grouping the stored articles into stories: the new ones of a refresh, or all (``reindex``).

Both read the stored mentions, so they run after the mentions are indexed.
"""

from __future__ import annotations

from datetime import timedelta

from leadout_tui.core.store.db import Store
from leadout_tui.core.stories.grouping import WINDOW, assign, regroup


def group_new_stories(store: Store, *, window: timedelta = WINDOW) -> int:
    """Put every article not yet in a story into one, against the stories stored within
    ``window`` of it; returns how many were grouped."""
    new = store.story_articles(ungrouped=True)
    if not new:
        return 0
    recent = store.story_articles(grouped_since=new[0].published - window)
    stories = assign(new, recent, window=window)
    store.save_stories(stories)
    return len(stories)


def regroup_stories(store: Store, *, window: timedelta = WINDOW) -> int:
    """Regroup every stored article from scratch; returns how many articles there were."""
    articles = store.story_articles()
    store.save_stories(regroup(articles, window=window))
    return len(articles)
