"""Reloading a folder after a few pages changed: the tables equal a cold load's, the
categorical concatenation that appends a page's rows keeps every value, and the
dashboard's warm-up of a reloaded corpus gives what a synchronous one gives."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from compare import assert_same_tables
from paths import REPO
from real_pages import copied

from jimo_data import load_corpus
from jimo_data.analysis import article_names, article_term_totals, corpus_term_totals, term_matrix
from jimo_data.ingest.frames import concat_categoricals

REAL = REPO / "tests" / "pages" / "real"
SAMPLE = sorted(REAL.glob("*.txt"))[:24]  # a few papers' pages: enough for every change below


def categorical(values, categories=None) -> pd.Categorical:
    return pd.Categorical(values, categories=categories)


# parts -> (values, categories in order of first appearance)
CONCATENATIONS = [
    ([categorical(["b", "a"]), categorical(["c", "a"])], (["b", "a", "c", "a"], ["a", "b", "c"])),
    # a value missing in a part stays missing, not the first category
    ([categorical(["b", None]), categorical([None, "z"])], (["b", None, None, "z"], ["b", "z"])),
    ([categorical(["a"]), categorical([], categories=pd.Index([], dtype=str))], (["a"], ["a"])),
    # categories no row uses are kept: the snapshot's codes must stay valid
    ([categorical(["a"], categories=["a", "unused"]), categorical(["unused"])], (["a", "unused"], ["a", "unused"])),
    # not text (the pandas path)
    ([categorical([2, 1]), categorical([3, 1])], ([2, 1, 3, 1], [1, 2, 3])),
]


@pytest.mark.parametrize(("parts", "expected"), CONCATENATIONS)
def test_concatenated_categoricals_keep_every_value(parts, expected):
    values, categories = expected
    joined = concat_categoricals(parts)
    assert [None if pd.isna(v) else v for v in joined] == values
    assert list(joined.categories) == categories


def test_appending_rows_of_known_categories_keeps_the_first_parts_categories():
    """An added page's terms are mostly words the archive has: the archive's category
    index is kept as it is (not rebuilt and checked again), with its codes."""
    archive = categorical(["项目", "开工", "项目"])
    joined = concat_categoricals([archive, categorical(["开工"])])
    assert joined.categories is archive.categories
    assert list(joined.codes) == [*archive.codes, archive.categories.get_loc("开工")]


@pytest.fixture
def folder(tmp_path):
    return copied(SAMPLE, tmp_path / "pages")


def change_add(folder):  # sorts after every page: appended in order
    (folder / "zz_added.txt").write_bytes(SAMPLE[3].read_bytes() + "\n（本报记者 补记）".encode())


def change_insert(folder):  # sorts among the pages: the tables are put in order again
    (folder / f"{SAMPLE[5].stem}_inserted.txt").write_bytes(SAMPLE[3].read_bytes() + "\n新的一段。".encode())


def change_edit(folder):
    page = folder / SAMPLE[10].name
    page.write_bytes(page.read_bytes() + "\n（本报记者 补记）".encode())


def change_remove(folder):
    (folder / SAMPLE[7].name).unlink()


def change_edit_and_remove(folder):
    change_edit(folder)
    change_remove(folder)


@pytest.mark.parametrize(
    "change",
    [change_add, change_insert, change_edit, change_remove, change_edit_and_remove],
    ids=["add", "insert", "edit", "remove", "edit and remove"],
)
def test_a_reload_of_real_pages_equals_a_cold_load_of_the_same_folder(folder, tmp_path, change):
    load_corpus(folder, cache_dir=tmp_path / "cache")
    change(folder)
    reloaded = load_corpus(folder, cache_dir=tmp_path / "cache")
    cold = load_corpus(folder, cache_dir=tmp_path / "cold-cache")
    assert reloaded.n_parsed <= 1  # the snapshot was updated, not rebuilt
    assert_same_tables(reloaded, cold)
    # and what the dashboard derives from them
    assert article_term_totals(reloaded).equals(article_term_totals(cold))
    assert corpus_term_totals(reloaded).sort_index().equals(corpus_term_totals(cold).sort_index())
    assert article_names(reloaded).equals(article_names(cold))
    assert term_matrix(reloaded).by_article.data.sum() == term_matrix(cold).by_article.data.sum()


@pytest.mark.parametrize("reload", [False, True], ids=["first load: before the page", "reload: after the page"])
def test_the_warm_up_builds_what_filtering_needs(folder, tmp_path, reload):
    from jimo_data.views.data import prepare, start_warm_ups, warm_up

    corpus = load_corpus(folder, cache_dir=tmp_path / "cache")
    worker = warm_up(corpus, reload=reload)
    assert corpus.remembers("term_matrix") != reload  # a reload's waits for the page to be drawn
    start_warm_ups()
    worker.join()
    reference = load_corpus(folder, cache_dir=tmp_path / "cache")
    prepare(reference)
    for key in ("term_matrix", "article_names", "article_term_totals", "term_totals"):
        assert corpus.remembers(key), key
    assert np.array_equal(article_term_totals(corpus), article_term_totals(reference))
    assert article_names(corpus).equals(article_names(reference))
