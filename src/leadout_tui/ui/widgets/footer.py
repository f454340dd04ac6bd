"""The key footer: Textual's ``Footer``, without the objects it keeps of every screen change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.widgets import Footer

if TYPE_CHECKING:
    from textual.screen import Screen

__all__ = ["KeyFooter"]

#: What the footer shows of one key: its key, how it is drawn, what it does, whether it is
#: enabled, its tooltip and its group.
_Shown = tuple[str, str, str, str, bool, str, object]


class KeyFooter(Footer):
    """Textual's ``Footer`` (Textual 8.2), dropping the watchers of keys it has removed, and
    recomposing only when what it shows changes.

    The footer recomposes its keys whenever the bindings change (each screen or modal opened
    or closed), and each new key watches the footer's ``compact`` through ``data_bind``. Textual
    forgets a removed key's watcher only when ``compact`` changes, which it never does here, so
    every removed key stayed alive with its styles and render caches: about 5,000 objects per
    modal opened, and every full garbage collection, which stalls the UI, grew longer.

    Textual also recomposes on every "bindings changed" signal, even when the keys shown are the
    same ones: four times in the first half second after the reader starts (about 11 ms of the
    UI's time each, while the user may already be moving through the headlines).
    """

    _composed: tuple[_Shown, ...] | None = None

    def _shown(self, screen: Screen[object]) -> tuple[_Shown, ...]:
        get_key_display = self.app.get_key_display
        return tuple(
            (binding.key, get_key_display(binding), binding.description, binding.action,
             enabled, tooltip, binding.group)
            for _, binding, enabled, tooltip in screen.active_bindings.values()
            if binding.show
        )  # fmt: skip

    def bindings_changed(self, screen: Screen[object]) -> None:
        unchanged = self._composed is not None and self._shown(screen) == self._composed
        if screen is self.screen and unchanged:
            return
        super().bindings_changed(screen)

    def compose(self) -> ComposeResult:
        watchers: dict[str, list[tuple[object, object]]] = getattr(self, "__watchers", {})
        for listed in watchers.values():
            listed[:] = [(node, callback) for node, callback in listed
                         if getattr(node, "is_attached", True)]  # fmt: skip
        if self._bindings_ready:
            self._composed = self._shown(self.screen)
        yield from super().compose()
