"""The parse's cost against the jieba floor, by module, and a guard that speeding it up
changes no row.

    .venv/bin/python benchmarks/parse_profile.py dump /tmp/parse-before.pkl --archive DIR
    .venv/bin/python benchmarks/parse_profile.py compare /tmp/parse-before.pkl --archive DIR
    .venv/bin/python benchmarks/parse_profile.py floor --archive DIR --pages 1000
    .venv/bin/python benchmarks/parse_profile.py steps --archive DIR --pages 1000
    .venv/bin/python benchmarks/parse_profile.py steps --whole-pages --pages 0 --repeat 40
    .venv/bin/python benchmarks/parse_profile.py profile --archive DIR --pages 1000
    .venv/bin/python benchmarks/parse_profile.py patterns --archive DIR --pages 1000

The pages are the seeds, every page under tests/pages (real, held out and the rule
pages) and `--pages` archive pages spread evenly over the sorted archive (2,000 by
default for dump and compare). `dump` pickles every table `parse_page` returns for
them; `compare` parses them again and lists the pages whose rows differ (none is the
only good answer: a speed-up may not change an output). `floor` times `parse_page`
against plain `jieba.lcut` of the page's text, page by page in one process, so that
both see the same load. `steps` times each step `parse_page` calls (the segmentation
and term counts, the rules), none of which should cost more than the segmentation;
`--whole-pages --pages 0` times them on the seeds alone, the only real pages printed whole.
`profile` runs the parse under cProfile (CPU time) and charges every call to the module
of `jimo_data/parsing` it was made from: a call into the standard library, a built-in or
a dataclass's `__init__` counts in the parser module that made it. `patterns` times every
call on every pattern compiled at a module's top level in `jimo_data/parsing` (not those built
inside cached functions) and lists the costliest, each marked by
whether it opens with a character (or a set of them): a search can then skip to where one
stands, where a pattern that opens with a repeat, a group of words or a lookbehind is tried
at every position.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import pickle
import pstats
import re
import re._compiler as re_compiler  # private: the engine's own analysis, for this benchmark only
import re._parser as re_parser
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from jimo_data.parsing import page as page_module  # noqa: E402
from jimo_data.parsing import parse_page, terms  # noqa: E402
from jimo_data.parsing.decode import decode_bytes  # noqa: E402

PARSING = REPO / "jimo_data" / "parsing"


def page_files(archive: Path | None, n_archive: int, whole_pages: bool = False) -> list[tuple[str, Path]]:
    """(label, path) of the seeds, the test pages (unless whole_pages) and n_archive evenly
    spread archive pages. The test pages are abridged (bodies cut to the lines their gold
    needs), which weighs a page's header and rules above its segmentation; the seeds and
    the archive's pages are printed whole."""
    found = [(f"seeds/{p.name}", p) for p in sorted((REPO / "seeds").glob("*.txt"))]
    if not whole_pages:
        found += [(str(p.relative_to(REPO)), p) for p in sorted((REPO / "tests" / "pages").rglob("*.txt")) if "gold" not in p.parts]
    if archive and n_archive:
        every = sorted(archive.rglob("*.txt"))
        step = len(every) / min(n_archive, len(every))
        found += [(f"archive/{p.relative_to(archive)}", p) for p in (every[int(i * step)] for i in range(min(n_archive, len(every))))]
    return found


def tables(data: bytes) -> dict:
    parsed = parse_page(data)
    return {name: getattr(parsed, name) for name in ("content_hash", "page", "articles", "bylines", "officials", "projects", "terms")}


def dump(pages: list[tuple[str, Path]], out: Path) -> None:
    rows = {label: tables(path.read_bytes()) for label, path in pages}
    out.write_bytes(pickle.dumps(rows))
    print(f"{len(rows)} pages dumped to {out}")


def compare(pages: list[tuple[str, Path]], before: Path) -> int:
    """The number of pages whose tables differ from the dump's; the first few are shown."""
    old = pickle.loads(before.read_bytes())
    differ = [label for label, path in pages if tables(path.read_bytes()) != old.get(label)]
    for label in differ[:10]:
        new = tables(dict(pages)[label].read_bytes())
        changed = [name for name in new if new[name] != (old.get(label) or {}).get(name)]
        print(f"DIFFERS {label}: {', '.join(changed)}")
    print(f"{len(pages)} pages compared, {len(differ)} differ")
    return len(differ)


def floor(pages: list[tuple[str, Path]]) -> None:
    """ms per page of plain jieba over the page's text and of parse_page over its bytes,
    by the wall clock and by the process's CPU time (which another process's load on a
    shared machine disturbs less)."""
    import jieba

    jieba.initialize()
    blobs = [path.read_bytes() for _, path in pages]
    texts = [decode_bytes(data).text for data in blobs]
    parse_page(blobs[0])  # the segmenter's dictionary loads on the first parse
    spent = {"jieba": [0.0, 0.0], "parse": [0.0, 0.0]}
    for data, text in zip(blobs, texts):
        for step, run, argument in (("jieba", jieba.lcut, text), ("parse", parse_page, data)):
            wall, cpu = time.perf_counter(), time.process_time()
            run(argument)
            spent[step][0] += time.perf_counter() - wall
            spent[step][1] += time.process_time() - cpu
    for i, clock in enumerate(("wall", "CPU")):
        jieba_s, parse_s = spent["jieba"][i], spent["parse"][i]
        print(
            f"{len(blobs)} pages, {clock} time: jieba floor {jieba_s / len(blobs) * 1000:.2f} ms/page, "
            f"parse_page {parse_s / len(blobs) * 1000:.2f} ms/page, parse ÷ floor {parse_s / jieba_s:.2f}"
        )


# The steps `parse_page` calls, by their names in page.py: the segmentation and term counts, then the rules.
STEPS = ("term_counts", "find_projects", "find_officials", "segment", "read_header")


def steps(pages: list[tuple[str, Path]], repeat: int = 1) -> None:
    """CPU ms per page of each step of the parse (STEPS), each timed by a wrapper round its
    calls in page.py rather than under a profiler (whose own cost would weigh the rules'
    many small calls far more than the segmenter's one), beside the floor and the whole parse.
    The pages are read `repeat` times, each time with the parser's caches of texts emptied:
    a page read again would find its names, sentences and stretches already cleaned."""
    import jieba

    jieba.initialize()
    blobs = [path.read_bytes() for _, path in pages]
    parse_page(blobs[0])
    spent: dict[str, float] = defaultdict(float)
    for step in STEPS:
        setattr(page_module, step, _timed(getattr(page_module, step), step, spent))
    # The segmentation proper, inside term_counts: jieba-rs's cut mended to jieba's tokens.
    terms.tokens = _timed(terms.tokens, "tokens (in term_counts)", spent)
    whole = 0.0
    for _ in range(repeat):
        _forget_texts()
        cpu = time.process_time()
        for data in blobs:
            parse_page(data)
        whole += time.process_time() - cpu
    cpu = time.process_time()
    for data in blobs:
        jieba.lcut(decode_bytes(data).text)
    jieba_s = time.process_time() - cpu
    read = len(blobs) * repeat
    print(f"{read} pages, CPU time: jieba floor {jieba_s / len(blobs) * 1000:.2f} ms/page, parse_page {whole / read * 1000:.2f}")
    for step, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"| {step} | {seconds / read * 1000:.2f} | {seconds / whole:.0%} |")


def _forget_texts() -> None:
    """Empty every cache of texts in the parser's modules (those of one entry hold a loaded
    dictionary or lexicon, which every page shares)."""
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("jimo_data.parsing"):
            for value in list(vars(module).values()):
                info = getattr(value, "cache_info", None)
                if callable(info) and info().maxsize != 1:
                    value.cache_clear()


def _timed(function, step: str, spent: dict[str, float]):
    def timed(*args, **kwargs):
        cpu = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[step] += time.process_time() - cpu

    return timed


def profile(pages: list[tuple[str, Path]]) -> None:
    """Own time per page by parser module, under cProfile."""
    blobs = [path.read_bytes() for _, path in pages]
    parse_page(blobs[0])
    profiler = cProfile.Profile(time.process_time)  # CPU time: other processes' load moves it less
    profiler.enable()
    for data in blobs:
        parse_page(data)
    profiler.disable()
    by_module = charged_by_module(pstats.Stats(profiler).stats)
    total = sum(by_module.values())
    for module, seconds in sorted(by_module.items(), key=lambda item: -item[1]):
        print(f"| {module} | {seconds / len(blobs) * 1000:.2f} | {seconds / total:.0%} |")
    print(f"| whole parse | {total / len(blobs) * 1000:.2f} | |")


def patterns(pages: list[tuple[str, Path]], shown: int = 30) -> None:
    """CPU ms per page spent in each compiled pattern's calls (search, match, sub …)."""
    spent: dict[tuple[str, str], float] = defaultdict(float)
    opens: dict[str, bool] = {}
    for module in sorted(PARSING.glob("*.py")):
        namespace = importlib.import_module(f"jimo_data.parsing.{module.stem}")
        for name, value in list(vars(namespace).items()):
            if isinstance(value, re.Pattern):
                label = f"{module.stem}.{name}"
                opens[label] = _opens_with_a_character(value)
                setattr(namespace, name, _TimedPattern(value, label, spent))
    blobs = [path.read_bytes() for _, path in pages]
    for data in blobs:
        parse_page(data)
    for (label, method), seconds in sorted(spent.items(), key=lambda item: -item[1])[:shown]:
        print(f"| {label} | {method} | {seconds / len(blobs) * 1000:.3f} | {'yes' if opens[label] else 'no'} |")


def _opens_with_a_character(pattern: re.Pattern) -> bool:
    """Whether the engine finds a literal prefix or a set of first characters for the pattern.
    The standard library's own (private) compiler answers: the same analysis it runs."""
    parsed = re_parser.parse(pattern.pattern, pattern.flags)
    return (
        bool(re_compiler._get_literal_prefix(parsed, pattern.flags)[0])
        or re_compiler._get_charset_prefix(parsed, pattern.flags) is not None
    )


class _TimedPattern:
    """A compiled pattern whose calls add their CPU time to `spent[(label, method)]`."""

    def __init__(self, pattern: re.Pattern, label: str, spent: dict) -> None:
        self._pattern, self._label, self._spent = pattern, label, spent

    def __getattr__(self, name: str):
        attribute = getattr(self._pattern, name)
        if not callable(attribute):
            return attribute

        def timed(*args, **kwargs):
            cpu = time.process_time()
            found = attribute(*args, **kwargs)
            if name == "finditer":
                found = iter(list(found))  # the matches are found as they are read: all of them here, a loop stopping early or not
            self._spent[(self._label, name)] += time.process_time() - cpu
            return found

        return timed


def charged_by_module(stats: dict) -> dict[str, float]:
    """Own time of every function, charged to a parser module: its own, or for a function
    outside the parser, the modules its callers are charged to (by the time spent in each
    call edge)."""
    shares: dict = {}

    def owners(func, seen: frozenset) -> dict[str, float]:
        if func in shares:
            return shares[func]
        path = Path(func[0])
        if path.parent == PARSING:
            return {path.name: 1.0}
        callers = stats[func][4] if func in stats else {}
        weights = {caller: edge[2] + edge[3] for caller, edge in callers.items() if caller not in seen}
        total = sum(weights.values())
        found: dict[str, float] = defaultdict(float)
        if not total:
            found["other"] = 1.0
        for caller, weight in weights.items():
            for module, share in owners(caller, seen | {func}).items():
                found[module] += share * weight / total
        shares[func] = dict(found)
        return shares[func]

    charged: dict[str, float] = defaultdict(float)
    for func, (_, _, own, _, _) in stats.items():
        for module, share in owners(func, frozenset()).items():
            charged[module] += own * share
    return charged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=("dump", "compare", "floor", "steps", "profile", "patterns"))
    parser.add_argument("pickle", nargs="?", type=Path, help="the dump (dump, compare)")
    parser.add_argument("--archive", type=Path, help="a folder of pages (read only)")
    parser.add_argument("--pages", type=int, default=2000, help="how many archive pages")
    parser.add_argument("--whole-pages", action="store_true", help="leave out the abridged test pages")
    parser.add_argument("--repeat", type=int, default=1, help="steps: time the pages this many times (a few pages, steadier figures)")
    args = parser.parse_args()
    # The segmenter's dictionary from a fast copy: loading it changes no token.
    terms.use_dictionary_cache(Path(tempfile.gettempdir()) / "jimo-parse-profile-dictionary")
    pages = page_files(args.archive, args.pages, args.whole_pages)
    if args.mode == "dump":
        dump(pages, args.pickle)
    elif args.mode == "compare":
        sys.exit(1 if compare(pages, args.pickle) else 0)
    elif args.mode == "floor":
        floor(pages)
    elif args.mode == "steps":
        steps(pages, args.repeat)
    elif args.mode == "patterns":
        patterns(pages)
    else:
        profile(pages)


if __name__ == "__main__":
    main()
