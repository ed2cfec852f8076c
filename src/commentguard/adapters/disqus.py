"""Disqus XML export (``<disqus xmlns="http://disqus.com">``: category*, thread*, post*).

Reading: each ``<post>`` is a comment; its ``<thread dsq:id>`` names the thread, whose
title and message (collected in a first pass) are the context; ``<parent dsq:id>``
gives the parent comment. The id is the post's ``dsq:id`` (``post<N>`` for the N-th
post when missing).

Writing back: only the text of ``isSpam`` changes — ``true`` for spam, ``false`` to
approve; when the element is missing one is inserted before ``</post>``. **A Disqus
export has no pending state**, so a comment to hold is left as it is and reported
(``changed`` stays false, the decisions file and report list it as held). The export
records no human approval either, so every live post is a moderation candidate;
deleted posts (``isDeleted`` true) and posts already marked spam are left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .._types import Action, Comment
from ._base import (
    CLOSED,
    OTHER,
    PENDING,
    POST_TEXT_LIMIT,
    SPAM,
    Adapter,
    Record,
    Verification,
    decisions_by_id,
    write_decisions,
)
from ._patch import Patch
from ._xml import TwoPass, XMLReader, source_chunks

__all__ = ["ADAPTER", "DISQUS_NS", "DSQ_NS", "read", "verify", "write"]

DISQUS_NS = "http://disqus.com"
DSQ_NS = "http://disqus.com/disqus-internals"
_STATES = {"false": PENDING, "true": SPAM}
_FIELDS = frozenset(("id", "message", "createdAt", "isDeleted", "isSpam", "ipAddress", "title", "link"))


class _Reader(XMLReader):
    format_name = "disqus"
    start_tags = frozenset(("post", "thread", "parent", "isSpam"))

    def __init__(
        self, path: str | Path, *, recover: bool = False, posts: dict[str, tuple[str, str, str]] | None = None
    ):
        super().__init__(path, recover=recover)
        self.collecting = posts is None
        self.posts: dict[str, tuple[str, str, str]] = {} if posts is None else posts  # thread id → context
        self._item: dict[str, Any] | None = None  # the open <post> or <thread>
        self._n = 0

    def interest(self, uri: str, local: str) -> str | None:
        return local if uri == DISQUS_NS else None

    def start(self, tag: str, attrs: dict[str, str], offset: int, depth: int) -> None:
        item = self._item
        if item is None:
            if depth == 2 and tag in ("post", "thread"):
                self._item = {"_kind": tag, "_start": offset, "_line": self.line, "_qname": self.qname}
                self._item["_id"] = self.attr(attrs, DSQ_NS, "id")
                if tag == "post":
                    self._n += 1
                    self.record_start, self.record_depth = offset, 1
        elif depth == 3:
            if tag in ("thread", "parent"):
                item.setdefault(tag, self.attr(attrs, DSQ_NS, "id"))
            elif tag == "isSpam":
                item["_status_start"] = offset

    def end(self, tag: str, text: str, offset: int, depth: int) -> None:
        item = self._item
        if item is None:
            return
        if depth == 3 and tag in _FIELDS and tag not in item:
            item[tag] = text.strip()
            if tag == "isSpam":
                item["_status_span"] = (item.pop("_status_start"), offset)
        elif depth == 4 and self._stack[2][1] == "author":
            item.setdefault("author_" + tag, text.strip())
        elif depth == 2:
            self._item = None
            self.record_start = None
            if item["_kind"] == "thread":
                if self.collecting and item["_id"]:
                    text = item.get("message", "")[:POST_TEXT_LIMIT]
                    self.posts[item["_id"]] = (item.get("title", ""), text, item.get("link", ""))
            elif not self.collecting:
                self.emit(self._record(item, offset))

    def _record(self, p: dict[str, Any], end: int) -> Record:
        rid = self.unique_id(p["_id"] or f"post{self._n}")
        why = self.recover and self.swallowed(
            p["_qname"], *(v for k, v in p.items() if isinstance(v, str) and k[0] != "_")
        )
        if why:
            return self.unreadable_record(p["_start"], end, rid, why, line=p["_line"])
        status = p.get("isSpam")
        if p.get("isDeleted") == "true":
            state = CLOSED
        elif status is None:
            state = PENDING
        else:
            state = _STATES.get(status, OTHER)
        thread = p.get("thread") or None
        title, text, link = self.posts.get(thread or "", ("", "", ""))
        comment = Comment(
            text=p.get("message", ""),
            author=p.get("author_name") or p.get("author_username") or None,
            author_email=p.get("author_email") or None,
            ip=p.get("ipAddress") or None,
            post_title=title or None,
            post_text=text or None,
            parent_id=p.get("parent") or None,
            id=rid,
            post_id=thread,
            post_url=link or None,
            extra={
                "format": "disqus",
                "status": status,
                "type": "post",
                "deleted": p.get("isDeleted"),
                "date": p.get("createdAt"),
                "line": p["_line"],
            },
        )
        prefix = self.prefix_for(DISQUS_NS)
        return Record(comment, status, state, p["_start"], end, (p.get("_status_span"), prefix))

    def record_failed(self, start: int, end: int, why: str, line: int) -> None:
        item = self._item or {"_id": None}
        self._item = None
        if not self.collecting:
            rid = self.unique_id(item.get("_id") or f"post{self._n}")
            self.emit(self.unreadable_record(start, end, rid, why, line=line))


class DisqusAdapter(Adapter):
    name = "disqus"
    title = "Disqus XML export"
    statuses = {Action.APPROVE: "false", Action.HOLD: None, Action.SPAM: "true"}
    states = _STATES

    def reader(
        self, path: str | Path, *, recover: bool = False, options: Mapping[str, Any] | None = None
    ) -> Any:
        return TwoPass(_Reader, path, recover)

    def source(self, path: str | Path, recover: bool) -> Iterator[bytes]:
        return source_chunks(path, recover)

    def patches(self, record: Record, status: str | None) -> list[Patch]:
        if status is None or status == record.status:
            return []
        span, prefix = record.loc
        if span is not None:
            return [("text", span[0], span[1], status)]
        if prefix is None:
            tag, close = f'isSpam xmlns="{DISQUS_NS}"', "isSpam"
        else:
            tag = close = f"{prefix}:isSpam" if prefix else "isSpam"
        return [("insert", record.end, f"<{tag}>{status}</{close}>".encode("ascii"))]


ADAPTER = DisqusAdapter()


def read(path: str | Path, *, recover: bool = False) -> Iterator[Comment]:
    """Yield every post (comment) of a Disqus export, in file order."""
    for record in ADAPTER.records(path, recover=recover):
        yield record.comment


def write(
    src: str | Path,
    dst: str | Path,
    decisions: Mapping[str, Action | str] | Iterable[tuple[str, Action | str]],
    *,
    recover: bool = False,
) -> Verification | None:
    """Copy ``src`` to ``dst`` giving each post id in ``decisions`` its action (or raw isSpam value)."""
    return write_decisions(ADAPTER, src, dst, decisions_by_id(decisions), recover=recover)


def verify(
    path: str | Path, expected: Iterable[tuple[str, str | None]], *, recover: bool = False
) -> Verification:
    """Check that ``path`` holds exactly the expected (post id, isSpam) pairs, in order."""
    return ADAPTER.verify(path, expected, recover=recover)
