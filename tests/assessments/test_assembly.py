import random
from collections import Counter
from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gurukul.assessments import assembly
from gurukul.assessments.assembly import Blueprint, Candidate, Form
from gurukul.mastery import irt

TODAY = date(2025, 3, 3)  # a Monday
SUBJECTS = ("PHY", "CHEM", "MATH")
LAYERS = {f"{s}.C{k}": 1 + k // 2 for s in SUBJECTS for k in range(6)}  # layers 1, 1, 2, 2, 3, 3
WEIGHTS = {concept: 0.02 + 0.01 * int(concept[-1]) for concept in LAYERS}
BLUEPRINT = Blueprint({"PHY": 5, "CHEM": 5, "MATH": 5})


def bank(per_concept: int = 6, seed: int = 0) -> list[Candidate]:
    rng = np.random.default_rng(seed)
    items = []
    for concept in LAYERS:
        subject = concept.split(".")[0]
        for j in range(per_concept):
            items.append(
                Candidate(
                    item_id=f"{concept}.Q{j}",
                    subject=subject,
                    concepts=(concept,),
                    a=float(rng.uniform(0.6, 2.0)),
                    b=float(rng.normal(0.0, 1.2)),
                    c=0.2,
                    exposure_count=int(rng.integers(0, 5)),
                    last_seen_by_student=None,
                    reserved_for_monthly=False,
                )
            )
    return items


BANK = bank()


def weekly(candidates: list[Candidate] = BANK, /, **overrides: object) -> Form:
    kwargs: dict[str, object] = {
        "blueprint": BLUEPRINT,
        "candidates": candidates,
        "due_reviews": [],
        "frontier": [],
        "exam_weights": WEIGHTS,
        "ability_by_subject": {},
        "seed": 7,
        "recent_weeks_exclusion": 4,
        "today": TODAY,
        "max_exposure": 100,
    }
    kwargs.update(overrides)
    return assembly.assemble_form(**kwargs)  # type: ignore[arg-type]


def by_id(candidates: list[Candidate] = BANK) -> dict[str, Candidate]:
    return {item.item_id: item for item in candidates}


class TestBlueprint:
    def test_counts_respected_exactly_in_blueprint_order(self) -> None:
        form = weekly()
        subjects = [by_id()[i].subject for i in form.item_ids]
        assert subjects == ["PHY"] * 5 + ["CHEM"] * 5 + ["MATH"] * 5
        assert form.complete
        assert form.shortfall == {}
        assert set(form.reasons) == set(form.item_ids)

    def test_subject_missing_from_the_bank_is_a_shortfall(self) -> None:
        form = weekly(blueprint=Blueprint({"PHY": 2, "BIO": 3}))
        assert len(form.item_ids) == 2
        assert form.shortfall == {"BIO": 3}
        assert not form.complete

    def test_not_enough_items_fills_what_exists(self) -> None:
        small = [item for item in BANK if item.item_id.startswith("PHY.C0.")]
        form = weekly(small, blueprint=Blueprint({"PHY": 10}))
        assert sorted(form.item_ids) == sorted(item.item_id for item in small)
        assert form.shortfall == {"PHY": 4}

    def test_negative_count_rejected(self) -> None:
        with pytest.raises(ValueError, match="negative"):
            Blueprint({"PHY": -1})


class TestEligibility:
    def test_reserved_items_are_never_used_even_when_short(self) -> None:
        reserved = [item._replace(reserved_for_monthly=True) for item in BANK[:6]]
        form = weekly(reserved, blueprint=Blueprint({"PHY": 3}))
        assert form.item_ids == ()
        assert form.shortfall == {"PHY": 3}

    def test_items_seen_within_the_window_are_excluded(self) -> None:
        window = [
            BANK[0]._replace(last_seen_by_student=TODAY - timedelta(weeks=4) + timedelta(1)),
            BANK[1]._replace(last_seen_by_student=TODAY - timedelta(weeks=4)),  # just outside
            BANK[2]._replace(last_seen_by_student=TODAY - timedelta(weeks=30)),
        ]
        form = weekly(window, blueprint=Blueprint({"PHY": 3}))
        assert sorted(form.item_ids) == sorted([BANK[1].item_id, BANK[2].item_id])
        assert form.shortfall == {"PHY": 1}

    def test_zero_week_window_excludes_nothing_seen_before_today(self) -> None:
        seen = [BANK[0]._replace(last_seen_by_student=TODAY)]
        form = weekly(seen, blueprint=Blueprint({"PHY": 1}), recent_weeks_exclusion=0)
        assert form.item_ids == (BANK[0].item_id,)

    def test_item_listed_twice_rejected(self) -> None:
        with pytest.raises(ValueError, match="listed twice"):
            weekly([BANK[0], BANK[0]])

    @pytest.mark.parametrize(
        ("overrides", "message"),
        [
            ({"recent_weeks_exclusion": -1}, "recent_weeks_exclusion"),
            ({"max_exposure": 0}, "max_exposure"),
        ],
    )
    def test_bad_settings_rejected(self, overrides: dict[str, object], message: str) -> None:
        with pytest.raises(ValueError, match=message):
            weekly(**overrides)


class TestExposureControl:
    def test_items_at_the_cap_are_skipped_while_others_fit(self) -> None:
        capped = [item._replace(exposure_count=10 if i % 2 else 0) for i, item in enumerate(BANK)]
        form = weekly(capped, max_exposure=10)
        assert all(by_id(capped)[i].exposure_count == 0 for i in form.item_ids)

    def test_capped_items_fill_when_nothing_else_fits(self) -> None:
        phy = [item for item in BANK if item.subject == "PHY"][:4]
        capped = [item._replace(exposure_count=50 + i) for i, item in enumerate(phy[:3])]
        form = weekly([*capped, phy[3]], blueprint=Blueprint({"PHY": 3}), max_exposure=10)
        assert form.item_ids[0] == phy[3].item_id
        assert list(form.item_ids[1:]) == [capped[0].item_id, capped[1].item_id]  # least used
        assert form.reasons[capped[0].item_id].endswith(
            "(used 50 times, cap 10: nothing else fits)"
        )
        assert form.complete

    def test_less_exposed_items_are_preferred_among_the_best(self) -> None:
        twins = [
            Candidate(f"T{i}", "PHY", ("PHY.C0",), 1.0, 0.0, 0.0, 0 if i < 2 else 40, None, False)
            for i in range(assembly.TOP_K)
        ]
        picks = Counter(
            weekly(twins, blueprint=Blueprint({"PHY": 1}), seed=seed).item_ids[0]
            for seed in range(200)
        )
        fresh = picks["T0"] + picks["T1"]
        assert fresh > 180  # weights 1 vs 1/41: about 197 of 200

    def test_only_the_top_k_by_information_are_drawn(self) -> None:
        spread = [
            Candidate(f"Q{i:02d}", "PHY", ("PHY.C0",), 1.5, -3.0 + 0.3 * i, 0.0, 0, None, False)
            for i in range(20)
        ]
        info = {q.item_id: float(irt.information(2.0, q.a, q.b, q.c)) for q in spread}
        best = sorted(info, key=info.__getitem__, reverse=True)[: assembly.TOP_K]
        for seed in range(20):
            form = weekly(
                spread,
                blueprint=Blueprint({"PHY": 1}),
                ability_by_subject={"PHY": 2.0},
                seed=seed,
            )
            assert form.item_ids[0] in best


class TestSelectionOrder:
    def test_due_reviews_come_first_in_their_order(self) -> None:
        form = weekly(due_reviews=["PHY.C4", "PHY.C1", "MATH.C2"])
        items = by_id()
        phy = [i for i in form.item_ids if items[i].subject == "PHY"]
        assert [items[i].concepts[0] for i in phy[:2]] == ["PHY.C4", "PHY.C1"]
        assert form.reasons[phy[0]] == "Review: PHY.C4 is due"
        math = [i for i in form.item_ids if items[i].subject == "MATH"]
        assert items[math[0]].concepts == ("MATH.C2",)

    def test_reviews_take_at_most_their_share(self) -> None:
        due = [f"PHY.C{k}" for k in range(6)]
        form = weekly(due_reviews=due, blueprint=Blueprint({"PHY": 5}))
        reviews = [i for i in form.item_ids if form.reasons[i].startswith("Review")]
        assert len(reviews) == round(5 * assembly.REVIEW_SHARE)

    def test_frontier_follows_the_reviews(self) -> None:
        form = weekly(
            due_reviews=["PHY.C0"],
            frontier=["PHY.C2", "PHY.C3"],
            blueprint=Blueprint({"PHY": 5}),
        )
        kinds = [form.reasons[i].split(" ")[0] for i in form.item_ids]
        assert kinds == ["Review:", "Frontier:", "Frontier:", "Most", "Most"]
        frontier_concepts = {by_id()[i].concepts[0] for i in form.item_ids[1:3]}
        assert frontier_concepts == {"PHY.C2", "PHY.C3"}
        assert form.reasons[form.item_ids[1]].endswith("of PHY marks)")

    def test_frontier_draws_favour_exam_weight(self) -> None:
        weights = {"PHY.C0": 0.2, "PHY.C1": 0.002}
        firsts = Counter(
            by_id()[
                weekly(
                    frontier=["PHY.C1", "PHY.C0"],
                    exam_weights=weights,
                    blueprint=Blueprint({"PHY": 2}),  # one frontier slot
                    seed=seed,
                ).item_ids[0]
            ].concepts[0]
            for seed in range(100)
        )
        assert firsts["PHY.C0"] > 90

    def test_frontier_cycles_when_concepts_are_few(self) -> None:
        form = weekly(frontier=["PHY.C5"], blueprint=Blueprint({"PHY": 10}))
        frontier = [i for i in form.item_ids if form.reasons[i].startswith("Frontier")]
        assert len(frontier) == 4
        assert {by_id()[i].concepts[0] for i in frontier} == {"PHY.C5"}

    def test_rest_is_most_informative_at_the_ability(self) -> None:
        strong = weekly(ability_by_subject={"PHY": 2.5}, blueprint=Blueprint({"PHY": 5}))
        weak = weekly(ability_by_subject={"PHY": -2.5}, blueprint=Blueprint({"PHY": 5}))
        mean_b = {
            name: np.mean([by_id()[i].b for i in form.item_ids])
            for name, form in (("strong", strong), ("weak", weak))
        }
        assert mean_b["strong"] > 1.0 > -1.0 > mean_b["weak"]
        assert strong.reasons[strong.item_ids[0]].startswith(
            "Most informative at your level (ability +2.50, information "
        )


class TestDeterminism:
    def test_same_seed_same_form_whatever_the_candidates_order(self) -> None:
        shuffled = BANK[:]
        random.Random(1).shuffle(shuffled)
        args = {"due_reviews": ["PHY.C1"], "frontier": ["MATH.C0", "CHEM.C2"]}
        assert weekly(**args) == weekly(shuffled, **args)

    def test_another_seed_gives_another_form(self) -> None:
        assert weekly(seed=1).item_ids != weekly(seed=2).item_ids


class TestBrandNewStudent:
    def test_gets_a_full_form_from_priors(self) -> None:
        foundation = [c for c, layer in LAYERS.items() if layer == 1]
        form = weekly(
            blueprint=Blueprint({"PHY": 8, "CHEM": 8, "MATH": 9}),
            frontier=foundation,
            ability_by_subject={},
        )
        assert len(form.item_ids) == 25
        assert form.complete
        reasons = Counter(form.reasons[i].split(":")[0] for i in form.item_ids)
        assert reasons["Frontier"] == 3 + 3 + 4  # 40 % of each subject, rounded
        assert reasons["Most informative at your level (ability +0.00, information 0.00)"] == 0


@settings(max_examples=40, deadline=None)
@given(
    data=st.data(),
    n_items=st.integers(min_value=0, max_value=30),
    counts=st.tuples(*(st.integers(min_value=0, max_value=8) for _ in SUBJECTS)),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_form_never_holds_duplicates_reserved_or_recent_items(
    data: st.DataObject, n_items: int, counts: tuple[int, ...], seed: int
) -> None:
    concepts = sorted(LAYERS)
    candidates = [
        Candidate(
            item_id=f"I{i}",
            subject=data.draw(st.sampled_from(SUBJECTS)),
            concepts=tuple(data.draw(st.lists(st.sampled_from(concepts), max_size=2))),
            a=data.draw(st.floats(0.2, 3.0)),
            b=data.draw(st.floats(-4.0, 4.0)),
            c=data.draw(st.sampled_from([0.0, 0.2])),
            exposure_count=data.draw(st.integers(0, 20)),
            last_seen_by_student=data.draw(
                st.none() | st.dates(TODAY - timedelta(weeks=10), TODAY)
            ),
            reserved_for_monthly=data.draw(st.booleans()),
        )
        for i in range(n_items)
    ]
    blueprint = Blueprint(dict(zip(SUBJECTS, counts, strict=True)))
    form = weekly(
        candidates,
        blueprint=blueprint,
        due_reviews=data.draw(st.lists(st.sampled_from(concepts), max_size=4)),
        frontier=data.draw(st.lists(st.sampled_from(concepts), max_size=6)),
        ability_by_subject={"PHY": data.draw(st.floats(-3, 3))},
        seed=seed,
        max_exposure=10,
    )
    items = by_id(candidates)
    assert len(set(form.item_ids)) == len(form.item_ids)
    for item_id in form.item_ids:
        item = items[item_id]
        assert not item.reserved_for_monthly
        seen = item.last_seen_by_student
        assert seen is None or seen <= TODAY - timedelta(weeks=4)
    delivered = Counter(items[i].subject for i in form.item_ids)
    for subject, wanted in blueprint.items_per_subject.items():
        assert delivered[subject] + form.shortfall.get(subject, 0) == wanted


class TestDiagnostic:
    def diagnostic(self, candidates: list[Candidate] = BANK, **overrides: object) -> Form:
        kwargs: dict[str, object] = {
            "blueprint": Blueprint({"PHY": 4, "CHEM": 4, "MATH": 6}),
            "candidates": candidates,
            "concept_layers": LAYERS,
            "seed": 3,
            "max_exposure": 100,
        }
        kwargs.update(overrides)
        return assembly.assemble_diagnostic(**kwargs)  # type: ignore[arg-type]

    def test_covers_each_subjects_foundation_concepts(self) -> None:
        form = self.diagnostic()
        items = by_id()
        assert form.complete
        for subject, n in (("PHY", 4), ("CHEM", 4), ("MATH", 6)):
            concepts = [items[i].concepts[0] for i in form.item_ids if items[i].subject == subject]
            assert len(concepts) == n
            assert set(concepts[:4]) == {f"{subject}.C{k}" for k in range(4)}  # layers 1-2
        math = [i for i in form.item_ids if items[i].subject == "MATH"]
        assert form.reasons[math[0]].startswith("Foundation: MATH.C")
        assert {items[i].concepts[0] for i in math[4:]} <= {f"MATH.C{k}" for k in range(4)}

    def test_prefers_medium_difficulty(self) -> None:
        form = self.diagnostic()
        chosen = np.mean([abs(by_id()[i].b) for i in form.item_ids])
        overall = np.mean([abs(item.b) for item in BANK])
        assert chosen < overall

    def test_falls_back_to_other_items_of_the_subject(self) -> None:
        upper = [item for item in BANK if LAYERS[item.concepts[0]] == 3]
        form = self.diagnostic(upper, blueprint=Blueprint({"PHY": 2}))
        assert [form.reasons[i] for i in form.item_ids] == ["Medium difficulty in PHY"] * 2

    def test_reserved_items_are_left_out_and_capped_ones_fill_last(self) -> None:
        phy = [item for item in BANK if item.concepts[0] == "PHY.C0"]
        candidates = [
            phy[0]._replace(reserved_for_monthly=True),
            phy[1]._replace(exposure_count=500),
            phy[2],
        ]
        form = self.diagnostic(candidates, blueprint=Blueprint({"PHY": 3}), max_exposure=10)
        assert form.item_ids == (phy[2].item_id, phy[1].item_id)
        assert form.reasons[phy[1].item_id].startswith("Left in PHY (used 500 times")
        assert form.shortfall == {"PHY": 1}

    def test_deterministic(self) -> None:
        assert self.diagnostic() == self.diagnostic(list(reversed(BANK)))


class TestPractice:
    def practice(self, concepts: list[str], **overrides: object) -> Form:
        kwargs: dict[str, object] = {
            "candidates": BANK,
            "n_items": 6,
            "ability_by_subject": {"PHY": 1.0},
            "seed": 5,
            "today": TODAY,
            "recent_weeks_exclusion": 2,
            "max_exposure": 100,
        }
        kwargs.update(overrides)
        return assembly.assemble_practice(concepts, **kwargs)  # type: ignore[arg-type]

    def test_cycles_over_the_chosen_concepts(self) -> None:
        form = self.practice(["PHY.C1", "MATH.C3"])
        concepts = [by_id()[i].concepts[0] for i in form.item_ids]
        assert concepts == ["PHY.C1", "MATH.C3"] * 3
        assert form.reasons[form.item_ids[0]] == "Practice: PHY.C1"
        assert form.complete

    def test_stops_mid_round_at_the_count(self) -> None:
        form = self.practice(["PHY.C1", "MATH.C3"], n_items=3)
        assert [by_id()[i].concepts[0] for i in form.item_ids] == ["PHY.C1", "MATH.C3", "PHY.C1"]

    def test_shortfall_when_the_concepts_run_out(self) -> None:
        form = self.practice(["CHEM.C0"], n_items=10)
        assert len(form.item_ids) == 6
        assert form.shortfall == {assembly.PRACTICE: 4}

    def test_capped_items_on_topic_fill_last(self) -> None:
        capped = [item._replace(exposure_count=200) for item in BANK]
        form = self.practice(["CHEM.C0"], candidates=capped, n_items=2, max_exposure=100)
        assert all(by_id()[i].concepts == ("CHEM.C0",) for i in form.item_ids)
        assert all("nothing else fits" in form.reasons[i] for i in form.item_ids)

    def test_negative_count_rejected(self) -> None:
        with pytest.raises(ValueError, match="n_items"):
            self.practice(["PHY.C0"], n_items=-1)

    def test_no_concepts_no_items(self) -> None:
        assert self.practice([]) == Form((), {}, {assembly.PRACTICE: 6})
