"""The register view: a lazily paged table model, its filter bar and column settings.

Filtering, sorting and searching are done by ``services.register`` in SQL;
this package only asks for the ids of a filter and for the rows on screen.
"""
