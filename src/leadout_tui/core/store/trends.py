"""The store's trends: who is in the news -- the riders, teams and races named in the most
articles of a window, against the window before, day by day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from leadout_tui.core.store.columns import to_iso
from leadout_tui.core.store.connection import StoreConnection
from leadout_tui.core.store.rows import TrendRow


class TrendStore(StoreConnection):
    """Mention counts over time (each article counts once per entity, whatever its outlet)."""

    def trends(
        self,
        *,
        days: int,
        now: datetime,
        kind: str | None = None,
        top: int = 20,
        history_days: int = 0,
    ) -> list[TrendRow]:
        """The ``top`` entities of the last ``days`` days, most articles first.

        Each row's ``per_day`` covers the last ``max(days, history_days)`` days, oldest first
        (a sparkline of a 24-hour window still wants a week behind it).
        """
        span = max(days, history_days)
        where = "a.sort_time >= ? AND a.sort_time <= ?"
        params: list[object] = [to_iso(now - timedelta(days=max(2 * days, span))), to_iso(now)]
        if kind is not None:
            where += " AND m.kind = ?"
            params.append(kind)
        rows = self.conn.execute(
            f"""
            SELECT m.entity_id, m.kind, m.name,
                   CAST(julianday(?) - julianday(a.sort_time) AS INTEGER) AS ago, count(*)
            FROM articles a JOIN mentions m ON m.article_id = a.id
            WHERE {where}
            GROUP BY m.entity_id, ago
            """,
            [to_iso(now), *params],
        ).fetchall()
        tallies: dict[str, _Tally] = {}
        for entity_id, entity_kind, name, ago, count in rows:
            tally = tallies.get(entity_id)
            if tally is None:
                tally = tallies[entity_id] = _Tally(entity_kind, name, [0] * span)
            if ago < span:
                tally.per_day[span - 1 - ago] += count
            if ago < days:
                tally.count += count
            elif ago < 2 * days:
                tally.previous += count
        current = [(eid, t) for eid, t in tallies.items() if t.count]
        current.sort(key=lambda item: (-item[1].count, item[1].name))
        return [
            TrendRow(eid, t.kind, t.name, t.count, t.previous, tuple(t.per_day))
            for eid, t in current[:top]
        ]


@dataclass
class _Tally:
    kind: str
    name: str
    per_day: list[int]
    count: int = 0
    previous: int = 0
