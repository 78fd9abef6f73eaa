"""The site tells librarians where stamped scans go, and (with the contributing guide) how."""

from __future__ import annotations

from sitetools import BuiltSite


def test_the_guide_names_the_stamped_folder_and_its_file_names(demo_site: BuiltSite) -> None:
    text = demo_site.text("guide/")
    assert "盖章扫描件" in text and "stamped/individual-zhang-san.pdf" in text and "stamped/summary.pdf" in text
    assert "不在网站上公开" in text


def test_the_contributing_guide_explains_the_upload_and_the_checks(demo_site: BuiltSite) -> None:
    text = demo_site.text("guide/contributing/")
    assert "上传盖章扫描件" in text and "Upload files" in text
    assert "F009" in text and "S007" in text and "20 MB" in text
