"""Entry point: `streamlit run dashboard.py [-- --corpus PATH]`.

Builds the navigation and the shared sidebar; every page lives in jimo_data/views/.
"""

import streamlit as st

from jimo_data.views.data import corpus_path, get_corpus
from jimo_data.views.i18n import t
from jimo_data.views.state import build_context, sidebar, sync_filters
from jimo_data.views.widgets import md_escape

st.set_page_config(page_title="即墨报刊数据看板 · Jimo archive", page_icon="📰", layout="wide")

PAGES = [  # (module, url path, label key); the first is the default page, served at /
    ("overview", "overview", "page_overview"),
    ("timeline", "timeline", "page_timeline"),
    ("keywords", "keywords", "page_keywords"),
    ("bylines", "bylines", "page_bylines"),
    ("officials", "officials", "page_officials"),
    ("projects", "projects", "page_projects"),
    ("reader", "reader", "page_reader"),
]

lang_hint = "en" if st.query_params.get("lang") == "en" else "zh"
path = corpus_path()
try:
    corpus = get_corpus(path, lang_hint)
except (OSError, ValueError) as error:
    st.error(md_escape(f"{path}: {error}"))
    st.stop()

filters, messages = sync_filters(corpus)
navigation = st.navigation(
    [
        st.Page(f"jimo_data/views/{module}.py", title=t(label, filters.lang), url_path=url_path, default=(i == 0))
        for i, (module, url_path, label) in enumerate(PAGES)
    ]
)
sidebar(corpus, filters, messages)
build_context(corpus, filters)
navigation.run()
