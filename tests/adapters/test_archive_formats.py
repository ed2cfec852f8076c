"""Reading and writing each format, against golden expectations in tests/fixtures/*.expected.json."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from archive_helpers import FIXTURES, without_status, wp_comment
from archive_helpers import write as write_file
from archive_helpers import wxr as wxr_doc

from commentguard._clean import clean
from commentguard._errors import ArchiveError, MalformedArchiveError, UnknownFormatError
from commentguard._types import Action, Label
from commentguard.adapters import (
    FORMATS,
    QUARANTINED,
    blogger,
    detect_format,
    disqus,
    read,
    tabular,
    takeout,
    write,
    wxr,
)
from commentguard.testing import FakeClassifier

GOLDEN = sorted(p.name[: -len(".expected.json")] for p in FIXTURES.glob("*.expected.json"))


def golden(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", GOLDEN)
def test_read_matches_golden(name: str) -> None:
    want = golden(name)
    path = FIXTURES / name
    assert detect_format(path) == want["format"]
    records = list(FORMATS[want["format"]].records(path))
    got = [
        {
            "id": r.comment.id,
            "status": r.status,
            "state": r.state,
            "post_id": r.comment.post_id,
            "post_title": r.comment.post_title,
            "parent_id": r.comment.parent_id,
            "author": r.comment.author,
            "text": r.comment.text,
        }
        for r in records
    ]
    assert got == want["comments"]
    assert [c.id for c in read(path)] == [c["id"] for c in want["comments"]]


@pytest.mark.parametrize("name", GOLDEN)
def test_clean_matches_golden(name: str, tmp_path: Path) -> None:
    want = golden(name)["clean"]
    src = FIXTURES / name
    out = tmp_path / name
    decisions = tmp_path / "decisions.jsonl"
    result = clean(src, out, classifier=FakeClassifier(), decisions_path=decisions)
    assert result.verification is not None and result.verification.ok
    assert result.per_action == want["per_action"]
    assert result.not_applied == want["not_applied"]
    lines = [json.loads(line) for line in decisions.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == result.read == len(golden(name)["comments"])
    changed = {
        d["id"]: d["status_after"] for d in lines if d["changed"] and d["status_after"] != "(quarantine)"
    }
    quarantined = [d["id"] for d in lines if d["status_after"] == "(quarantine)"]
    assert changed == want["changed"]
    assert quarantined == want["quarantined"]
    # what was re-read from disk agrees with the decisions
    fmt = FORMATS[detect_format(src)]
    statuses = {r.comment.id: r.status for r in fmt.records(out)}
    for cid, status in want["changed"].items():
        assert statuses[cid] == status
    assert set(statuses) | set(quarantined) == {c["id"] for c in golden(name)["comments"]}
    assert src.read_bytes() != out.read_bytes() or not (changed or quarantined)


def test_wxr_changes_only_status_values(tmp_path: Path) -> None:
    src = FIXTURES / "wxr-small.xml"
    out = tmp_path / "out.xml"
    clean(src, out, classifier=FakeClassifier(), only="all")
    before, after = src.read_bytes(), out.read_bytes()
    assert without_status(before) == without_status(after)
    assert b"<plug:rating>5</plug:rating>" in after and b"channel-level plugin data" in after


def test_wxr_keeps_whitespace_and_cdata_around_a_changed_status(tmp_path: Path) -> None:
    out = tmp_path / "out.xml"
    wxr.write(FIXTURES / "wxr-small.xml", out, {"7:3": Action.SPAM, "7:4": Action.SPAM})
    text = out.read_text(encoding="utf-8")
    assert "<wp:comment_approved>\n\t\t\t\tspam\n\t\t\t</wp:comment_approved>" in text
    assert "<wp:comment_approved><![CDATA[spam]]></wp:comment_approved>" in text


def test_wxr_inserts_a_missing_status_before_the_end_tag(tmp_path: Path) -> None:
    out = tmp_path / "out.xml"
    result = wxr.write(FIXTURES / "wxr-small.xml", out, {"item2:1": Action.SPAM})
    assert result is not None and result.ok
    text = out.read_text(encoding="utf-8")
    assert (
        "<wp:comment_content>Is the balcony south facing?</wp:comment_content>\n\t\t<wp:comment_approved>spam</wp:comment_approved></wp:comment>"
        in text
    )
    assert {c.id: c.extra["status"] for c in wxr.read(out)}["item2:1"] == "spam"


def test_wxr_self_closing_status_is_expanded(tmp_path: Path) -> None:
    src = write_file(
        tmp_path,
        "in.xml",
        (FIXTURES / "wxr-small.xml")
        .read_text(encoding="utf-8")
        .replace("<wp:comment_approved>trash</wp:comment_approved>", "<wp:comment_approved />"),
    )
    out = tmp_path / "out.xml"
    wxr.write(src, out, {"7:6": "spam"})
    assert "<wp:comment_approved>spam</wp:comment_approved>" in out.read_text(encoding="utf-8")


def test_wxr_ids_are_unique_per_archive() -> None:
    ids = [c.id for c in wxr.read(FIXTURES / "wxr-small.xml")]
    assert len(ids) == len(set(ids))
    assert "7:1" in ids and "item2:1" in ids  # the same WordPress comment id in two posts


def test_wxr_repeated_comment_id_in_one_post_gets_a_suffix(tmp_path: Path) -> None:
    path = write_file(
        tmp_path, "dup.xml", wxr_doc(wp_comment(5, "a"), wp_comment(5, "b"), wp_comment(5, "c"))
    )
    assert [c.id for c in wxr.read(path)] == ["1:5", "1:5#2", "1:5#3"]


def test_wxr_namespaces_are_matched_by_uri_not_prefix(tmp_path: Path) -> None:
    doc = (
        '<?xml version="1.0"?><rss xmlns:x="https://wordpress.org/export/1.1/" xmlns:wp="urn:not-wordpress">'
        "<channel><item><title>T</title><x:post_id>9</x:post_id>"
        "<x:comment><x:comment_id>1</x:comment_id><x:comment_content>real</x:comment_content>"
        "<x:comment_approved>0</x:comment_approved></x:comment>"
        "<wp:comment><wp:comment_id>2</wp:comment_id><wp:comment_content>fake</wp:comment_content></wp:comment>"
        '<comment xmlns="http://wordpress.org/export/1.0/"><comment_id>3</comment_id>'
        "<comment_content>default ns</comment_content></comment>"
        "</item></channel></rss>"
    )
    path = write_file(tmp_path, "ns.xml", doc)
    assert [(c.id, c.text) for c in wxr.read(path)] == [("9:1", "real"), ("9:3", "default ns")]
    out = tmp_path / "out.xml"
    wxr.write(path, out, {"9:1": Action.SPAM, "9:3": Action.SPAM})
    text = out.read_text(encoding="utf-8")
    assert "<x:comment_approved>spam</x:comment_approved>" in text
    assert "<comment_approved>spam</comment_approved></comment>" in text


def test_notes_are_never_changed(tmp_path: Path) -> None:
    out = tmp_path / "out.xml"
    clean(FIXTURES / "wxr-small.xml", out, classifier=FakeClassifier(always=Label.SPAM), only="all")
    notes = [c for c in wxr.read(out) if c.extra["type"] == "note"]
    assert [c.extra["status"] for c in notes] == ["0"]


def test_blogger_quarantine_is_a_valid_reimportable_feed(tmp_path: Path) -> None:
    src = FIXTURES / "blogger-small.xml"
    out = tmp_path / "cleaned.xml"
    result = clean(src, out, classifier=FakeClassifier())
    quarantine = tmp_path / "cleaned.quarantine.xml"
    assert result.quarantine == str(quarantine) and result.quarantined == 2
    q = quarantine.read_bytes()
    header = src.read_bytes()[: src.read_bytes().index(b"  <entry>")]
    assert q.startswith(header) and q.endswith(b"</feed>\n")
    assert detect_format(quarantine) == "blogger"
    assert [c.id for c in blogger.read(quarantine)] == golden("blogger-small.xml")["clean"]["quarantined"]
    # the cleaned file is the input minus exactly those two entries' lines, byte for byte
    expected = re.sub(
        r"  <entry>\n    <id>[^<]*post-20[24]</id>.*?  </entry>\n",
        "",
        src.read_text(encoding="utf-8"),
        flags=re.DOTALL,
    )
    assert out.read_text(encoding="utf-8") == expected


def test_blogger_write_with_explicit_quarantine(tmp_path: Path) -> None:
    q = tmp_path / "held.xml"
    result = blogger.write(
        FIXTURES / "blogger-small.xml",
        tmp_path / "o.xml",
        {"tag:blogger.com,1999:blog-42.post-203": Action.HOLD},
        quarantine=q,
    )
    assert result is not None and result.ok and result.in_quarantine == 1
    assert [c.id for c in blogger.read(q)] == ["tag:blogger.com,1999:blog-42.post-203"]
    assert blogger.verify(tmp_path / "o.xml", [(c.id, None) for c in blogger.read(tmp_path / "o.xml")]).ok


def test_takeout_inserts_status_with_the_bound_prefix(tmp_path: Path) -> None:
    out = tmp_path / "o.atom"
    takeout.write(FIXTURES / "takeout-small.atom", out, {"tag:blogger.com,1999:blog-77.post-13": Action.SPAM})
    assert "<blogger:status>SPAM</blogger:status></entry>" in out.read_text(encoding="utf-8")


def test_takeout_unknown_status_is_kept(tmp_path: Path) -> None:
    out = tmp_path / "o.atom"
    clean(FIXTURES / "takeout-small.atom", out, classifier=FakeClassifier(), only="all")
    assert "<blogger:status>EMPTIED</blogger:status>" in out.read_text(encoding="utf-8")


def test_disqus_hold_is_reported_not_applied(tmp_path: Path) -> None:
    out = tmp_path / "o.xml"
    result = clean(
        FIXTURES / "disqus-small.xml", out, classifier=FakeClassifier(), decisions_path=tmp_path / "d.jsonl"
    )
    held = [json.loads(x) for x in (tmp_path / "d.jsonl").read_text().splitlines() if '"hold"' in x]
    assert result.not_applied == 1 and held[0]["id"] == "102" and held[0]["changed"] is False
    assert "pending state" in held[0]["note"] or "cannot express" in held[0]["note"]


def test_disqus_inserts_isspam_in_the_default_namespace(tmp_path: Path) -> None:
    out = tmp_path / "o.xml"
    disqus.write(FIXTURES / "disqus-small.xml", out, {"102": Action.SPAM})
    assert '<parent dsq:id="100"/>\n  <isSpam>true</isSpam></post>' in out.read_text(encoding="utf-8")


def test_csv_changed_rows_are_rewritten_and_others_kept(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    tabular.write(FIXTURES / "comments.csv", out, {"3": Action.SPAM})
    before = (FIXTURES / "comments.csv").read_bytes().split(b"\r\n")
    after = out.read_bytes().split(b"\r\n")
    assert after[:4] == before[:4] and after[4] == b"3,Oli,Thanks!,Glazes,spam"


def test_csv_column_mapping(tmp_path: Path) -> None:
    path = write_file(tmp_path, "x.csv", "cid\tsays\tmod\nA\thello there\tpending\n")
    comments = list(read(path, columns={"id": "cid", "text": "says", "status": "mod"}))
    assert [(c.id, c.text, c.extra["status"]) for c in comments] == [("A", "hello there", "pending")]
    with pytest.raises(MalformedArchiveError, match="no text column"):
        list(read(path))


def test_jsonl_keeps_compact_style_and_key_order(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    tabular.write(FIXTURES / "comments.jsonl", out, {"4": Action.SPAM}, format="jsonl")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[-1] == '{"id":4,"text":"Nice blog","status":"spam"}'
    assert lines[:4] == (FIXTURES / "comments.jsonl").read_text(encoding="utf-8").splitlines()[:4]


def test_jsonl_bad_line(tmp_path: Path) -> None:
    path = write_file(tmp_path, "x.jsonl", '{"text": "ok"}\n[1, 2]\n{"text": "also ok"}\n')
    with pytest.raises(MalformedArchiveError, match="line 2"):
        list(read(path))
    comments = list(read(path, recover=True))
    assert [c.extra.get("unreadable") is not None for c in comments] == [False, True, False]


def test_write_by_id_with_raw_status(tmp_path: Path) -> None:
    out = tmp_path / "o.xml"
    result = write(FIXTURES / "wxr-small.xml", out, {"7:1": "0"})
    assert result is not None and result.ok
    assert {c.id: c.extra["status"] for c in read(out)}["7:1"] == "0"


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        ('<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.0/"/>', "a.xml", "wxr"),
        (
            "<feed xmlns='http://www.w3.org/2005/Atom'><id>tag:blogger.com,1999:blog-1.archive</id></feed>",
            "a.xml",
            "blogger",
        ),
        (
            "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:blogger='http://schemas.google.com/blogger/2018'/>",
            "feed.atom",
            "takeout",
        ),
        ('<disqus xmlns="http://disqus.com"/>', "d.xml", "disqus"),
        ("a,b\n1,2\n", "x.csv", "csv"),
        ('{"text": "x"}\n', "x.txt", "jsonl"),
        (
            '\ufeff<?xml version="1.0"?>\n<!-- hi --><rss xmlns:wp="https://wordpress.org/export/1.2/"/>',
            "b.xml",
            "wxr",
        ),
    ],
)
def test_detect_format(tmp_path: Path, content: str, name: str, expected: str) -> None:
    assert detect_format(write_file(tmp_path, name, content)) == expected


def test_unknown_format_says_what_it_saw_and_what_is_supported(tmp_path: Path) -> None:
    with pytest.raises(UnknownFormatError) as err:
        detect_format(write_file(tmp_path, "x.xml", "<html><body/></html>"))
    message = str(err.value)
    assert "<html>" in message and "wxr" in message and "disqus" in message and "--format" in message
    with pytest.raises(UnknownFormatError, match="starts with"):
        detect_format(write_file(tmp_path, "x.bin", "hello"))
    with pytest.raises(ArchiveError, match="no such file"):
        detect_format(tmp_path / "missing.xml")


def test_unknown_format_name() -> None:
    from commentguard.adapters import get_adapter

    with pytest.raises(UnknownFormatError, match="supported"):
        get_adapter("myspace")


def test_verify_reports_a_missing_and_a_wrong_status(tmp_path: Path) -> None:
    expected = [(c.id, c.extra["status"]) for c in wxr.read(FIXTURES / "wxr-small.xml")]
    assert wxr.verify(FIXTURES / "wxr-small.xml", expected).ok
    wrong = [(cid, "spam" if cid == "7:1" else status) for cid, status in expected] + [("9:9", "1")]
    result = wxr.verify(FIXTURES / "wxr-small.xml", wrong)
    assert not result.ok and len(result.problems) == 2
    assert "7:1" in result.problems[0] and "missing" in result.problems[1]
    assert QUARANTINED.startswith("\x00")


def test_each_format_gives_the_posts_address_where_it_has_one(tmp_path: Path) -> None:
    by_post = {c.post_id: c.post_url for c in wxr.read(FIXTURES / "wxr-small.xml")}
    assert by_post == {"7": "https://garden.example.invalid/tomatoes/", "item2": None}  # item2 has no <link>
    assert {c.post_url for c in disqus.read(FIXTURES / "disqus-small.xml")} == {"https://kiln.example.invalid/glaze"}
    assert next(iter(blogger.read(FIXTURES / "blogger-small.xml"))).post_url == "http://trail.example.invalid/shoes.html"
    # a WXR item without a <link> of its own falls back to the channel's (the blog's) address
    doc = wxr_doc(wp_comment(1, "hi")).replace("<channel>\n", "<channel>\n<link>https://blog.example.invalid</link>\n")
    assert [c.post_url for c in wxr.read(write_file(tmp_path, "a.xml", doc))] == ["https://blog.example.invalid"]
    csv = write_file(tmp_path, "c.csv", "id,text,permalink\n1,hi,https://blog.example.invalid/p/\n")
    assert [c.post_url for c in tabular.read_csv(csv)] == ["https://blog.example.invalid/p/"]
