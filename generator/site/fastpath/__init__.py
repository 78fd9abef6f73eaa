"""The build's fast path: generated pages built quicker and in less memory, with the same output.

Nothing here decides what the site says: every module takes what MkDocs, Python-Markdown or
Material would have made and makes the same thing another way. Only plugin.py uses it.

- rawblocks: sets self-contained raw-HTML blocks aside before Python-Markdown and puts them
  back after. Relies on Python-Markdown passing such a block through verbatim (ended by a
  newline) and wrapping a lone placeholder line in `<p>…</p>`.
- compiled: turns a page of raw blocks and plain `## headings` into HTML and toc tokens
  itself. Relies on the toc extension's heading ids (its slugify and separator, `_1` for a
  repeated id) and on the token shape MkDocs' get_toc reads; pages compile only while
  mkdocs.yml's extensions are all in storedpages.COMPILE_SAFE_EXTENSIONS and toc has no
  permalink.
- storedpages, spool: give MkDocs an HonorsPage (a mkdocs.structure.pages.Page subclass
  attached through File.generated) whose read_source and render take the page from a store
  on disk; its HTML is parked there between on_page_content and on_page_context and dropped
  after on_post_page.
- searchparse: reads a generated page with Material's own search Parser
  (material.plugins.search.plugin.Parser: handle_starttag, handle_endtag, handle_data,
  `.data`) fed by a regular-expression tokenizer, and adds entries through
  SearchIndex.create_entry_for_section in place of SearchIndex.add_entry_from_context.
- searchspool: takes the entries out of Material's `search_index.entries` list after each
  page and, after Material's on_post_build, puts them into search/search_index.json as the
  same JSON (json.dumps with separators=(",", ":")), written as UTF-8.

Each reliance is checked against the real thing, so a MkDocs, Python-Markdown or Material
upgrade that changes one fails a test instead of changing the site (tests/site/fastpath/):
test_rawblocks and test_compiled build every generated page of the demo and of a synthetic
archive both ways and require the same HTML and table of contents; test_searchparse requires
the same search sections as HTMLParser gives; test_build_memory requires Material's JSON and
that no built page shows the parked placeholder. tests/site/test_site_determinism.py builds
the site twice and compares every byte.
"""
