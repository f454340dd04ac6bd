"""The refresh pipeline: fetch feeds -> parse -> store -> fetch pages -> extract -> mentions, with
its worker processes, writer thread, progress reports and the maintenance commands.

Import the modules themselves (``leadout_tui.core.refresh.pipeline``); this package imports
nothing.
"""

__all__ = ["jobs", "maintenance", "pages", "payloads", "pipeline", "progress", "work", "writer"]
