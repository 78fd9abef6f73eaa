"""The public commendation site: the `honors` MkDocs plugin and what it renders.

In: a checked Repository (the build stops on any error, refuse.py), the honor roll and the
公示's words of generator/forms/. Out: the site's pages, its data files and the 在线填报 data.
plugin.py wires them into MkDocs (load, then render); searchindex.py writes the generated pages'
search index; fastpath/ keeps large builds fast and small behind one class, FastPath. engine.py
picks MkDocs or ProperDocs before any of their modules is imported.
"""

from generator.site import engine as engine
