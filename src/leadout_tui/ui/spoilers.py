"""The spoiler-free mode: which headlines and articles the reader hides now, and what it shows.

A headline is hidden when its title gives a race's result away (``core.spoilers``) and it was
published less than ``spoiler_hours`` ago; an article also when the paragraph it leads with
does. The user reveals a story (all its articles) with a key; revealed stories stay revealed
while the reader runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from leadout_tui.core.races.known import race_of
from leadout_tui.core.races.stages import stage_of
from leadout_tui.core.spoilers.detect import is_result
from leadout_tui.core.spoilers.hiding import SPOILER_HOURS, hidden_title, in_spoiler_window
from leadout_tui.core.store.rows import ArticleDetail, ArticleRow

__all__ = ["SpoilerGuard"]


class SpoilerGuard:
    """Whether spoilers are hidden, for how long, and the stories the user has revealed."""

    def __init__(
        self,
        now: Callable[[], datetime],
        *,
        enabled: bool = False,
        hours: float = SPOILER_HOURS,
    ) -> None:
        self.now = now
        self.enabled = enabled
        self.hours = hours
        #: Story keys (a story's id, or an ungrouped article's own id) shown in full.
        self.revealed: set[int] = set()
        self._results: dict[int, bool] = {}  # article id -> its title is a result

    def headline(self, row: ArticleRow, story: Sequence[ArticleRow] = ()) -> str | None:
        """What the list shows instead of ``row``'s title, or None to show the title.

        ``story`` are the other articles of its story: the race and stage one of them names
        tell what a hidden headline is about when its own title does not say.
        """
        if not self._guards(row.id, row.story_id, row.published or row.sort_time):
            return None
        result = self._results.get(row.id)
        if result is None:
            result = self._results[row.id] = is_result(row.title)
        return self._hidden(row.title, story) if result else None

    def article(self, detail: ArticleDetail, story: Sequence[ArticleRow] = ()) -> str | None:
        """The hidden headline of an article whose title or first paragraph gives a result
        away (its text, mentions and all are hidden then), or None to show it."""
        if not self._guards(detail.id, detail.story_id, detail.published or detail.sort_time):
            return None
        blocks = detail.document.blocks
        lead = blocks[0].text if blocks else detail.summary
        return self._hidden(detail.title, story) if is_result(detail.title, lead) else None

    @staticmethod
    def _hidden(title: str, story: Sequence[ArticleRow]) -> str:
        """The hidden headline, with the race and stage the title or its story's titles name."""
        titles = [title, *(other.title for other in story)]
        race = next(filter(None, map(race_of, titles)), None)
        stage = next((n for n in map(stage_of, titles) if n is not None), None)
        return hidden_title(title, race, stage)

    def _guards(self, article_id: int, story_id: int | None, when: datetime | None) -> bool:
        if not self.enabled or (story_id if story_id is not None else article_id) in self.revealed:
            return False
        return when is None or in_spoiler_window(when, self.now(), self.hours)
