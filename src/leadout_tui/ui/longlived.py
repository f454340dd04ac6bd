"""Keeping the cycle collector away from the reader's long-lived data.

The reader holds tens of thousands of headline rows and, for the picker, the whole gazetteer.
Python's full (oldest-generation) collections walk every one of them each time: about 100 ms
for a 50,000-article cache, and while a refresh runs the reader's rendering set one off every
half-second or so (159 in a 100-second refresh of the reference farm), each a frozen frame.
``gc.freeze`` moves everything alive at that moment out of the collector's reach: the rows and
names are then counted, not walked. They are still freed by reference counting when replaced
(rows and names hold no reference cycles). What the freeze catches that later becomes cyclic
garbage (a widget removed afterwards) stays until :func:`release`, at the app's exit.
"""

from __future__ import annotations

import gc

__all__ = ["release", "settle"]


def settle() -> None:
    """Freeze what is alive now: call right after the big, long-lived data has arrived."""
    gc.freeze()


def release() -> None:
    """Give the frozen objects back to the collector (the app is ending)."""
    gc.unfreeze()
