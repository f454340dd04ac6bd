"""The README's tables stay true: every key, setting and command the code has is in them."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

from textual.binding import Binding

from leadout_tui.cli import build_parser
from leadout_tui.config import Config
from leadout_tui.ui.keys import check_keymap
from leadout_tui.ui.screens.main import MainScreen
from leadout_tui.ui.widgets import HeadlineList

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
PRETTY = {"question_mark": "?", "slash": "/", "escape": "Esc", "enter": "Enter", "tab": "Tab",
          "shift+tab": "Shift+Tab", "ctrl+z": "Ctrl+Z", "down": "↓", "up": "↑",
          "pagedown": "PgDn", "pageup": "PgUp"}  # fmt: skip


def section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end > 0 else None]


def test_every_key_with_a_description_is_in_the_key_table() -> None:
    keys = section("Keys")
    for binding in [*MainScreen.BINDINGS, *HeadlineList.BINDINGS]:
        assert isinstance(binding, Binding)
        if not binding.description:
            continue
        shown = [f"`{PRETTY.get(key, key)}`" for key in binding.key.split(",")]
        assert any(key in keys for key in shown), binding


def test_every_setting_is_in_the_config_example() -> None:
    files = section("Files")
    for field in fields(Config):
        name = {"user_agents": "user_agent", "ignore": "[[ignore]]", "keys": "[keys]"}.get(
            field.name, field.name
        )
        assert name in files, field.name


def test_every_action_name_listed_for_keys_exists_and_every_one_is_listed() -> None:
    files = section("Files")
    listed = set(re.findall(r"`(\w+)`", files[files.index("Action names") :].split("\n-")[0]))
    _, problems = check_keymap(dict.fromkeys(listed, "f12"))
    assert not [p for p in problems if "no action named" in p]
    screen = {
        b.id for b in [*MainScreen.BINDINGS, *HeadlineList.BINDINGS] if isinstance(b, Binding)
    }
    assert screen <= listed


def test_every_subcommand_is_in_the_command_table() -> None:
    commands = section("Command line")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:  # type: ignore[union-attr]
        assert f"leadout-tui {name}" in commands or f"`{name}`" in commands, name
