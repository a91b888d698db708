"""Word segmentation with jieba's dictionary, a shipped user dictionary and stopword lists.

Tokens are jieba's (`jieba_tokens`, the reference), computed by jieba-rs through its
Python binding `rjieba`, loaded with jieba's own `dict.txt` and the user dictionary
(`data/userdict.txt`) at the frequencies jieba gives them: `tokens` is many times faster
and yields the same tokens. Where jieba-rs would cut differently, the text is split or
the tokens mended the way jieba does (docs/parsing.md, "Segmentation"). The user
dictionary holds officials' names, places (即墨, 蓝谷, 移风店镇 …) and the slogans of
the corpus (十五五, 干部作风建设年, 三化). Stopwords are the Chinese list of the
`stopwordsiso` package (stopwords-iso, MIT licence) plus the empty words of official
reporting in `data/domain_stopwords.txt`.

Both segmenters are per process and separate from jieba's global one, so loading this
package never changes a notebook's own jieba.
"""

from __future__ import annotations

import logging
import marshal
import os
import re
import threading
import uuid
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

import jieba
import rjieba
import stopwordsiso
import xxhash

from .lexicons import lexicon_lines

jieba.setLogLevel(logging.WARNING)

_TERM = re.compile(r"^(?:[\u4e00-\u9fff]{2,}|[\u4e00-\u9fff]*[A-Za-z][A-Za-z0-9\u4e00-\u9fff+\-]*)$")
_LOAD_LOCK = threading.Lock()
_dictionary_cache: Path | None = None
dictionary_repairs: list[str] = []  # problems found with the dictionary copy by this process


def use_dictionary_cache(folder: str | os.PathLike | None) -> None:
    """Keep a fast-loading copy of the segmenter's dictionary in this folder (the
    caller's cache folder; the parser itself knows no storage). Without one, every
    process derives it from jieba's dictionary, the slow way."""
    global _dictionary_cache
    _dictionary_cache = Path(folder) if folder else None


@dataclass(frozen=True)
class Segmenter:
    """What `tokens` segments with: jieba-rs, and the words of its dictionary (a set
    lookup in Python is far cheaper than asking jieba-rs token by token)."""

    rust: rjieba.Jieba
    words: frozenset[str]


def tokenizer() -> Segmenter:
    with _LOAD_LOCK:  # one load, even when a warm-up thread races the first parse
        return _load_tokenizer()


@lru_cache(maxsize=1)
def jieba_tokenizer() -> jieba.Tokenizer:
    """The reference: jieba itself, with jieba's dictionary and the user dictionary."""
    tok = jieba.Tokenizer()
    tok.initialize()
    for line in lexicon_lines("userdict.txt"):
        parts = line.split()
        tok.add_word(parts[0], int(parts[1]) if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None)
    return tok


# A word no text given to jieba-rs can contain (a private-use character is never in a
# block), carrying the difference between jieba's total and the sum of its words.
_BALLAST = "\ue000"


@lru_cache(maxsize=1)
def _load_tokenizer() -> Segmenter:
    words, freqs, total = _dictionary()
    rust = rjieba.Jieba.empty()
    add = rust.add_word
    for word, freq in zip(words, freqs):
        add(word, freq, None)
    add(_BALLAST, total - sum(freqs), None)
    return Segmenter(rust, frozenset(words))


# jieba-rs's HMM alone: with no word, its route leaves every stretch to the HMM.
_HMM = rjieba.Jieba.empty()
_HMM.add_word(_BALLAST, 1, None)


def _jieba_dictionary() -> tuple[list[str], list[int], int]:
    """jieba's words with their frequencies, user words included, and jieba's total.
    Prefixes (frequency 0, which jieba keeps only to walk its dictionary) are left out:
    jieba-rs would take them for words."""
    tok = jieba_tokenizer()
    words = [word for word, freq in tok.FREQ.items() if freq]
    return words, [tok.FREQ[word] for word in words], tok.total


def _dictionary() -> tuple[list[str], list[int], int]:
    """The dictionary, from the sealed copy in the cache folder when there is one:
    deriving it means loading jieba, the largest fixed cost of a worker process."""
    if _dictionary_cache is None:
        return _jieba_dictionary()
    user = xxhash.xxh3_64_hexdigest("\n".join(lexicon_lines("userdict.txt")).encode())
    size = os.path.getsize(Path(jieba.__file__).with_name("dict.txt"))
    path = _dictionary_cache / f"jieba-{jieba.__version__}-{size}-{user}-sealed.marshal"
    loaded = _read_sealed_dictionary(path)
    if loaded is not None:
        return loaded
    dictionary = _jieba_dictionary()
    body = marshal.dumps(dictionary)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{uuid.uuid4().hex}.tmp")
        tmp.write_bytes(xxhash.xxh3_128_hexdigest(body).encode("ascii") + body)
        tmp.replace(path)
    except OSError:
        pass  # a read-only cache only costs speed
    return dictionary


def _read_sealed_dictionary(path: Path) -> tuple[list[str], list[int], int] | None:
    """The copy's (words, frequencies, total): 32 hex digits of its XXH3-128 checksum,
    then the marshal bytes. None when missing; None and a note in `dictionary_repairs`
    when damaged (it is then rebuilt from jieba's own dictionary): marshal data of the
    wrong shape would otherwise fail every parse."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        return _bad_dictionary(path, f"cannot be read ({error.strerror or error})")
    if data[:32] != xxhash.xxh3_128_hexdigest(data[32:]).encode("ascii"):
        return _bad_dictionary(path, "does not match its checksum")
    try:
        loaded = marshal.loads(data[32:])
    except (ValueError, EOFError, TypeError):
        return _bad_dictionary(path, "cannot be decoded")
    if not _is_dictionary(loaded):
        return _bad_dictionary(path, "has the wrong shape")
    return loaded


def _is_dictionary(loaded) -> bool:
    if not (isinstance(loaded, tuple) and len(loaded) == 3):
        return False
    words, freqs, total = loaded
    return isinstance(words, list) and isinstance(freqs, list) and len(words) == len(freqs) and isinstance(total, int)


def _bad_dictionary(path: Path, problem: str) -> None:
    message = f"the copy of jieba's dictionary {path.name} {problem}; it is rebuilt from jieba's own"
    dictionary_repairs.append(message)
    logging.getLogger("jimo_data.cache").warning(message)
    return None


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(stopwordsiso.stopwords("zh")) | frozenset(lexicon_lines("domain_stopwords.txt"))


# jieba cuts text into blocks of these characters (its `re_han_default`); its HMM
# copies a path per character of a block, so its work grows with the square of a
# block's length. Real blocks (Han text between two marks or spaces) are far shorter
# than this cap, which both segmenters apply.
_BLOCK_CHARS = "\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-"
_JIEBA_BLOCK = re.compile(f"[{_BLOCK_CHARS}]+")
_JIEBA_BLOCK_SPLIT = re.compile(f"([{_BLOCK_CHARS}]+)")
MAX_BLOCK = 300
_LONG_BLOCK = re.compile(f"(?<![{_BLOCK_CHARS}])[{_BLOCK_CHARS}]{{{MAX_BLOCK + 1}}}")
# Han characters outside jieba's block range that jieba-rs puts in its blocks
# (extension A, the end of the unified block, compatibility ideographs, the
# supplementary planes) and the radicals: such a text is split into blocks here.
_BEYOND_JIEBAS_HAN = re.compile("[\u2e80-\u2fdf\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
_JIEBA_SKIP = re.compile(r"(\r\n|\s)")  # jieba's `re_skip_default`
# jieba's HMM cuts a run of non-Han characters of an unknown stretch with this regex
# (finalseg's `re_skip`); jieba-rs keeps the run whole. A run jieba would cut has a
# mark among its letters and digits.
_HMM_SKIP = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
_MARKED_RUN = re.compile(r"[a-zA-Z0-9+#&._%\-]*[+#&._%\-][a-zA-Z0-9+#&._%\-]*")
_HAN_WORD = re.compile("[\u4e00-\u9fd5]+")


def _han_class(chars: frozenset[str]) -> str:
    """A regex class of the Han characters (jieba's range) not among these."""
    missing = [code for code in range(0x4E00, 0x9FD6) if chr(code) not in chars]
    ranges, start = [], None
    for code, following in zip(missing, [*missing[1:], None]):
        start = code if start is None else start
        if following != code + 1:
            ranges.append(chr(start) if start == code else f"{chr(start)}-{chr(code)}")
            start = None
    return "[" + "".join(ranges) + "]"


# Han characters jieba's HMM has no emission for as a word of one character (state S):
# a stretch with one may have no finite path, where every path ties.
_HMM_STRANGER = re.compile(_han_class(frozenset(jieba.finalseg.emit_P["S"])))


def tokens(text: str) -> list[str]:
    """Every token of the text, in order (for keyword-in-context and n-grams), the same
    as `jieba_tokens`. A block longer than MAX_BLOCK characters is cut every MAX_BLOCK
    characters first."""
    segmenter = tokenizer()
    if _LONG_BLOCK.search(text) or _BEYOND_JIEBAS_HAN.search(text):
        return _cut_by_blocks(segmenter, text)
    return _as_jiebas(segmenter.rust.cut(text, True), text, segmenter)


def _cut_by_blocks(segmenter: Segmenter, text: str) -> list[str]:
    """The text split as jieba splits it: each block (cut every MAX_BLOCK characters)
    segmented, each white-space mark (`\\r\\n` one) a token, every other character one."""
    cut: list[str] = []
    for part in _JIEBA_BLOCK_SPLIT.split(text):
        if _JIEBA_BLOCK.fullmatch(part):
            for start in range(0, len(part), MAX_BLOCK):
                block = part[start : start + MAX_BLOCK]
                cut += _as_jiebas(segmenter.rust.cut(block, True), block, segmenter)
        else:
            for run in _JIEBA_SKIP.split(part):
                cut += [run] if _JIEBA_SKIP.fullmatch(run) else list(run)
    return cut


def _as_jiebas(cut: list[str], text: str, segmenter: Segmenter) -> list[str]:
    """jieba-rs's tokens of a text whose blocks are jieba's, mended where jieba cuts
    otherwise. Only a token in no dictionary can need it: what jieba-rs's HMM made of a
    stretch that no word covers (a dictionary word, C++ or AT&T too, comes out of both
    whole)."""
    unknown = {token for token in set(cut).difference(segmenter.words) if len(token) > 1}
    marked = {token: pieces for token in unknown if _MARKED_RUN.fullmatch(token) and len(pieces := _hmm_skip_cut(token)) > 1}
    redone = _tied_blocks(cut, text, segmenter, {token for token in unknown if _HAN_WORD.fullmatch(token)})
    if not marked and not redone:
        return cut
    out: list[str] = []
    i = 0
    while i < len(cut):
        n, again = redone.get(i, (1, marked.get(cut[i], [cut[i]])))
        out += again
        i += n
    return out


def _hmm_skip_cut(token: str) -> list[str]:
    """A token of jieba-rs's HMM as jieba's HMM cuts it: a run of non-Han characters by
    finalseg's `re_skip`, anything else whole."""
    if not _MARKED_RUN.fullmatch(token):
        return [token]
    return [piece for piece in _HMM_SKIP.split(token) if piece]


def _tied_blocks(cut: list[str], text: str, segmenter: Segmenter, hmm_words: set[str]) -> dict[int, tuple[int, list[str]]]:
    """{first token: (tokens, jieba's cut)} of each block where jieba's HMM cuts an
    unknown stretch otherwise than jieba-rs's.

    jieba-rs's HMM breaks an exact tie between two paths the other way than jieba's
    (which takes the later state letter). A tie needs one character twice in the
    stretch (two paths then emit the same characters from permuted states), or a
    character the HMM cannot emit as a word of its own (then no path may be finite).
    Only the blocks where jieba-rs's HMM made a word, or with such a character, are looked at."""
    at = [match.start() for match in _HMM_STRANGER.finditer(text)]
    token_starts: list[int] = []
    if hmm_words:
        token_starts = list(accumulate(map(len, cut), initial=0))
        at += [start for start, token in zip(token_starts, cut) if token in hmm_words]
    if not at:
        return {}
    spans = [match.span() for match in _JIEBA_BLOCK.finditer(text)]
    starts = [start for start, _ in spans]
    redone: dict[int, tuple[int, list[str]]] = {}
    for start, end in sorted({spans[bisect_right(starts, position) - 1] for position in at}):
        again = _jieba_cut_block(text[start:end], segmenter)
        if again is None:
            continue
        token_starts = token_starts or list(accumulate(map(len, cut), initial=0))
        first, last = bisect_left(token_starts, start), bisect_left(token_starts, end)
        if again != cut[first:last]:
            redone[first] = (last - first, again)
    return redone


def _jieba_cut_block(block: str, segmenter: Segmenter) -> list[str] | None:
    """jieba's cut of one block: the words of its best route (jieba-rs's, without HMM),
    each stretch of single characters between them as jieba's HMM cuts it (its
    characters when the stretch is a word). None when no stretch can tie."""
    strange = _HMM_STRANGER.search(block)
    if len(set(block)) == len(block) and not strange:
        return None
    steps = segmenter.rust.cut(block, False)
    if not strange and _singles_differ(steps, block):
        return None
    stretches = _stretches(steps, segmenter.words)
    if not any(_may_tie(stretch) for _, _, stretch in stretches):
        return None
    out: list[str] = []
    done = 0
    for first, last, stretch in stretches:
        out += steps[done:first]
        if len(stretch) == 1:
            out.append(stretch)
        elif stretch in segmenter.words:
            out += list(stretch)
        elif _may_tie(stretch):
            out += _jieba_hmm_cut(stretch)
        else:
            out += [piece for token in _HMM.cut(stretch, True) for piece in _hmm_skip_cut(token)]
        done = last
    return out + steps[done:]


def _singles_differ(steps: list[str], block: str) -> bool:
    """Whether no character is a step of its own twice and no step is a run of letters
    or digits: then no stretch repeats a character, and none can tie (`_may_tie`; the
    caller has checked the strangers). Most blocks pass, without reading their stretches:
    most have no step twice, and no two of those characters side by side."""
    if len(set(steps)) < len(steps):
        singles = [step for step in steps if len(step) == 1]
        if len(set(singles)) < len(singles):
            return False
    return not _NON_HAN_PAIR.search(block) or not any(step.isascii() for step in steps if len(step) > 1)


_NON_HAN_PAIR = re.compile("[a-zA-Z0-9+#&._%\\-]{2}")  # what a run of letters or digits needs


@lru_cache(maxsize=4096)  # the stretches that may tie are mostly names, which recur
def _jieba_hmm_cut(stretch: str) -> tuple[str, ...]:
    return tuple(jieba.finalseg.cut(stretch))


def _stretches(steps: list[str], words: frozenset[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, text) of each run of single-character steps of a route."""
    runs = []
    first = None
    for i, step in enumerate([*steps, ""]):
        # without HMM, jieba-rs joins single letters and digits into one token
        single = step and (len(step) == 1 or (step.isascii() and step.isalnum() and step not in words))
        if single and first is None:
            first = i
        elif not single and first is not None:
            runs.append((first, i, "".join(steps[first:i])))
            first = None
    return runs


def _may_tie(stretch: str) -> bool:
    return len(stretch) > 1 and (len(set(stretch)) < len(stretch) or bool(_HMM_STRANGER.search(stretch)))


def jieba_tokens(text: str) -> list[str]:
    """The reference: jieba's tokens of the text, with the same user dictionary, HMM
    and block cap as `tokens` (for tests and the benchmark)."""
    tok = jieba_tokenizer()
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
    stop = stopwords()
    return [t for t in tokens(text) if t not in stop and _TERM.match(t)]


def is_content_term(token: str) -> bool:
    """Is this token one that `content_terms` keeps (and the terms table counts)."""
    return bool(_TERM.match(token)) and token not in stopwords()


def term_counts(text: str) -> Counter[str]:
    """The content terms of the text with their counts, in order of first appearance."""
    counts = Counter(tokens(text))
    _judge(counts.keys() - _TERMS - _NOT_TERMS)
    return Counter({token: n for token, n in counts.items() if token in _TERMS})


# Tokens judged so far, by `is_content_term`: a page repeats the words of the last
# (a set lookup is far cheaper than the regex and the stopword list).
_TERMS: set[str] = set()
_NOT_TERMS: set[str] = set()


_MAX_JUDGED = 1_000_000  # numbers and codes never end: the memory stays bounded


def _judge(new: set[str]) -> None:
    if len(_TERMS) + len(_NOT_TERMS) > _MAX_JUDGED:
        _TERMS.clear()
        _NOT_TERMS.clear()
    for token in new:
        (_TERMS if is_content_term(token) else _NOT_TERMS).add(token)
