import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from gurukul.curriculum.graph import Criticality, Edge
from gurukul.curriculum.loader import (
    ConceptSpec,
    Curriculum,
    EdgeSpec,
    RowProblem,
    SubjectSpec,
    dump_curriculum,
    load_curriculum,
    parse_curriculum,
)


def concept(concept_id: str, **overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": concept_id,
        "name": concept_id.title(),
        "subject": concept_id.split(".")[0],
        "layer": 1,
        "parent": None,
        "difficulty": 2,
        "exam_weight": 0.1,
        "standard": 11,
        "description": "A concept.",
    }
    row.update(overrides)
    return row


def edge(concept_id: str, prerequisite: str, **overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "concept": concept_id,
        "prerequisite": prerequisite,
        "weight": 0.8,
        "criticality": "HARD",
        "transfer": 0.5,
    }
    row.update(overrides)
    return row


def base() -> dict[str, Any]:
    """A small valid curriculum: MATH.CALC with limits and derivatives, and one physics unit."""
    return {
        "version": 1,
        "subjects": [{"code": "MATH", "name": "Mathematics"}, {"code": "PHY", "name": "Physics"}],
        "concepts": [
            concept("MATH.CALC", layer=1),
            concept("MATH.CALC.LIMITS", parent="MATH.CALC", layer=1),
            concept("MATH.CALC.DERIVATIVE", parent="MATH.CALC", layer=2, standard=12),
            concept("PHY.KIN"),
            concept("PHY.KIN.MOTION_1D", parent="PHY.KIN", layer=3, description=None),
        ],
        "prerequisites": [
            edge("MATH.CALC.DERIVATIVE", "MATH.CALC.LIMITS"),
            edge("PHY.KIN.MOTION_1D", "MATH.CALC.DERIVATIVE", criticality="SOFT"),
        ],
    }


def problems(data: object) -> list[tuple[str, int | None, str | None, str]]:
    return [(p.section, p.row, p.id, p.reason) for p in parse_curriculum(data).problems]


class TestParseCurriculum:
    def test_valid_file_has_no_problems(self) -> None:
        curriculum = parse_curriculum(base())
        assert curriculum.problems == ()
        assert curriculum.subjects == (
            SubjectSpec("MATH", "Mathematics"),
            SubjectSpec("PHY", "Physics"),
        )
        assert [c.id for c in curriculum.concepts] == [
            "MATH.CALC",
            "MATH.CALC.LIMITS",
            "MATH.CALC.DERIVATIVE",
            "PHY.KIN",
            "PHY.KIN.MOTION_1D",
        ]
        assert curriculum.concepts[2] == ConceptSpec(
            "MATH.CALC.DERIVATIVE",
            "Math.Calc.Derivative",
            "MATH",
            2,
            "MATH.CALC",
            2,
            0.1,
            12,
            "A concept.",
        )
        assert curriculum.concepts[4].description == ""
        assert curriculum.edges[1] == EdgeSpec(
            "PHY.KIN.MOTION_1D", "MATH.CALC.DERIVATIVE", 0.8, Criticality.SOFT, 0.5
        )

    def test_graph_and_lookup(self) -> None:
        curriculum = parse_curriculum(base())
        graph = curriculum.graph()
        assert graph.edge("MATH.CALC.DERIVATIVE", "MATH.CALC.LIMITS") == Edge(
            "MATH.CALC.DERIVATIVE", "MATH.CALC.LIMITS", Criticality.HARD, 0.8, 0.5
        )
        assert "PHY.KIN" in graph  # units are nodes even without edges
        assert curriculum.concepts_by_id()["PHY.KIN"].name == "Phy.Kin"

    def test_integer_weights_become_floats(self) -> None:
        data = base()
        data["concepts"][1]["exam_weight"] = 1
        data["prerequisites"][0]["weight"] = 1
        curriculum = parse_curriculum(data)
        assert curriculum.concepts[1].exam_weight == 1.0
        assert isinstance(curriculum.edges[0].weight, float)


class TestFileProblems:
    def test_top_level_must_be_a_mapping(self) -> None:
        assert problems([1, 2]) == [("file", None, None, "top level is not a mapping")]

    @pytest.mark.parametrize("version", [2, "1", True, None])
    def test_unsupported_version(self, version: object) -> None:
        data = base()
        data["version"] = version
        assert problems(data) == [
            ("file", None, None, f"unsupported version {version!r}, expected 1")
        ]

    def test_section_must_be_a_list(self) -> None:
        data = base()
        data["prerequisites"] = {"a": 1}
        assert problems(data) == [("file", None, None, "'prerequisites' is not a list")]

    def test_missing_sections_are_empty(self) -> None:
        curriculum = parse_curriculum({"version": 1})
        assert (curriculum.subjects, curriculum.concepts, curriculum.edges) == ((), (), ())
        assert curriculum.problems == ()


class TestSubjectRows:
    def test_row_must_be_a_mapping(self) -> None:
        data = base()
        data["subjects"].append("CHEM")
        assert problems(data) == [("subjects", 2, None, "row is not a mapping")]

    def test_bad_code(self) -> None:
        data = base()
        data["subjects"].append({"code": "chem", "name": "Chemistry"})
        [(section, row, row_id, reason)] = problems(data)
        assert (section, row, row_id) == ("subjects", 2, "chem")
        assert reason.startswith("'code' 'chem' does not match")

    def test_missing_name(self) -> None:
        data = base()
        data["subjects"].append({"code": "CHEM"})
        assert problems(data) == [("subjects", 2, "CHEM", "missing field 'name'")]

    def test_duplicate_code(self) -> None:
        data = base()
        data["subjects"].append({"code": "MATH", "name": "Maths again"})
        assert problems(data) == [("subjects", 2, "MATH", "duplicate subject code MATH")]
        assert parse_curriculum(data).subjects[0].name == "Mathematics"


class TestConceptRows:
    def test_row_must_be_a_mapping(self) -> None:
        data = base()
        data["concepts"].append(["MATH.X"])
        assert problems(data) == [("concepts", 5, None, "row is not a mapping")]

    @pytest.mark.parametrize(
        "field", ["id", "name", "subject", "layer", "difficulty", "exam_weight", "standard"]
    )
    def test_missing_field(self, field: str) -> None:
        data = base()
        del data["concepts"][3][field]  # PHY.KIN, which has no edges
        found = problems(data)
        assert (
            "concepts",
            3,
            None if field == "id" else "PHY.KIN",
            f"missing field '{field}'",
        ) in (found)
        assert "PHY.KIN" not in parse_curriculum(data).concepts_by_id()

    def test_unknown_subject(self) -> None:
        data = base()
        data["concepts"].append(concept("CHEM.MOLE"))
        assert problems(data) == [("concepts", 5, "CHEM.MOLE", "unknown subject CHEM")]

    def test_id_must_start_with_its_subject(self) -> None:
        data = base()
        data["concepts"].append(concept("MATH.VEC", subject="PHY"))
        assert problems(data) == [
            ("concepts", 5, "MATH.VEC", "id does not start with its subject code PHY")
        ]

    @pytest.mark.parametrize("bad_id", ["math.vec", "MATH", "MATH..VEC", "MATH.3D"])
    def test_id_must_be_dotted_upper_case(self, bad_id: str) -> None:
        data = base()
        data["concepts"].append(concept("MATH.X", id=bad_id, subject="MATH"))
        [(_, row, row_id, reason)] = problems(data)
        assert (row, row_id) == (5, bad_id)
        assert reason.startswith(f"'id' {bad_id!r} does not match")

    @pytest.mark.parametrize("difficulty", [0, 6])
    def test_difficulty_out_of_range(self, difficulty: int) -> None:
        data = base()
        data["concepts"][3]["difficulty"] = difficulty
        assert problems(data) == [
            ("concepts", 3, "PHY.KIN", f"'difficulty' {difficulty} is outside 1-5"),
            ("concepts", 4, "PHY.KIN.MOTION_1D", "parent PHY.KIN was rejected (concepts[3])"),
            (
                "prerequisites",
                1,
                "PHY.KIN.MOTION_1D",
                "edge to rejected concept PHY.KIN.MOTION_1D (concepts[4])",
            ),
        ]

    @pytest.mark.parametrize("difficulty", ["3", 2.5, True])
    def test_difficulty_must_be_an_integer(self, difficulty: object) -> None:
        data = base()
        data["concepts"][4]["difficulty"] = difficulty
        assert (
            "concepts",
            4,
            "PHY.KIN.MOTION_1D",
            f"'difficulty' must be an integer, got {difficulty!r}",
        ) in problems(data)

    def test_layer_and_standard_out_of_range(self) -> None:
        data = base()
        data["concepts"][3].update(layer=0, standard=10)
        assert problems(data)[:2] == [
            ("concepts", 3, "PHY.KIN", "'layer' 0 is outside 1-99"),
            ("concepts", 3, "PHY.KIN", "'standard' 10 is outside 11-12"),
        ]

    @pytest.mark.parametrize(
        ("value", "reason"),
        [
            (1.5, "'exam_weight' 1.5 is outside 0-1"),
            (-0.1, "'exam_weight' -0.1 is outside 0-1"),
            ("high", "'exam_weight' must be a number, got 'high'"),
            (False, "'exam_weight' must be a number, got False"),
        ],
    )
    def test_exam_weight_out_of_range(self, value: object, reason: str) -> None:
        data = base()
        data["concepts"][3]["exam_weight"] = value
        assert problems(data)[0] == ("concepts", 3, "PHY.KIN", reason)

    @pytest.mark.parametrize("name", ["", "   ", 7])
    def test_name_must_be_non_empty_text(self, name: object) -> None:
        data = base()
        data["concepts"][3]["name"] = name
        assert problems(data)[0] == (
            "concepts",
            3,
            "PHY.KIN",
            f"'name' must be a non-empty string, got {name!r}",
        )

    def test_description_must_be_text(self) -> None:
        data = base()
        data["concepts"][3]["description"] = ["x"]
        assert problems(data)[0] == (
            "concepts",
            3,
            "PHY.KIN",
            "'description' must be a string, got ['x']",
        )

    def test_parent_must_be_an_id(self) -> None:
        data = base()
        data["concepts"][3]["parent"] = 5
        assert problems(data)[0] == (
            "concepts",
            3,
            "PHY.KIN",
            "'parent' must be a concept id or null, got 5",
        )

    def test_duplicate_id(self) -> None:
        data = base()
        data["concepts"].append(concept("MATH.CALC", name="Calculus again"))
        assert problems(data) == [
            ("concepts", 5, "MATH.CALC", "duplicate id (first declared in concepts[0])")
        ]
        assert parse_curriculum(data).concepts_by_id()["MATH.CALC"].name == "Math.Calc"

    def test_unknown_parent(self) -> None:
        data = base()
        data["concepts"].append(concept("MATH.VEC.DOT", parent="MATH.VEC"))
        assert problems(data) == [("concepts", 5, "MATH.VEC.DOT", "unknown parent MATH.VEC")]

    def test_parent_may_come_later_in_the_file(self) -> None:
        data = base()
        data["concepts"].append(concept("MATH.VEC.DOT", parent="MATH.VEC"))
        data["concepts"].append(concept("MATH.VEC"))
        assert problems(data) == []

    def test_parent_in_another_subject(self) -> None:
        data = base()
        data["concepts"].append(concept("PHY.KIN.VECTORS", parent="MATH.CALC"))
        assert problems(data) == [
            (
                "concepts",
                5,
                "PHY.KIN.VECTORS",
                "parent MATH.CALC is in subject MATH, not PHY",
            )
        ]

    def test_rejection_cascades_down_a_parent_chain(self) -> None:
        data = base()
        data["concepts"] += [
            concept("MATH.A.B.C", parent="MATH.A.B"),
            concept("MATH.A.B", parent="MATH.A"),
            concept("MATH.A", difficulty=9),
        ]
        assert [(row, reason) for _, row, _, reason in problems(data)] == [
            (7, "'difficulty' 9 is outside 1-5"),
            (6, "parent MATH.A was rejected (concepts[7])"),
            (5, "parent MATH.A.B was rejected (concepts[6])"),
        ]

    def test_grandparents_are_fine(self) -> None:
        data = base()
        data["concepts"] += [
            concept("MATH.CALC.LIMITS.SQUEEZE", parent="MATH.CALC.LIMITS"),
        ]
        assert problems(data) == []

    def test_parent_loop(self) -> None:
        data = base()
        data["concepts"] += [
            concept("MATH.A", parent="MATH.B"),
            concept("MATH.B", parent="MATH.A"),
            concept("MATH.C", parent="MATH.C"),
        ]
        assert [(row, reason) for _, row, _, reason in problems(data)] == [
            (5, "parent chain of MATH.A loops through MATH.A"),
            (6, "parent MATH.A was rejected (concepts[5])"),
            (7, "parent chain of MATH.C loops through MATH.C"),
        ]

    def test_unknown_field_is_a_warning_and_the_row_is_kept(self) -> None:
        data = base()
        data["concepts"][3]["dificulty"] = 3
        [problem] = parse_curriculum(data).problems
        assert problem == RowProblem(
            "concepts", 3, "PHY.KIN", "unknown field 'dificulty'", "warning"
        )
        assert "PHY.KIN" in parse_curriculum(data).concepts_by_id()


class TestEdgeRows:
    def test_row_must_be_a_mapping(self) -> None:
        data = base()
        data["prerequisites"].append(None)
        assert problems(data) == [("prerequisites", 2, None, "row is not a mapping")]

    @pytest.mark.parametrize(
        "field", ["concept", "prerequisite", "weight", "criticality", "transfer"]
    )
    def test_missing_field(self, field: str) -> None:
        data = base()
        del data["prerequisites"][0][field]
        row_id = None if field == "concept" else "MATH.CALC.DERIVATIVE"
        assert problems(data) == [("prerequisites", 0, row_id, f"missing field '{field}'")]

    @pytest.mark.parametrize("criticality", ["hard", "CRITICAL", 1])
    def test_bad_criticality(self, criticality: object) -> None:
        data = base()
        data["prerequisites"][0]["criticality"] = criticality
        assert problems(data) == [
            (
                "prerequisites",
                0,
                "MATH.CALC.DERIVATIVE",
                f"criticality must be HARD or SOFT, got {criticality!r}",
            )
        ]

    @pytest.mark.parametrize(
        ("field", "value"), [("weight", 1.2), ("weight", -1), ("transfer", 2), ("transfer", -0.5)]
    )
    def test_weight_and_transfer_out_of_range(self, field: str, value: float) -> None:
        data = base()
        data["prerequisites"][0][field] = value
        assert problems(data) == [
            ("prerequisites", 0, "MATH.CALC.DERIVATIVE", f"'{field}' {value} is outside 0-1")
        ]

    def test_edge_to_unknown_concept(self) -> None:
        data = base()
        data["prerequisites"].append(edge("MATH.CALC.LIMITS", "MATH.FUNCTIONS"))
        data["prerequisites"].append(edge("MATH.X", "MATH.Y"))
        assert problems(data) == [
            ("prerequisites", 2, "MATH.CALC.LIMITS", "edge to unknown concept MATH.FUNCTIONS"),
            ("prerequisites", 3, "MATH.X", "edge to unknown concept MATH.X"),
            ("prerequisites", 3, "MATH.X", "edge to unknown concept MATH.Y"),
        ]

    def test_self_loop(self) -> None:
        data = base()
        data["prerequisites"].append(edge("MATH.CALC.LIMITS", "MATH.CALC.LIMITS"))
        assert problems(data) == [
            (
                "prerequisites",
                2,
                "MATH.CALC.LIMITS",
                "MATH.CALC.LIMITS cannot require itself",
            )
        ]

    def test_duplicate_edge(self) -> None:
        data = base()
        data["prerequisites"].append(
            edge("MATH.CALC.DERIVATIVE", "MATH.CALC.LIMITS", criticality="SOFT")
        )
        assert problems(data) == [
            (
                "prerequisites",
                2,
                "MATH.CALC.DERIVATIVE",
                "duplicate edge MATH.CALC.DERIVATIVE -> MATH.CALC.LIMITS",
            )
        ]

    def test_cycle_names_its_path(self) -> None:
        data = base()
        data["prerequisites"].append(edge("MATH.CALC.LIMITS", "PHY.KIN.MOTION_1D"))
        assert problems(data) == [
            (
                "prerequisites",
                2,
                "MATH.CALC.LIMITS",
                "cycle: MATH.CALC.LIMITS -> PHY.KIN.MOTION_1D -> MATH.CALC.DERIVATIVE"
                " -> MATH.CALC.LIMITS",
            )
        ]
        assert len(parse_curriculum(data).edges) == 2

    def test_layer_inversion_is_a_warning_and_the_edge_is_kept(self) -> None:
        data = base()
        data["prerequisites"].append(edge("MATH.CALC.LIMITS", "PHY.KIN"))
        data["concepts"][3]["layer"] = 5
        curriculum = parse_curriculum(data)
        assert curriculum.problems == (
            RowProblem(
                "prerequisites",
                2,
                "MATH.CALC.LIMITS",
                "layer inversion: MATH.CALC.LIMITS (layer 1) requires PHY.KIN (layer 5)",
                "warning",
            ),
        )
        assert curriculum.errors == ()
        assert len(curriculum.edges) == 3


class TestRowProblem:
    def test_str_names_section_row_and_id(self) -> None:
        problem = RowProblem("concepts", 4, "PHY.X", "unknown subject PHY")
        assert str(problem) == "concepts[4] PHY.X: unknown subject PHY"

    def test_str_without_row_or_id(self) -> None:
        assert str(RowProblem("file", None, None, "top level is not a mapping")) == (
            "file: top level is not a mapping"
        )

    def test_errors_leave_out_warnings(self) -> None:
        data = base()
        data["concepts"][3]["extra"] = 1
        data["concepts"][4]["difficulty"] = 0
        assert [p.severity for p in parse_curriculum(data).errors] == ["error", "error"]


class TestLoadAndDump:
    def test_yaml_round_trip(self, tmp_path: Path) -> None:
        original = parse_curriculum(base())
        path = tmp_path / "curriculum.yaml"
        path.write_text(yaml.safe_dump(dump_curriculum(original), sort_keys=False))
        loaded = load_curriculum(path)
        assert loaded.problems == ()
        assert loaded == original

    def test_json_round_trip(self, tmp_path: Path) -> None:
        original = parse_curriculum(base())
        path = tmp_path / "curriculum.JSON"
        path.write_text(json.dumps(dump_curriculum(original)))
        assert load_curriculum(str(path)) == original

    def test_dump_keeps_the_file_field_order(self) -> None:
        dumped = dump_curriculum(parse_curriculum(base()))
        assert list(dumped) == ["version", "subjects", "concepts", "prerequisites"]
        assert list(dumped["concepts"][0]) == [
            "id",
            "name",
            "subject",
            "layer",
            "parent",
            "difficulty",
            "exam_weight",
            "standard",
            "description",
        ]
        assert dumped["prerequisites"][1] == {
            "concept": "PHY.KIN.MOTION_1D",
            "prerequisite": "MATH.CALC.DERIVATIVE",
            "weight": 0.8,
            "criticality": "SOFT",
            "transfer": 0.5,
        }
        assert type(dumped["prerequisites"][1]["criticality"]) is str

    def test_problems_do_not_affect_equality(self) -> None:
        curriculum = parse_curriculum(base())
        with_problem = Curriculum(
            curriculum.version,
            curriculum.subjects,
            curriculum.concepts,
            curriculum.edges,
            (RowProblem("file", None, None, "x"),),
        )
        assert with_problem == curriculum
