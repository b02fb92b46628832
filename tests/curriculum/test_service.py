"""Curriculum persistence on both databases: graph rules, import/export, pagination."""

from __future__ import annotations

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.time import utc_now
from gurukul.curriculum import service as curriculum_service
from gurukul.curriculum.errors import PrerequisiteCycle
from gurukul.curriculum.graph import Criticality
from gurukul.curriculum.loader import parse_curriculum
from gurukul.curriculum.schemas import ConceptCreate, PrerequisiteCreate

pytestmark = pytest.mark.anyio


def small_curriculum(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "version": 1,
        "subjects": [{"code": "MATH", "name": "Mathematics"}],
        "concepts": [
            {
                "id": "MATH.CALC",
                "name": "Calculus",
                "subject": "MATH",
                "layer": 2,
                "parent": None,
                "difficulty": 3,
                "exam_weight": 0.0,
                "standard": 12,
            },
            {
                "id": "MATH.CALC.LIMITS",
                "name": "Limits",
                "subject": "MATH",
                "layer": 2,
                "parent": "MATH.CALC",
                "difficulty": 2,
                "exam_weight": 0.3,
                "standard": 11,
            },
            {
                "id": "MATH.CALC.DERIVATIVE",
                "name": "Derivatives",
                "subject": "MATH",
                "layer": 3,
                "parent": "MATH.CALC",
                "difficulty": 3,
                "exam_weight": 0.4,
                "standard": 12,
            },
            {
                "id": "MATH.CALC.INTEGRAL",
                "name": "Integrals",
                "subject": "MATH",
                "layer": 4,
                "parent": "MATH.CALC",
                "difficulty": 4,
                "exam_weight": 0.3,
                "standard": 12,
            },
        ],
        "prerequisites": [
            {
                "concept": "MATH.CALC.DERIVATIVE",
                "prerequisite": "MATH.CALC.LIMITS",
                "weight": 0.9,
                "criticality": "HARD",
                "transfer": 0.6,
            },
            {
                "concept": "MATH.CALC.INTEGRAL",
                "prerequisite": "MATH.CALC.DERIVATIVE",
                "weight": 0.8,
                "criticality": "HARD",
                "transfer": 0.5,
            },
        ],
    }
    data.update(changes)
    return data


async def load_small(session: AsyncSession) -> None:
    report = await curriculum_service.import_curriculum(
        session, parse_curriculum(small_curriculum()), dry_run=False, now=utc_now()
    )
    assert report.ok, report.problems
    await session.commit()


class TestGraphRules:
    async def test_edge_closing_a_cycle_is_refused_with_its_path(
        self, session: AsyncSession
    ) -> None:
        await load_small(session)
        with pytest.raises(PrerequisiteCycle) as refused:
            await curriculum_service.add_prerequisite(
                session,
                PrerequisiteCreate(
                    concept_id="MATH.CALC.LIMITS", prerequisite_concept_id="MATH.CALC.INTEGRAL"
                ),
            )
        assert refused.value.data == {
            "cycle": [
                "MATH.CALC.LIMITS",
                "MATH.CALC.INTEGRAL",
                "MATH.CALC.DERIVATIVE",
                "MATH.CALC.LIMITS",
            ]
        }
        graph = await curriculum_service.graph(session)
        assert graph.edge("MATH.CALC.LIMITS", "MATH.CALC.INTEGRAL") is None

    async def test_transitive_prerequisites_with_depth(self, session: AsyncSession) -> None:
        await load_small(session)
        found = await curriculum_service.related(
            session, "MATH.CALC.INTEGRAL", direction="prerequisites"
        )
        assert [(r.id, r.depth, r.criticality) for r in found] == [
            ("MATH.CALC.DERIVATIVE", 1, Criticality.HARD),
            ("MATH.CALC.LIMITS", 2, None),
        ]

    async def test_dependents(self, session: AsyncSession) -> None:
        await load_small(session)
        found = await curriculum_service.related(
            session, "MATH.CALC.LIMITS", direction="dependents", max_depth=1
        )
        assert [r.id for r in found] == ["MATH.CALC.DERIVATIVE"]

    async def test_new_concept_needs_known_subject(self, session: AsyncSession) -> None:
        from gurukul.curriculum.errors import SubjectNotFound

        with pytest.raises(SubjectNotFound):
            await curriculum_service.create_concept(
                session, ConceptCreate(id="PHY.MECH", name="Mechanics", subject_code="PHY", layer=1)
            )
        assert await curriculum_service.count_concepts(session) == 0


class TestImport:
    async def test_second_import_changes_nothing(self, session: AsyncSession) -> None:
        await load_small(session)
        report = await curriculum_service.import_curriculum(
            session, parse_curriculum(small_curriculum()), dry_run=False, now=utc_now()
        )
        assert report.created == {"subjects": 0, "concepts": 0, "prerequisites": 0}
        assert report.updated == {"subjects": 0, "concepts": 0, "prerequisites": 0}
        assert report.unchanged == {"subjects": 1, "concepts": 4, "prerequisites": 2}

    async def test_dry_run_reports_and_writes_nothing(self, session: AsyncSession) -> None:
        report = await curriculum_service.import_curriculum(
            session, parse_curriculum(small_curriculum()), dry_run=True, now=utc_now()
        )
        assert report.created["concepts"] == 4
        assert "+ concept MATH.CALC.LIMITS (Limits)" in report.changes
        assert report.applied is False
        assert await curriculum_service.count_concepts(session) == 0

    async def test_update_by_id(self, session: AsyncSession) -> None:
        await load_small(session)
        data = small_curriculum()
        data["concepts"][1]["name"] = "Limits and continuity"  # type: ignore[index]
        report = await curriculum_service.import_curriculum(
            session, parse_curriculum(data), dry_run=False, now=utc_now()
        )
        assert report.updated["concepts"] == 1
        assert (await curriculum_service.get_concept(session, "MATH.CALC.LIMITS")).name == (
            "Limits and continuity"
        )

    async def test_bad_row_imports_nothing(self, session: AsyncSession) -> None:
        data = small_curriculum()
        data["concepts"][2]["difficulty"] = 9  # type: ignore[index]
        report = await curriculum_service.import_curriculum(
            session, parse_curriculum(data), dry_run=False, now=utc_now()
        )
        assert not report.ok
        assert any(p.section == "concepts" and p.row == 2 for p in report.problems)
        assert await curriculum_service.count_concepts(session) == 0

    async def test_cycle_with_stored_edges_imports_nothing(self, session: AsyncSession) -> None:
        await load_small(session)
        data = small_curriculum(
            prerequisites=[
                {
                    "concept": "MATH.CALC.LIMITS",
                    "prerequisite": "MATH.CALC.INTEGRAL",
                    "weight": 0.5,
                    "criticality": "SOFT",
                    "transfer": 0.2,
                }
            ]
        )
        report = await curriculum_service.import_curriculum(
            session, parse_curriculum(data), dry_run=False, now=utc_now()
        )
        assert not report.ok
        assert [p.reason for p in report.problems if p.severity == "error"] == [
            "would close a cycle: MATH.CALC.LIMITS -> MATH.CALC.INTEGRAL -> "
            "MATH.CALC.DERIVATIVE -> MATH.CALC.LIMITS"
        ]
        graph = await curriculum_service.graph(session)
        assert len(graph.edges) == 2

    async def test_export_then_import_round_trips(self, session: AsyncSession) -> None:
        await load_small(session)
        exported = await curriculum_service.export_curriculum(session)
        original = parse_curriculum(small_curriculum())
        assert exported.subjects == original.subjects
        assert sorted(exported.concepts, key=lambda c: c.id) == sorted(
            original.concepts, key=lambda c: c.id
        )
        assert set(exported.edges) == set(original.edges)


class TestList:
    async def test_pages_follow_the_cursor(self, session: AsyncSession) -> None:
        await load_small(session)
        seen: list[str] = []
        cursor = None
        for _ in range(5):
            rows, cursor = await curriculum_service.list_concepts(
                session, subject="MATH", layer=None, parent=None, q=None, cursor=cursor, limit=3
            )
            seen.extend(row.id for row in rows)
            if cursor is None:
                break
        assert seen == sorted(seen)
        assert len(seen) == 4

    async def test_filter_by_parent(self, session: AsyncSession) -> None:
        await load_small(session)
        rows, cursor = await curriculum_service.list_concepts(
            session, subject=None, layer=None, parent="MATH.CALC", q=None, cursor=None, limit=50
        )
        assert [r.id for r in rows] == [
            "MATH.CALC.DERIVATIVE",
            "MATH.CALC.INTEGRAL",
            "MATH.CALC.LIMITS",
        ]
        assert cursor is None
