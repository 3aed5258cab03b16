"""Partner certificates: pinned by fingerprint, verified out of band, rolled over, revoked.

A partner (the ``partners`` row of schema 5) has a signing and an encryption
certificate. Both arrive as files and stay *pending* until an officer confirms the
fingerprint with the partner by phone (or, where a national PKI is configured for
the partner, until they chain to its pinned CA). Pending, revoked, expired or
superseded certificates neither receive packages nor vouch for one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from cryptography import x509

from liaison.exchange import certs
from liaison.exchange.errors import PartnerError
from liaison.store.database import Connection

DEFAULT_OVERLAP_DAYS = 30
_COLUMNS = ("c.cid, c.pid, p.name, c.usage, c.fingerprint, c.der, c.agency, c.verified, "
            "c.verify_method, c.accept_until, c.revoked")


@dataclass(frozen=True)
class PinnedCert:
    """One pinned partner certificate and its state."""

    cid: int
    pid: int
    partner: str
    usage: str
    fingerprint: str
    cert: x509.Certificate
    agency: str
    verified: str | None
    verify_method: str | None
    accept_until: str | None
    revoked: str | None

    def problem(self, now: datetime) -> str | None:
        """Why this certificate may not be used at ``now`` (None when it may)."""
        what = f"{self.partner}'s {self.usage} certificate {certs.grouped(self.fingerprint)[:19]}"
        if self.revoked:
            return f"{what} was revoked on {self.revoked}"
        if not self.verified:
            return (f"{what} has not been verified: confirm its fingerprint with the partner "
                    "out of band (liaison partner verify)")
        problem = certs.validity_problem(self.cert, now, what)
        if problem:
            return problem
        if self.accept_until and now > certs.parse_iso(self.accept_until):
            return f"{what} was replaced by a newer one and accepted only until {self.accept_until}"
        return None

    def status(self, now: datetime) -> str:
        if self.revoked:
            return "revoked"
        if not self.verified:
            return "pending"
        if certs.validity_problem(self.cert, now, ""):
            return "expired" if now > self.cert.not_valid_after_utc else "not yet valid"
        if self.accept_until:
            return "retired" if now > certs.parse_iso(self.accept_until) else "superseded"
        return "current"

    def as_dict(self, now: datetime) -> dict[str, Any]:
        return {"usage": self.usage, "fingerprint": certs.grouped(self.fingerprint),
                "agency": self.agency, "status": self.status(now), "verified": self.verified,
                "verify_method": self.verify_method, "accept_until": self.accept_until,
                "revoked": self.revoked, "not_after": certs.iso(self.cert.not_valid_after_utc)}


def _pinned(row: tuple) -> PinnedCert:
    cid, pid, name, usage, fp, der, agency, verified, method, until, revoked = row
    return PinnedCert(cid, pid, name, usage, fp, x509.load_der_x509_certificate(der), agency,
                      verified, method, until, revoked)


def _select(conn: Connection, where: str, params: tuple) -> list[PinnedCert]:
    return [_pinned(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM partner_certs c JOIN partners p ON p.pid = c.pid "
        f"WHERE {where} ORDER BY c.cid", params)]


def partner_id(conn: Connection, name: str) -> int:
    row = conn.execute("SELECT pid FROM partners WHERE name = ?", (name.strip(),)).fetchone()
    if row is None:
        raise PartnerError(f"There is no partner named '{name}'.")
    return row[0]


def _ensure_partner(conn: Connection, name: str, country: str | None, now: datetime) -> int:
    name = name.strip()
    if not name:
        raise PartnerError("The partner needs a name.")
    row = conn.execute("SELECT pid FROM partners WHERE name = ?", (name,)).fetchone()
    if row:
        return row[0]
    country = (country or "").strip().upper()
    if len(country) != 2 or not country.isalpha():
        raise PartnerError(f"'{name}' is a new partner: give its two-letter country code.")
    return conn.execute("INSERT INTO partners (name, country, created) VALUES (?, ?, ?)",
                        (name, country, certs.iso(now))).lastrowid


def certificates(conn: Connection, name: str) -> list[PinnedCert]:
    return _select(conn, "c.pid = ?", (partner_id(conn, name),))


def pending_fingerprint(pending: list[PinnedCert]) -> str | None:
    """The identity fingerprint of a pending signing + encryption pair (what is read aloud)."""
    by_usage = {c.usage: c.fingerprint for c in pending}
    if len(pending) == 2 and set(by_usage) == set(certs.USAGES):
        return certs.identity_fingerprint(by_usage["signing"], by_usage["encryption"])
    return None


def add_certificates(conn: Connection, name: str, signing: x509.Certificate,
                     encryption: x509.Certificate, *, country: str | None = None,
                     now: datetime | None = None) -> dict[str, Any]:
    """Pin a partner's two certificates (pending until verified); run in a transaction.

    Creates the partner when it is new (``country`` is then needed). Where CA
    certificates are configured for the partner, both must chain to one, and are then
    verified by that chain.
    """
    now = now or certs.utcnow()
    problems = []
    for usage, cert in (("signing", signing), ("encryption", encryption)):
        found = certs.usage_problems(cert, usage)
        expired = certs.validity_problem(cert, now, "it")
        found += [expired] if expired else []
        problems += [f"the {usage} certificate: {p}" for p in found]
    if certs.fingerprint(signing) == certs.fingerprint(encryption) or certs.same_public_key(
            signing.public_key(), encryption.public_key()):  # type: ignore[arg-type]
        problems.append("the signing and encryption certificates must hold different keys")
    agency = certs.agency_of(signing)
    if not agency or certs.agency_of(encryption) != agency:
        problems.append("both certificates must name the same organisation (O=) in their "
                        "subject: it is the originator name the partner's records carry")
    if problems:
        raise PartnerError(f"Not pinned for {name}: " + "; ".join(problems) + ".")
    pid = _ensure_partner(conn, name, country or certs.country_of(signing), now)
    others = {c.agency for c in _select(conn, "c.pid = ? AND c.revoked IS NULL", (pid,))}
    if others and agency not in others:
        raise PartnerError(f"{name}'s pinned certificates name '{sorted(others)[0]}', these "
                           f"name '{agency}'; revoke the old certificates first if the "
                           "partner really changed its name.")
    anchors = cas(conn, pid)
    method = None
    if anchors:
        for usage, cert in (("signing", signing), ("encryption", encryption)):
            problem = certs.chains_to(cert, anchors, [], now)
            if problem:
                raise PartnerError(f"{name}'s {usage} certificate does not chain to the CA "
                                   f"configured for this partner: {problem}.")
        method = "ca"
    added = []
    for usage, cert in (("signing", signing), ("encryption", encryption)):
        fp = certs.fingerprint(cert)
        row = conn.execute("SELECT pid FROM partner_certs WHERE fingerprint = ?",
                           (fp,)).fetchone()
        if row is not None:
            if row[0] != pid:
                raise PartnerError(f"The {usage} certificate is already pinned for another "
                                   "partner.")
            continue
        conn.execute(
            "INSERT INTO partner_certs (pid, usage, fingerprint, der, agency, not_before, "
            "not_after, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (pid, usage, fp, certs.der(cert), agency, certs.iso(cert.not_valid_before_utc),
             certs.iso(cert.not_valid_after_utc), certs.iso(now)))
        added.append(fp)
        if method:
            _mark_verified(conn, pid, usage, fp, "ca", "CA chain", now, DEFAULT_OVERLAP_DAYS)
    pending = _select(conn, "c.pid = ? AND c.verified IS NULL AND c.revoked IS NULL", (pid,))
    return {"partner": name, "pid": pid, "agency": agency, "added": added,
            "verified_by_ca": bool(method),
            "signing_fingerprint": certs.fingerprint(signing),
            "encryption_fingerprint": certs.fingerprint(encryption),
            "fingerprint": certs.identity_fingerprint(certs.fingerprint(signing),
                                                      certs.fingerprint(encryption)),
            "pending": [c.fingerprint for c in pending]}


def _mark_verified(conn: Connection, pid: int, usage: str, fp: str, method: str, actor: str,
                   now: datetime, overlap_days: int) -> None:
    # Rollover: the certificates this one replaces stay acceptable for signatures during
    # the overlap, so packages already on their way still open.
    until = certs.iso(now + timedelta(days=overlap_days))
    conn.execute("UPDATE partner_certs SET accept_until = ? WHERE pid = ? AND usage = ? "
                 "AND verified IS NOT NULL AND accept_until IS NULL AND revoked IS NULL "
                 "AND fingerprint != ?", (until, pid, usage, fp))
    conn.execute("UPDATE partner_certs SET verified = ?, verified_by = ?, verify_method = ? "
                 "WHERE fingerprint = ?", (certs.iso(now), actor, method, fp))


def verify(conn: Connection, name: str, fingerprint: str, *, actor: str,
           overlap_days: int = DEFAULT_OVERLAP_DAYS,
           now: datetime | None = None) -> list[PinnedCert]:
    """Confirm pending certificates with the fingerprint the partner read out; run in a
    transaction. The identity fingerprint verifies the pair; a certificate's own, one."""
    now = now or certs.utcnow()
    wanted = certs.parse_fingerprint(fingerprint)
    pid = partner_id(conn, name)
    pending = _select(conn, "c.pid = ? AND c.verified IS NULL AND c.revoked IS NULL", (pid,))
    if wanted == pending_fingerprint(pending):
        chosen = pending
    else:
        chosen = [c for c in pending if c.fingerprint == wanted]
    if not chosen:
        done = _select(conn, "c.pid = ? AND c.verified IS NOT NULL", (pid,))
        if any(c.fingerprint == wanted for c in done) or wanted == pending_fingerprint(done):
            raise PartnerError(f"{name}'s certificate with this fingerprint is already verified.")
        if not pending:
            raise PartnerError(f"{name} has no certificate waiting for verification.")
        raise PartnerError(f"The fingerprint does not match {name}'s pending certificates. "
                           "Do not verify: ask the partner to read it again, and if it still "
                           "differs, the certificate files were altered on their way to you.")
    for cert in chosen:
        _mark_verified(conn, pid, cert.usage, cert.fingerprint, "fingerprint", actor, now,
                       overlap_days)
    return _select(conn, "c.cid IN (" + ", ".join("?" * len(chosen)) + ")",
                   tuple(c.cid for c in chosen))


def revoke(conn: Connection, name: str, fingerprint: str | None = None, reason: str = "",
           now: datetime | None = None) -> list[PinnedCert]:
    """Stop trusting one certificate (or all of the partner's); run in a transaction."""
    now = now or certs.utcnow()
    pid = partner_id(conn, name)
    if fingerprint:
        fp = certs.parse_fingerprint(fingerprint)
        targets = _select(conn, "c.pid = ? AND c.fingerprint = ? AND c.revoked IS NULL",
                          (pid, fp))
        if not targets:
            raise PartnerError(f"{name} has no unrevoked certificate with that fingerprint.")
    else:
        targets = _select(conn, "c.pid = ? AND c.revoked IS NULL", (pid,))
        if not targets:
            raise PartnerError(f"{name} has no certificate left to revoke.")
    for cert in targets:
        conn.execute("UPDATE partner_certs SET revoked = ?, revoke_reason = ? WHERE cid = ?",
                     (certs.iso(now), reason, cert.cid))
    return targets


def cas(conn: Connection, pid: int) -> list[x509.Certificate]:
    return [x509.load_der_x509_certificate(d) for (d,) in conn.execute(
        "SELECT der FROM partner_cas WHERE pid = ? ORDER BY caid", (pid,))]


def add_ca(conn: Connection, name: str, ca: x509.Certificate, fingerprint: str, *,
           country: str | None = None, now: datetime | None = None) -> str:
    """Pin a national CA for a partner, confirmed by its published fingerprint."""
    now = now or certs.utcnow()
    fp = certs.fingerprint(ca)
    if certs.parse_fingerprint(fingerprint) != fp:
        raise PartnerError("The CA certificate's fingerprint differs from the one given: "
                           "it was not pinned.")
    if not certs.is_ca(ca):
        raise PartnerError("This certificate is not a CA certificate (basicConstraints CA "
                           "and keyCertSign are needed).")
    problem = certs.validity_problem(ca, now, "the CA certificate")
    if problem:
        raise PartnerError(problem[0].upper() + problem[1:] + ".")
    pid = _ensure_partner(conn, name, country or certs.country_of(ca), now)
    conn.execute("INSERT OR IGNORE INTO partner_cas (pid, fingerprint, der, added) "
                 "VALUES (?, ?, ?, ?)", (pid, fp, certs.der(ca), certs.iso(now)))
    return fp


def find(conn: Connection, fingerprint: str) -> PinnedCert | None:
    found = _select(conn, "c.fingerprint = ?", (fingerprint,))
    return found[0] if found else None


def find_by_issuer_serial(conn: Connection, issuer_der: bytes, serial: int,
                          usage: str) -> PinnedCert | None:
    """The pinned certificate a CMS issuerAndSerialNumber names (RFC 5652 §10.2.4)."""
    for cert in _select(conn, "c.usage = ?", (usage,)):
        if (cert.cert.serial_number == serial
                and cert.cert.issuer.public_bytes() == issuer_der):
            return cert
    return None


def signer_problem(conn: Connection, pinned: PinnedCert, now: datetime) -> str | None:
    """Why a signature by ``pinned`` cannot be accepted now (None when it can)."""
    if pinned.usage != "signing":
        return f"{pinned.partner}'s certificate that signed is its encryption certificate"
    problem = pinned.problem(now)
    if problem is None:
        anchors = cas(conn, pinned.pid)
        if anchors:
            chain = certs.chains_to(pinned.cert, anchors, [], now)
            if chain:
                problem = f"{pinned.partner}'s signing certificate no longer chains: {chain}"
    return problem


def recipient_cert(conn: Connection, name: str, now: datetime | None = None) -> PinnedCert:
    """The certificate to encrypt to for ``name``; PartnerError says why it cannot receive."""
    now = now or certs.utcnow()
    candidates = _select(conn, "c.pid = ? AND c.usage = 'encryption'", (partner_id(conn, name),))
    problems = []
    for cert in reversed(candidates):  # newest first
        problem = cert.problem(now)
        if problem is None:
            return cert
        problems.append(problem)
    if not candidates:
        raise PartnerError(f"{name} cannot receive packages: no encryption certificate is "
                           "pinned (liaison partner certs).")
    raise PartnerError(f"{name} cannot receive packages: {problems[0]}.")


def summaries(conn: Connection, now: datetime | None = None) -> list[dict[str, Any]]:
    """Every partner with its certificates and what may be done with them, for the UI."""
    now = now or certs.utcnow()
    out = []
    for pid, name, country in conn.execute(
            "SELECT pid, name, country FROM partners ORDER BY name COLLATE NOCASE").fetchall():
        pinned = _select(conn, "c.pid = ?", (pid,))
        pending = [c for c in pinned if c.status(now) == "pending"]
        why_not = None
        try:
            recipient_cert(conn, name, now)
            can_receive = True
        except PartnerError as exc:
            can_receive, why_not = False, str(exc)
        identity = pending_fingerprint(pending)
        out.append({"name": name, "country": country, "can_receive": can_receive,
                    "why_not": why_not,
                    "pending_fingerprint": certs.grouped(identity) if identity else None,
                    "certificates": [c.as_dict(now) for c in pinned],
                    "cas": len(cas(conn, pid))})
    return out
