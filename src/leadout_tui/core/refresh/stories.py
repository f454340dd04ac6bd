"""Grouping the stored articles into stories: the new ones of a refresh, or all (``reindex``).

Both read the stored mentions, so they run after the mentions are indexed. The grouping (and
numpy, which it needs) is imported only when there is something to group: a refresh that
brings nothing new, the usual warm one, does not pay for loading it.
"""

from __future__ import annotations

from datetime import timedelta

from leadout_tui.core.store.db import Store
from leadout_tui.core.stories.articles import WINDOW


def group_new_stories(store: Store, *, window: timedelta = WINDOW) -> int:
    """Put every article not yet in a story into one, against the stories stored within
    ``window`` of it; returns how many were grouped."""
    new = store.story_articles(ungrouped=True)
    if not new:
        return 0
    from leadout_tui.core.stories.grouping import assign

    recent = store.story_articles(grouped_since=new[0].published - window)
    stories = assign(new, recent, window=window)
    store.save_stories(stories)
    return len(stories)


def regroup_stories(store: Store, *, window: timedelta = WINDOW) -> int:
    """Regroup every stored article from scratch; returns how many articles there were."""
    from leadout_tui.core.stories.grouping import regroup

    articles = store.story_articles()
    store.save_stories(regroup(articles, window=window))
    return len(articles)
