"""Filtering by rider/team/race and full-text search, checked against the database itself."""

from __future__ import annotations

from pathlib import Path

from textual.style import Style

from leadout_tui.core.store.columns import fts_query
from leadout_tui.ui.widgets import ArticleView, MentionsPanel
from tests.ui.helpers import POGACAR, build_app, headline_ids, headlines, settle, sql
from tests.ui.screen_text import screen_text

ALL_IDS = "SELECT id FROM articles ORDER BY sort_time DESC, id DESC"


def ids_mentioning(db: Path, entity_id: str) -> set[int]:
    return {r[0] for r in sql(db, "SELECT article_id FROM mentions WHERE entity_id = ?", entity_id)}


async def test_rider_picker_narrows_to_the_articles_naming_the_rider(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        everything = headline_ids(app)
        assert everything == [r[0] for r in sql(db_path, ALL_IDS)]
        await pilot.press("f", *"poga")  # accent-blind, fuzzy
        await pilot.press("enter")
        await settle(pilot)
        expected = ids_mentioning(db_path, POGACAR)
        assert expected and len(expected) < len(everything)
        assert set(headline_ids(app)) == expected
        title = str(headlines(app).border_title)
        assert title == f"Rider: Tadej Pogačar — {len(expected)}"
        await pilot.press("escape")
        await settle(pilot)
        assert headline_ids(app) == everything
        assert str(headlines(app).border_title).startswith("All articles")


async def test_team_picker_and_cancel(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        everything = headline_ids(app)
        await pilot.press("t", *"visma")
        await pilot.press("escape")  # cancel: nothing changes
        await settle(pilot)
        assert headline_ids(app) == everything
        await pilot.press("t", *"visma", "enter")
        await settle(pilot)
        chosen = app.main.filters.entity
        assert chosen is not None and chosen.entity_id.startswith("t-visma")
        assert set(headline_ids(app)) == ids_mentioning(db_path, chosen.entity_id)
        assert str(headlines(app).border_title).startswith("Team: Team Visma | Lease a Bike")


async def test_enter_on_a_mention_filters_by_it(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab")  # headlines -> article -> mentions
        await settle(pilot)
        panel = app.main.query_one(MentionsPanel)
        assert app.focused is panel
        option = panel.get_option_at_index(panel.highlighted or 0)
        await pilot.press("enter")
        await settle(pilot)
        assert set(headline_ids(app)) == ids_mentioning(db_path, option.id or "")
        assert app.focused is headlines(app)


async def test_search_uses_full_text_and_shows_the_query(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"tourmalet", "enter")
        await settle(pilot)
        expected = {
            r[0]
            for r in sql(
                db_path,
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?",
                fts_query("tourmalet"),
            )
        }
        assert expected
        assert set(headline_ids(app)) == expected
        assert str(headlines(app).border_title) == f'Search: "tourmalet" — {len(expected)}'
        await pilot.press("slash", "ctrl+u", "enter")  # an empty search clears it
        await settle(pilot)
        assert len(headline_ids(app)) == len(sql(db_path, ALL_IDS))


async def test_the_article_marks_the_words_the_search_found(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        view = app.main.query_one(ArticleView)
        mark = view.get_component_styles("article--search").background

        def found() -> set[str]:
            content = view.content
            return {content.plain[s.start : s.end].lower() for s in content.spans
                    if isinstance(s.style, Style) and s.style.background == mark}  # fmt: skip

        assert not found()
        await pilot.press("slash", *"tourmal", "enter")
        await settle(pilot)
        assert found() == {"tourmalet"}  # a prefix finds the word, as the search does
        await pilot.press("slash", "ctrl+u", "enter")
        await settle(pilot)
        assert not found()


VUELTA = "race-vuelta-a-espana"


async def test_race_picker_narrows_to_the_articles_naming_the_race(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        everything = headline_ids(app)
        await pilot.press("c", *"vuelta")
        await settle(pilot)
        assert "Filter by race" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        expected = ids_mentioning(db_path, VUELTA)
        assert expected and len(expected) < len(everything)
        assert set(headline_ids(app)) == expected
        title = str(headlines(app).border_title)
        assert title == f"Race: Vuelta a España — {len(expected)}"


async def test_each_race_the_picker_offers_fits_on_one_line(db_path: Path) -> None:
    """Name, race line and count on one line: a wrapped count reads as another option."""
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("c", *"tour")
        await settle(pilot)
        lines = screen_text(app).splitlines()
        for race in ("Tour de France Femmes", "Vuelta a España", "Tour Down Under"):
            line = next(line for line in lines if race in line)
            assert "article" in line or "not in cache" in line, line


async def test_the_mentions_pane_lists_the_races_after_riders_and_teams(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(130, 36)) as pilot:
        await settle(pilot)
        await pilot.press("c", *"vuelta", "enter")
        await settle(pilot)
        await pilot.press("tab", "tab")  # headlines -> article -> mentions
        await settle(pilot)
        panel = app.main.query_one(MentionsPanel)
        lines = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        headings = [line for line in lines if line.startswith(("Riders (", "Teams (", "Races ("))]
        assert headings[-1] == "Races (1)"
        race_line = lines[lines.index("Races (1)") + 1]
        assert race_line.startswith("Vuelta a España")
        assert "grand tour · August/September · men" in race_line
