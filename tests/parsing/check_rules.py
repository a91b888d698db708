"""Change each documented parser rule and see a test fail (a mutation check).

    .venv/bin/python tests/parsing/check_rules.py                 # every mutation
    .venv/bin/python tests/parsing/check_rules.py dates decode    # those of some modules

Each `tests/parsing/mutations/<module>.json` lists mutations of one parser module:
`{"rule": what the change breaks, "old": text in jimo_data/parsing/<module>.py,
"new": its replacement}`. For each, a copy of the project gets the change and runs
the parser's tests (tests/parsing, the seed gold, the composed pages); the mutation
must make at least one fail. Nothing in the working tree is touched. Prints one line
per mutation and exits 1 if any survived.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MUTATIONS = Path(__file__).resolve().parent / "mutations"
TESTS = ["tests/parsing", "tests/test_gold_seeds.py", "tests/test_formats.py"]
COPIED = ["jimo_data", "tests", "seeds", "pyproject.toml"]


def load(modules: list[str]) -> list[dict]:
    files = [MUTATIONS / f"{m}.json" for m in modules] if modules else sorted(MUTATIONS.glob("*.json"))
    return [{**m, "module": f.stem} for f in files for m in json.loads(f.read_text("utf-8"))]


def mutate(root: Path, mutation: dict) -> None:
    path = root / "jimo_data" / "parsing" / f"{mutation['module']}.py"
    text = path.read_text("utf-8")
    if text.count(mutation["old"]) != 1:
        raise ValueError(f"{mutation['module']}: {mutation['old']!r} does not occur exactly once")
    path.write_text(text.replace(mutation["old"], mutation["new"]), "utf-8")


def killed(mutation: dict) -> bool:
    with tempfile.TemporaryDirectory(prefix="jimo-mutant-") as tmp:
        root = Path(tmp) / "project"
        for name in COPIED:
            copy = shutil.copytree if (REPO / name).is_dir() else shutil.copy
            copy(
                REPO / name,
                root / name,
                **({"ignore": shutil.ignore_patterns("__pycache__", "artifacts")} if (REPO / name).is_dir() else {}),
            )
        mutate(root, mutation)
        env = {**os.environ, "JIMO_CACHE_DIR": str(Path(tmp) / "cache"), "PYTHONPATH": str(root)}
        # The list's own test is no witness: it checks the mutations, not the parser.
        command = [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-x",
            "-p",
            "no:cacheprovider",
            "--ignore=tests/parsing/test_mutation_list.py",
            *TESTS,
        ]
        return subprocess.run(command, cwd=root, env=env, capture_output=True).returncode != 0


def main(modules: list[str]) -> int:
    mutations = load(modules)
    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        results = list(pool.map(killed, mutations))
    for mutation, dead in zip(mutations, results):
        print(f"{'killed  ' if dead else 'SURVIVED'} {mutation['module']}: {mutation['rule']}")
    survivors = results.count(False)
    print(f"{len(results) - survivors} killed, {survivors} survived")
    return 1 if survivors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
