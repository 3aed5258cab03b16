"""The tables of the Exchange dock (partners, outbox, inbox, quarantine, transports) and
the readable sentences for what a receive or a sync did to each package.

Only what the exchange layer lists is shown: package ids, partner names, counts,
reasons (which never quote record text) and dates. Status words are translated
here, once, so the tables and the summaries say the same thing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from liaison.exchange.certs import grouped_lines
from liaison.exchange.sync import STRANDED
from liaison.ui.bidi import isolate
from liaison.ui.countries import country_name

WARN = QColor("#B42318")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


translate = QCoreApplication.translate


def when(stamp: str | None) -> str:
    """'2026-11-28T17:34:04Z' → '2026-11-28 17:34 UTC' (empty stays empty)."""
    if not stamp:
        return ""
    return f"{stamp[:10]} {stamp[11:16]} UTC" if len(stamp) >= 16 else stamp


def status_text(status: str) -> str:
    """Statuses of packages (outbox, inbox, sync) and of pinned certificates."""
    return {
        "delivered": translate("Exchange", "delivered"),
        "pending": translate("Exchange", "waiting"),
        "already there": translate("Exchange", "already there"),
        "failed": translate("Exchange", "failed"),
        "merged": translate("Exchange", "merged"),
        "quarantined": translate("Exchange", "quarantined"),
        "already received": translate("Exchange", "already received"),
        "already quarantined": translate("Exchange", "already quarantined"),
        "current": translate("Exchange", "current"),
        "revoked": translate("Exchange", "revoked"),
        "expired": translate("Exchange", "expired"),
        "not yet valid": translate("Exchange", "not yet valid"),
        "retired": translate("Exchange", "retired"),
        "superseded": translate("Exchange", "superseded"),
        # Shares kept for a releasing officer (workspace/release.py): no package yet.
        "awaiting release": translate("Exchange", "awaiting release"),
        "approved, awaiting signature": translate("Exchange", "approved, awaiting signature"),
    }.get(status, status)


def counts_text(summary: dict[str, Any]) -> str:
    """What a merge did: '3 records new, 1 updated; 2 retracted'."""
    names = {
        "records": translate("Exchange", "records"),
        "entities": translate("Exchange", "entities"),
        "links": translate("Exchange", "links"),
        "events": translate("Exchange", "events"),
    }
    parts = []
    for kind, counts in (summary.get("counts") or {}).items():
        new, updated = counts.get("imported", 0), counts.get("merged", 0)
        if new or updated:
            parts.append(
                translate("Exchange", "{n} {kind} new, {m} updated").format(
                    n=new, kind=names.get(kind, kind), m=updated
                )
            )
    if summary.get("retracted"):
        parts.append(translate("Exchange", "{n} retracted").format(n=summary["retracted"]))
    return "; ".join(parts) or translate("Exchange", "nothing new")


class ExchangeTable(QTreeWidget):
    """A flat, read-only list with translated headers; rows keep their source dict."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(False)

    def add_row(
        self,
        values: list[str],
        data: Any = None,
        parent: QTreeWidgetItem | None = None,
        warn: bool = False,
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent if parent is not None else self, [isolate(v) for v in values])
        item.setData(0, ROW_ROLE, data)
        if warn:
            for col in range(len(values)):
                item.setForeground(col, QBrush(WARN))
        return item

    def fit(self) -> None:
        for col in range(self.columnCount()):
            self.resizeColumnToContents(col)

    def rows(self) -> list[list[str]]:
        """Every top-level row as the texts shown (what a person reads)."""
        out = []
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            out.append([item.text(c) for c in range(self.columnCount())])
        return out

    def current_data(self) -> Any:
        item = self.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item.data(0, ROW_ROLE) if item is not None else None


def partner_state(partner: dict[str, Any]) -> tuple[str, bool]:
    """The verification column and whether it needs the officer's attention."""
    statuses = [c["status"] for c in partner["certificates"]]
    if statuses and all(s == "revoked" for s in statuses):
        return translate("Exchange", "revoked — cannot receive"), True
    if "pending" in statuses:
        if any(c["verified"] and c["status"] != "revoked" for c in partner["certificates"]):
            return translate(
                "Exchange", "verified; new certificates await verification"
            ), not partner["can_receive"]
        return translate("Exchange", "NOT verified — cannot receive"), True
    if not partner["can_receive"]:
        return translate(
            "Exchange", "verified — cannot receive (no usable encryption certificate)"
        ), True
    return translate("Exchange", "verified"), False


def _newest(partner: dict[str, Any], usage: str) -> dict[str, Any] | None:
    found = [c for c in partner["certificates"] if c["usage"] == usage]
    return found[-1] if found else None


def fill_partners(table: ExchangeTable, partners: list[dict[str, Any]]) -> None:
    table.clear()
    table.setRootIsDecorated(any(len(p["certificates"]) > 2 for p in partners))
    for p in partners:
        sign, enc = _newest(p, "signing"), _newest(p, "encryption")
        state, warn = partner_state(p)
        expiry = min((c["not_after"] for c in (sign, enc) if c), default="")
        revoked = max((c["revoked"] or "" for c in p["certificates"]), default="")
        country = f"{country_name(p['country'])} ({p['country']})" if p["country"] else ""
        item = table.add_row(
            [
                p["name"],
                country,
                state,
                when(expiry),
                when(revoked),
                sign["fingerprint"] if sign else "",
                enc["fingerprint"] if enc else "",
            ],
            p,
            warn=warn,
        )
        for col, cert in ((5, sign), (6, enc)):
            if cert:
                item.setToolTip(col, "\n".join(grouped_lines(cert["fingerprint"].replace(" ", ""))))
        if warn:
            font = QFont(item.font(2))
            font.setBold(True)
            item.setFont(2, font)
        if len(p["certificates"]) > 2:  # a rollover: every certificate and its state
            for c in p["certificates"]:
                values = [
                    c["usage"],
                    "",
                    status_text(c["status"]),
                    when(c["not_after"]),
                    when(c["revoked"]),
                    "",
                    "",
                ]
                values[5 if c["usage"] == "signing" else 6] = c["fingerprint"]
                table.add_row(values, None, parent=item, warn=c["status"] == "pending")
    table.expandAll()
    table.fit()


def delivery_text(recipient: dict[str, Any]) -> str:
    if recipient["delivered"]:
        return translate("Exchange", "{partner}: delivered {when} ({how})").format(
            partner=recipient["partner"],
            when=when(recipient["delivered"]),
            how=recipient["transport"] or "",
        )
    if recipient["error"]:
        return translate("Exchange", "{partner}: waiting, last attempt failed: {error}").format(
            partner=recipient["partner"], error=recipient["error"]
        )
    return translate("Exchange", "{partner}: waiting for the next sync").format(
        partner=recipient["partner"]
    )


def fill_outbox(table: ExchangeTable, entries: list[dict[str, Any]]) -> None:
    table.clear()
    for e in entries:
        part = f"{e['part']}/{e['parts']}" if e["parts"] > 1 else ""
        warn = any(r["error"] and not r["delivered"] for r in e["recipients"])
        table.add_row(
            [
                e["package_id"],
                when(e["created"]),
                ", ".join(r["partner"] for r in e["recipients"]),
                status_text(e["status"]),
                "; ".join(delivery_text(r) for r in e["recipients"]),
                part,
            ],
            e,
            warn=warn,
        )
    table.fit()


def fill_inbox(table: ExchangeTable, entries: list[dict[str, Any]]) -> None:
    table.clear()
    for e in entries:
        table.add_row(
            [
                e["package_id"],
                e["partner"],
                str(e["sequence"]),
                when(e["received"]),
                e["source"] or "",
                status_text("merged"),
                counts_text(e["summary"]),
            ],
            e,
        )
    table.fit()


def fill_quarantine(table: ExchangeTable, entries: list[dict[str, Any]]) -> None:
    table.clear()
    for e in entries:
        released = when(e["released"])
        item = table.add_row(
            [
                when(e["ts"]),
                e.get("partner") or "",
                e["source"] or "",
                e["code"],
                e["reason"],
                e["package_id"] or "",
                e["file"],
                released,
            ],
            e,
            warn=not released,
        )
        item.setToolTip(4, e["reason"])  # reasons run long; the column is cut
    table.fit()


def fill_transports(table: ExchangeTable, entries: list[dict[str, Any]]) -> None:
    table.clear()
    for t in entries:
        if t["kind"] == "folder":
            where = t.get("path", "")
        else:
            where = f"{t.get('user', '')}@{t.get('host', '')}:{t.get('port', '')}"
        table.add_row([t["name"], t["kind"], where], t)
    table.fit()


def received_text(got: Any) -> str:
    """One receive result (``inbox.Received``) as a sentence."""
    name = got.file.rsplit("/", 1)[-1]
    if got.status == "merged":
        summary = got.merge.summary() if got.merge is not None else {}
        return translate(
            "Exchange", "{file}: merged package {package} from {partner} ({counts})."
        ).format(
            file=name, package=got.package_id, partner=got.partner, counts=counts_text(summary)
        )
    return translate("Exchange", "{file}: quarantined ({code}). {reason}").format(
        file=name, code=got.code, reason=got.reason
    )


def fate_text(fate: Any) -> str:
    """One package's fate during a sync (``sync.Fate``) as a sentence."""
    package = fate.package_id or translate("Exchange", "a package")
    status = status_text(fate.status)
    if fate.direction == "out":
        text = translate(
            "Exchange", "Sent {package} to {partner} over {transport}: {status}."
        ).format(package=package, partner=fate.partner, transport=fate.transport, status=status)
    elif fate.transport == STRANDED:
        text = translate(
            "Exchange",
            "Received {package} from {partner}, left in the incoming folder by an "
            "interrupted sync: {status}.",
        ).format(
            package=package,
            partner=fate.partner or translate("Exchange", "an unknown sender"),
            status=status,
        )
    else:
        text = translate(
            "Exchange", "Received {package} from {partner} over {transport}: {status}."
        ).format(
            package=package,
            partner=fate.partner or translate("Exchange", "an unknown sender"),
            transport=fate.transport,
            status=status,
        )
    return f"{text} {fate.reason}" if fate.reason else text


def sync_text(report: Any) -> str:
    """A sync report: totals first, then each package, then what could not be reached."""
    counts = {s: report.count(s) for s in ("delivered", "merged", "quarantined", "failed")}
    lines = [
        translate(
            "Exchange",
            "Sync finished: {delivered} delivered, {merged} merged, {quarantined} "
            "quarantined, {failed} failed.",
        ).format(**counts)
    ]
    failed = list(dict.fromkeys(f.transport for f in report.failures))
    if failed:
        lines.append(translate(
            "Exchange",
            "Not finished over {transports}. Nothing is lost: what did not get through "
            "waits on the server or in the outbox for the next sync.",
        ).format(transports=", ".join(failed)))
    if not report.fates and not failed:
        lines.append(translate("Exchange", "Nothing was waiting in either direction."))
    lines += [fate_text(f) for f in report.fates]
    lines += [translate("Exchange", "Problem: {error}").format(error=e) for e in report.errors]
    return "\n".join(lines)
