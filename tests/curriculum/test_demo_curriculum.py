from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest
import yaml

from gurukul.curriculum.graph import Criticality
from gurukul.curriculum.loader import (
    DEMO_CURRICULUM,
    ConceptSpec,
    Curriculum,
    dump_curriculum,
    load_curriculum,
)

SUBJECTS = ("PHY", "CHEM", "MATH")


@cache
def demo() -> Curriculum:
    return load_curriculum(DEMO_CURRICULUM)


def units() -> set[str]:
    return {c.parent for c in demo().concepts if c.parent is not None}


def leaves() -> list[ConceptSpec]:
    return [c for c in demo().concepts if c.id not in units()]


class TestDemoCurriculum:
    def test_loads_without_problems(self) -> None:
        assert [str(p) for p in demo().problems] == []

    def test_has_the_three_jee_subjects(self) -> None:
        assert [(s.code, s.name) for s in demo().subjects] == [
            ("PHY", "Physics"),
            ("CHEM", "Chemistry"),
            ("MATH", "Mathematics"),
        ]

    def test_has_at_least_250_concepts(self) -> None:
        assert len(demo().concepts) >= 250

    @pytest.mark.parametrize("subject", SUBJECTS)
    def test_each_subject_has_at_least_80_concepts(self, subject: str) -> None:
        assert sum(c.subject == subject for c in demo().concepts) >= 80

    def test_is_acyclic(self) -> None:
        graph = demo().graph()
        assert graph.find_cycle() is None
        assert len(graph.topological_order()) == len(demo().concepts)

    def test_every_leaf_has_a_unit_parent(self) -> None:
        by_id = demo().concepts_by_id()
        for leaf in leaves():
            assert leaf.parent is not None, leaf.id
            assert by_id[leaf.parent].parent is None, leaf.id

    def test_every_unit_is_top_level_with_topics(self) -> None:
        by_id = demo().concepts_by_id()
        assert all(by_id[unit].parent is None for unit in units())
        top_level = {c.id for c in demo().concepts if c.parent is None}
        assert top_level == units()

    @pytest.mark.parametrize(
        ("concept", "prerequisite"),
        [
            ("MATH.CALC.DERIVATIVE", "MATH.CALC.LIMITS"),
            ("PHY.ROT.DYNAMICS", "PHY.KIN.VECTORS"),
            ("CHEM.BASIC.STOICHIOMETRY", "CHEM.BASIC.MOLE"),
            ("MATH.TRIG.EQUATIONS", "MATH.TRIG.RATIOS"),
            ("PHY.WEP.WORK_ENERGY", "PHY.LOM.NEWTON"),
            ("CHEM.BOND.COVALENT", "CHEM.ATOM.CONFIG"),
            ("MATH.INT.INDEFINITE", "MATH.CALC.DERIVATIVE"),
            ("PHY.ES.CAPACITANCE", "PHY.ES.POTENTIAL"),
        ],
    )
    def test_teacher_sanity_edges_are_hard(self, concept: str, prerequisite: str) -> None:
        edge = demo().graph().edge(concept, prerequisite)
        assert edge is not None
        assert edge.criticality is Criticality.HARD

    @pytest.mark.parametrize(
        ("concept", "prerequisite"),
        [
            ("PHY.KIN.MOTION_1D", "MATH.CALC.DERIVATIVE"),
            ("PHY.ROT.DYNAMICS", "MATH.VEC.CROSS"),
            ("CHEM.EQM.PH", "MATH.ALG.LOGARITHMS"),
            ("CHEM.KIN.INTEGRATED", "MATH.ALG.LOGARITHMS"),
        ],
    )
    def test_cross_subject_edges_exist(self, concept: str, prerequisite: str) -> None:
        assert demo().graph().edge(concept, prerequisite) is not None

    def test_transitive_sanity(self) -> None:
        graph = demo().graph()
        assert "MATH.CALC.LIMITS" in dict(graph.prerequisites("MATH.INT.DEFINITE"))
        assert "CHEM.ATOM.QUANTUM" in dict(graph.prerequisites("CHEM.COORD.CFT"))
        assert "PHY.LOM.NEWTON" in dict(graph.prerequisites("PHY.ROT.ROLLING"))

    @pytest.mark.parametrize("subject", SUBJECTS)
    def test_leaf_exam_weights_sum_to_one_per_subject(self, subject: str) -> None:
        total = sum(c.exam_weight for c in leaves() if c.subject == subject)
        assert total == pytest.approx(1.0, abs=0.05)

    def test_unit_weight_is_the_sum_of_its_topics(self) -> None:
        totals: dict[str, float] = defaultdict(float)
        for leaf in leaves():
            assert leaf.parent is not None
            totals[leaf.parent] += leaf.exam_weight
        by_id = demo().concepts_by_id()
        for unit, total in totals.items():
            assert by_id[unit].exam_weight == pytest.approx(total, abs=0.002), unit

    def test_layers_follow_the_edges(self) -> None:
        by_id = demo().concepts_by_id()
        for edge in demo().edges:
            assert by_id[edge.prerequisite].layer <= by_id[edge.concept].layer, edge

    def test_edges_join_topics_not_units(self) -> None:
        for edge in demo().edges:
            assert edge.concept not in units(), edge
            assert edge.prerequisite not in units(), edge

    def test_edge_density_per_leaf(self) -> None:
        assert 1.5 <= len(demo().edges) / len(leaves()) <= 2.5

    def test_both_criticalities_are_used(self) -> None:
        kinds = {edge.criticality for edge in demo().edges}
        assert kinds == {Criticality.HARD, Criticality.SOFT}

    def test_descriptions_are_one_short_sentence(self) -> None:
        for c in demo().concepts:
            assert c.description.endswith("."), c.id
            assert len(c.description) <= 120, c.id

    def test_round_trips_through_dump(self, tmp_path: Path) -> None:
        path = tmp_path / "export.yaml"
        path.write_text(yaml.safe_dump(dump_curriculum(demo()), sort_keys=False))
        assert load_curriculum(path) == demo()
