"""Search and watchlists of an unlocked workspace.

Every search is a consultation and is audited ("search": the query text, what was
searched and how many hits), since the data-protection officer asks who looked up what.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from liaison.store.database import transaction

if TYPE_CHECKING:
    from liaison.analysis.entity_search import EntityResults
    from liaison.analysis.search import RecordResults
    from liaison.analysis.watch import Watch, WatchHit
    from liaison.store import audit
    from liaison.store.database import Connection
    from liaison.store.metadata import Metadata


HISTORY_SIZE = 20
_HISTORY_KEY = "search_history"


@dataclass(frozen=True)
class Agency:
    """An agency whose records the workspace holds, with its country and record count."""

    name: str
    country: str
    records: int


class SearchMixin:
    """Record and entity search, facets, watchlists (analysis.search over the store)."""

    actor: str

    if TYPE_CHECKING:
        conn: Connection
        meta: Metadata

        def _audit(self, action: str, obj: str = "", details: dict[str, Any] | None = None
                   ) -> audit.AuditEntry: ...

    def search_region(self, region: str | None = None) -> str:
        """The country national phone numbers in queries are read in: ours unless given."""
        return (region or self.meta.agency_country).upper()

    def search_records(self, query: str, limit: int = 50, offset: int = 0,
                       region: str | None = None, facets: bool = True) -> RecordResults:
        """Ranked records with snippets and facets; audited. QueryError if malformed.
        ``facets=False`` skips counting them (a further page of the same query)."""
        from liaison.analysis.search import search_records

        results = search_records(self.conn, query, limit=limit, offset=offset,
                                 region=self.search_region(region), facets=facets)
        with transaction(self.conn):
            self._audit("search", query, {"target": "records", "hits": results.total,
                                          "offset": offset, "limit": limit})
        return results

    # The desktop's recent queries name suspects: they are kept here, in the encrypted
    # database, never in the person's (plain-text) Qt settings (issue 16).

    def search_history(self) -> list[str]:
        """The last queries the person ran, newest first."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?",
                                (_HISTORY_KEY,)).fetchone()
        try:
            items = json.loads(row[0]) if row else []
        except ValueError:
            items = []
        return [q for q in items if isinstance(q, str)][:HISTORY_SIZE]

    def remember_search(self, query: str) -> list[str]:
        """Put ``query`` first in the history (once); the history as it now is."""
        query = query.strip()
        items = self.search_history()
        if query:
            items = ([query] + [q for q in items if q != query])[:HISTORY_SIZE]
            self._save_history(items)
        return items

    def forget_searches(self) -> None:
        """Empty the history (the searches stay in the audit log, as they must)."""
        self._save_history([])

    def _save_history(self, items: list[str]) -> None:
        with transaction(self.conn):
            self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                              "DO UPDATE SET value = excluded.value",
                              (_HISTORY_KEY, json.dumps(items, ensure_ascii=False)))

    def agencies(self) -> list[Agency]:
        """Every agency (name and country) the records come from, most records first.

        Not audited: it lists sources, not content (like :meth:`stats`), so the search
        bar can complete agency names without logging a consultation. Read from the
        covering facets index, it takes milliseconds at a million records."""
        rows = self.conn.execute(
            "SELECT agency, country, count(*) FROM records GROUP BY agency, country "
            "ORDER BY count(*) DESC, agency, country").fetchall()
        return [Agency(name, country, n) for name, country, n in rows]

    def search_entities(self, query: str, limit: int = 50, offset: int = 0,
                        region: str | None = None) -> EntityResults:
        """Ranked entities (confirmed clusters as one hit) with type facets; audited."""
        from liaison.analysis.entity_search import search_entities

        results = search_entities(self.conn, query, limit=limit, offset=offset,
                                  region=self.search_region(region))
        with transaction(self.conn):
            self._audit("search", query, {"target": "entities", "hits": results.total,
                                          "offset": offset, "limit": limit})
        return results

    def watch_add(self, name: str, kind: str, value: str, region: str | None = None) -> Watch:
        """Watch a saved query, an identifier or a name; audited."""
        from liaison.analysis.watch import add_watch

        with transaction(self.conn):
            watch = add_watch(self.conn, name, kind, value, region=self.search_region(region),
                              actor=self.actor)
            self._audit("watch.add", str(watch.id), {"name": watch.name, "kind": watch.kind,
                                                     "value": watch.value})
        return watch

    def watch_list(self) -> list[Watch]:
        from liaison.analysis.watch import list_watches

        return list_watches(self.conn)

    def watch_remove(self, watch_id: int) -> Watch:
        """Stop watching; audited with what the entry was."""
        from liaison.analysis.watch import remove_watch

        with transaction(self.conn):
            watch = remove_watch(self.conn, watch_id)
            self._audit("watch.remove", str(watch.id), {"name": watch.name, "kind": watch.kind,
                                                        "value": watch.value})
        return watch

    def watch_check(self, rids: list[int]) -> list[WatchHit]:
        """Check stored records against every watchlist (imports and packages do this)."""
        from liaison.analysis.watch import check_watchlists

        return check_watchlists(self.conn, rids)
