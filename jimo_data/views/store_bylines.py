"""Bylines over a store: the ranking of the filtered articles' bylines (views/served.py)."""

from jimo_data.views.served import ranking_page

ranking_page("bylines", "page_bylines")
