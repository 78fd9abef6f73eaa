"""The site's own search index of the generated pages (generator/site/searchindex.py).

Sections are cut at headings with an id, a table's cells stay apart (「；」), Chinese is cut
into words, and the entries join Material's index of the hand-written pages, as JSON and as
the script a site opened from disk loads.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from sitetools import BuiltSite

from generator.site.searchindex import INDEX, SCRIPT, SearchIndex, entries, plain_text, sections

TABLE = ("<table><tbody><tr><th>姓名</th><td>王岚</td></tr>"
         "<tr><th>单位</th><td>西安市图书馆</td></tr></tbody></table>")


def test_table_cells_are_kept_apart() -> None:
    assert plain_text(TABLE) == "姓名；王岚；单位；西安市图书馆"
    assert plain_text(f"<p>前言</p>{TABLE}<p>后记 &amp; 附注</p>") == \
        "前言 姓名；王岚；单位；西安市图书馆 后记 & 附注"


def test_scripts_and_comments_are_not_text() -> None:
    assert plain_text("<p>甲</p><script>var x = 1</script><!-- 注 --><style>p{}</style>乙") == "甲 乙"


def test_sections_follow_headings_with_an_id() -> None:
    content = ('<div>开头</div>\n<h2 id="主要事迹">主要事迹</h2>\n<p>正文</p>'
               '<h3>无锚点</h3><p>续</p><h2 id="b">B <em>二</em></h2><p>尾</p>')
    found = sections(content, "王岚")
    assert [(s.anchor, s.title, s.text) for s in found] == [
        ("", "王岚", "开头"), ("主要事迹", "主要事迹", "正文 无锚点 续"), ("b", "B 二", "尾")]


def test_a_page_opening_with_its_h1_is_one_section_titled_by_it() -> None:
    found = sections('<h1 id="t">标题</h1><p>正文</p>', "页面")
    assert [(s.anchor, s.title, s.text) for s in found] == [("", "标题", "正文")]


def test_entries_carry_location_boost_segmentation_and_escapes() -> None:
    made = list(entries("2024/a/", "王岚", '<p>阅读推广 a&lt;b</p><h2 id="x">主要事迹</h2>',
                        {"search": {"boost": 2}}))
    assert [e["location"] for e in made] == ["2024/a/", "2024/a/#x"]
    assert all(e["boost"] == 2 for e in made)
    assert made[0]["text"] == "阅读\u200b推广\u200b a&lt;b"  # as Material cuts it
    assert made[1]["title"] == "主要\u200b事迹"
    assert list(entries("2024/b/", "乙", "<p>不收</p>", {"search": {"exclude": True}})) == []
    assert "boost" not in next(entries("2024/c/", "丙", "<p>丙</p>", {}))


def _material_index(site: Path, docs: list[dict[str, str]]) -> dict[str, object]:
    value: dict[str, object] = {"config": {"lang": ["zh"], "separator": "[\\s]+"}, "docs": docs}
    (site / INDEX).parent.mkdir(parents=True)
    (site / INDEX).write_text(json.dumps(value), encoding="utf-8")
    return value


def test_written_index_adds_the_entries_to_materials(tmp_path: Path) -> None:
    material = _material_index(tmp_path, [{"location": "", "title": "首页", "text": "欢迎"}])
    index = SearchIndex()
    index.add("2024/a/", "甲", "<p>甲的事迹</p>", {"search": {"boost": 2}})
    index.add("2024/b/", "乙", "<p>不收</p>", {"search": {"exclude": True}})
    index.add("2024/c/", "丙", "<p>丙</p>", {})
    index.write(tmp_path)
    index.close()
    written = (tmp_path / INDEX).read_text(encoding="utf-8")
    value = json.loads(written)
    assert value["config"] == material["config"]
    assert [d["location"] for d in value["docs"]] == ["", "2024/a/", "2024/c/"]
    assert "甲" in written and "\\u" not in written  # UTF-8, not escapes
    assert (tmp_path / SCRIPT).read_text(encoding="utf-8") == "var __index = " + written
    assert sorted(p.name for p in (tmp_path / INDEX).parent.iterdir()) == [
        "search_index.js", "search_index.json"]


def test_nothing_is_written_without_materials_index(tmp_path: Path) -> None:
    index = SearchIndex()
    index.add("2024/a/", "甲", "<p>甲</p>", {})
    index.write(tmp_path)
    index.close()
    assert not (tmp_path / "search").exists()


def test_published_index_holds_each_generated_section_once(demo_site: BuiltSite) -> None:
    docs = json.loads((demo_site.path / INDEX).read_text(encoding="utf-8"))["docs"]
    locations = [d["location"] for d in docs]
    assert len(locations) == len(set(locations)), "no page indexed twice"
    assert "2024/cities/xian/individual-wang-lan/" in locations
    assert "" in locations and "guide/fields/" in locations  # Material's, hand-written
    person = next(d for d in docs if d["location"] == "2024/cities/xian/individual-wang-lan/")
    assert "姓名；王岚；工作单位" in person["text"].replace("\u200b", "")
    assert person["boost"] == 2


def test_odd_html_is_read_in_linear_time() -> None:
    """Unclosed headings, scripts, comments, stray `<` and long runs of spaces or empty cells:
    no pattern scans on to the end from each of them (40,000 of each took minutes that way)."""
    n = 40_000
    odd = ('<h2 id="a">' * n + "<script>" * n + "<" * n + "<!--" * n + "<td></td>" * n
           + " " * n + "<td>末</td>")
    start = time.perf_counter()
    found = sections(odd, "页")
    assert len(found) == 1 and found[0].title == "页"
    assert time.perf_counter() - start < 10
    assert plain_text("<td>甲</td>" + " " * n + "<td></td>" * n + "<td>乙</td>") == "甲；乙"
    assert plain_text("<p>甲</p><SCRIPT>x</script >乙<style>p{}") == "甲 乙"
