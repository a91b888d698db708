"""Entry point: `streamlit run dashboard.py [-- --corpus PATH | --store DEST]`.

Builds the navigation and the shared sidebar; every page lives in jimo_data/views/.
"""

import os
import time
from pathlib import Path

import duckdb
import streamlit as st

from jimo_data.views import PAGES, page_script
from jimo_data.views.context import build_context
from jimo_data.views.data import corpus_path, get_corpus, get_store, start_warm_ups, store_path
from jimo_data.views.i18n import t
from jimo_data.views.served import STORE_PAGES, build_store_context, store_error, store_filters
from jimo_data.views.sidebar import sidebar
from jimo_data.views.state import remember_page_settings, restore_page_settings, sync_filters
from jimo_data.views.widgets import md_escape

SEEDS = Path(__file__).resolve().parent / "seeds"  # the corpus when none is given
RUN_LOG = os.environ.get("JIMO_RUN_LOG")  # benchmarks/load_sessions.py: each run's server time; off by default


def navigation_of(pages: tuple, lang: str):
    return st.navigation(
        [
            st.Page(page_script(module), title=t(label, lang), url_path=url_path, default=(i == 0))
            for i, (module, url_path, label) in enumerate(pages)
        ]
    )


def page_path(navigation) -> str:
    """The URL path of the page this run shows (the first page's, served at /, is "" to Streamlit)."""
    return navigation.url_path or PAGES[0][1]


def main() -> None:
    started, started_cpu = time.perf_counter(), time.thread_time()
    st.set_page_config(page_title="即墨报刊数据看板 · Jimo archive", page_icon="📰", layout="wide")
    lang_hint = "en" if st.query_params.get("lang") == "en" else "zh"
    if dest := store_path(None):  # a Parquet store, served through DuckDB (docs/store.md)
        try:
            store = get_store(dest, lang_hint)
        except (OSError, ValueError, duckdb.Error) as error:
            st.error(md_escape(store_error(error, dest, lang_hint)))
            st.stop()
        filters, messages = store_filters(store)
        navigation = navigation_of(STORE_PAGES, filters.lang)
        restore_page_settings(page_path(navigation), store)
        sidebar(build_store_context(store, filters), messages)
    else:
        path = corpus_path(None, default=SEEDS)
        if path is None:
            st.error(t("empty_corpus_path", lang_hint))
            st.stop()
        if not path.exists():
            st.error(md_escape(t("corpus_not_found", lang_hint, path=path)))
            st.stop()
        try:
            corpus = get_corpus(path, lang_hint)
        except (OSError, ValueError) as error:
            st.error(md_escape(t("corpus_unreadable", lang_hint, path=path, error=error)))
            st.stop()
        if corpus.pages.empty:
            others = t("other_files_not_read", lang_hint, n=len(corpus.ignored)) if corpus.ignored else ""
            st.warning(md_escape(t("corpus_has_no_pages", lang_hint, path=path, others=others)))
            st.stop()
        filters, messages = sync_filters(corpus)
        navigation = navigation_of(PAGES, filters.lang)
        restore_page_settings(page_path(navigation), corpus)
        sidebar(build_context(corpus, filters), messages)
    try:
        navigation.run()
        remember_page_settings()  # a page that stops (`state.stop_page`) remembers them before
    finally:
        start_warm_ups()  # a reload's, now that the page is drawn
        if RUN_LOG:  # wall and CPU time: a run waiting for other sessions' work has the first much above the second
            with open(RUN_LOG, "a", encoding="utf-8") as log:
                log.write(
                    f"{time.time():.3f}\t{page_path(navigation)}\t{time.perf_counter() - started:.4f}\t{time.thread_time() - started_cpu:.4f}\n"
                )


# Streamlit runs this file as `__main__`. The processes of a parallel parse (spawned)
# import it again as `__mp_main__`, which must draw nothing: running the dashboard there
# would load the corpus again in each of them, and they would fail to start.
if __name__ != "__mp_main__":
    main()
