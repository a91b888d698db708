"""jimo_data: read a Chinese local-newspaper archive (新即墨, 青岛日报) into tables.

    from jimo_data import load_corpus, officials_timeline
    corpus = load_corpus("seeds")
    corpus.pages, corpus.articles, corpus.bylines, corpus.officials, corpus.projects, corpus.terms

This package never imports streamlit; the dashboard is a thin layer over it.
"""

from .corpus import Corpus, load_corpus
from .tables import SCHEMAS

__all__ = ["Corpus", "load_corpus", "SCHEMAS"]
