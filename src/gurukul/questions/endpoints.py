from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, File, Query, Response, UploadFile

from gurukul.auth.principal import AnyUser, CurrentAdmin, Role
from gurukul.core.deps import ClockDep, SessionDep
from gurukul.core.routing import AutoCommitAPIRoute
from gurukul.core.schemas import Envelope, Page, ok
from gurukul.core.storage import StorageDep
from gurukul.questions import search as question_search
from gurukul.questions import service as questions_service
from gurukul.questions.draft import Difficulty, QuestionType
from gurukul.questions.models import QuestionImage, QuestionStatus, QuestionVersion
from gurukul.questions.repository import QuestionFilters
from gurukul.questions.schemas import (
    BulkTag,
    BulkTagResult,
    ImageRead,
    ItemStatisticsRead,
    OptionStatisticsRead,
    QuestionCreate,
    QuestionPublic,
    QuestionRead,
    QuestionUpdate,
    QuestionVersionSummary,
    SearchHitRead,
    SearchPage,
    StatusChange,
)

BAD_REQUEST: dict[int | str, dict[str, Any]] = {
    400: {"model": Envelope[None], "description": "Invalid question or filter"}
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": Envelope[None], "description": "No such question"}
}
CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {"model": Envelope[None], "description": "Duplicate or not allowed now"}
}
TOO_LARGE: dict[int | str, dict[str, Any]] = {
    413: {"model": Envelope[None], "description": "Image too large"}
}

router = APIRouter(prefix="/questions", tags=["questions"], route_class=AutoCommitAPIRoute)
admin_router = APIRouter(
    prefix="/admin/questions", tags=["questions admin"], route_class=AutoCommitAPIRoute
)

Text80 = Annotated[str | None, Query(max_length=80)]


def image_url(image_id: uuid.UUID) -> str:
    return f"/api/questions/images/{image_id}"


def image_read(image: QuestionImage) -> ImageRead:
    url = image_url(image.id)
    return ImageRead(
        id=image.id,
        url=url,
        markdown=f"![{image.filename or 'image'}]({url})",
        content_type=image.content_type,
        size=image.size,
        filename=image.filename,
    )


def question_read(
    version: QuestionVersion,
    *,
    published_version_id: uuid.UUID | None,
    images: Sequence[QuestionImage] = (),
) -> QuestionRead:
    numeric = None
    if version.numeric_value is not None:
        numeric = {"value": version.numeric_value, "tolerance": version.numeric_tolerance or 0.0}
    return QuestionRead.model_validate(
        {
            "id": version.question_id,
            "version_id": version.id,
            "version": version.number,
            "published_version_id": published_version_id,
            "status": version.status,
            "type": version.type,
            "title": version.title,
            "text": version.text,
            "options": version.options,
            "numeric": numeric,
            "truth": version.truth,
            "template": version.template,
            "explanation": version.explanation,
            "marking": version.marking,
            "marking_custom": version.marking_custom,
            "concepts": version.concept_ids,
            "subject_code": version.subject_code,
            "difficulty": version.difficulty,
            "irt": {
                "a": version.irt_a,
                "b": version.irt_b,
                "c": version.irt_c,
                "calibration": version.calibration,
            },
            "source": version.source,
            "year": version.year,
            "category": version.category,
            "tags": version.tags,
            "external_id": version.external_id,
            "content_hash": version.content_hash,
            "images": [image_read(image) for image in images],
            "created_at": version.created_at,
            "updated_at": version.updated_at,
            "published_at": version.published_at,
        }
    )


def question_public(version: QuestionVersion) -> QuestionPublic:
    """What a student may see before answering: no key, explanation or misconception."""
    return QuestionPublic(
        version_id=version.id,
        question_id=version.question_id,
        type=QuestionType(version.type),
        text=version.text,
        options=[{"id": o["id"], "text": o["text"]} for o in version.options],
        marking=version.marking,
        difficulty=Difficulty(version.difficulty),
        concepts=version.concept_ids,
        subject_code=version.subject_code,
        source=version.source,
        year=version.year,
    )


async def _detail(session: SessionDep, version: QuestionVersion) -> QuestionRead:
    published = await questions_service.published_version_ids(session, [version.question_id])
    images = await questions_service.list_images(session, version.question_id)
    return question_read(
        version, published_version_id=published.get(version.question_id), images=images
    )


# --- admin --------------------------------------------------------------------------------------


@admin_router.post(
    "",
    status_code=201,
    response_model=Envelope[QuestionRead],
    responses={**BAD_REQUEST, **CONFLICT},
)
async def create_question(
    question_in: QuestionCreate, session: SessionDep, admin: CurrentAdmin, now: ClockDep
) -> Envelope[QuestionRead]:
    """Add a question to the bank as a draft."""
    version = await questions_service.create_question(session, question_in, now=now)
    return ok(await _detail(session, version))


@admin_router.get("", response_model=Envelope[Page[QuestionRead]], responses=BAD_REQUEST)
async def list_questions(
    session: SessionDep,
    admin: CurrentAdmin,
    status: QuestionStatus | None = None,
    type: QuestionType | None = None,  # noqa: A002 - the public query parameter name
    concept: Text80 = None,
    subject: Annotated[str | None, Query(max_length=16)] = None,
    difficulty: Difficulty | None = None,
    source: Annotated[str | None, Query(max_length=200)] = None,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Envelope[Page[QuestionRead]]:
    """List questions (their latest versions, answers included), a page at a time."""
    filters = QuestionFilters(
        status=status,
        type=type.value if type else None,
        concept=concept,
        subject=subject,
        difficulty=difficulty.value if difficulty else None,
        source=source,
    )
    rows, next_cursor = await questions_service.list_questions(
        session, filters=filters, cursor=cursor, limit=limit
    )
    published = await questions_service.published_version_ids(session, [q.id for q in rows])
    items = [question_read(q.latest, published_version_id=published.get(q.id)) for q in rows]
    return ok(Page[QuestionRead](items=items, next_cursor=next_cursor))


@admin_router.post(
    "/bulk-tag", response_model=Envelope[BulkTagResult], responses={**BAD_REQUEST, **NOT_FOUND}
)
async def bulk_tag_questions(
    bulk_in: BulkTag, session: SessionDep, admin: CurrentAdmin, now: ClockDep
) -> Envelope[BulkTagResult]:
    """Add and remove concept tags on many questions at once (all or nothing)."""
    updated = await questions_service.bulk_tag(
        session, bulk_in.question_ids, add=bulk_in.add, remove=bulk_in.remove, now=now
    )
    return ok(BulkTagResult(updated=updated))


@admin_router.get("/{question_id}", response_model=Envelope[QuestionRead], responses=NOT_FOUND)
async def get_question(
    question_id: uuid.UUID, session: SessionDep, admin: CurrentAdmin
) -> Envelope[QuestionRead]:
    """A question's latest version with answers, explanation and images."""
    version = await questions_service.get_question(session, question_id)
    return ok(await _detail(session, version))


@admin_router.patch(
    "/{question_id}",
    response_model=Envelope[QuestionRead],
    responses={**BAD_REQUEST, **NOT_FOUND, **CONFLICT},
)
async def update_question(
    question_id: uuid.UUID,
    question_in: QuestionUpdate,
    session: SessionDep,
    admin: CurrentAdmin,
    now: ClockDep,
) -> Envelope[QuestionRead]:
    """Edit a question: a draft in place, a published one by creating a new draft version."""
    version = await questions_service.update_question(session, question_id, question_in, now=now)
    return ok(await _detail(session, version))


@admin_router.post(
    "/{question_id}/publish",
    response_model=Envelope[QuestionRead],
    responses={**BAD_REQUEST, **NOT_FOUND, **CONFLICT},
)
async def publish_question(
    question_id: uuid.UUID, session: SessionDep, admin: CurrentAdmin, now: ClockDep
) -> Envelope[QuestionRead]:
    """Publish the latest version; the previously published one is superseded."""
    version = await questions_service.publish_question(session, question_id, now=now)
    return ok(await _detail(session, version))


@admin_router.post(
    "/{question_id}/status",
    response_model=Envelope[QuestionRead],
    responses={**BAD_REQUEST, **NOT_FOUND, **CONFLICT},
)
async def change_question_status(
    question_id: uuid.UUID,
    status_in: StatusChange,
    session: SessionDep,
    admin: CurrentAdmin,
    now: ClockDep,
) -> Envelope[QuestionRead]:
    """Move a question to review, back to draft, to published or to archived."""
    version = await questions_service.change_status(session, question_id, status_in.status, now=now)
    return ok(await _detail(session, version))


@admin_router.delete(
    "/{question_id}", response_model=Envelope[None], responses={**NOT_FOUND, **CONFLICT}
)
async def delete_question(
    question_id: uuid.UUID, session: SessionDep, admin: CurrentAdmin
) -> Envelope[None]:
    """Delete a never-published question; published questions are archived instead."""
    await questions_service.delete_question(session, question_id)
    return ok(None)


@admin_router.get(
    "/{question_id}/versions",
    response_model=Envelope[list[QuestionVersionSummary]],
    responses=NOT_FOUND,
)
async def list_question_versions(
    question_id: uuid.UUID, session: SessionDep, admin: CurrentAdmin
) -> Envelope[list[QuestionVersionSummary]]:
    """Every version of a question, oldest first."""
    versions = await questions_service.list_versions(session, question_id)
    return ok(
        [
            QuestionVersionSummary(
                version_id=v.id,
                version=v.number,
                status=QuestionStatus(v.status),
                is_latest=v.is_latest,
                content_hash=v.content_hash,
                created_at=v.created_at,
                published_at=v.published_at,
            )
            for v in versions
        ]
    )


@admin_router.post(
    "/{question_id}/images",
    status_code=201,
    response_model=Envelope[ImageRead],
    responses={**BAD_REQUEST, **NOT_FOUND, **TOO_LARGE},
)
async def upload_question_image(
    question_id: uuid.UUID,
    file: Annotated[UploadFile, File(description="PNG, JPEG, GIF or WebP")],
    session: SessionDep,
    storage: StorageDep,
    admin: CurrentAdmin,
    now: ClockDep,
) -> Envelope[ImageRead]:
    """Upload an image for a question; reference it from the text with the returned Markdown."""
    data = await file.read(questions_service.MAX_IMAGE_BYTES + 1)
    image = await questions_service.add_image(
        session,
        storage,
        question_id,
        filename=file.filename or "",
        content_type=file.content_type,
        data=data,
        now=now,
    )
    return ok(image_read(image))


@admin_router.get(
    "/{question_id}/statistics",
    response_model=Envelope[ItemStatisticsRead],
    responses=NOT_FOUND,
)
async def get_question_statistics(
    question_id: uuid.UUID, session: SessionDep, admin: CurrentAdmin
) -> Envelope[ItemStatisticsRead]:
    """Item analysis: attempts, facility, discrimination, distractors and flags."""
    version, stats = await questions_service.statistics(session, question_id)
    misconceptions = {o["id"]: o.get("misconception") for o in version.options}
    return ok(
        ItemStatisticsRead(
            question_id=version.question_id,
            version_id=version.id,
            attempts=stats.attempts,
            facility=stats.facility,
            discrimination=stats.discrimination,
            point_biserial=stats.point_biserial,
            upper_group_size=stats.upper_group_size,
            lower_group_size=stats.lower_group_size,
            options=[
                OptionStatisticsRead(
                    option_id=o.option_id,
                    is_key=o.is_key,
                    count=o.count,
                    share=o.share,
                    upper_count=o.upper_count,
                    lower_count=o.lower_count,
                    misconception=misconceptions.get(o.option_id),
                )
                for o in stats.options
            ],
            flags=stats.flags,
        )
    )


# --- any signed-in user -------------------------------------------------------------------------


@router.get("/search", response_model=Envelope[SearchPage], responses=BAD_REQUEST)
async def search_questions(
    session: SessionDep,
    principal: AnyUser,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    subject: Annotated[str | None, Query(max_length=16)] = None,
    concept: Text80 = None,
    difficulty: Difficulty | None = None,
    type: QuestionType | None = None,  # noqa: A002 - the public query parameter name
    source: Annotated[str | None, Query(max_length=200)] = None,
    year: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    cursor: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 20,
) -> Envelope[SearchPage]:
    """Full-text search, ranked, with highlighted snippets; students see published items only."""
    admin = principal.role is Role.admin
    filters = question_search.SearchFilters(
        subject=subject,
        concept=concept,
        difficulty=difficulty.value if difficulty else None,
        type=type.value if type else None,
        source=source,
        year=year,
    )
    hits, next_cursor = await question_search.search(
        session, q, admin=admin, filters=filters, cursor=cursor, limit=limit
    )
    items = [
        SearchHitRead(
            question_id=hit.version.question_id,
            version_id=hit.version.id,
            type=QuestionType(hit.version.type),
            title=hit.version.title,
            status=QuestionStatus(hit.version.status),
            difficulty=Difficulty(hit.version.difficulty),
            subject_code=hit.version.subject_code,
            source=hit.version.source,
            year=hit.version.year,
            score=hit.score,
            snippet=hit.snippet,
        )
        for hit in hits
    ]
    return ok(SearchPage(items=items, next_cursor=next_cursor))


@router.get(
    "/images/{image_id}",
    response_class=Response,
    responses={200: {"content": {"image/png": {}, "image/jpeg": {}}}, **NOT_FOUND},
)
async def get_question_image(
    image_id: uuid.UUID, session: SessionDep, storage: StorageDep, principal: AnyUser
) -> Response:
    """An uploaded question image."""
    image, data = await questions_service.read_image(session, storage, image_id)
    return Response(
        data,
        media_type=image.content_type,
        headers={"Cache-Control": "private, max-age=86400, immutable"},
    )


@router.get("/{version_id}", response_model=Envelope[QuestionPublic], responses=NOT_FOUND)
async def get_published_question(
    version_id: uuid.UUID, session: SessionDep, principal: AnyUser
) -> Envelope[QuestionPublic]:
    """A published question version as a student sees it: no answers, no explanation."""
    version = await questions_service.get_published_version(session, version_id)
    return ok(question_public(version))
