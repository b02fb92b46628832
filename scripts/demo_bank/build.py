"""Build the demo question bank: src/gurukul/questions/data/demo_<subject>.json.

    .venv/bin/python scripts/demo_bank/build.py           # rewrite the three files
    .venv/bin/python scripts/demo_bank/build.py --check   # exit 1 if they are stale

The items are written in physics.py, chemistry.py and mathematics.py with the constructors of
bank.py. The committed JSON files are the source of truth that `gurukul seed-demo` loads; this
script is how they were made, and checks them before writing: every item parses, templates
validate (integer templates are whole on their whole grid), no content is duplicated, and
every leaf concept of the demo curriculum has at least three items.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

import chemistry
import mathematics
import physics
from bank import Bank

from gurukul.curriculum.loader import DEMO_CURRICULUM, load_curriculum
from gurukul.questions.draft import QuestionType
from gurukul.questions.formats import FORMATS
from gurukul.questions.service import draft_problems
from gurukul.questions.templates import TemplateError, grid_size, grid_value, parse_formula

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "gurukul" / "questions" / "data"
MIN_PER_LEAF = 3
GRID_CHECK_POINTS = 20_000


def banks() -> list[Bank]:
    out = []
    for module in (physics, chemistry, mathematics):
        bank = Bank(module.NAME)
        module.build(bank)
        out.append(bank)
    return out


def render(bank: Bank) -> str:
    return json.dumps(bank.items, indent=2, ensure_ascii=False) + "\n"


def _template_faults(draft_text: str, template: object) -> list[str]:
    """Integer templates must be whole, and every template finite, far beyond the sample
    `validate_template` takes: on the whole grid, or on many random grid points."""
    from gurukul.questions.draft import TemplateSpec

    assert isinstance(template, TemplateSpec)
    formula = parse_formula(template.answer_formula)
    sizes = [grid_size(v) for v in template.variables]
    total = 1
    for size in sizes:
        total *= size
    rng = random.Random(1)
    if total <= GRID_CHECK_POINTS:
        points = []
        for n in range(total):
            idx = []
            for size in sizes:
                idx.append(n % size)
                n //= size
            points.append(idx)
    else:
        points = [[rng.randrange(s) for s in sizes] for _ in range(GRID_CHECK_POINTS)]
    for idx in points:
        values = {v.name: grid_value(v, i) for v, i in zip(template.variables, idx, strict=True)}
        try:
            answer = formula.evaluate(values)
        except TemplateError as exc:
            return [f"undefined at {values}: {exc.reason} ({draft_text[:50]!r})"]
        if template.answer_kind == "integer" and abs(answer - round(answer)) > 1e-6:
            return [f"not whole at {values}: {answer} ({draft_text[:50]!r})"]
    return []


def check(all_banks: list[Bank]) -> list[str]:
    curriculum = load_curriculum(DEMO_CURRICULUM)
    known = {c.id for c in curriculum.concepts}
    parents = {c.parent for c in curriculum.concepts if c.parent}
    leaves = known - parents
    faults: list[str] = []
    per_leaf: Counter[str] = Counter()
    hashes: dict[str, str] = {}
    for bank in all_banks:
        parsed = FORMATS["json"].parse(render(bank))
        faults += [f"{bank.name} {p.ref}: {p.reason}" for p in parsed.problems]
        for item in parsed.items:
            draft = item.draft
            faults += [f"{bank.name} {item.ref}: {r}" for _, r in draft_problems(draft)]
            faults += [f"{item.ref}: unknown concept {c}" for c in draft.concepts if c not in known]
            if draft.type is QuestionType.TEMPLATE and draft.template is not None:
                faults += _template_faults(draft.text, draft.template)
            digest = draft.content_hash()
            if digest in hashes:
                faults.append(f"{item.ref} duplicates {hashes[digest]}")
            hashes[digest] = item.ref
            for concept in set(draft.concepts):
                per_leaf[concept] += 1
    for leaf in sorted(leaves):
        if per_leaf[leaf] < MIN_PER_LEAF:
            faults.append(f"{leaf}: only {per_leaf[leaf]} items")
    return faults


def summary(all_banks: list[Bank]) -> str:
    lines = []
    for bank in all_banks:
        kinds = Counter(item["type"] for item in bank.items)
        levels = Counter(item["difficulty"] for item in bank.items)
        lines.append(
            f"{bank.name}: {len(bank.items)} items; "
            + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
            + "; "
            + ", ".join(f"{k} {n}" for k, n in sorted(levels.items()))
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    all_banks = banks()
    faults = check(all_banks)
    if faults:
        sys.stderr.write("\n".join(faults) + f"\n{len(faults)} problem(s)\n")
        return 1
    stale = []
    for bank in all_banks:
        path = DATA / f"demo_{bank.name}.json"
        text = render(bank)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(path)
            if "--check" not in argv:
                DATA.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    sys.stdout.write(summary(all_banks))
    if "--check" in argv and stale:
        sys.stderr.write("stale: " + ", ".join(str(p) for p in stale) + "\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
