"""Byte-level repair of broken XML exports, used only when reading with ``recover=True``.

The repairs never change a well-formed document: every rule below only fires on
bytes that expat would reject.

- junk (a stray back-tick, whitespace) before ``<?xml`` or the root element: dropped;
- bytes that are not valid UTF-8 in a UTF-8 file: read as Windows-1252;
- C0 control characters (and U+FFFE/U+FFFF): replaced by U+FFFD;
- a raw ``]]>`` inside CDATA (the section ends at the ``]]>`` after which no other
  ``]]>`` appears before the next ``<``): split as ``]]]]><![CDATA[>``;
- ``]]>`` in text: ``]]&gt;``; a ``<`` that starts no markup: ``&lt;``;
- a bare ``&``: ``&amp;``; an HTML entity (``&nbsp;``): its character reference;
- in tags: unquoted attribute values are quoted, attributes without a value get one,
  duplicate attributes are dropped, ``<`` and bare ``&`` in values are escaped.

Each repair is noted with its byte offset in the *repaired* stream, so that readers can
attach it to the comment it falls in.
"""

from __future__ import annotations

import codecs
import html.entities
import re
from collections.abc import Iterable, Iterator

from .._errors import ArchiveError

__all__ = ["Repairs", "repaired_chunks", "sniff_encoding"]

#: Notes are (byte offset in the repaired stream, message).
Repairs = list[tuple[int, str]]

_MARK = 0xF700  # undecodable byte b is decoded as chr(_MARK + b), then repaired
_MARKS = re.compile("[\uf780-\uf7ff]")


def _mark_undecodable(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    return "".join(chr(_MARK + b) for b in bad), err.end


codecs.register_error("commentguard-mark", _mark_undecodable)

_BAD = "\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\uf780-\uf7ff"
_TEXT_PROBLEM = re.compile(f"[{_BAD}]|\\]\\]>|&|<")
_CHAR_PROBLEM = re.compile(f"[{_BAD}]")
_ENTITY = re.compile(
    r"&(?:(amp|lt|gt|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));"
)
_NAME = r"[^\s<>\"'/=]+"
_VALUE_OK = r"(?:[^<&\"]|&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)*"
_TAG_OK = re.compile(
    rf"</?{_NAME}(?:\s+{_NAME}\s*=\s*(?:\"{_VALUE_OK}\"|'{_VALUE_OK.replace(chr(34), chr(39))}'))*\s*/?>"
)
_TAG_START = re.compile(rf"<(/?)({_NAME})")
_ATTR = re.compile(rf"\s*({_NAME})(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>\"']+))?")
_ATTR_NAMES = re.compile(rf"\s({_NAME})\s*=")
_DECL_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def _xml_char_ok(code: int) -> bool:
    return (
        code in (9, 10, 13)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def _fix_char(ch: str) -> tuple[str, str]:
    code = ord(ch)
    if 0xF780 <= code <= 0xF7FF:
        raw = bytes([code - _MARK])
        fixed = raw.decode("cp1252", errors="ignore") or raw.decode("latin-1")
        return fixed, f"byte 0x{raw[0]:02X} is not valid UTF-8; read as Windows-1252 {fixed!r}"
    return "\ufffd", f"invalid character U+{code:04X} replaced by U+FFFD"


def _fix_chars(s: str, notes: list[tuple[int, str]], base: int) -> str:
    """Repair invalid characters only (for CDATA, comments, PIs)."""
    if not _CHAR_PROBLEM.search(s):
        return s
    out: list[str] = []
    last = 0
    pos = base
    for m in _CHAR_PROBLEM.finditer(s):
        out.append(s[last : m.start()])
        pos += m.start() - last
        fixed, why = _fix_char(m.group())
        notes.append((pos, why))
        out.append(fixed)
        pos += len(fixed)
        last = m.end()
    out.append(s[last:])
    return "".join(out)


def _fix_entity(s: str, at: int) -> tuple[str, int, str | None]:
    """The replacement for the ``&`` at ``s[at]``: (text, length consumed, note or None)."""
    m = _ENTITY.match(s, at)
    if m is None:
        return "&amp;", 1, "bare '&' escaped as &amp;"
    if m.group(1):
        return m.group(), len(m.group()), None
    if m.group(4):
        name = m.group(4) + ";"
        chars = html.entities.html5.get(name)
        if chars is None:
            return "&amp;", 1, f"undefined entity &{name} escaped"
        return "".join(f"&#{ord(c)};" for c in chars), len(m.group()), f"HTML entity &{name} replaced"
    code = int(m.group(2)) if m.group(2) else int(m.group(3), 16)
    if _xml_char_ok(code):
        return m.group(), len(m.group()), None
    return "&#xFFFD;", len(m.group()), f"reference to invalid character {m.group()} replaced"


def _fix_text(s: str, notes: list[tuple[int, str]], base: int) -> str:
    """Repair character data between markup."""
    if not _TEXT_PROBLEM.search(s):
        return s
    out: list[str] = []
    i = 0
    pos = base
    while True:
        m = _TEXT_PROBLEM.search(s, i)
        if m is None:
            out.append(s[i:])
            return "".join(out)
        out.append(s[i : m.start()])
        pos += m.start() - i
        token = m.group()
        if token == "&":
            fixed, used, why = _fix_entity(s, m.start())
        elif token == "<":
            fixed, used, why = "&lt;", 1, "'<' that starts no markup escaped as &lt;"
        elif token == "]]>":
            fixed, used, why = "]]&gt;", 3, "']]>' outside CDATA escaped"
        else:
            fixed, why = _fix_char(token)
            used = 1
        if why:
            notes.append((pos, why))
        out.append(fixed)
        pos += len(fixed)
        i = m.start() + used


def _fix_tag(tag: str, notes: list[tuple[int, str]], base: int) -> str:
    """Repair one start or end tag (the whole ``<...>``)."""
    if _TAG_OK.fullmatch(tag) and not _CHAR_PROBLEM.search(tag):
        names = _ATTR_NAMES.findall(tag) if tag.count("=") > 1 else ()
        if len(names) == len(set(names)):
            return tag
    head = _TAG_START.match(tag)
    if head is None:
        return tag
    body_end = len(tag) - 1
    closing = "/>" if tag.endswith("/>") else ">"
    if closing == "/>":
        body_end -= 1
    parts = [head.group()]
    seen: set[str] = set()
    i = head.end()
    while i < body_end:
        m = _ATTR.match(tag, i, body_end)
        if m is None or m.end() == i:
            if tag[i:body_end].strip():
                return tag  # cannot make sense of it: leave it for expat to report
            break
        i = m.end()
        name, raw = m.group(1), m.group(2)
        if raw is None:
            value = name
        elif raw[0] in "\"'":
            value = raw[1:-1]
        else:
            value = raw
            if value.endswith("/") and i >= body_end and closing == ">":
                value, closing = value[:-1], "/>"
        if name in seen:
            continue
        seen.add(name)
        fixed = _fix_text(value, [], 0).replace('"', "&quot;")
        parts.append(f' {name}="{fixed}"')
    parts.append(closing)
    new = "".join(parts)
    if new != tag:
        notes.append((base, f"tag {head.group()}…> repaired (quotes, values or duplicates)"))
    return new


def _tag_end(buf: str, i: int) -> int:
    """Index just past the ``>`` closing the tag that starts at ``buf[i]``, or -1."""
    quote = ""
    j = i + 1
    n = len(buf)
    while j < n:
        c = buf[j]
        if quote:
            if c == quote:
                quote = ""
            elif c == "<" or c == ">" and j - i > 4096:
                quote = ""  # a runaway quote: give up on quoting rules
                if c == ">":
                    return j + 1
        elif c == ">":
            return j + 1
        elif c in "\"'":
            quote = c
        j += 1
    return -1


class _Lexer:
    """Splits text into markup and character data and repairs each piece."""

    def __init__(self) -> None:
        self.buf = ""
        self.passthrough = False  # after a DOCTYPE: left for the parser to refuse

    def feed(self, text: str, final: bool, notes: list[tuple[int, str]]) -> str:
        """Repaired text ready to emit; ``notes`` get offsets in characters of the result."""
        buf = self.buf + text
        out: list[str] = []
        size = 0  # characters emitted so far in this call
        i, n = 0, len(buf)

        def emit(piece: str) -> None:
            nonlocal size
            out.append(piece)
            size += len(piece)

        while i < n:
            if self.passthrough:
                emit(buf[i:])
                i = n
                break
            lt = buf.find("<", i)
            if lt == -1:
                if final:
                    emit(_fix_text(buf[i:], notes, size))
                    i = n
                else:  # keep a tail that may hold half an entity or half a ']]>'
                    cut = max(buf.rfind(" ", i, n - 40), buf.rfind("\n", i, n - 40))
                    if cut > i:
                        emit(_fix_text(buf[i:cut], notes, size))
                        i = cut
                break
            if lt > i:
                emit(_fix_text(buf[i:lt], notes, size))
                i = lt
            if n - i < 10 and not final:
                break
            if buf.startswith("<![CDATA[", i):
                end = self._cdata_end(buf, i, final)
                if end == -1:
                    break
                body = buf[i + 9 : end - 3]
                fixed = _fix_chars(body, notes, size + 9)
                if "]]>" in fixed:
                    notes.append((size, "raw ']]>' inside CDATA split as ]]]]><![CDATA[>"))
                    fixed = fixed.replace("]]>", "]]]]><![CDATA[>")
                emit("<![CDATA[" + fixed + "]]>")
                i = end
            elif buf.startswith("<!--", i) or buf.startswith("<?", i):
                close = "-->" if buf[i + 1] == "!" else "?>"
                end = buf.find(close, i + 2)
                if end == -1:
                    if final:
                        emit(_fix_chars(buf[i:], notes, size))
                        i = n
                    break
                emit(_fix_chars(buf[i : end + len(close)], notes, size))
                i = end + len(close)
            elif buf.startswith("<!DOCTYPE", i):
                self.passthrough = True  # the parser refuses it
            elif i + 1 < n and (buf[i + 1] == "/" or buf[i + 1].isalpha() or buf[i + 1] in "_:"):
                end = _tag_end(buf, i)
                if end == -1:
                    if final:
                        emit(_fix_chars(buf[i:], notes, size))
                        i = n
                    break
                emit(_fix_tag(buf[i:end], notes, size))
                i = end
            else:
                notes.append((size, "'<' that starts no markup escaped as &lt;"))
                emit("&lt;")
                i += 1
        self.buf = buf[i:]
        if len(self.buf) > 64 << 20:  # an unterminated token: stop repairing, pass it on
            emit(self.buf)
            self.buf = ""
        return "".join(out)

    @staticmethod
    def _cdata_end(buf: str, i: int, final: bool) -> int:
        """Index past the ``]]>`` that really ends the CDATA section at ``i`` (-1: need more)."""
        j = i + 9
        while True:
            end = buf.find("]]>", j)
            if end == -1:
                return len(buf) if final else -1
            nxt = buf.find("<", end + 3)
            if nxt == -1 and not final:
                return -1
            if "]]>" not in buf[end + 3 : nxt if nxt != -1 else len(buf)]:
                return end + 3
            j = end + 3


def sniff_encoding(head: bytes) -> str:
    """The Python codec for a document starting with ``head`` (BOM, then XML declaration)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        raise ArchiveError("UTF-16 archives are not supported; convert the file to UTF-8 first")
    start = head.find(b"<")
    m = _DECL_ENCODING.match(head[start:]) if start != -1 else None
    if not m:
        return "utf-8"
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return "utf-8"


def repaired_chunks(chunks: Iterable[bytes], notes: Repairs) -> Iterator[bytes]:
    """Yield the bytes of ``chunks`` with every repair above applied.

    ``notes`` receives (offset in the output bytes, message) as repairs happen.
    """
    it = iter(chunks)
    head = b""
    for chunk in it:
        head += chunk
        if len(head) >= 4096:
            break
    encoding = sniff_encoding(head)
    out_pos = 0
    bom = b"\xef\xbb\xbf" if head.startswith(b"\xef\xbb\xbf") else b""
    if bom:
        head = head[3:]
        yield bom
        out_pos = 3
    first = head.find(b"<?xml")
    if first == -1:
        first = head.find(b"<")
        if first > 0 and not head[:first].strip(b" \t\r\n"):
            first = 0  # whitespace before a root element without declaration is fine
    if first > 0:
        notes.append((out_pos, f"{first} stray byte(s) before the XML start dropped"))
        head = head[first:]
    decoder = codecs.getincrementaldecoder(encoding)(errors="commentguard-mark")
    lexer = _Lexer()

    def piece(data: bytes, final: bool) -> bytes:
        nonlocal out_pos
        local: list[tuple[int, str]] = []
        text = lexer.feed(decoder.decode(data, final), final, local)
        encoded = text.encode(encoding, errors="xmlcharrefreplace")
        done_chars, done_bytes = 0, out_pos
        for char_pos, why in sorted(local, key=lambda note: note[0]):
            done_bytes += len(text[done_chars:char_pos].encode(encoding, errors="xmlcharrefreplace"))
            done_chars = char_pos
            notes.append((done_bytes, why))
        out_pos += len(encoded)
        return encoded

    yield piece(head, False)
    for chunk in it:
        yield piece(chunk, False)
    yield piece(b"", True)
