"""From a folder of files to the assembled tables, and the caches that make it fast.

    files      discover the pages, fingerprint the folder, hash what changed
    batches    the parallel map of the pure per-file parse into frames
    segments   the durable per-file cache: Parquet rows keyed by content hash
    assemble   cached rows + page ids -> the tables (duplicates, article ids, dates)
    snapshot   the assembled tables of one folder, memory-mapped; applying a change set
    store      where all of it lives under the cache folder, and the file manifest
    frames     concatenating categorical frames, returning freed memory

`jimo_data.corpus.load_corpus` strings them together.
"""
