"""The reader's core: fetching, parsing, extraction, mentions and storage. Never imports Textual."""
