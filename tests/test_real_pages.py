"""The parser against hand-written gold for real pages of many papers (tests/real_pages.py,
docs/development-corpus.md): every measure at or above its floor."""

from __future__ import annotations

import pytest
from real_pages import FLOORS, HELD_OUT, HELD_OUT_FLOORS, _office_key, gold_of, page_files, report, score


@pytest.fixture(scope="module")
def tally():
    return score(page_files())


def test_every_page_has_gold_and_a_manifest_line():
    manifest = (page_files()[0].parent / "manifest.tsv").read_text("utf-8").splitlines()
    listed = {line.split("\t")[0] for line in manifest if line.strip() and not line.startswith("#")}
    assert listed == {page.name for page in page_files()}
    assert all((page.parent / "gold" / f"{page.stem}.toml").exists() for page in page_files())


def test_the_development_corpus_is_large_and_varied():
    golds = [gold_of(page) for page in page_files()]
    assert len(golds) >= 50
    assert len({g["publication"] for g in golds if g["publication"]}) >= 12


@pytest.mark.parametrize("measure", FLOORS)
def test_measure_at_or_above_its_floor(tally, measure):
    print(report(tally))
    assert tally.figures()[measure] >= FLOORS[measure], report(tally)


def test_the_held_out_pages_stay_above_their_guard():
    figures = score(page_files(HELD_OUT)).figures()
    below = {m: round(figures[m], 3) for m, floor in HELD_OUT_FLOORS.items() if figures[m] < floor}
    assert not below, below


def test_every_held_out_page_has_gold_and_a_manifest_line():
    manifest = (HELD_OUT / "manifest.tsv").read_text("utf-8").splitlines()
    listed = {line.split("\t")[0] for line in manifest if line.strip() and not line.startswith("#")}
    assert listed == {page.name for page in page_files(HELD_OUT)}


def test_no_official_of_another_place_is_put_into_a_jimo_office(real_corpus):
    """Over a folder of the real pages, everyone the parser places in 即墨区 is someone
    the gold places there."""
    corpus = real_corpus
    jimo = corpus.officials[corpus.officials["jurisdiction"] == "即墨区"]
    gold = {
        (page.name, name)
        for page in page_files()
        for article in gold_of(page)["articles"]
        for name, _, office in article.get("officials", []) + article.get("optional_officials", [])
        if office.startswith("即墨区")
    }
    placed = set(zip(jimo["page_id"], jimo["name"]))
    assert placed <= gold, sorted(placed - gold)


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("云南永平县县长", "永平县县长", True),  # the province written before the county
        ("陵水黎族自治县县长", "陵水县县长", True),  # an autonomous county's full and common names
        ("青岛住房和城乡建设局局长", "青岛市住房和城乡建设局局长", True),  # a city's short and full names
        ("黄石市市长", "黄石市委书记", False),  # one place, two offices
        ("永平县县长", "永新县县长", False),  # two places
        ("区委书记", "即墨区委书记", False),  # a bare title is not a placed one
    ],
)
def test_the_scorer_compares_an_offices_place_by_the_division_it_names(a, b, same):
    assert (_office_key(a) == _office_key(b)) is same
