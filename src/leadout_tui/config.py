"""User configuration: ``config.toml`` in the config directory, read into a frozen dataclass.

Every key is optional::

    refresh_interval_minutes = 30   # the reader refreshes this often (and on start when older)
    concurrency = 32                # requests in flight at once
    per_host = 4                    # requests in flight per host
    fetch_articles = true           # fetch and extract each new article's page
    timeout_seconds = 20            # total time allowed for one request
    busy_timeout_seconds = 30       # how long a write waits for another program's write
    keep_days = 90                  # read, unstarred articles older are deleted (0: never)
    notify_bell = false             # ring the terminal bell when a refresh brings new articles
    notify_command = ""             # run with "3 new: Pogačar ×2, ..." after a refresh brings
                                    #   news of what you follow, e.g. "notify-send leadout-tui"
    group_stories = true            # one headline row per story (the same news from many feeds)
    story_hours = 36                # articles this close in time may be one story
    spoiler_free = false            # hide race results (also: --spoiler-free, or a key)
    spoiler_hours = 36              # results stay hidden this long after they are published

    [[ignore]]                      # entries never stored (regexes, case-insensitive)
    title = "deal|buying guide|live:"
    url = "/live-"                  # title and/or url; both must match when both are given
    feed = "https://road.cc/rss"    # optional: only this feed

    [[feed]]                        # per-feed settings
    url = "https://example.com/rss"
    user_agent = "Mozilla/5.0 ..."  # for sites that refuse readers (HTTP 403/406)

    [keys]                          # remap keys: action = "key[,key...]" (see the help screen)
    mark_all_read = "ctrl+a"
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from leadout_tui import paths
from leadout_tui.core.errors import LeadoutError
from leadout_tui.core.net.limits import CONCURRENCY, PER_HOST

if TYPE_CHECKING:
    from leadout_tui.core.feeds.ignore import IgnoreRule
    from leadout_tui.core.names.loader import NamesSource
    from leadout_tui.core.refresh.pipeline import RefreshOptions

_SCALARS = {"refresh_interval_minutes", "concurrency", "per_host", "fetch_articles",
            "timeout_seconds", "busy_timeout_seconds", "keep_days", "notify_bell",
            "notify_command", "group_stories", "story_hours", "spoiler_free",
            "spoiler_hours"}  # fmt: skip
_FEED_KEYS = {"url", "user_agent"}
_IGNORE_KEYS = {"title", "url", "feed"}


@dataclass(frozen=True)
class Config:
    """Settings with sane defaults; see the module docstring for the file format."""

    refresh_interval_minutes: int = 30
    concurrency: int = CONCURRENCY
    per_host: int = PER_HOST
    fetch_articles: bool = True
    timeout_seconds: float = 20.0
    busy_timeout_seconds: float = 30.0
    keep_days: int = 90
    notify_bell: bool = False
    notify_command: str = ""
    group_stories: bool = True
    story_hours: int = 36
    spoiler_free: bool = False
    spoiler_hours: int = 36
    ignore: tuple[IgnoreRule, ...] = ()
    #: Feed URL -> the User-Agent to send it (and its pages).
    user_agents: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: Action name -> keys, as the user wrote them (checked against the bindings by the reader).
    keys: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def gazetteer_file(self) -> Path:
        """The user's own riders, teams and aliases (entries there win over the bundled data)."""
        return paths.config_dir() / "gazetteer.toml"

    def names_source(self) -> NamesSource:
        """The riders and teams: bundled, the user's file on top, compiled form cached."""
        from leadout_tui.core.names.loader import NamesSource

        return NamesSource(self.gazetteer_file, paths.cache_dir())

    def refresh_options(self) -> RefreshOptions:
        """What the core's refresh needs to know of these settings."""
        from leadout_tui.core.refresh.pipeline import RefreshOptions

        return RefreshOptions(
            fetch_articles=self.fetch_articles,
            concurrency=self.concurrency,
            per_host=self.per_host,
            timeout=self.timeout_seconds,
            names=self.names_source(),
            busy_timeout=self.busy_timeout_seconds,
            ignore=self.ignore,
            user_agents=dict(self.user_agents),
            keep_days=self.keep_days,
            story_window=timedelta(hours=self.story_hours),
        )


def config_file() -> Path:
    """The config file's location."""
    return paths.config_dir() / "config.toml"


def load_config(path: Path | None = None) -> Config:
    """Read the config file; a missing file means defaults, a broken one a clear error."""
    path = path or config_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError) as exc:
        raise LeadoutError(f"cannot read config {path}: {exc}") from exc
    import tomllib  # only when there is a file to read

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LeadoutError(f"cannot read config {path}: {exc}") from exc
    try:
        return _parse(raw)
    except LeadoutError as exc:
        raise LeadoutError(f"{path}: {exc}") from None


def _parse(raw: dict[str, Any]) -> Config:
    unknown = sorted(set(raw) - _SCALARS - {"ignore", "feed", "keys"})
    if unknown:
        raise LeadoutError(f"unknown setting(s): {', '.join(unknown)}")
    defaults = Config()
    values: dict[str, Any] = {}
    for key in _SCALARS & set(raw):
        value, expected = raw[key], type(getattr(defaults, key))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise LeadoutError(f"{key} must be {expected.__name__}, not {value!r}")
        if expected in (int, float) and value < 0:
            raise LeadoutError(f"{key} must not be negative, not {value!r}")
        values[key] = value
    if "ignore" in raw:
        values["ignore"] = _ignore_rules(raw["ignore"])
    if "feed" in raw:
        values["user_agents"] = MappingProxyType(_user_agents(raw["feed"]))
    if "keys" in raw:
        keys = raw["keys"]
        if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
            raise LeadoutError('[keys] maps action names to keys: action = "key"')
        values["keys"] = MappingProxyType(dict(keys))
    return Config(**values)


def _tables(value: object, name: str, allowed: set[str]) -> list[dict[str, str]]:
    if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
        raise LeadoutError(f"{name} must be [[{name}]] tables")
    for table in value:
        extra = sorted(set(table) - allowed)
        if extra:
            raise LeadoutError(f"[[{name}]]: unknown key {extra[0]!r} (expected {sorted(allowed)})")
        if not all(isinstance(v, str) for v in table.values()):
            raise LeadoutError(f"[[{name}]]: values must be strings")
    return value


def _ignore_rules(value: object) -> tuple[IgnoreRule, ...]:
    from leadout_tui.core.feeds.ignore import IgnoreRule

    try:
        return tuple(IgnoreRule(**table) for table in _tables(value, "ignore", _IGNORE_KEYS))
    except LeadoutError as exc:
        raise LeadoutError(f"[[ignore]]: {exc}") from None


def _user_agents(value: object) -> dict[str, str]:
    agents = {}
    for table in _tables(value, "feed", _FEED_KEYS):
        if "url" not in table:
            raise LeadoutError('[[feed]] needs url = "..."')
        if "user_agent" in table:
            agents[table["url"]] = table["user_agent"]
    return agents
