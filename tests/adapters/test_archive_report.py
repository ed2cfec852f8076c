"""The HTML report: self-contained, escaped, and saying what a site owner needs."""

from __future__ import annotations

import re
from pathlib import Path

from archive_helpers import FIXTURES, wp_comment, write, wxr

from commentguard._clean import clean
from commentguard.testing import FakeClassifier


def test_report_is_self_contained_and_escaped(tmp_path: Path) -> None:
    hostile = 'buy now <script>alert("x")</script><img src=x onerror=alert(1)> http://evil.example'
    src = write(
        tmp_path,
        "in.xml",
        wxr(
            wp_comment(1, hostile),
            wp_comment(2, "Great post!"),
            wp_comment(3, "Why pinch them?"),
            post="<title><![CDATA[<b>Title</b>]]></title><wp:post_id>1</wp:post_id>",
        ),
    )
    report = tmp_path / "r.html"
    clean(src, tmp_path / "o.xml", classifier=FakeClassifier(), report_path=report)
    page = report.read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "onerror=alert" not in page.replace("onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;b&gt;Title&lt;/b&gt;" in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)  # no external assets
    assert "@import" not in page and "url(" not in page
    for needle in (
        "Verification",
        "passed",
        "Confidence per label",
        "<svg",
        "Most frequent reasons",
        "Flagged comments",
        "A sample of approved comments",
        "spam",
        "feedback",
        "generic",
    ):
        assert needle in page


def test_report_on_a_dry_run_and_with_repairs(tmp_path: Path) -> None:
    src = write(tmp_path, "in.xml", wxr(wp_comment(1, "bell\x07"), wp_comment(2, "x", status=None)))
    report = tmp_path / "r.html"
    clean(src, None, dry_run=True, recover=True, classifier=FakeClassifier(), report_path=report)
    page = report.read_text(encoding="utf-8")
    assert "Verification skipped" in page and "Repaired (1 comment)" in page and "U+0007" in page


def test_report_for_every_small_fixture(tmp_path: Path) -> None:
    for name in (
        "wxr-small.xml",
        "blogger-small.xml",
        "takeout-small.atom",
        "disqus-small.xml",
        "comments.csv",
    ):
        report = tmp_path / f"{name}.html"
        clean(FIXTURES / name, tmp_path / name, classifier=FakeClassifier(), report_path=report)
        assert report.read_text(encoding="utf-8").rstrip().endswith("</html>")
