"""Hostile and broken input: refused or repaired, never half-written, never a crash mid-file."""

from __future__ import annotations

import xml.parsers.expat
from pathlib import Path

import pytest
from archive_helpers import BILLION_LAUGHS, wp_comment, write, wxr

from commentguard._clean import clean
from commentguard._errors import HostileXMLError, MalformedArchiveError
from commentguard.adapters import read
from commentguard.adapters._repair import repaired_chunks
from commentguard.testing import FakeClassifier


def _xxe(secret: Path) -> str:
    return f"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{secret}">]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><wp:comment>
<wp:comment_id>1</wp:comment_id><wp:comment_content>&leak;</wp:comment_content></wp:comment></item></channel></rss>
"""


def _only_input_left(tmp_path: Path, src: Path) -> None:
    assert sorted(p.name for p in tmp_path.iterdir()) == [src.name]


@pytest.mark.parametrize("recover", [False, True])
def test_billion_laughs_is_refused_and_nothing_written(tmp_path: Path, recover: bool) -> None:
    src = write(tmp_path, "bomb.xml", BILLION_LAUGHS)
    with pytest.raises(HostileXMLError) as err:
        clean(
            src,
            tmp_path / "out.xml",
            classifier=FakeClassifier(),
            recover=recover,
            report_path=tmp_path / "r.html",
            decisions_path=tmp_path / "d.jsonl",
        )
    assert "\n" not in str(err.value) and "DOCTYPE" in str(err.value)
    _only_input_left(tmp_path, src)


def test_xxe_is_refused_and_never_resolved(tmp_path: Path) -> None:
    secret = write(tmp_path, "secret.txt", "TOP-SECRET")
    src = write(tmp_path, "xxe.xml", _xxe(secret))
    with pytest.raises(HostileXMLError) as err:
        list(read(src, format="wxr"))
    assert "TOP-SECRET" not in str(err.value)


def test_doctype_after_a_long_prolog_is_refused_by_the_parser(tmp_path: Path) -> None:
    # the DOCTYPE sits beyond what format detection looks at: the parser itself refuses it
    doc = BILLION_LAUGHS.replace(
        '<?xml version="1.0"?>\n', '<?xml version="1.0"?>\n<!--' + "x" * 70000 + "-->\n"
    )
    src = write(tmp_path, "late.xml", doc)
    with pytest.raises(HostileXMLError):
        clean(
            src,
            tmp_path / "out.xml",
            format="wxr",
            classifier=FakeClassifier(),
            decisions_path=tmp_path / "d.jsonl",
        )
    _only_input_left(tmp_path, src)


def test_malformed_reports_line_and_column(tmp_path: Path) -> None:
    src = write(
        tmp_path, "bad.xml", wxr(wp_comment(1, "ok"), "<wp:comment_id>2</wp:comment_id><oops></wp:comment>")
    )
    with pytest.raises(MalformedArchiveError) as err:
        clean(src, tmp_path / "out.xml", classifier=FakeClassifier())
    assert err.value.line == 6 and err.value.column is not None
    assert "line 6" in str(err.value) and "--recover" in str(err.value)
    _only_input_left(tmp_path, src)


def test_recover_keeps_an_unreadable_comment_byte_for_byte_and_lists_it(tmp_path: Path) -> None:
    broken = "<wp:comment_id>2</wp:comment_id><wp:comment_content>x</wp:comment_contnet><wp:comment_approved>0</wp:comment_approved>"
    src = write(
        tmp_path,
        "bad.xml",
        wxr(wp_comment(1, "great pots"), broken, wp_comment(3, "casino"), wp_comment(4, "why?")),
    )
    out = tmp_path / "out.xml"
    result = clean(src, out, classifier=FakeClassifier(), recover=True)
    assert [cid for cid, _ in result.unreadable] == ["1:2"]
    assert "mismatched tag" in result.unreadable[0][1]
    assert result.read == 4 and result.verification is not None and result.verification.ok
    assert f"<wp:comment>{broken}</wp:comment>" in out.read_text(encoding="utf-8")
    statuses = {c.id: c.extra.get("status") for c in read(out, recover=True)}
    assert statuses["1:3"] == "spam" and statuses["1:4"] == "1"


def test_recover_control_characters_per_comment(tmp_path: Path) -> None:
    src = write(
        tmp_path, "ctl.xml", wxr(wp_comment(1, "bell\x07 and \x10 here"), wp_comment(2, "clean neighbour"))
    )
    with pytest.raises(MalformedArchiveError):
        list(read(src))
    comments = list(read(src, recover=True))
    assert comments[0].text == "bell\ufffd and \ufffd here"
    assert len(comments[0].extra["repairs"]) == 2 and "repairs" not in comments[1].extra
    out = tmp_path / "out.xml"
    result = clean(src, out, classifier=FakeClassifier(), recover=True, only="all")
    assert [cid for cid, _ in result.repaired] == ["1:1"] and result.verification.ok
    assert list(read(out))[0].text == "bell\ufffd and \ufffd here"  # the output is well-formed now


def test_recover_cp1252_bytes_in_utf8(tmp_path: Path) -> None:
    doc = wxr(wp_comment(1, "QUOTE"), wp_comment(2, "café ok")).encode("utf-8")
    doc = doc.replace(b"QUOTE", b"\x93smart\x94 caf\xe9")
    src = write(tmp_path, "cp.xml", doc)
    comments = list(read(src, recover=True))
    assert comments[0].text == "\u201csmart\u201d café" and comments[1].text == "café ok"
    assert all("Windows-1252" in r for r in comments[0].extra["repairs"])


def test_recover_junk_and_bom_before_the_declaration(tmp_path: Path) -> None:
    src = write(tmp_path, "junk.xml", b"\xef\xbb\xbf`  " + wxr(wp_comment(1, "hi")).encode())
    with pytest.raises(MalformedArchiveError):
        list(read(src, format="wxr"))
    out = tmp_path / "out.xml"
    result = clean(src, out, classifier=FakeClassifier(), recover=True)
    assert result.file_repairs and "stray" in result.file_repairs[0]
    assert out.read_bytes().startswith(b"\xef\xbb\xbf<?xml")


def test_recover_raw_cdata_terminator(tmp_path: Path) -> None:
    src = write(
        tmp_path, "cdata.xml", wxr(wp_comment(1, "if (a[b[0]]]> 1) x"), wp_comment(2, "ends with ]]>"))
    )
    with pytest.raises(MalformedArchiveError):
        list(read(src))
    assert [c.text for c in read(src, recover=True)] == ["if (a[b[0]]]> 1) x", "ends with ]]>"]


def test_repairs_never_change_a_well_formed_document() -> None:
    doc = wxr(wp_comment(1, "a]]]]><![CDATA[>b &amp; <![CDATA[x 😀"), wp_comment(2, "x")).encode()
    doc += b"<!-- c --><?pi x?>"
    doc = doc.replace(b"<channel>", b"<channel><t a='1' b=\"&amp;&#10;\">x &lt; &#x1F600; y</t>")
    xml.parsers.expat.ParserCreate().Parse(doc, True)  # well-formed
    notes: list = []
    assert b"".join(repaired_chunks([doc[:50], doc[50:51], doc[51:]], notes)) == doc
    assert notes == []


def test_unquoted_attribute_and_entities_are_repaired(tmp_path: Path) -> None:
    doc = (
        '<?xml version="1.0"?><disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">'
        "<thread dsq:id=7><title>T &amp; &nbsp;A & B</title></thread>"
        "<post dsq:id=1><message>fish & chips &copy; 1 < 2</message><thread dsq:id=7/></post></disqus>"
    )
    src = write(tmp_path, "d.xml", doc)
    [comment] = read(src, recover=True)
    assert comment.text == "fish & chips © 1 < 2" and comment.post_title == "T & \xa0A & B"
    assert comment.id == "1"


def test_utf16_is_refused_clearly(tmp_path: Path) -> None:
    src = write(
        tmp_path,
        "u16.xml",
        wxr(wp_comment(1, "x")).replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"),
    )
    with pytest.raises(Exception, match="UTF-16"):
        list(read(src, format="wxr"))


def test_refuses_to_overwrite_the_input(tmp_path: Path) -> None:
    src = write(tmp_path, "in.xml", wxr(wp_comment(1, "x")))
    before = src.read_bytes()
    with pytest.raises(Exception, match="input"):
        clean(src, src, classifier=FakeClassifier())
    assert src.read_bytes() == before
    _only_input_left(tmp_path, src)


@pytest.mark.parametrize(
    ("broken", "why"),
    [
        ('<wp:comment_content x="oops>text</wp:comment_content>', "invalid token"),
        ("<wp:comment_content>text<b></wp:comment_content>", "mismatched tag"),
        ("<wp:comment_content><![CDATA[text</wp:comment_content>", "ran into it"),  # swallows comment 3
        ("<wp:comment_content><!-- text</wp:comment_content>", "unclosed token"),  # fails at end of file
    ],
)
def test_recover_isolates_a_broken_comment(tmp_path: Path, broken: str, why: str) -> None:
    src = write(
        tmp_path,
        "in.xml",
        wxr(
            wp_comment(1, "a"),
            f"<wp:comment_id>2</wp:comment_id>{broken}",
            wp_comment(3, "c"),
            wp_comment(4, "d"),
        ),
    )
    result = clean(src, tmp_path / "out.xml", classifier=FakeClassifier(), recover=True, only="all")
    assert [cid for cid, _ in result.unreadable] == ["1:2"] and why in result.unreadable[0][1]
    assert result.verification is not None and result.verification.ok
    assert "1:4" in {c.id for c in read(tmp_path / "out.xml", recover=True)}


def test_detection_looks_past_a_long_prolog(tmp_path: Path) -> None:
    from commentguard.adapters import detect_format

    long_comment = "<!--" + "x" * 200_000 + "-->\n"
    ok = write(tmp_path, "ok.xml", wxr(wp_comment(1, "x")).replace("?>\n", "?>\n" + long_comment, 1))
    assert detect_format(ok) == "wxr"
    bomb = write(tmp_path, "bomb.xml", BILLION_LAUGHS.replace("?>\n", "?>\n" + long_comment, 1))
    with pytest.raises(HostileXMLError):
        detect_format(bomb)
