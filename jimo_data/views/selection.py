"""Table selections that follow what was chosen (a person, a project), not row numbers.

Streamlit keeps a table's selection as row positions. When the table changes under it
(selecting an official filters the page, a status filter shortens the list), the same
positions are other rows: the tick would move to another person. So the page keeps what
was chosen, and before each draw either reads a new choice from the ticks or puts the
ticks on the rows that hold the choice now.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
import streamlit as st


def follow_selection(key: str, keys: pd.Series, chosen: Iterable) -> tuple | None:
    """Call before drawing the table `key` whose rows are identified by `keys` (a
    column, in the order drawn). When the reader ticked or unticked a row since the last
    draw, returns the keys of the ticked rows (the table drawn then is this one: a click
    changes nothing else); otherwise puts the ticks on the rows of `chosen` and returns
    None."""
    handled = f"_{key}_ticks"
    ticked = _ticked(key)
    if ticked is not None and ticked != st.session_state.get(handled):
        st.session_state[handled] = ticked
        return tuple(dict.fromkeys(keys.iloc[[row for row in ticked if row < len(keys)]]))
    rows = tuple(int(row) for row in (keys.isin(list(chosen))).to_numpy().nonzero()[0])
    if ticked != rows and (ticked is not None or rows):
        st.session_state[key] = {"selection": {"rows": list(rows), "columns": [], "cells": []}}
    st.session_state[handled] = rows
    return None


def _ticked(key: str) -> tuple[int, ...] | None:
    """The rows ticked in the table as last drawn, None when it was not drawn last run."""
    state = st.session_state.get(key)
    return tuple(state["selection"]["rows"]) if state else None
