import pytest

from gurukul.curriculum.graph import (
    ConceptGraph,
    Criticality,
    CycleError,
    Edge,
    as_edge,
    validate,
)

HARD, SOFT = Criticality.HARD, Criticality.SOFT


def chain(*ids: str, criticality: Criticality = HARD) -> list[Edge]:
    """chain("A", "B", "C"): A requires B, B requires C."""
    return [Edge(a, b, criticality) for a, b in zip(ids, ids[1:], strict=False)]


def diamond() -> ConceptGraph:
    # D requires B and C, both require A; E requires D.
    return ConceptGraph(
        [
            Edge("D", "B"),
            Edge("D", "C", SOFT),
            Edge("B", "A"),
            Edge("C", "A"),
            Edge("E", "D"),
        ]
    )


class TestAsEdge:
    def test_edge_passes_through(self) -> None:
        edge = Edge("A", "B", SOFT, 0.4, 0.2)
        assert as_edge(edge) is edge

    def test_tuple_becomes_edge(self) -> None:
        assert as_edge(("A", "B", "SOFT", 1, 0)) == Edge("A", "B", SOFT, 1.0, 0.0)

    def test_bad_criticality_raises(self) -> None:
        with pytest.raises(ValueError, match="MAYBE"):
            as_edge(("A", "B", "MAYBE", 1, 0))


class TestConceptGraph:
    def test_nodes_include_isolated_nodes_and_edge_ends(self) -> None:
        graph = ConceptGraph([Edge("B", "A")], nodes=["Z"])
        assert graph.nodes == ["A", "B", "Z"]
        assert len(graph) == 3
        assert "Z" in graph
        assert "Q" not in graph

    def test_add_edge_replaces_the_same_pair(self) -> None:
        graph = ConceptGraph([Edge("B", "A", HARD, 0.9)])
        graph.add_edge(("B", "A", "SOFT", 0.3, 0.1))
        assert graph.edges == [Edge("B", "A", SOFT, 0.3, 0.1)]

    def test_edges_are_sorted_by_concept_then_prerequisite(self) -> None:
        graph = ConceptGraph([Edge("C", "B"), Edge("B", "A"), Edge("C", "A")])
        assert [(e.concept, e.prerequisite) for e in graph.edges] == [
            ("B", "A"),
            ("C", "A"),
            ("C", "B"),
        ]

    def test_edge_lookup(self) -> None:
        graph = ConceptGraph([Edge("B", "A", SOFT)])
        assert graph.edge("B", "A") == Edge("B", "A", SOFT)
        assert graph.edge("A", "B") is None
        assert graph.edge("X", "A") is None

    def test_direct_neighbours_are_sorted(self) -> None:
        graph = diamond()
        assert [e.prerequisite for e in graph.direct_prerequisites("D")] == ["B", "C"]
        assert [e.concept for e in graph.direct_dependents("A")] == ["B", "C"]
        assert graph.direct_prerequisites("missing") == []
        assert graph.direct_dependents("missing") == []


class TestFindCycleIfAdded:
    def test_closing_edge_returns_the_cycle_path(self) -> None:
        graph = ConceptGraph(chain("A", "B", "C"))
        assert graph.find_cycle_if_added("C", "A") == ["C", "A", "B", "C"]

    def test_self_loop_is_a_cycle(self) -> None:
        assert ConceptGraph().find_cycle_if_added("A", "A") == ["A", "A"]

    def test_redundant_edge_is_not_a_cycle(self) -> None:
        graph = ConceptGraph(chain("A", "B", "C"))
        assert graph.find_cycle_if_added("A", "C") is None

    def test_unknown_concepts_are_not_a_cycle(self) -> None:
        assert ConceptGraph(chain("A", "B")).find_cycle_if_added("X", "Y") is None

    def test_reports_the_shortest_cycle(self) -> None:
        graph = ConceptGraph([*chain("A", "B", "C", "D"), Edge("A", "D")])
        assert graph.find_cycle_if_added("D", "A") == ["D", "A", "D"]

    def test_path_through_a_diamond_picks_the_smallest_ids(self) -> None:
        assert diamond().find_cycle_if_added("A", "E") == ["A", "E", "D", "B", "A"]

    def test_graph_is_unchanged(self) -> None:
        graph = ConceptGraph(chain("A", "B"))
        graph.find_cycle_if_added("B", "A")
        assert graph.edge("B", "A") is None


class TestPrerequisites:
    def test_transitive_with_minimum_depth_ordered_by_depth_then_id(self) -> None:
        graph = diamond()
        graph.add_edge(Edge("E", "A"))  # A is also a direct prerequisite of E
        assert graph.prerequisites("E") == [("A", 1), ("D", 1), ("B", 2), ("C", 2)]

    def test_max_depth_stops_the_walk(self) -> None:
        assert diamond().prerequisites("E", max_depth=2) == [("D", 1), ("B", 2), ("C", 2)]

    def test_hard_only_skips_soft_edges(self) -> None:
        assert diamond().prerequisites("D", hard_only=True) == [("B", 1), ("A", 2)]

    def test_unknown_concept_has_none(self) -> None:
        assert diamond().prerequisites("missing") == []

    def test_concept_on_a_cycle_is_not_its_own_prerequisite(self) -> None:
        graph = ConceptGraph(chain("A", "B", "A"))
        assert graph.prerequisites("A") == [("B", 1)]


class TestDependents:
    def test_transitive_with_minimum_depth(self) -> None:
        assert diamond().dependents("A") == [("B", 1), ("C", 1), ("D", 2), ("E", 3)]

    def test_hard_only_and_max_depth(self) -> None:
        assert diamond().dependents("A", hard_only=True, max_depth=2) == [
            ("B", 1),
            ("C", 1),
            ("D", 2),
        ]
        assert diamond().dependents("C", hard_only=True) == []


class TestTopologicalOrder:
    def test_prerequisites_come_first_with_ties_broken_by_id(self) -> None:
        assert diamond().topological_order() == ["A", "B", "C", "D", "E"]

    def test_order_does_not_depend_on_insertion_order(self) -> None:
        edges = [
            Edge("M", "A"),
            Edge("Z", "A"),
            Edge("B", "Y"),
            Edge("C", "B"),
            Edge("C", "M"),
        ]
        first = ConceptGraph(edges, nodes=["Q"]).topological_order()
        second = ConceptGraph(reversed(edges), nodes=["Q"]).topological_order()
        assert first == second == ["A", "M", "Q", "Y", "B", "C", "Z"]

    def test_ids_restrict_the_order_and_the_edges(self) -> None:
        # Without D, E no longer waits for anything among the ids.
        assert diamond().topological_order(["E", "C", "A"]) == ["A", "C", "E"]

    def test_ids_may_include_unknown_concepts(self) -> None:
        assert diamond().topological_order(["B", "A", "new"]) == ["A", "B", "new"]

    def test_cycle_raises_with_its_path(self) -> None:
        graph = ConceptGraph([*chain("A", "B", "C", "A"), Edge("D", "A")])
        with pytest.raises(CycleError, match="A -> B -> C -> A") as caught:
            graph.topological_order()
        assert caught.value.path == ["A", "B", "C", "A"]

    def test_find_cycle(self) -> None:
        assert diamond().find_cycle() is None
        assert ConceptGraph(chain("X", "Y", "X")).find_cycle() == ["X", "Y", "X"]


class TestFrontier:
    def test_ready_when_all_hard_prerequisites_are_mastered(self) -> None:
        graph = diamond()
        assert graph.frontier({"A"}, ["B", "C", "D", "E"]) == ["B", "C"]

    def test_soft_prerequisites_do_not_block(self) -> None:
        # D's prerequisite C is SOFT, so B alone (HARD) unlocks D.
        assert diamond().frontier({"A", "B"}, ["C", "D", "E"]) == ["C", "D"]

    def test_missing_hard_prerequisite_blocks(self) -> None:
        assert diamond().frontier({"A", "C"}, ["D"]) == []

    def test_mastered_candidates_are_dropped(self) -> None:
        assert diamond().frontier({"A", "B"}, ["A", "B"]) == []

    def test_keeps_candidate_order_and_drops_repeats(self) -> None:
        assert diamond().frontier({"A"}, ["C", "B", "C", "new"]) == ["C", "B", "new"]


class TestValidate:
    def test_clean_graph_has_no_problems(self) -> None:
        assert validate({"A": 1, "B": 2}, [("B", "A", "HARD", 0.9, 0.5)]) == []

    def test_unknown_ids_are_errors(self) -> None:
        problems = validate(["A"], [Edge("A", "X"), Edge("Y", "Z"), Edge("Q", "Q")])
        assert [(p.code, p.severity, p.concept, p.prerequisite) for p in problems] == [
            ("unknown_concept", "error", "A", "X"),
            ("unknown_concept", "error", "Y", "Z"),
            ("unknown_concept", "error", "Y", "Z"),
            ("unknown_concept", "error", "Q", "Q"),
        ]
        assert "unknown concept X" in problems[0].message
        assert "unknown concept Z" in problems[2].message

    def test_self_loop_is_an_error(self) -> None:
        [problem] = validate(["A"], [Edge("A", "A")])
        assert (problem.code, problem.severity) == ("self_loop", "error")
        assert problem.message == "A requires itself"

    def test_duplicate_edge_is_a_warning(self) -> None:
        [problem] = validate(["A", "B"], [Edge("B", "A"), Edge("B", "A", SOFT)])
        assert (problem.code, problem.severity) == ("duplicate_edge", "warning")

    def test_cycle_is_reported_with_its_path(self) -> None:
        [problem] = validate(["A", "B", "C"], chain("A", "B", "C", "A"))
        assert (problem.code, problem.severity) == ("cycle", "error")
        assert problem.path == ("A", "B", "C", "A")
        assert (problem.concept, problem.prerequisite) == ("C", "A")
        assert problem.message == "prerequisite cycle: A -> B -> C -> A"

    def test_each_independent_cycle_is_reported(self) -> None:
        edges = [*chain("A", "B", "A"), *chain("X", "Y", "Z", "X"), Edge("B", "X")]
        problems = validate(["A", "B", "X", "Y", "Z"], edges)
        assert [p.path for p in problems] == [("A", "B", "A"), ("X", "Y", "Z", "X")]

    def test_layer_inversion_is_a_warning(self) -> None:
        [problem] = validate({"A": 3, "B": 2}, [Edge("B", "A")])
        assert (problem.code, problem.severity) == ("layer_inversion", "warning")
        assert problem.message == "B (layer 2) requires A (layer 3)"

    def test_equal_or_unknown_layers_are_fine(self) -> None:
        concepts: dict[str, int | None] = {"A": 2, "B": 2, "C": None}
        assert validate(concepts, [Edge("B", "A"), Edge("C", "B")]) == []

    def test_unknown_prerequisite_layer_is_fine(self) -> None:
        assert validate({"A": None, "B": 1}, [Edge("B", "A")]) == []
