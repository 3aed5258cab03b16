"""Hit/no-hit queries of an unlocked workspace (issue 21; exchange/hits.py).

Asking prepares a query package for one partner; receiving a partner's query answers
it automatically within the agreement's caps (the answer is queued in the outbox and
travels with the next sync); receiving an answer stores hits per identifier.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from liaison.exchange import hits
from liaison.exchange.errors import ExchangeError
from liaison.model.errors import LiaisonError
from liaison.model.hit_keys import parse_values
from liaison.model.input_files import check_input_file

if TYPE_CHECKING:
    from liaison.store.database import Connection
    from liaison.store.metadata import Metadata

MAX_VALUES_FILE = 16 << 20


class HitsMixin:
    """Ask a partner whether it holds identifiers, without either side showing its list."""

    actor: str
    folder: Path

    if TYPE_CHECKING:
        conn: Connection
        meta: Metadata

        def _query_ids(self, query: str) -> list[str]: ...

    def hit_query(self, partner: str, values: Path | None = None,
                  query: str | None = None) -> hits.QuerySent:
        """Queue a hit/no-hit query to ``partner`` about the identifiers in file ``values``
        (``kind,value[,country or birth date]`` a line) or those of the records search
        ``query`` finds. Refused (and audited) beyond the agreement's cap."""
        if (values is None) == (query is None):
            raise ExchangeError("Give either a values file or a search query to ask about.")
        if values is not None:
            path = Path(values)
            check_input_file(path, ExchangeError, "values file")
            if path.stat().st_size > MAX_VALUES_FILE:
                raise ExchangeError(f"The values file is over {MAX_VALUES_FILE >> 20} MiB; "
                                    "a query asks about at most 100,000 values.")
            try:
                text = path.read_text(encoding="utf-8-sig")
            except UnicodeDecodeError:
                raise ExchangeError(f"The values file {path.name} is not UTF-8 text.") from None
            keys = parse_values(text)
        else:
            ids = self._query_ids(str(query))
            rids = [rid for (rid,) in self.conn.execute(
                "SELECT rid FROM records WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(ids),))]
            keys = sorted(hits.record_keys(self.conn, rids))
        return hits.ask(self.conn, self.folder, partner, keys, actor=self.actor)

    def hit_queries(self) -> list[dict[str, Any]]:
        """Every hit/no-hit query, newest first: ours with hits per identifier once
        answered, partners' with counts only."""
        return hits.queries(self.conn)

    def hit_request(self, query_id: str, folder: Path) -> hits.RecordsRequest:
        """Prepare the request for the records behind the hits of our answered query
        ``query_id``: a JSON file in ``folder`` naming the hit identifiers, the query and
        the agreement, audited ``hits.request``."""
        return hits.request_records(self.conn, query_id, Path(folder),
                                    our_agency=self.meta.agency_name, actor=self.actor)

    def _answer_hits(self) -> list[dict[str, Any]]:
        """Answer the partners' queries received and not yet answered; one that cannot be
        answered now (the partner's certificate expired, say) stays pending for the next
        receive."""
        try:
            return hits.answer_pending(self.conn, self.folder,
                                       our_agency=self.meta.agency_name, actor=self.actor)
        except LiaisonError:
            return []
