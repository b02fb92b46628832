from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from gurukul.auth.principal import AnyUser, CurrentAdmin
from gurukul.core.deps import SessionDep
from gurukul.core.routing import AutoCommitAPIRoute
from gurukul.core.schemas import Envelope, Page, ok
from gurukul.curriculum import service as curriculum_service
from gurukul.curriculum.schemas import (
    ConceptCreate,
    ConceptRead,
    ConceptUpdate,
    DependentsRead,
    PrerequisiteCreate,
    PrerequisiteRead,
    PrerequisitesRead,
    TopicRead,
)
from gurukul.curriculum.svg import prerequisite_tree_svg

NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": Envelope[None], "description": "No such concept"}
}
CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {"model": Envelope[None], "description": "Cycle or duplicate"}
}

router = APIRouter(prefix="/content", tags=["curriculum"], route_class=AutoCommitAPIRoute)
admin_router = APIRouter(prefix="/admin", tags=["curriculum admin"], route_class=AutoCommitAPIRoute)

ConceptPath = Annotated[str, Query(max_length=80)]


@router.get("/concepts", response_model=Envelope[Page[ConceptRead]])
async def list_concepts(
    session: SessionDep,
    principal: AnyUser,
    subject: Annotated[str | None, Query(max_length=16)] = None,
    layer: Annotated[int | None, Query(ge=1, le=20)] = None,
    parent: Annotated[str | None, Query(max_length=80)] = None,
    q: Annotated[str | None, Query(max_length=80)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Envelope[Page[ConceptRead]]:
    """List concepts (filter by subject, layer, parent or name), a page at a time."""
    rows, next_cursor = await curriculum_service.list_concepts(
        session, subject=subject, layer=layer, parent=parent, q=q, cursor=cursor, limit=limit
    )
    items = [ConceptRead.model_validate(row) for row in rows]
    return ok(Page[ConceptRead](items=items, next_cursor=next_cursor))


@router.get("/topics/{concept_id}", response_model=Envelope[TopicRead], responses=NOT_FOUND)
async def get_topic(
    concept_id: str, session: SessionDep, principal: AnyUser
) -> Envelope[TopicRead]:
    """A concept with its sub-topics, prerequisites and dependents."""
    concept = await curriculum_service.get_concept(session, concept_id)
    return ok(
        TopicRead(
            concept=ConceptRead.model_validate(concept),
            subtopics=[
                ConceptRead.model_validate(c)
                for c in await curriculum_service.subtopics(session, concept_id)
            ],
            prerequisites=await curriculum_service.related(
                session, concept_id, direction="prerequisites"
            ),
            dependents=await curriculum_service.related(
                session, concept_id, direction="dependents"
            ),
        )
    )


@router.get("/prerequisites", response_model=Envelope[PrerequisitesRead], responses=NOT_FOUND)
async def get_prerequisites(
    session: SessionDep,
    principal: AnyUser,
    concept: ConceptPath,
    max_depth: Annotated[int | None, Query(ge=1, le=50)] = None,
) -> Envelope[PrerequisitesRead]:
    """All prerequisites of a concept, transitively, with their depth."""
    found = await curriculum_service.related(
        session, concept, direction="prerequisites", max_depth=max_depth
    )
    return ok(PrerequisitesRead(concept_id=concept, prerequisites=found))


@router.get("/dependents", response_model=Envelope[DependentsRead], responses=NOT_FOUND)
async def get_dependents(
    session: SessionDep,
    principal: AnyUser,
    concept: ConceptPath,
    max_depth: Annotated[int | None, Query(ge=1, le=50)] = None,
) -> Envelope[DependentsRead]:
    """All concepts that build on a concept, transitively, with their depth."""
    found = await curriculum_service.related(
        session, concept, direction="dependents", max_depth=max_depth
    )
    return ok(DependentsRead(concept_id=concept, dependents=found))


@admin_router.post(
    "/concepts",
    status_code=201,
    response_model=Envelope[ConceptRead],
    responses={**NOT_FOUND, **CONFLICT},
)
async def create_concept(
    concept_in: ConceptCreate, session: SessionDep, admin: CurrentAdmin
) -> Envelope[ConceptRead]:
    """Add a concept to the curriculum."""
    concept = await curriculum_service.create_concept(session, concept_in)
    return ok(ConceptRead.model_validate(concept))


@admin_router.patch(
    "/concepts/{concept_id}", response_model=Envelope[ConceptRead], responses=NOT_FOUND
)
async def update_concept(
    concept_id: str, concept_in: ConceptUpdate, session: SessionDep, admin: CurrentAdmin
) -> Envelope[ConceptRead]:
    """Change a concept."""
    concept = await curriculum_service.update_concept(session, concept_id, concept_in)
    return ok(ConceptRead.model_validate(concept))


@admin_router.delete(
    "/concepts/{concept_id}", response_model=Envelope[None], responses={**NOT_FOUND, **CONFLICT}
)
async def delete_concept(
    concept_id: str, session: SessionDep, admin: CurrentAdmin
) -> Envelope[None]:
    """Remove a concept that has no sub-topics."""
    await curriculum_service.delete_concept(session, concept_id)
    return ok(None)


@admin_router.post(
    "/prerequisites",
    status_code=201,
    response_model=Envelope[PrerequisiteRead],
    responses={**NOT_FOUND, **CONFLICT},
)
async def create_prerequisite(
    edge_in: PrerequisiteCreate, session: SessionDep, admin: CurrentAdmin
) -> Envelope[PrerequisiteRead]:
    """Add a prerequisite edge; 409 with the cycle's path if it would close a cycle."""
    edge = await curriculum_service.add_prerequisite(session, edge_in)
    return ok(
        PrerequisiteRead(
            concept_id=edge.concept_id,
            prerequisite_concept_id=edge.prerequisite_id,
            weight=edge.weight,
            criticality=edge.criticality,
            transfer_coefficient=edge.transfer_coefficient,
        )
    )


@admin_router.delete(
    "/prerequisites/{concept_id}/{prerequisite_id}",
    response_model=Envelope[None],
    responses=NOT_FOUND,
)
async def delete_prerequisite(
    concept_id: str, prerequisite_id: str, session: SessionDep, admin: CurrentAdmin
) -> Envelope[None]:
    """Remove a prerequisite edge."""
    await curriculum_service.delete_prerequisite(session, concept_id, prerequisite_id)
    return ok(None)


@admin_router.get(
    "/concepts/{concept_id}/graph.svg",
    response_class=Response,
    responses={200: {"content": {"image/svg+xml": {}}}, **NOT_FOUND},
)
async def get_concept_graph_svg(
    concept_id: str, session: SessionDep, admin: CurrentAdmin
) -> Response:
    """The concept's prerequisite tree drawn as SVG."""
    await curriculum_service.get_concept(session, concept_id)
    concept_graph = await curriculum_service.graph(session)
    names = await curriculum_service.concept_names(session)
    return Response(
        prerequisite_tree_svg(concept_graph, concept_id, names), media_type="image/svg+xml"
    )
