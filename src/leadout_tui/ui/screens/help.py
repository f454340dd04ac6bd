"""The ``?`` help screen: every key of the reader with what it does."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, Static

__all__ = ["HelpScreen", "key_lines"]


def _pretty_keys(keys: str) -> str:
    names = {
        "down": "↓",
        "up": "↑",
        "enter": "Enter",
        "escape": "Esc",
        "question_mark": "?",
        "slash": "/",
        "tab": "Tab",
        "shift+tab": "Shift+Tab",
        "home": "Home",
        "end": "End",
        "pagedown": "PgDn",
        "pageup": "PgUp",
        "space": "Space",
    }
    return " ".join(names.get(key, _modified(key)) for key in keys.split(","))


def _modified(key: str) -> str:
    """``ctrl+z`` -> ``Ctrl+Z`` (a letter alone stays as it is: ``A`` is not ``a``)."""
    *modifiers, last = key.split("+")
    if not modifiers:
        return key
    return "+".join(
        [*(m.capitalize() for m in modifiers), last.upper() if len(last) == 1 else last]
    )


def key_lines(
    bindings: Iterable[Binding], keymap: Mapping[str, str] | None = None
) -> list[tuple[str, str]]:
    """(keys, description) pairs in binding order; several keys of one action share a line.

    A binding whose id the user's ``keymap`` remaps is shown with the user's keys.
    """
    lines: dict[str, tuple[str, str]] = {}
    for binding in bindings:
        if not binding.description:
            continue
        name = binding.action
        keys = _pretty_keys((keymap or {}).get(binding.id or "", binding.key))
        if name in lines:
            keys = f"{lines[name][0]} {keys}"
        lines[name] = (keys, binding.tooltip or binding.description)
    return list(lines.values())


class HelpScreen(ModalScreen[None]):
    """Lists the keys given to it; any of Esc, q, ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark", "close", "Close")]

    def __init__(self, lines: list[tuple[str, str]]) -> None:
        super().__init__()
        self.lines = lines

    def compose(self) -> ComposeResult:
        width = max((len(keys) for keys, _ in self.lines), default=0) + 2
        table = Content("\n").join(
            Content.assemble(Content(keys.ljust(width)).stylize("bold $text-accent"), description)
            for keys, description in self.lines
        )
        with Vertical(id="help"):
            yield Label(Content("leadout-tui keys"), id="help-title")
            yield Static(table, id="help-keys")
            yield Label(Content("Esc, q or ? closes"), id="help-footer")

    def action_close(self) -> None:
        self.dismiss(None)
