from datetime import UTC, date, datetime, timedelta

import pytest

from gurukul.curriculum.graph import ConceptGraph, Edge
from gurukul.mastery import planning
from gurukul.mastery.planning import (
    ConceptInfo,
    ConceptMastery,
    Phase,
    PhaseName,
    PlanItem,
)

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
TODAY = NOW.date()
SUBJECTS = {"MATH": "Mathematics", "PHY": "Physics", "CHEM": "Chemistry"}
CONCEPTS = {
    "MATH.FUNC": ConceptInfo("MATH", 0.05, 2, 1, "Functions"),
    "MATH.LIMITS": ConceptInfo("MATH", 0.041, 3, 2, "Limits"),
    "MATH.DERIV": ConceptInfo("MATH", 0.06, 3, 3, "Derivatives"),
    "MATH.INTEG": ConceptInfo("MATH", 0.08, 4, 4, "Integrals"),
    "PHY.KIN": ConceptInfo("PHY", 0.04, 2, 1, "Kinematics"),
    "PHY.NLM": ConceptInfo("PHY", 0.07, 3, 2, "Laws of motion"),
    "CHEM.MOLE": ConceptInfo("CHEM", 0.03, 1, 1, "Mole concept"),
}
GRAPH = ConceptGraph(
    [
        Edge("MATH.LIMITS", "MATH.FUNC"),
        Edge("MATH.DERIV", "MATH.LIMITS"),
        ("MATH.DERIV", "MATH.FUNC", "SOFT", 0.5, 0.3),
        Edge("MATH.INTEG", "MATH.DERIV"),
        Edge("PHY.NLM", "PHY.KIN"),
        ("PHY.NLM", "MATH.DERIV", "SOFT", 0.5, 0.3),
    ],
    nodes=CONCEPTS,
)


def m(
    p: float, attempts: int = 0, days_ago: int | None = None, correct: int | None = None
) -> ConceptMastery:
    seen = None if days_ago is None else NOW - timedelta(days=days_ago)
    return ConceptMastery(p, attempts, seen, correct)


def plan(
    mastery: dict[str, ConceptMastery],
    phase: Phase | PhaseName = PhaseName.BUILDING,
    due: tuple[str, ...] = (),
    **kwargs: object,
) -> list[PlanItem]:
    return planning.study_plan(
        mastery=mastery,
        graph=GRAPH,
        concepts=CONCEPTS,
        due_reviews=list(due),
        phase=phase,
        now=NOW,
        subject_names=SUBJECTS,
        **kwargs,  # type: ignore[arg-type]
    )


class TestPreparationPhase:
    @pytest.mark.parametrize(
        ("days", "coverage", "phase"),
        [
            (-1, 0.9, PhaseName.EXAM_OVER),
            (0, 0.1, PhaseName.FINAL_SPRINT),
            (10, 0.9, PhaseName.FINAL_SPRINT),
            (11, 0.1, PhaseName.REVISION),
            (42, 0.9, PhaseName.REVISION),
            (43, 0.0, PhaseName.FOUNDATION),
            (200, 0.34, PhaseName.FOUNDATION),
            (200, 0.35, PhaseName.BUILDING),
            (200, 0.74, PhaseName.BUILDING),
            (200, 0.75, PhaseName.CONSOLIDATION),
            (43, 1.0, PhaseName.CONSOLIDATION),
        ],
    )
    def test_rule_table(self, days: int, coverage: float, phase: PhaseName) -> None:
        result = planning.preparation_phase(
            today=TODAY, exam_date=TODAY + timedelta(days), coverage=coverage
        )
        assert result.name is phase

    def test_reasons_state_time_and_coverage(self) -> None:
        def reason(days: int, coverage: float = 0.2) -> str:
            exam = TODAY + timedelta(days)
            return planning.preparation_phase(today=TODAY, exam_date=exam, coverage=coverage).reason

        assert reason(-3) == "The exam was 3 days ago: set the next exam date to plan for it."
        assert reason(0).startswith("The exam is today: review what you know")
        assert reason(30) == (
            "The exam is in 30 days (under six weeks), 20% of the exam's marks covered: "
            "revise and strengthen."
        )
        assert reason(100) == (
            "The exam is in 100 days, 20% of the exam's marks covered: build the foundations first."
        )

    @pytest.mark.parametrize(
        ("coverage", "phase"),
        [(0.1, PhaseName.FOUNDATION), (0.5, PhaseName.BUILDING), (0.9, PhaseName.CONSOLIDATION)],
    )
    def test_without_an_exam_date_coverage_decides(self, coverage: float, phase: PhaseName) -> None:
        result = planning.preparation_phase(today=TODAY, exam_date=None, coverage=coverage)
        assert result.name is phase
        assert result.reason.startswith("No exam date set, ")

    @pytest.mark.parametrize("coverage", [-0.1, 1.1])
    def test_coverage_outside_unit_interval_rejected(self, coverage: float) -> None:
        with pytest.raises(ValueError, match="coverage"):
            planning.preparation_phase(today=TODAY, exam_date=None, coverage=coverage)


class TestCoverage:
    def test_attempted_or_mastered_concepts_count_by_weight(self) -> None:
        mastery = {
            "MATH.FUNC": m(0.2, attempts=1),  # attempted, however weak
            "MATH.LIMITS": m(0.85),  # mastered through evidence, no attempt
            "MATH.DERIV": m(0.7),  # neither
        }
        total = sum(info.exam_weight for info in CONCEPTS.values())
        assert planning.coverage(mastery, CONCEPTS) == pytest.approx((0.05 + 0.041) / total)

    def test_no_weight_gives_zero(self) -> None:
        concepts = {"A": ConceptInfo("MATH", 0.0, 1, 1, "A")}
        assert planning.coverage({"A": m(0.9, 3)}, concepts) == 0.0


class TestWeakSpots:
    def test_attempted_and_weak_worst_first_with_reason(self) -> None:
        mastery = {
            "MATH.DERIV": m(0.31, attempts=7, correct=2),
            "PHY.NLM": m(0.45, attempts=2),
            "MATH.FUNC": m(0.1, attempts=1),  # too few attempts
            "PHY.KIN": m(0.6, attempts=5),  # not weak
            "UNKNOWN": m(0.1, attempts=9),  # not in the curriculum given
        }
        spots = planning.weak_spots(mastery, CONCEPTS, subject_names=SUBJECTS)
        assert [s.concept_id for s in spots] == ["MATH.DERIV", "PHY.NLM"]
        assert spots[0].reason == (
            "Weak spot: mastery 31% after 7 attempts, 2 right; 6.0% of Mathematics marks"
        )
        assert spots[1].reason == "Weak spot: mastery 45% after 2 attempts; 7.0% of Physics marks"

    def test_thresholds_are_parameters(self) -> None:
        mastery = {"PHY.KIN": m(0.6, attempts=1)}
        spots = planning.weak_spots(mastery, CONCEPTS, threshold=0.7, min_attempts=1)
        assert [(s.concept_id, s.p, s.attempts) for s in spots] == [("PHY.KIN", 0.6, 1)]
        assert spots[0].reason.endswith("after 1 attempt; 4.0% of PHY marks")

    def test_ties_go_to_the_concept_id(self) -> None:
        concepts = {c: ConceptInfo("MATH", 0.05, 1, 1, c) for c in ("B", "A")}
        mastery = {c: m(0.2, attempts=3) for c in ("B", "A")}
        assert [s.concept_id for s in planning.weak_spots(mastery, concepts)] == ["A", "B"]


class TestStudyPlanKinds:
    def test_brand_new_student_starts_on_the_frontier(self) -> None:
        items = plan({}, PhaseName.FOUNDATION)
        assert [(i.concept_id, i.kind) for i in items] == [
            ("MATH.FUNC", "frontier"),
            ("PHY.KIN", "frontier"),
            ("CHEM.MOLE", "frontier"),
        ]
        assert (
            items[0].reason == "Next on the frontier: no prerequisites; 5.0% of Mathematics marks"
        )

    def test_frontier_names_the_mastered_prerequisites(self) -> None:
        items = plan({"MATH.FUNC": m(0.9, 4), "PHY.KIN": m(0.95, 3)})
        by_id = {i.concept_id: i for i in items}
        assert by_id["MATH.LIMITS"].reason == (
            "Next on the frontier: all prerequisites mastered (Functions); "
            "4.1% of Mathematics marks"
        )
        assert by_id["PHY.NLM"].kind == "frontier"  # the SOFT edge to Derivatives does not block
        assert "MATH.FUNC" not in by_id  # mastered
        assert "MATH.DERIV" not in by_id  # Limits, a HARD prerequisite, is not mastered

    def test_frontier_mentions_a_start(self) -> None:
        items = plan({"CHEM.MOLE": m(0.55, 1)})
        mole = next(i for i in items if i.concept_id == "CHEM.MOLE")
        assert mole.kind == "frontier"
        assert mole.reason.endswith("; mastery 55% so far")

    def test_gap_below_a_failing_concept(self) -> None:
        mastery = {
            "MATH.FUNC": m(0.9, 4),
            "MATH.LIMITS": m(0.3, 1),
            "MATH.DERIV": m(0.2, 7, correct=2),
        }
        items = plan(mastery)
        gap = items[0]
        assert (gap.concept_id, gap.kind) == ("MATH.LIMITS", "gap")
        assert gap.reason == (
            "Prerequisite gap: Limits (mastery 30%) is needed for Derivatives "
            "(7 attempts, 2 right), which you are getting wrong"
        )
        assert next(i for i in items if i.concept_id == "MATH.DERIV").kind == "strengthen"

    def test_gap_is_reported_at_its_root(self) -> None:
        mastery = {"MATH.DERIV": m(0.2, 5), "MATH.INTEG": m(0.1, 3)}
        gaps = [i for i in plan(mastery) if i.kind == "gap"]
        assert [g.concept_id for g in gaps] == ["MATH.FUNC"]  # not Limits: Functions is weak
        assert gaps[0].reason == (
            "Prerequisite gap: Functions (not studied yet) is needed for Derivatives "
            "(5 attempts), Integrals (3 attempts), which you are getting wrong"
        )

    def test_due_review_with_last_seen_and_retention(self) -> None:
        mastery = {"MATH.FUNC": m(0.9, 4, days_ago=12)}
        items = plan(mastery, due=("MATH.FUNC",), retention={"MATH.FUNC": 0.62})
        review = next(i for i in items if i.kind == "review")
        assert review.reason == "Due for review: last seen 12 days ago, retention ~62%"

    @pytest.mark.parametrize(
        ("days_ago", "text"),
        [(None, "not seen yet"), (0, "last seen today"), (1, "last seen 1 day ago")],
    )
    def test_review_reason_without_retention(self, days_ago: int | None, text: str) -> None:
        mastery = {"PHY.KIN": m(0.9, 2, days_ago=days_ago)}
        items = plan(mastery, due=("PHY.KIN", "PHY.KIN", "NOT.IN.CURRICULUM"))
        reviews = [i for i in items if i.kind == "review"]
        assert [r.reason for r in reviews] == [f"Due for review: {text}"]

    def test_strengthen_in_the_middle_band(self) -> None:
        items = plan({"PHY.KIN": m(0.6, 3, correct=2)})
        kin = next(i for i in items if i.concept_id == "PHY.KIN")
        assert kin.kind == "strengthen"
        assert kin.reason == (
            "Strengthen: mastery 60% after 3 attempts, 2 right; 4.0% of Physics marks"
        )

    def test_each_concept_appears_once(self) -> None:
        mastery = {"MATH.DERIV": m(0.2, 5), "MATH.FUNC": m(0.2, 3)}
        items = plan(mastery, due=("MATH.FUNC", "MATH.DERIV"))
        ids = [i.concept_id for i in items]
        assert len(ids) == len(set(ids))
        kinds = {i.concept_id: i.kind for i in items}
        assert kinds["MATH.FUNC"] == "gap"  # a gap before a review
        assert kinds["MATH.DERIV"] == "review"  # a review before strengthening


class TestStudyPlanOrdering:
    MASTERY = {
        "MATH.FUNC": m(0.95, 6, days_ago=9),
        "PHY.KIN": m(0.9, 4, days_ago=20),
        "CHEM.MOLE": m(0.45, 2),
    }
    DUE = ("MATH.FUNC", "PHY.KIN")

    def kinds(self, phase: PhaseName) -> list[str]:
        return [i.kind for i in plan(self.MASTERY, phase, self.DUE)]

    def test_late_phases_favour_reviews_over_new_topics(self) -> None:
        early, late = self.kinds(PhaseName.FOUNDATION), self.kinds(PhaseName.FINAL_SPRINT)
        assert early[:2].count("frontier") == 2  # Laws of motion, Limits
        assert late == ["review", "review", "strengthen", "frontier", "frontier"]

    def test_scores_do_not_increase_down_the_list(self) -> None:
        items = plan(self.MASTERY, PhaseName.REVISION, self.DUE, limit=20)
        scores = [i.score for i in items]
        assert scores == sorted(scores, reverse=True)
        assert all(s > 0 for s in scores)

    def test_limit_bounds_the_list(self) -> None:
        assert len(plan(self.MASTERY, limit=2)) == 2
        assert plan(self.MASTERY, limit=0) == []

    def test_phase_object_or_name(self) -> None:
        phase = planning.preparation_phase(today=TODAY, exam_date=date(2025, 3, 5), coverage=0.5)
        assert plan(self.MASTERY, phase, self.DUE) == plan(
            self.MASTERY, PhaseName.FINAL_SPRINT, self.DUE
        )

    def test_ties_go_to_the_concept_id(self) -> None:
        concepts = {c: ConceptInfo("MATH", 0.05, 1, 1, c) for c in ("B", "C", "A")}
        items = planning.study_plan(
            mastery={},
            graph=ConceptGraph(nodes=concepts),
            concepts=concepts,
            due_reviews=[],
            phase=PhaseName.BUILDING,
            now=NOW,
        )
        assert [i.concept_id for i in items] == ["A", "B", "C"]
        assert items[0].reason.endswith("5.0% of MATH marks")

    def test_zero_weight_concepts_drop_out_when_only_marks_count(self) -> None:
        concepts = {
            "A": ConceptInfo("MATH", 0.0, 1, 1, "A"),
            "B": ConceptInfo("MATH", 0.02, 1, 1, "B"),
        }
        items = planning.study_plan(
            mastery={},
            graph=ConceptGraph(nodes=concepts),
            concepts=concepts,
            due_reviews=[],
            phase=PhaseName.REVISION,
            now=NOW,
        )
        assert [i.concept_id for i in items] == ["B"]

    def test_all_zero_weights_still_plan(self) -> None:
        concepts = {"A": ConceptInfo("MATH", 0.0, 1, 1, "A")}
        items = planning.study_plan(
            mastery={},
            graph=ConceptGraph(nodes=concepts),
            concepts=concepts,
            due_reviews=[],
            phase=PhaseName.REVISION,
            now=NOW,
        )
        assert [i.concept_id for i in items] == ["A"]

    def test_long_prerequisite_lists_are_shortened(self) -> None:
        prereqs = [f"P{i}" for i in range(5)]
        concepts = {c: ConceptInfo("MATH", 0.01, 1, 1, f"Name {c}") for c in [*prereqs, "T"]}
        graph = ConceptGraph([Edge("T", p) for p in prereqs])
        items = planning.study_plan(
            mastery={p: m(0.9, 2) for p in prereqs},
            graph=graph,
            concepts=concepts,
            due_reviews=[],
            phase=PhaseName.BUILDING,
            now=NOW,
        )
        assert items[0].reason == (
            "Next on the frontier: all prerequisites mastered "
            "(Name P0, Name P1, Name P2 and 2 more); 1.0% of MATH marks"
        )


class TestPlanGraph:
    def test_closure_follows_hard_edges_through_unplanned_concepts(self) -> None:
        concepts = {c: ConceptInfo("MATH", 0.02, 1, 1, c) for c in ("A", "B", "C", "D")}
        graph = ConceptGraph(
            [
                Edge("A", "UNIT"),  # UNIT is not planned (a unit, say)
                Edge("UNIT", "B"),
                ("A", "C", "SOFT", 0.5, 0.3),
                Edge("B", "D"),
            ]
        )
        prepared = planning.plan_graph(graph, concepts)
        assert prepared.order == ("A", "B", "C", "D")
        assert prepared.below["A"] == {"B", "D"}  # through UNIT, not along the SOFT edge
        assert prepared.hard["A"] == ("UNIT",)
        assert prepared.hard_planned["A"] == frozenset()
        assert prepared.hard_planned["B"] == {"D"}
        assert prepared.below["D"] == frozenset()

    def test_shares_are_relative_to_the_heaviest(self) -> None:
        prepared = planning.plan_graph(GRAPH, CONCEPTS)
        assert prepared.share["MATH.INTEG"] == 1.0
        assert prepared.share["CHEM.MOLE"] == pytest.approx(0.03 / 0.08)

    def test_no_weights_count_alike(self) -> None:
        concepts = {"A": ConceptInfo("MATH", 0.0, 1, 1, "A")}
        assert planning.plan_graph(ConceptGraph(), concepts).share == {"A": 1.0}

    @pytest.mark.parametrize(
        "mastery",
        [
            {},
            {"MATH.DERIV": m(0.2, 5), "MATH.INTEG": m(0.1, 3)},
            {"MATH.FUNC": m(0.9, 4), "MATH.LIMITS": m(0.3, 1), "MATH.DERIV": m(0.2, 7, 3, 2)},
            {"MATH.FUNC": m(0.95, 6, 9), "PHY.KIN": m(0.9, 4, 20), "CHEM.MOLE": m(0.45, 2)},
        ],
    )
    def test_a_kept_plan_graph_plans_as_a_fresh_one(
        self, mastery: dict[str, ConceptMastery]
    ) -> None:
        prepared = planning.plan_graph(GRAPH, CONCEPTS)
        due = ("MATH.FUNC", "PHY.KIN")
        kept = plan(mastery, PhaseName.FOUNDATION, due, limit=20, prepared=prepared)
        assert kept == plan(mastery, PhaseName.FOUNDATION, due, limit=20)
        assert kept  # something to compare

    def test_a_new_edge_needs_a_new_plan_graph(self) -> None:
        mastery = {"PHY.KIN": m(0.2, 4)}  # failing Kinematics, which needs nothing yet
        assert [i.kind for i in plan(mastery)].count("gap") == 0
        graph = ConceptGraph([*GRAPH.edges, Edge("PHY.KIN", "MATH.INTEG")], nodes=CONCEPTS)
        items = planning.study_plan(
            mastery=mastery,
            graph=graph,
            concepts=CONCEPTS,
            due_reviews=[],
            phase=PhaseName.BUILDING,
            now=NOW,
            prepared=planning.plan_graph(graph, CONCEPTS),
        )
        gaps = [i for i in items if i.kind == "gap"]
        # Integrals -> Derivatives -> Limits -> Functions: the root, three edges below.
        assert [g.concept_id for g in gaps] == ["MATH.FUNC"]
        assert gaps[0].reason.endswith(
            "needed for Kinematics (4 attempts), which you are getting wrong"
        )
