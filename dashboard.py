"""Entry point: `streamlit run dashboard.py [-- --corpus PATH]`.

Builds the navigation and the shared sidebar; every page lives in jimo_data/views/.
"""

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

st.set_page_config(page_title="即墨报刊数据看板 · Jimo archive", page_icon="📰", layout="wide")

lang_hint = "en" if st.query_params.get("lang") == "en" else "zh"
path = None
try:
    path = corpus_path(None, default=SEEDS)
    corpus = get_corpus(path, lang_hint)
except (OSError, ValueError) as error:
    st.error(md_escape(f"{path}: {error}" if path else str(error)))
    st.stop()

filters, messages = sync_filters(corpus)
navigation = st.navigation(
    [
        st.Page(page_script(module), title=t(label, filters.lang), url_path=url_path, default=(i == 0))
        for i, (module, url_path, label) in enumerate(PAGES)
    ]
)
sidebar(corpus, filters, messages)
build_context(corpus, filters)
navigation.run()
