"""Importing and exporting question files on both databases: all or nothing, duplicates,
concept maps, dry runs, malformed input of every format, and round trips."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from anyio import to_thread
from sqlalchemy.ext.asyncio import AsyncSession
from typer.testing import CliRunner

from gurukul.core.config import get_settings
from gurukul.questions import commands
from gurukul.questions import service as questions_service
from gurukul.questions.draft import (
    NumericAnswer,
    OptionDraft,
    QuestionDraft,
    QuestionType,
    TemplateSpec,
    TemplateVariable,
)
from gurukul.questions.errors import InvalidQuestion, UnknownFormat
from gurukul.questions.formats import FORMATS
from gurukul.questions.importing import (
    CONCEPT_UNKNOWN,
    apply_concept_map,
    export_questions,
    import_questions,
    load_concept_map,
    report_dict,
)
from gurukul.questions.models import Question, QuestionVersion
from gurukul.questions.repository import QuestionFilters, QuestionVersionRepository
from tests.questions.test_service import NOW, count, load_curriculum

runner = CliRunner()

pytestmark = pytest.mark.anyio

DUMPABLE = sorted(name for name, fmt in FORMATS.items() if fmt.dump is not None)


@pytest.fixture
async def curriculum(session: AsyncSession) -> None:
    await load_curriculum(session)


def sample_drafts(*, with_template: bool) -> list[QuestionDraft]:
    drafts = [
        QuestionDraft(
            type=QuestionType.SINGLE,
            text="The work done by kinetic friction on a sliding block is",
            options=[
                OptionDraft("A", "negative", correct=True, feedback="It opposes motion."),
                OptionDraft("B", "positive", misconception="sign error in work done by friction"),
                OptionDraft("C", "zero"),
            ],
            explanation="$W = -\\mu m g d$",
            concepts=["PHY.MECH.WORK", "PHY.MECH.FRICTION"],
            difficulty="EASY",  # type: ignore[arg-type]
            source="Gurukul demo",
            year=2024,
            category="Physics/Work",
            tags=["friction"],
            title="Friction work",
        ),
        QuestionDraft(
            type=QuestionType.MULTIPLE,
            text="Which are derivatives of $x^2$ at some point? Café ünïcode ✓",
            options=[
                OptionDraft("A", "$2x$", correct=True),
                OptionDraft("B", "$x$"),
                OptionDraft("C", "$2$ at $x=1$", correct=True),
            ],
            marking="jee_advanced",
            concepts=["MATH.CALC.DERIVATIVE"],
        ),
        QuestionDraft(
            type=QuestionType.INTEGER,
            text="How many newtons is 2 kg at 5 m/s²?",
            numeric=NumericAnswer(10.0),
            concepts=["PHY.MECH"],
        ),
        QuestionDraft(
            type=QuestionType.NUMERIC,
            text="g in m/s² to two decimals",
            numeric=NumericAnswer(9.81, 0.01),
            concepts=["PHY.MECH"],
            difficulty="HARD",  # type: ignore[arg-type]
        ),
        QuestionDraft(
            type=QuestionType.TRUE_FALSE,
            text="Static friction can do zero work.",
            truth=True,
            concepts=["PHY.MECH.FRICTION"],
        ),
    ]
    if with_template:
        drafts.append(
            QuestionDraft(
                type=QuestionType.TEMPLATE,
                text="A {{m}} kg mass at {{a}} m/s². Force?",
                template=TemplateSpec(
                    [TemplateVariable("m", 1, 10), TemplateVariable("a", 1, 5)],
                    "m * a",
                    answer_kind="integer",
                ),
                concepts=["PHY.MECH"],
            )
        )
    return [QuestionDraft.from_dict(d.to_dict()) for d in drafts]  # enums normalised


def as_json(drafts: list[QuestionDraft]) -> str:
    return FORMATS["json"].dump(drafts)  # type: ignore[misc]


async def stored_drafts(session: AsyncSession) -> list[QuestionDraft]:
    versions = await QuestionVersionRepository.from_session(session).latest_matching(
        QuestionFilters()
    )
    return [questions_service.to_draft(v) for v in versions]


async def empty_bank(session: AsyncSession) -> None:
    for version in await QuestionVersionRepository.from_session(session).latest_matching(
        QuestionFilters()
    ):
        await questions_service.delete_question(session, version.question_id)
    await session.commit()


@pytest.mark.usefixtures("curriculum")
class TestImport:
    async def test_creates_drafts_in_file_order(self, session: AsyncSession) -> None:
        drafts = sample_drafts(with_template=True)
        report = await import_questions(session, as_json(drafts), fmt="json", now=NOW)
        await session.commit()
        assert report.ok
        assert report.applied
        assert (report.items, report.created, report.errors) == (6, 6, 0)
        assert len(report.question_ids) == 6
        assert await stored_drafts(session) == drafts
        versions = await QuestionVersionRepository.from_session(session).latest_matching(
            QuestionFilters()
        )
        assert {v.status for v in versions} == {"draft"}
        assert versions[0].subject_code == "PHY"

    async def test_dry_run_imports_nothing(self, session: AsyncSession) -> None:
        drafts = sample_drafts(with_template=False)
        report = await import_questions(session, as_json(drafts), fmt="json", dry_run=True, now=NOW)
        assert report.ok
        assert not report.applied
        assert report.would_create == 5
        assert [line.outcome for line in report.lines] == ["would_create"] * 5
        assert await count(session, QuestionVersion) == 0

    async def test_duplicates_in_file_and_in_bank_are_skipped(self, session: AsyncSession) -> None:
        first, second = sample_drafts(with_template=False)[:2]
        await import_questions(session, as_json([first]), fmt="json", now=NOW)
        await session.commit()
        report = await import_questions(
            session, as_json([first, second, second]), fmt="json", now=NOW
        )
        await session.commit()
        assert (report.created, report.duplicates, report.errors) == (1, 2, 0)
        reasons = [line.reason for line in report.lines if line.outcome == "duplicate"]
        assert "already in the bank" in reasons[0]
        assert "same as #2 (line" in reasons[1]
        assert await count(session, Question) == 2

    async def test_any_error_imports_nothing(self, session: AsyncSession) -> None:
        good = sample_drafts(with_template=False)
        bad = {
            "type": "single",
            "text": "No key here",
            "options": [{"id": "A", "text": "x"}, {"id": "B", "text": "y"}],
        }
        text = json.dumps([*json.loads(as_json(good)), bad])
        report = await import_questions(session, text, fmt="json", now=NOW)
        assert not report.ok
        assert not report.applied
        assert report.created == 0
        errors = [line for line in report.lines if line.outcome == "error"]
        assert [(e.ref, e.line) for e in errors] == [("#6", errors[0].line)]
        assert errors[0].line is not None
        assert "no correct answer" in errors[0].reason
        assert await count(session, QuestionVersion) == 0

    async def test_unknown_concept_is_an_error(self, session: AsyncSession) -> None:
        draft = sample_drafts(with_template=False)[0]
        draft.concepts = ["PHY.NOPE"]
        report = await import_questions(session, as_json([draft]), fmt="json", now=NOW)
        assert report.errors == 1
        assert "unknown concept PHY.NOPE" in report.lines[0].reason

    async def test_no_concept_is_a_warning(self, session: AsyncSession) -> None:
        draft = sample_drafts(with_template=False)[0]
        draft.concepts = []
        report = await import_questions(session, as_json([draft]), fmt="json", now=NOW)
        assert report.ok
        assert report.created == 1
        assert [(line.outcome, line.reason) for line in report.lines] == [
            ("warning", CONCEPT_UNKNOWN),
            ("created", ""),
        ]

    async def test_progress_reaches_total(self, session: AsyncSession) -> None:
        calls: list[tuple[int, int]] = []
        drafts = sample_drafts(with_template=False)
        await import_questions(
            session,
            as_json(drafts),
            fmt="json",
            now=NOW,
            progress=lambda d, t: calls.append((d, t)),
        )
        assert calls[-1] == (10, 10)
        assert [d for d, _ in calls] == sorted(d for d, _ in calls)

    async def test_unknown_format(self, session: AsyncSession) -> None:
        with pytest.raises(UnknownFormat) as caught:
            await import_questions(session, "", fmt="docx", now=NOW)
        assert "gift" in caught.value.message

    async def test_report_as_plain_data(self, session: AsyncSession) -> None:
        report = await import_questions(session, "[]", fmt="json", dry_run=True, now=NOW)
        assert report_dict(report)["format"] == "json"
        assert report_dict(report)["lines"] == []


@pytest.mark.usefixtures("curriculum")
class TestConceptMap:
    GIFT = (
        "$CATEGORY: $course$/Physics/Friction\n\n"
        "::F1:: Kinetic friction does negative work {T}\n\n"
        "// [tag:work]\n::F2:: Work is a vector {F}\n"
    )

    async def test_category_and_tags_map_to_concepts(self, session: AsyncSession) -> None:
        mapping = load_concept_map("Friction: PHY.MECH.FRICTION\nwork: PHY.MECH.WORK\n")
        report = await import_questions(
            session, self.GIFT, fmt="gift", concept_map=mapping, now=NOW
        )
        await session.commit()
        assert report.ok, report.lines
        drafts = await stored_drafts(session)
        assert [d.concepts for d in drafts] == [
            ["PHY.MECH.FRICTION"],
            ["PHY.MECH.FRICTION", "PHY.MECH.WORK"],
        ]

    async def test_map_naming_an_unknown_concept_is_an_error(self, session: AsyncSession) -> None:
        report = await import_questions(
            session, self.GIFT, fmt="gift", concept_map={"Friction": "PHY.NOPE"}, now=NOW
        )
        assert not report.ok
        assert report.lines[0].ref == "concept-map"
        assert await count(session, QuestionVersion) == 0


class TestConceptMapFile:
    def test_json_map_is_read_too(self) -> None:
        assert load_concept_map(json.dumps({"a": "X.Y"})) == {"a": "X.Y"}
        assert load_concept_map("") == {}

    @pytest.mark.parametrize("text", ["- a\n- b\n", "a: [1, 2]\n", "a: {b: c\n"])
    def test_bad_map_is_refused(self, text: str) -> None:
        with pytest.raises(ValueError, match="concept map"):
            load_concept_map(text)

    def test_without_map_the_draft_is_unchanged(self) -> None:
        draft = sample_drafts(with_template=False)[0]
        assert apply_concept_map(draft, None) is draft
        assert apply_concept_map(draft, {"nothing": "X.Y"}) is draft


# Each malformed input names the bad item and imports nothing, good items included.
MALFORMED = {
    "gift-unclosed-brace": (
        "gift",
        "::Good:: Kinetic friction opposes motion {T}\n\n::Broken:: What is 2+2? {=4 ~5\n",
        "Broken",
        "unclosed",
    ),
    "gift-no-correct-answer": (
        "gift",
        "::Good:: Kinetic friction opposes motion {T}\n\n::NoKey:: Pick one {~a ~b}\n",
        "NoKey",
        "correct",
    ),
    "moodle-xml-truncated": (
        "moodle-xml",
        '<?xml version="1.0"?>\n<quiz>\n<question type="truefalse"><name><text>T</text>'
        "</name><questiontext><text>Sky is blue</text></questiontext>",
        "file",
        "",
    ),
    "qti-truncated": (
        "qti",
        '<?xml version="1.0"?>\n<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1"'
        ' identifier="q1" title="Q"><itemBody><choiceInteraction',
        "file",
        "",
    ),
    "csv-missing-column": (
        "csv",
        "type,text,option_a,option_b\nsingle,Pick one,a,b\n",
        "header",
        "correct",
    ),
    "json-template-divides-by-zero": (
        "json",
        json.dumps(
            [
                {"type": "true_false", "text": "Fine", "truth": True},
                {
                    "type": "template",
                    "text": "x={{x}}",
                    "title": "DivZero",
                    "template": {
                        "variables": [{"name": "x", "min": 0, "max": 3}],
                        "answer_formula": "1 / x",
                    },
                },
            ]
        ),
        "DivZero",
        "division by zero",
    ),
    "json-template-unknown-variable": (
        "json",
        json.dumps(
            [
                {"type": "true_false", "text": "Fine", "truth": True},
                {
                    "type": "template",
                    "text": "x={{x}}",
                    "template": {
                        "variables": [{"name": "x", "min": 1, "max": 3}],
                        "answer_formula": "x * y",
                    },
                },
            ]
        ),
        "#2",
        "y",
    ),
}

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
    ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n'
    '<quiz><question type="truefalse"><questiontext><text>&lol3;</text></questiontext>'
    '<answer fraction="100"><text>true</text></answer>'
    '<answer fraction="0"><text>false</text></answer></question></quiz>'
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    '<quiz><question type="truefalse"><questiontext><text>&xxe;</text></questiontext>'
    '<answer fraction="100"><text>true</text></answer>'
    '<answer fraction="0"><text>false</text></answer></question></quiz>'
)


@pytest.mark.usefixtures("curriculum")
class TestMalformedInput:
    @pytest.mark.parametrize("case", sorted(MALFORMED))
    async def test_reports_item_and_imports_nothing(self, session: AsyncSession, case: str) -> None:
        fmt, text, ref, reason = MALFORMED[case]
        report = await import_questions(session, text, fmt=fmt, now=NOW)
        await session.commit()
        assert not report.ok
        assert not report.applied
        errors = [line for line in report.lines if line.outcome == "error"]
        assert any(e.ref == ref and reason in e.reason for e in errors), report.lines
        assert await count(session, QuestionVersion) == 0

    @pytest.mark.parametrize("fmt", ["moodle-xml", "qti"])
    @pytest.mark.parametrize("text", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["laughs", "xxe"])
    async def test_dangerous_xml_is_refused(
        self, session: AsyncSession, fmt: str, text: str
    ) -> None:
        report = await import_questions(session, text, fmt=fmt, now=NOW)
        assert not report.ok
        assert report.lines[0].ref == "file"
        assert "refused" in report.lines[0].reason
        assert "lollol" not in report.lines[0].reason  # never expanded
        assert "root:" not in report.lines[0].reason  # never read
        assert await count(session, QuestionVersion) == 0


@pytest.mark.usefixtures("curriculum")
class TestExport:
    @pytest.mark.parametrize("fmt", DUMPABLE)
    async def test_round_trip_into_an_empty_bank(self, session: AsyncSession, fmt: str) -> None:
        drafts = sample_drafts(with_template=fmt == "json")
        report = await import_questions(session, as_json(drafts), fmt="json", now=NOW)
        await session.commit()
        assert report.ok
        exported = await export_questions(session, fmt=fmt)
        await empty_bank(session)
        assert await count(session, QuestionVersion) == 0
        again = await import_questions(session, exported, fmt=fmt, now=NOW)
        await session.commit()
        assert again.ok, again.lines
        assert await stored_drafts(session) == drafts

    async def test_filters_choose_what_is_exported(self, session: AsyncSession) -> None:
        await import_questions(
            session, as_json(sample_drafts(with_template=False)), fmt="json", now=NOW
        )
        text = await export_questions(session, fmt="json", filters=QuestionFilters(subject="MATH"))
        assert [d["type"] for d in json.loads(text)] == ["multiple"]

    async def test_template_cannot_be_exported_as_gift(self, session: AsyncSession) -> None:
        await import_questions(
            session, as_json(sample_drafts(with_template=True)), fmt="json", now=NOW
        )
        with pytest.raises(InvalidQuestion) as caught:
            await export_questions(session, fmt="gift")
        assert caught.value.code == "export_failed"

    async def test_import_only_format_cannot_be_exported(self, session: AsyncSession) -> None:
        with pytest.raises(UnknownFormat):
            await export_questions(session, fmt="jeebench")


@pytest.mark.shared_data
@pytest.mark.usefixtures("curriculum")
class TestJeeBench:
    async def test_all_items_import_untagged_with_subject(
        self, session: AsyncSession, shared_data: Path
    ) -> None:
        text = (shared_data / "jeebench" / "dataset.json").read_text(encoding="utf-8")
        report = await import_questions(session, text, fmt="jeebench", now=NOW)
        await session.commit()
        assert report.ok, [line for line in report.lines if line.outcome == "error"][:5]
        assert report.created + report.duplicates == report.items == 515
        unknown = [line for line in report.lines if line.reason == CONCEPT_UNKNOWN]
        assert len(unknown) == report.created
        versions = await QuestionVersionRepository.from_session(session).latest_matching(
            QuestionFilters(source="JEE Advanced")
        )
        assert len(versions) == report.created
        assert {v.subject_code for v in versions} == {"PHY", "MATH", None}
        assert all(v.concept_ids == [] for v in versions)

    async def test_second_import_is_all_duplicates(
        self, session: AsyncSession, shared_data: Path
    ) -> None:
        text = (shared_data / "jeebench" / "dataset.json").read_text(encoding="utf-8")
        first = await import_questions(session, text, fmt="jeebench", now=NOW)
        await session.commit()
        second = await import_questions(session, text, fmt="jeebench", dry_run=True, now=NOW)
        assert second.created == second.would_create == 0
        assert second.duplicates == 515
        assert first.created > 500


GIFT_FILE = (
    "$CATEGORY: $course$/Physics/Friction\n\n"
    "::F1:: Kinetic friction does negative work {T}\n\n"
    "::F2:: Work is a vector {F}\n\n"
    "::F2again:: Work is a vector {F}\n"
)


@pytest.fixture
def cli_env(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The commands open their own unit of work from GURUKUL_* settings."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GURUKUL_ENV", "testing")
    monkeypatch.setenv("GURUKUL_DATABASE_URL", database_url)
    monkeypatch.setenv("GURUKUL_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setattr(commands.console, "width", 200)
    monkeypatch.setattr(commands.err_console, "width", 200)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.mark.usefixtures("curriculum", "cli_env")
class TestCommands:
    async def test_import_with_map_then_export(self, session: AsyncSession, tmp_path: Path) -> None:
        source = tmp_path / "bank.gift"
        source.write_text(GIFT_FILE, encoding="utf-8")
        mapping = tmp_path / "map.yaml"
        mapping.write_text("Friction: PHY.MECH.FRICTION\n", encoding="utf-8")
        dry = await to_thread.run_sync(
            runner.invoke,
            commands.import_app,
            [
                "questions",
                str(source),
                "--format",
                "gift",
                "--concept-map",
                str(mapping),
                "--dry-run",
            ],
        )
        assert dry.exit_code == 0, dry.output
        assert "2 would create, 1 duplicate(s) skipped" in dry.output
        assert await count(session, QuestionVersion) == 0
        await session.commit()
        done = await to_thread.run_sync(
            runner.invoke,
            commands.import_app,
            ["questions", str(source), "--format", "gift", "--concept-map", str(mapping)],
        )
        assert done.exit_code == 0, done.output
        assert "Imported 2 question(s)" in done.output
        assert "same as F2" in done.output
        out = tmp_path / "out.json"
        exported = await to_thread.run_sync(
            runner.invoke, commands.export_app, ["questions", "--format", "json", "--out", str(out)]
        )
        assert exported.exit_code == 0, exported.output
        assert [d["concepts"] for d in json.loads(out.read_text())] == [
            ["PHY.MECH.FRICTION"],
            ["PHY.MECH.FRICTION"],
        ]

    async def test_bad_file_exits_1_and_imports_nothing(
        self, session: AsyncSession, tmp_path: Path
    ) -> None:
        source = tmp_path / "bad.gift"
        source.write_text("::Broken:: What? {=a ~b\n", encoding="utf-8")
        result = await to_thread.run_sync(
            runner.invoke, commands.import_app, ["questions", str(source), "--format", "gift"]
        )
        assert result.exit_code == 1
        assert "Broken" in result.output
        assert "Nothing was imported" in result.output
        assert await count(session, QuestionVersion) == 0

    async def test_unknown_format_and_bad_map(self, tmp_path: Path) -> None:
        source = tmp_path / "x.txt"
        source.write_text("", encoding="utf-8")
        wrong = await to_thread.run_sync(
            runner.invoke, commands.import_app, ["questions", str(source), "--format", "docx"]
        )
        assert wrong.exit_code == 2
        mapping = tmp_path / "map.yaml"
        mapping.write_text("- not a mapping\n", encoding="utf-8")
        bad_map = await to_thread.run_sync(
            runner.invoke,
            commands.import_app,
            ["questions", str(source), "--format", "gift", "--concept-map", str(mapping)],
        )
        assert bad_map.exit_code == 1
        assert "concept map" in bad_map.output
        no_export = await to_thread.run_sync(
            runner.invoke, commands.export_app, ["questions", "--format", "jeebench"]
        )
        assert no_export.exit_code == 1
