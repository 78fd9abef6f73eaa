"""Nothing on the site is fetched from another host: no fonts, no CDN, no scripts."""

from __future__ import annotations

import re

from sitetools import BuiltSite, parse, walk

# Attributes through which a browser fetches something.
FETCHING = {"src", "srcset", "href", "poster", "data", "action", "formaction", "background"}
EXTERNAL = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.I)
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")
CSS_IMPORT = re.compile(r"@import\s+(?:url\()?\s*['\"]?([^'\");]+)")


def external(value: str) -> bool:
    return bool(EXTERNAL.match(value)) or value.lower().startswith(("http:", "https:"))


def test_no_html_reference_leaves_the_site(demo_site: BuiltSite) -> None:
    offenders = []
    pages = demo_site.files(".html")
    assert len(pages) > 100
    for page in pages:
        for el in walk(parse(page.read_text(encoding="utf-8"))):
            for name, value in el.attrs.items():
                # A hyperlink is followed only when clicked: it is not a request of the page
                # (the contributing guide links GitHub). xmlns names are never fetched.
                if el.tag == "a" and name == "href":
                    continue
                # The canonical address (from site_url) names the page, it is never fetched.
                if el.tag == "link" and el.attrs.get("rel") == "canonical":
                    continue
                if name in FETCHING and external(value):
                    offenders.append(f"{page.relative_to(demo_site.path)}: <{el.tag} {name}={value}>")
            if el.tag == "link" and el.attrs.get("rel") in ("preconnect", "dns-prefetch"):
                offenders.append(f"{page.relative_to(demo_site.path)}: <link rel={el.attrs['rel']}>")
            if el.tag == "style":
                offenders += [f"{page.name}: style {u}" for u in css_references(el.text) if external(u)]
    assert not offenders, offenders[:10]


def css_references(css: str) -> list[str]:
    return CSS_URL.findall(css) + CSS_IMPORT.findall(css)


def test_no_stylesheet_reference_leaves_the_site(demo_site: BuiltSite) -> None:
    sheets = demo_site.files(".css")
    assert sheets
    offenders = []
    for sheet in sheets:
        for url in css_references(sheet.read_text(encoding="utf-8")):
            if external(url):
                offenders.append(f"{sheet.name}: {url}")
    assert not offenders, offenders[:10]


def test_generated_pages_link_no_other_host(demo_site: BuiltSite) -> None:
    """The chrome and the generated pages have no outside links (e.g. no "Made with")."""
    for url in ("", "2024/rules/", "2024/cities/xian/", "2024/honors/", "guide/fields/", "404.html"):
        for el in walk(parse(demo_site.html(url))):
            if el.tag == "a":
                assert not external(el.attrs.get("href", "")), (url, el.attrs)


def test_no_font_service_or_cdn_is_named(demo_site: BuiltSite) -> None:
    hosts = ("fonts.googleapis.com", "fonts.gstatic.com", "cdn.jsdelivr.net", "unpkg.com",
             "cdnjs.cloudflare.com", "api.github.com")
    for path in demo_site.files(".html", ".css"):
        text = path.read_text(encoding="utf-8")
        for host in hosts:
            assert host not in text, f"{path.relative_to(demo_site.path)} names {host}"


def test_scripts_are_local(demo_site: BuiltSite) -> None:
    html = demo_site.html("")
    sources = re.findall(r"<script[^>]*\ssrc=\"([^\"]+)\"", html)
    assert sources and all(not external(s) for s in sources)
    for src in sources:
        assert (demo_site.path / src).is_file()


def test_the_checker_would_see_an_external_reference() -> None:
    assert external("https://fonts.googleapis.com/css")
    assert external("//cdn.example.org/x.js")
    assert not external("assets/javascripts/bundle.js")
    assert not external("data:image/svg+xml;charset=utf-8,<svg/>")
    assert css_references("a{background:url('https://x.org/a.png')}") == ["https://x.org/a.png"]
