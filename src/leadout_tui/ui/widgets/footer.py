"""The key footer: Textual's ``Footer``, without the objects it keeps of every screen change."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer

__all__ = ["KeyFooter"]


class KeyFooter(Footer):
    """Textual's ``Footer`` (Textual 8.2), dropping the watchers of keys it has removed.

    The footer recomposes its keys whenever the bindings change (each screen or modal opened
    or closed), and each new key watches the footer's ``compact`` through ``data_bind``. Textual
    forgets a removed key's watcher only when ``compact`` changes, which it never does here, so
    every removed key stayed alive with its styles and render caches: about 5,000 objects per
    modal opened, and every full garbage collection, which stalls the UI, grew longer.
    """

    def compose(self) -> ComposeResult:
        watchers: dict[str, list[tuple[object, object]]] = getattr(self, "__watchers", {})
        for listed in watchers.values():
            listed[:] = [(node, callback) for node, callback in listed
                         if getattr(node, "is_attached", True)]  # fmt: skip
        yield from super().compose()
