"""Property tests: random WXR archives lose no comment and keep every non-status byte."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from archive_helpers import without_status
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commentguard._clean import clean
from commentguard.adapters import read
from commentguard.testing import FakeClassifier

# characters XML 1.0 allows (no surrogates, no C0 controls but tab/newline/CR, no U+FFFE/U+FFFF)
XML_TEXT = st.text(
    st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="".join(map(chr, [*range(9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF])),
    ),
    max_size=40,
) | st.sampled_from(
    ["]]>", "a]]>b", "]]]]>", "<![CDATA[x", "&amp; & <b>", "Great post!", "buy cheap http://x", "😀 café"]
)
BROKEN_TEXT = st.lists(
    st.sampled_from(list("ab c]>&<é\u2603") + ["\x01", "\x08", "\x1f", "]]>", "\x93", "&nbsp;"]), max_size=20
).map("".join)

STATUS = st.sampled_from(["0", "1", "spam", "trash", "post-trashed", "weird", None])
TYPE = st.sampled_from(["", "comment", "pingback", "trackback", "note"])


@st.composite
def archives(
    draw: st.DrawFn, text: st.SearchStrategy[str], cdata_escape: bool = True
) -> tuple[str, list[str]]:
    """(document, texts of its comments in order)."""
    items, texts = [], []
    for _ in range(draw(st.integers(1, 3))):
        comments = []
        for _ in range(draw(st.integers(0, 4))):
            body = draw(text)
            texts.append(body)
            if cdata_escape:
                body = body.replace("]]>", "]]]]><![CDATA[>")
            status = draw(STATUS)
            cdata_status = draw(st.booleans())
            status_el = (
                ""
                if status is None
                else f"<wp:comment_approved>{f'<![CDATA[{status}]]>' if cdata_status else status}</wp:comment_approved>"
            )
            meta = "<wp:commentmeta><wp:meta_key>k</wp:meta_key><wp:meta_value><![CDATA[v]]></wp:meta_value></wp:commentmeta>"
            comments.append(
                f"\n\t\t<wp:comment>\n\t\t\t<wp:comment_id>{draw(st.integers(1, 3))}</wp:comment_id>"
                f"<wp:comment_content><![CDATA[{body}]]></wp:comment_content>\n\t\t\t{status_el}"
                f"<wp:comment_type>{draw(TYPE)}</wp:comment_type>{meta if draw(st.booleans()) else ''}"
                f"<x:unknown xmlns:x='urn:x'>keep</x:unknown>\n\t\t</wp:comment>"
            )
        post_id = draw(st.sampled_from(["", "<wp:post_id>5</wp:post_id>", "<wp:post_id>6</wp:post_id>"]))
        items.append(f"\n\t<item><title>T</title>{post_id}{''.join(comments)}\n\t</item>")
    ns = draw(st.sampled_from(["http://wordpress.org/export/1.0/", "https://wordpress.org/export/1.2/"]))
    doc = f'<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:wp="{ns}">\n<channel>{"".join(items)}\n</channel>\n</rss>\n'
    return doc, texts


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(archives(XML_TEXT))
def test_random_archives_lose_nothing(archive: tuple[str, list[str]]) -> None:
    doc, texts = archive
    with tempfile.TemporaryDirectory() as tmp:
        src, out, decisions = Path(tmp, "in.xml"), Path(tmp, "out.xml"), Path(tmp, "d.jsonl")
        src.write_text(doc, encoding="utf-8", newline="")
        comments = list(read(src))
        assert [c.text for c in comments] == [_normalise(t) for t in texts]
        assert len({c.id for c in comments}) == len(comments)
        result = clean(src, out, classifier=FakeClassifier(), only="all", decisions_path=decisions)
        assert result.read == len(texts) and result.verification is not None and result.verification.ok
        assert without_status(out.read_bytes()) == without_status(src.read_bytes())
        after = {c.id: c.extra["status"] for c in read(out)}
        for line in decisions.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            assert after[d["id"]] == d["status_after"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(archives(BROKEN_TEXT, cdata_escape=False))
def test_random_broken_archives_are_recovered_comment_by_comment(archive: tuple[str, list[str]]) -> None:
    doc, texts = archive
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp, "in.xml"), Path(tmp, "out.xml")
        src.write_bytes(doc.encode("utf-8").replace("\x93".encode(), b"\x93"))
        result = clean(src, out, classifier=FakeClassifier(), only="all", recover=True)
        assert result.read == len(texts)  # every comment is read or listed as unreadable
        assert result.verification is not None and result.verification.ok
        assert len(list(read(out, recover=True))) == len(texts)
