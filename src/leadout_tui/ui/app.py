"""The Textual app: opens the cache at once, loads the names and refreshes in workers.

The app owns what the main screen shows besides the cache itself: the status line
(:attr:`LeadoutApp.status`), the riders and teams once loaded (:attr:`LeadoutApp.names`) and a
counter bumped whenever a refresh stored something (:attr:`LeadoutApp.articles_changed`). The
screen watches these reactives and asks for work with messages, so the app calls the screen
only to create it. ``make_app`` builds the app for ``ui.launch``, the tests and the screenshots.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, tzinfo
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from leadout_tui.config import Config
from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.models import utc_now
from leadout_tui.core.refresh.progress import RefreshProgress
from leadout_tui.core.store.db import Store
from leadout_tui.core.text import clean_text
from leadout_tui.notify import run_notify_command
from leadout_tui.ui import longlived
from leadout_tui.ui.background import RefreshChild
from leadout_tui.ui.keys import check_keymap
from leadout_tui.ui.messages import (
    RefreshFailed,
    RefreshFinished,
    RefreshProgressed,
    RefreshRequested,
    ScreenReady,
)
from leadout_tui.ui.render import format_age, format_local_time
from leadout_tui.ui.screens.main import MainScreen
from leadout_tui.ui.state import load_theme, save_theme
from leadout_tui.ui.widgets.status_line import Status

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from leadout_tui.core.names.loader import Names

__all__ = ["LeadoutApp", "make_app"]

Clock = Callable[[], datetime]
#: Seconds the reader's own writes wait for another program's write lock.
UI_BUSY_TIMEOUT = 1.0


class LeadoutApp(App[None]):
    """The reader. Reads and read/star writes use :attr:`store` (this thread's connection)."""

    CSS_PATH = "app.tcss"
    TITLE = "leadout-tui"

    status: reactive[Status] = reactive(Status(""), init=False)
    """The status line: refresh progress, then the last refresh or the last error."""
    names: reactive[Names | None] = reactive(None, init=False)
    """The riders and teams, once loaded in the background (None until then)."""
    articles_changed: reactive[int] = reactive(0, init=False)
    """Bumped after a refresh stored new or changed articles: the headlines are read again."""

    def __init__(
        self,
        store: Store,
        *,
        config: Config,
        now: Clock = utc_now,
        tz: tzinfo | None = None,
        refresh_on_start: bool | None = None,
        refresh_urls: list[str] | None = None,
        load_names: bool = True,
        cursor_blink: bool = True,
        refresh_every: float | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.config = config
        self.now = now
        self.tz = tz
        self.refresh_on_start = refresh_on_start
        self.refresh_urls = refresh_urls
        self.load_names = load_names
        self.cursor_blink = cursor_blink
        #: Seconds between refreshes while open (``refresh_interval_minutes``; 0: never).
        self.refresh_every = (
            refresh_every if refresh_every is not None else config.refresh_interval_minutes * 60
        )
        self.refreshing = False
        self._refresh_child = RefreshChild()
        self._key_problems: list[str] = []
        saved_theme = load_theme()
        if saved_theme in self.available_themes:
            self.theme = saved_theme

    def get_default_screen(self) -> Screen[None]:
        keys, self._key_problems = check_keymap(self.config.keys)
        self.set_keymap(keys)
        return MainScreen(
            self.store,
            now=self.now,
            tz=self.tz,
            keys=keys,
            group_stories=self.config.group_stories,
            spoiler_free=self.config.spoiler_free,
            spoiler_hours=self.config.spoiler_hours,
        )

    @property
    def main(self) -> MainScreen:
        screen = self.screen_stack[0]
        assert isinstance(screen, MainScreen)
        return screen

    @on(ScreenReady)
    def _screen_ready(self) -> None:
        """The main screen shows the cache: now start the background work."""
        try:
            self.status = Status(self._last_refresh_text())
        except LeadoutError as exc:
            self.show_error(f"Cannot read the database: {exc}")
            return
        if self.store.read_only:
            self.show_error(
                f"{self.store.path} is read-only: reading works, but read/star marks and "
                "refreshes cannot be saved"
            )
        for problem in self._key_problems:
            self.notify(problem, severity="warning", timeout=10)
        if self.refresh_every:
            self.set_interval(self.refresh_every, self._refresh_on_schedule, name="live refresh")
        # After the first paint: the worker threads would compete with it for the GIL.
        self.call_after_refresh(self._start_background_work)

    def _start_background_work(self) -> None:
        longlived.settle()  # what the first paint needed (modules, widgets, styles) stays
        if self.load_names:
            self._load_names()
        if self._should_refresh_now():
            self.start_refresh()

    def on_unmount(self) -> None:
        self._refresh_child.stop()
        self.store.close()
        longlived.release()

    # -- names ---------------------------------------------------------------------------------

    @work(thread=True, exit_on_error=False, group="names")
    def _load_names(self) -> None:
        try:
            names = self.config.names_source().load()
            names.gazetteer.prepare()  # ~90 ms of a frame when the first article is drawn
        except Exception as exc:  # the UI falls back to cached names; say why, never crash
            self.call_from_thread(self.notify, f"Rider data unavailable: {exc}", severity="warning")
            return
        self.call_from_thread(self._names_loaded, names)

    def _names_loaded(self, names: Names) -> None:
        self.names = names
        longlived.settle()  # the gazetteer stays for the whole session

    # -- refresh -------------------------------------------------------------------------------

    def _should_refresh_now(self) -> bool:
        if self.store.read_only:
            return False
        if self.refresh_on_start is not None:
            return self.refresh_on_start
        try:
            last = self.store.last_refresh
            has_feeds = bool(self.store.list_feeds())
        except LeadoutError:
            return False  # already said at start
        interval = timedelta(minutes=self.config.refresh_interval_minutes)
        return has_feeds and (last is None or self.now() - last > interval)

    @on(RefreshRequested)
    def _refresh_requested(self) -> None:
        self.start_refresh()

    def _refresh_on_schedule(self) -> None:
        """Every ``refresh_interval_minutes`` while the reader is open; never two at once."""
        if not self.refreshing and not self.store.read_only and self.store.file_is_current():
            self.start_refresh()

    def start_refresh(self) -> None:
        """Refresh in a worker thread; the UI keeps working and updates when it ends."""
        if self.refreshing:
            self.notify("A refresh is already running.", timeout=2)
            return
        if self.store.read_only:
            self.show_error(f"{self.store.path} is read-only: a refresh cannot store anything")
            return
        if not self.store.file_is_current():
            # A refresh would create a new, empty file there and fill it behind our back.
            self.show_error(
                f"The database {self.store.path} was deleted or replaced while leadout-tui "
                "ran: restart it to refresh"
            )
            return
        self.refreshing = True
        self.status = Status("Refreshing…", busy=True)
        self._refresh_worker()

    @work(thread=True, exclusive=True, exit_on_error=False, group="refresh")
    def _refresh_worker(self) -> None:
        def report(progress: RefreshProgress) -> None:
            self.post_message(RefreshProgressed(progress))

        try:
            summary = self._refresh_child.run(
                self.store.path, self.config.refresh_options(), self.refresh_urls, report
            )
        except Exception as exc:  # shown in the status line, never as a traceback
            self.post_message(RefreshFailed(str(exc) or type(exc).__name__))
        else:
            self.post_message(RefreshFinished(summary))

    @on(RefreshProgressed)
    def _progress(self, event: RefreshProgressed) -> None:
        if self.refreshing:
            self.status = Status(f"Refreshing {event.progress.describe()}", busy=True)

    @on(RefreshFinished)
    def _finished(self, event: RefreshFinished) -> None:
        self.refreshing = False
        summary = event.summary
        self.articles_changed += 1
        failures = summary.feed_failures
        text = f"{self._last_refresh_text()} — {summary.describe()}"
        if failures:
            url, reason = failures[0]
            more = f" (+{len(failures) - 1} more)" if len(failures) > 1 else ""
            text += f" — {url}: {reason}{more}"
        self.status = Status(text, error=bool(failures) and not summary.feeds_ok)
        if summary.followed.articles:
            news = summary.followed.describe()
            self.notify(news, title="Following", timeout=8)
            if self.config.notify_command:
                self._run_notify_command(self.config.notify_command, news)
        elif summary.new_articles:
            self.notify(f"{summary.new_articles} new articles.", timeout=3)
        if summary.new_articles and self.config.notify_bell:
            self.bell()

    @work(thread=True, exit_on_error=False, group="notify")
    def _run_notify_command(self, command: str, news: str) -> None:
        """``notify_command`` with the news of what is followed (in a thread: it may be slow)."""
        problem = run_notify_command(command, news)
        if problem:
            self.call_from_thread(self.notify, problem, severity="warning", timeout=8)

    @on(RefreshFailed)
    def _failed(self, event: RefreshFailed) -> None:
        self.refreshing = False
        self.show_error(f"Refresh failed: {event.error}")

    def watch_theme(self, theme: str) -> None:
        save_theme(theme)

    async def action_quit(self) -> None:
        """Quit, remembering the view (filters, article, reading position) for next time."""
        if self.screen_stack:
            self.main.save_state()
        self.exit()

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every toast is plain, clean text: what it names (a rider, a feed, an error) may come
        from the web, and ``[brackets]`` in it are not markup."""
        super().notify(
            clean_text(message), title=clean_text(title), severity=severity, timeout=timeout,
            markup=False,
        )  # fmt: skip

    def show_error(self, text: str) -> None:
        self.status = Status(text, error=True)
        self.notify(text, severity="error", timeout=6)

    def _last_refresh_text(self) -> str:
        last = self.store.last_refresh
        if last is None:
            return "Never refreshed — press r"
        age = format_age(last, self.now())
        ago = "just now" if age == "now" else f"{age} ago"
        return f"Last refresh {format_local_time(last, self.tz)} ({ago})"

    # -- command palette -----------------------------------------------------------------------

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if isinstance(screen, MainScreen):
            yield SystemCommand(
                "Group stories",
                "One line per story, or every article on its own (group_stories)",
                screen.action_toggle_stories,
            )
            for binding in screen.BINDINGS:
                if isinstance(binding, Binding) and binding.description:
                    key = binding.key.replace("question_mark", "?").replace("slash", "/")
                    yield SystemCommand(
                        binding.description,
                        binding.tooltip or f"Key: {key}",
                        partial(screen.run_action, binding.action),
                    )


def make_app(
    db_path: Path,
    *,
    config: Config | None = None,
    now: Clock | None = None,
    tz: tzinfo | None = None,
    refresh_on_start: bool | None = None,
    refresh_urls: list[str] | None = None,
    load_names: bool = True,
    cursor_blink: bool = True,
    refresh_every: float | None = None,
) -> LeadoutApp:
    """Open the database and build the app (raises ``StoreError`` for an unusable file)."""
    return LeadoutApp(
        # Short: a write from the reader (read, star) must not freeze it behind another's lock.
        Store.open(db_path, busy_timeout=UI_BUSY_TIMEOUT),
        config=config or Config(),
        now=now or utc_now,
        tz=tz,
        refresh_on_start=refresh_on_start,
        refresh_urls=refresh_urls,
        load_names=load_names,
        cursor_blink=cursor_blink,
        refresh_every=refresh_every,
    )
