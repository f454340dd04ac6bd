"""The network: one HTTP client with limits, caps and timeouts; the TLS trust store; URL rules;
the default limits.

Import the modules themselves (``leadout_tui.core.net.fetch``); this package imports nothing.
"""

__all__ = ["fetch", "limits", "tls", "urls"]
