"""A force-directed layout that scales to 100,000 nodes, with numpy alone.

Multilevel (Walshaw 2003; Hu 2005, "sfdp"): the graph is coarsened by random
matchings until a few dozen nodes remain, those are laid out, and each finer level
starts from its coarser level's positions and is refined. The forces are
Fruchterman-Reingold (attraction d^2/K along edges, repulsion K^2/d between all
pairs) plus a weak pull to the centre that keeps separate components together.
All-pairs repulsion is exact for small levels and, above that, computed by a
particle-mesh method: masses are spread on a grid (cloud-in-cell), convolved with
the 1/d kernel by FFT, and the field read back with the same weights, which makes a
node's force on itself cancel exactly (the kernel is antisymmetric). Cost per
iteration is O(n + G^2 log G) for a G x G grid.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from liaison.model.progress import Progress

K = 1.0                # natural edge length
GRAVITY = 0.3          # pull to the centre; sets how densely the whole layout packs
EXACT_MAX = 300        # levels up to this size get exact all-pairs repulsion
COARSEST = 48          # stop coarsening at this many nodes
ITERATION_BUDGET = 600_000  # node-iterations per level; the finest gets at least MIN_ITER
MIN_ITER, MAX_ITER = 25, 100


def undirected_edges(n: int, src: np.ndarray, dst: np.ndarray
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unique undirected edges (a < b) with the count of parallel edges as weight."""
    src, dst = np.asarray(src, dtype=np.int64), np.asarray(dst, dtype=np.int64)
    keep = src != dst
    a, b = np.minimum(src[keep], dst[keep]), np.maximum(src[keep], dst[keep])
    keys, counts = np.unique(a * n + b, return_counts=True)
    return keys // n, keys % n, counts.astype(np.float64)


def _coarsen(n: int, a: np.ndarray, b: np.ndarray, mass: np.ndarray,
             rng: np.random.Generator) -> tuple[np.ndarray, int]:
    """Group nodes by a few rounds of random matching; returns (group of each node, groups)."""
    group = np.full(n, -1, dtype=np.int64)
    count = 0
    for _ in range(3):
        free = (group[a] < 0) & (group[b] < 0)
        ea, eb = a[free], b[free]
        if not len(ea):
            break
        # Each node proposes its best free edge; light pairs first keeps groups balanced.
        score = rng.random(len(ea)) / (mass[ea] + mass[eb])
        ends = np.concatenate([ea, eb])
        edge = np.concatenate([np.arange(len(ea))] * 2)
        order = np.lexsort((-score[edge], ends))
        first = np.unique(ends[order], return_index=True)
        best = np.full(n, -1, dtype=np.int64)
        best[first[0]] = edge[order[first[1]]]
        mutual = np.flatnonzero((best[ea] == np.arange(len(ea))) & (best[eb] == np.arange(len(ea))))
        group[ea[mutual]] = group[eb[mutual]] = count + np.arange(len(mutual))
        count += len(mutual)
    # A node left over joins a matched neighbour (leaves join their hub's pair).
    lone_a = (group[a] < 0) & (group[b] >= 0)
    lone_b = (group[b] < 0) & (group[a] >= 0)
    group[a[lone_a]] = group[b[lone_a]]
    group[b[lone_b]] = group[a[lone_b]]
    # The rest (isolated nodes, leftovers) pair up among themselves in random order.
    rest = rng.permutation(np.flatnonzero(group < 0))
    group[rest] = count + np.arange(len(rest)) // 2
    count += (len(rest) + 1) // 2
    return group, count


class _Mesh:
    """Particle-mesh repulsion on a G x G grid, the 1/d kernel transformed once."""

    def __init__(self, size: int) -> None:
        self.size = size
        offsets = np.fft.fftfreq(2 * size, 1.0 / (2 * size))
        offsets[size] = 0.0  # +-G is never a real offset; zero keeps the kernel antisymmetric
        dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
        r2 = dx * dx + dy * dy
        r2[r2 == 0] = np.inf  # no force at zero offset (or at the unused +-G)
        self.kx = np.fft.rfft2(dx / r2)
        self.ky = np.fft.rfft2(dy / r2)

    def field(self, pos: np.ndarray, mass: np.ndarray) -> np.ndarray:
        """Repulsion per unit mass at each node: K^2 * sum_j m_j (x_i - x_j) / |x_i - x_j|^2."""
        g = self.size
        lo = pos.min(axis=0)
        span = float(np.max(pos.max(axis=0) - lo)) or 1.0
        h = span / (g - 1.001)
        u = (pos - lo) / h
        cell = np.minimum(u.astype(np.int64), g - 2)
        f = u - cell
        corners = [(0, 0, (1 - f[:, 0]) * (1 - f[:, 1])), (1, 0, f[:, 0] * (1 - f[:, 1])),
                   (0, 1, (1 - f[:, 0]) * f[:, 1]), (1, 1, f[:, 0] * f[:, 1])]
        flat = [(cell[:, 0] + ox) * (2 * g) + cell[:, 1] + oy for ox, oy, _ in corners]
        rho = np.bincount(np.concatenate(flat),
                          weights=np.concatenate([w * mass for _, _, w in corners]),
                          minlength=4 * g * g).reshape(2 * g, 2 * g)
        rho_hat = np.fft.rfft2(rho)
        ex = np.fft.irfft2(rho_hat * self.kx, s=rho.shape).ravel()
        ey = np.fft.irfft2(rho_hat * self.ky, s=rho.shape).ravel()
        out = np.zeros_like(pos)
        for (_, _, w), idx in zip(corners, flat, strict=True):
            out[:, 0] += w * ex[idx]
            out[:, 1] += w * ey[idx]
        return out * (K * K / h)


def _exact_field(pos: np.ndarray, mass: np.ndarray) -> np.ndarray:
    dx = pos[:, 0, None] - pos[None, :, 0]
    dy = pos[:, 1, None] - pos[None, :, 1]
    r2 = dx * dx + dy * dy + 1e-9
    np.fill_diagonal(r2, np.inf)
    inv = mass[None, :] / r2
    return K * K * np.column_stack([(dx * inv).sum(axis=1), (dy * inv).sum(axis=1)])


def _mesh_size(n: int) -> int:
    size = 32
    while size < 256 and size * size < n:
        size *= 2
    return size


def _refine(pos: np.ndarray, a: np.ndarray, b: np.ndarray, w: np.ndarray, mass: np.ndarray,
            iterations: int, t0: float, fixed: np.ndarray | None,
            progress: Progress, done: int, total: int) -> None:
    """Move nodes along their forces, each step capped by a cooling temperature."""
    n = len(pos)
    mesh = _Mesh(_mesh_size(n)) if n > EXACT_MAX else None
    cooling = 0.02 ** (1.0 / max(1, iterations - 1))  # end at 2% of the first step
    temp = t0
    total_mass = mass.sum()
    for it in range(iterations):
        if it % 5 == 0:
            progress.update(done + it, total, "Laying out")
        disp = mesh.field(pos, mass) if mesh is not None else _exact_field(pos, mass)
        if len(a):
            d = pos[b] - pos[a]
            pull = d * (np.sqrt((d * d).sum(axis=1)) * w / K)[:, None]
            for axis in (0, 1):
                force = np.bincount(a, pull[:, axis], n) - np.bincount(b, pull[:, axis], n)
                disp[:, axis] += force / mass
        centre = (pos * mass[:, None]).sum(axis=0) / total_mass
        disp -= GRAVITY * (pos - centre)
        length = np.sqrt((disp * disp).sum(axis=1)) + 1e-12
        step = disp * (np.minimum(length, temp) / length)[:, None]
        if fixed is not None:
            step[fixed] = 0.0
        pos += step
        temp *= cooling


def _iterations(n: int, level: int, levels: int) -> int:
    """Steps for one level: the coarsest settles the overall shape, finer ones refine it."""
    if level == levels - 1:
        return 4 * MAX_ITER // 5
    count = int(ITERATION_BUDGET / max(n, 1))
    if level == 0:
        return max(MIN_ITER, min(MAX_ITER, count))
    return max(30, min(50, count))


def force_layout_arrays(n: int, src: Sequence[int] | np.ndarray, dst: Sequence[int] | np.ndarray,
                        *, seed: int = 0, progress: Progress | None = None,
                        initial: np.ndarray | None = None, fixed: np.ndarray | None = None
                        ) -> np.ndarray:
    """Positions (n x 2) for nodes 0..n-1 joined by edges ``src[i] -- dst[i]``.

    Deterministic for a given ``seed``. With ``initial`` (n x 2, NaN where unknown)
    only the finest level runs: unknown nodes start beside their placed neighbours,
    so adding nodes to a drawn chart keeps it recognisable, and ``fixed`` (bool, n)
    pins nodes where they are. Raises OperationCancelled when ``progress`` is cancelled.
    """
    progress = progress or Progress()
    rng = np.random.default_rng(seed)
    if n == 0:
        return np.zeros((0, 2))
    a, b, w = undirected_edges(n, np.asarray(src), np.asarray(dst))
    mass = np.ones(n)
    if initial is not None:
        pos = _place_unknown(np.array(initial, dtype=np.float64), a, b, rng)
        iterations = _iterations(n, 0, 2)
        _refine(pos, a, b, w, mass, iterations, K, fixed, progress, 0, iterations)
        progress.update(iterations, iterations, "Laid out")
        return pos
    # Isolated nodes would only be flung outwards: they go on a ring round the rest.
    degree = np.bincount(a, minlength=n) + np.bincount(b, minlength=n)
    linked = np.flatnonzero(degree > 0)
    pos = np.zeros((n, 2))
    if len(linked):
        renumber = np.full(n, -1, dtype=np.int64)
        renumber[linked] = np.arange(len(linked))
        pos[linked] = _multilevel(len(linked), renumber[a], renumber[b], w, rng, progress)
    alone = np.flatnonzero(degree == 0)
    if len(alone):
        # A percentile, not the maximum: one far-flung pair must not push the ring away.
        reach = np.sqrt((pos[linked] ** 2).sum(axis=1)) if len(linked) else np.zeros(1)
        inner = float(np.percentile(reach, 98)) + 2 * K
        pos[alone] = _sunflower(len(alone), inner)
    progress.update(1, 1, "Laid out")
    return pos


def _sunflower(count: int, inner: float) -> np.ndarray:
    """``count`` points evenly spread (Vogel's spiral) in an annulus from radius ``inner``."""
    i = np.arange(count)
    radius = np.sqrt(inner * inner + i * 4 * K * K / np.pi)
    angle = i * np.pi * (3 - np.sqrt(5))
    return np.column_stack([radius * np.cos(angle), radius * np.sin(angle)])


def _multilevel(n: int, a: np.ndarray, b: np.ndarray, w: np.ndarray,
                rng: np.random.Generator, progress: Progress) -> np.ndarray:
    """Coarsen, lay out the coarsest level, then refine level by level; centred at 0."""
    mass = np.ones(n)
    levels = [(a, b, w, mass)]
    groups: list[np.ndarray] = []
    while len(levels[-1][3]) > COARSEST and len(groups) < 40:
        la, lb, lw, lm = levels[-1]
        group, count = _coarsen(len(lm), la, lb, lm, rng)
        if count > 0.95 * len(lm):
            break
        ca, cb, cw = _coarse_edges(group, count, la, lb, lw)
        levels.append((ca, cb, cw, np.bincount(group, lm, count)))
        groups.append(group)
    plan = [_iterations(len(lv[3]), i, len(levels)) for i, lv in enumerate(levels)]
    total, done = sum(plan), 0
    size = len(levels[-1][3])
    radius = K * np.sqrt(n)
    angle, r = rng.random(size) * 2 * np.pi, radius * np.sqrt(rng.random(size))
    pos = np.column_stack([r * np.cos(angle), r * np.sin(angle)])
    for depth in range(len(levels) - 1, -1, -1):
        la, lb, lw, lm = levels[depth]
        spacing = K * np.sqrt(n / len(lm))
        if depth < len(levels) - 1:
            pos = pos[groups[depth]] + rng.normal(0.0, 0.3 * spacing, (len(lm), 2))
        t0 = radius / 4 if depth == len(levels) - 1 else spacing
        _refine(pos, la, lb, lw, lm, plan[depth], t0, None, progress, done, total)
        done += plan[depth]
    return pos - pos.mean(axis=0)


def _coarse_edges(group: np.ndarray, count: int, a: np.ndarray, b: np.ndarray, w: np.ndarray
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    ga, gb = group[a], group[b]
    keep = ga != gb
    lo, hi = np.minimum(ga[keep], gb[keep]), np.maximum(ga[keep], gb[keep])
    keys, inverse = np.unique(lo * count + hi, return_inverse=True)
    return keys // count, keys % count, np.bincount(inverse, w[keep], len(keys))


def _place_unknown(pos: np.ndarray, a: np.ndarray, b: np.ndarray,
                   rng: np.random.Generator) -> np.ndarray:
    """Give NaN rows a start: the mean of placed neighbours, else a ring round the layout."""
    n = len(pos)
    fresh = np.isnan(pos).any(axis=1)
    unknown = fresh.copy()
    ends, others = np.concatenate([a, b]), np.concatenate([b, a])
    for _ in range(3):  # neighbours of neighbours get placed on later rounds
        use = unknown[ends] & ~unknown[others]
        if not use.any():
            break
        counts = np.bincount(ends[use], minlength=n)
        has = counts > 0
        for axis in (0, 1):
            sums = np.bincount(ends[use], pos[others[use], axis], n)
            pos[has, axis] = sums[has] / counts[has]
        unknown &= ~has
    if unknown.any():
        known = pos[~unknown] if (~unknown).any() else np.zeros((1, 2))
        centre = known.mean(axis=0)
        reach = float(np.abs(known - centre).max()) + K
        angle = rng.random(int(unknown.sum())) * 2 * np.pi
        pos[unknown] = centre + reach * np.column_stack([np.cos(angle), np.sin(angle)])
    # Nodes placed on the same spot need a nudge apart before forces can act.
    pos[fresh] += rng.normal(0.0, 0.2 * K, (int(fresh.sum()), 2))
    return pos


def layout_positions(keys: Sequence[str], pos: np.ndarray) -> dict[str, tuple[float, float]]:
    return {key: (float(x), float(y)) for key, (x, y) in zip(keys, pos, strict=True)}


def initial_array(keys: Sequence[str], known: Mapping[str, tuple[float, float]]) -> np.ndarray:
    """An ``initial`` argument from positions by key (NaN rows for the unplaced)."""
    out = np.full((len(keys), 2), np.nan)
    for i, key in enumerate(keys):
        if key in known:
            out[i] = known[key]
    return out
