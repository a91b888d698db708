"""Concatenating categorical columns (ingest/frames.py): the values of every part, in
order, with the first part's categories first and its codes kept."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from jimo_data import tables
from jimo_data.ingest.frames import concat_categoricals, concat_frames


def categorical(values, categories=None) -> pd.Categorical:
    return pd.Categorical(values, categories=categories)


@pytest.mark.parametrize(
    "parts, categories, why",
    [
        ([["项目", "开工"], ["开工"]], ["开工", "项目"], "nothing new: the first part's categories as they are"),
        ([["项目"], ["签约", "项目", "竣工"]], ["项目", "竣工", "签约"], "new ones after the first part's, in the part's order"),
        ([["项目"], ["签约"], ["竣工", "签约"]], ["项目", "签约", "竣工"], "several parts: each new category once"),
        ([["项目"], []], ["项目"], "an empty part adds nothing"),
        ([["项目", None], [None, "竣工"]], ["项目", "竣工"], "a missing value stays missing"),
        ([[3, 1], [2, 3]], [1, 3, 2], "numbers: the same rule"),
    ],
)
def test_concatenated_categoricals_keep_every_value(parts, categories, why):
    joined = concat_categoricals([categorical(values) for values in parts])
    assert list(joined.categories) == categories, why
    assert [None if pd.isna(v) else v for v in joined] == [v for values in parts for v in values], why


def test_categories_held_in_arrow_chunks_concatenate():
    """Categories read back from Parquet or the snapshot are Arrow strings, sometimes in
    several chunks."""
    chunked = pd.Index(pd.arrays.ArrowStringArray(pa.chunked_array([["开工"], ["项目"]])))
    first = pd.Categorical.from_codes([1, 0], dtype=pd.CategoricalDtype(chunked))
    joined = concat_categoricals([first, categorical(["竣工", "项目"]), pd.Categorical.from_codes([0], dtype=pd.CategoricalDtype(chunked))])
    assert list(joined) == ["项目", "开工", "竣工", "项目", "开工"]


def test_the_first_part_keeps_its_dtype_when_nothing_is_new():
    """A new dtype would check every category again: an archive's on every reload."""
    first = categorical(["项目", "开工", "签约"])
    assert concat_categoricals([first, categorical(["签约"])]).dtype is first.dtype


def test_slices_of_the_first_part_are_not_recoded(monkeypatch):
    """A reload drops a removed page's rows by joining the slices around them: they
    share the first part's categories, which need no lookup."""
    import jimo_data.ingest.frames as frames

    whole = categorical(["项目", "开工", "签约", "竣工"])
    looked_up = []
    merge = frames._merged_categories
    monkeypatch.setattr(frames, "_merged_categories", lambda first, others: looked_up.extend(others) or merge(first, others))
    joined = concat_categoricals([whole[:1], whole[3:], categorical(["招商", "开工"])])
    assert list(joined) == ["项目", "竣工", "招商", "开工"]
    assert joined.dtype.categories.tolist()[:4] == whole.categories.tolist()
    assert [list(categories) for categories in looked_up] == [["开工", "招商"]]  # only the new part's


def test_categories_unused_by_the_rows_are_kept():
    """The first part's categories stay in place even when no row uses them: its codes
    are kept as they are."""
    first = categorical(["开工"], categories=["竣工", "开工"])
    joined = concat_categoricals([first, categorical(["签约"])])
    assert list(joined.categories) == ["竣工", "开工", "签约"]
    assert list(joined.codes) == [1, 2]


def test_frames_concatenate_column_by_column():
    first = pd.DataFrame({"term": categorical(["项目"]), "count": [2]})
    second = pd.DataFrame({"term": categorical(["竣工"]), "count": [1]})
    joined = concat_frames([first, second])
    assert isinstance(joined["term"].dtype, pd.CategoricalDtype)
    assert joined.astype({"term": str}).to_dict("list") == {"term": ["项目", "竣工"], "count": [2, 1]}


def term_rows(terms: list[str], counts: list[int]) -> pd.DataFrame:
    """Rows of the terms table, with its contract's types."""
    articles = [f"a.txt#{i}" for i in range(len(terms))]
    return tables.conform("terms", pd.DataFrame({"article_id": articles, "term": terms, "count": counts}))


def test_rows_joined_with_room_are_the_rows_joined():
    old, new = term_rows(["项目", "开工"], [3, 1]), term_rows(["签约", "项目"], [2, 5])
    with_room = concat_frames([old, new], room=True)
    pd.testing.assert_frame_equal(with_room, concat_frames([old, new]))
    assert list(with_room["term"]) == ["项目", "开工", "签约", "项目"]
    assert with_room["count"].tolist() == [3, 1, 2, 5]
    assert with_room["count"].dtype == np.int32 and with_room["term"].dtype.categories.tolist() == ["开工", "项目", "签约"]


def test_rows_appended_to_the_last_join_are_written_after_it_not_copied():
    """A reload adds a page's term rows to an archive's millions: the second join
    writes them after the first's rows, in the same buffer."""
    first = concat_frames([term_rows(["项目", "开工"], [3, 1]), term_rows(["签约"], [2])], room=True)
    second = concat_frames([first, term_rows(["竣工", "项目"], [1, 4])], room=True)
    for column, values in (("term", lambda c: c.array.codes), ("article_id", lambda c: c.array.codes), ("count", lambda c: c.to_numpy())):
        assert np.shares_memory(values(first[column]), values(second[column])), column
    assert list(second["term"]) == ["项目", "开工", "签约", "竣工", "项目"]
    assert second["count"].tolist() == [3, 1, 2, 1, 4]
    assert list(first["term"]) == ["项目", "开工", "签约"]


def test_rows_appended_to_an_older_join_leave_the_newer_one_as_it_was():
    """Two reloads from the same corpus (a page added, then the corpus before it
    loaded again): the newer join's rows are past the older's, and must not be
    overwritten."""
    first = concat_frames([term_rows(["项目"], [1]), term_rows(["开工"], [2])], room=True)
    newer = concat_frames([first, term_rows(["签约"], [3])], room=True)
    other = concat_frames([first, term_rows(["竣工"], [4])], room=True)
    assert list(newer["term"]) == ["项目", "开工", "签约"] and newer["count"].tolist() == [1, 2, 3]
    assert list(other["term"]) == ["项目", "开工", "竣工"] and other["count"].tolist() == [1, 2, 4]
    assert not np.shares_memory(other["term"].array.codes, newer["term"].array.codes)


def test_a_slice_of_a_join_is_copied_before_rows_follow_it():
    """A removed page's rows leave the slices around them: the rows after the first
    slice in the buffer are still the older frame's."""
    whole = concat_frames([term_rows(["项目", "开工"], [1, 2]), term_rows(["签约"], [3])], room=True)
    joined = concat_frames([whole.iloc[:1], term_rows(["竣工"], [4])], room=True)
    assert list(joined["term"]) == ["项目", "竣工"]
    assert list(whole["term"]) == ["项目", "开工", "签约"] and whole["count"].tolist() == [1, 2, 3]
