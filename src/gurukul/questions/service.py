"""Question bank rules: validation, versioning, publishing, tags, images.

Versioning: a version that students may have seen (published, superseded, archived) never
changes. Editing a question whose latest version is frozen creates a new draft version; the
published one keeps being served until the new one is published, which supersedes it.
Editing a draft (or a version in review) changes it in place. Attempts point at version ids.

Concept tags and IRT parameters are classification, not content: bulk tagging and calibration
change them in place, also on a published version, so a mis-tag can be fixed without
re-publishing.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.core.storage import Storage, StorageError
from gurukul.curriculum.models import Concept
from gurukul.curriculum.repository import ConceptRepository, SubjectRepository
from gurukul.questions import bank
from gurukul.questions import search as question_search
from gurukul.questions.checking import CheckableQuestion
from gurukul.questions.draft import Difficulty, QuestionDraft, QuestionType
from gurukul.questions.errors import (
    DuplicateQuestion,
    ImageNotFound,
    ImageTooLarge,
    InvalidImage,
    InvalidQuestion,
    InvalidStatusTransition,
    QuestionNotDeletable,
    QuestionNotFound,
    QuestionVersionNotFound,
    UnknownConcept,
)
from gurukul.questions.formats._common import check_draft
from gurukul.questions.models import (
    FROZEN_STATUSES,
    Calibration,
    Question,
    QuestionConcept,
    QuestionImage,
    QuestionStatus,
    QuestionVersion,
)
from gurukul.questions.repository import (
    QuestionFilters,
    QuestionImageRepository,
    QuestionRepository,
    QuestionVersionRepository,
)
from gurukul.questions.schemas import IrtIn, QuestionCreate, QuestionUpdate
from gurukul.questions.statistics import ItemStatistics, item_statistics
from gurukul.questions.templates import instantiate, validate_template

DEFAULT_IRT_B = {Difficulty.EASY: -1.0, Difficulty.MEDIUM: 0.0, Difficulty.HARD: 1.0}
# Just under the request body limit (1 MiB), so an image too large gets this domain's error.
MAX_IMAGE_BYTES = 900 * 1024
IMAGE_TYPES = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp"}
SUBJECT_TAG = "subject:"


# --- drafts and versions ----------------------------------------------------------------------


def to_draft(version: QuestionVersion) -> QuestionDraft:
    """The plain draft a version was made from (needs `concept_links` loaded)."""
    numeric = None
    if version.numeric_value is not None:
        numeric = {"value": version.numeric_value, "tolerance": version.numeric_tolerance or 0.0}
    return QuestionDraft.from_dict(
        {
            "type": version.type,
            "text": version.text,
            "options": version.options,
            "numeric": numeric,
            "truth": version.truth,
            "template": version.template,
            "explanation": version.explanation,
            "marking": version.marking,
            "marking_custom": version.marking_custom,
            "concepts": version.concept_ids,
            "difficulty": version.difficulty,
            "source": version.source,
            "year": version.year,
            "category": version.category,
            "tags": version.tags,
            "external_id": version.external_id,
            "title": version.title,
        }
    )


def _set_content(version: QuestionVersion, draft: QuestionDraft) -> None:
    version.type = draft.type.value
    version.text = draft.text
    version.options = [asdict(option) for option in draft.options]
    version.options_text = "\n".join(option.text for option in draft.options)
    version.numeric_value = draft.numeric.value if draft.numeric else None
    version.numeric_tolerance = draft.numeric.tolerance if draft.numeric else None
    version.truth = draft.truth
    version.template = asdict(draft.template) if draft.template else None
    version.explanation = draft.explanation
    version.marking = draft.marking
    version.marking_custom = draft.marking_custom
    version.difficulty = draft.difficulty.value
    version.source = draft.source
    version.year = draft.year
    version.category = draft.category
    version.tags = list(draft.tags)
    version.external_id = draft.external_id
    version.title = draft.title
    version.content_hash = draft.content_hash()


def _set_concepts(
    version: QuestionVersion, concept_ids: Sequence[str], subject: str | None
) -> None:
    existing = {link.concept_id: link for link in version.concept_links}
    links = []
    for position, concept_id in enumerate(concept_ids):
        link = existing.get(concept_id) or QuestionConcept(concept_id=concept_id)
        link.position = position
        links.append(link)
    version.concept_links = links
    version.subject_code = subject


def default_irt(draft: QuestionDraft) -> IrtIn:
    """Uncalibrated parameters: b from the difficulty label, c the chance of a blind guess."""
    guess = 0.0
    if draft.type is QuestionType.SINGLE and draft.options:
        guess = round(1 / len(draft.options), 4)
    elif draft.type is QuestionType.TRUE_FALSE:
        guess = 0.5
    return IrtIn(a=1.0, b=DEFAULT_IRT_B[draft.difficulty], c=guess)


def _set_irt(version: QuestionVersion, irt: IrtIn) -> None:
    version.irt_a, version.irt_b, version.irt_c = irt.a, irt.b, irt.c
    version.calibration = irt.calibration.value


_FAULT_FIELDS = (
    ("true/false", "truth"),
    ("option", "options"),
    ("correct", "options"),
    ("choice", "options"),
    ("numeric", "numeric"),
    ("integer", "numeric"),
    ("tolerance", "numeric"),
    ("template", "template"),
    ("marking", "marking"),
    ("text", "text"),
)


def _fault_field(fault: str) -> str | None:
    return next((name for key, name in _FAULT_FIELDS if key in fault), None)


def draft_problems(draft: QuestionDraft) -> list[tuple[str | None, str]]:
    """(field, reason) for everything that makes a draft unusable, templates included."""
    problems = [(_fault_field(fault), fault) for fault in check_draft(draft)]
    if draft.template is not None:
        problems += [
            ("template", problem) for problem in validate_template(draft.template, text=draft.text)
        ]
    if len(set(draft.concepts)) != len(draft.concepts):
        problems.append(("concepts", "a concept is tagged twice"))
    return problems


@dataclass(frozen=True)
class ConceptIndex:
    """What the service needs to know about concepts and subjects to tag a version."""

    concepts: dict[str, Concept]
    subjects: dict[str, str]  # lower-cased code or name -> code

    def unknown(self, concept_ids: Sequence[str]) -> list[str]:
        return [cid for cid in concept_ids if cid not in self.concepts]

    def subject_of(self, draft_concepts: Sequence[str], tags: Sequence[str]) -> str | None:
        """The primary concept's subject; else a "subject:<code or name>" tag's."""
        if draft_concepts and draft_concepts[0] in self.concepts:
            return self.concepts[draft_concepts[0]].subject_code
        for tag in tags:
            if tag.lower().startswith(SUBJECT_TAG):
                found = self.subjects.get(tag[len(SUBJECT_TAG) :].strip().lower())
                if found is not None:
                    return found
        return None


async def concept_index(session: AsyncSession, concept_ids: Collection[str]) -> ConceptIndex:
    """The named concepts that exist, and every subject."""
    concepts = await ConceptRepository.from_session(session).by_ids(sorted(set(concept_ids)))
    subjects: dict[str, str] = {}
    for subject in await SubjectRepository.from_session(session).all():
        subjects[subject.code.lower()] = subject.code
        subjects[subject.name.lower()] = subject.code
    return ConceptIndex(concepts=dict(concepts), subjects=subjects)


async def _checked(session: AsyncSession, draft: QuestionDraft) -> ConceptIndex:
    problems = draft_problems(draft)
    if problems:
        field, _ = problems[0]
        raise InvalidQuestion(
            "; ".join(reason for _, reason in problems),
            field=field,
            data={"problems": [{"field": f, "reason": r} for f, r in problems]},
        )
    index = await concept_index(session, draft.concepts)
    unknown = index.unknown(draft.concepts)
    if unknown:
        raise UnknownConcept(f"Unknown concept(s): {', '.join(unknown)}", field="concepts")
    return index


def _draft_of(payload: dict[str, Any]) -> QuestionDraft:
    payload = {key: value for key, value in payload.items() if key != "irt"}
    try:
        return QuestionDraft.from_dict(payload)
    except ValueError as exc:
        field = str(exc).split(":", 1)[0].split(".", 1)[0].split("[", 1)[0]
        raise InvalidQuestion(str(exc), field=field if field != "question" else None) from None


def new_version(
    question: Question, draft: QuestionDraft, index: ConceptIndex, *, number: int, irt: IrtIn
) -> QuestionVersion:
    """A draft version of `question` holding `draft` (not yet added to the session)."""
    version = QuestionVersion(
        question=question,
        number=number,
        is_latest=True,
        status=QuestionStatus.draft.value,
        concept_links=[],
    )
    _set_content(version, draft)
    _set_concepts(version, draft.concepts, index.subject_of(draft.concepts, draft.tags))
    _set_irt(version, irt)
    return version


async def create_question(
    session: AsyncSession, question_in: QuestionCreate, *, now: datetime
) -> QuestionVersion:
    """Add a question as a draft version 1; its content must not already be in the bank."""
    draft = _draft_of(question_in.model_dump(mode="json"))
    index = await _checked(session, draft)
    versions = QuestionVersionRepository.from_session(session)
    if await versions.hash_taken(draft.content_hash(), other_than=None):
        raise DuplicateQuestion("The bank already has a question with this content", field="text")
    question = Question(created_at=now)
    version = new_version(
        question, draft, index, number=1, irt=question_in.irt or default_irt(draft)
    )
    version.created_at = now
    session.add_all([question, version])
    await session.flush()
    await question_search.backend_for(session).index(session, [version])
    return version


async def get_question(session: AsyncSession, question_id: uuid.UUID) -> QuestionVersion:
    """The latest version of a question, or QuestionNotFound."""
    version = await QuestionVersionRepository.from_session(session).latest_of(question_id)
    if version is None:
        raise QuestionNotFound(f"No question {question_id}", field="question_id")
    return version


async def get_version(session: AsyncSession, version_id: uuid.UUID) -> QuestionVersion:
    """One exact version (any status), with its concepts; what attempts point at."""
    version = await QuestionVersionRepository.from_session(session).get_version(version_id)
    if version is None:
        raise QuestionVersionNotFound(f"No question version {version_id}", field="version_id")
    return version


async def get_versions(
    session: AsyncSession, version_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, QuestionVersion]:
    """Many exact versions by id (missing ids are left out), with their concepts."""
    return await QuestionVersionRepository.from_session(session).by_ids(version_ids)


async def get_published_version(session: AsyncSession, version_id: uuid.UUID) -> QuestionVersion:
    """A version students may see: published only, else QuestionVersionNotFound."""
    version = await get_version(session, version_id)
    if version.status != QuestionStatus.published.value:
        raise QuestionVersionNotFound(f"No question version {version_id}", field="version_id")
    return version


async def published_versions(
    session: AsyncSession,
    *,
    concept_ids: Collection[str] | None = None,
    subject: str | None = None,
    difficulty: Difficulty | None = None,
    types: Collection[QuestionType] | None = None,
    exclude_version_ids: Collection[uuid.UUID] = (),
    limit: int | None = None,
) -> Sequence[QuestionVersion]:
    """The servable bank: published versions (one per question) matching the filters.

    `concept_ids` matches versions tagged with any of them (primary or secondary).
    """
    return await QuestionVersionRepository.from_session(session).published(
        concept_ids=concept_ids,
        subject=subject,
        difficulty=difficulty.value if difficulty is not None else None,
        types=[t.value for t in types] if types is not None else None,
        exclude_version_ids=exclude_version_ids,
        limit=limit,
    )


def checkable(version: QuestionVersion, *, seed: int | None = None) -> CheckableQuestion:
    """What answer checking needs; template versions need the attempt's seed."""
    draft = to_draft(version)
    if draft.type is QuestionType.TEMPLATE:
        if draft.template is None or seed is None:
            raise InvalidQuestion("A template question is checked per seeded instance")
        instance = instantiate(draft.template, draft.text, seed)
        return CheckableQuestion.from_template(draft.template, instance)
    return CheckableQuestion.from_draft(draft)


async def published_bank(session: AsyncSession) -> bank.Bank:
    """The published bank as plain immutable data, kept per process while it is unchanged."""
    return await bank.published(session)


async def bank_items(
    session: AsyncSession, version_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, bank.BankItem]:
    """Exact versions' tags, subject and IRT parameters as stored now, as plain data."""
    return await bank.items(session, version_ids)


async def bank_contents(
    session: AsyncSession, version_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, bank.Content]:
    """Exact versions' parsed content (checkable questions, served text and options)."""
    return await bank.contents(session, version_ids)


async def list_questions(
    session: AsyncSession, *, filters: QuestionFilters, cursor: str | None, limit: int
) -> tuple[Sequence[Question], str | None]:
    """A page of questions (oldest first), each with its latest version loaded."""
    repository = QuestionRepository.from_session(session)
    return await repository.paginate(
        repository.latest_filtered(filters),
        sort_column=Question.created_at,
        id_column=Question.id,
        cursor=cursor,
        limit=limit,
    )


async def published_version_ids(
    session: AsyncSession, question_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, uuid.UUID]:
    """For each question that has one, the id of its currently published version."""
    return await QuestionVersionRepository.from_session(session).published_ids(question_ids)


async def list_versions(session: AsyncSession, question_id: uuid.UUID) -> Sequence[QuestionVersion]:
    """Every version of a question, oldest first."""
    versions = await QuestionVersionRepository.from_session(session).versions_of(question_id)
    if not versions:
        raise QuestionNotFound(f"No question {question_id}", field="question_id")
    return versions


async def update_question(
    session: AsyncSession, question_id: uuid.UUID, question_in: QuestionUpdate, *, now: datetime
) -> QuestionVersion:
    """Change a question: a draft in place, a published one through a new draft version."""
    latest = await get_question(session, question_id)
    changes = question_in.model_dump(mode="json", exclude_unset=True)
    draft = _draft_of({**to_draft(latest).to_dict(), **changes})
    index = await _checked(session, draft)
    irt = question_in.irt if "irt" in changes and question_in.irt is not None else None
    unchanged = draft == to_draft(latest)
    if unchanged and irt is None:
        return latest
    versions = QuestionVersionRepository.from_session(session)
    if not unchanged and await versions.hash_taken(draft.content_hash(), other_than=question_id):
        raise DuplicateQuestion("Another question in the bank has this content", field="text")
    if latest.status in FROZEN_STATUSES:
        if unchanged and irt is not None:
            _set_irt(latest, irt)  # calibration is not content: no new version for it
            await session.flush()
            return latest
        question = await QuestionRepository.from_session(session).get_by_id(question_id)
        assert question is not None
        latest.is_latest = False
        await session.flush()  # one latest version at a time, also mid-transaction
        version = new_version(
            question,
            draft,
            index,
            number=latest.number + 1,
            irt=irt
            or IrtIn(
                a=latest.irt_a,
                b=latest.irt_b,
                c=latest.irt_c,
                calibration=Calibration(latest.calibration),
            ),
        )
        version.created_at = now
        session.add(version)
    else:
        version = latest
        _set_content(version, draft)
        _set_concepts(version, draft.concepts, index.subject_of(draft.concepts, draft.tags))
        if irt is not None:
            _set_irt(version, irt)
        version.updated_at = now
    await session.flush()
    await question_search.backend_for(session).index(session, [version])
    return version


async def publish_question(
    session: AsyncSession, question_id: uuid.UUID, *, now: datetime
) -> QuestionVersion:
    """Publish the latest version (draft, review or archived); the previous one is superseded."""
    latest = await get_question(session, question_id)
    allowed = {QuestionStatus.draft, QuestionStatus.review, QuestionStatus.archived}
    if latest.status not in allowed:
        raise InvalidStatusTransition(
            f"The latest version is {latest.status}; only a draft, a version in review or an "
            "archived version can be published",
            field="status",
        )
    if latest.status != QuestionStatus.archived:
        await _checked(session, to_draft(latest))
    if not latest.concept_links:
        raise InvalidQuestion(
            "Tag at least one concept before publishing", code="concept_required", field="concepts"
        )
    current = await QuestionVersionRepository.from_session(session).published_of(question_id)
    if current is not None and current.id != latest.id:
        current.status = QuestionStatus.superseded.value
        current.updated_at = now
    latest.status = QuestionStatus.published.value
    latest.published_at = now
    latest.updated_at = now
    await session.flush()
    return latest


async def change_status(
    session: AsyncSession, question_id: uuid.UUID, status: QuestionStatus, *, now: datetime
) -> QuestionVersion:
    """Move a question along draft <-> review -> published -> archived (-> published)."""
    if status is QuestionStatus.published:
        return await publish_question(session, question_id, now=now)
    latest = await get_question(session, question_id)
    if status is QuestionStatus.archived:
        versions = await QuestionVersionRepository.from_session(session).versions_of(question_id)
        live = [v for v in versions if v.status == QuestionStatus.published.value]
        if not live:
            raise InvalidStatusTransition(
                "Only a published question can be archived; delete a draft instead",
                field="status",
            )
        for version in live:
            version.status = QuestionStatus.archived.value
            version.updated_at = now
        await session.flush()
        return latest
    moves = {
        (QuestionStatus.draft, QuestionStatus.review),
        (QuestionStatus.review, QuestionStatus.draft),
    }
    if (QuestionStatus(latest.status), status) not in moves:
        raise InvalidStatusTransition(
            f"A question cannot go from {latest.status} to {status.value}", field="status"
        )
    latest.status = status.value
    latest.updated_at = now
    await session.flush()
    return latest


async def delete_question(session: AsyncSession, question_id: uuid.UUID) -> None:
    """Delete a question that was never published; published ones are archived instead."""
    versions = await QuestionVersionRepository.from_session(session).versions_of(question_id)
    if not versions:
        raise QuestionNotFound(f"No question {question_id}", field="question_id")
    if any(v.status in FROZEN_STATUSES for v in versions):
        raise QuestionNotDeletable(
            "Students may have seen this question: archive it instead of deleting it",
            field="question_id",
        )
    await question_search.backend_for(session).remove(session, [v.id for v in versions])
    await QuestionRepository.from_session(session).delete_by_id(question_id)
    for version in versions:  # the rows are gone: drop their stale objects from the session
        for link in version.concept_links:
            session.expunge(link)
        session.expunge(version)


async def bulk_tag(
    session: AsyncSession,
    question_ids: Sequence[uuid.UUID],
    *,
    add: Sequence[str],
    remove: Sequence[str],
    now: datetime,
) -> int:
    """Add and remove concept tags on many questions (latest and published versions) at once.

    All or nothing: an unknown question or concept changes no question. Added concepts go
    after the existing ones; the first tag of an untagged question becomes its primary.
    """
    if not add and not remove:
        raise InvalidQuestion("Give concepts to add or to remove", field="add")
    if set(add) & set(remove):
        raise InvalidQuestion("A concept cannot be both added and removed", field="add")
    wanted = set(question_ids)
    rows = await QuestionVersionRepository.from_session(session).live_of(wanted)
    index = await concept_index(session, {*add, *(c for row in rows for c in row.concept_ids)})
    unknown = index.unknown(add)
    if unknown:
        raise UnknownConcept(f"Unknown concept(s): {', '.join(unknown)}", field="add")
    missing = wanted - {row.question_id for row in rows}
    if missing:
        raise QuestionNotFound(
            f"No question(s) {', '.join(sorted(str(m) for m in missing))}", field="question_ids"
        )
    for version in rows:
        concepts = [cid for cid in version.concept_ids if cid not in remove]
        concepts += [cid for cid in add if cid not in concepts]
        if concepts != version.concept_ids:
            _set_concepts(version, concepts, index.subject_of(concepts, version.tags))
            version.updated_at = now
    await session.flush()
    return len(wanted)


async def set_irt_parameters(
    session: AsyncSession, version_id: uuid.UUID, irt: IrtIn, *, now: datetime
) -> QuestionVersion:
    """Store calibrated (or reset) IRT parameters on one exact version, in place."""
    version = await get_version(session, version_id)
    _set_irt(version, irt)
    version.updated_at = now
    await session.flush()
    return version


# --- images -----------------------------------------------------------------------------------


def sniff_image(data: bytes) -> str | None:
    """The image media type from the file's first bytes (never trust the client's label)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


async def add_image(
    session: AsyncSession,
    storage: Storage,
    question_id: uuid.UUID,
    *,
    filename: str,
    content_type: str | None,
    data: bytes,
    now: datetime,
) -> QuestionImage:
    """Store an uploaded PNG, JPEG, GIF or WebP image for a question (SVG is refused)."""
    question = await QuestionRepository.from_session(session).get_by_id(question_id)
    if question is None:
        raise QuestionNotFound(f"No question {question_id}", field="question_id")
    if not data:
        raise InvalidImage("The file is empty", field="file")
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageTooLarge(f"Images may be at most {MAX_IMAGE_BYTES // 1024} KiB", field="file")
    sniffed = sniff_image(data)
    if sniffed is None:
        raise InvalidImage("Only PNG, JPEG, GIF and WebP images are accepted", field="file")
    declared = (content_type or "").split(";", 1)[0].strip().lower()
    if declared not in ("", "application/octet-stream", sniffed):
        raise InvalidImage(f"The file is {sniffed}, not {declared} as declared", field="file")
    image_id = uuid.uuid4()
    key = f"questions/{question_id}/{image_id}.{IMAGE_TYPES[sniffed]}"
    # Written before the commit: a rolled-back upload leaves an unreferenced file, never a
    # row without its file.
    await storage.put(key, data, content_type=sniffed)
    image = QuestionImage(
        id=image_id,
        question_id=question_id,
        storage_key=key,
        content_type=sniffed,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        filename=filename[:255],
        created_at=now,
    )
    session.add(image)
    await session.flush()
    return image


async def list_images(session: AsyncSession, question_id: uuid.UUID) -> Sequence[QuestionImage]:
    """A question's images, oldest first."""
    return await QuestionImageRepository.from_session(session).of_question(question_id)


async def read_image(
    session: AsyncSession, storage: Storage, image_id: uuid.UUID
) -> tuple[QuestionImage, bytes]:
    """An image's record and bytes, or ImageNotFound."""
    image = await QuestionImageRepository.from_session(session).get_by_id(image_id)
    if image is None:
        raise ImageNotFound(f"No image {image_id}", field="image_id")
    try:
        data = await storage.get(image.storage_key)
    except StorageError:
        raise ImageNotFound(f"Image {image_id} is missing from storage") from None
    return image, data


# --- statistics -------------------------------------------------------------------------------


async def statistics(
    session: AsyncSession, question_id: uuid.UUID
) -> tuple[QuestionVersion, ItemStatistics]:
    """Item analysis of the published version (else the latest) from recorded responses."""
    repository = QuestionVersionRepository.from_session(session)
    version = await repository.published_of(question_id) or await get_question(session, question_id)
    # Responses belong to the assessments domain (which itself builds on this one).
    from gurukul.assessments import service as assessments_service

    responses = await assessments_service.responses_for_version(session, version.id)
    return version, item_statistics(
        responses,
        option_ids=[option["id"] for option in version.options],
        key_ids=[option["id"] for option in version.options if option["correct"]],
    )
