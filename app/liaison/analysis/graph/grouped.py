"""A community-aware force layout: each community a compact group, the groups apart
(issue 18, item 3: at 10k nodes the plain force layout is a hairball).

Group-in-a-box done with forces: the graph of communities (one node per community, its
links counted as weights) is laid out first with the multilevel force layout, its
positions spread until discs sized to each community no longer overlap, and every node
starts in its community's disc (the best linked in the middle). Then a few force steps
over the whole graph refine it, with links inside a community at full strength, links
between communities weak (they keep linked groups side by side, not tangled), and a pull
of each node towards its community's centre that keeps the groups compact. Nodes alone
(a community of one) go on a ring round the rest, as the plain layout does.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from liaison.analysis.graph.force import (
    EXACT_MAX,
    K,
    _Mesh,
    _mesh_size,
    _sunflower,
    force_layout_arrays,
    undirected_edges,
)
from liaison.model.progress import Progress

RADIUS = 1.2       # a community of s nodes gets a disc of radius RADIUS * K * sqrt(s)
GAP = 3.0 * K      # at least this between two communities' discs
INTER = 0.3 * K    # the constant lean of a link between communities (inside: K-scaled pull)
COHESION = 0.15    # pull towards the node's community centre
ITERATIONS = 20
SPREAD_ROUNDS = 60


def community_layout_arrays(n: int, src: Sequence[int] | np.ndarray,
                            dst: Sequence[int] | np.ndarray,
                            community: Sequence[int] | np.ndarray, *, seed: int = 0,
                            progress: Progress | None = None) -> np.ndarray:
    """Positions (n x 2) for nodes 0..n-1 joined by ``src[i] -- dst[i]``, grouped by
    ``community`` (any integer labels, one per node). Deterministic for a ``seed``."""
    progress = progress or Progress()
    if n == 0:
        return np.zeros((0, 2))
    rng = np.random.default_rng(seed)
    _labels, comm = np.unique(np.asarray(community), return_inverse=True)
    comm = comm.astype(np.int64)
    a, b, w = undirected_edges(n, np.asarray(src), np.asarray(dst))
    sizes = np.bincount(comm)
    m = len(sizes)
    inside = comm[a] == comm[b]
    degree = np.bincount(a, minlength=n) + np.bincount(b, minlength=n)
    grouped = np.flatnonzero(sizes > 1)        # communities of two or more
    # The communities' own layout (a community of one that is linked still takes part).
    linked = degree > 0
    takes_part = np.zeros(m, dtype=bool)
    takes_part[grouped] = True
    takes_part[comm[linked & (sizes[comm] == 1)]] = True
    parts = np.flatnonzero(takes_part)
    centres = np.zeros((m, 2))
    radius = RADIUS * K * np.sqrt(sizes.astype(np.float64))
    if len(parts):
        renumber = np.full(m, -1, dtype=np.int64)
        renumber[parts] = np.arange(len(parts))
        ca, cb = renumber[comm[a[~inside]]], renumber[comm[b[~inside]]]
        progress.update(0, ITERATIONS + 2, "Laying out the communities")
        meta = force_layout_arrays(len(parts), ca, cb, seed=seed)
        centres[parts] = _spread(meta, radius[parts])
    # Nodes alone go round the rest, as in the plain layout.
    alone = np.flatnonzero(~takes_part[comm])
    pos = np.zeros((n, 2))
    order = np.lexsort((-degree, comm))        # by community, best linked first
    rank = np.empty(n, dtype=np.int64)
    first = np.searchsorted(comm[order], np.arange(m))
    rank[order] = np.arange(n) - first[comm[order]]
    golden = np.pi * (3 - np.sqrt(5))
    r = radius[comm] * np.sqrt((rank + 0.5) / sizes[comm])
    pos[:, 0] = centres[comm, 0] + r * np.cos(rank * golden)
    pos[:, 1] = centres[comm, 1] + r * np.sin(rank * golden)
    movable = np.ones(n, dtype=bool)
    movable[alone] = False
    _refine_grouped(pos, a, b, w, comm, movable, rng, progress)
    placed = pos[takes_part[comm]]
    if len(placed):
        pos -= placed.mean(axis=0)
    if len(alone):
        # A percentile, not the farthest: a far-flung pair must not push the ring away.
        reach = (float(np.percentile(np.sqrt((pos[takes_part[comm]] ** 2).sum(axis=1)), 98))
                 if len(placed) else 0.0)
        pos[alone] = _sunflower(len(alone), reach + GAP)
    return pos


def _spread(meta: np.ndarray, radius: np.ndarray) -> np.ndarray:
    """The communities' layout scaled, then pushed apart until no two discs overlap (each
    pair at least its radii and :data:`GAP` apart). Pairs close enough to overlap are
    found with a k-d tree, so thousands of communities cost little."""
    from scipy.spatial import cKDTree

    count = len(meta)
    if count == 1:
        return np.zeros((1, 2))
    pos = meta - meta.mean(axis=0)
    # Scale so that a typical community is as far from its nearest as their discs need.
    dist, nearest = cKDTree(pos).query(pos, k=2)
    need = radius + radius[nearest[:, 1]] + GAP
    pos *= float(np.median(need / np.maximum(dist[:, 1], 1e-9)))
    reach = 2 * float(radius.max()) + GAP
    for _ in range(SPREAD_ROUNDS):
        pairs = cKDTree(pos).query_pairs(reach, output_type="ndarray")
        if not len(pairs):
            break
        i, j = pairs[:, 0], pairs[:, 1]
        delta = pos[i] - pos[j]
        gap = np.sqrt((delta ** 2).sum(axis=1))
        overlap = radius[i] + radius[j] + GAP - gap
        hit = overlap > 0
        if not hit.any():
            break
        i, j, delta, gap, overlap = i[hit], j[hit], delta[hit], gap[hit], overlap[hit]
        delta[gap < 1e-9] = (1.0, 0.0)  # two on one spot: part them along x
        unit = delta / np.maximum(gap, 1e-9)[:, None]
        # Each of a pair moves away by a share of the overlap, the smaller more.
        share_i = radius[j] / (radius[i] + radius[j])
        move = np.zeros_like(pos)
        for axis in (0, 1):
            move[:, axis] += np.bincount(i, 0.55 * overlap * share_i * unit[:, axis], count)
            move[:, axis] -= np.bincount(j, 0.55 * overlap * (1 - share_i) * unit[:, axis],
                                         count)
        pos += move
    return pos


class _GroupRepulsion:
    """Repulsion between the nodes of each community only: the groups' places are fixed,
    so the pressure of the whole layout (which a field over all nodes carries, and which
    stretches every group) has no work to do. Small communities are batched by size,
    padded, pairs exact; a community above :data:`EXACT_MAX` gets a mesh of its own."""

    PAIRS = 4_000_000   # padded pairs computed at once

    def __init__(self, comm: np.ndarray, sizes: np.ndarray) -> None:
        order = np.argsort(comm, kind="stable")
        starts = np.concatenate([[0], np.cumsum(sizes)])
        members = [order[starts[c]:starts[c + 1]] for c in range(len(sizes))]
        small = [c for c in np.argsort(sizes, kind="stable") if 1 < sizes[c] <= EXACT_MAX]
        self.batches: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        while small:
            width = int(sizes[small[min(len(small), max(1, self.PAIRS // (
                int(sizes[small[0]]) ** 2))) - 1]])
            take = max(1, self.PAIRS // (width * width))
            chunk, small = small[:take], small[take:]
            width = int(max(sizes[c] for c in chunk))
            index = np.zeros((len(chunk), width), dtype=np.int64)
            real = np.zeros((len(chunk), width), dtype=bool)
            for row, c in enumerate(chunk):
                index[row, :sizes[c]] = members[c]
                real[row, :sizes[c]] = True
            self.batches.append((index, real, self._void(real)))
        self.large = [(members[c], _Mesh(_mesh_size(int(sizes[c]))))
                      for c in range(len(sizes)) if sizes[c] > EXACT_MAX]

    def field(self, pos: np.ndarray) -> np.ndarray:
        out = np.zeros_like(pos)
        z = (pos[:, 0] + 1j * pos[:, 1]).astype(np.complex64)
        for index, real, void in self.batches:
            # K^2 (z_i - z_j) / |z_i - z_j|^2 = K^2 / conj(z_i - z_j): one complex division,
            # in single precision (a layout needs no more), infinity where there is no pair.
            p = z[index]
            dz = p[:, :, None] - p[:, None, :]
            dz[void] = np.inf
            f = (1.0 / np.conj(dz)).sum(axis=2)[real]
            out[index[real], 0] = K * K * f.real
            out[index[real], 1] = K * K * f.imag
        for members, mesh in self.large:
            out[members] = mesh.field(pos[members], np.ones(len(members)))
        return out

    @staticmethod
    def _void(real: np.ndarray) -> np.ndarray:
        """Pairs that are not two different real members of one community."""
        width = real.shape[1]
        void = ~(real[:, :, None] & real[:, None, :])
        void[:, np.arange(width), np.arange(width)] = True
        return void


def _refine_grouped(pos: np.ndarray, a: np.ndarray, b: np.ndarray, w: np.ndarray,
                    comm: np.ndarray, movable: np.ndarray, rng: np.random.Generator,
                    progress: Progress) -> None:
    """Force steps within each community (links inside pull as in the plain layout, links
    between lean their ends towards each other with a small constant force, a pull to
    the community's centre); every community's centre stays where it was put."""
    n = len(pos)
    sizes = np.bincount(comm)
    repulsion = _GroupRepulsion(comm, sizes)
    moving = np.maximum(np.bincount(comm, movable.astype(np.float64)), 1.0)
    inside = comm[a] == comm[b]
    temp = 2.0 * K
    cooling = 0.05 ** (1.0 / (ITERATIONS - 1))
    pos += rng.normal(0.0, 0.05 * K, pos.shape)
    for it in range(ITERATIONS):
        if it % 5 == 0:
            progress.update(it + 1, ITERATIONS + 2, "Laying out")
        disp = repulsion.field(pos)
        if len(a):
            d = pos[b] - pos[a]
            length = np.sqrt((d * d).sum(axis=1)) + 1e-12
            strength = np.where(inside, length * w / K, INTER * w / length)
            pull = d * strength[:, None]
            for axis in (0, 1):
                disp[:, axis] += np.bincount(a, pull[:, axis], n) - np.bincount(b, pull[:, axis], n)
        centre = np.column_stack([np.bincount(comm, pos[:, 0]) / sizes,
                                  np.bincount(comm, pos[:, 1]) / sizes])
        disp -= COHESION * (pos - centre[comm])
        length = np.sqrt((disp * disp).sum(axis=1)) + 1e-12
        step = disp * (np.minimum(length, temp) / length)[:, None]
        step[~movable] = 0.0
        # Communities keep the places their discs were given: only their shapes change.
        for axis in (0, 1):
            step[:, axis] -= (np.bincount(comm, step[:, axis] * movable) / moving)[comm]
        step[~movable] = 0.0
        pos += step
        temp *= cooling


def separation(pos: np.ndarray, community: Sequence[int] | np.ndarray,
               min_size: int = 5) -> float:
    """How well a layout shows its communities: the share of nodes (of communities of at
    least ``min_size``) whose own community's centre is the nearest community centre."""
    _labels, comm = np.unique(np.asarray(community), return_inverse=True)
    sizes = np.bincount(comm)
    keep = sizes[comm] >= min_size
    if not keep.any():
        return 1.0
    big = np.flatnonzero(sizes >= min_size)
    centre = np.column_stack([np.bincount(comm, pos[:, 0]), np.bincount(comm, pos[:, 1])])
    centre = centre[big] / sizes[big, None]
    nodes = np.flatnonzero(keep)
    best = np.empty(len(nodes), dtype=np.int64)
    for start in range(0, len(nodes), 4096):  # blocks: nodes x communities stays small
        chunk = nodes[start:start + 4096]
        d = ((pos[chunk, None, :] - centre[None, :, :]) ** 2).sum(axis=2)
        best[start:start + len(chunk)] = big[np.argmin(d, axis=1)]
    return float((best == comm[nodes]).mean())
