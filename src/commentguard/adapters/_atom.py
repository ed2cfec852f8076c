"""Entry collection shared by the two Blogger formats (both are Atom feeds).

:class:`EntryReader` gathers each top-level ``<entry>`` into a small dict and hands it
to :meth:`EntryReader.entry`; the format modules decide what an entry means. Both
formats are read in two passes: the first collects each post's title and text (cut to
``POST_TEXT_LIMIT``), so that every comment gets its post as context wherever the post
sits in the file; the second yields the comments.
"""

from __future__ import annotations

from pathlib import Path

from ._base import POST_TEXT_LIMIT
from ._xml import XMLReader, source_chunks

__all__ = ["ATOM_NS", "Entry", "EntryReader", "feed_frame"]

ATOM_NS = "http://www.w3.org/2005/Atom"


class Entry(dict):
    """Fields of one entry.

    Keys: ``(uri, local)`` for the text of a direct child (first occurrence),
    ``("author", local)`` for author children; ``attrs`` lists ``(uri, local, attrs)`` of
    every direct child with attributes; ``spans`` maps ``(uri, local)`` of a direct
    child to its (start tag, end tag) offsets. Only elements in the reader's
    ``namespaces`` are collected.
    """

    attrs: list[tuple[str, str, dict[str, str]]]
    spans: dict[tuple[str, str], tuple[int, int]]


class EntryReader(XMLReader):
    """Calls :meth:`entry` for each ``<entry>`` child of the feed. ``posts`` maps post id →
    (title, text), filled by a first pass (``collect_posts=True``)."""

    #: namespaces whose elements entries are made of (the format modules add theirs)
    namespaces: frozenset[str] = frozenset((ATOM_NS,))

    def __init__(
        self, path: str | Path, *, recover: bool = False, posts: dict[str, tuple[str, str]] | None = None
    ):
        super().__init__(path, recover=recover)
        self.collecting = posts is None
        self.posts: dict[str, tuple[str, str]] = {} if posts is None else posts
        self._entry: Entry | None = None
        self._starts: dict[tuple[str, str], int] = {}

    # -- for subclasses -----------------------------------------------------------------
    def entry(self, e: Entry, start: int, end: int) -> None:
        """A complete entry (second pass)."""

    def post_of(self, e: Entry) -> tuple[str, str, str] | None:
        """(post id, title, text) when the entry is a post or page (first pass)."""
        return None

    def entry_failed(self, e: Entry, start: int, end: int, why: str, line: int) -> None:
        """Recover mode: the entry at [start, end) could not be parsed."""

    # -- parsing ------------------------------------------------------------------------
    def interest(self, uri: str, local: str) -> tuple[str, str] | None:
        return (uri, local) if uri in self.namespaces else None

    def start(self, tag: tuple[str, str], attrs: dict[str, str], offset: int, depth: int) -> None:
        e = self._entry
        if e is None:
            if depth == 2 and tag == (ATOM_NS, "entry"):
                e = self._entry = Entry()
                e.attrs = []
                e.spans = {}
                e["line"] = self.line
                e["qname"] = self.qname
                e["_start"] = offset
                self._starts = {}
                self.record_start = offset
                self.record_depth = 1
        elif depth == 3:
            self._starts[tag] = offset
            if attrs:
                e.attrs.append((tag[0], tag[1], attrs))

    def end(self, tag: tuple[str, str], text: str, offset: int, depth: int) -> None:
        e = self._entry
        if e is None:
            return
        if depth == 3:
            if tag not in e:
                e[tag] = text.strip()
                e.spans[tag] = (self._starts.get(tag, offset), offset)
        elif depth == 4 and self._stack[2][:2] == (ATOM_NS, "author"):
            e.setdefault(("author", tag[1]), text.strip())
        elif depth == 2:
            self._entry = None
            self.record_start = None
            if self.collecting:
                post = self.post_of(e)
                if post is not None:
                    self.posts[post[0]] = (post[1], post[2][:POST_TEXT_LIMIT])
            else:
                self.entry(e, e["_start"], offset)

    def record_failed(self, start: int, end: int, why: str, line: int) -> None:
        e = self._entry or Entry(line=line)
        if not hasattr(e, "attrs"):
            e.attrs, e.spans = [], {}
        self._entry = None
        if not self.collecting:
            self.entry_failed(e, start, end, why, line)

    def swallowed_entry(self, e: Entry) -> str | None:
        """Recover mode: why an entry that swallowed the next entries is unreadable (see ``swallowed``)."""
        if not self.recover:
            return None
        return self.swallowed(e["qname"], *(v for k, v in e.items() if isinstance(k, tuple)))

    def attr_of(self, e: Entry, uri: str, local: str, name: str, **match: str) -> str | None:
        """Attribute ``name`` of the first direct child {uri}local whose attributes include ``match``."""
        for child_uri, child_local, attrs in e.attrs:
            if child_uri == uri and child_local == local and all(attrs.get(k) == v for k, v in match.items()):
                return attrs.get(name)
        return None


class _FirstEntry(XMLReader):
    """Finds where the first entry starts (or, without entries, where the feed ends)."""

    class Found(Exception):
        pass

    cut = 0

    def start(self, tag: tuple[str, str], attrs: dict[str, str], offset: int, depth: int) -> None:
        if depth == 2 and tag == (ATOM_NS, "entry"):
            self.cut = offset
            raise self.Found

    def end(self, tag: tuple[str, str], text: str, offset: int, depth: int) -> None:
        if depth == 1:
            self.cut = offset


def feed_frame(path: str | Path, recover: bool) -> tuple[bytes, bytes]:
    """Header (every byte before the first entry) and footer (``</feed>``) for a quarantine feed."""
    reader = _FirstEntry(path, recover=recover)
    try:
        for _ in reader.records():
            pass
    except _FirstEntry.Found:
        pass
    header = b""
    for chunk in source_chunks(path, recover):
        header += chunk
        if len(header) >= reader.cut:
            break
    root = reader.root_qname or "feed"
    return header[: reader.cut], f"</{root}>\n".encode("ascii")
