"""Entry point: `streamlit run dashboard.py [-- --corpus PATH]`.

Builds the navigation and the shared sidebar; every page lives in jimo_data/views/.
"""

import os
import time
from pathlib import Path

import streamlit as st

from jimo_data.views import PAGES, page_script
from jimo_data.views.context import build_context
from jimo_data.views.data import corpus_path, get_corpus
from jimo_data.views.i18n import t
from jimo_data.views.sidebar import sidebar
from jimo_data.views.state import sync_filters
from jimo_data.views.widgets import md_escape

SEEDS = Path(__file__).resolve().parent / "seeds"  # the corpus when none is given
RUN_LOG = os.environ.get("JIMO_RUN_LOG")  # benchmarks/load_sessions.py: each run's server time; off by default

started, started_cpu = time.perf_counter(), time.thread_time()

st.set_page_config(page_title="即墨报刊数据看板 · Jimo archive", page_icon="📰", layout="wide")

lang_hint = "en" if st.query_params.get("lang") == "en" else "zh"
path = corpus_path(None, default=SEEDS)
if path is None:
    st.error(t("empty_corpus_path", lang_hint))
    st.stop()
try:
    corpus = get_corpus(path, lang_hint)
except (OSError, ValueError) as error:
    st.error(md_escape(f"{path}: {error}"))
    st.stop()

filters, messages = sync_filters(corpus)
navigation = st.navigation(
    [
        st.Page(page_script(module), title=t(label, filters.lang), url_path=url_path, default=(i == 0))
        for i, (module, url_path, label) in enumerate(PAGES)
    ]
)
sidebar(build_context(corpus, filters), messages)
try:
    navigation.run()
finally:
    if RUN_LOG:  # wall and CPU time: a run waiting for other sessions' work has the first much above the second
        with open(RUN_LOG, "a", encoding="utf-8") as log:
            log.write(
                f"{time.time():.3f}\t{navigation.url_path or PAGES[0][1]}\t{time.perf_counter() - started:.4f}\t{time.thread_time() - started_cpu:.4f}\n"
            )
