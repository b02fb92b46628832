"""Curriculum rules: the concept graph stays acyclic; imports are all-or-nothing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.errors import BadRequest
from gurukul.curriculum.errors import (
    ConceptExists,
    ConceptInUse,
    ConceptNotFound,
    PrerequisiteCycle,
    PrerequisiteExists,
    PrerequisiteNotFound,
    SubjectNotFound,
)
from gurukul.curriculum.graph import ConceptGraph, Criticality
from gurukul.curriculum.loader import (
    ConceptSpec,
    Curriculum,
    EdgeSpec,
    RowProblem,
    SubjectSpec,
)
from gurukul.curriculum.models import Concept, Prerequisite, Subject
from gurukul.curriculum.repository import (
    ConceptRepository,
    PrerequisiteRepository,
    SubjectRepository,
)
from gurukul.curriculum.schemas import (
    ConceptCreate,
    ConceptUpdate,
    PrerequisiteCreate,
    RelatedConcept,
)


async def get_concept(session: AsyncSession, concept_id: str) -> Concept:
    """A concept by id, or ConceptNotFound."""
    concept = await ConceptRepository.from_session(session).get_by_id(concept_id)
    if concept is None:
        raise ConceptNotFound(f"No concept {concept_id!r}", field="concept")
    return concept


async def list_concepts(
    session: AsyncSession,
    *,
    subject: str | None,
    layer: int | None,
    parent: str | None,
    q: str | None,
    cursor: str | None,
    limit: int,
) -> tuple[Sequence[Concept], str | None]:
    """A page of concepts ordered by id."""
    repository = ConceptRepository.from_session(session)
    statement = repository.filtered(subject=subject, layer=layer, parent=parent, q=q)
    return await repository.paginate(
        statement, sort_column=Concept.id, id_column=Concept.id, cursor=cursor, limit=limit
    )


async def graph(session: AsyncSession) -> ConceptGraph:
    """The prerequisite graph as plain data."""
    return await PrerequisiteRepository.from_session(session).graph()


async def related(
    session: AsyncSession, concept_id: str, *, direction: str, max_depth: int | None = None
) -> list[RelatedConcept]:
    """Transitive prerequisites (direction='prerequisites') or dependents, with depth."""
    await get_concept(session, concept_id)
    concept_graph = await graph(session)
    if direction == "prerequisites":
        found = concept_graph.prerequisites(concept_id, max_depth=max_depth)
        direct = {e.prerequisite: e for e in concept_graph.direct_prerequisites(concept_id)}
    else:
        found = concept_graph.dependents(concept_id, max_depth=max_depth)
        direct = {e.concept: e for e in concept_graph.direct_dependents(concept_id)}
    concepts = await ConceptRepository.from_session(session).by_ids([cid for cid, _ in found])
    return [
        RelatedConcept(
            id=cid,
            name=concepts[cid].name,
            subject_code=concepts[cid].subject_code,
            depth=depth,
            criticality=direct[cid].criticality if depth == 1 and cid in direct else None,
        )
        for cid, depth in found
    ]


async def subtopics(session: AsyncSession, concept_id: str) -> Sequence[Concept]:
    """Direct children of a unit."""
    return await ConceptRepository.from_session(session).children(concept_id)


async def create_concept(session: AsyncSession, concept_in: ConceptCreate) -> Concept:
    """Add a concept; its subject and parent must exist."""
    repository = ConceptRepository.from_session(session)
    if await repository.get_by_id(concept_in.id) is not None:
        raise ConceptExists(f"Concept {concept_in.id!r} already exists", field="id")
    if await SubjectRepository.from_session(session).get_by_id(concept_in.subject_code) is None:
        raise SubjectNotFound(f"No subject {concept_in.subject_code!r}", field="subject_code")
    if concept_in.parent_id is not None:
        await _require_parent(session, concept_in.parent_id, concept_in.id)
    return await repository.add(Concept(**concept_in.model_dump()))


async def update_concept(
    session: AsyncSession, concept_id: str, concept_in: ConceptUpdate
) -> Concept:
    """Change a concept's fields (only those given)."""
    concept = await get_concept(session, concept_id)
    changes = concept_in.model_dump(exclude_unset=True)
    if changes.get("parent_id") is not None:
        await _require_parent(session, changes["parent_id"], concept_id)
    for key, value in changes.items():
        setattr(concept, key, value)
    await session.flush()
    return concept


async def delete_concept(session: AsyncSession, concept_id: str) -> None:
    """Remove a concept with no sub-topics; its edges go with it."""
    concept = await get_concept(session, concept_id)
    if await subtopics(session, concept_id):
        raise ConceptInUse(f"Concept {concept_id!r} has sub-topics; move them first")
    await session.delete(concept)
    await session.flush()


async def _require_parent(session: AsyncSession, parent_id: str, concept_id: str) -> None:
    if parent_id == concept_id:
        raise BadRequest(
            "A concept cannot be its own parent", code="invalid_parent", field="parent_id"
        )
    await get_concept(session, parent_id)


async def add_prerequisite(session: AsyncSession, edge_in: PrerequisiteCreate) -> Prerequisite:
    """Add an edge; one that would close a cycle is refused with the cycle's path."""
    await get_concept(session, edge_in.concept_id)
    try:
        await get_concept(session, edge_in.prerequisite_concept_id)
    except ConceptNotFound as exc:
        exc.field = "prerequisite_concept_id"
        raise
    repository = PrerequisiteRepository.from_session(session)
    if await repository.get(edge_in.concept_id, edge_in.prerequisite_concept_id) is not None:
        raise PrerequisiteExists("That prerequisite edge already exists")
    cycle = (await repository.graph()).find_cycle_if_added(
        edge_in.concept_id, edge_in.prerequisite_concept_id
    )
    if cycle is not None:
        raise PrerequisiteCycle(
            "This edge would close a prerequisite cycle: " + " -> ".join(cycle),
            field="prerequisite_concept_id",
            data={"cycle": cycle},
        )
    return await repository.add(
        Prerequisite(
            concept_id=edge_in.concept_id,
            prerequisite_id=edge_in.prerequisite_concept_id,
            weight=edge_in.weight,
            criticality=edge_in.criticality.value,
            transfer_coefficient=edge_in.transfer_coefficient,
        )
    )


async def delete_prerequisite(session: AsyncSession, concept_id: str, prerequisite_id: str) -> None:
    """Remove one edge."""
    edge = await PrerequisiteRepository.from_session(session).get(concept_id, prerequisite_id)
    if edge is None:
        raise PrerequisiteNotFound("No such prerequisite edge")
    await session.delete(edge)
    await session.flush()


# --- import / export -----------------------------------------------------------------------


@dataclass
class ImportReport:
    created: dict[str, int] = field(
        default_factory=lambda: {"subjects": 0, "concepts": 0, "prerequisites": 0}
    )
    updated: dict[str, int] = field(
        default_factory=lambda: {"subjects": 0, "concepts": 0, "prerequisites": 0}
    )
    unchanged: dict[str, int] = field(
        default_factory=lambda: {"subjects": 0, "concepts": 0, "prerequisites": 0}
    )
    problems: list[RowProblem] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)  # human-readable, for --dry-run
    applied: bool = False

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)


_CONCEPT_FIELDS = (
    "name",
    "subject_code",
    "layer",
    "parent_id",
    "difficulty",
    "exam_weight",
    "standard",
    "description",
)


def _concept_values(spec: ConceptSpec) -> dict[str, Any]:
    return {
        "name": spec.name,
        "subject_code": spec.subject,
        "layer": spec.layer,
        "parent_id": spec.parent,
        "difficulty": spec.difficulty,
        "exam_weight": spec.exam_weight,
        "standard": spec.standard,
        "description": spec.description,
    }


async def import_curriculum(
    session: AsyncSession, curriculum: Curriculum, *, dry_run: bool, now: datetime
) -> ImportReport:
    """Upsert by id in one unit of work; a file with any error row changes nothing."""
    report = ImportReport(problems=list(curriculum.problems))
    subjects = {s.code: s for s in await SubjectRepository.from_session(session).all()}
    concepts = {c.id: c for c in await ConceptRepository.from_session(session).all()}
    edges = {
        (e.concept_id, e.prerequisite_id): e
        for e in await PrerequisiteRepository.from_session(session).all()
    }

    # The file's edges must also be acyclic together with the edges already stored.
    combined = ConceptGraph(
        [(c, p, e.criticality, e.weight, e.transfer_coefficient) for (c, p), e in edges.items()],
        nodes=[*concepts, *(c.id for c in curriculum.concepts)],
    )
    for index, edge in enumerate(curriculum.edges):
        if (edge.concept, edge.prerequisite) in edges:
            continue
        cycle = combined.find_cycle_if_added(edge.concept, edge.prerequisite)
        if cycle is not None:
            report.problems.append(
                RowProblem(
                    "prerequisites",
                    index,
                    edge.concept,
                    "would close a cycle: " + " -> ".join(cycle),
                )
            )
            continue
        combined.add_edge(edge.to_edge())
    known_subjects = set(subjects) | {s.code for s in curriculum.subjects}
    for index, concept_spec in enumerate(curriculum.concepts):
        if concept_spec.subject not in known_subjects:
            report.problems.append(
                RowProblem(
                    "concepts", index, concept_spec.id, f"unknown subject {concept_spec.subject!r}"
                )
            )
    if not report.ok:
        return report

    _plan_subjects(report, curriculum.subjects, subjects)
    _plan_concepts(report, curriculum.concepts, concepts)
    _plan_edges(report, curriculum.edges, edges)
    if dry_run:
        return report

    for spec in curriculum.subjects:
        if spec.code in subjects:
            subjects[spec.code].name = spec.name
        else:
            session.add(Subject(code=spec.code, name=spec.name))
    await session.flush()
    # Parents first, so the self-reference is satisfied on every flush.
    ordered = sorted(curriculum.concepts, key=lambda c: _depth(c, curriculum.concepts_by_id()))
    for concept_spec in ordered:
        values = _concept_values(concept_spec)
        if concept_spec.id in concepts:
            for name, value in values.items():
                setattr(concepts[concept_spec.id], name, value)
        else:
            session.add(Concept(id=concept_spec.id, **values))
    await session.flush()
    for edge_spec in curriculum.edges:
        key = (edge_spec.concept, edge_spec.prerequisite)
        if key in edges:
            row = edges[key]
            row.weight, row.criticality = edge_spec.weight, edge_spec.criticality.value
            row.transfer_coefficient = edge_spec.transfer
        else:
            session.add(
                Prerequisite(
                    concept_id=edge_spec.concept,
                    prerequisite_id=edge_spec.prerequisite,
                    weight=edge_spec.weight,
                    criticality=edge_spec.criticality.value,
                    transfer_coefficient=edge_spec.transfer,
                )
            )
    await session.flush()
    report.applied = True
    return report


def _depth(spec: ConceptSpec, by_id: dict[str, ConceptSpec]) -> int:
    depth, parent, seen = 0, spec.parent, set()
    while parent is not None and parent in by_id and parent not in seen:
        seen.add(parent)
        depth += 1
        parent = by_id[parent].parent
    return depth


def _count(report: ImportReport, kind: str, outcome: str, message: str | None = None) -> None:
    getattr(report, outcome)[kind] += 1
    if message is not None:
        report.changes.append(message)


def _plan_subjects(
    report: ImportReport, specs: Sequence[SubjectSpec], existing: dict[str, Subject]
) -> None:
    for spec in specs:
        current = existing.get(spec.code)
        if current is None:
            _count(report, "subjects", "created", f"+ subject {spec.code} ({spec.name})")
        elif current.name != spec.name:
            _count(report, "subjects", "updated", f"~ subject {spec.code}: name")
        else:
            _count(report, "subjects", "unchanged")


def _plan_concepts(
    report: ImportReport, specs: Sequence[ConceptSpec], existing: dict[str, Concept]
) -> None:
    for spec in specs:
        current = existing.get(spec.id)
        if current is None:
            _count(report, "concepts", "created", f"+ concept {spec.id} ({spec.name})")
            continue
        values = _concept_values(spec)
        changed = [k for k in _CONCEPT_FIELDS if getattr(current, k) != values[k]]
        if changed:
            _count(report, "concepts", "updated", f"~ concept {spec.id}: {', '.join(changed)}")
        else:
            _count(report, "concepts", "unchanged")


def _plan_edges(
    report: ImportReport, specs: Sequence[EdgeSpec], existing: dict[tuple[str, str], Prerequisite]
) -> None:
    for spec in specs:
        current = existing.get((spec.concept, spec.prerequisite))
        label = f"{spec.concept} <- {spec.prerequisite}"
        if current is None:
            _count(report, "prerequisites", "created", f"+ prerequisite {label}")
        elif (current.weight, current.criticality, current.transfer_coefficient) != (
            spec.weight,
            spec.criticality.value,
            spec.transfer,
        ):
            _count(report, "prerequisites", "updated", f"~ prerequisite {label}")
        else:
            _count(report, "prerequisites", "unchanged")


async def export_curriculum(session: AsyncSession) -> Curriculum:
    """Everything stored, as the plain structure the import reads."""
    subjects = await SubjectRepository.from_session(session).all()
    concepts = await ConceptRepository.from_session(session).all()
    edges = await PrerequisiteRepository.from_session(session).all()
    return Curriculum(
        version=1,
        subjects=tuple(SubjectSpec(s.code, s.name) for s in subjects),
        concepts=tuple(
            ConceptSpec(
                id=c.id,
                name=c.name,
                subject=c.subject_code,
                layer=c.layer,
                parent=c.parent_id,
                difficulty=c.difficulty,
                exam_weight=c.exam_weight,
                standard=c.standard if c.standard is not None else 11,
                description=c.description,
            )
            for c in concepts
        ),
        edges=tuple(
            EdgeSpec(
                e.concept_id,
                e.prerequisite_id,
                e.weight,
                Criticality(e.criticality),
                e.transfer_coefficient,
            )
            for e in edges
        ),
    )


async def concept_names(session: AsyncSession) -> dict[str, str]:
    """Every concept's display name by id (for drawings and reports)."""
    return {c.id: c.name for c in await ConceptRepository.from_session(session).all()}


async def count_concepts(session: AsyncSession) -> int:
    """How many concepts are stored."""
    return await ConceptRepository.from_session(session).count()
