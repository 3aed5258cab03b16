"""Links as the chart draws them: parallel links bundled into one line with a count, and
arrowheads for directed ones, all as numpy arrays so that a chart of 100k links costs
no Python per link on redraw.

An arrowhead is a scatter spot at the target node's centre whose symbol is drawn off
centre, tip on the node's rim, pointing along the link: the symbol (one per angle step
and node size, cached here, rendered once into pyqtgraph's atlas) carries the offset,
so arrows stay on the rim at every zoom without being recomputed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath, QPolygonF

# Links an analyst reads as mutual; every other stored link runs from source to target
# as the partner wrote it (caller to receiver, payer to beneficiary, owner to asset).
UNDIRECTED_LINKS = frozenset({"Associate", "Family", "UnknownLink", "Similar"})
ANGLE_STEPS = 48          # arrow directions: 7.5 degrees apart
ARROW_LENGTH = 9.0        # pixels
ARROW_HALF_WIDTH = 3.5


def is_directed(kind: str, schema: str) -> bool:
    return kind == "link" and schema not in UNDIRECTED_LINKS


@dataclass
class Bundles:
    """Every drawn line: the links of one style between one pair of nodes, as one line."""

    group: np.ndarray      # (B,) style group index
    ends: np.ndarray       # (B, 2) node rows, lower row first
    count: np.ndarray      # (B,) links in the bundle
    first: np.ndarray      # (B,) index of one link of the bundle (for its label)
    forward: np.ndarray    # (B,) some directed link runs ends[0] -> ends[1]
    backward: np.ndarray   # (B,) some directed link runs ends[1] -> ends[0]

    @property
    def links(self) -> int:
        return int(self.count.sum())


def bundle(src: np.ndarray, dst: np.ndarray, group: np.ndarray, directed: np.ndarray,
           n: int) -> Bundles:
    """Bundle links (rows ``src`` -> ``dst``, style ``group``) by group and node pair."""
    src, dst = np.asarray(src, dtype=np.int64), np.asarray(dst, dtype=np.int64)
    group = np.asarray(group, dtype=np.int64)
    if len(src) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Bundles(empty, np.zeros((0, 2), dtype=np.int64), empty, empty,
                       np.zeros(0, dtype=bool), np.zeros(0, dtype=bool))
    lo, hi = np.minimum(src, dst), np.maximum(src, dst)
    n = max(n, 1)
    key = (group * n + lo) * n + hi
    keys, first, inverse, count = np.unique(key, return_index=True, return_inverse=True,
                                            return_counts=True)
    directed = np.asarray(directed, dtype=bool)
    forward = np.bincount(inverse, weights=directed & (src == lo) & (src != dst),
                          minlength=len(keys)) > 0
    backward = np.bincount(inverse, weights=directed & (src == hi) & (src != dst),
                           minlength=len(keys)) > 0
    return Bundles(group[first], np.column_stack([lo[first], hi[first]]), count, first,
                   forward, backward)


_arrows: dict[tuple[int, int], QPainterPath] = {}


def arrow_symbol(step: int, radius: int) -> QPainterPath:
    """An arrowhead pointing at angle ``step`` (screen, y down), tip ``radius`` + 1 px from
    the spot's centre, in the unit box of a spot of :func:`arrow_size` pixels."""
    key = (step % ANGLE_STEPS, radius)
    path = _arrows.get(key)
    if path is None:
        size = arrow_size(radius)
        angle = 2 * math.pi * key[0] / ANGLE_STEPS
        ux, uy = math.cos(angle), math.sin(angle)
        tip = radius + 1.0
        base = tip + ARROW_LENGTH
        points = [(-ux * tip, -uy * tip),
                  (-ux * base - uy * ARROW_HALF_WIDTH, -uy * base + ux * ARROW_HALF_WIDTH),
                  (-ux * base + uy * ARROW_HALF_WIDTH, -uy * base - ux * ARROW_HALF_WIDTH)]
        path = QPainterPath()
        path.addPolygon(QPolygonF([QPointF(x / size, y / size) for x, y in points]))
        path.closeSubpath()
        _arrows[key] = path
    return path


def arrow_size(radius: int) -> float:
    return 2.0 * (radius + 2.0 + ARROW_LENGTH)


def arrowheads(xy: np.ndarray, sizes: np.ndarray, ends: np.ndarray, forward: np.ndarray,
               backward: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Positions, symbols and spot sizes of the arrowheads of these bundles: one at the
    target of each direction a bundle has (the view's aspect is locked, so an angle in
    the data is the angle on screen)."""
    heads = np.concatenate([ends[forward], ends[backward][:, ::-1]]).reshape(-1, 2)
    if len(heads) == 0:
        return np.zeros((0, 2)), np.zeros(0, dtype=object), np.zeros(0)
    a, b = xy[heads[:, 0]], xy[heads[:, 1]]
    d = b - a
    # Data y runs up, the symbol's y down: the screen angle of (dx, dy) is atan2(-dy, dx).
    steps = np.rint(np.arctan2(-d[:, 1], d[:, 0]) / (2 * np.pi) * ANGLE_STEPS).astype(int)
    steps %= ANGLE_STEPS
    radii = np.rint(sizes[heads[:, 1]] / 2).astype(int)
    # One Python call per distinct (angle, size), not per arrow.
    pairs, inverse = np.unique(steps * 1000 + radii, return_inverse=True)
    table = np.empty(len(pairs), dtype=object)
    for i, pair in enumerate(pairs.tolist()):
        table[i] = arrow_symbol(pair // 1000, pair % 1000)
    return b, table[inverse.reshape(-1)], 2.0 * (radii + 2.0 + ARROW_LENGTH)
