from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal


class Criticality(StrEnum):
    HARD = "HARD"  # the dependent cannot be learned without the prerequisite
    SOFT = "SOFT"  # helps, but a learner can start without it


@dataclass(frozen=True, slots=True)
class Edge:
    """`concept` requires `prerequisite`."""

    concept: str
    prerequisite: str
    criticality: Criticality = Criticality.HARD
    weight: float = 1.0  # how strongly the dependent leans on the prerequisite, 0-1
    transfer: float = 0.5  # how much mastery of the prerequisite carries over, 0-1


EdgeTuple = tuple[str, str, str, float, float]  # (concept, prerequisite, criticality, w, t)


class CycleError(ValueError):
    """The edges contain a cycle; `path` reads "A requires B requires ... requires A"."""

    def __init__(self, path: list[str]) -> None:
        self.path = path
        super().__init__("prerequisite cycle: " + " -> ".join(path))


@dataclass(frozen=True, slots=True)
class Problem:
    severity: Literal["error", "warning"]
    code: Literal["unknown_concept", "self_loop", "duplicate_edge", "cycle", "layer_inversion"]
    message: str
    concept: str | None = None
    prerequisite: str | None = None
    path: tuple[str, ...] = ()


def as_edge(edge: Edge | EdgeTuple) -> Edge:
    """Accept an `Edge` or a `(concept, prerequisite, criticality, weight, transfer)` tuple."""
    if isinstance(edge, Edge):
        return edge
    concept, prerequisite, criticality, weight, transfer = edge
    return Edge(concept, prerequisite, Criticality(criticality), float(weight), float(transfer))


class ConceptGraph:
    """Prerequisite graph over concept ids.

    `add_edge` does not reject cycles, so the graph can also hold bad data for `validate`;
    callers inserting a new edge ask `find_cycle_if_added` first.
    """

    def __init__(self, edges: Iterable[Edge | EdgeTuple] = (), nodes: Iterable[str] = ()) -> None:
        self._requires: dict[str, dict[str, Edge]] = {}
        self._required_by: dict[str, dict[str, Edge]] = {}
        for node in nodes:
            self.add_node(node)
        for edge in edges:
            self.add_edge(edge)

    def add_node(self, concept: str) -> None:
        self._requires.setdefault(concept, {})
        self._required_by.setdefault(concept, {})

    def add_edge(self, edge: Edge | EdgeTuple) -> Edge:
        """Add or replace the edge for its (concept, prerequisite) pair."""
        edge = as_edge(edge)
        self.add_node(edge.concept)
        self.add_node(edge.prerequisite)
        self._requires[edge.concept][edge.prerequisite] = edge
        self._required_by[edge.prerequisite][edge.concept] = edge
        return edge

    def __contains__(self, concept: object) -> bool:
        return concept in self._requires

    def __len__(self) -> int:
        return len(self._requires)

    @property
    def nodes(self) -> list[str]:
        return sorted(self._requires)

    @property
    def edges(self) -> list[Edge]:
        return [
            self._requires[concept][prerequisite]
            for concept in sorted(self._requires)
            for prerequisite in sorted(self._requires[concept])
        ]

    def edge(self, concept: str, prerequisite: str) -> Edge | None:
        return self._requires.get(concept, {}).get(prerequisite)

    def direct_prerequisites(self, concept: str) -> list[Edge]:
        found = self._requires.get(concept, {})
        return [found[key] for key in sorted(found)]

    def direct_dependents(self, concept: str) -> list[Edge]:
        found = self._required_by.get(concept, {})
        return [found[key] for key in sorted(found)]

    def find_cycle_if_added(self, concept: str, prerequisite: str) -> list[str] | None:
        """The cycle that `concept requires prerequisite` would close, or None.

        Adding C -> A when A requires B and B requires C gives ["C", "A", "B", "C"].
        """
        if concept == prerequisite:
            return [concept, concept]
        path = _shortest_path(prerequisite, concept, self._requires)
        return None if path is None else [concept, *path]

    def prerequisites(
        self, concept: str, *, max_depth: int | None = None, hard_only: bool = False
    ) -> list[tuple[str, int]]:
        """Transitive prerequisites with their minimum depth, ordered by depth then id."""
        return _closure(concept, self._requires, max_depth=max_depth, hard_only=hard_only)

    def dependents(
        self, concept: str, *, max_depth: int | None = None, hard_only: bool = False
    ) -> list[tuple[str, int]]:
        """Transitive dependents with their minimum depth, ordered by depth then id."""
        return _closure(concept, self._required_by, max_depth=max_depth, hard_only=hard_only)

    def topological_order(self, ids: Iterable[str] | None = None) -> list[str]:
        """Prerequisites first; ties broken by id. With `ids`, orders only those (and the
        edges among them). Raises `CycleError` on a cycle."""
        nodes = set(self._requires) if ids is None else set(ids)
        requires = {node: {p for p in self._requires.get(node, {}) if p in nodes} for node in nodes}
        order, remaining = _kahn(requires)
        if remaining:
            raise CycleError(_walk_cycle(remaining, requires))
        return order

    def find_cycle(self) -> list[str] | None:
        try:
            self.topological_order()
        except CycleError as exc:
            return exc.path
        return None

    def frontier(self, mastered: set[str], candidates: Iterable[str]) -> list[str]:
        """Candidates not yet mastered whose HARD prerequisites are all mastered.

        Keeps the candidates' order (callers may pass them ranked) and drops repeats.
        """
        seen: set[str] = set()
        ready: list[str] = []
        for concept in candidates:
            if concept in mastered or concept in seen:
                continue
            seen.add(concept)
            hard = (
                prerequisite
                for prerequisite, edge in self._requires.get(concept, {}).items()
                if edge.criticality is Criticality.HARD
            )
            if all(prerequisite in mastered for prerequisite in hard):
                ready.append(concept)
        return ready


def validate(
    concepts: Mapping[str, int | None] | Iterable[str], edges: Iterable[Edge | EdgeTuple]
) -> list[Problem]:
    """Problems in a concept set and its edges: unknown ids, self-loops, duplicate edges,
    cycles (one per independent cycle, with its path) and, as warnings, layer inversions.

    `concepts` maps id to layer (None when unknown), or is just the ids.
    """
    layers: Mapping[str, int | None] = (
        concepts if isinstance(concepts, Mapping) else dict.fromkeys(concepts)
    )
    problems: list[Problem] = []
    requires: dict[str, set[str]] = {}
    for edge in map(as_edge, edges):
        concept, prerequisite = edge.concept, edge.prerequisite
        unknown = [i for i in dict.fromkeys((concept, prerequisite)) if i not in layers]
        for missing in unknown:
            problems.append(
                Problem(
                    "error",
                    "unknown_concept",
                    f"edge {concept} -> {prerequisite} refers to unknown concept {missing}",
                    concept,
                    prerequisite,
                )
            )
        if unknown:
            continue
        if concept == prerequisite:
            problems.append(
                Problem("error", "self_loop", f"{concept} requires itself", concept, prerequisite)
            )
            continue
        if prerequisite in requires.get(concept, ()):
            problems.append(
                Problem(
                    "warning",
                    "duplicate_edge",
                    f"edge {concept} -> {prerequisite} is listed more than once",
                    concept,
                    prerequisite,
                )
            )
            continue
        requires.setdefault(concept, set()).add(prerequisite)
        requires.setdefault(prerequisite, set())
        concept_layer, prerequisite_layer = layers[concept], layers[prerequisite]
        if (
            concept_layer is not None
            and prerequisite_layer is not None
            and prerequisite_layer > concept_layer
        ):
            problems.append(
                Problem(
                    "warning",
                    "layer_inversion",
                    f"{concept} (layer {concept_layer}) requires {prerequisite} "
                    f"(layer {prerequisite_layer})",
                    concept,
                    prerequisite,
                )
            )
    while True:
        _, remaining = _kahn(requires)
        if not remaining:
            break
        path = _walk_cycle(remaining, requires)
        problems.append(
            Problem(
                "error",
                "cycle",
                "prerequisite cycle: " + " -> ".join(path),
                path[-2],
                path[-1],
                tuple(path),
            )
        )
        # Dropping the closing edge lets the next round find an independent cycle, if any.
        requires[path[-2]].discard(path[-1])
    return problems


def _shortest_path(
    start: str, goal: str, adjacency: dict[str, dict[str, Edge]]
) -> list[str] | None:
    parents: dict[str, str | None] = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = [node]
            while (parent := parents[path[-1]]) is not None:
                path.append(parent)
            return path[::-1]
        for nxt in sorted(adjacency.get(node, {})):
            if nxt not in parents:
                parents[nxt] = node
                queue.append(nxt)
    return None


def _closure(
    concept: str,
    adjacency: dict[str, dict[str, Edge]],
    *,
    max_depth: int | None,
    hard_only: bool,
) -> list[tuple[str, int]]:
    depths = {concept: 0}
    queue = deque([concept])
    while queue:
        node = queue.popleft()
        depth = depths[node]
        if max_depth is not None and depth >= max_depth:
            continue
        for nxt, edge in adjacency.get(node, {}).items():
            if hard_only and edge.criticality is not Criticality.HARD:
                continue
            if nxt not in depths:
                depths[nxt] = depth + 1
                queue.append(nxt)
    del depths[concept]
    return sorted(depths.items(), key=lambda item: (item[1], item[0]))


def _kahn(requires: dict[str, set[str]]) -> tuple[list[str], set[str]]:
    """Kahn's algorithm with a sorted ready set; returns the order and the nodes left on cycles."""
    indegree = {node: len(prereqs) for node, prereqs in requires.items()}
    required_by: dict[str, list[str]] = {}
    for node, prereqs in requires.items():
        for prerequisite in prereqs:
            required_by.setdefault(prerequisite, []).append(node)
    ready = [node for node, degree in indegree.items() if degree == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        node = heapq.heappop(ready)
        order.append(node)
        for dependent in required_by.get(node, ()):
            indegree[dependent] -= 1
            if indegree[dependent] == 0:
                heapq.heappush(ready, dependent)
    return order, set(requires) - set(order)


def _walk_cycle(remaining: set[str], requires: dict[str, set[str]]) -> list[str]:
    """A cycle among the nodes Kahn could not order: each of them still has a prerequisite
    among them, so following the smallest one from the smallest node must revisit a node."""
    node = min(remaining)
    walk: list[str] = []
    position: dict[str, int] = {}
    while node not in position:
        position[node] = len(walk)
        walk.append(node)
        node = min(p for p in requires[node] if p in remaining)
    return [*walk[position[node] :], node]
