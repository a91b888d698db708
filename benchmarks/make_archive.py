"""Build a synthetic 新即墨 archive of N pages from the seed pages, deterministically.

Each issue has four pages; page 1 carries the masthead (date, lunar date placeholder,
weekday, 第N期 with consecutive numbers), pages 2-4 e-paper navigation lines. Every page
has 3 to 6 articles: a seed headline, 3 to 8 paragraphs recombined from the seeds'
article bodies, and a closing byline of seed reporters. Pages are 7-13 KB like the
seeds, so 13,600 pages are about 140 MB.

    python benchmarks/make_archive.py 13600 /tmp/archive --seed 1
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WEEKDAYS = "一二三四五六日"
FIRST_ISSUE = 1000
FIRST_DATE = dt.date(2012, 1, 3)


def seed_material() -> tuple[list[str], list[str], list[str]]:
    from jimo_data import load_corpus

    corpus = load_corpus(REPO / "seeds")
    articles = corpus.articles[corpus.articles["kind"] == "article"]
    # A paragraph that opens a report (`本报2月4日讯`) would start a new article wherever it
    # landed; recombined bodies use only paragraphs that can stand inside one.
    paragraphs = [p for body in articles["body"] for p in body.split("\n") if len(p) >= 40 and not p.startswith("本报")]
    headlines = [h for h in articles["headline"] if h]
    reporters = sorted(set(corpus.bylines.loc[corpus.bylines["role"] == "reporter", "name"]) - {"王涛", "薛华飞", "陈小川"})
    return paragraphs, headlines, reporters


def page_text(rng: random.Random, number: int, material) -> tuple[str, str]:
    paragraphs, headlines, reporters = material
    issue, page_no = divmod(number, 4)
    date = FIRST_DATE + dt.timedelta(days=issue)
    if page_no == 0:
        header = (
            f"新即墨\n\n中共青岛即墨区委\n即墨区人民政府 主办\n即墨融媒体中心编辑出版\n\n"
            f"{date.year}年{date.month}月{date.day}日 星期{WEEKDAYS[date.weekday()]} 第{FIRST_ISSUE + issue}期\n"
        )
    else:
        header = f"新即墨{date:%Y年%m月%d日}{page_no + 1:02d}版面\n{page_no + 1:02d}版:要闻\n"
    parts = [header]
    for _ in range(rng.randint(3, 6)):
        body = "\n\n".join(rng.sample(paragraphs, rng.randint(3, 8)))
        names = " ".join(rng.sample(reporters, rng.randint(1, 2)))
        parts.append(f"{rng.choice(headlines)}\n\n{body}\n\n（{names}）\n")
    name = f"{date:%Y}/{date:%m}/xjm_{FIRST_ISSUE + issue}_{page_no + 1:02d}.txt"
    return name, "\n\n".join(parts)


def make_archive(n_pages: int, out: Path, seed: int = 1) -> Path:
    rng = random.Random(seed)
    material = seed_material()
    for number in range(n_pages):
        name, text = page_text(rng, number, material)
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    make_archive(args.pages, args.out, args.seed)
    size = sum(p.stat().st_size for p in args.out.rglob("*.txt"))
    print(f"{args.pages} pages, {size / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
