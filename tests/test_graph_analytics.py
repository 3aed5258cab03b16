"""Graph analytics on known graphs: paths, centrality, communities, the graph model."""

from __future__ import annotations

import networkx as nx
import pytest

from liaison.analysis.graph import analytics as analysis
from liaison.model.errors import OperationCancelled
from liaison.model.graph import EDGE_LINK, GraphEdge, LinkGraph
from liaison.model.progress import Progress

from .graph_helpers import graph_of, two_cliques


def test_shortest_path_follows_links_either_way_and_none_when_apart():
    g = graph_of([("a", "b"), ("c", "b"), ("c", "d"), ("a", "e"), ("e", "f"), ("f", "d")],
                 nodes=["lonely"])
    assert analysis.shortest_path(g, "a", "d") == ["a", "b", "c", "d"]
    assert analysis.shortest_path(g, "a", "lonely") is None
    assert analysis.shortest_path(g, "a", "unknown") is None


def test_parallel_links_are_one_weighted_edge_for_analysis():
    g = graph_of([("a", "b"), ("b", "a"), ("a", "b"), ("b", "c")])
    simple = analysis.to_networkx(g)
    assert simple.number_of_edges() == 2
    assert simple["a"]["b"]["weight"] == 3


def test_degree_and_betweenness_on_a_star_with_a_tail():
    # hub joined to x, y, z; z joined to tail: 5 nodes.
    g = graph_of([("hub", "x"), ("hub", "y"), ("hub", "z"), ("z", "tail")])
    degree = analysis.degree_centrality(g)
    assert degree["hub"] == pytest.approx(3 / 4)
    assert degree["tail"] == pytest.approx(1 / 4)
    between = analysis.betweenness_centrality(g)
    # hub lies on x-y, x-z, x-tail, y-z, y-tail: 5 of the (4*3/2)=6 pairs without it.
    assert between["hub"] == pytest.approx(5 / 6)
    # z lies on the paths from tail to hub, x and y: 3 of 6.
    assert between["z"] == pytest.approx(3 / 6)
    assert between["x"] == between["tail"] == 0.0


def test_betweenness_is_sampled_above_the_exact_limit_and_deterministic(monkeypatch):
    monkeypatch.setattr(analysis, "EXACT_BETWEENNESS_MAX", 10)
    ring = [(f"n{i}", f"n{(i + 1) % 40}") for i in range(40)] + [("n0", "n20")]
    g = graph_of(ring)
    first = analysis.betweenness_centrality(g, seed=3)
    assert first == analysis.betweenness_centrality(g, seed=3)
    exact = nx.betweenness_centrality(analysis.to_networkx(g))
    # The chord's ends carry the most traffic, sampled or not.
    assert max(first, key=first.get) in ("n0", "n20")
    assert max(exact, key=exact.get) in ("n0", "n20")


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_batched_betweenness_matches_networkx_exactly(seed):
    simple = nx.gnm_random_graph(120, 260, seed=seed)
    edges = [(f"n{a}", f"n{b}") for a, b in simple.edges()]
    edges += [*edges[:10], ("n3", "n3")]  # parallel links and a self-loop change nothing
    g = graph_of(edges, nodes=[f"n{i}" for i in range(125)])  # five isolated nodes
    ours = analysis.betweenness_centrality(g)
    expected = nx.betweenness_centrality(analysis.to_networkx(g))
    assert ours.keys() == expected.keys()
    assert max(abs(ours[k] - expected[k]) for k in ours) < 1e-12
    assert analysis.betweenness_centrality(g, k=125) == ours  # every node sampled = exact


def test_betweenness_can_be_cancelled():
    progress = Progress()
    progress.cancel()
    with pytest.raises(OperationCancelled):
        analysis.betweenness_centrality(two_cliques(5), progress=progress)


@pytest.mark.parametrize("method", ["louvain", "label_propagation", "auto"])
def test_two_cliques_joined_by_a_bridge_are_two_communities(method):
    g = two_cliques(6)
    found = analysis.communities(g, method=method, seed=1)
    a = {found[f"a{i}"] for i in range(6)}
    b = {found[f"b{i}"] for i in range(6)}
    assert len(a) == 1 and len(b) == 1 and a != b
    assert set(found.values()) == {0, 1}


def test_communities_are_numbered_biggest_first():
    g = two_cliques(4, extra=[("b0", "b9"), ("b1", "b8")])
    found = analysis.communities(g, seed=0)
    assert found["b9"] == found["b0"] == 0  # the b side has 6 nodes, the a side 4
    assert found["a1"] == 1


def test_unknown_community_method_is_refused():
    with pytest.raises(ValueError, match="unknown community method"):
        analysis.communities(two_cliques(3), method="magic")


def test_annotate_writes_metrics_into_the_nodes():
    g = two_cliques(4)
    analysis.annotate(g, seed=0)
    a0 = g.nodes["a0"].metrics
    assert a0["degree"] == 4.0
    assert a0["betweenness"] > g.nodes["a1"].metrics["betweenness"]
    assert a0["community"] != g.nodes["b0"].metrics["community"]


def test_link_graph_merge_subgraph_and_counts():
    g = graph_of([("a", "b")])
    other = graph_of([], nodes=["b", "c"])
    other.nodes["b"].agencies = ("Other agency",)
    other.add_edge(GraphEdge("e1", "b", "c", EDGE_LINK, "Family"))
    g.merge(other)
    assert g.node_keys() == ["a", "b", "c"]
    assert g.nodes["b"].agencies == ("Agency", "Other agency")
    assert g.neighbours("b") == {"a", "c"}
    assert g.counts() == {"nodes": 3, "edges": 2, "entity_nodes": 3, "link_edges": 2}
    sub = g.subgraph(["a", "b"])
    assert sub.node_keys() == ["a", "b"] and list(sub.edges) == ["e0"]
    with pytest.raises(ValueError, match="joins a node"):
        LinkGraph().add_edge(GraphEdge("x", "a", "b", EDGE_LINK, "Associate"))
