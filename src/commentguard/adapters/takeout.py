"""Blogger Takeout ``feed.atom`` (Atom + ``blogger`` = ``http://schemas.google.com/blogger/2018``).

Reading: entries with ``blogger:type`` COMMENT are comments; ``blogger:parent`` names
the post (its title and text, collected in a first pass, are the context) and a
non-empty ``blogger:inReplyTo`` the parent comment. The id is the entry ``<id>``.

Writing back: only the text of ``blogger:status`` changes — ``SPAM`` for spam,
``PENDING`` to hold, ``LIVE`` to approve; when the element is missing one is inserted
before ``</entry>``. ``LIVE`` comments count as approved, ``PENDING`` as pending;
``SPAM``, trashed (non-empty ``blogger:trashed``) and ``EMPTIED`` comments, and any
status this tool does not know, are kept exactly as found.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .._types import Action, Comment
from ._atom import ATOM_NS, Entry, EntryReader
from ._base import (
    APPROVED,
    CLOSED,
    OTHER,
    PENDING,
    SPAM,
    Adapter,
    Record,
    Verification,
    decisions_by_id,
    write_decisions,
)
from ._patch import Patch
from ._xml import TwoPass, source_chunks

__all__ = ["ADAPTER", "BLOGGER_NS", "read", "verify", "write"]

BLOGGER_NS = "http://schemas.google.com/blogger/2018"
_STATES = {"LIVE": APPROVED, "PENDING": PENDING, "SPAM": SPAM, "EMPTIED": CLOSED}


class _Reader(EntryReader):
    format_name = "takeout"
    namespaces = frozenset((ATOM_NS, BLOGGER_NS))

    def __init__(
        self, path: str | Path, *, recover: bool = False, posts: dict[str, tuple[str, str]] | None = None
    ):
        super().__init__(path, recover=recover, posts=posts)

    def post_of(self, e: Entry) -> tuple[str, str, str] | None:
        if e.get((BLOGGER_NS, "type")) in ("POST", "PAGE"):
            return e.get((ATOM_NS, "id"), ""), e.get((ATOM_NS, "title"), ""), e.get((ATOM_NS, "content"), "")
        return None

    def entry(self, e: Entry, start: int, end: int) -> None:
        if e.get((BLOGGER_NS, "type")) != "COMMENT":
            return
        rid = self.unique_id(e.get((ATOM_NS, "id"), "") or f"entry-line-{e['line']}")
        why = self.swallowed_entry(e)
        if why:
            self.emit(self.unreadable_record(start, end, rid, why, line=e["line"]))
            return
        post_id = e.get((BLOGGER_NS, "parent")) or None
        title, text = self.posts.get(post_id or "", ("", ""))
        status = e.get((BLOGGER_NS, "status"))
        if e.get((BLOGGER_NS, "trashed")):
            state = CLOSED
        elif status is None:
            state = APPROVED  # Blogger publishes a comment without a status
        else:
            state = _STATES.get(status, OTHER)
        comment = Comment(
            text=e.get((ATOM_NS, "content"), ""),
            author=e.get(("author", "name")) or None,
            author_url=e.get(("author", "uri")) or None,
            post_title=title or None,
            post_text=text or None,
            parent_id=e.get((BLOGGER_NS, "inReplyTo")) or None,
            id=rid,
            post_id=post_id,
            extra={
                "format": "takeout",
                "status": status,
                "type": "COMMENT",
                "author_type": e.get(("author", "type")),
                "date": e.get((ATOM_NS, "published")),
                "line": e["line"],
            },
        )
        prefix = self.prefix_for(BLOGGER_NS)
        loc = (e.spans.get((BLOGGER_NS, "status")), prefix)
        self.emit(Record(comment, status, state, start, end, loc))

    def entry_failed(self, e: Entry, start: int, end: int, why: str, line: int) -> None:
        kind = e.get((BLOGGER_NS, "type"))
        if kind is not None and kind != "COMMENT":
            self.file_repairs.append(f"a {kind} entry at line {line} could not be read; kept as found")
            return
        rid = self.unique_id(e.get((ATOM_NS, "id"), "") or f"entry-line-{line}")
        self.emit(self.unreadable_record(start, end, rid, why, line=line))


class TakeoutAdapter(Adapter):
    name = "takeout"
    title = "Blogger Takeout feed.atom"
    statuses = {Action.APPROVE: "LIVE", Action.HOLD: "PENDING", Action.SPAM: "SPAM"}
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
            tag = f'status xmlns="{BLOGGER_NS}"'
            close = "status"
        else:
            tag = close = f"{prefix}:status" if prefix else "status"
        return [("insert", record.end, f"<{tag}>{status}</{close}>".encode("ascii"))]


ADAPTER = TakeoutAdapter()


def read(path: str | Path, *, recover: bool = False) -> Iterator[Comment]:
    """Yield every comment of a Takeout ``feed.atom``, in file order."""
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
