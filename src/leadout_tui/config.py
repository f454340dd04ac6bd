"""User configuration: ``config.toml`` in the config directory, read into a frozen dataclass.

Every key is optional::

    refresh_interval_minutes = 30   # the TUI refreshes on start when the last refresh is older
    concurrency = 16                # requests in flight at once
    per_host = 4                    # requests in flight per host
    fetch_articles = true           # fetch and extract each new article's page
    timeout_seconds = 20            # total time allowed for one request
    busy_timeout_seconds = 30       # how long a write waits for another program's write
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from leadout_tui import paths
from leadout_tui.core.errors import LeadoutError

if TYPE_CHECKING:
    from leadout_tui.core.names.loader import NamesSource
    from leadout_tui.core.refresh.pipeline import RefreshOptions


@dataclass(frozen=True)
class Config:
    """Settings with sane defaults; see the module docstring for the file format."""

    refresh_interval_minutes: int = 30
    concurrency: int = 16
    per_host: int = 4
    fetch_articles: bool = True
    timeout_seconds: float = 20.0
    busy_timeout_seconds: float = 30.0

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
    known = {field.name: field.type for field in fields(Config)}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise LeadoutError(f"unknown setting(s) in {path}: {', '.join(unknown)}")
    defaults = Config()
    values = {}
    for key, value in raw.items():
        expected = type(getattr(defaults, key))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise LeadoutError(f"{path}: {key} must be {expected.__name__}, not {value!r}")
        values[key] = value
    return Config(**values)
