"""Pattern findings of an unlocked workspace (issue 22; analysis/patterns)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from liaison.store.database import transaction

if TYPE_CHECKING:
    from liaison.analysis.patterns import PatternRun
    from liaison.model.progress import Progress
    from liaison.store.database import Connection

# analysis.patterns (networkx, numpy) is imported in each method: opening a workspace
# does not need it.

AUTO_KEY = "patterns_on_import"  # meta: "0" when the detectors must not run on arrival
_CHUNK = 500  # ids per IN (...) list, well under SQLite's bound-parameter limit


class PatternsMixin:
    """Run the pattern detectors, list their findings, confirm or dismiss them."""

    actor: str
    # Inside :meth:`_arrivals`: False, then True once records arrived (the run waits for
    # its end); None otherwise (records that arrive are looked at at once).
    _patterns_deferred: bool | None = None

    if TYPE_CHECKING:
        conn: Connection

        def _audit(self, action: str, obj: str = "",
                   details: dict[str, Any] | None = None) -> None: ...

    def patterns_run(self, detectors: list[str] | None = None,
                     params: Mapping[str, Mapping[str, Any]] | None = None,
                     new_only: bool = False) -> PatternRun:
        """Run the detectors (all if None) with ``params`` over the defaults; store the
        findings (a dismissed one comes back only if its evidence changed); audited.
        ``new_only``: only about what was imported or received since the last run."""
        from liaison.analysis import patterns

        return patterns.run(self.conn, actor=self.actor, detectors=detectors,
                            overrides=params, new_only=new_only)

    def patterns_findings(self, detector: str | None = None, include_dismissed: bool = False,
                          include_inactive: bool = False) -> list[dict[str, Any]]:
        """Stored findings, best first, each with its explanation, numbers, entities and
        records; dismissed ones and those the last run no longer saw only if asked."""
        from liaison.analysis import patterns

        return patterns.listing(self.conn, detector, include_dismissed=include_dismissed,
                                include_inactive=include_inactive)

    def patterns_judge(self, finding_id: str, verdict: str, note: str = "") -> dict[str, Any]:
        """Confirm, dismiss or reopen a finding; remembered with its evidence, audited."""
        from liaison.analysis import patterns

        with transaction(self.conn):
            return patterns.judge(self.conn, self.actor, finding_id, verdict, note)

    def patterns_involved(self, finding: Mapping[str, Any]) -> dict[str, list[dict[str, str]]]:
        """A finding's entities (id, caption) and records (id, agency, reference, title),
        in the finding's order, for a view to list and open; ids the store no longer
        holds are left out."""
        entities = _rows(self.conn, "SELECT id, caption FROM entities WHERE id IN ({})",
                         finding.get("entity_ids") or [])
        records = _rows(self.conn, "SELECT id, agency, reference, title FROM records "
                        "WHERE id IN ({})", finding.get("record_ids") or [])
        return {
            "entities": [{"id": i, "caption": entities[i][1] or i}
                         for i in finding.get("entity_ids") or [] if i in entities],
            "records": [{"id": i, "agency": records[i][1], "reference": records[i][2],
                         "title": records[i][3]}
                        for i in finding.get("record_ids") or [] if i in records],
        }

    def patterns_on_import(self) -> bool:
        """Whether the detectors run on what is new after each import and receipt (on
        unless turned off)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (AUTO_KEY,)).fetchone()
        return row is None or row[0] != "0"

    def set_patterns_on_import(self, on: bool) -> None:
        """Turn the run after each import and receipt on or off; audited."""
        with transaction(self.conn):
            self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                              "DO UPDATE SET value = excluded.value",
                              (AUTO_KEY, "1" if on else "0"))
            self._audit("patterns.on_import", "on" if on else "off")

    @contextlib.contextmanager
    def _arrivals(self) -> Iterator[list[PatternRun]]:
        """Packages received inside run the detectors once, at the end (a sync's packages,
        a receive's files); inside another such block, at the end of that one. The list
        it gives holds that run once the block is left (empty if none ran)."""
        ran: list[PatternRun] = []
        if self._patterns_deferred is not None:
            yield ran
            return
        self._patterns_deferred = False
        try:
            yield ran
        finally:
            arrived, self._patterns_deferred = self._patterns_deferred, None
            if arrived and (run := self._patterns_after_arrival()) is not None:
                ran.append(run)

    def _patterns_arrived(self, merged: bool) -> None:
        """Records were received (``merged``): look at them now, or at the end of the
        receive or sync under way."""
        if not merged:
            return
        if self._patterns_deferred is None:
            self._patterns_after_arrival()
        else:
            self._patterns_deferred = True

    def _patterns_after_arrival(self, progress: Progress | None = None) -> PatternRun | None:
        """After an import or receipt: the detectors on what is new, unless turned off.

        Its own transaction after the import's: the import stands whatever happens here;
        a run that fails is logged and tried again by the next one (its mark has not
        moved)."""
        if not self.patterns_on_import():
            return None
        import logging

        if progress is not None:
            progress.update(0, None, "Looking for patterns in what arrived")
        try:
            return self.patterns_run(new_only=True)
        except Exception:  # the import is committed; the findings can wait for a run
            logging.getLogger(__name__).exception("pattern run after an import failed")
            return None


def _rows(conn: Connection, sql: str, ids: list[str]) -> dict[str, tuple]:
    ids = sorted(set(ids))
    out: dict[str, tuple] = {}
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        out.update((row[0], row) for row in conn.execute(
            sql.format(", ".join("?" * len(chunk))), chunk))
    return out


def run_counts(run: PatternRun) -> dict[str, int]:
    """A run after an arrival as an import report gives it: findings about what arrived,
    new ones, dismissed ones opened again."""
    return {"found": sum(run.found.values()), "new": len(run.new),
            "reopened": len(run.reopened)}
