"""Collapsing chart nodes into a group node and expanding it again (issue 18): the group
stands for its members, links out of it are kept (by key), expanding gives back exactly
what was collapsed, and groups nest."""

from __future__ import annotations

import pytest

from liaison.analysis.graph import collapse, expand

from .graph_helpers import two_cliques


def test_collapse_then_expand_gives_back_the_chart():
    g = two_cliques(5, extra=[("a0", "b0"), ("a1", "b0")])
    g.positions = {k: (float(i), float(-i)) for i, k in enumerate(g.nodes)}
    members = [f"a{i}" for i in range(5)]
    grouped, key = collapse(g, members, "Clique A (5)")
    assert not set(members) & set(grouped.nodes) and key in grouped.nodes
    node = grouped.nodes[key]
    assert node.kind == "group" and node.label == "Clique A (5)"
    assert node.metrics["members"] == 5
    # The two links to b0 now start at the group (kept apart: they bundle on the chart).
    across = {e.key for e in g.edges.values()
              if (e.source in members) != (e.target in members)}
    out = {e.key for e in grouped.edges.values() if key in (e.source, e.target)}
    assert out == across and len(across) >= 2
    assert {grouped.edges[k].target if grouped.edges[k].source == key
            else grouped.edges[k].source for k in out} == {"b0"}
    centre = tuple(sum(g.positions[k][i] for k in members) / 5 for i in (0, 1))
    assert grouped.positions[key] == pytest.approx(centre)  # the members' centre
    back = expand(grouped, key)
    assert set(back.nodes) == set(g.nodes) and set(back.edges) == set(g.edges)
    assert back.positions == g.positions and not back.groups
    assert all(back.edges[k] == g.edges[k] for k in g.edges)


def test_groups_nest_and_the_key_depends_on_the_members_only():
    g = two_cliques(4)
    inner, key1 = collapse(g, ["a0", "a1"], "inner")
    outer, key2 = collapse(inner, [key1, "a2", "a3"], "outer")
    assert collapse(g, ["a1", "a0"], "other name")[1] == key1
    assert set(outer.nodes) == {key2, "b0", "b1", "b2", "b3"}
    assert expand(expand(outer, key2), key1).nodes.keys() == g.nodes.keys()
    with pytest.raises(ValueError, match="not a collapsed group"):
        expand(g, key1)
    with pytest.raises(ValueError, match="at least two"):
        collapse(g, ["a0", "ghost"], "x")
