"""The parser: one file's bytes -> the rows it contributes to every table.

    decode -> masthead (page furniture) -> layout (articles, captions)
           -> bylines, dates, officials, projects, terms  ==  page.parse_page

Pure and self-contained: nothing here imports the rest of `jimo_data` (a test holds it
to that), reads files other than its own `data/` lexicons, or knows where a page came
from. `parser_version()` hashes this folder, so any change to a rule or a lexicon
starts a fresh cache instead of serving rows parsed by older rules.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from .page import ARTICLE_TEXT_PARTS, ERROR, NO_DATE, OK, WARNING, ParsedPage, article_text, content_hash, parse_page

__all__ = [
    "ARTICLE_TEXT_PARTS",
    "ERROR",
    "NO_DATE",
    "OK",
    "WARNING",
    "ParsedPage",
    "article_text",
    "content_hash",
    "parse_page",
    "parser_version",
]


@lru_cache(maxsize=1)
def parser_version() -> str:
    """A hash of the parser's modules and lexicons (`*.py`, `data/*.txt`): nothing else
    in the folder, so an editor's backup file does not make a new version."""
    folder = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted([*folder.glob("*.py"), *folder.glob("data/*.txt")]):
        digest.update(path.relative_to(folder).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
