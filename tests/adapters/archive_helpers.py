"""Paths and small builders shared by the archive tests."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
SHARED_FIXTURES = REPO / ".." / "shared" / "fixtures"

STATUS_ELEMENT = re.compile(
    rb"<wp:comment_approved>(?:<!\[CDATA\[[^\]]*\]\]>|[^<]*)</wp:comment_approved>|<wp:comment_approved/>"
)


def without_status(data: bytes) -> bytes:
    """WXR bytes with every ``wp:comment_approved`` element removed."""
    return STATUS_ELEMENT.sub(b"", data)


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def wxr(*comments: str, post: str = "<title>Post</title><wp:post_id>1</wp:post_id>") -> str:
    """A minimal WXR document with one item holding ``comments`` (each a <wp:comment> body)."""
    body = "".join(f"<wp:comment>{c}</wp:comment>\n" for c in comments)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n'
        f"<item>{post}\n{body}</item>\n</channel>\n</rss>\n"
    )


def wp_comment(cid: int | str, text: str, status: str | None = "0", ctype: str = "") -> str:
    status_el = "" if status is None else f"<wp:comment_approved>{status}</wp:comment_approved>"
    return (
        f"<wp:comment_id>{cid}</wp:comment_id><wp:comment_author>a{cid}</wp:comment_author>"
        f"<wp:comment_content><![CDATA[{text}]]></wp:comment_content>{status_el}"
        f"<wp:comment_type>{ctype}</wp:comment_type>"
    )


#: A small billion-laughs document (entity expansion ×10^8 if a parser allowed it).
BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "aaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item><wp:comment>
<wp:comment_id>1</wp:comment_id><wp:comment_content>&h;</wp:comment_content></wp:comment></item></channel></rss>
"""
