"""Blogger legacy "Back up content" export (Atom, feed id ``tag:blogger.com,1999:blog-<ID>.archive``).

Reading: entries whose kind category is ``…/kind#comment`` are comments; their post
(``thr:in-reply-to ref``) gives the context, collected in a first pass over posts and
pages. A comment's id is its entry ``<id>``; a threaded reply's ``parent_id`` is
built from its ``link rel="related"``.

Writing back: **this format has no moderation status**, so a comment to hold or to
mark spam cannot stay in the cleaned file. It is cut out, whole and byte for byte,
and appended to a quarantine file beside the output: a valid feed with the very same
header, which Blogger can import again. Approved comments, posts, settings and the
template stay exactly as they were. Every comment is a moderation candidate (the
format cannot say whether a human approved it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .._types import Action, Comment
from ._atom import ATOM_NS, Entry, EntryReader, feed_frame
from ._base import PENDING, QUARANTINED, Adapter, Record, Verification, decisions_by_id, write_decisions
from ._patch import Patch
from ._xml import TwoPass, source_chunks

__all__ = ["ADAPTER", "read", "verify", "write"]

KIND_SCHEME = "http://schemas.google.com/g/2005#kind"
KIND_PREFIX = "http://schemas.google.com/blogger/2008/kind#"
THREAD_NS = "http://purl.org/syndication/thread/1.0"
_TRAILING_ID = re.compile(r"(\d+)/?$")


def _kind(e: Entry, reader: EntryReader) -> str | None:
    term = reader.attr_of(e, ATOM_NS, "category", "term", scheme=KIND_SCHEME)
    if term is None:
        return None
    return term.removeprefix(KIND_PREFIX)


class _Reader(EntryReader):
    format_name = "blogger"
    namespaces = frozenset((ATOM_NS, THREAD_NS))

    def __init__(
        self, path: str | Path, *, recover: bool = False, posts: dict[str, tuple[str, str]] | None = None
    ):
        super().__init__(path, recover=recover, posts=posts)

    def post_of(self, e: Entry) -> tuple[str, str, str] | None:
        if _kind(e, self) in ("post", "page"):
            return e.get((ATOM_NS, "id"), ""), e.get((ATOM_NS, "title"), ""), e.get((ATOM_NS, "content"), "")
        return None

    def entry(self, e: Entry, start: int, end: int) -> None:
        if _kind(e, self) != "comment":
            return
        rid = self.unique_id(e.get((ATOM_NS, "id"), "") or f"entry-line-{e['line']}")
        why = self.swallowed_entry(e)
        if why:
            self.emit(self.unreadable_record(start, end, rid, why, line=e["line"]))
            return
        post_id = self.attr_of(e, THREAD_NS, "in-reply-to", "ref")
        title, text = self.posts.get(post_id or "", ("", ""))
        parent_id = None
        related = self.attr_of(e, ATOM_NS, "link", "href", rel="related")
        if related and ".post-" in rid and (m := _TRAILING_ID.search(related)):
            parent_id = rid[: rid.rindex(".post-")] + ".post-" + m.group(1)
        comment = Comment(
            text=e.get((ATOM_NS, "content"), ""),
            author=e.get(("author", "name")) or None,
            author_url=e.get(("author", "uri")) or None,
            author_email=e.get(("author", "email")) or None,
            post_title=title or None,
            post_text=text or None,
            parent_id=parent_id,
            id=rid,
            post_id=post_id,
            post_url=self.attr_of(e, THREAD_NS, "in-reply-to", "href") or None,
            extra={
                "format": "blogger",
                "status": None,
                "type": "comment",
                "date": e.get((ATOM_NS, "published")),
                "line": e["line"],
            },
        )
        self.emit(Record(comment, None, PENDING, start, end))

    def entry_failed(self, e: Entry, start: int, end: int, why: str, line: int) -> None:
        kind = _kind(e, self) if e.attrs else None
        if kind is not None and kind != "comment":
            self.file_repairs.append(f"a {kind} entry at line {line} could not be read; kept as found")
            return
        rid = self.unique_id(e.get((ATOM_NS, "id"), "") or f"entry-line-{line}")
        self.emit(self.unreadable_record(start, end, rid, why, line=line))


class BloggerAdapter(Adapter):
    name = "blogger"
    title = "Blogger legacy export"
    quarantine = True
    statuses = {Action.APPROVE: None, Action.HOLD: QUARANTINED, Action.SPAM: QUARANTINED}

    def reader(
        self, path: str | Path, *, recover: bool = False, options: Mapping[str, Any] | None = None
    ) -> Any:
        return TwoPass(_Reader, path, recover)

    def source(self, path: str | Path, recover: bool) -> Iterator[bytes]:
        return source_chunks(path, recover)

    def patches(self, record: Record, status: str | None) -> list[Patch]:
        if status == QUARANTINED:
            return [("move", record.start, record.end)]
        return []

    def quarantine_frame(self, path: str | Path, recover: bool) -> tuple[bytes, bytes]:
        return feed_frame(path, recover)


ADAPTER = BloggerAdapter()


def read(path: str | Path, *, recover: bool = False) -> Iterator[Comment]:
    """Yield every comment of a Blogger legacy export, in file order."""
    for record in ADAPTER.records(path, recover=recover):
        yield record.comment


def write(
    src: str | Path,
    dst: str | Path,
    decisions: Mapping[str, Action | str] | Iterable[tuple[str, Action | str]],
    *,
    quarantine: str | Path | None = None,
    recover: bool = False,
) -> Verification | None:
    """Copy ``src`` to ``dst``, moving comments decided HOLD or SPAM to ``quarantine``."""
    return write_decisions(
        ADAPTER, src, dst, decisions_by_id(decisions), quarantine=quarantine, recover=recover
    )


def verify(
    path: str | Path,
    expected: Iterable[tuple[str, str | None]],
    *,
    quarantine: str | Path | None = None,
    recover: bool = False,
) -> Verification:
    """Check ``path`` (and ``quarantine``) hold exactly the expected comments, in order.

    ``expected`` pairs each comment id with None (kept) or ``QUARANTINED`` (moved).
    """
    return ADAPTER.verify(path, expected, quarantine=quarantine, recover=recover)
