"""The dashboard: thin Streamlit pages over `jimo_data`'s tables, analyses and filters.

Only this subpackage imports streamlit; the rest of `jimo_data` never does.

    data.py      loading the corpus once per change of its files; the warm-up
    state.py     the filters between URL, session and sidebar widgets; the pages' own options
    sidebar.py   the shared sidebar, drawn from the filter registry
    context.py   what every page gets: corpus, filters, selection; per-session memo
    widgets.py   tables with a CSV download, charts, page options, reader links
    i18n.py      every label in Chinese and English
    reprints.py  the reader's line naming an article's other printings
    <page>.py    one module per page of PAGES
    served.py    the dashboard over a Parquet store: its pages (STORE_PAGES, store_<page>.py) and helpers
"""

PAGES = (  # (module in this folder, URL path, label key); the first is served at /
    ("overview", "overview", "page_overview"),
    ("timeline", "timeline", "page_timeline"),
    ("keywords", "keywords", "page_keywords"),
    ("bylines", "bylines", "page_bylines"),
    ("officials", "officials", "page_officials"),
    ("projects", "projects", "page_projects"),
    ("reuse", "reuse", "page_reuse"),
    ("reader", "reader", "page_reader"),
    ("collocates", "collocates", "page_collocates"),
)


def page_script(module: str) -> str:
    """The page's script as Streamlit names it (relative to the folder of dashboard.py)."""
    return f"jimo_data/views/{module}.py"


def page_url(module: str) -> str:
    """The page's URL path (without the leading /)."""
    return next(url_path for name, url_path, _ in PAGES if name == module)
