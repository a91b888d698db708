"""Build a synthetic archive of N pages of one or several papers, deterministically,
with reprints planted and a ground-truth file of them next to it.

Each issue has four pages (more when `--years` squeezes many pages into few days);
page 1 carries the masthead (date, weekday, 第N期 with consecutive numbers), the other
pages e-paper navigation lines. Every page has 3 to 6 articles: a headline, 3 to 8
paragraphs, and a closing byline of seed reporters. The text is new for every article:
word pairs drawn from the vocabulary of the seeds and the real development pages (so no
two articles share more than common phrases), plus one sentence naming an official of
those pages. Pages are 7-13 KB like the seeds, so 13,600 pages are about 140 MB.

A share of the articles (`--reprints`, 0.1 by default) are planted reprints of an
earlier or same-day article of another paper: whole, edited a little, cut short, or a
part of the source among new paragraphs (the share of reused text then falls above or
below docs/reuse.md's threshold). Same-day copies go from a higher-level paper to a
lower one, as the reuse rules expect. `<out>.reprints.csv` lists every planted copy:
its article id, its source's, the kind, the share of reused text and the lag in days.

    python benchmarks/make_archive.py 13600 /tmp/archive --seed 1
    python benchmarks/make_archive.py 200000 /tmp/province --papers 6 --years 20
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import math
import random
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
WEEKDAYS = "一二三四五六日"
FIRST_ISSUE = 1000
FIRST_DATE = dt.date(2012, 1, 3)
PAGES_PER_ISSUE = 4
MAX_LAG_DAYS = 7
# (name, file prefix, rank: 0 the highest level); the first is the paper of a one-paper archive
PAPERS = [
    ("新即墨", "xjm", 3),
    ("青岛日报", "qdrb", 2),
    ("大众日报", "dzrb", 1),
    ("半岛都市报", "bdds", 2),
    ("青岛晚报", "qdwb", 2),
    ("齐鲁晚报", "qlwb", 1),
    ("金胶州", "jjz", 3),
    ("青岛西海岸报", "xha", 3),
]
# Words that would make a generated line read as page furniture, a caption, a dateline or a byline.
FURNITURE_WORDS = {
    "图",
    "图为",
    "本报",
    "记者",
    "通讯员",
    "讯",
    "编辑",
    "责编",
    "审读",
    "美编",
    "排版",
    "版",
    "期",
    "星期",
    "农历",
    "摄",
    "电",
}
FURNITURE_PARTS = ("本报", "讯", "记者", "通讯员")  # inside any word: 本报讯, 新闻网讯 open a report
COPY_KINDS = {"whole": 0.3, "edited": 0.2, "cut": 0.2, "partial": 0.3}
TRUTH_COLUMNS = ["copy_id", "source_id", "kind", "share", "lag_days", "copy_publication", "source_publication"]


# -- the vocabulary -----------------------------------------------------------------
@dataclass(frozen=True)
class Vocabulary:
    units: np.ndarray  # word pairs seen next to each other in real text
    cumulative: np.ndarray  # their cumulative frequency, for drawing many at once
    officials: list[str]  # "区委书记孙杰": a title and a name as pages print them
    reporters: list[str]

    def draw(self, rng: np.random.Generator, n: int) -> list[str]:
        return list(self.units[np.searchsorted(self.cumulative, rng.random(n) * self.cumulative[-1], side="right")])


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Word pairs of the seeds' and real development pages' article bodies, by frequency."""
    import jieba

    from jimo_data.parsing import parse_page

    pages = [
        parse_page(p.read_bytes()) for folder in (REPO / "seeds", REPO / "tests" / "pages" / "real") for p in sorted(folder.glob("*.txt"))
    ]
    counts: dict[str, int] = {}
    for page in pages:
        for article in page.articles:
            if article["kind"] != "article":
                continue
            words = jieba.lcut(article["body"])
            for first, second in zip(words, words[1:]):
                if _plain(first) and _plain(second):
                    counts[first + second] = counts.get(first + second, 0) + 1
    units = sorted(counts)
    # Titles with a place or rank (区委书记, 副市长), not a bare 书记 or a list of posts
    officials = sorted({o["title"] + o["name"] for page in pages for o in page.officials if _plain_official(o["title"], o["name"])})
    reporters = sorted({b["name"] for page in pages for b in page.bylines if b["role"] == "reporter" and len(b["name"]) in (2, 3)})
    weights = np.array([counts[u] for u in units], dtype=float)
    return Vocabulary(np.array(units, dtype=object), np.cumsum(weights), officials, reporters)


def _plain_official(title: str, name: str) -> bool:
    return len(title) >= 3 and "、" not in title and len(name) in (2, 3)


def _plain(word: str) -> bool:
    """A word of Han characters only, that is no furniture in either script (本報 too)."""
    from jimo_data.parsing.text import simplified

    plain = simplified(word)
    return (
        plain not in FURNITURE_WORDS
        and not any(part in plain for part in FURNITURE_PARTS)
        and all("\u4e00" <= ch <= "\u9fff" for ch in word)
    )


def sentence(rng: np.random.Generator, words: Vocabulary) -> str:
    clauses = ["".join(words.draw(rng, int(rng.integers(3, 8)))) for _ in range(int(rng.integers(1, 4)))]
    return "，".join(clauses) + "。"


def paragraph(rng: np.random.Generator, words: Vocabulary, lead: str = "") -> str:
    return lead + "".join(sentence(rng, words) for _ in range(int(rng.integers(2, 5))))


def headline(rng: np.random.Generator, words: Vocabulary) -> str:
    return "".join(words.draw(rng, int(rng.integers(3, 6))))


# -- the plan: which day and paper each page is -------------------------------------
def page_plan(n_pages: int, n_papers: int, years: float | None) -> list[tuple[dt.date, int, int, int]]:
    """(date, paper index, issue number, page number) of every page, by date, then by
    paper from the highest level, so a same-day source is written before its copies.
    Without `years`, issues are on consecutive days; with it, spread over that many years."""
    papers = sorted(range(n_papers), key=lambda p: (PAPERS[p][2], p))
    per_issue = PAGES_PER_ISSUE
    n_issues = math.ceil(n_pages / (n_papers * per_issue))
    if years:
        days = max(1, round(years * 365))
        per_issue = max(PAGES_PER_ISSUE, math.ceil(n_pages / (n_papers * days)))
        n_issues = math.ceil(n_pages / (n_papers * per_issue))
        dates = [FIRST_DATE + dt.timedelta(days=i * days // n_issues) for i in range(n_issues)]
    else:
        dates = [FIRST_DATE + dt.timedelta(days=i) for i in range(n_issues)]
    plan = [(date, p, FIRST_ISSUE + i, page) for i, date in enumerate(dates) for p in papers for page in range(1, per_issue + 1)]
    return plan[:n_pages]


# -- articles and planted copies ------------------------------------------------------
@dataclass
class Article:
    id: str
    headline: str
    paragraphs: list[str]
    reporters: str
    day: int
    paper: int


@dataclass
class Planter:
    """Draws new articles, and copies of recent ones of other papers."""

    rng: np.random.Generator
    words: Vocabulary
    share: float
    recent: deque = field(default_factory=lambda: deque(maxlen=MAX_LAG_DAYS + 1))  # originals by day
    truth: list[dict] = field(default_factory=list)

    def article(self, article_id: str, day: int, paper: int) -> Article:
        if not self.recent or self.recent[-1][0] != day:
            self.recent.append((day, []))
        source = self._source(day, paper) if self.rng.random() < self.share else None
        if source is None:
            made = self._original(article_id, day, paper)
            self.recent[-1][1].append(made)
            return made
        return self._copy(source, article_id, day, paper)

    def _original(self, article_id: str, day: int, paper: int) -> Article:
        rng, words = self.rng, self.words
        n = int(rng.integers(3, 9))
        official = words.officials[int(rng.integers(len(words.officials)))]
        paragraphs = [paragraph(rng, words, lead=official if i == 0 else "") for i in range(n)]
        return Article(article_id, headline(rng, words), paragraphs, self._reporters(), day, paper)

    def _reporters(self) -> str:
        names = self.words.reporters
        return " ".join(names[i] for i in self.rng.choice(len(names), int(self.rng.integers(1, 3)), replace=False))

    def _source(self, day: int, paper: int) -> Article | None:
        """A recent original of another paper: of an earlier day, or of this day when
        that paper is of a higher level (a district paper reprints the city's story)."""
        rank = PAPERS[paper][2]
        pool = [
            a
            for when, made in self.recent
            for a in made
            if a.paper != paper and (0 < day - when <= MAX_LAG_DAYS or (when == day and PAPERS[a.paper][2] < rank))
        ]
        return pool[int(self.rng.integers(len(pool)))] if pool else None

    def _copy(self, source: Article, article_id: str, day: int, paper: int) -> Article:
        kinds = list(COPY_KINDS)
        kind = kinds[int(self.rng.choice(len(kinds), p=list(COPY_KINDS.values())))]
        paragraphs = getattr(self, f"_{kind}")(source.paragraphs)
        title = source.headline if self.rng.random() < 0.5 else headline(self.rng, self.words)  # editors retitle
        copy = Article(article_id, title, paragraphs, self._reporters(), day, paper)
        self.truth.append(
            {
                "copy_id": article_id,
                "source_id": source.id,
                "kind": kind,
                "share": round(containment("".join(paragraphs), "".join(source.paragraphs)), 3),
                "lag_days": day - source.day,
                "copy_publication": PAPERS[paper][0],
                "source_publication": PAPERS[source.paper][0],
            }
        )
        return copy

    def _whole(self, paragraphs: list[str]) -> list[str]:
        return list(paragraphs)

    def _edited(self, paragraphs: list[str]) -> list[str]:
        """A character changed every 25 to 60: a word swapped, a typo fixed."""
        replacement = "".join(self.words.draw(self.rng, 40))
        edited = []
        for text in paragraphs:
            chars, at = list(text), int(self.rng.integers(25, 60))
            while at < len(chars) - 1:
                if chars[at] not in "，。":
                    chars[at] = replacement[at % len(replacement)]
                at += int(self.rng.integers(25, 60))
            edited.append("".join(chars))
        return edited

    def _cut(self, paragraphs: list[str]) -> list[str]:
        """The first paragraphs only: a reprint cut to fit the page."""
        keep = max(2, int(len(paragraphs) * self.rng.uniform(0.3, 0.8)))
        return list(paragraphs[:keep])

    def _partial(self, paragraphs: list[str]) -> list[str]:
        """A run of the source's paragraphs among new ones: a story built on another's,
        reusing from a sixth to most of it."""
        taken = max(1, int(len(paragraphs) * self.rng.uniform(0.2, 0.9)))
        start = int(self.rng.integers(0, len(paragraphs) - taken + 1))
        new = [paragraph(self.rng, self.words) for _ in range(int(self.rng.integers(1, 6)))]
        at = int(self.rng.integers(0, len(new) + 1))
        return new[:at] + list(paragraphs[start : start + taken]) + new[at:]


def containment(copy: str, source: str) -> float:
    """The reuse rule's share: of the shorter text's shingles, those the longer has (0
    when either is too short for the rule to compare)."""
    from jimo_data.analysis.reuse import shingles_of

    small, large = sorted((shingles_of(copy), shingles_of(source)), key=len)
    return len(small & large) / len(small) if small else 0.0


# -- pages ---------------------------------------------------------------------------
def page_name(date: dt.date, paper: int, issue: int, page_no: int) -> str:
    prefix = PAPERS[paper][1]
    return f"{prefix}/{date:%Y}/{date:%m}/{prefix}_{issue}_{page_no:02d}.txt"


def header(date: dt.date, paper: int, issue: int, page_no: int) -> str:
    name = PAPERS[paper][0]
    if page_no == 1:
        credits = "中共青岛即墨区委\n即墨区人民政府 主办\n即墨融媒体中心编辑出版\n\n" if name == "新即墨" else ""
        return f"{name}\n\n{credits}{date.year}年{date.month}月{date.day}日 星期{WEEKDAYS[date.weekday()]} 第{issue}期\n"
    return f"{name}{date:%Y年%m月%d日}{page_no:02d}版面\n{page_no:02d}版:要闻\n"


def article_text(article: Article) -> str:
    body = "\n\n".join(article.paragraphs)
    return f"{article.headline}\n\n{body}\n\n（{article.reporters}）\n"


def make_archive(n_pages: int, out: Path, seed: int = 1, papers: int = 3, years: float | None = None, reprints: float = 0.1) -> Path:
    """Write the archive into `out` and its planted reprints into `truth_path(out)`."""
    rng = random.Random(seed)  # the layout: how many articles a page has
    planter = Planter(np.random.default_rng(seed), vocabulary(), reprints)
    for date, paper, issue, page_no in page_plan(n_pages, papers, years):
        name = page_name(date, paper, issue, page_no)
        day = (date - FIRST_DATE).days
        articles = [planter.article(f"{name}#{seq}", day, paper) for seq in range(1, rng.randint(3, 6) + 1)]
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n\n".join([header(date, paper, issue, page_no), *map(article_text, articles)]), "utf-8")
    with truth_path(out).open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, TRUTH_COLUMNS)
        writer.writeheader()
        writer.writerows(planter.truth)
    return out


def extra_page(seed: int = 99) -> tuple[str, str]:
    """(name, text) of one more page, dated after any archive: what a reload adds."""
    date, paper, issue, page_no = dt.date(2099, 1, 1), 0, 99999, 1
    name = page_name(date, paper, issue, page_no)
    planter = Planter(np.random.default_rng(seed), vocabulary(), 0.0)
    articles = [planter.article(f"{name}#{seq}", 0, paper) for seq in range(1, 5)]
    return name, "\n\n".join([header(date, paper, issue, page_no), *map(article_text, articles)])


def truth_path(out: Path) -> Path:
    """The planted reprints, next to the archive (inside it, the loader would list the file as ignored)."""
    return out.with_name(out.name + ".reprints.csv")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--papers", type=int, default=3, choices=range(1, len(PAPERS) + 1), help="papers, from 新即墨, 青岛日报, 大众日报 …"
    )
    parser.add_argument("--years", type=float, help="spread the issues over this many years (default: one issue a day)")
    parser.add_argument("--reprints", type=float, default=0.1, help="share of articles that are planted reprints")
    args = parser.parse_args()
    make_archive(args.pages, args.out, args.seed, args.papers, args.years, args.reprints)
    size = sum(p.stat().st_size for p in args.out.rglob("*.txt"))
    print(f"{args.pages} pages, {size / 1e6:.1f} MB in {args.out}; planted reprints in {truth_path(args.out)}")


if __name__ == "__main__":
    main()
