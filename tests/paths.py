"""Where things are, for every test module (conftest.py is not importable by name)."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
