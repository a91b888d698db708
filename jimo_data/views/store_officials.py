"""Officials over a store: the ranking of the filtered articles' officials (views/served.py)."""

from jimo_data.views.served import ranking_page

ranking_page("officials", "page_officials")
