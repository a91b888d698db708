"""Analyses over the corpus tables, as functions with explicit arguments.

    search       the one definition of a hit: finding words in articles' text
    query        the search syntax (AND, OR, -exclusion, "phrase", headline: and byline:)
    term_counts  totals of terms over a selection, the sparse term matrix, trends
    keyness      key terms by log-likelihood; keyword in context
    officials    who held which office when
    bylines      who wrote what, ranked, per month
    issues       articles per period, latest issues, gaps in the issue numbering
    projects     named projects over time
    articles     names per article, co-occurrence, the reader's list
    summary      the figures of an overview
    collocates   collocates, clusters, sorted keyword in context, dispersion, two sub-corpora
    reuse        reprints: one story in several papers, its source and copies

None touches files or imports streamlit, so a notebook, the CLI and the dashboard
compute the same thing.
"""

from .articles import article_names, co_occurrence, coauthors, reading_list
from .bylines import articles_per_month, byline_ranking
from .issues import articles_per_period, dated_pages, gaps_between, issue_gaps, issue_numbers, issues_held, latest_issues
from .keyness import concordance, key_terms_with_hits, keyness, keyness_against_rest
from .officials import (
    by_month,
    career_spans,
    most_mentioned_first,
    office_holders,
    office_tenures,
    offices_by_holders,
    offices_by_mentions,
    officials_timeline,
    undated_people,
)
from .projects import (
    latest_projects,
    mention_places,
    project_names,
    project_officials,
    project_summary,
    projects_at_each_stage,
    reaching,
    stage_events,
    with_project_names,
)
from .query import Query, Term, highlight_terms, parse_query, query_hits, query_mask, search_articles
from .reuse import reprints
from .search import contains, count_occurrences, hit_spans
from .summary import summary_figures
from .term_counts import (
    article_chars,
    article_term_totals,
    corpus_term_totals,
    selection_hits,
    term_matrix,
    term_occurrences,
    term_totals,
    term_trend,
    totals_by_term,
    undated_hits,
)

__all__ = [
    "article_chars",
    "article_names",
    "article_term_totals",
    "articles_per_month",
    "articles_per_period",
    "byline_ranking",
    "career_spans",
    "offices_by_mentions",
    "co_occurrence",
    "coauthors",
    "concordance",
    "contains",
    "corpus_term_totals",
    "count_occurrences",
    "dated_pages",
    "gaps_between",
    "highlight_terms",
    "hit_spans",
    "issue_gaps",
    "issue_numbers",
    "key_terms_with_hits",
    "keyness",
    "keyness_against_rest",
    "issues_held",
    "latest_issues",
    "office_holders",
    "office_tenures",
    "by_month",
    "offices_by_holders",
    "most_mentioned_first",
    "officials_timeline",
    "mention_places",
    "project_names",
    "project_officials",
    "project_summary",
    "projects_at_each_stage",
    "reaching",
    "reading_list",
    "reprints",
    "search_articles",
    "stage_events",
    "latest_projects",
    "parse_query",
    "Query",
    "query_hits",
    "query_mask",
    "selection_hits",
    "summary_figures",
    "Term",
    "term_matrix",
    "term_occurrences",
    "term_totals",
    "term_trend",
    "totals_by_term",
    "with_project_names",
    "undated_hits",
    "undated_people",
]
