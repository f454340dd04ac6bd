"""Stories: articles from different feeds about the same event, grouped into one.

``articles.py`` holds what the grouping knows of an article (:class:`StoryArticle`);
``terms.py`` turns its title and lead into weighted terms; ``grouping.py`` assigns new
articles to stories incrementally (:func:`assign`) or regroups a whole cache
(:func:`regroup`); ``headline.py`` picks the title a story shows. Import the modules themselves
(``leadout_tui.core.stories.grouping``); this package imports nothing.
"""

__all__ = ["articles", "grouping", "headline", "terms"]
