"""Streaming XML reading shared by the XML adapters.

:class:`XMLReader` drives expat over a file in 1 MiB chunks and calls ``start``/``end``
on a subclass with namespace-resolved names and the *byte offset* of each tag, which
is what lets writers patch a status value in place and copy every other byte.

Safety and robustness, in one place for every XML format:

- any DOCTYPE or entity declaration is refused (:class:`HostileXMLError`) as soon as
  expat sees it, before anything is expanded or resolved;
- namespaces are resolved here, by URI (prefixes may be re-bound anywhere; an
  undeclared prefix, as in some Blogger exports, is tolerated, never matched);
- a parse error becomes :class:`MalformedArchiveError` with line and column; with
  ``recover=True`` the bytes are first repaired (see ``_repair``) and an error that is
  still left inside a comment record makes that record *unreadable*: it is reported,
  kept byte for byte in the output, and parsing resumes after its end tag.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, NoReturn
from xml.parsers import expat
from xml.sax.saxutils import quoteattr

from .._errors import HostileXMLError, MalformedArchiveError
from ._base import UNREADABLE, Record, UniqueIds
from ._repair import Repairs, repaired_chunks, sniff_encoding

__all__ = ["CHUNK_SIZE", "TwoPass", "XMLReader", "source_chunks"]

CHUNK_SIZE = 1 << 20
_RESYNC_LIMIT = 64 << 20  # how far to look for the end of a broken record


def _raw_chunks(path: Path) -> Iterator[bytes]:
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK_SIZE):
            yield chunk


def source_chunks(path: str | Path, recover: bool, notes: Repairs | None = None) -> Iterator[bytes]:
    """The bytes the parser reads (and the writer copies): raw, or repaired when recovering."""
    raw = _raw_chunks(Path(path))
    if not recover:
        return raw
    return repaired_chunks(raw, notes if notes is not None else [])


class _Scope:
    """Prefix → URI bindings in force for an element, with a cache: qname → (uri, local, tag, wants start)."""

    __slots__ = ("cache", "prefixes")

    def __init__(self, prefixes: dict[str, str]):
        self.prefixes = prefixes
        self.cache: dict[str, tuple[str, str, Any, bool]] = {}

    def child(self, decls: dict[str, str]) -> _Scope:
        prefixes = dict(self.prefixes)
        for attr, uri in decls.items():
            prefixes[attr[6:]] = uri  # "xmlns" → "", "xmlns:wp" → "wp"
        return _Scope(prefixes)

    def resolve(self, qname: str) -> tuple[str, str]:
        prefix, _, local = qname.rpartition(":")
        uri = self.prefixes.get(prefix)
        if uri is None:
            uri = f"urn:commentguard:unbound-prefix:{prefix}" if prefix else ""
        return uri, local


_ROOT_SCOPE = {"xml": "http://www.w3.org/XML/1998/namespace"}


class XMLReader:
    """Base class of the XML readers. Subclasses implement :meth:`interest`, :meth:`start`
    and :meth:`end`; ``start``/``end`` are only called for elements whose ``interest`` is
    not None (computed once per name and namespace scope, which keeps parsing fast).

    While inside a comment record a subclass sets ``record_start`` (byte offset of the
    record's start tag) and ``record_depth`` (its depth); :meth:`record_failed` is then
    called if the record turns out to be unreadable in recover mode.
    """

    format_name = "xml"

    def __init__(self, path: str | Path, *, recover: bool = False):
        self.path = Path(path)
        self.recover = recover
        self.repairs: Repairs = []
        self.file_repairs: list[str] = []
        self.root_qname: str | None = None
        self.record_start: int | None = None
        self.record_depth = 0
        self._out: list[Record] = []
        # open elements: (uri, local, qname, xmlns declarations, scope, interest tag)
        self._stack: list[tuple[str, str, str, dict[str, str] | None, _Scope, Any]] = []
        self._root_scope = _Scope(dict(_ROOT_SCOPE))
        self._text: list[str] = []  # character data since the last tag (expat appends to it)
        self._delta = 0
        self._line_delta = 0
        self._skip_starts = 0
        self._encoding = "utf-8"
        self.unique_id = UniqueIds()  # rid → rid, rid#2, rid#3 … within this file
        self._parser = self._new_parser()

    #: tags whose *start* is wanted too (None: every tag of interest); ends always are
    start_tags: frozenset[Any] | None = None

    # -- for subclasses -------------------------------------------------------------
    def interest(self, uri: str, local: str) -> Any:
        """A tag for elements {uri}local that :meth:`start`/:meth:`end` want to see, else None."""
        return (uri, local)

    def start(self, tag: Any, attrs: dict[str, str], offset: int, depth: int) -> None:
        """An element starts at byte ``offset`` (its ``<``); the root has depth 1."""

    def end(self, tag: Any, text: str, offset: int, depth: int) -> None:
        """An element ends; ``offset`` is its end tag's ``</`` (or just past ``/>``).

        ``text`` is the element's character data (CDATA included); for an element with
        child elements, only what follows its last child.
        """

    def finish(self) -> None:
        """The document ended."""

    def record_failed(self, start: int, end: int, why: str, line: int) -> None:
        """Recover mode: the record at [start, end) could not be parsed; emit it as unreadable."""

    @property
    def qname(self) -> str:
        """The qualified name (as written) of the innermost open element."""
        return self._stack[-1][2]

    @property
    def _scope(self) -> _Scope:
        return self._stack[-1][4] if self._stack else self._root_scope

    @property
    def line(self) -> int:
        return self._line_delta + self._parser.CurrentLineNumber

    def prefix_for(self, uri: str) -> str | None:
        """A prefix bound to ``uri`` where the parser is now ("" for the default namespace)."""
        for prefix, bound in self._scope.prefixes.items():
            if bound == uri:
                return prefix
        return None

    def attr(self, attrs: dict[str, str], uri: str, local: str) -> str | None:
        """The value of attribute {uri}local (unprefixed attributes have no namespace)."""
        scope = self._scope
        for name, value in attrs.items():
            if ":" in name:
                if name[:6] != "xmlns:" and scope.resolve(name) == (uri, local):
                    return value
            elif not uri and name == local:
                return value
        return None

    def swallowed(self, qname: str, *texts: str | None) -> str | None:
        """Recover mode: why a record whose text holds its own end tag is unreadable, else None.

        A broken record (an unterminated CDATA section, say) can parse as text that runs
        into the next records; the next records then silently vanish into this one.
        """
        if not self.recover:
            return None
        end_tag = f"</{qname}>"
        merged = sum(t.count(end_tag) for t in texts if t)
        if not merged:
            return None
        return f"its text holds {merged} {end_tag} tag(s): the next comment(s) ran into it (broken markup)"

    def emit(self, record: Record) -> None:
        record.repairs = self._take_repairs(record.start, record.end)
        if record.repairs:
            extra = {**record.comment.extra, "repairs": list(record.repairs)}
            record.comment = replace(record.comment, extra=extra)
        self._out.append(record)

    def unreadable_record(self, start: int, end: int, rid: str, why: str, **fields: Any) -> Record:
        """A placeholder for a comment that could not be read."""
        from .._types import Comment

        comment = Comment(text="", id=rid, extra={"format": self.format_name, "unreadable": why, **fields})
        return Record(comment, None, UNREADABLE, start, end, unreadable=why)

    # -- driving --------------------------------------------------------------------
    def records(self) -> Iterator[Record]:
        """Parse the whole file, yielding records as they complete."""
        chunks = iter(source_chunks(self.path, self.recover, self.repairs))
        pos = 0  # absolute offset of the next byte to feed
        prev = b""  # the bytes fed before, for errors in a token that spans two chunks
        for chunk in chunks:
            if pos == 0:
                self._encoding = sniff_encoding(chunk[:4096])
            pos = self._parse(chunk, pos, prev, chunks, False)
            prev = chunk
            if self._out:
                out, self._out = self._out, []
                yield from out
        self._parse(b"", pos, prev, chunks, True)
        self.finish()
        self.file_repairs.extend(why for _, why in self.repairs)
        self.repairs.clear()
        if self._out:
            out, self._out = self._out, []
            yield from out

    # -- internals ------------------------------------------------------------------
    def _parse(self, data: bytes, data_start: int, prev: bytes, chunks: Iterator[bytes], final: bool) -> int:
        """Feed ``data`` (which starts at ``data_start``); resync past broken records."""
        while True:
            try:
                self._parser.Parse(data, final)
                return data_start + len(data)
            except expat.ExpatError as err:
                data, data_start = self._resync(err, prev + data, data_start - len(prev), chunks)
                prev = b""

    def _new_parser(self) -> Any:
        p = expat.ParserCreate()
        p.buffer_text = True
        p.buffer_size = 1 << 16
        p.StartElementHandler = self._start
        p.EndElementHandler = self._end
        p.CharacterDataHandler = self._text.append
        p.StartDoctypeDeclHandler = self._refuse_doctype
        p.EntityDeclHandler = self._refuse_entity
        p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        return p

    def _start(self, qname: str, attrs: dict[str, str]) -> None:
        if self._skip_starts:  # replayed ancestors after a resync
            self._skip_starts -= 1
            return
        stack = self._stack
        scope = stack[-1][4] if stack else self._root_scope
        decls = None
        if attrs:
            for name in attrs:
                if name[:5] == "xmlns" and (len(name) == 5 or name[5] == ":"):
                    if decls is None:
                        decls = {}
                    decls[name] = attrs[name]
            if decls:
                scope = scope.child(decls)
        if not stack and self.root_qname is None:
            self.root_qname = qname
        key = scope.cache.get(qname)
        if key is None:
            uri, local = scope.resolve(qname)
            tag = self.interest(uri, local)
            wants_start = tag is not None and (self.start_tags is None or tag in self.start_tags)
            key = scope.cache[qname] = (uri, local, tag, wants_start)
        stack.append((key[0], key[1], qname, decls, scope, key[2]))
        if self._text:
            self._text.clear()
        if key[3]:
            self.start(key[2], attrs, self._delta + self._parser.CurrentByteIndex, len(stack))

    def _end(self, qname: str) -> None:
        stack = self._stack
        tag = stack[-1][5]
        parts = self._text
        if tag is not None:
            if not parts:
                text = ""
            else:
                text = parts[0] if len(parts) == 1 else "".join(parts)
            self.end(tag, text, self._delta + self._parser.CurrentByteIndex, len(stack))
        if parts:
            parts.clear()
        stack.pop()

    def _refuse_doctype(self, name: str, *_: Any) -> None:
        raise HostileXMLError(
            f"{self.path.name}: refused: the file declares a DOCTYPE <!DOCTYPE {name}> "
            f"at line {self.line}; DTDs and entities (billion laughs, XXE) are never parsed"
        )

    def _refuse_entity(self, name: str, *_: Any) -> None:
        raise HostileXMLError(f"{self.path.name}: refused: entity declaration {name!r} at line {self.line}")

    def _take_repairs(self, start: int, end: int) -> tuple[str, ...]:
        notes = self.repairs
        if not notes:
            return ()
        mine: list[str] = []
        keep = 0
        for i, (offset, why) in enumerate(notes):
            if offset >= end:
                keep = i
                break
            if offset >= start:
                mine.append(why)
            else:
                self.file_repairs.append(why)
        else:
            keep = len(notes)
        del notes[:keep]
        return tuple(mine)

    def _error_message(self, err: expat.ExpatError) -> str:
        return f"{self.path.name}: not well-formed XML: {expat.errors.messages[err.code]}"

    def _fail(self, err: expat.ExpatError, extra: str = "") -> NoReturn:
        if not self.recover:
            extra += " (recover=True, or --recover, repairs broken bytes and skips broken comments)"
        raise MalformedArchiveError(
            self._error_message(err) + extra, self._line_delta + err.lineno, err.offset + 1
        ) from None

    def _resync(
        self, err: expat.ExpatError, data: bytes, data_start: int, chunks: Iterator[bytes]
    ) -> tuple[bytes, int]:
        """Recover mode: skip past the broken record; return the next bytes to feed and their start."""
        record_start = self.record_start
        if not self.recover:
            self._fail(err)
        if record_start is None or len(self._stack) <= self.record_depth:
            self._fail(err, " (outside any comment: cannot be recovered)")
        at = self._delta + self._parser.ErrorByteIndex
        line = self._line_delta + err.lineno
        record_qname = self._stack[self.record_depth][2]
        closing = re.compile(rb"</" + re.escape(record_qname.encode(self._encoding)) + rb"\s*>")
        buf = data[max(0, at - data_start) :]
        buf_start = max(at, data_start)
        while (m := closing.search(buf)) is None:
            more = next(chunks, None)
            if more is None or len(buf) > _RESYNC_LIMIT:
                self._fail(err, " (the end of the broken comment was not found)")
            buf += more
        end = buf_start + m.end()
        self.record_failed(record_start, end, f"{expat.errors.messages[err.code]} (line {line})", line)
        self.record_start = None
        del self._stack[self.record_depth :]
        self._text.clear()
        prefix = f'<?xml version="1.0" encoding="{self._encoding}"?>'.encode("ascii")
        for _, _, qname, decls, _, _ in self._stack:
            attrs = "".join(f" {k}={quoteattr(v)}" for k, v in (decls or {}).items())
            prefix += f"<{qname}{attrs}>".encode(self._encoding)
        self._line_delta = line + buf[: m.end()].count(b"\n") - 1
        self._skip_starts = len(self._stack)
        self._delta = end - len(prefix)
        self._parser = self._new_parser()
        return prefix + buf[m.end() :], self._delta


class TwoPass:
    """Reads a file twice: first ``reader_cls(path, recover=…)`` collects each post's context
    into ``.posts``, then ``reader_cls(path, recover=…, posts=…)`` yields the comment records."""

    def __init__(self, reader_cls: Callable[..., Any], path: str | Path, recover: bool):
        self._cls, self._path, self._recover = reader_cls, path, recover
        self.file_repairs: list[str] = []

    def records(self) -> Iterator[Record]:
        first = self._cls(self._path, recover=self._recover)
        for _ in first.records():
            pass
        second = self._cls(self._path, recover=self._recover, posts=first.posts)
        yield from second.records()
        self.file_repairs = second.file_repairs
