"""Layouts: deterministic with a seed, cancellable, sensible shapes (timing is in benchmarks)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from liaison.analysis.graph import analytics as analysis
from liaison.analysis.graph import community_layout_arrays, separation
from liaison.analysis.graph.force import force_layout_arrays
from liaison.model.errors import OperationCancelled
from liaison.model.progress import Progress

from .graph_helpers import graph_of, two_cliques


def random_graph(n: int, per_node: int = 3, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return rng.integers(0, n, per_node * n), rng.integers(0, n, per_node * n)


def test_force_layout_is_deterministic_for_a_seed():
    src, dst = random_graph(2000)
    first = force_layout_arrays(2000, src, dst, seed=5)
    assert np.array_equal(first, force_layout_arrays(2000, src, dst, seed=5))
    assert not np.allclose(first, force_layout_arrays(2000, src, dst, seed=6))
    assert np.isfinite(first).all()


def test_force_layout_unfolds_a_grid():
    side = 40
    cells = np.arange(side * side).reshape(side, side)
    src = np.concatenate([cells[:, :-1].ravel(), cells[:-1, :].ravel()])
    dst = np.concatenate([cells[:, 1:].ravel(), cells[1:, :].ravel()])
    pos = force_layout_arrays(side * side, src, dst, seed=1)
    linked = np.linalg.norm(pos[src] - pos[dst], axis=1).mean()
    # Opposite corners of a well unfolded grid are ~side edge lengths apart, not folded over.
    corners = np.linalg.norm(pos[cells[0, 0]] - pos[cells[-1, -1]])
    assert corners > side * linked / 2


def test_two_cliques_are_drawn_apart():
    g = two_cliques(12)
    analysis.force_layout(g, seed=0)
    centre = {side: np.mean([g.positions[f"{side}{i}"] for i in range(12)], axis=0)
              for side in "ab"}
    spread = max(np.linalg.norm(np.subtract(g.positions[f"a{i}"], centre["a"]))
                 for i in range(12))
    assert np.linalg.norm(centre["a"] - centre["b"]) > spread


def test_cancel_stops_the_layout():
    calls = []

    def listener(done: int, total: int | None, message: str) -> None:
        calls.append(done)
        if len(calls) == 3:
            progress.cancel()

    progress = Progress(listener)
    src, dst = random_graph(5000)
    with pytest.raises(OperationCancelled):
        force_layout_arrays(5000, src, dst, progress=progress)
    assert len(calls) == 3


def test_isolated_nodes_and_tiny_graphs():
    assert force_layout_arrays(0, [], []).shape == (0, 2)
    one = force_layout_arrays(1, [], [])
    assert one.shape == (1, 2) and np.isfinite(one).all()
    pos = force_layout_arrays(50, [0, 1, 2], [1, 2, 0])
    assert np.isfinite(pos).all()
    # The unlinked sit on a ring round the triangle, none on top of another.
    ring = np.linalg.norm(pos[3:], axis=1)
    assert ring.min() > np.linalg.norm(pos[:3], axis=1).max()
    gaps = np.linalg.norm(pos[3:, None] - pos[None, 3:], axis=2) + np.eye(47) * 99
    assert gaps.min() > 0.5


def test_keep_positions_places_new_nodes_near_their_neighbours_and_pins_stay():
    g = two_cliques(6)
    analysis.force_layout(g, seed=0)
    before = dict(g.positions)
    g.merge(graph_of([("a3", "new")], prefix="added"))
    analysis.force_layout(g, seed=0, keep=True, pinned=["a0", "b0"])
    assert g.positions["a0"] == before["a0"] and g.positions["b0"] == before["b0"]
    near = np.linalg.norm(np.subtract(g.positions["new"], g.positions["a3"]))
    far = np.linalg.norm(np.subtract(g.positions["new"], g.positions["b3"]))
    assert near < far


def test_circular_layout_puts_the_centre_in_the_middle():
    g = graph_of([("c", "x"), ("c", "y"), ("x", "y"), ("y", "z")])
    pos = analysis.layout(g, "circular", centre="c")
    assert pos["c"] == (0.0, 0.0)
    radii = {round(math.hypot(*pos[k]), 6) for k in "xyz"}
    assert len(radii) == 1


def test_radial_layout_rings_grow_with_distance_and_unreached_go_outside():
    g = graph_of([("me", "a"), ("me", "b"), ("a", "a1"), ("a1", "a2"), ("q", "r")])
    pos = analysis.layout(g, "radial", centre="me")
    r = {k: math.hypot(*xy) for k, xy in pos.items()}
    assert r["me"] == 0.0
    assert r["a"] == pytest.approx(r["b"])
    assert r["me"] < r["a"] < r["a1"] < r["a2"] < min(r["q"], r["r"])


def test_hierarchical_layout_rows_by_depth_parents_over_children():
    g = graph_of([("root", "a"), ("root", "b"), ("a", "a1"), ("a", "a2"), ("q", "r")])
    pos = analysis.layout(g, "hierarchical", centre="root")
    assert pos["root"][1] > pos["a"][1] == pos["b"][1] > pos["a1"][1]
    assert pos["a"][0] == pytest.approx((pos["a1"][0] + pos["a2"][0]) / 2)
    assert pos["q"][1] < pos["a1"][1]
    assert len(set(pos.values())) == len(pos)


def test_unknown_layout_is_refused():
    with pytest.raises(ValueError, match="unknown layout"):
        analysis.layout(graph_of([("a", "b")]), "spiral")


def test_pinned_nodes_stay_put_through_every_layout():
    g = two_cliques(8)
    analysis.force_layout(g, seed=0)
    pins = {"a1": (40.0, -12.5), "b2": (-30.0, 7.0)}
    for method in analysis.LAYOUTS:
        pos = analysis.layout(g, method, centre="a0", seed=3, pinned=pins)
        assert pos["a1"] == pins["a1"] and pos["b2"] == pins["b2"], method
        assert set(pos) == set(g.nodes) and np.isfinite(list(pos.values())).all()
    # The force layout gathers a pinned node's clique round it, not round the origin.
    pos = analysis.layout(g, "force", seed=3, pinned=pins)
    a_centre = np.mean([pos[f"a{i}"] for i in range(8)], axis=0)
    assert np.linalg.norm(a_centre - pins["a1"]) < np.linalg.norm(a_centre - pins["b2"])
    # Pins of nodes no longer in the chart are ignored.
    assert "gone" not in analysis.layout(g, "circular", pinned={"gone": (1.0, 1.0)})


def test_collapsible_keeps_nodes_linked_to_the_rest_of_the_chart():
    g = graph_of([("hub", "x"), ("hub", "y"), ("y", "y2"), ("hub", "z"), ("z", "kept"),
                  ("hub", "kept")])
    # Expanding 'hub' had added x, y, y2 and z; z also links 'kept', which was there before.
    assert analysis.collapsible(g, "hub", ["x", "y", "y2", "z"]) == {"x", "y", "y2"}
    # With no record of an expansion: the neighbours that hang off 'hub' alone (y also
    # leads on to y2, which is not a neighbour of hub).
    assert analysis.collapsible(g, "hub") == {"x", "z", "kept"}
    assert analysis.collapsible(g, "x") == set()


def _planted(groups: int, size: int, p_out: float = 0.1, seed: int = 4):
    """``groups`` communities of ``size`` nodes, 3 links a node, ``p_out`` of them to
    anyone (as bench_graph's community graph), and three nodes with no link."""
    rng = np.random.default_rng(seed)
    n = groups * size
    community = np.repeat(np.arange(groups), size)
    src = rng.integers(0, n, 3 * n)
    inside = community[src] * size + rng.integers(0, size, 3 * n)
    dst = np.where(rng.random(3 * n) < p_out, rng.integers(0, n, 3 * n), inside)
    return n + 3, src, dst, np.concatenate([community, [groups, groups + 1, groups + 2]])


def test_community_layout_draws_communities_apart():
    n, src, dst, community = _planted(12, 40)
    plain = force_layout_arrays(n, src, dst, seed=0)
    grouped = community_layout_arrays(n, src, dst, community, seed=0)
    assert grouped.shape == (n, 2) and np.isfinite(grouped).all()
    assert separation(grouped, community) >= 0.97 > separation(plain, community)
    # Deterministic; nodes with no link are not piled on one spot.
    assert np.array_equal(grouped, community_layout_arrays(n, src, dst, community, seed=0))
    alone = grouped[-3:]
    assert min(np.linalg.norm(alone[i] - alone[j]) for i in range(3) for j in range(i)) > 0.5
    assert community_layout_arrays(0, [], [], []).shape == (0, 2)
    assert community_layout_arrays(1, [], [], [7]).shape == (1, 2)


def test_community_layout_uses_the_communities_annotate_found():
    g = two_cliques(10, extra=[("a0", "b0")])
    analysis.annotate(g, seed=0)
    pos = analysis.layout(g, "communities", seed=0)
    keys = list(g.nodes)
    xy = np.array([pos[k] for k in keys])
    labels = [g.nodes[k].metrics["community"] for k in keys]
    assert len(set(labels)) == 2 and separation(xy, labels) == 1.0


def test_grouped_by_agency_and_by_country_draws_each_apart():
    from dataclasses import replace

    g = two_cliques(10, extra=[("a0", "b0"), ("a1", "b1"), ("a2", "b2")])
    for key in list(g.nodes):  # agencies across the cliques, so not their communities
        agency = "BKA" if int(key[1:]) % 2 else "Police nationale"
        g.nodes[key] = replace(g.nodes[key], agencies=(agency,),
                               countries=() if key == "a3" else (key[0].upper(),))
    keys = list(g.nodes)
    for method, label in (("agencies", lambda n: n.agencies[0]),
                          ("countries", lambda n: (n.countries or ("",))[0])):
        pos = analysis.layout(g, method, seed=0)
        xy = np.array([pos[k] for k in keys])
        assert separation(xy, [label(g.nodes[k]) for k in keys], min_size=2) == 1.0, method
