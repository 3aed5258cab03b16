"""Intelligence operations of an unlocked workspace: import, demo case, statistics."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from liaison.model.progress import Progress

if TYPE_CHECKING:
    from liaison.analysis.patterns import PatternRun
    from liaison.formats.base import ImportOptions
    from liaison.store.database import Connection
    from liaison.store.ingest import ImportReport


class IntelMixin:
    """Imports run through one path (formats.importer) and are audited with their report."""

    actor: str

    if TYPE_CHECKING:
        conn: Connection

        def _patterns_after_arrival(self, progress: Progress | None = None
                                    ) -> PatternRun | None: ...

    def import_file(self, path: Path, fmt: str = "auto", options: ImportOptions | None = None,
                    progress: Progress | None = None) -> ImportReport:
        """Import a CSV, FtM, STIX or MISP file all-or-nothing; returns the report."""
        # Imported here: readers and identifier tables are not needed to open a workspace.
        from liaison.analysis.watch import watch_hits_for_import
        from liaison.formats.importer import import_file

        report = import_file(self.conn, Path(path), fmt=fmt, options=options,
                             actor=self.actor, progress=progress, watch=watch_hits_for_import)
        return self._with_patterns(report, progress)

    def import_demo(self, records: int, seed: int = 7, progress: Progress | None = None
                    ) -> ImportReport:
        """Generate the synthetic demo case into this workspace through the import path."""
        from liaison.analysis.watch import watch_hits_for_import
        from liaison.formats import demo
        from liaison.formats.importer import ingest_items

        progress = progress or Progress()
        label = f"demo case ({records} records, seed {seed})"
        digest = hashlib.sha256(f"liaison-demo:{records}:{seed}".encode()).hexdigest()
        report = ingest_items(self.conn, demo.generate(records, seed=seed, progress=progress),
                              source_name=label, fmt="demo", sha256=digest, actor=self.actor,
                              progress=progress, watch=watch_hits_for_import)
        return self._with_patterns(report, progress)

    def _with_patterns(self, report: ImportReport, progress: Progress | None
                       ) -> ImportReport:
        """The pattern detectors on what the import brought (unless turned off)."""
        run = self._patterns_after_arrival(progress)
        if run is not None:
            from liaison.workspace.patterns import run_counts

            report.patterns = run_counts(run)
        return report

    def stats(self) -> dict[str, Any]:
        """Counts of what the store holds, by agency, entity type, TLP and handling code."""
        q = self.conn.execute

        def grouped(sql: str) -> dict[str, int]:
            return {str(k if k is not None else "(none)"): n for k, n in q(sql)}

        return {
            "records": q("SELECT count(*) FROM records").fetchone()[0],
            "entities": q("SELECT count(*) FROM entities").fetchone()[0],
            "links": q("SELECT count(*) FROM links").fetchone()[0],
            "events": q("SELECT count(*) FROM events").fetchone()[0],
            # A record a third party relayed before schema v11 is not counted as its
            # claimed agency's (issue 16); claims kept aside since are counted apart.
            "by_agency": grouped(
                "SELECT CASE WHEN relayed_by IS NULL THEN agency ELSE agency || "
                "' (relayed, not verified)' END, count(*) FROM records GROUP BY 1 "
                "ORDER BY 2 DESC"),
            "relayed_claims": q("SELECT count(*) FROM relayed_claims").fetchone()[0],
            "by_type": grouped("SELECT schema, count(*) FROM entities GROUP BY 1 ORDER BY 2 DESC"),
            "by_tlp": grouped("SELECT tlp, count(*) FROM records GROUP BY 1 ORDER BY 2 DESC"),
            "by_handling": grouped(
                "SELECT handling, count(*) FROM records GROUP BY 1 ORDER BY 2 DESC"),
            "invalid_values": q("SELECT count(*) FROM entity_values WHERE valid = 0 "
                                "AND kind IS NOT 'redacted'").fetchone()[0],
            # Values the sender redacted ('[PHONE-1]'): not invalid, but not data either.
            "redacted_values": q("SELECT count(*) FROM entity_values WHERE kind = 'redacted'"
                                 ).fetchone()[0],
        }
