"""The public commendation site: the `honors` MkDocs plugin and what it renders."""
