"""The word lists the parser ships in `data/` (`.txt` files), each saying in its header
what it holds and where it comes from. They are part of the parser: the parser version hashes
them, so editing a list re-parses every page."""

from __future__ import annotations

from importlib import resources


def lexicon_lines(name: str) -> list[str]:
    """The entries of a list in `data/`: non-blank lines that are not `#` comments."""
    text = resources.files(__package__).joinpath("data", name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
