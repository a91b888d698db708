"""Projects over a store: the ranking of the filtered articles' projects (views/served.py)."""

from jimo_data.views.served import ranking_page

ranking_page("projects", "page_projects")
