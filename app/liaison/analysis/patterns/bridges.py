"""Bridges: an entity or identifier that alone connects two separate networks.

The graph: entities joined by links, by taking part in one event, and through an
identifier two or more of them carry (a phone, e-mail, account, document number or
the like, not a name: namesakes are not ties; the identifier is a node of its own). A bridge is
a cut vertex (removing it splits its component) with at least two sides that are
networks in their own right: ``min_side`` entities or more each, and more ties than a
chain has (a side with as many ties as members holds a cycle). A chain of such cut
vertices between the same two sides (a -> shared phone -> b) is one finding, about the
member that belongs to neither side (the phone). Sides whose records come from
different agencies score higher: that is the cross-border lead.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass

import networkx as nx

from liaison.analysis.patterns.base import SEP, Finding, same_as, split
from liaison.model.identifiers import IDENTIFIER_KINDS
from liaison.store.database import Connection

ID_PREFIX = "identifier:"


@dataclass(frozen=True)
class BridgeParams:
    min_side: int = 5  # entities on each side
    max_event_size: int = 12  # a larger event (a raid, a list) ties no one to anyone
    max_identifier_holders: int = 30  # a value held more widely is a switchboard


def _graph(conn: Connection, p: BridgeParams) -> tuple[nx.Graph, dict[str, set[str]]]:
    """The tie graph, and each node's agencies (from the records that tie it)."""
    g = nx.Graph()
    agencies: dict[str, set[str]] = defaultdict(set)
    rep = same_as(conn)
    for a, b, ags in conn.execute(
            f"SELECT l.source_id, l.target_id, group_concat(r.agency, '{SEP}') FROM links l "
            "JOIN link_records lr ON lr.lid = l.lid "
            "JOIN records r ON r.rid = lr.rid AND r.status = 'active' GROUP BY l.lid"):
        a, b = rep.get(a, a), rep.get(b, b)
        if a != b:
            g.add_edge(a, b)
            agencies[a].update(split(ags))
            agencies[b].update(split(ags))
    members: dict[int, list[str]] = defaultdict(list)
    for vid, entity in conn.execute("SELECT vid, entity_id FROM event_entities"):
        members[vid].append(rep.get(entity, entity))
    for vid, ags in conn.execute(
            f"SELECT er.vid, group_concat(r.agency, '{SEP}') FROM event_records er "
            "JOIN records r ON r.rid = er.rid AND r.status = 'active' GROUP BY er.vid"):
        who = list(dict.fromkeys(members.get(vid, ())))
        if 2 <= len(who) <= p.max_event_size:
            for i, a in enumerate(who):
                agencies[a].update(split(ags))
                for b in who[i + 1:]:
                    g.add_edge(a, b)
    for kind, value, ids, ags in conn.execute(
            f"SELECT v.kind, v.value, group_concat(DISTINCT e.id), "
            f"group_concat(r.agency, '{SEP}') FROM entity_values v "
            "JOIN entities e ON e.eid = v.eid JOIN entity_records er ON er.eid = v.eid "
            "JOIN records r ON r.rid = er.rid AND r.status = 'active' "
            "WHERE v.kind IN (SELECT value FROM json_each(?)) AND v.valid = 1 "
            "GROUP BY v.kind, v.value HAVING count(DISTINCT v.eid) > 1",
            (json.dumps(sorted(IDENTIFIER_KINDS)),)):
        holders = sorted({rep.get(h, h) for h in ids.split(",")})
        if not 2 <= len(holders) <= p.max_identifier_holders:
            continue
        node = f"{ID_PREFIX}{kind}:{value}"
        agencies[node].update(split(ags))
        for h in holders:
            g.add_edge(node, h)
    return g, agencies


def bridges(conn: Connection, p: BridgeParams, names: dict[str, str]) -> list[Finding]:
    g, agencies = _graph(conn, p)
    qualified: dict[str, list[Piece]] = {}
    for v, pieces in _sides(g).items():
        big = [x for x in pieces if x.entities >= p.min_side and x.ties >= x.nodes]
        if len(big) >= 2:
            qualified[v] = sorted(big, key=lambda x: -x.entities)[:2]
    out, done = [], set()
    for v in qualified:
        if v in done:
            continue
        chain = _chain(g, v, qualified)
        done.update(chain)
        subject = _subject(g, chain) or sorted(chain)
        a, b = qualified[v]
        a_ag = sorted(set().union(*(agencies.get(n, set()) for n in _piece(g, v, a.seed))))
        b_ag = sorted(set().union(*(agencies.get(n, set()) for n in _piece(g, v, b.seed))))
        cross = set(a_ag) != set(b_ag)
        small = min(a.entities, b.entities)
        score = 0.4 + 0.3 * (small / (small + p.min_side)) + (0.3 if cross else 0.0)
        label = " and ".join(_label(u, names) for u in subject)
        holders = sorted({w for u in subject if u.startswith(ID_PREFIX)
                          for w in g.neighbors(u)})
        entity_ids = sorted({u for u in chain if not u.startswith(ID_PREFIX)} | set(holders))
        out.append(Finding(
            "bridge", " ".join(sorted(subject)), score,
            f"{label} is the only tie between two networks: one of {a.entities} entities "
            f"({a.ties} ties; records of {', '.join(a_ag) or 'no agency'}) and one of "
            f"{b.entities} entities ({b.ties} ties; records of "
            f"{', '.join(b_ag) or 'no agency'}). Nothing else connects them. The rule asks "
            f"for at least {p.min_side} entities on each side, each side holding a cycle.",
            {"side_a": a.entities, "side_b": b.entities, "agencies_a": a_ag,
             "agencies_b": b_ag, "cross_agency": cross,
             "identifiers": [u[len(ID_PREFIX):] for u in subject
                             if u.startswith(ID_PREFIX)]},
            entity_ids, _records_naming(conn, [u for u in subject if _is_entity(u)] + holders),
            sorted(subject) + entity_ids))
    return out


def _records_naming(conn: Connection, entity_ids: list[str]) -> list[str]:
    """The active records that name these entities: where the bridge's ties are told."""
    return [r for (r,) in conn.execute(
        "SELECT DISTINCT r.id FROM entities e JOIN entity_records er ON er.eid = e.eid "
        "JOIN records r ON r.rid = er.rid AND r.status = 'active' "
        "WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY r.id",
        (json.dumps(entity_ids),))]


def _label(node: str, names: dict[str, str]) -> str:
    if node.startswith(ID_PREFIX):
        kind, _, value = node[len(ID_PREFIX):].partition(":")
        return f"The {kind} {value}"
    return names[node]


def _is_entity(node: str) -> bool:
    return not node.startswith(ID_PREFIX)


def _chain(g: nx.Graph, v: str, qualified: dict) -> list[str]:
    """``v`` and the qualified cut vertices joined to it by ties (a path a - x - b)."""
    chain, todo = [v], [v]
    while todo:
        u = todo.pop()
        for w in g.neighbors(u):
            if w in qualified and w not in chain:
                chain.append(w)
                todo.append(w)
    return chain


def _subject(g: nx.Graph, chain: list[str]) -> list[str]:
    """What the finding is about: the one cut vertex; else the chain's identifiers; else
    its members tied to nothing outside the chain (the middle of a - x - b)."""
    if len(chain) == 1:
        return chain
    ids = sorted(u for u in chain if not _is_entity(u))
    if ids:
        return ids
    return sorted(u for u in chain if all(w in chain for w in g.neighbors(u)))


def _piece(g: nx.Graph, cut: str, seed: str) -> set[str]:
    """The nodes reachable from ``seed`` without passing ``cut``."""
    seen, todo = {seed}, [seed]
    while todo:
        for w in g.neighbors(todo.pop()):
            if w != cut and w not in seen:
                seen.add(w)
                todo.append(w)
    return seen


@dataclass(frozen=True)
class Piece:
    """One part a cut vertex's removal leaves: its size, ties, and one node in it."""

    nodes: int
    entities: int
    ties: int
    seed: str


def _sides(g: nx.Graph) -> dict[str, list[Piece]]:
    """For every cut vertex, the pieces its removal leaves, read off the block-cut tree
    (one depth-first search, linear time) rather than by removing each vertex in turn."""
    blocks, ties = [], []
    for edges in nx.biconnected_component_edges(g):
        blocks.append(frozenset(n for edge in edges for n in edge))
        ties.append(len(edges))
    count = Counter(n for b in blocks for n in b)
    cuts = {n for n, c in count.items() if c > 1}
    tree = nx.Graph()
    for i, b in enumerate(blocks):
        tree.add_node(("b", i))
        for v in b & cuts:
            tree.add_edge(("b", i), ("c", v))
    out: dict[str, list[Piece]] = {}
    for comp in nx.connected_components(tree):
        if len(comp) == 1:
            continue
        root = next(n for n in comp if n[0] == "b")
        parent = dict(nx.bfs_predecessors(tree, root))
        order = [root, *parent]
        n_all: dict = {}
        n_ent: dict = {}
        n_ties: dict = {}
        seed: dict = {}
        for n in order:
            if n[0] == "b":
                own = blocks[n[1]] - cuts
                n_all[n], n_ent[n] = len(own), sum(1 for x in own if _is_entity(x))
                n_ties[n] = ties[n[1]]
                cut = parent.get(n, ("", ""))[1]
                seed[n] = next(x for x in blocks[n[1]] if x != cut)
            else:
                n_all[n], n_ent[n], n_ties[n], seed[n] = 1, int(_is_entity(n[1])), 0, n[1]
        for n in reversed(order):
            if n in parent:
                up = parent[n]
                n_all[up] += n_all[n]
                n_ent[up] += n_ent[n]
                n_ties[up] += n_ties[n]
        total_all, total_ent, total_ties = n_all[root], n_ent[root], n_ties[root]
        for n in order:
            if n[0] != "c":
                continue
            v, nbrs = n[1], set(g.neighbors(n[1]))
            pieces, used_all, used_ent, used_ties = [], 0, 0, 0
            for child in tree.neighbors(n):
                if parent.get(child) != n:
                    continue
                to_v = len(nbrs & blocks[child[1]])
                pieces.append(Piece(n_all[child], n_ent[child], n_ties[child] - to_v,
                                    seed[child]))
                used_all += n_all[child]
                used_ent += n_ent[child]
                used_ties += n_ties[child]
            up = parent[n]
            to_v = len(nbrs & blocks[up[1]])
            above = next(x for x in blocks[up[1]] if x != v)  # no copy of a giant block
            pieces.append(Piece(total_all - used_all - 1,
                                total_ent - used_ent - int(_is_entity(v)),
                                total_ties - used_ties - to_v, above))
            out[v] = pieces
    return out
