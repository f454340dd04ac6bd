"""Data bundled with leadout-tui."""
