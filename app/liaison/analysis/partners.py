"""Partner agencies, their sharing agreements and originators' consents (schema 5).

A partner is a named agency in a country with at most one current agreement: the
highest TLP it may receive, the handling codes it may receive, whether data that
came from a third agency may be passed on to it, the purposes, and until when the
agreement holds. Consents say an originator agreed to pass one H2 record on (to
one partner, or to any). Every change is audited; callers open the transaction.
The exchange adds certificates to ``partners`` by ``pid``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from typing import Any

from liaison.model.countries import country_code_problem
from liaison.model.errors import LiaisonError
from liaison.model.values import (
    HANDLING_CODES,
    INFORMATION_ASSESSMENT,
    SOURCE_RELIABILITY,
    TLP_LEVELS,
    normalise_handling,
    normalise_tlp,
)
from liaison.store import audit
from liaison.store.database import Connection, IntegrityError
from liaison.store.source_defaults import SourceDefaults, read_defaults, write_defaults

__all__ = ["Agreement", "Consent", "Partner", "PolicyError", "SourceDefaults", "add_consent",
           "add_partner", "checked_defaults", "find_consent", "get_partner", "list_consents",
           "list_partners", "partner_defaults", "set_partner_defaults", "update_partner"]


class PolicyError(LiaisonError):
    """A partner, agreement or consent that does not exist or is not valid as given."""


@dataclass(frozen=True)
class Agreement:
    """What may be sent to one partner; the defaults are the cautious ones."""

    max_tlp: str = "GREEN"
    handling_codes: tuple[str, ...] = ("H0", "H1")
    third_party: bool = False
    purposes: tuple[str, ...] = ()
    valid_until: str | None = None  # ISO date; the agreement holds through that day
    updated: str = ""
    # Hit/no-hit queries the partner may put to us (issue 21): values per query and
    # queries per 24 hours; 0 answers none. Enough for casework, too few to enumerate.
    hit_max_values: int = 10_000
    hit_max_per_day: int = 5

    def expired(self, today: date) -> bool:
        return self.valid_until is not None and self.valid_until < today.isoformat()

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "handling_codes": list(self.handling_codes),
                "purposes": list(self.purposes)}


@dataclass(frozen=True)
class Partner:
    """A partner agency; ``agreement`` is None until one is recorded (nothing may go then)."""

    pid: int
    name: str
    country: str
    created: str
    notes: str = ""
    agreement: Agreement | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"pid": self.pid, "name": self.name, "country": self.country,
                "created": self.created, "notes": self.notes,
                "agreement": self.agreement.as_dict() if self.agreement else None}


@dataclass(frozen=True)
class Consent:
    """An originator's consent on file to pass a record on; ``pid`` None means any partner."""

    id: int
    record_id: str
    pid: int | None
    granted: str
    reference: str
    expires: str | None
    actor: str
    partner: str | None = field(default=None, compare=False)

    def valid_on(self, today: date) -> bool:
        return self.expires is None or self.expires >= today.isoformat()


# --- validation --------------------------------------------------------------------------


def _country(country: str) -> str:
    code = (country or "").strip().upper()
    if (problem := country_code_problem(country)) is not None:
        raise PolicyError(problem)
    return code


def _iso_day(text: str | None, what: str) -> str | None:
    if text is None or not str(text).strip():
        return None
    try:
        return date.fromisoformat(str(text).strip()[:10]).isoformat()
    except ValueError:
        raise PolicyError(f"{what} '{text}' is not a date (YYYY-MM-DD).") from None


HIT_MAX_VALUES = 100_000  # the protocol's own limit per query (exchange.package.hits)


def checked_agreement(agreement: Agreement) -> Agreement:
    """The agreement with its TLP and codes in canonical form; PolicyError if not valid."""
    tlp = normalise_tlp(agreement.max_tlp)
    if tlp is None:
        raise PolicyError(f"'{agreement.max_tlp}' is not a TLP level; use one of "
                          f"{', '.join(TLP_LEVELS)}.")
    codes = []
    for code in agreement.handling_codes:
        checked = normalise_handling(code)
        if checked is None:
            raise PolicyError(f"'{code}' is not a handling code; use {', '.join(HANDLING_CODES)}.")
        codes.append(checked)
    purposes = tuple(p.strip() for p in agreement.purposes if p and p.strip())
    for what, value, top in (("values per hit/no-hit query", agreement.hit_max_values,
                              HIT_MAX_VALUES), ("hit/no-hit queries per day",
                                                agreement.hit_max_per_day, 1000)):
        if type(value) is not int or not 0 <= value <= top:
            raise PolicyError(f"The agreement's {what} must be a whole number from 0 to "
                              f"{top:,}.")
    return replace(agreement, max_tlp=tlp, handling_codes=tuple(sorted(set(codes))),
                   purposes=purposes,
                   valid_until=_iso_day(agreement.valid_until, "The agreement end date"))


# --- partners ----------------------------------------------------------------------------

_SELECT = ("SELECT p.pid, p.name, p.country, p.created, p.notes, a.max_tlp, a.handling_codes, "
           "a.third_party, a.purposes, a.valid_until, a.updated, a.pid, a.hit_max_values, "
           "a.hit_max_per_day FROM partners p "
           "LEFT JOIN agreements a ON a.pid = p.pid")


def _partner(row: tuple[Any, ...]) -> Partner:
    (pid, name, country, created, notes, tlp, codes, third, purposes, until, updated, apid,
     hit_values, hit_per_day) = row
    agreement = None
    if apid is not None:
        agreement = Agreement(tlp, tuple(json.loads(codes or "[]")), bool(third),
                              tuple(json.loads(purposes or "[]")), until, updated,
                              hit_values, hit_per_day)
    return Partner(pid, name, country, created, notes, agreement)


def list_partners(conn: Connection) -> list[Partner]:
    """Every partner with its agreement, by name."""
    return [_partner(r) for r in conn.execute(_SELECT + " ORDER BY p.name COLLATE NOCASE")]


def get_partner(conn: Connection, partner: str | int) -> Partner:
    """A partner by pid or by name (case-insensitive); PolicyError if there is none."""
    if isinstance(partner, int):
        row = conn.execute(_SELECT + " WHERE p.pid = ?", (partner,)).fetchone()
    else:
        row = conn.execute(_SELECT + " WHERE p.name = ? COLLATE NOCASE",
                           (partner.strip(),)).fetchone()
    if row is None:
        raise PolicyError(f"There is no partner '{partner}'; add it with 'liaison partner add'.")
    return _partner(row)


def _write_agreement(conn: Connection, pid: int, agreement: Agreement) -> Agreement:
    agreement = replace(checked_agreement(agreement), updated=audit.now_utc())
    conn.execute(
        "INSERT INTO agreements (pid, max_tlp, handling_codes, third_party, purposes, "
        "valid_until, updated, hit_max_values, hit_max_per_day) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pid) DO UPDATE SET "
        "max_tlp = excluded.max_tlp, handling_codes = excluded.handling_codes, "
        "third_party = excluded.third_party, purposes = excluded.purposes, "
        "valid_until = excluded.valid_until, updated = excluded.updated, "
        "hit_max_values = excluded.hit_max_values, hit_max_per_day = excluded.hit_max_per_day",
        (pid, agreement.max_tlp, json.dumps(list(agreement.handling_codes)),
         int(agreement.third_party), json.dumps(list(agreement.purposes)),
         agreement.valid_until, agreement.updated, agreement.hit_max_values,
         agreement.hit_max_per_day))
    return agreement


def add_partner(conn: Connection, actor: str, name: str, country: str,
                agreement: Agreement | None = None, notes: str = "") -> Partner:
    """Add a partner agency (and its agreement); audited as ``partner.add``."""
    name = " ".join((name or "").split())
    if not name:
        raise PolicyError("A partner needs a name.")
    code = _country(country)
    try:
        cur = conn.execute("INSERT INTO partners (name, country, created, notes) "
                           "VALUES (?, ?, ?, ?)", (name, code, audit.now_utc(), notes))
    except IntegrityError:
        raise PolicyError(f"A partner named '{name}' already exists.") from None
    pid = int(cur.lastrowid or 0)
    if agreement is not None:
        _write_agreement(conn, pid, agreement)
    partner = get_partner(conn, pid)
    audit.append(conn, actor, "partner.add", name, partner.as_dict())
    return partner


def update_partner(conn: Connection, actor: str, partner: str | int, *,
                   country: str | None = None, notes: str | None = None,
                   agreement: Agreement | None = None) -> Partner:
    """Change a partner's country, notes or agreement; audited with before and after."""
    before = get_partner(conn, partner)
    if country is not None:
        conn.execute("UPDATE partners SET country = ? WHERE pid = ?",
                     (_country(country), before.pid))
    if notes is not None:
        conn.execute("UPDATE partners SET notes = ? WHERE pid = ?", (notes, before.pid))
    if agreement is not None:
        _write_agreement(conn, before.pid, agreement)
    after = get_partner(conn, before.pid)
    audit.append(conn, actor, "partner.update", after.name,
                 {"before": before.as_dict(), "after": after.as_dict()})
    return after


# --- defaults for what a partner sends (issue 17) -----------------------------------------

UNSET = "none"  # given for a field, clears it


def checked_defaults(handling: str | None = None, tlp: str | None = None,
                     grading: str | None = None, *,
                     base: SourceDefaults | None = None) -> SourceDefaults:
    """``base`` with the fields given changed (``none`` clears one); PolicyError naming
    the value when one is not a handling code, a TLP 2.0 label or a Europol grading."""
    base = base or SourceDefaults()
    changes: dict[str, str | None] = {}
    if handling is not None:
        code = None if handling.strip().lower() == UNSET else normalise_handling(handling)
        if code is None and handling.strip().lower() != UNSET:
            raise PolicyError(f"'{handling}' is not a handling code; use "
                              f"{', '.join(HANDLING_CODES)} (or none).")
        changes["handling"] = code
    if tlp is not None:
        level = None if tlp.strip().lower() == UNSET else normalise_tlp(tlp)
        if level is None and tlp.strip().lower() != UNSET:
            raise PolicyError(f"'{tlp}' is not a TLP level; use one of "
                              f"{', '.join(TLP_LEVELS)} (or none).")
        changes["tlp"] = level
    if grading is not None:
        text = grading.strip().upper()
        if text == UNSET.upper():
            changes["reliability"] = changes["assessment"] = None
        else:
            letter = text[:1] if text[:1] in SOURCE_RELIABILITY else ""
            digit = text[len(letter):]
            if not text or (digit and digit not in INFORMATION_ASSESSMENT):
                raise PolicyError(
                    f"'{grading}' is not a Europol grading: a source reliability "
                    f"({'/'.join(SOURCE_RELIABILITY)}) and/or an information assessment "
                    f"({'/'.join(INFORMATION_ASSESSMENT)}), such as B2 (or none).")
            changes["reliability"], changes["assessment"] = letter or None, digit or None
    return replace(base, **changes)


def partner_defaults(conn: Connection, partner: str | int) -> tuple[Partner, SourceDefaults]:
    """A partner and the defaults its files and packages are imported with."""
    found = get_partner(conn, partner)
    return found, read_defaults(conn, found.pid)


def set_partner_defaults(conn: Connection, actor: str, partner: str | int,
                         defaults: SourceDefaults) -> tuple[Partner, SourceDefaults]:
    """Store a partner's defaults (already checked); audited ``partner.defaults`` with
    before and after."""
    found, before = partner_defaults(conn, partner)
    write_defaults(conn, found.pid, defaults, now=audit.now_utc(), actor=actor)
    after = read_defaults(conn, found.pid)
    audit.append(conn, actor, "partner.defaults", found.name,
                 {"before": before.as_dict(), "after": after.as_dict()})
    return found, after


# --- consents ----------------------------------------------------------------------------

_CONSENT = ("SELECT c.id, c.record_id, c.pid, c.granted, c.reference, c.expires, c.actor, "
            "p.name FROM consents c LEFT JOIN partners p ON p.pid = c.pid")


def add_consent(conn: Connection, actor: str, record_id: str, partner: str | int | None,
                reference: str, expires: str | None = None,
                granted: str | None = None) -> Consent:
    """Put an originator's consent on file (``partner`` None: to any partner); audited."""
    if conn.execute("SELECT 1 FROM records WHERE id = ?", (record_id,)).fetchone() is None:
        raise PolicyError(f"Record {record_id} is not in this workspace.")
    if not (reference or "").strip():
        raise PolicyError("A consent needs the originator's reference (letter, message id...).")
    pid = None if partner is None else get_partner(conn, partner).pid
    granted = _iso_day(granted, "The consent date") or date.today().isoformat()
    cur = conn.execute(
        "INSERT INTO consents (record_id, pid, granted, reference, expires, actor) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (record_id, pid, granted, reference.strip(), _iso_day(expires, "The expiry date"),
         actor))
    consent = _consents(conn, "WHERE c.id = ?", (cur.lastrowid,))[0]
    audit.append(conn, actor, "consent.add", record_id, {
        "partner": consent.partner, "reference": consent.reference,
        "granted": consent.granted, "expires": consent.expires})
    return consent


def _consents(conn: Connection, where: str, params: tuple[Any, ...]) -> list[Consent]:
    return [Consent(*row[:7], partner=row[7])
            for row in conn.execute(f"{_CONSENT} {where} ORDER BY c.id", params)]


def list_consents(conn: Connection, record_id: str | None = None) -> list[Consent]:
    """Consents on file, all or for one record."""
    if record_id is None:
        return _consents(conn, "", ())
    return _consents(conn, "WHERE c.record_id = ?", (record_id,))


def find_consent(conn: Connection, record_id: str, pid: int, today: date) -> Consent | None:
    """A consent valid today to pass ``record_id`` to partner ``pid`` (or to any partner)."""
    for consent in _consents(conn, "WHERE c.record_id = ? AND (c.pid = ? OR c.pid IS NULL)",
                             (record_id, pid)):
        if consent.valid_on(today):
            return consent
    return None
