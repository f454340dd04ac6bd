"""The widgets of the main screen."""

from leadout_tui.ui.widgets.article_view import ArticleView
from leadout_tui.ui.widgets.feeds_panel import FeedsPanel
from leadout_tui.ui.widgets.footer import KeyFooter
from leadout_tui.ui.widgets.headlines import HeadlineList
from leadout_tui.ui.widgets.mentions_panel import MentionsPanel
from leadout_tui.ui.widgets.status_line import StatusLine

__all__ = ["ArticleView", "FeedsPanel", "HeadlineList", "KeyFooter", "MentionsPanel", "StatusLine"]
