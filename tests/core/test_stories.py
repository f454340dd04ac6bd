"""Story grouping: the rules, one test (or a few) each, on small sets of articles written here."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from leadout_tui.core.stories.articles import StoryArticle
from leadout_tui.core.stories.grouping import WINDOW, assign, regroup
from leadout_tui.core.stories.headline import headline_of
from leadout_tui.core.stories.terms import name_words, terms_of, words

START = datetime(2026, 7, 8, 15, 30, tzinfo=UTC)
POGACAR, VINGEGAARD = "r-tadej-pogacar", "r-jonas-vingegaard"
EVENEPOEL, VISMA = "r-remco-evenepoel", "t-visma-lease-a-bike"


def article(
    article_id: int,
    title: str,
    lead: str = "",
    *,
    feed: int = 1,
    hours: float = 0.0,
    entities: tuple[str, ...] = (),
) -> StoryArticle:
    return StoryArticle(
        article_id=article_id,
        feed_id=feed,
        title=title,
        published=START + timedelta(hours=hours),
        entities=frozenset(entities),
        lead=lead,
    )


def stage_5(first_id: int = 1, hours: float = 0.0) -> list[StoryArticle]:
    """One stage told by three outlets in different words, the first at ``hours``."""
    return [
        article(first_id, "Pogačar wins stage 5 at Hautacam and takes yellow",
                "Tadej Pogačar attacked four kilometres from the top and won alone.",
                feed=1, hours=hours, entities=(POGACAR, VINGEGAARD)),
        article(first_id + 1, "Tadej Pogačar storms to victory on Hautacam to seize yellow",
                "The world champion left Jonas Vingegaard 40 seconds behind on the summit.",
                feed=2, hours=hours + 0.5, entities=(POGACAR, VINGEGAARD)),
        article(first_id + 2, "Pogačar slaat toe op Hautacam en pakt het geel",
                "Tadej Pogačar wint de vijfde etappe, Jonas Vingegaard verliest 40 seconden.",
                feed=3, hours=hours + 1, entities=(POGACAR, VINGEGAARD)),
    ]  # fmt: skip


def stories(found: dict[int, int]) -> list[set[int]]:
    """The articles of each story, as sets, in order of their story id."""
    members: dict[int, set[int]] = {}
    for article_id, story in found.items():
        members.setdefault(story, set()).add(article_id)
    return [members[story] for story in sorted(members)]


def test_one_event_told_in_different_words_is_one_story() -> None:
    found = regroup(stage_5())
    assert stories(found) == [{1, 2, 3}]
    assert set(found.values()) == {1}  # a story's id is its first article's


def test_two_stages_of_one_race_are_two_stories() -> None:
    stage_6 = [
        article(11, "Philipsen wins stage 6 as Pogačar keeps yellow",
                "Tadej Pogačar stayed safe; Jonas Vingegaard finished in the bunch.",
                feed=1, hours=24, entities=(POGACAR, VINGEGAARD, "r-jasper-philipsen")),
        article(12, "Pogačar still in yellow after stage 6 in Toulouse",
                "Tadej Pogačar and Jonas Vingegaard were never in trouble.",
                feed=2, hours=24.5, entities=(POGACAR, VINGEGAARD)),
    ]  # fmt: skip
    assert stories(regroup([*stage_5(), *stage_6])) == [{1, 2, 3}, {11, 12}]


def test_a_preview_and_the_report_of_the_same_stage_are_two_stories() -> None:
    preview = article(
        20, "Stage 5 preview: Pogačar and Vingegaard meet on Hautacam",
        "Tadej Pogačar and Jonas Vingegaard face the first summit finish at Hautacam.",
        hours=-9, entities=(POGACAR, VINGEGAARD),
    )  # fmt: skip
    assert stories(regroup([preview, *stage_5()])) == [{1, 2, 3}, {20}]


def test_transfer_news_and_a_stage_report_about_the_same_riders_are_two_stories() -> None:
    rumour = [
        article(30, "Vingegaard in transfer talks over a 2027 move, reports claim",
                "Jonas Vingegaard has spoken to two teams about leaving Visma-Lease a Bike.",
                feed=1, hours=3, entities=(VINGEGAARD, VISMA)),
        article(31, "Visma deny Vingegaard transfer talks after Hautacam",
                "Visma-Lease a Bike say Jonas Vingegaard is not leaving in 2027.",
                feed=2, hours=12, entities=(VINGEGAARD, VISMA)),
    ]  # fmt: skip
    assert stories(regroup([*stage_5(), *rumour])) == [{1, 2, 3}, {30, 31}]


def test_a_crash_and_the_teams_statement_the_next_day_are_one_story() -> None:
    crash = [
        article(40, "Evenepoel crashes heavily in the finale of stage 6",
                "Remco Evenepoel went down two kilometres from the finish in Toulouse.",
                hours=0, entities=(EVENEPOEL,)),
        article(41, "Evenepoel has no fractures after his crash and will start stage 7",
                "X-rays showed no broken bones after Remco Evenepoel's crash in stage 6.",
                feed=2, hours=15, entities=(EVENEPOEL,)),
    ]  # fmt: skip
    assert stories(regroup(crash)) == [{40, 41}]


def test_articles_are_compared_within_the_window_and_its_ends_are_included() -> None:
    first = article(1, "Pogačar wins stage 5 at Hautacam", entities=(POGACAR,))
    again = replace(first, article_id=2, feed_id=2)
    hours = WINDOW.total_seconds() / 3600
    assert stories(regroup([first, replace(again, published=first.published + WINDOW)])) == [{1, 2}]
    late = replace(again, published=first.published + WINDOW + timedelta(seconds=1))
    assert stories(regroup([first, late])) == [{1}, {2}]
    narrow = timedelta(hours=hours / 2)
    half = replace(again, published=first.published + narrow + timedelta(minutes=1))
    assert stories(regroup([first, half], window=narrow)) == [{1}, {2}]


def test_the_same_feed_publishing_the_same_title_again_is_one_story() -> None:
    first = article(1, "UCI to trial a gear ratio limit")  # no rider, no team: words only
    repost = replace(first, article_id=2, published=first.published + timedelta(hours=5))
    other_news = article(3, "Lidl-Trek reveal their kit for the final week", hours=1)
    assert stories(regroup([first, repost, other_news])) == [{1, 2}, {3}]


def test_one_feeds_articles_on_different_events_the_same_day_stay_apart() -> None:
    report = stage_5()[0]
    contract = article(
        50, "Skjelmose extends his contract with Lidl-Trek until 2029",
        "Mattias Skjelmose has signed a new three-year deal.",
        feed=report.feed_id, hours=2, entities=("r-mattias-skjelmose", "t-lidl-trek"),
    )  # fmt: skip
    assert stories(regroup([report, contract])) == [{1}, {50}]


def test_the_same_words_about_other_riders_are_another_story() -> None:
    skjelmose = article(60, "Skjelmose extends his contract until 2029",
                        entities=("r-mattias-skjelmose", "t-lidl-trek"))  # fmt: skip
    kopecky = article(61, "Kopecky extends her contract until 2028", feed=2, hours=2,
                      entities=("r-lotte-kopecky", "t-sd-worx-protime"))  # fmt: skip
    assert stories(regroup([skjelmose, kopecky])) == [{60}, {61}]


def test_new_articles_join_the_stories_already_stored() -> None:
    stored = [replace(a, story_id=1) for a in stage_5()[:2]]
    late = stage_5()[2]
    assert assign([late], stored) == {3: 1}


def test_a_new_article_that_matches_nothing_starts_its_own_story() -> None:
    stored = [replace(a, story_id=1) for a in stage_5()[:2]]
    test = article(70, "Tested: the new Shimano Dura-Ace groupset", hours=2)
    assert assign([test], stored) == {70: 70}


def test_an_article_with_no_words_to_compare_starts_its_own_story() -> None:
    stored = [replace(a, story_id=1) for a in stage_5()[:2]]
    only_function_words = article(71, "De", hours=1)  # a title that is one Dutch article
    assert assign([only_function_words], stored) == {71: 71}
    assert assign([only_function_words], []) == {71: 71}


def test_stored_articles_outside_the_window_are_not_compared() -> None:
    stored = [replace(a, story_id=1) for a in stage_5()]
    week_later = replace(stage_5()[0], article_id=80, published=START + timedelta(days=7))
    assert assign([week_later], stored) == {80: 80}


def test_a_stored_article_without_a_story_counts_as_its_own() -> None:
    ungrouped = stage_5()[0]
    assert assign(stage_5()[1:], [ungrouped]) == {2: 1, 3: 1}


def test_new_articles_are_taken_in_order_of_publication() -> None:
    earliest_last = list(reversed(stage_5(first_id=5)))
    assert set(assign(earliest_last, []).values()) == {5}


def test_regroup_starts_afresh() -> None:
    wrongly_stored = [replace(a, story_id=99) for a in stage_5()]
    assert set(regroup(wrongly_stored).values()) == {1}


def test_nothing_new_is_nothing_to_group() -> None:
    assert assign([], stage_5()) == {}


def test_an_article_needs_an_aware_publication_time() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        replace(stage_5()[0], published=datetime(2026, 7, 8, 15, 30))  # noqa: DTZ001


def test_the_headline_is_the_title_that_says_most_of_the_story() -> None:
    results = article(4, "Tour de France 2026 stage 5 results", feed=1, hours=1.5,
                      entities=(POGACAR, VINGEGAARD, EVENEPOEL))  # fmt: skip
    quote = article(5, "'I'm not worried' - Vingegaard stays calm", feed=4, hours=2,
                    entities=(VINGEGAARD,))  # fmt: skip
    members = [*stage_5(), results, quote]
    assert (
        headline_of(members).title == "Tadej Pogačar storms to victory on Hautacam to seize yellow"
    )


def test_between_titles_that_say_as_much_the_newest_is_the_headline() -> None:
    first, second = article(1, "Ganna wins the time trial"), article(2, "Ganna wins the time trial",
                                                                      feed=2, hours=1)  # fmt: skip
    assert headline_of([first, second]) is second
    assert headline_of([first]) is first
    with pytest.raises(ValueError, match="at least one"):
        headline_of([])


def test_terms_mark_stages_previews_and_kinds_of_news() -> None:
    report = terms_of("Red Bull: Evenepoel will start stage 7", "He crashed in stage 6.")
    assert report.stages == {6, 7} and not report.preview and report.kind == "report"
    assert terms_of("Stage 12 preview: Hautacam").preview
    assert terms_of("Visma deny Vingegaard talk", "He will honour his contract.").kind == (
        "transfer"
    )
    assert terms_of("Juan Ayuso on life at Lidl-Trek").kind == "interview"
    assert terms_of("Pogačar: 'Jonas was stronger'").kind == "report"  # a reaction


def test_the_words_of_a_name_come_from_its_id_stemmed_like_the_text() -> None:
    assert name_words("r-tadej-pogacar") == set(words("Tadej Pogačar"))
    assert name_words("r-mads-pedersen") == set(words("Mads Pedersen"))
    assert name_words("t-visma-lease-a-bike") == set(words("Visma-Lease a Bike"))
