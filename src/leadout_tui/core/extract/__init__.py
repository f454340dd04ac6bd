"""Article extraction: an HTML page -> title, metadata and ordered body blocks.

Import the modules themselves (``leadout_tui.core.extract.article``); this package imports
nothing.
"""

__all__ = [
    "article", "blocks", "decoding", "dom", "edges", "furniture", "meta", "region", "textrules",
]  # fmt: skip
