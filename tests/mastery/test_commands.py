import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner, Result

from gurukul.mastery import commands, evaluation

HEADER = "student_id,skill_id,correct,timestamp\n"
SCORES = {"auc", "rmse", "logloss"}

root = typer.Typer()
root.add_typer(commands.app)
runner = CliRunner()


def invoke(*args: str | Path | float) -> Result:
    return runner.invoke(root, ["mastery", *map(str, args)])


@pytest.fixture(autouse=True)
def wide_console(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wide enough that rich tables do not wrap the text the tests look for."""
    for console in (commands.console, commands.err_console):
        monkeypatch.setattr(console, "width", 200)


@pytest.fixture(scope="module")
def simulated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("sim")
    log, truth = folder / "log.csv", folder / "truth.json"
    result = invoke(
        "simulate", "--out", log, "--students", 300, "--skills", 4, "--seed", 1, "--truth", truth
    )
    assert result.exit_code == 0, result.output
    return log, truth


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


class TestSimulate:
    def test_writes_the_log_and_the_truth(self, simulated: tuple[Path, Path]) -> None:
        log, truth = simulated
        lines = log.read_text(encoding="utf-8").splitlines()
        assert lines[0] == HEADER.strip()
        assert len(lines) == 1 + 300 * 4 * 10
        assert lines[1] == "sim000,skill1,1,0"
        assert sorted(read_json(truth)) == ["skill1", "skill2", "skill3", "skill4"]

    def test_same_seed_same_log(self, simulated: tuple[Path, Path], tmp_path: Path) -> None:
        again = tmp_path / "again.csv"
        result = invoke("simulate", "--out", again, "--students", 300, "--skills", 4, "--seed", 1)
        assert result.exit_code == 0
        assert "Wrote 12,000 answers of 300 students on 4 skills" in result.output
        assert again.read_bytes() == simulated[0].read_bytes()


@pytest.fixture(scope="module")
def fitted(
    simulated: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Result]:
    params = tmp_path_factory.mktemp("fit") / "params.json"
    result = invoke(
        "fit", "--interactions", simulated[0], "--out", params, "--holdout-fraction", 0.2
    )
    assert result.exit_code == 0, result.output
    return params, result


class TestFitThenEvaluate:
    def test_fit_reports_and_records_the_hold_out(self, fitted: tuple[Path, Result]) -> None:
        params, result = fitted
        assert "students held out" in result.output
        assert f"Wrote {params}" in result.output
        data = read_json(params)["data"]
        assert data["holdout"] == {"fraction": 0.2, "seed": 0, "students": 60}
        assert data["rows"] == 12_000
        assert len(data["sha256"]) == 64

    def test_fit_recovers_the_simulated_bkt_parameters(
        self, fitted: tuple[Path, Result], simulated: tuple[Path, Path]
    ) -> None:
        fitted_bkt = read_json(fitted[0])["bkt"]["skills"]
        for skill, truth in read_json(simulated[1]).items():
            for name, value in truth.items():
                assert fitted_bkt[skill][name] == pytest.approx(value, abs=0.07), (skill, name)

    def test_evaluate_scores_only_the_held_out_students(
        self, fitted: tuple[Path, Result], simulated: tuple[Path, Path], tmp_path: Path
    ) -> None:
        out = tmp_path / "scores.json"
        result = invoke(
            "evaluate", "--interactions", simulated[0], "--params", fitted[0], "--json", out
        )
        assert result.exit_code == 0, result.output
        scores = read_json(out)
        assert set(scores) == {"model", "baselines", "n", "protocol"}
        assert set(scores["model"]) == SCORES
        assert set(scores["baselines"]) == {"global_mean", "per_skill_mean", "bkt"}
        assert all(set(s) == SCORES for s in scores["baselines"].values())
        assert scores["n"] == 60 * 4 * 10
        assert scores["protocol"]["split"] == "students held out by `fit`"
        assert scores["protocol"]["train_students"] == 240
        for name in ("global_mean", "per_skill_mean"):
            assert scores["model"]["auc"] > scores["baselines"][name]["auc"]
            assert scores["model"]["logloss"] < scores["baselines"][name]["logloss"]
        assert "Model (logistic over BKT and counts)" in result.output
        assert "2,400 answers of 60 students" in result.output

    def test_evaluate_on_another_file_uses_all_its_rows(
        self, fitted: tuple[Path, Result], tmp_path: Path
    ) -> None:
        other, out = tmp_path / "other.csv", tmp_path / "scores.json"
        invoke("simulate", "--out", other, "--students", 20, "--skills", 4, "--seed", 9)
        result = invoke("evaluate", "--interactions", other, "--params", fitted[0], "--json", out)
        assert result.exit_code == 0, result.output
        assert read_json(out)["n"] == 20 * 4 * 10
        assert read_json(out)["protocol"]["split"] == "none: every row of the file"
        assert "in-sample" not in result.output


class TestEvaluateAlone:
    def test_splits_by_student_itself(self, simulated: tuple[Path, Path], tmp_path: Path) -> None:
        out = tmp_path / "scores.json"
        result = invoke(
            "evaluate", "--interactions", simulated[0], "--json", out, "--test-fraction", 0.25
        )
        assert result.exit_code == 0, result.output
        protocol = read_json(out)["protocol"]
        assert protocol == {
            "split": "by student",
            "test_fraction": 0.25,
            "seed": 0,
            "train_students": 225,
            "test_students": 75,
        }

    def test_params_fitted_on_the_same_rows_warn(self, tmp_path: Path) -> None:
        log, params = tmp_path / "log.csv", tmp_path / "params.json"
        invoke("simulate", "--out", log, "--students", 30, "--skills", 2, "--seed", 4)
        assert invoke("fit", "--interactions", log, "--out", params).exit_code == 0
        result = invoke("evaluate", "--interactions", log, "--params", params)
        assert result.exit_code == 0, result.output
        assert "the scores are in-sample and optimistic" in result.output

    def test_max_students_keeps_the_first_ones(
        self, simulated: tuple[Path, Path], tmp_path: Path
    ) -> None:
        out, params = tmp_path / "scores.json", tmp_path / "params.json"
        fit = invoke(
            "fit",
            "--interactions",
            simulated[0],
            "--out",
            params,
            "--max-students",
            50,
            "--test-fraction",
            0.2,
        )
        assert fit.exit_code == 0, fit.output
        assert read_json(params)["data"]["students"] == 50
        result = invoke(
            "evaluate", "--interactions", simulated[0], "--params", params, "--json", out
        )
        assert result.exit_code == 0, result.output
        assert read_json(out)["n"] == 10 * 4 * 10  # the recorded subset, then its hold-out


class TestBadInput:
    @pytest.mark.parametrize(
        ("content", "message"),
        [
            ("", "is empty: expected the header student_id,skill_id,correct,timestamp"),
            (HEADER, "has a header but no interactions"),
            ("student_id,skill_id,timestamp\ns1,a,0\n", "missing column correct"),
            ("skill_id,student_id,correct,timestamp\n", "columns out of order"),
            (HEADER + "s1,a,yes,0\n", "line 2: correct must be 0 or 1, got 'yes'"),
            (HEADER + "s1,a,1,0\ns1,a,2,1\n", "line 3: correct must be 0 or 1, got '2'"),
            (HEADER + "s1,a,1\n", "line 2: 3 fields, expected 4"),
            (HEADER + "s1,a,1,noon\n", "line 2: timestamp must be a number, got 'noon'"),
            (HEADER + "s1,a,1,5\ns1,a,0,2\n", "line 3: the rows of student 's1' are not in"),
        ],
    )
    @pytest.mark.parametrize("command", ["fit", "evaluate"])
    def test_bad_log_exits_1_with_a_clear_message(
        self, tmp_path: Path, command: str, content: str, message: str
    ) -> None:
        log = tmp_path / "log.csv"
        log.write_text(content, encoding="utf-8")
        extra = ["--out", str(tmp_path / "p.json")] if command == "fit" else []
        result = invoke(command, "--interactions", log, *extra)
        assert result.exit_code == 1
        assert message in result.output
        assert isinstance(result.exception, SystemExit)  # no traceback
        assert not (tmp_path / "p.json").exists()

    def test_missing_file(self, tmp_path: Path) -> None:
        result = invoke("evaluate", "--interactions", tmp_path / "nope.csv")
        assert result.exit_code == 1
        assert "nope.csv: no such file" in result.output

    def test_unreadable_file(self, tmp_path: Path) -> None:
        log = tmp_path / "log.csv"
        log.write_bytes(b"\xff\xfe\x00bad")
        result = invoke("evaluate", "--interactions", log)
        assert result.exit_code == 1
        assert "Cannot read" in result.output

    def test_bad_bytes_after_the_header(self, tmp_path: Path) -> None:
        log = tmp_path / "log.csv"
        valid = "".join(f"s1,a,1,{t}\n" for t in range(3000))  # past the first decoded chunk
        log.write_bytes(HEADER.encode() + valid.encode() + b"s\xff,a,1,1\n")
        result = invoke("evaluate", "--interactions", log)
        assert result.exit_code == 1
        assert "Cannot read" in result.output
        assert isinstance(result.exception, SystemExit)

    def test_other_loader_errors_pass_through(
        self, simulated: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def fail(path: object) -> None:
            raise ValueError("something new")

        monkeypatch.setattr(evaluation, "load_interactions", fail)
        result = invoke("evaluate", "--interactions", simulated[0])
        assert result.exit_code == 1
        assert f"{simulated[0]}: something new" in result.output

    def test_one_student_cannot_be_split(self, tmp_path: Path) -> None:
        log = tmp_path / "log.csv"
        log.write_text(HEADER + "s1,a,1,0\ns1,a,0,1\n", encoding="utf-8")
        evaluated = invoke("evaluate", "--interactions", log)
        assert evaluated.exit_code == 1
        assert "too few students" in evaluated.output
        fitted = invoke(
            "fit", "--interactions", log, "--out", tmp_path / "p.json", "--holdout-fraction", 0.9
        )
        assert fitted.exit_code == 1
        assert "the hold-out leaves no students to fit on" in fitted.output

    def test_scores_need_both_outcomes(self, tmp_path: Path) -> None:
        log, params = tmp_path / "log.csv", tmp_path / "params.json"
        log.write_text(HEADER + "s1,a,1,0\ns1,a,0,1\ns2,a,1,0\n", encoding="utf-8")
        assert invoke("fit", "--interactions", log, "--out", params).exit_code == 0
        only_right = tmp_path / "right.csv"
        only_right.write_text(HEADER + "s3,a,1,0\ns3,a,1,1\n", encoding="utf-8")
        result = invoke("evaluate", "--interactions", only_right, "--params", params)
        assert result.exit_code == 1
        assert "AUC needs at least one positive and one negative answer" in result.output

    @pytest.mark.parametrize(
        "content", ["not json", "{}", '{"model": {"format": "other"}}', "[1, 2]"]
    )
    def test_bad_params_file(
        self, simulated: tuple[Path, Path], tmp_path: Path, content: str
    ) -> None:
        params = tmp_path / "params.json"
        params.write_text(content, encoding="utf-8")
        result = invoke("evaluate", "--interactions", simulated[0], "--params", params)
        assert result.exit_code == 1
        assert "is not a parameters file from `gurukul mastery fit`" in result.output

    def test_missing_params_file(self, simulated: tuple[Path, Path], tmp_path: Path) -> None:
        result = invoke("evaluate", "--interactions", simulated[0], "--params", tmp_path / "x")
        assert result.exit_code == 1
        assert "Cannot read" in result.output


@pytest.mark.shared_data
def test_assistments_model_beats_both_baselines(shared_data: Path, tmp_path: Path) -> None:
    """ASSISTments 2009, first 400 students, 20 % of them held out by `fit`: about 4 s."""
    log = shared_data / "assist2009" / "train.csv"
    params, out = tmp_path / "params.json", tmp_path / "scores.json"
    fit = invoke(
        "fit", "--interactions", log, "--out", params, "--holdout-fraction", 0.2,
        "--max-students", 400,
    )  # fmt: skip
    assert fit.exit_code == 0, fit.output
    result = invoke("evaluate", "--interactions", log, "--params", params, "--json", out)
    assert result.exit_code == 0, result.output
    scores = read_json(out)
    assert scores["protocol"]["test_students"] == 80
    model = scores["model"]
    assert model["auc"] > 0.72, scores
    for name in ("global_mean", "per_skill_mean", "bkt"):
        baseline = scores["baselines"][name]
        assert model["auc"] > baseline["auc"], scores
        assert model["rmse"] < baseline["rmse"], scores
        assert model["logloss"] < baseline["logloss"], scores
