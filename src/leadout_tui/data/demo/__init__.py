"""Offline demo data (feeds, pages, OPML); see README.md."""
