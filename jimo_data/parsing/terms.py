"""Word segmentation with jieba, a shipped user dictionary and stopword lists.

The tokenizer is one `jieba.Tokenizer` per process, separate from jieba's global one so
that loading this package never changes a notebook's own jieba. Its user dictionary
(`data/userdict.txt`) holds officials' names, places (即墨, 蓝谷, 移风店镇 …) and the
slogans of the corpus (十五五, 干部作风建设年, 三化). Stopwords are the Chinese list of
the `stopwordsiso` package (stopwords-iso, MIT licence) plus the empty words of official
reporting in `data/domain_stopwords.txt`.
"""

from __future__ import annotations

import logging
import marshal
import os
import re
import threading
import uuid
from collections import Counter
from functools import lru_cache
from pathlib import Path

import jieba
import stopwordsiso
import xxhash

from .lexicons import lexicon_lines

jieba.setLogLevel(logging.WARNING)

_TERM = re.compile(r"^(?:[\u4e00-\u9fff]{2,}|[\u4e00-\u9fff]*[A-Za-z][A-Za-z0-9\u4e00-\u9fff+\-]*)$")
_TOKENIZER_LOCK = threading.Lock()
_dictionary_cache: Path | None = None
dictionary_repairs: list[str] = []  # problems found with the dictionary copy by this process


def use_dictionary_cache(folder: str | os.PathLike | None) -> None:
    """Keep a fast-loading copy of jieba's prefix dictionary in this folder (the
    caller's cache folder; the parser itself knows no storage). Without one, jieba
    loads its dictionary its own, slower way."""
    global _dictionary_cache
    _dictionary_cache = Path(folder) if folder else None


def tokenizer() -> jieba.Tokenizer:
    with _TOKENIZER_LOCK:  # one load, even when a warm-up thread races the first parse
        return _load_tokenizer()


@lru_cache(maxsize=1)
def _load_tokenizer() -> jieba.Tokenizer:
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total = _prefix_dictionary()
    tok.initialized = True
    for line in lexicon_lines("userdict.txt"):
        parts = line.split()
        tok.add_word(parts[0], int(parts[1]) if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None)
    return tok


def _prefix_dictionary() -> tuple[dict[str, int], int]:
    """jieba's prefix dictionary (FREQ, total), from our own copy of jieba's cache.
    jieba's `initialize` reads its cache with `marshal.load` from a file, one entry at a
    time, the largest fixed cost of reloading an archive after one page was added;
    `marshal.loads` of the whole file's bytes is much faster."""
    if _dictionary_cache is None:
        base = jieba.Tokenizer()
        base.initialize()
        return base.FREQ, base.total
    dictionary = Path(jieba.__file__).with_name("dict.txt")
    path = _dictionary_cache / f"jieba-{jieba.__version__}-{os.path.getsize(dictionary)}-sealed.marshal"
    loaded = _read_sealed_dictionary(path)
    if loaded is not None:
        return loaded
    base = jieba.Tokenizer()
    base.initialize()
    body = marshal.dumps((base.FREQ, base.total))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{uuid.uuid4().hex}.tmp")
        tmp.write_bytes(xxhash.xxh3_128_hexdigest(body).encode("ascii") + body)
        tmp.replace(path)
    except OSError:
        pass  # a read-only cache only costs speed
    return base.FREQ, base.total


def _read_sealed_dictionary(path: Path) -> tuple[dict[str, int], int] | None:
    """The copy's (FREQ, total): 32 hex digits of its XXH3-128 checksum, then the marshal
    bytes. None when missing; None and a note in `dictionary_repairs` when damaged (it is
    then rebuilt from jieba's own dictionary): marshal data of the wrong shape would
    otherwise fail every parse."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        return _bad_dictionary(path, f"cannot be read ({error.strerror or error})")
    if data[:32] != xxhash.xxh3_128_hexdigest(data[32:]).encode("ascii"):
        return _bad_dictionary(path, "does not match its checksum")
    try:
        freq, total = marshal.loads(data[32:])
    except (ValueError, EOFError, TypeError):
        return _bad_dictionary(path, "cannot be decoded")
    if not (isinstance(freq, dict) and isinstance(total, int)):
        return _bad_dictionary(path, "has the wrong shape")
    return freq, total


def _bad_dictionary(path: Path, problem: str) -> None:
    message = f"the copy of jieba's dictionary {path.name} {problem}; it is rebuilt from jieba's own"
    dictionary_repairs.append(message)
    logging.getLogger("jimo_data.cache").warning(message)
    return None


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(stopwordsiso.stopwords("zh")) | frozenset(lexicon_lines("domain_stopwords.txt"))


# jieba cuts text into blocks of these characters; its HMM copies a path per character
# of a block, so its work grows with the square of a block's length. Real blocks (Han
# text between two marks or spaces) are far shorter than this cap.
_JIEBA_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+")
MAX_BLOCK = 300


def tokens(text: str) -> list[str]:
    """Every jieba token of the text, in order (for keyword-in-context and n-grams). A
    block longer than MAX_BLOCK characters is cut every MAX_BLOCK characters first."""
    tok = tokenizer()
    return [token for piece in _pieces(text) for token in tok.lcut(piece)]


def _pieces(text: str):
    start = 0
    for block in _JIEBA_BLOCK.finditer(text):
        for cut in range(block.start() + MAX_BLOCK, block.end(), MAX_BLOCK):
            yield text[start:cut]
            start = cut
    yield text[start:]


def content_terms(text: str) -> list[str]:
    """Tokens that say something: two or more Han characters, or a word starting with a
    Latin letter (OPC, G20; not 5G); not a stopword, not a number."""
    return [t for t in tokens(text) if is_content_term(t)]


def is_content_term(token: str) -> bool:
    """Is this token one that `content_terms` keeps (and the terms table counts)."""
    return bool(_TERM.match(token)) and token not in stopwords()


def term_counts(text: str) -> Counter[str]:
    return Counter(content_terms(text))
