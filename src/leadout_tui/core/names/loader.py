"""Loading the gazetteer, and the one place that knows everything built from it.

:class:`NamesSource` says where the names come from (the bundled data plus an optional user
file) and where their compiled form may be cached; it is small and picklable, so the refresh
hands it to its worker processes. :meth:`NamesSource.load` gives :class:`Names`: the data
(:class:`~leadout_tui.core.names.entities.Gazetteer`), the matcher built on its trie, and the
forgiving look-up and search the CLI and the pickers use.

The version (:func:`names_version`) is a hash of the data, the user file and the matcher's
:data:`RULES_VERSION`; the pipeline recomputes stored mentions
when it changes. With a cache directory the parsed entities and the matcher's trie are kept
there (``gazetteer-<version>-<python>-<layout>.marshal``), which makes the next load several
times faster; a missing, stale or damaged cache is rebuilt, and one that cannot be written is no
error.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import marshal
import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from leadout_tui.core.names.entities import Entity, Gazetteer

# Imported where they are built, so that asking for the version (every refresh does) stays light.
if TYPE_CHECKING:
    from leadout_tui.core.names.lookup import NameIndex
    from leadout_tui.core.names.matcher import MentionMatcher
    from leadout_tui.core.names.trie import MentionIndex

__all__ = ["Names", "NamesSource", "load_names", "names_version"]

DATA_PACKAGE = "leadout_tui.data.gazetteer"
#: Part of the version: bump when the matcher's rules (matcher.py, trie.py, words.py) change
#: what they find, so that stored mentions go stale and are recomputed.
RULES_VERSION = "mentions-5"
#: Part of the cache's file name (and checked inside it): bump when what the cache holds changes
#: shape (the trie's, the entity rows'), so that a cache an older release wrote is rebuilt.
CACHE_LAYOUT = "layout-3"


@dataclass(frozen=True)
class NamesSource:
    """Where names come from: the bundled data, ``user_file`` on top, cached in ``cache_dir``."""

    user_file: Path | None = None
    cache_dir: Path | None = None

    def load(self) -> Names:
        return load_names(self.user_file, self.cache_dir)

    def version(self) -> str:
        return names_version(self.user_file)


class Names:
    """The gazetteer with the matcher and look-ups built on it (each built on first use)."""

    def __init__(self, gazetteer: Gazetteer, index: MentionIndex | None = None) -> None:
        self.gazetteer = gazetteer
        self._index = index

    @property
    def version(self) -> str:
        return self.gazetteer.version

    @property
    def index(self) -> MentionIndex:
        """The matcher's name trie (from the cache, or built now)."""
        if self._index is None:
            from leadout_tui.core.names.trie import MentionIndex

            self._index = MentionIndex.build(self.gazetteer)
        return self._index

    @cached_property
    def matcher(self) -> MentionMatcher:
        from leadout_tui.core.names.matcher import MentionMatcher

        return MentionMatcher(self.index)

    @cached_property
    def _lookup(self) -> NameIndex:
        from leadout_tui.core.names.lookup import NameIndex

        return NameIndex(self.gazetteer.entities.values())

    def lookup(self, query: str, kind: str | None = None) -> list[Entity]:
        """Forgiving name look-up: the candidates of the best-matching tier, best first.

        Tiers: exact full name > alias (nicknames, short and former names, any case) >
        surname > first name > word prefixes / fuzzy. "pogacar", "Tadej", "van der poel",
        "POGAČAR" and "vdp" all find one rider; more than one result means the query is
        ambiguous ("Yates" -> Adam and Simon) and the caller should say so rather than pick.
        """
        return [entity for entity, _tier in self._lookup.lookup(query, kind)]

    def lookup_ranked(self, query: str, kind: str | None = None) -> list[tuple[Entity, int]]:
        """Every candidate with its tier (0 = exact name ... 4 = fuzzy), best first."""
        return self._lookup.lookup(query, kind, all_tiers=True)

    def search(self, query: str, kind: str | None = None, limit: int = 20) -> list[Entity]:
        """Fuzzy, accent-blind search for a picker: "poga" finds Pogačar (prefix or subsequence)."""
        return self._lookup.search(query, kind, limit)


def _read_bundled(name: str) -> bytes:
    return resources.files(DATA_PACKAGE).joinpath(name).read_bytes()


def _sources(user_file: Path | None) -> tuple[bytes, bytes, bytes, bytes, bytes]:
    user_bytes = user_file.read_bytes() if user_file is not None and user_file.is_file() else b""
    return (
        _read_bundled("riders.csv"),
        _read_bundled("teams.csv"),
        _read_bundled("races.csv"),
        _read_bundled("ordinary_words.txt"),
        user_bytes,
    )


def _version(*parts: bytes) -> str:
    digest = hashlib.sha256(RULES_VERSION.encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()[:16]


def names_version(user_file: Path | None = None) -> str:
    """The version :func:`load_names` would give, without parsing anything (a few ms)."""
    return _version(*_sources(user_file))


def load_names(user_file: Path | None = None, cache_dir: Path | None = None) -> Names:
    """Load the bundled riders, teams and races, then apply ``user_file`` (TOML) if it is given.

    A missing ``user_file`` is ignored; an invalid one raises ``LeadoutError`` naming the file
    and line.
    """
    riders_csv, teams_csv, races_csv, words_txt, user_bytes = _sources(user_file)
    version = _version(riders_csv, teams_csv, races_csv, words_txt, user_bytes)
    cache_file = None
    if cache_dir is not None:
        python = f"py{sys.version_info[0]}{sys.version_info[1]}"  # marshal's format may change
        cache_file = cache_dir / f"gazetteer-{version}-{python}-{CACHE_LAYOUT}.marshal"
        cached = _read_cache(cache_file, version)
        if cached is not None:
            return cached
    from leadout_tui.core.names.files import apply_user_file, parse_bundled, parse_ordinary_words

    entities, warnings = parse_bundled(
        riders_csv.decode("utf-8"), teams_csv.decode("utf-8"), races_csv.decode("utf-8")
    )
    if user_bytes:
        assert user_file is not None
        apply_user_file(entities, user_bytes, user_file)
    gazetteer = Gazetteer(
        entities=entities,
        version=version,
        warnings=tuple(warnings),
        ordinary_words=parse_ordinary_words(words_txt.decode("utf-8")),
    )
    names = Names(gazetteer)
    if cache_file is not None:
        _write_cache(cache_file, names)
    return names


class _CachedEntities(Mapping[str, Entity]):
    """The entities of a cache file, unpacked on first use: the matcher never needs them, so
    a worker process that only finds mentions never pays for them."""

    def __init__(self, blob: bytes) -> None:
        self._blob: bytes | None = blob
        self._entities: dict[str, Entity] = {}

    def _unpack(self) -> dict[str, Entity]:
        if self._blob is not None:
            self._entities = {row[0]: Entity(*row) for row in marshal.loads(self._blob)}
            self._blob = None
        return self._entities

    def __getitem__(self, entity_id: str) -> Entity:
        return self._unpack()[entity_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._unpack())

    def __len__(self) -> int:
        return len(self._unpack())


def _read_cache(path: Path, version: str) -> Names | None:
    try:
        from leadout_tui.core.names.trie import MentionIndex

        gc_was_on = gc.isenabled()
        gc.disable()  # a few hundred thousand small objects: no garbage among them
        try:
            data = marshal.loads(path.read_bytes())
            if data["layout"] != CACHE_LAYOUT or not isinstance(data["entities"], bytes):
                raise ValueError("old cache layout")
            entities = _CachedEntities(data["entities"])
            gazetteer = Gazetteer(entities, version, tuple(data["warnings"]), data["ordinary"])
            return Names(gazetteer, MentionIndex(*data["mentions"]))
        finally:
            if gc_was_on:
                gc.enable()
    except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError):
        return None  # missing, stale or damaged: rebuild


def _write_cache(path: Path, names: Names) -> None:
    """Write the cache atomically and drop older versions; a cache that fails is no error."""
    gazetteer = names.gazetteer
    data = {
        "layout": CACHE_LAYOUT,
        "entities": marshal.dumps([dataclasses.astuple(e) for e in gazetteer.entities.values()]),
        "warnings": list(gazetteer.warnings),
        "ordinary": dict(gazetteer.ordinary_words),
        "mentions": names.index.state(),
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(data))
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
