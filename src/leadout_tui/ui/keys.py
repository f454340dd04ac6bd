"""The user's ``[keys]``: binding ids (action names) remapped to other keys, checked at start.

An id no binding has, or a key the remapping gives to two actions that are active together
(the main screen's and one pane's), is reported to the user rather than left to surprise them;
only the valid part of the keymap is applied.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from textual.binding import Binding, BindingType
from textual.dom import DOMNode

from leadout_tui.ui.screens.main import MainScreen
from leadout_tui.ui.widgets import ArticleView, FeedsPanel, HeadlineList, MentionsPanel

__all__ = ["check_keymap"]

#: What is active at once: the main screen's keys with each pane's own.
_SCOPES: dict[str, type[DOMNode]] = {
    "headlines": HeadlineList,
    "article": ArticleView,
    "mentions": MentionsPanel,
    "feeds": FeedsPanel,
}


def _bindings(items: Iterable[BindingType]) -> list[Binding]:
    return [b for b in items if isinstance(b, Binding)]


def check_keymap(keys: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """The valid part of ``keys`` and one line per problem found."""
    screen = _bindings(MainScreen.BINDINGS)
    every = screen + [b for widget in _SCOPES.values() for b in _bindings(widget.BINDINGS)]
    known = {b.id for b in every if b.id}
    problems = [
        f"[keys]: no action named {name!r} (the help screen, ?, lists them)"
        for name in sorted(set(keys) - known)
    ]
    valid = {name: value.replace(" ", "") for name, value in keys.items() if name in known}
    clashes: set[tuple[str, tuple[str, ...]]] = set()
    for widget in _SCOPES.values():
        owners: dict[str, set[str]] = {}
        for binding in screen + _bindings(widget.BINDINGS):
            name = binding.id or binding.action
            for key in valid.get(name, binding.key).split(","):
                owners.setdefault(key, set()).add(name)
        for key, names in owners.items():
            if len(names) > 1 and names & set(valid):
                clashes.add((key, tuple(sorted(names))))
    for key, clashing in sorted(clashes):
        problems.append(f"[keys]: {key!r} is given to {' and '.join(clashing)}; fix one of them")
        for name in clashing:
            valid.pop(name, None)
    return valid, problems
