"""Copy an archive byte for byte while applying a few small, ordered patches.

Patches are plain tuples, in ascending byte order:

- ``("text", start, end_tag, value)``: set the text of the element whose start tag is
  at ``start`` and whose end tag starts at ``end_tag`` (for ``<x/>``: just past it).
  Surrounding whitespace and a CDATA wrapper are kept; ``<x/>`` becomes ``<x>value</x>``.
- ``("insert", at, data)``: insert bytes.
- ``("replace", start, end, data)``: replace a byte range.
- ``("move", start, end_tag)``: cut the element (with its line's indentation and line
  break when it sits alone on its line) and append it to the quarantine sink.

Memory holds one chunk, plus the element being patched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

__all__ = ["Patch", "PatchCopier", "QuarantineSink"]

Patch = tuple

_TAG_END = re.compile(rb"""(?:[^"'>]|"[^"]*"|'[^']*')*>""")
_CDATA_VALUE = re.compile(rb"(\s*<!\[CDATA\[)(.*?)(\]\]>\s*)", re.DOTALL)
_PLAIN_VALUE = re.compile(rb"(\s*)([^<]*?)(\s*)", re.DOTALL)
_NAME = re.compile(rb"<([^\s/>]+)")
_LINE_REST = re.compile(rb"[ \t]*\r?\n")


class QuarantineSink:
    """Receives moved elements and writes them as a valid feed: header, entries, footer."""

    def __init__(self, out: BinaryIO, frame: Callable[[], tuple[bytes, bytes]]):
        self._out = out
        self._frame = frame
        self._footer: bytes | None = None
        self._indent = b""
        self.count = 0

    def _open(self) -> None:
        if self._footer is None:
            header, self._footer = self._frame()
            self._out.write(header)
            self._indent = header[header.rfind(b"\n") + 1 :] if b"\n" in header else b""
            if self._indent.strip():
                self._indent = b""

    def add(self, element: bytes) -> None:
        self._open()
        if self.count:
            self._out.write(b"\n" + self._indent)
        self._out.write(element)
        self.count += 1

    def close(self) -> None:
        self._open()
        assert self._footer is not None
        self._out.write(b"\n" + self._footer)


class PatchCopier:
    """Streams ``chunks`` to ``out`` applying patches given in ascending order."""

    def __init__(self, chunks: Iterable[bytes], out: BinaryIO, quarantine: QuarantineSink | None = None):
        self._chunks: Iterator[bytes] = iter(chunks)
        self._out = out
        self._quarantine = quarantine
        self._buf = b""
        self._base = 0  # absolute offset of self._buf[0]
        self._done = 0  # absolute offset up to which output is written / skipped

    # -- buffer -----------------------------------------------------------------------
    def _fill(self, upto: int, *, strict: bool = True) -> bool:
        """Read until the buffer reaches absolute ``upto``; False at end of input."""
        while self._base + len(self._buf) < upto:
            chunk = next(self._chunks, None)
            if chunk is None:
                if strict:
                    raise ValueError(f"patch at byte {upto} is past the end of the input")
                return False
            self._buf = self._buf[self._done - self._base :] + chunk  # drop what is done
            self._base = self._done
        return True

    def _advance(self, pos: int, write: bool) -> None:
        """Write (or drop) input bytes up to absolute ``pos``, a chunk at a time."""
        if pos < self._done:
            raise ValueError(f"patches out of order: {pos} < {self._done}")
        while self._base + len(self._buf) < pos:  # pos is beyond the buffer: flush it whole
            if write:
                self._out.write(memoryview(self._buf)[self._done - self._base :])
            self._base = self._done = self._base + len(self._buf)
            chunk = next(self._chunks, None)
            if chunk is None:
                raise ValueError(f"patch at byte {pos} is past the end of the input")
            self._buf = chunk
        if write:
            self._out.write(memoryview(self._buf)[self._done - self._base : pos - self._base])
        self._done = pos

    def _copy_to(self, pos: int) -> None:
        """Write input bytes up to absolute ``pos``."""
        self._advance(pos, True)

    def _skip_to(self, pos: int) -> None:
        """Drop input bytes up to absolute ``pos``."""
        self._advance(pos, False)

    def _bytes(self, start: int, end: int) -> bytes:
        self._fill(end)
        return self._buf[start - self._base : end - self._base]

    def _tag_end(self, start: int) -> int:
        """Absolute offset just past the ``>`` of the tag beginning at ``start``."""
        size = 512
        while True:
            more = self._fill(start + size, strict=False)
            m = _TAG_END.match(self._buf, start - self._base + 1)
            if m:
                return self._base + m.end()
            if not more:
                raise ValueError(f"unterminated tag at byte {start}")
            size *= 2

    # -- patches ----------------------------------------------------------------------
    def apply(self, patch: Patch) -> None:
        kind = patch[0]
        if kind == "text":
            self._set_text(patch[1], patch[2], patch[3])
        elif kind == "insert":
            self._copy_to(patch[1])
            self._out.write(patch[2])
        elif kind == "replace":
            self._copy_to(patch[1])
            self._out.write(patch[3])
            self._skip_to(patch[2])
        elif kind == "move":
            self._move(patch[1], patch[2])
        else:
            raise ValueError(f"unknown patch {kind!r}")

    def _set_text(self, start: int, end_tag: int, value: str) -> None:
        new = value.encode("ascii")
        self._copy_to(start)
        tag_end = self._tag_end(start)
        start_tag = self._bytes(start, tag_end)
        if start_tag.endswith(b"/>"):  # <x/> → <x>value</x>
            name = _NAME.match(start_tag)
            assert name is not None
            self._out.write(start_tag[:-2].rstrip() + b">" + new + b"</" + name.group(1) + b">")
            self._skip_to(tag_end)
            return
        inner = self._bytes(tag_end, end_tag)
        m = _CDATA_VALUE.fullmatch(inner)
        if m and b"]]>" not in m.group(2) or (m := _PLAIN_VALUE.fullmatch(inner)):
            inner = m.group(1) + new + m.group(3)
        else:
            inner = new
        self._out.write(start_tag + inner)
        self._skip_to(end_tag)

    def _move(self, start: int, end_tag: int) -> None:
        if self._quarantine is None:
            raise ValueError("a move patch needs a quarantine sink")
        self._copy_to(max(self._done, start - 4096))  # keep a little of the line before
        end = self._tag_end(end_tag)
        element = self._bytes(start, end)
        cut_from, cut_to = start, end
        before = self._buf[self._done - self._base : start - self._base]
        newline = before.rfind(b"\n")
        if newline != -1 and not before[newline + 1 :].strip(b" \t"):
            # alone on its line: take the indentation and the line break too
            cut_from = start - (len(before) - newline - 1)
            self._fill(end + 256, strict=False)
            m = _LINE_REST.match(self._buf, end - self._base)
            if m:
                cut_to = self._base + m.end()
        self._copy_to(cut_from)
        self._skip_to(cut_to)
        self._quarantine.add(element)

    def finish(self) -> None:
        """Copy whatever is left."""
        self._out.write(memoryview(self._buf)[self._done - self._base :])
        self._buf = b""
        for chunk in self._chunks:
            self._out.write(chunk)
