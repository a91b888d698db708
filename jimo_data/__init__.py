"""jimo_data: read a Chinese local-newspaper archive (新即墨, 青岛日报) into tables.

    from jimo_data import load_corpus
    from jimo_data.analysis import officials_timeline
    from jimo_data.filters import Filters, select

    corpus = load_corpus("seeds")
    corpus.pages, corpus.articles, corpus.bylines, corpus.officials, corpus.projects, corpus.terms
    officials_timeline(corpus.officials)
    select(corpus, Filters(officials=("孙杰",))).articles

The layers, in the order data flows: `parsing` (one file -> rows, pure), `ingest`
(files, batches, segments, assembly, snapshot), `corpus` (load_corpus), `tables` (the
column contracts), `filters` (the filter registry and selections), `analysis`, and
`views` (the Streamlit dashboard, the only layer that imports streamlit). See
docs/architecture.md.
"""

from .corpus import Corpus, load_corpus
from .tables import SCHEMAS

__all__ = ["Corpus", "load_corpus", "SCHEMAS"]
