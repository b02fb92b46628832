import re
import xml.etree.ElementTree as ET

import pytest

from gurukul.curriculum.graph import ConceptGraph, Criticality, CycleError, Edge
from gurukul.curriculum.loader import DEMO_CURRICULUM, load_curriculum
from gurukul.curriculum.svg import prerequisite_tree_svg

SVG = "{http://www.w3.org/2000/svg}"
HARD, SOFT = Criticality.HARD, Criticality.SOFT


def calculus() -> ConceptGraph:
    # Derivative needs limits (HARD) and trig (SOFT); limits need functions; kinematics needs
    # the derivative and, two columns away, functions.
    return ConceptGraph(
        [
            Edge("MATH.CALC.DERIVATIVE", "MATH.CALC.LIMITS", HARD),
            Edge("MATH.CALC.DERIVATIVE", "MATH.TRIG.RATIOS", SOFT),
            Edge("MATH.CALC.LIMITS", "MATH.SETS.FUNCTIONS", HARD),
            Edge("PHY.KIN.MOTION_1D", "MATH.CALC.DERIVATIVE", SOFT),
            Edge("PHY.KIN.MOTION_1D", "MATH.SETS.FUNCTIONS", HARD),
            Edge("MATH.SETS.FUNCTIONS", "MATH.SETS.SETS", HARD),
        ]
    )


NAMES = {
    "MATH.CALC.DERIVATIVE": "Derivatives",
    "MATH.CALC.LIMITS": "Limits",
    "MATH.TRIG.RATIOS": "Trigonometric ratios",
    "MATH.SETS.FUNCTIONS": "Functions",
    "MATH.SETS.SETS": "Sets",
    "PHY.KIN.MOTION_1D": "Motion in a straight line",
}


def render(concept: str = "PHY.KIN.MOTION_1D", **kwargs: int) -> ET.Element:
    return ET.fromstring(prerequisite_tree_svg(calculus(), concept, NAMES, **kwargs))


def boxes(root: ET.Element) -> dict[str, ET.Element]:
    return {
        g.attrib["data-id"]: g
        for g in root.iter(f"{SVG}g")
        if g.attrib.get("class", "").startswith("concept")
    }


def box_x(group: ET.Element) -> float:
    rect = group.find(f"{SVG}rect")
    assert rect is not None
    return float(rect.attrib["x"])


def edges(root: ET.Element) -> dict[str, ET.Element]:
    found = {}
    for path in root.iter(f"{SVG}path"):
        title = path.find(f"{SVG}title")
        if title is not None and title.text:
            found[title.text.split(" (")[0]] = path
    return found


class TestPrerequisiteTreeSvg:
    def test_is_valid_svg(self) -> None:
        root = render()
        assert root.tag == f"{SVG}svg"
        assert float(root.attrib["width"]) > 0
        assert float(root.attrib["height"]) > 0

    def test_draws_a_box_per_concept_in_the_tree(self) -> None:
        assert set(boxes(render())) == set(NAMES)
        assert set(boxes(render("MATH.CALC.LIMITS"))) == {
            "MATH.CALC.LIMITS",
            "MATH.SETS.FUNCTIONS",
            "MATH.SETS.SETS",
        }

    def test_target_is_marked_and_rightmost(self) -> None:
        found = boxes(render())
        target = found["PHY.KIN.MOTION_1D"]
        assert target.attrib["class"] == "concept target"
        assert all(box_x(target) > box_x(g) for cid, g in found.items() if g is not target)

    def test_every_prerequisite_is_left_of_its_dependent(self) -> None:
        found = boxes(render())
        for edge in calculus().edges:
            assert box_x(found[edge.prerequisite]) < box_x(found[edge.concept]), edge

    def test_hard_edges_are_solid_and_soft_edges_dashed(self) -> None:
        drawn = edges(render())
        assert len(drawn) == len(calculus().edges)
        hard = drawn["MATH.CALC.DERIVATIVE requires MATH.CALC.LIMITS"]
        soft = drawn["MATH.CALC.DERIVATIVE requires MATH.TRIG.RATIOS"]
        assert "stroke-dasharray" not in hard.attrib
        assert hard.attrib["marker-end"] == "url(#arrow-hard)"
        assert soft.attrib["stroke-dasharray"]
        assert soft.attrib["marker-end"] == "url(#arrow-soft)"

    def test_edge_spanning_columns_runs_through_the_gaps(self) -> None:
        drawn = edges(render())
        long_edge = drawn["PHY.KIN.MOTION_1D requires MATH.SETS.FUNCTIONS"]
        short_edge = drawn["MATH.CALC.LIMITS requires MATH.SETS.FUNCTIONS"]
        assert long_edge.attrib["d"].count(" H") == 2  # passes the limits and derivative columns
        assert " H" not in short_edge.attrib["d"]

    def test_edge_tooltip_gives_weights(self) -> None:
        text = prerequisite_tree_svg(calculus(), "MATH.CALC.DERIVATIVE", NAMES)
        assert "MATH.CALC.DERIVATIVE requires MATH.TRIG.RATIOS (SOFT, weight 1, transfer 0.5)" in (
            text
        )

    def test_has_a_legend(self) -> None:
        root = render()
        [legend] = [g for g in root.iter(f"{SVG}g") if g.attrib.get("class") == "legend"]
        labels = {t.text for t in legend.iter(f"{SVG}text")}
        assert {"HARD prerequisite", "SOFT prerequisite", "Target concept"} <= labels
        assert {"Mathematics", "Physics"} <= labels

    def test_unknown_subject_uses_its_code_in_the_legend(self) -> None:
        graph = ConceptGraph([Edge("BIO.CELL", "CHEM.BIO.PROTEINS")])
        root = ET.fromstring(prerequisite_tree_svg(graph, "BIO.CELL", {}))
        texts = {t.text for t in root.iter(f"{SVG}text")}
        assert {"BIO", "Chemistry"} <= texts

    def test_names_are_escaped(self) -> None:
        graph = ConceptGraph([Edge("A.B", "A.C")])
        text = prerequisite_tree_svg(graph, "A.B", {"A.B": 'x < y & "z"', "A.C": "<script>"})
        root = ET.fromstring(text)
        spans = [t.text for t in root.iter(f"{SVG}tspan")]
        assert 'x < y & "z"' in spans
        assert "<script>" in spans
        assert "<script>" not in text

    def test_missing_name_falls_back_to_the_id(self) -> None:
        spans = [t.text for t in render().iter(f"{SVG}tspan")]
        assert "Sets" in spans
        graph = ConceptGraph([Edge("A.B", "A.C")])
        root = ET.fromstring(prerequisite_tree_svg(graph, "A.B", {}))
        assert {"A.B", "A.C"} <= {t.text for t in root.iter(f"{SVG}tspan")}

    def test_long_names_wrap_to_three_lines(self) -> None:
        name = "A very long concept name that keeps going well past what fits in one box, and more"
        graph = ConceptGraph([Edge("A.B", "A.C")])
        root = ET.fromstring(prerequisite_tree_svg(graph, "A.B", {"A.B": name, "A.C": ""}))
        group = boxes(root)["A.B"]
        spans = [t.text or "" for t in group.iter(f"{SVG}tspan")]
        assert len(spans) == 3
        assert spans[-1].endswith("\u2026")
        assert all(len(span) <= 25 for span in spans)
        assert [t.text for t in boxes(root)["A.C"].iter(f"{SVG}tspan")] == ["?"]

    def test_concept_without_prerequisites(self) -> None:
        root = render("MATH.SETS.SETS")
        assert list(boxes(root)) == ["MATH.SETS.SETS"]
        assert "No prerequisites" in {t.text for t in root.iter(f"{SVG}text")}
        assert edges(root) == {}

    def test_max_depth_limits_the_tree(self) -> None:
        assert set(boxes(render(max_depth=1))) == {
            "PHY.KIN.MOTION_1D",
            "MATH.CALC.DERIVATIVE",
            "MATH.SETS.FUNCTIONS",
        }

    def test_output_is_deterministic(self) -> None:
        reversed_graph = ConceptGraph(reversed(calculus().edges))
        first = prerequisite_tree_svg(calculus(), "PHY.KIN.MOTION_1D", NAMES)
        assert first == prerequisite_tree_svg(reversed_graph, "PHY.KIN.MOTION_1D", NAMES)

    def test_boxes_in_a_column_do_not_overlap(self) -> None:
        root = ET.fromstring(prerequisite_tree_svg(calculus(), "PHY.KIN.MOTION_1D", NAMES))
        rects = [
            (float(r.attrib["x"]), float(r.attrib["y"]), float(r.attrib["height"]))
            for g in boxes(root).values()
            if (r := g.find(f"{SVG}rect")) is not None
        ]
        for i, (x1, y1, h1) in enumerate(rects):
            for x2, y2, h2 in rects[i + 1 :]:
                assert x1 != x2 or y1 + h1 <= y2 or y2 + h2 <= y1

    def test_cycle_raises(self) -> None:
        graph = ConceptGraph([Edge("A.A", "A.B"), Edge("A.B", "A.C"), Edge("A.C", "A.B")])
        with pytest.raises(CycleError):
            prerequisite_tree_svg(graph, "A.A", {})

    def test_renders_the_demo_curriculum(self) -> None:
        curriculum = load_curriculum(DEMO_CURRICULUM)
        names = {c.id: c.name for c in curriculum.concepts}
        text = prerequisite_tree_svg(curriculum.graph(), "PHY.ROT.DYNAMICS", names)
        root = ET.fromstring(text)
        drawn = boxes(root)
        assert "PHY.KIN.VECTORS" in drawn
        assert len(drawn) == 1 + len(curriculum.graph().prerequisites("PHY.ROT.DYNAMICS"))
        assert not re.search(r"\bnan\b", text)
