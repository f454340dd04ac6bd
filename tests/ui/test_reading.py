"""Opening, read/star state (persisting across restarts), the help screen and layouts."""

from __future__ import annotations

from pathlib import Path

from textual.binding import Binding
from textual.widget import Widget

from leadout_tui.ui.screens import HelpScreen, MainScreen
from leadout_tui.ui.widgets import ArticleView, MentionsPanel
from tests.ui.helpers import build_app, headline_ids, headlines, settle, sql
from tests.ui.screen_text import screen_text


async def test_opening_marks_read_and_read_star_survive_a_restart(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        first, second, third = headline_ids(app)[:3]
        await pilot.press("enter")  # open the first: read, focus moves to the article
        await settle(pilot)
        assert app.focused is app.main.query_one(ArticleView)
        assert app.main.query_one(ArticleView).article.id == first  # type: ignore[union-attr]
        await pilot.press("escape", "j", "s")  # back to the list, star the second
        await pilot.press("j", "u", "u", "u")  # third: read, unread, read
        await settle(pilot)
    again = build_app(db_path)
    async with again.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        rows = {row.id: row for row in headlines(again).rows}
        assert rows[first].read and not rows[first].starred
        assert rows[second].starred and not rows[second].read
        assert rows[third].read
        assert sql(db_path, "SELECT id FROM articles WHERE starred = 1") == [(second,)]
        await pilot.press("S")  # starred only
        await settle(pilot)
        assert headline_ids(again) == [second]
        assert str(headlines(again).border_title) == "Starred — 1"


async def test_moving_shows_the_article_and_its_mentions(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        ids = headline_ids(app)
        await pilot.press("G")
        await settle(pilot)
        view = app.main.query_one(ArticleView)
        assert view.article is not None and view.article.id == ids[-1]
        assert not view.article.read  # moving only previews
        await pilot.press("g", "j")
        await settle(pilot)
        assert view.article.id == ids[1]
        names = {m.name for m in view.article.mentions}
        panel = app.main.query_one(MentionsPanel)
        shown = {panel.get_option_at_index(i).id for i in range(panel.option_count)}
        assert {m.entity_id for m in view.article.mentions} <= shown
        assert names


async def test_summary_only_article_shows_the_note(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(220, 36)) as pilot:
        await settle(pilot)
        (missing,) = sql(db_path, "SELECT id FROM articles WHERE url LIKE '%missing.html'")
        index = headline_ids(app).index(missing[0])
        headlines(app).cursor = index
        await settle(pilot)
        text = screen_text(app)
        assert "Only the feed summary is available (page: HTTP 404" in text
        assert "Jasper Philipsen and Alpecin-Premier Tech expect echelons" in text


async def test_help_screen_lists_every_key(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for needle in ("Filter the headlines by a rider", "Filter the headlines by a team",
                       "Full-text search", "Fetch the feeds now", "Toggle read",
                       "Star or unstar", "Show starred only", "Open in the browser",
                       "Clear filters", "Quit leadout-tui", "Cycle feeds, headlines",
                       "Command palette"):  # fmt: skip
            assert needle in text, needle
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_command_palette_offers_the_main_keys(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Rider", "Team", "Search", "Refresh", "Starred", "Help"} <= titles


def on_screen(widget: Widget) -> bool:
    return bool(widget.region)


async def test_narrow_terminal_shows_one_pane_and_tab_switches(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        main = app.main
        listing = headlines(app)
        article, mentions = main.query_one(ArticleView), main.query_one(MentionsPanel)
        assert main.has_class("-narrow")
        assert on_screen(listing) and not on_screen(article) and not on_screen(mentions)
        assert listing.region.width == 80
        await pilot.press("tab")
        await settle(pilot)
        assert on_screen(article) and not on_screen(listing) and app.focused is article
        await pilot.press("tab")
        await settle(pilot)
        assert on_screen(mentions) and not on_screen(article) and app.focused is mentions
        await pilot.press("shift+tab", "shift+tab")
        await settle(pilot)
        assert on_screen(listing) and app.focused is listing
        await pilot.press("enter")  # opening shows the article pane
        await settle(pilot)
        assert on_screen(article) and not on_screen(listing)
        await pilot.press("escape")  # and Esc goes back to the list
        await settle(pilot)
        assert on_screen(listing)
        await pilot.resize_terminal(130, 36)
        await settle(pilot)
        assert main.has_class("-wide") and on_screen(article) and on_screen(mentions)


async def test_medium_terminal_folds_mentions_under_the_article(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        article = app.main.query_one(ArticleView)
        mentions = app.main.query_one(MentionsPanel)
        assert app.main.has_class("-medium")
        assert mentions.region.y > article.region.y
        assert mentions.region.x == article.region.x


async def test_a_narrow_headline_list_gives_the_feed_names_room_to_the_titles(
    db_path: Path,
) -> None:
    """At 160 columns each line names its feed; at 100 the list is too narrow for both, and the
    titles get the room (the article pane names the feed)."""
    for width, feed_shown in ((160, True), (100, False)):
        app = build_app(db_path)
        async with app.run_test(size=(width, 30)) as pilot:
            await settle(pilot)
            listing = headlines(app)
            row = listing.rows[0]
            area = listing.content_region
            line = screen_text(app).splitlines()[area.y][area.x : area.right]
            assert (row.feed_title[:8] in line) == feed_shown, line
            title_start = line.index(row.title[:10])
            shown_title = line[title_start:].split("…")[0].split("   ")[0]
            assert len(shown_title) >= (30 if feed_shown else 24), line


async def test_a_feed_name_in_wide_characters_keeps_the_line_to_its_width(
    db_path: Path,
) -> None:
    """Each CJK character takes two columns: the line still ends with the rider count."""
    sql(db_path, "UPDATE feeds SET title = '自転車ロードレース速報'")
    app = build_app(db_path)
    async with app.run_test(size=(160, 30)) as pilot:
        await settle(pilot)
        listing = headlines(app)
        row = listing.rows[0]
        line = screen_text(app).splitlines()[listing.content_region.y]
        assert "自転車ロード" in line
        assert f" {row.rider_count}│" in line, line  # the count, then the pane's border


async def test_q_quits_from_the_headlines(db_path: Path) -> None:
    app = build_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert not app.is_running
    assert app.return_code == 0


def test_every_key_of_the_reader_names_an_action_that_exists(db_path: Path) -> None:
    app = build_app(db_path)
    for binding in MainScreen.BINDINGS:
        assert isinstance(binding, Binding)
        action = binding.action.split("(")[0]
        target = app if action.startswith("app.") else MainScreen
        name = action.removeprefix("app.")
        assert hasattr(target, f"action_{name}"), binding.key


async def test_the_scrollbar_follows_each_articles_length(db_path: Path) -> None:
    """Moving from a long article to a short one and back shows and hides the scrollbar,
    sizes its thumb to the article, and End still reaches the last line."""
    app = build_app(db_path)
    async with app.run_test(size=(120, 20)) as pilot:
        await settle(pilot)
        view = app.main.query_one(ArticleView)
        seen = set()
        for _ in range(len(headline_ids(app))):
            await settle(pilot)
            longer = view.virtual_size.height > view.scrollable_content_region.height
            seen.add(longer)
            assert view.show_vertical_scrollbar == longer
            if longer:
                assert view.vertical_scrollbar.window_virtual_size == view.virtual_size.height
                view.scroll_end(animate=False, immediate=True)
                await settle(pilot)
                assert view.scroll_y == view.max_scroll_y > 0
            await pilot.press("j")
        assert seen == {True, False}
