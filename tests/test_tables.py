"""Every table keeps its column contract (jimo_data/tables.py, docs/data-model.md)."""

from __future__ import annotations

import pandas as pd
import pytest
from paths import REPO

from jimo_data import load_corpus
from jimo_data.tables import SCHEMAS, STORED_TABLES, TABLES, data_model_markdown


def _contract(table):
    return [(name, dtype) for name, dtype, _ in SCHEMAS[table]]


def _actual(frame):
    return [(name, str(dtype)) for name, dtype in frame.dtypes.items()]


@pytest.mark.parametrize("table", TABLES)
def test_seed_tables_have_exactly_the_contract_columns(seeds_corpus, table):
    assert _actual(seeds_corpus.table(table)) == _contract(table)
    assert len(seeds_corpus.table(table)) > 0 or table not in STORED_TABLES  # the seeds have no corrections.toml


@pytest.mark.parametrize("table", TABLES)
def test_tables_of_an_empty_folder_still_have_the_columns(tmp_path, table):
    (tmp_path / "corpus").mkdir()
    corpus = load_corpus(tmp_path / "corpus", cache_dir=tmp_path / "cache")
    assert _actual(corpus.table(table)) == _contract(table)
    assert corpus.table(table).empty


def test_strings_are_never_null_and_ids_are_unique(seeds_corpus):
    for table in TABLES:
        frame = seeds_corpus.table(table)
        strings = [name for name, dtype, _ in SCHEMAS[table] if dtype == "string"]
        assert not frame[strings].isna().any().any(), table
    assert seeds_corpus.pages["page_id"].is_unique
    assert seeds_corpus.articles["article_id"].is_unique
    assert set(seeds_corpus.bylines["article_id"]) <= set(seeds_corpus.articles["article_id"])
    assert pd.api.types.is_datetime64_any_dtype(seeds_corpus.articles["date"])


def test_data_model_doc_is_current():
    assert (REPO / "docs" / "data-model.md").read_text("utf-8") == data_model_markdown()
