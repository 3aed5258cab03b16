"""The sharing policy: for every record and field, send / send redacted / withhold, and why.

Record rules, in the order they are checked (every rule that fails is reported; the
first one is "the" reason):

=====================  ==========================================================
``status``             a retracted or superseded record is not sent
``tlp.red``            TLP:RED never leaves
``tlp.amber_strict``   TLP:AMBER+STRICT goes only back to the originator itself
``agreement.none``     no agreement with the partner: nothing is sent
``agreement.expired``  the agreement's end date has passed: nothing is sent
``tlp.above``          TLP above the agreement's highest level (no TLP = AMBER)
``handling.none``      no handling code: the originator's conditions are unknown
``handling.not_agreed``  the handling code is not one the agreement lists
``handling.h2_consent``  H2 needs the originator's consent on file, not expired
``third_party``        received from another agency: only if the agreement allows
``purpose.not_agreed``  the agreement lists purposes and the share's stated purpose
                       is not one of them (or none was stated)
=====================  ==========================================================

A record is first-party when its agency is ours, and going home when the partner is
its originator; then the H2 and third-party rules do not apply. Field rules: free
text (title, narrative, entity values) is sent redacted; the legal basis and purpose
stay internal; source-identifying fields never leave (:data:`SOURCE_PROPS`,
:data:`SOURCE_WORDS`); format bookkeeping in ``extra`` stays home unless listed in
:data:`SHAREABLE_EXTRA`; attachments follow the redaction profile.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from liaison.analysis.partners import Partner, find_consent, get_partner
from liaison.model.values import TLP_LEVELS
from liaison.store.database import Connection

SEND, REDACT, WITHHOLD = "send", "send redacted", "withhold"
_SEVERITY = {SEND: 0, REDACT: 1, WITHHOLD: 2}

# Entity properties that name or point at a human source or its handler.
SOURCE_PROPS = frozenset({
    "sourceName", "sourceId", "sourceCode", "sourceUrl", "sourceReference", "informant",
    "informantName", "informantCode", "informer", "handler", "handlerName", "chis",
    "publisher", "publisherUrl", "witness", "witnessName",
})
# Words that mark a field (or its name) as identifying a source, in the languages we
# receive: a handling condition saying "source: CHIS-17" must not travel.
SOURCE_WORDS = re.compile(
    r"source|informant|informer|\bchis\b|handler|witness|quelle|v-person|vertrauensperson|"
    r"zeuge|indicateur|t[ée]moin|fuente|confidente|informador|testigo|[źz]r[óo]d[łl]|"
    r"informator|świadek|источник|осведомител|информатор|свидетел|източник|πηγή|"
    r"πληροφοριοδότ|μάρτυρ|مصدر|مخبر|شاهد", re.IGNORECASE)
# Record.extra keys a partner may see; all other bookkeeping stays in the workspace.
# ``created``/``modified``: the STIX timestamps a record came with, so an export keeps
# them (issue 17, round trips); times, never content.
SHAREABLE_EXTRA = frozenset({"synthetic", "labels", "report_types", "lang", "created",
                             "modified"})

RULES: dict[str, str] = {
    "status": "retracted or superseded records are not sent",
    "tlp.red": "TLP:RED never leaves",
    "tlp.amber_strict": "TLP:AMBER+STRICT only to the originator's own organisation",
    "agreement.none": "no agreement with the partner",
    "agreement.expired": "the agreement has expired",
    "tlp.above": "TLP above the agreement's maximum",
    "handling.none": "no handling code on the record",
    "handling.not_agreed": "handling code not in the agreement",
    "handling.h2_consent": "H2 needs the originator's consent on file",
    "third_party": "third-party data only where the agreement allows it",
    "purpose.not_agreed": "the share's purpose must be one the agreement lists",
    "allowed": "within the agreement",
    "free_text": "free text is sent redacted",
    "metadata": "reference, dates, markings and grading travel with the record",
    "handling.conditions": "handling conditions travel with the record",
    "source.conditions": "handling conditions naming a source never leave",
    "internal": "legal basis and purpose stay internal",
    "source.extra": "source-identifying fields never leave",
    "extra.internal": "format bookkeeping stays in the workspace",
    "attachments": "attachments follow the redaction profile",
    "source.entity": "source-identifying entity properties never leave",
}


@dataclass(frozen=True)
class Verdict:
    """One rule's finding: the action it demands, the rule's code, and why in words."""

    action: str
    rule: str
    reason: str


@dataclass(frozen=True)
class FieldDecision:
    """What happens to one field: ``narrative``, ``extra.KEY``, ``entity:ID.PROP``..."""

    field: str
    action: str
    rule: str
    reason: str


@dataclass
class RecordDecision:
    """The decision for one record: its action, every rule that spoke, and its fields."""

    record_id: str
    title: str
    agency: str
    tlp: str | None
    handling: str | None
    action: str
    verdicts: list[Verdict]
    fields: list[FieldDecision] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def rule(self) -> str:
        return self.verdicts[0].rule

    @property
    def reason(self) -> str:
        return self.verdicts[0].reason

    def withheld_fields(self) -> set[str]:
        return {f.field for f in self.fields if f.action == WITHHOLD}

    def as_dict(self) -> dict[str, Any]:
        return {"record_id": self.record_id, "title": self.title, "agency": self.agency,
                "tlp": self.tlp, "handling": self.handling, "action": self.action,
                "rule": self.rule, "reason": self.reason,
                "verdicts": [v.__dict__ for v in self.verdicts],
                "fields": [f.__dict__ for f in self.fields], "notes": self.notes}


@dataclass
class PolicyReport:
    """The policy's answer for a set of records and one partner."""

    partner: Partner
    checked_on: str
    decisions: list[RecordDecision]
    purpose: str | None = None

    def allowed(self) -> list[RecordDecision]:
        return [d for d in self.decisions if d.action != WITHHOLD]

    def withheld(self) -> list[RecordDecision]:
        return [d for d in self.decisions if d.action == WITHHOLD]

    def decision(self, record_id: str) -> RecordDecision | None:
        return next((d for d in self.decisions if d.record_id == record_id), None)

    def as_dict(self) -> dict[str, Any]:
        return {"partner": self.partner.as_dict(), "checked_on": self.checked_on,
                "purpose": self.purpose,
                "allowed": len(self.allowed()), "withheld": len(self.withheld()),
                "decisions": [d.as_dict() for d in self.decisions]}


def _rank(tlp: str) -> int:
    return TLP_LEVELS.index(tlp)


def _same_agency(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


@dataclass(frozen=True)
class _Row:
    id: str
    title: str
    agency: str
    tlp: str | None
    handling: str | None
    conditions: str
    legal_basis: str
    purpose: str
    status: str
    extra: dict[str, Any]
    attachments: int


def _purpose_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def purpose_verdict(partner: Partner, purpose: str | None) -> Verdict | None:
    """Withhold when the agreement names purposes and the share's is not among them.

    An agreement without purposes does not restrict them (the cautious default is set by
    the TLP and handling limits); the comparison ignores case and spacing."""
    agreement = partner.agreement
    if agreement is None or not agreement.purposes:
        return None
    listed = "; ".join(agreement.purposes)
    if not purpose or not purpose.strip():
        return Verdict(WITHHOLD, "purpose.not_agreed", f"The agreement with {partner.name} "
                       f"allows sharing only for stated purposes ({listed}); state the "
                       "purpose of this share.")
    if _purpose_key(purpose) not in {_purpose_key(p) for p in agreement.purposes}:
        return Verdict(WITHHOLD, "purpose.not_agreed", f"The purpose '{purpose.strip()}' is "
                       f"not one the agreement with {partner.name} lists ({listed}).")
    return None


def _record_verdicts(conn: Connection, row: _Row, partner: Partner, our_agency: str,
                     today: date, notes: list[str], purpose: str | None = None,
                     correction: bool = False) -> list[Verdict]:
    """Every record-level rule that withholds ``row`` from ``partner`` (empty: allowed)."""
    out: list[Verdict] = []
    home = _same_agency(row.agency, partner.name)
    first_party = _same_agency(row.agency, our_agency)
    if row.status != "active":
        out.append(Verdict(WITHHOLD, "status", f"The record is {row.status}; only active "
                                               "records are sent."))
    if row.tlp == "RED":
        out.append(Verdict(WITHHOLD, "tlp.red", "TLP:RED never leaves this workspace."))
    if row.tlp == "AMBER+STRICT" and not home:
        out.append(Verdict(WITHHOLD, "tlp.amber_strict", "TLP:AMBER+STRICT may go only to "
                           f"the originator's own organisation ({row.agency})."))
    agreement = partner.agreement
    if agreement is None:
        out.append(Verdict(WITHHOLD, "agreement.none", f"There is no sharing agreement with "
                           f"{partner.name}; record one before sending anything."))
        return out
    if agreement.expired(today):
        out.append(Verdict(WITHHOLD, "agreement.expired", f"The agreement with {partner.name} "
                           f"ended on {agreement.valid_until}."))
    tlp = row.tlp or "AMBER"
    if row.tlp is None:
        notes.append("The record has no TLP marking; it is treated as TLP:AMBER.")
    if tlp not in ("RED", "AMBER+STRICT") and _rank(tlp) > _rank(agreement.max_tlp):
        out.append(Verdict(WITHHOLD, "tlp.above", f"TLP:{tlp} is above what the agreement "
                           f"allows {partner.name} (up to TLP:{agreement.max_tlp})."))
    if row.handling is None:
        out.append(Verdict(WITHHOLD, "handling.none", "The record has no handling code, so "
                           "the originator's conditions are unknown."))
    elif row.handling not in agreement.handling_codes:
        out.append(Verdict(WITHHOLD, "handling.not_agreed", f"Handling code {row.handling} "
                           f"is not in the agreement with {partner.name} "
                           f"({', '.join(agreement.handling_codes) or 'none'})."))
    if row.handling == "H2" and not (first_party or home):
        consent = find_consent(conn, row.id, partner.pid, today)
        if consent is None:
            out.append(Verdict(WITHHOLD, "handling.h2_consent", "H2: the originator "
                               f"({row.agency}) has not consented to passing this record "
                               f"on; no valid consent is on file."))
        else:
            notes.append(f"H2 consent on file: {consent.reference} ({consent.granted}).")
    if not (first_party or home or agreement.third_party):
        out.append(Verdict(WITHHOLD, "third_party", f"Received from {row.agency}; the "
                           f"agreement with {partner.name} does not allow passing on "
                           "third-party data."))
    # A correction goes to a partner who already received the record for the purpose
    # its share stated; every other rule is checked again, the purpose cannot change.
    purpose_rule = None if correction else purpose_verdict(partner, purpose)
    if purpose_rule is not None:
        out.append(purpose_rule)
    if row.handling == "H3" and row.conditions:
        notes.append(f"H3 conditions: {row.conditions}")
    return out


def _field_decisions(row: _Row, source_props: list[tuple[str, str]]) -> list[FieldDecision]:
    out = [FieldDecision(name, REDACT, "free_text", "Sent after redaction.")
           for name in ("title", "narrative")]
    out.append(FieldDecision("reference, dates, handling, TLP, grading", SEND, "metadata",
                             "They travel with the record so the partner can respect them."))
    if row.conditions:
        if SOURCE_WORDS.search(row.conditions):
            out.append(FieldDecision("handling_conditions", WITHHOLD, "source.conditions",
                                     "The handling conditions mention a source; they stay "
                                     "here (tell the partner the conditions in other words)."))
        else:
            out.append(FieldDecision("handling_conditions", REDACT, "handling.conditions",
                                     "The partner must respect them; sent after redaction."))
    for name in ("legal_basis", "purpose"):
        if getattr(row, name):
            out.append(FieldDecision(name, WITHHOLD, "internal",
                                     "The legal basis and purpose stay internal."))
    for key, value in sorted(row.extra.items()):
        if SOURCE_WORDS.search(key) or SOURCE_WORDS.search(json.dumps(value, ensure_ascii=False)):
            out.append(FieldDecision(f"extra.{key}", WITHHOLD, "source.extra",
                                     "It identifies a source; it never leaves."))
        elif key not in SHAREABLE_EXTRA:
            out.append(FieldDecision(f"extra.{key}", WITHHOLD, "extra.internal",
                                     "Format bookkeeping stays in the workspace."))
    if row.attachments:
        out.append(FieldDecision("attachments", REDACT, "attachments",
                                 "Dropped unless the redaction profile keeps them; kept "
                                 "images lose their metadata."))
    for entity_id, prop in source_props:
        out.append(FieldDecision(f"entity:{entity_id}.{prop}", WITHHOLD, "source.entity",
                                 f"'{prop}' identifies a source; it never leaves."))
    return out


def is_source_prop(prop: str) -> bool:
    """True for entity properties that identify a source (by name or by the words in it)."""
    return prop in SOURCE_PROPS or bool(SOURCE_WORDS.search(prop))


def _rows(conn: Connection, record_ids: Sequence[str]) -> dict[str, _Row]:
    out: dict[str, _Row] = {}
    ids = list(dict.fromkeys(record_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        cur = conn.execute(
            "SELECT r.id, r.title, r.agency, r.tlp, r.handling, r.handling_conditions, "
            "r.legal_basis, r.purpose, r.status, r.extra, (SELECT count(*) FROM "
            "record_attachments ra WHERE ra.rid = r.rid) FROM records r "
            f"WHERE r.id IN ({', '.join('?' * len(chunk))})", chunk)
        for row in cur:
            try:
                extra = json.loads(row[9] or "{}")
            except ValueError:
                extra = {"unreadable": row[9]}
            out[row[0]] = _Row(*row[:9], extra if isinstance(extra, dict) else {}, row[10])
    return out


def _source_props(conn: Connection, record_ids: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
    """(entity id, property) of source-identifying values, per record id."""
    props = [p for (p,) in conn.execute("SELECT DISTINCT prop FROM entity_values")
             if is_source_prop(p)]
    out: dict[str, list[tuple[str, str]]] = {}
    if not props:
        return out
    for i in range(0, len(record_ids), 400):
        chunk = list(record_ids[i:i + 400])
        cur = conn.execute(
            "SELECT DISTINCT r.id, e.id, v.prop FROM records r JOIN entity_records er "
            "ON er.rid = r.rid JOIN entities e ON e.eid = er.eid JOIN entity_values v "
            f"ON v.eid = e.eid WHERE r.id IN ({', '.join('?' * len(chunk))}) "
            f"AND v.prop IN ({', '.join('?' * len(props))}) ORDER BY 1, 2, 3",
            [*chunk, *props])
        for rid, eid, prop in cur:
            out.setdefault(rid, []).append((eid, prop))
    return out


def check_policy(conn: Connection, partner: Partner | str | int, record_ids: Sequence[str],
                 our_agency: str, today: date | None = None, purpose: str | None = None,
                 correction: bool = False, fields: bool = True) -> PolicyReport:
    """Decide, for each record (by id) and each of its fields, what may go to ``partner``
    for the stated ``purpose`` (checked against the agreement's purposes; not for a
    ``correction`` of records the partner already received). ``fields=False`` decides
    the records only (no field decisions; an allowed record is SEND, never REDACT): half
    the time, for a caller that needs only whether each record may go (hit/no-hit).

    Unknown record ids are reported as withheld (rule ``status``), never silently dropped.
    """
    partner = partner if isinstance(partner, Partner) else get_partner(conn, partner)
    today = today or date.today()
    rows = _rows(conn, record_ids)
    sources = _source_props(conn, list(rows)) if fields else {}
    decisions: list[RecordDecision] = []
    for record_id in dict.fromkeys(record_ids):
        row = rows.get(record_id)
        if row is None:
            decisions.append(RecordDecision(record_id, "", "", None, None, WITHHOLD, [
                Verdict(WITHHOLD, "status", "The record is not in this workspace.")]))
            continue
        notes: list[str] = []
        verdicts = _record_verdicts(conn, row, partner, our_agency, today, notes, purpose,
                                    correction)
        decided = _field_decisions(row, sources.get(record_id, [])) if fields else []
        if verdicts:
            action = WITHHOLD
        else:
            action = max((f.action for f in decided if f.action != WITHHOLD),
                         key=_SEVERITY.__getitem__, default=SEND)
            if any(f.action == WITHHOLD for f in decided):
                action = REDACT
            tlp = row.tlp or "AMBER"
            verdicts = [Verdict(action, "allowed", f"TLP:{tlp} and {row.handling} are within "
                                f"the agreement with {partner.name}.")]
        decisions.append(RecordDecision(row.id, row.title, row.agency, row.tlp, row.handling,
                                        action, verdicts, decided, notes))
    return PolicyReport(partner, today.isoformat(), decisions,
                        purpose.strip() if purpose and purpose.strip() else None)
