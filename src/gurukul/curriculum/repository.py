from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from gurukul.core.repository import Repository
from gurukul.curriculum.graph import ConceptGraph, Criticality, Edge
from gurukul.curriculum.models import Concept, Prerequisite, Subject


def fingerprint_columns() -> list[sa.ScalarSelect[Any]]:
    """Scalar subqueries that change whenever a concept or an edge is added, edited or
    removed (counts and latest timestamps); other domains fold them into one query to know
    when a cached copy of the graph is stale."""

    def scalar(column: Any, model: Any) -> sa.ScalarSelect[Any]:
        return sa.select(column).select_from(model).scalar_subquery()

    return [
        scalar(sa.func.count(), Concept),
        scalar(sa.func.max(Concept.created_at), Concept),
        scalar(sa.func.max(Concept.updated_at), Concept),
        scalar(sa.func.count(), Prerequisite),
        scalar(sa.func.max(Prerequisite.created_at), Prerequisite),
        scalar(sa.func.max(Prerequisite.updated_at), Prerequisite),
    ]


class SubjectRepository(Repository[Subject]):
    model = Subject

    async def all(self) -> Sequence[Subject]:
        return await self.list(sa.select(Subject).order_by(Subject.code))


class ConceptRepository(Repository[Concept]):
    model = Concept

    def filtered(
        self, *, subject: str | None, layer: int | None, parent: str | None, q: str | None = None
    ) -> sa.Select[Concept]:
        statement = sa.select(Concept)
        if subject is not None:
            statement = statement.where(Concept.subject_code == subject)
        if layer is not None:
            statement = statement.where(Concept.layer == layer)
        if parent is not None:
            statement = statement.where(Concept.parent_id == parent)
        if q:
            statement = statement.where(Concept.name.ilike(f"%{q}%"))
        return statement

    async def by_ids(self, ids: Sequence[str]) -> dict[str, Concept]:
        if not ids:
            return {}
        rows = await self.list(sa.select(Concept).where(Concept.id.in_(list(ids))))
        return {row.id: row for row in rows}

    async def children(self, concept_id: str) -> Sequence[Concept]:
        return await self.list(
            sa.select(Concept).where(Concept.parent_id == concept_id).order_by(Concept.id)
        )

    async def all(self) -> Sequence[Concept]:
        return await self.list(sa.select(Concept).order_by(Concept.id))

    async def count(self) -> int:
        return int((await self.session.execute(sa.select(sa.func.count(Concept.id)))).scalar_one())


class PrerequisiteRepository(Repository[Prerequisite]):
    model = Prerequisite

    async def all(self) -> Sequence[Prerequisite]:
        return await self.list(
            sa.select(Prerequisite).order_by(Prerequisite.concept_id, Prerequisite.prerequisite_id)
        )

    async def get(self, concept_id: str, prerequisite_id: str) -> Prerequisite | None:
        return await self.session.get(Prerequisite, (concept_id, prerequisite_id))

    async def graph(self) -> ConceptGraph:
        """The whole prerequisite graph (hundreds of edges: one indexed scan)."""
        rows = (
            await self.session.execute(
                sa.select(
                    Prerequisite.concept_id,
                    Prerequisite.prerequisite_id,
                    Prerequisite.criticality,
                    Prerequisite.weight,
                    Prerequisite.transfer_coefficient,
                )
            )
        ).all()
        nodes = (await self.session.execute(sa.select(Concept.id))).scalars().all()
        return ConceptGraph(
            (Edge(c, p, Criticality(k), float(w), float(t)) for c, p, k, w, t in rows), nodes=nodes
        )
