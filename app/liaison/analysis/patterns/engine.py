"""The detectors by name, their parameters, and one run over the store.

A run reads what the detectors need once (payments, dated activity, sightings), runs
the detectors asked for and returns their findings, best first. Parameters are tuned per
detector: ``{"fan": {"min_payers": 4}}``; a name or a value that does not fit is refused
before anything is read.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Mapping
from typing import Any

from liaison.analysis.patterns import base, bridges, bursts, copresence, money, similar
from liaison.model.errors import LiaisonError
from liaison.store.database import Connection


class PatternError(LiaisonError):
    """A detector, parameter or finding that does not exist, or a value that does not fit."""


# name -> (parameter class, what the detector reads, the detector, one line of help)
DETECTORS: dict[str, tuple[type, str, Callable[..., list[base.Finding]], str]] = {
    "fan": (money.FanParams, "payments", money.fan,
            "one party paid by many payers and paying many payees within a window"),
    "pass-through": (money.PassThroughParams, "payments", money.pass_through,
                     "money received and most of it paid on within days, repeatedly"),
    "structuring": (money.StructuringParams, "payments", money.structuring,
                    "several payments just under a reporting threshold within a window"),
    "circular": (money.CircularParams, "payments", money.circular,
                 "money round a cycle of parties, in order and similar amounts"),
    "bridge": (bridges.BridgeParams, "store", bridges.bridges,
               "an entity or identifier that alone connects two separate networks"),
    "burst": (bursts.BurstParams, "activities", bursts.bursts,
              "an entity far busier in one week than its own baseline"),
    "co-presence": (copresence.CoPresenceParams, "sightings", copresence.copresence,
                    "two entities at one place close in time, in different agencies' "
                    "records, more than once"),
    "similar": (similar.SimilarParams, "store", similar.similar,
                "records of different agencies telling of the same way of working"),
}


def parameters(overrides: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """Each detector's parameters: the defaults with ``overrides`` applied and checked."""
    out = {name: spec[0]() for name, spec in DETECTORS.items()}
    for name, values in (overrides or {}).items():
        if name not in DETECTORS:
            raise PatternError(f"No detector is called {name!r}; the detectors are "
                               f"{', '.join(DETECTORS)}.")
        fields = {f.name: f for f in dataclasses.fields(DETECTORS[name][0])}
        changes = {}
        for key, value in values.items():
            if key not in fields:
                raise PatternError(f"The {name} detector has no parameter {key!r}; it has "
                                   f"{', '.join(fields)}.")
            kind = type(getattr(out[name], key))
            try:
                number = kind(value)
            except (TypeError, ValueError):
                what = "a whole number" if kind is int else "a number"
                raise PatternError(f"{name}.{key} must be {what}, not {value!r}.") from None
            if number < 0 or (kind is float and number != number):
                raise PatternError(f"{name}.{key} cannot be negative.")
            changes[key] = number
        out[name] = dataclasses.replace(out[name], **changes)
    return out


def check_names(detectors: list[str] | None) -> list[str]:
    """The detectors asked for (all when None), each checked."""
    names = list(DETECTORS) if detectors is None else list(dict.fromkeys(detectors))
    for name in names:
        if name not in DETECTORS:
            raise PatternError(f"No detector is called {name!r}; the detectors are "
                               f"{', '.join(DETECTORS)}.")
    return names


# Detectors that need only the data of the entities a scope names: they read just that
# (co-presence: the events at every place those entities were seen). Circular flows read
# the payments among the parties a few payments away from them (``parties_around``);
# bridges and similar cases read everything. Those three keep the findings that touch
# the scope.
PER_ENTITY = frozenset({"fan", "pass-through", "structuring", "burst", "co-presence"})


def detect(conn: Connection, detectors: list[str] | None = None,
           overrides: Mapping[str, Mapping[str, Any]] | None = None,
           scope: base.Scope | None = None) -> tuple[list[base.Finding], dict[str, float]]:
    """Run the detectors asked for; their findings, best first, and seconds per detector.
    With a ``scope`` (what arrived since a run), only findings about it."""
    names = check_names(detectors)
    params = parameters(overrides)
    inputs: dict[tuple[str, bool], Any] = {}
    seconds: dict[str, float] = {}
    found: list[base.Finding] = []
    for name in names:
        _, needs, fn, _ = DETECTORS[name]
        start = time.perf_counter()
        narrow = scope if name in PER_ENTITY else None
        if name == "circular" and scope is not None:
            # A cycle through a new party lies among the parties a few payments from it.
            among = base.parties_around(conn, scope, params[name].max_length - 1)
            result = fn(base.payments(conn, among=among), params[name], _Captions(conn))
        elif needs == "store":
            result = fn(conn, params[name], _Captions(conn))
        else:
            if (needs, narrow is not None) not in inputs:
                inputs[(needs, narrow is not None)] = _read(conn, needs, narrow)
            result = fn(inputs[(needs, narrow is not None)], params[name], _Captions(conn))
        if scope is not None:
            result = [f for f in result if _touches(f, scope, name in PER_ENTITY)]
        seconds[name] = time.perf_counter() - start
        found.extend(result)
    found.sort(key=lambda f: (-f.score, f.detector, f.key))
    return found, seconds


def _touches(f: base.Finding, scope: base.Scope, per_entity: bool) -> bool:
    """A finding about the scope: for a per-entity detector a subject of it (the key: a
    party, or a pair) is in it, as only theirs were read whole; for the others it names
    one of its entities or records."""
    if per_entity:
        return bool(set(f.key.split(" ")) & scope.subjects)
    return bool((set(f.key.split(" ")) | set(f.entity_ids)) & scope.subjects
                or set(f.record_ids) & scope.records)


def _read(conn: Connection, needs: str, scope: base.Scope | None) -> list[Any]:
    if needs == "payments":
        return base.payments(conn, scope)
    if needs == "activities":
        return list(base.activities(conn, scope))
    return list(base.sightings(conn, scope=scope))


class _Captions(dict):
    """Entity captions looked up as explanations name them (one query per entity)."""

    def __init__(self, conn: Connection) -> None:
        super().__init__()
        self._conn = conn

    def __missing__(self, entity_id: str) -> str:
        row = self._conn.execute("SELECT caption FROM entities WHERE id = ?",
                                 (entity_id,)).fetchone()
        self[entity_id] = f"{row[0]} [{entity_id}]" if row and row[0] else entity_id
        return self[entity_id]
