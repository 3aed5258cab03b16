"""Hit/no-hit across agencies without revealing the lists (issue 21; ARCHITECTURE.md,
"Hit/no-hit").

The asker blinds its identifiers with a fresh secret scalar and sends them in a package;
the answerer's workspace takes the query on receipt (within the agreement's caps, or
refuses it), and answers after the merge: the asker's elements re-blinded with its own
fresh scalar, in the asker's order, plus its own set blinded and sorted. The asker
removes its own scalar from its elements and learns which of its identifiers the
partner holds;
the answerer learns how many were asked. Both sides audit counts, never values.
"""

from __future__ import annotations

import contextlib
import json
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from liaison.analysis.partners import Partner, get_partner
from liaison.analysis.policy import WITHHOLD, check_policy, is_source_prop
from liaison.exchange import certs, outbox, psi
from liaison.exchange.errors import ExchangeError, PackageRefused
from liaison.exchange.package import (
    ANSWER,
    MAX_ASKED,
    QUERY,
    HitMessage,
    OpenedPackage,
    PackageContent,
)
from liaison.model.hit_keys import stored_key
from liaison.model.names import name_key
from liaison.store import audit
from liaison.store.atomic import write_atomic
from liaison.store.database import Connection, transaction

DAY = timedelta(hours=24)


class HitError(ExchangeError):
    """A query that may not be asked (no agreement, over the cap, nothing to ask)."""


@dataclass
class QuerySent:
    query_id: str
    partner: str
    asked: int
    package: outbox.Queued

    def as_dict(self) -> dict[str, Any]:
        return {"query_id": self.query_id, "partner": self.partner, "asked": self.asked,
                "package": self.package.as_dict()}


# --- the sets ------------------------------------------------------------------------------


def record_keys(conn: Connection, rids: list[int] | None = None, *,
                answering: bool = False) -> set[str]:
    """The askable keys of the entities of records ``rids`` (all active ones if None).
    ``answering``: without the values of properties that identify a source (a handler's
    phone, an informant's name), which no share lets go and so no answer may reveal."""
    where, params = "r.status = 'active'", ()
    if rids is not None:
        if not rids:
            return set()
        where += " AND r.rid IN (SELECT value FROM json_each(?))"
        params = (json.dumps(rids),)
    keys: set[str] = set()
    names: dict[int, set[str]] = {}
    births: dict[int, set[str]] = {}
    for eid, prop, value, kind, country in conn.execute(
            "SELECT DISTINCT v.eid, v.prop, v.value, v.kind, r.country FROM entity_values v "
            "JOIN entity_records er ON er.eid = v.eid JOIN records r ON r.rid = er.rid "
            f"WHERE v.valid = 1 AND {where}", params):
        if answering and is_source_prop(prop):
            continue
        if kind == "name" and prop == "name":
            names.setdefault(eid, set()).add(name_key(value))
        elif prop == "birthDate" and len(value) == 10:
            births.setdefault(eid, set()).add(value)
        else:
            key = stored_key(kind, prop, value, country)
            if key:
                keys.add(key)
    for eid, days in births.items():
        keys.update(f"person:{n}:{d}" for n in names.get(eid, ()) if n for d in days)
    return keys


def shareable_keys(conn: Connection, partner: Partner, our_agency: str,
                   today: date | None = None) -> tuple[set[str], int]:
    """Our keys that take part in answering ``partner``: those of records the sharing
    policy would let go to it (TLP, handling code, agreement, consent, third party).
    Returns the keys and how many records were withheld."""
    ids = {i: rid for i, rid in conn.execute(
        "SELECT id, rid FROM records WHERE status = 'active'")}
    report = check_policy(conn, partner, list(ids), our_agency, today, fields=False)
    allowed = [ids[d.record_id] for d in report.decisions if d.action != WITHHOLD]
    return record_keys(conn, allowed, answering=True), len(ids) - len(allowed)


# --- asking --------------------------------------------------------------------------------


def _agreed(partner: Partner, today: date) -> str | None:
    a = partner.agreement
    if a is None:
        return f"there is no agreement with {partner.name}"
    if a.expired(today):
        return f"the agreement with {partner.name} ended on {a.valid_until}"
    if a.hit_max_values == 0 or a.hit_max_per_day == 0:
        return f"the agreement with {partner.name} allows no hit/no-hit queries"
    return None


def ask(conn: Connection, folder: Path, partner_name: str, keys: list[str], *, actor: str,
        now: datetime | None = None) -> QuerySent:
    """Blind ``keys`` (normalised, model.hit_keys) and queue the query package; the secret
    and the keys stay in ``hit_queries`` until the answer comes. HitError if the agreement
    with the partner does not allow it (audited ``hits.query_refused``)."""
    now = now or certs.utcnow()
    partner = get_partner(conn, partner_name)
    keys = list(dict.fromkeys(keys))
    if not keys:
        raise HitError("There is nothing to ask: no identifiers were given or found.")
    problem = _agreed(partner, now.date())
    cap = partner.agreement.hit_max_values if partner.agreement else 0
    if problem is None and len(keys) > min(cap, MAX_ASKED):
        problem = (f"the query asks about {len(keys):,} values; the agreement with "
                   f"{partner.name} allows at most {min(cap, MAX_ASKED):,} per query")
    if problem is not None:
        with transaction(conn):
            audit.append(conn, actor, "hits.query_refused", partner.name,
                         {"direction": "out", "asked": len(keys), "reason": problem})
        raise HitError(f"No query was sent: {problem}.")
    random.SystemRandom().shuffle(keys)  # the order sent says nothing of the order given
    query_id = str(uuid.uuid4())
    secret = psi.new_scalar()
    points = psi.hash_and_blind(query_id, keys, secret)
    message = HitMessage(QUERY, query_id, b"".join(points))
    queued = None
    try:
        with transaction(conn):
            queued = outbox.queue_message(conn, folder, PackageContent(hits=message),
                                          partner.name, now=now)
            conn.execute(
                "INSERT INTO hit_queries (query_id, direction, pid, created, asked, status, "
                "package_id, secret, keys) VALUES (?, 'out', ?, ?, ?, 'sent', ?, ?, ?)",
                (query_id, partner.pid, certs.iso(now), len(keys), queued.package_id, secret,
                 json.dumps(keys)))
            audit.append(conn, actor, "hits.query_sent", partner.name, {
                "query_id": query_id, "asked": len(keys), "package_id": queued.package_id,
                "bytes": queued.size})
    except BaseException:
        if queued is not None:
            with contextlib.suppress(OSError):
                queued.file.unlink()
        raise
    return QuerySent(query_id, partner.name, len(keys), queued)


# --- on receipt (inside the merge transaction) ---------------------------------------------


def _refuse(reason: str) -> PackageRefused:
    return PackageRefused("record", f"hits.json: {reason}")


def take(conn: Connection, opened: OpenedPackage, *, actor: str, now: datetime
         ) -> dict[str, Any]:
    """Record a received query (pending, or refused over the agreement's caps) or apply a
    received answer to our query; PackageRefused (nothing changes) when it is not valid."""
    message = opened.content.hits
    assert message is not None
    if message.type == QUERY:
        return _take_query(conn, opened, message, actor, now)
    return _take_answer(conn, opened, message, actor, now)


def _take_query(conn: Connection, opened: OpenedPackage, message: HitMessage, actor: str,
                now: datetime) -> dict[str, Any]:
    signer = opened.signer
    if conn.execute("SELECT 1 FROM hit_queries WHERE query_id = ? AND direction = 'in'",
                    (message.query_id,)).fetchone():
        raise PackageRefused("replay", f"Hit/no-hit query {message.query_id} was already "
                             "received.")
    partner = get_partner(conn, signer.pid)
    asked = message.count()
    reason = _agreed(partner, now.date())
    a = partner.agreement
    if reason is None and a is not None and asked > a.hit_max_values:
        reason = (f"the query asks about {asked:,} values; the agreement with {partner.name} "
                  f"allows at most {a.hit_max_values:,} per query")
    if reason is None and a is not None:
        recent = conn.execute(
            "SELECT count(*) FROM hit_queries WHERE pid = ? AND direction = 'in' AND "
            "status != 'refused' AND created > ?", (partner.pid, certs.iso(now - DAY))
        ).fetchone()[0]
        if recent >= a.hit_max_per_day:
            reason = (f"{partner.name} has already asked {recent} hit/no-hit queries in the "
                      f"last 24 hours; the agreement allows {a.hit_max_per_day}")
    points = message.points
    if reason is None:
        try:  # an element outside the group refuses the package: nothing is kept
            psi.check_points(psi.split_points(points))
        except psi.PsiError as exc:
            raise _refuse(f"the query is refused: {exc}") from None
    status = "pending" if reason is None else "refused"
    conn.execute(
        "INSERT INTO hit_queries (query_id, direction, pid, created, asked, status, reason, "
        "package_id, points) VALUES (?, 'in', ?, ?, ?, ?, ?, ?, ?)",
        (message.query_id, partner.pid, certs.iso(now), asked, status, reason or "",
         opened.manifest.package_id, points if reason is None else None))
    summary = {"query_id": message.query_id, "asked": asked, "status": status,
               "reason": reason or ""}
    audit.append(conn, actor, "hits.query_received" if reason is None else
                 "hits.query_refused", partner.name, {"direction": "in", **summary})
    return {"type": QUERY, **summary}


def _take_answer(conn: Connection, opened: OpenedPackage, message: HitMessage, actor: str,
                 now: datetime) -> dict[str, Any]:
    signer = opened.signer
    row = conn.execute(
        "SELECT hid, status, asked, secret, keys FROM hit_queries WHERE query_id = ? AND "
        "direction = 'out' AND pid = ?", (message.query_id, signer.pid)).fetchone()
    if row is None:
        raise _refuse(f"it answers no hit/no-hit query we sent to {signer.partner}.")
    hid, status, asked, secret, keys_json = row
    if status != "sent":
        raise PackageRefused("replay", f"Hit/no-hit query {message.query_id} was already "
                             "answered.")
    if message.asked != asked:
        raise _refuse(f"the answer is for {message.asked:,} values; we asked {asked:,}.")
    summary: dict[str, Any] = {"query_id": message.query_id, "asked": asked,
                               "status": message.status}
    if message.status == "refused":
        conn.execute("UPDATE hit_queries SET status = 'refused', reason = ?, answered = ?, "
                     "answer_id = ?, secret = NULL WHERE hid = ?",
                     (message.reason, certs.iso(now), opened.manifest.package_id, hid))
        summary["reason"] = message.reason
    else:
        # (H(k)^ab)^(1/a) = H(k)^b, compared with the answerer's H(y)^b as they come: the
        # same view as raising all of those to a (each is a bijection of the group), at
        # the cost of our n elements instead of its m. The held elements are never
        # multiplied by our secret, so one outside the group can only fail to match.
        try:
            mine = psi.blind(message.points, psi.invert(bytes(secret)))
        except psi.PsiError as exc:
            raise _refuse(f"the answer is refused: {exc}") from None
        held = set(psi.split_points(message.held))
        keys = json.loads(keys_json)
        found = [point in held for point in mine]
        conn.executemany("INSERT INTO hit_results (hid, key, hit) VALUES (?, ?, ?)",
                         [(hid, k, int(f)) for k, f in zip(keys, found, strict=True)])
        conn.execute("UPDATE hit_queries SET status = 'answered', answered = ?, answer_id = ?, "
                     "held = ?, hits = ?, secret = NULL WHERE hid = ?",
                     (certs.iso(now), opened.manifest.package_id, len(message.held) // 32,
                      sum(found), hid))
        summary.update(held=len(message.held) // 32, hits=sum(found))
    audit.append(conn, actor, "hits.answer_received", signer.partner, summary)
    return {"type": ANSWER, **summary}


# --- answering (after the merge) -----------------------------------------------------------


def answer(keys: set[str], query_id: str, points: bytes, asked: int
           ) -> tuple[HitMessage, int]:
    """The answer to one query over our ``keys``: a fresh scalar, the asker's elements
    re-blinded in their order, our own set blinded and sorted (a shuffle that depends on
    nothing but the blinded values). PsiError if an asker's element is not valid."""
    secret = psi.new_scalar()
    reblinded = psi.blind(points, secret)
    held = psi.hash_and_blind(query_id, list(keys), secret)
    held.sort()
    return HitMessage(ANSWER, query_id, b"".join(reblinded), b"".join(held),
                      asked=asked), len(held)


def answer_pending(conn: Connection, folder: Path, *, our_agency: str, actor: str,
                   now: datetime | None = None) -> list[dict[str, Any]]:
    """Answer every query received and not yet answered (or tell the asker why it was
    refused), one package and one transaction each; audited ``hits.answer_sent``."""
    now = now or certs.utcnow()
    done = []
    for hid, query_id, pid, asked, status, reason, points in conn.execute(
            "SELECT hid, query_id, pid, asked, status, reason, points FROM hit_queries "
            "WHERE direction = 'in' AND answer_id IS NULL ORDER BY hid").fetchall():
        partner = get_partner(conn, pid)
        held = 0
        if status == "pending":
            keys, withheld = shareable_keys(conn, partner, our_agency, now.date())
            message, held = answer(keys, query_id, bytes(points), asked)
        else:
            message = HitMessage(ANSWER, query_id, status="refused",
                                 reason=reason[:500] or "refused", asked=asked)
            withheld = 0
        queued = None
        try:
            with transaction(conn):
                queued = outbox.queue_message(conn, folder, PackageContent(hits=message),
                                              partner.name, now=now)
                conn.execute(
                    "UPDATE hit_queries SET status = ?, answered = ?, answer_id = ?, held = ?, "
                    "points = NULL WHERE hid = ?",
                    ("answered" if status == "pending" else "refused", certs.iso(now),
                     queued.package_id, held, hid))
                entry = {"query_id": query_id, "asked": asked, "status": message.status,
                         "held": held, "records_withheld": withheld,
                         "package_id": queued.package_id, "bytes": queued.size}
                audit.append(conn, actor, "hits.answer_sent", partner.name, entry)
        except BaseException:
            if queued is not None:
                with contextlib.suppress(OSError):
                    queued.file.unlink()
            raise
        done.append({"partner": partner.name, **entry})
    return done


# --- results -------------------------------------------------------------------------------


def queries(conn: Connection) -> list[dict[str, Any]]:
    """Every hit/no-hit query, both directions, newest first; ours with hits per key."""
    out = []
    for hid, query_id, direction, partner, created, asked, status, reason, answered, held, \
            hits in conn.execute(
            "SELECT q.hid, q.query_id, q.direction, p.name, q.created, q.asked, q.status, "
            "q.reason, q.answered, q.held, q.hits FROM hit_queries q JOIN partners p "
            "ON p.pid = q.pid ORDER BY q.hid DESC").fetchall():
        item = {"query_id": query_id, "direction": direction, "partner": partner,
                "created": created, "asked": asked, "status": status, "reason": reason,
                "answered": answered, "held": held, "hits": hits}
        if direction == "out":
            item["results"] = [{"identifier": k, "hit": bool(h)} for k, h in conn.execute(
                "SELECT key, hit FROM hit_results WHERE hid = ? ORDER BY hit DESC, key",
                (hid,))]
        out.append(item)
    return out


# --- requesting the records behind the hits ------------------------------------------------


@dataclass
class RecordsRequest:
    query_id: str
    partner: str
    identifiers: list[str]
    file: Path

    def as_dict(self) -> dict[str, Any]:
        return {"query_id": self.query_id, "partner": self.partner,
                "identifiers": len(self.identifiers), "file": str(self.file)}


def request_records(conn: Connection, query_id: str, folder: Path, *, our_agency: str,
                    actor: str, now: datetime | None = None) -> RecordsRequest:
    """Write a plain request to the partner for the records behind an answered query's
    hits (the hit identifiers only, the query id and the agreement) as a JSON file in
    ``folder``, and audit ``hits.request`` (counts, never values). Liaison has no request
    channel of its own: the officer sends the file the way requests already travel.
    HitError, with nothing written, when the query is not ours, unanswered or has no hits,
    or the folder is unusable."""
    now = now or certs.utcnow()
    row = conn.execute(
        "SELECT q.hid, p.name, q.status, q.created, q.answered, q.asked FROM hit_queries q "
        "JOIN partners p ON p.pid = q.pid WHERE q.query_id = ? AND q.direction = 'out'",
        (query_id,)).fetchone()
    if row is None:
        raise HitError(f"There is no query of ours with id {query_id!r}.")
    hid, partner_name, status, created, answered, asked = row
    if status != "answered":
        raise HitError(f"The query to {partner_name} is {status}, not answered: there are "
                       "no hits to request yet.")
    keys = [k for (k,) in conn.execute(
        "SELECT key FROM hit_results WHERE hid = ? AND hit = 1 ORDER BY key", (hid,))]
    if not keys:
        raise HitError(f"{partner_name} holds none of the identifiers asked: there is "
                       "nothing to request.")
    folder = Path(folder)
    if not folder.is_dir():
        raise HitError(f"The folder {folder} does not exist or is not a folder.")
    partner = get_partner(conn, partner_name)
    agreement = partner.agreement
    body = {
        "type": "records-request", "version": 1, "from": our_agency, "to": partner_name,
        "created": certs.iso(now),
        "reason": "hits of a hit/no-hit query",
        "query": {"query_id": query_id, "sent": created, "answered": answered,
                  "asked": asked, "hits": len(keys)},
        "agreement": None if agreement is None else {
            "updated": agreement.updated, "valid_until": agreement.valid_until,
            "purposes": list(agreement.purposes)},
        "identifiers": [{"kind": k.split(":", 1)[0], "value": k.split(":", 1)[1]}
                        for k in keys],
    }
    path = folder / f"records-request-{query_id}.json"
    try:
        write_atomic(path, (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode())
    except OSError as exc:
        raise HitError(f"The request could not be written in {folder}: "
                       f"{exc.strerror or exc}.") from None
    try:
        with transaction(conn):
            audit.append(conn, actor, "hits.request", partner_name, {
                "query_id": query_id, "identifiers": len(keys), "file": path.name})
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    return RecordsRequest(query_id, partner_name, keys, path)
