"""WordPress export (WXR 1.0 / 1.1 / 1.2, ``http`` and ``https`` namespaces).

Reading: every ``wp:comment`` of every ``item`` becomes a :class:`Comment` with the
post's title and text as context. Namespaces are matched by URI (any
``http(s)://wordpress.org/export/<version>/``), never by prefix.

Ids: WordPress comment ids are only unique per site, and real exports repeat them
across items, so a comment's id is ``"<post id>:<comment id>"`` (``post_id`` is
``wp:post_id``, or ``item<N>`` for the N-th item when that is missing; a repeated id
gets ``#2``, ``#3`` …). ``parent_id`` uses the same form.

Writing back: only the text of ``wp:comment_approved`` changes — ``spam`` for spam,
``0`` to hold, ``1`` to approve; when the element is missing one is inserted before
``</wp:comment>``. Nothing is deleted, renumbered or reordered. ``note`` comments
(editor notes) are never changed; ``spam``, ``trash`` and ``post-trashed`` comments are
left as found.

    >>> from commentguard.adapters import wxr
    >>> for comment in wxr.read("export.xml"):          # doctest: +SKIP
    ...     print(comment.id, comment.extra["status"], comment.text[:40])
    >>> wxr.write("export.xml", "cleaned.xml", {"10:103": Action.SPAM})  # doctest: +SKIP
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .._types import Action, Comment
from ._base import (
    APPROVED,
    CLOSED,
    NOTE,
    OTHER,
    PENDING,
    POST_TEXT_LIMIT,
    SPAM,
    Adapter,
    Record,
    UniqueIds,
    Verification,
    decisions_by_id,
    write_decisions,
)
from ._patch import Patch
from ._xml import XMLReader, source_chunks

__all__ = ["ADAPTER", "is_wp_namespace", "read", "verify", "write"]

_WP_URI = re.compile(r"^https?://wordpress\.org/export/\d+\.\d+/$")
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"

_STATES = {"1": APPROVED, "0": PENDING, "spam": SPAM, "trash": CLOSED, "post-trashed": CLOSED}
_FIELDS = frozenset(
    (
        "comment_id",
        "comment_author",
        "comment_author_email",
        "comment_author_url",
        "comment_author_IP",
        "comment_date",
        "comment_content",
        "comment_approved",
        "comment_type",
        "comment_parent",
    )
)


_WP_TAGS = _FIELDS | {"comment", "post_id", "post_type"}


def is_wp_namespace(uri: str) -> bool:
    """True for any WordPress export namespace URI (1.0, 1.1, 1.2; http or https)."""
    return bool(_WP_URI.match(uri))


class _Reader(XMLReader):
    format_name = "wxr"
    start_tags = frozenset(("rss:item", "comment", "comment_approved"))

    def __init__(self, path: str | Path, *, recover: bool = False):
        super().__init__(path, recover=recover)
        self._item_depth = 0  # depth of the open <item>, 0 when outside
        self._item_n = 0
        self._post: dict[str, str] = {}
        self._post_ready = False  # the item's title and text are known
        self._buffer: list[dict[str, Any]] = []  # comments waiting for their post's text
        self._item_ids = UniqueIds()  # comment ids are made unique per item (post)
        self._post_ids: set[str] = set()  # post ids used by earlier items
        self._post_key = ""
        self._comment: dict[str, Any] | None = None
        self._comment_depth = 0
        self._blog_url = ""  # the channel's <link>, for items without a link of their own

    def interest(self, uri: str, local: str) -> str | None:
        if is_wp_namespace(uri):
            return local if local in _WP_TAGS else None
        if not uri and local in ("item", "title", "link"):
            return "rss:" + local
        if uri == CONTENT_NS and local == "encoded":
            return "content:encoded"
        return None

    def start(self, tag: str, attrs: dict[str, str], offset: int, depth: int) -> None:
        comment = self._comment
        if comment is not None:
            if tag == "comment_approved" and depth == self._comment_depth + 1:
                comment["_status_start"] = offset
        elif self._item_depth:
            if tag == "comment" and depth == self._item_depth + 1:
                self._comment = {"_start": offset, "_qname": self.qname, "_line": self.line}
                self._comment_depth = depth
                self.record_start = offset
                self.record_depth = depth - 1
        elif tag == "rss:item":
            self._item_depth = depth
            self._item_n += 1
            self._post = {}
            self._post_ready = False
            self._item_ids = UniqueIds()
            self._post_key = ""

    def end(self, tag: str, text: str, offset: int, depth: int) -> None:
        comment = self._comment
        if comment is not None:
            if depth == self._comment_depth + 1:
                if tag in _FIELDS and tag not in comment:
                    comment[tag] = text.strip()
                    if tag == "comment_approved":
                        comment["_status_span"] = (comment.pop("_status_start"), offset)
            elif depth == self._comment_depth:
                comment["_end"] = offset
                self._comment = None
                self.record_start = None
                self._queue(comment)
        elif tag == "rss:link" and not self._item_depth:
            self._blog_url = self._blog_url or text.strip()  # the channel's link: the blog itself
        elif self._item_depth:
            if depth == self._item_depth + 1:
                self._item_field(tag, text)
            elif depth == self._item_depth:
                self._item_depth = 0
                self._post_ready = True
                self._flush()
                if self._post.get("post_id"):
                    self._post_ids.add(self._post["post_id"])

    def _item_field(self, tag: str, text: str) -> None:
        post = self._post
        if tag == "rss:title":
            post.setdefault("title", text.strip())
        elif tag == "content:encoded":
            if "text" not in post:
                post["text"] = text.strip()[:POST_TEXT_LIMIT]
                self._post_ready = True
                self._flush()
        elif tag in ("post_id", "post_type"):
            post.setdefault(tag, text.strip())
        elif tag == "rss:link":
            post.setdefault("link", text.strip())

    def _key(self) -> str:
        if not self._post_key:
            pid = self._post.get("post_id", "")
            if not pid:
                self._post_key = f"item{self._item_n}"
            elif pid in self._post_ids:
                self._post_key = f"{pid}@item{self._item_n}"
            else:
                self._post_key = pid
        return self._post_key

    def _queue(self, comment: dict[str, Any]) -> None:
        self._buffer.append(comment)
        if self._post_ready:
            self._flush()

    def _flush(self) -> None:
        for comment in self._buffer:
            self.emit(self._record(comment))
        self._buffer.clear()

    def _record(self, c: dict[str, Any]) -> Record:
        rid = self._item_ids(f"{self._key()}:{c.get('comment_id') or 'c' + str(len(self._item_ids) + 1)}")
        if self.recover and "_unreadable" not in c:
            why = self.swallowed(
                c["_qname"], *(v for k, v in c.items() if isinstance(v, str) and k[0] != "_")
            )
            if why:
                c["_unreadable"] = why
        if "_unreadable" in c:
            return self.unreadable_record(c["_start"], c["_end"], rid, c["_unreadable"], line=c["_line"])
        key = self._key()
        status = c.get("comment_approved")
        ctype = c.get("comment_type") or ""
        if ctype == "note":
            state = NOTE
        elif status is None:
            state = APPROVED  # WordPress imports a comment without a status as approved
        else:
            state = _STATES.get(status, OTHER)
        parent = c.get("comment_parent", "")
        post = self._post
        comment = Comment(
            text=c.get("comment_content", ""),
            author=c.get("comment_author") or None,
            author_url=c.get("comment_author_url") or None,
            author_email=c.get("comment_author_email") or None,
            ip=c.get("comment_author_IP") or None,
            post_title=post.get("title") or None,
            post_text=post.get("text") or None,
            parent_id=f"{key}:{parent}" if parent and parent != "0" else None,
            id=rid,
            post_id=key,
            post_url=post.get("link") or self._blog_url or None,
            extra={
                "format": "wxr",
                "status": status,
                "type": ctype,
                "date": c.get("comment_date"),
                "post_type": post.get("post_type"),
                "line": c["_line"],
            },
        )
        loc = (c.get("_status_span"), c["_end"], c["_qname"])
        return Record(comment, status, state, c["_start"], c["_end"], loc)

    def record_failed(self, start: int, end: int, why: str, line: int) -> None:
        comment = self._comment or {"_start": start, "_line": line}
        self._comment = None
        comment.update(_end=end, _unreadable=why)
        self._queue(comment)

    def finish(self) -> None:
        self._post_ready = True
        self._flush()


class WXRAdapter(Adapter):
    name = "wxr"
    title = "WordPress WXR"
    statuses = {Action.APPROVE: "1", Action.HOLD: "0", Action.SPAM: "spam"}
    states = _STATES

    def reader(
        self, path: str | Path, *, recover: bool = False, options: Mapping[str, Any] | None = None
    ) -> _Reader:
        return _Reader(path, recover=recover)

    def source(self, path: str | Path, recover: bool) -> Iterator[bytes]:
        return source_chunks(path, recover)

    def patches(self, record: Record, status: str | None) -> list[Patch]:
        if status is None or status == record.status or record.state == "note":
            return []
        span, end, qname = record.loc
        if span is not None:
            return [("text", span[0], span[1], status)]
        prefix = qname.rpartition(":")[0]
        tag = f"{prefix}:comment_approved" if prefix else "comment_approved"
        return [("insert", end, f"<{tag}>{status}</{tag}>".encode("ascii"))]


ADAPTER = WXRAdapter()


def read(path: str | Path, *, recover: bool = False) -> Iterator[Comment]:
    """Yield every comment of a WXR file, in file order."""
    for record in ADAPTER.records(path, recover=recover):
        yield record.comment


def write(
    src: str | Path,
    dst: str | Path,
    decisions: Mapping[str, Action | str] | Iterable[tuple[str, Action | str]],
    *,
    recover: bool = False,
) -> Verification | None:
    """Copy ``src`` to ``dst`` giving each comment id in ``decisions`` its action (or raw status)."""
    return write_decisions(ADAPTER, src, dst, decisions_by_id(decisions), recover=recover)


def verify(
    path: str | Path, expected: Iterable[tuple[str, str | None]], *, recover: bool = False
) -> Verification:
    """Check that ``path`` holds exactly the expected (comment id, status) pairs, in order."""
    return ADAPTER.verify(path, expected, recover=recover)
