"""The headline list's lines when stories are grouped: one line per story, and a story's
articles under it while it is expanded.

Pure: rows in, lines out, so it is unit-tested without a screen. A story's line stands where its
newest listed article would and shows the article :func:`headline_of` picks among the listed
ones (the fullest title, then the newest); its articles follow it, newest first, when expanded.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from leadout_tui.core.store.rows import ArticleRow
from leadout_tui.core.stories.articles import StoryArticle
from leadout_tui.core.stories.headline import headline_of

__all__ = ["HeadlineLine", "headline_lines", "story_headlines", "story_key"]


@dataclass(frozen=True, slots=True)
class HeadlineLine:
    """One line of the list: an article, a story (``members``: its listed articles, newest
    first, two or more), or an article of an expanded story (``in_story``: that story's key)."""

    row: ArticleRow
    members: tuple[ArticleRow, ...] = ()
    in_story: int | None = None
    expanded: bool = False

    @property
    def is_story(self) -> bool:
        return len(self.members) > 1

    @property
    def story(self) -> int:
        """The key of the story this line belongs to (an ungrouped article is its own)."""
        return self.in_story if self.in_story is not None else story_key(self.row)

    @property
    def read(self) -> bool:
        """A story is read when all its listed articles are."""
        return all(row.read for row in self.members) if self.is_story else self.row.read

    @property
    def articles(self) -> tuple[ArticleRow, ...]:
        return self.members if self.is_story else (self.row,)


def story_key(row: ArticleRow) -> int:
    """A row's story id, or its own id while it is in none."""
    return row.story_id if row.story_id is not None else row.id


def headline_lines(
    rows: Sequence[ArticleRow],
    *,
    grouped: bool,
    expanded: Collection[int] = (),
    headlines: Mapping[int, int] | None = None,
) -> list[HeadlineLine]:
    """The lines for ``rows`` (newest first): one per article, or, ``grouped``, one per story
    with the articles of the ``expanded`` stories under theirs.

    ``headlines`` (from :func:`story_headlines`, computed off the UI thread for a big list)
    says which article heads each story; a story missing from it is worked out here.
    """
    if not grouped:
        return [HeadlineLine(row) for row in rows]
    chosen = headlines or {}
    lines: list[HeadlineLine] = []
    for key, members in _stories(rows).items():
        if len(members) == 1:
            lines.append(HeadlineLine(members[0]))
            continue
        is_open = key in expanded
        head = next((row for row in members if row.id == chosen.get(key)), None)
        head = head or _headline(members)
        lines.append(HeadlineLine(head, tuple(members), expanded=is_open))
        if is_open:
            lines.extend(HeadlineLine(row, in_story=key) for row in members)
    return lines


def story_headlines(rows: Sequence[ArticleRow]) -> dict[int, int]:
    """Story key -> the id of the article whose title it shows, for every story of two or more
    of ``rows`` (about 20 µs an article: a worker thread's job for a cache of 50,000)."""
    return {
        key: _headline(members).id for key, members in _stories(rows).items() if len(members) > 1
    }


def _stories(rows: Sequence[ArticleRow]) -> dict[int, list[ArticleRow]]:
    """Story key -> its rows, in the order of the stories' newest rows."""
    stories: dict[int, list[ArticleRow]] = {}
    for row in rows:
        stories.setdefault(story_key(row), []).append(row)
    return stories


def _headline(members: Sequence[ArticleRow]) -> ArticleRow:
    """The member whose title the story shows (the list knows titles only, not leads)."""
    chosen = headline_of(
        [StoryArticle(row.id, row.feed_id, row.title, row.sort_time) for row in members]
    )
    return next(row for row in members if row.id == chosen.article_id)
