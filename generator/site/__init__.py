"""The public commendation site: the `honors` MkDocs plugin and what it renders.

In: a checked Repository (the build stops on any error, refuse.py), the honor roll and the
公示's words of generator/forms/. Out: the site's pages, its data files and the 在线填报 data.
plugin.py wires them into MkDocs; fastpath/ keeps large builds fast and small. engine.py picks
MkDocs or ProperDocs before any of their modules is imported.
"""

from generator.site import engine as engine
