"""The screens: the reader, the rider/team picker, the search prompt and help."""

from leadout_tui.ui.screens.help import HelpScreen
from leadout_tui.ui.screens.main import MainScreen
from leadout_tui.ui.screens.picker import EntityPicker
from leadout_tui.ui.screens.search import SearchPrompt

__all__ = ["EntityPicker", "HelpScreen", "MainScreen", "SearchPrompt"]
