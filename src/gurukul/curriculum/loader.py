from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from gurukul.curriculum.graph import ConceptGraph, Criticality, Edge

DEMO_CURRICULUM = Path(__file__).parent / "data" / "jee_main.yaml"
SUPPORTED_VERSION = 1
SUBJECT_CODE = re.compile(r"^[A-Z][A-Z0-9]*$")
CONCEPT_ID = re.compile(r"^[A-Z][A-Z0-9]*(\.[A-Z][A-Z0-9_]*)+$")  # SUBJECT.UNIT[.TOPIC]
STANDARDS = (11, 12)  # class in which a concept is taught

Section = Literal["file", "subjects", "concepts", "prerequisites"]


@dataclass(frozen=True, slots=True)
class SubjectSpec:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class ConceptSpec:
    id: str
    name: str
    subject: str
    layer: int  # 1 = foundations; a prerequisite's layer is <= its dependent's
    parent: str | None
    difficulty: int  # 1-5
    exam_weight: float  # share of the subject's marks, 0-1
    standard: int  # 11 or 12
    description: str = ""


@dataclass(frozen=True, slots=True)
class EdgeSpec:
    concept: str
    prerequisite: str
    weight: float
    criticality: Criticality
    transfer: float

    def to_edge(self) -> Edge:
        return Edge(self.concept, self.prerequisite, self.criticality, self.weight, self.transfer)


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A rejected (error) or suspicious (warning) row; `row` is the 0-based index in its
    section, None for problems with the file itself."""

    section: Section
    row: int | None
    id: str | None
    reason: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = self.section if self.row is None else f"{self.section}[{self.row}]"
        if self.id is not None:
            where += f" {self.id}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Curriculum:
    """The accepted rows of a curriculum file; rejected rows are only in `problems`."""

    version: int
    subjects: tuple[SubjectSpec, ...]
    concepts: tuple[ConceptSpec, ...]
    edges: tuple[EdgeSpec, ...]
    problems: tuple[RowProblem, ...] = field(default=(), compare=False)

    @property
    def errors(self) -> tuple[RowProblem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    def concepts_by_id(self) -> dict[str, ConceptSpec]:
        return {concept.id: concept for concept in self.concepts}

    def graph(self) -> ConceptGraph:
        return ConceptGraph(
            (edge.to_edge() for edge in self.edges), nodes=(c.id for c in self.concepts)
        )


def load_curriculum(path: str | os.PathLike[str]) -> Curriculum:
    """Read a curriculum from YAML (or JSON, by the .json suffix) and validate it."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    return parse_curriculum(data)


def dump_curriculum(curriculum: Curriculum) -> dict[str, Any]:
    """The plain structure `parse_curriculum` reads, in the file's field order."""
    return {
        "version": curriculum.version,
        "subjects": [{"code": s.code, "name": s.name} for s in curriculum.subjects],
        "concepts": [
            {
                "id": c.id,
                "name": c.name,
                "subject": c.subject,
                "layer": c.layer,
                "parent": c.parent,
                "difficulty": c.difficulty,
                "exam_weight": c.exam_weight,
                "standard": c.standard,
                "description": c.description,
            }
            for c in curriculum.concepts
        ],
        "prerequisites": [
            {
                "concept": e.concept,
                "prerequisite": e.prerequisite,
                "weight": e.weight,
                "criticality": str(e.criticality),
                "transfer": e.transfer,
            }
            for e in curriculum.edges
        ],
    }


def parse_curriculum(data: object) -> Curriculum:
    """Validate a loaded curriculum structure row by row, keeping the good rows."""
    problems: list[RowProblem] = []
    if not isinstance(data, Mapping):
        problems.append(RowProblem("file", None, None, "top level is not a mapping"))
        return Curriculum(SUPPORTED_VERSION, (), (), (), tuple(problems))
    version = data.get("version")
    if version != SUPPORTED_VERSION or isinstance(version, bool):
        problems.append(
            RowProblem("file", None, None, f"unsupported version {version!r}, expected 1")
        )
    sections: dict[str, list[object]] = {}
    for name in ("subjects", "concepts", "prerequisites"):
        rows = data.get(name, [])
        if not isinstance(rows, list):
            problems.append(RowProblem("file", None, None, f"'{name}' is not a list"))
            rows = []
        sections[name] = rows
    subjects = _parse_subjects(sections["subjects"], problems)
    concepts, declared = _parse_concepts(sections["concepts"], {s.code for s in subjects}, problems)
    edges = _parse_edges(sections["prerequisites"], concepts, declared, problems)
    return Curriculum(
        SUPPORTED_VERSION, tuple(subjects), tuple(concepts), tuple(edges), tuple(problems)
    )


class _Row:
    """Field checks for one row; each failed check adds a reason."""

    def __init__(self, raw: Mapping[str, Any], fields: tuple[str, ...]) -> None:
        self.raw = raw
        self.reasons: list[str] = []
        self.warnings = [f"unknown field '{key}'" for key in raw if key not in fields]

    def text(self, key: str, *, pattern: re.Pattern[str] | None = None) -> str:
        value = self.raw.get(key)
        if value is None:
            self.reasons.append(f"missing field '{key}'")
        elif not isinstance(value, str) or not value.strip():
            self.reasons.append(f"'{key}' must be a non-empty string, got {value!r}")
        elif pattern is not None and not pattern.match(value):
            self.reasons.append(f"'{key}' {value!r} does not match {pattern.pattern}")
        else:
            return value
        return ""

    def integer(self, key: str, low: int, high: int) -> int:
        value = self.raw.get(key)
        if value is None:
            self.reasons.append(f"missing field '{key}'")
        elif isinstance(value, bool) or not isinstance(value, int):
            self.reasons.append(f"'{key}' must be an integer, got {value!r}")
        elif not low <= value <= high:
            self.reasons.append(f"'{key}' {value} is outside {low}-{high}")
        else:
            return value
        return low

    def unit_float(self, key: str) -> float:
        value = self.raw.get(key)
        if value is None:
            self.reasons.append(f"missing field '{key}'")
        elif isinstance(value, bool) or not isinstance(value, int | float):
            self.reasons.append(f"'{key}' must be a number, got {value!r}")
        elif not 0.0 <= value <= 1.0:
            self.reasons.append(f"'{key}' {value} is outside 0-1")
        else:
            return float(value)
        return 0.0


def _row_id(raw: object, key: str) -> str | None:
    if isinstance(raw, Mapping) and isinstance(raw.get(key), str):
        return str(raw[key])
    return None


def _parse_subjects(rows: list[object], problems: list[RowProblem]) -> list[SubjectSpec]:
    subjects: dict[str, SubjectSpec] = {}
    for index, raw in enumerate(rows):
        code = _row_id(raw, "code")
        if not isinstance(raw, Mapping):
            problems.append(RowProblem("subjects", index, None, "row is not a mapping"))
            continue
        row = _Row(raw, ("code", "name"))
        spec = SubjectSpec(row.text("code", pattern=SUBJECT_CODE), row.text("name"))
        if not row.reasons and spec.code in subjects:
            row.reasons.append(f"duplicate subject code {spec.code}")
        _report(problems, "subjects", index, code, row)
        if not row.reasons:
            subjects[spec.code] = spec
    return list(subjects.values())


_CONCEPT_FIELDS = (
    "id",
    "name",
    "subject",
    "layer",
    "parent",
    "difficulty",
    "exam_weight",
    "standard",
    "description",
)


def _parse_concepts(
    rows: list[object], subject_codes: set[str], problems: list[RowProblem]
) -> tuple[list[ConceptSpec], dict[str, int]]:
    """Returns the accepted concepts and every declared id with its row (accepted or not)."""
    declared: dict[str, int] = {}
    accepted: dict[str, tuple[int, ConceptSpec]] = {}
    for index, raw in enumerate(rows):
        concept_id = _row_id(raw, "id")
        if not isinstance(raw, Mapping):
            problems.append(RowProblem("concepts", index, None, "row is not a mapping"))
            continue
        row = _Row(raw, _CONCEPT_FIELDS)
        spec = _concept_from_row(row, subject_codes)
        if concept_id is not None and concept_id in declared:
            row.reasons.append(f"duplicate id (first declared in concepts[{declared[concept_id]}])")
        elif concept_id is not None:
            declared[concept_id] = index
        _report(problems, "concepts", index, concept_id, row)
        if not row.reasons:
            accepted[spec.id] = (index, spec)
    # A concept whose parent is missing, rejected, in another subject or on a parent loop is
    # rejected too; repeat until stable because rejecting a unit rejects its topics.
    changed = True
    while changed:
        changed = False
        for concept_id, (index, spec) in list(accepted.items()):
            reason = _parent_problem(spec, accepted, declared)
            if reason is not None:
                problems.append(RowProblem("concepts", index, concept_id, reason))
                del accepted[concept_id]
                changed = True
    concepts = [spec for _, spec in sorted(accepted.values(), key=lambda item: item[0])]
    return concepts, declared


def _concept_from_row(row: _Row, subject_codes: set[str]) -> ConceptSpec:
    raw = row.raw
    concept_id = row.text("id", pattern=CONCEPT_ID)
    name = row.text("name")
    subject = row.text("subject")
    if subject and subject not in subject_codes:
        row.reasons.append(f"unknown subject {subject}")
    elif subject and concept_id and not concept_id.startswith(subject + "."):
        row.reasons.append(f"id does not start with its subject code {subject}")
    layer = row.integer("layer", 1, 99)
    parent = raw.get("parent")
    if parent is not None and not isinstance(parent, str):
        row.reasons.append(f"'parent' must be a concept id or null, got {parent!r}")
        parent = None
    difficulty = row.integer("difficulty", 1, 5)
    exam_weight = row.unit_float("exam_weight")
    standard = row.integer("standard", STANDARDS[0], STANDARDS[-1])
    description = raw.get("description", "")
    if description is None:
        description = ""
    elif not isinstance(description, str):
        row.reasons.append(f"'description' must be a string, got {description!r}")
        description = ""
    return ConceptSpec(
        concept_id, name, subject, layer, parent, difficulty, exam_weight, standard, description
    )


def _parent_problem(
    spec: ConceptSpec, accepted: dict[str, tuple[int, ConceptSpec]], declared: dict[str, int]
) -> str | None:
    if spec.parent is None:
        return None
    if spec.parent not in accepted:
        if spec.parent in declared:
            return f"parent {spec.parent} was rejected (concepts[{declared[spec.parent]}])"
        return f"unknown parent {spec.parent}"
    parent = accepted[spec.parent][1]
    if parent.subject != spec.subject:
        return f"parent {spec.parent} is in subject {parent.subject}, not {spec.subject}"
    seen = {spec.id}
    while parent.parent is not None and parent.parent in accepted:
        if parent.id in seen:
            return f"parent chain of {spec.id} loops through {parent.id}"
        seen.add(parent.id)
        parent = accepted[parent.parent][1]
    return None


_EDGE_FIELDS = ("concept", "prerequisite", "weight", "criticality", "transfer")


def _parse_edges(
    rows: list[object],
    concepts: list[ConceptSpec],
    declared: dict[str, int],
    problems: list[RowProblem],
) -> list[EdgeSpec]:
    by_id = {concept.id: concept for concept in concepts}
    graph = ConceptGraph(nodes=by_id)
    edges: list[EdgeSpec] = []
    for index, raw in enumerate(rows):
        concept_id = _row_id(raw, "concept")
        if not isinstance(raw, Mapping):
            problems.append(RowProblem("prerequisites", index, None, "row is not a mapping"))
            continue
        row = _Row(raw, _EDGE_FIELDS)
        concept, prerequisite = row.text("concept"), row.text("prerequisite")
        weight, transfer = row.unit_float("weight"), row.unit_float("transfer")
        criticality = Criticality.HARD
        raw_criticality = raw.get("criticality")
        if raw_criticality is None:
            row.reasons.append("missing field 'criticality'")
        elif raw_criticality not in {c.value for c in Criticality}:
            row.reasons.append(f"criticality must be HARD or SOFT, got {raw_criticality!r}")
        else:
            criticality = Criticality(raw_criticality)
        for end in dict.fromkeys(x for x in (concept, prerequisite) if x):
            if end in by_id:
                continue
            if end in declared:
                row.reasons.append(f"edge to rejected concept {end} (concepts[{declared[end]}])")
            else:
                row.reasons.append(f"edge to unknown concept {end}")
        if not row.reasons:
            if concept == prerequisite:
                row.reasons.append(f"{concept} cannot require itself")
            elif graph.edge(concept, prerequisite) is not None:
                row.reasons.append(f"duplicate edge {concept} -> {prerequisite}")
            elif (cycle := graph.find_cycle_if_added(concept, prerequisite)) is not None:
                row.reasons.append("cycle: " + " -> ".join(cycle))
            elif by_id[prerequisite].layer > by_id[concept].layer:
                row.warnings.append(
                    f"layer inversion: {concept} (layer {by_id[concept].layer}) requires "
                    f"{prerequisite} (layer {by_id[prerequisite].layer})"
                )
        _report(problems, "prerequisites", index, concept_id, row)
        if not row.reasons:
            spec = EdgeSpec(concept, prerequisite, weight, criticality, transfer)
            graph.add_edge(spec.to_edge())
            edges.append(spec)
    return edges


def _report(
    problems: list[RowProblem], section: Section, index: int, row_id: str | None, row: _Row
) -> None:
    problems.extend(RowProblem(section, index, row_id, reason) for reason in row.reasons)
    problems.extend(
        RowProblem(section, index, row_id, warning, "warning") for warning in row.warnings
    )
