"""Errors raised by the core. Each carries a one-line, user-readable message."""


class LeadoutError(Exception):
    """Base class for every error the core raises on purpose."""


class FetchError(LeadoutError):
    """A URL could not be fetched (network, HTTP status, size cap, timeout...)."""


class FeedParseError(LeadoutError):
    """Fetched bytes are not a usable feed."""


class OPMLError(LeadoutError):
    """A file given as OPML is not OPML."""


class StoreError(LeadoutError):
    """The database file cannot be opened or is not a leadout-tui database."""
