"""Read and write comment archives without losing a comment.

    from commentguard.adapters import read, detect_format, write

    detect_format("export.xml")                 # 'wxr'
    for comment in read("export.xml"):          # a generator of Comment, file order
        print(comment.id, comment.post_title, comment.extra["status"], comment.text[:60])

    write("export.xml", "cleaned.xml", {"10:103": Action.SPAM})   # verified, atomic

Formats, one module each (where to change a format): ``wxr`` (WordPress WXR 1.0–1.2),
``blogger`` (legacy Blogger Atom export), ``takeout`` (Blogger Takeout ``feed.atom``),
``disqus`` (Disqus XML) and ``tabular`` (CSV and JSON lines). Each module has
``read``, ``write`` and ``verify``. Readers stream: memory stays flat as files grow.
XML with a DOCTYPE is refused (:class:`~commentguard.HostileXMLError`); a file that
is not well-formed raises :class:`~commentguard.MalformedArchiveError` with line and
column, unless read with ``recover=True`` (see ``docs/archives.md``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .._errors import ArchiveError, HostileXMLError, UnknownFormatError
from .._types import Action, Comment
from . import blogger, disqus, tabular, takeout, wxr
from ._base import (
    QUARANTINED,
    Adapter,
    Record,
    Verification,
    decisions_by_id,
    default_quarantine_path,
    write_decisions,
)

__all__ = [
    "FORMATS",
    "QUARANTINED",
    "Adapter",
    "Record",
    "Verification",
    "default_quarantine_path",
    "detect_format",
    "get_adapter",
    "read",
    "write",
]

#: Format name → adapter.
FORMATS: dict[str, Adapter] = {
    "wxr": wxr.ADAPTER,
    "blogger": blogger.ADAPTER,
    "takeout": takeout.ADAPTER,
    "disqus": disqus.ADAPTER,
    "csv": tabular.CSV,
    "jsonl": tabular.JSONL,
}

_SUPPORTED = (
    "wxr (WordPress: <rss> with an http(s)://wordpress.org/export/1.x/ namespace), "
    "blogger (legacy Blogger: Atom <feed> with tag:blogger.com,1999:blog-….archive id or kind categories), "
    "takeout (Blogger Takeout: Atom <feed> with the http://schemas.google.com/blogger/2018 namespace), "
    'disqus (<disqus xmlns="http://disqus.com">), csv (.csv/.tsv), '
    "jsonl (.jsonl/.ndjson, or lines of JSON objects)"
)
_HEAD = 1 << 16
_HEAD_MAX = 1 << 22  # how far to look for the root element
_ROOT = re.compile(rb"<([A-Za-z_][\w.:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")


def get_adapter(format: str) -> Adapter:
    """The adapter for a format name (see :data:`FORMATS`)."""
    try:
        return FORMATS[format]
    except KeyError:
        raise UnknownFormatError(f"unknown format {format!r}; supported: {', '.join(FORMATS)}") from None


def _root_tag(data: bytes, name: str) -> re.Match[bytes] | None:
    """The root element's start tag after the prolog (None: not XML; raises if incomplete)."""
    i = 0
    while True:
        i = data.find(b"<", i)  # skips whitespace, and junk before the declaration
        if i == -1:
            return None
        if data.startswith(b"<?", i) or data.startswith(b"<!--", i):
            close = b"?>" if data[i + 1] == 0x3F else b"-->"
            j = data.find(close, i)
            if j == -1:
                raise _NeedMore
            i = j + len(close)
        elif data.startswith(b"<!DOCTYPE", i):
            raise HostileXMLError(
                f"{name}: refused: the file declares a DOCTYPE; "
                "DTDs and entities (billion laughs, XXE) are never parsed"
            )
        else:
            m = _ROOT.match(data, i)
            if m is None and b">" not in data[i:]:
                raise _NeedMore
            return m


class _NeedMore(Exception):
    pass


def detect_format(path: str | Path) -> str:
    """The format of ``path``, from its content (XML root element and namespaces) or extension.

    Raises :class:`UnknownFormatError` saying what was seen and what is supported, and
    :class:`HostileXMLError` at once for XML that declares a DOCTYPE.
    """
    path = Path(path)
    if not path.is_file():
        raise ArchiveError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        return "csv"
    size = _HEAD
    with open(path, "rb") as f:
        head = f.read(size)
        stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if suffix in (".jsonl", ".ndjson") or stripped.startswith(b"{"):
            return "jsonl"
        while True:  # a long prolog (comments) may push the root element far down
            try:
                m = _root_tag(head, path.name)
                break
            except _NeedMore:
                more = f.read(size) if len(head) < _HEAD_MAX else b""
                if not more:
                    m = None
                    break
                head += more
                size *= 2
    if m:
        root = m.group(1).decode("latin-1").rpartition(":")[2]
        tag = m.group(2)
        if root == "rss" and re.search(rb"https?://wordpress\.org/export/", head):
            return "wxr"
        if root == "feed" and b"http://schemas.google.com/blogger/2018" in tag:
            return "takeout"
        if root == "feed" and (
            b"blogger.com,1999:blog-" in head or b"schemas.google.com/blogger/2008/kind#" in head
        ):
            return "blogger"
        if root == "disqus":
            return "disqus"
        how = f"its root element is <{m.group(1).decode('latin-1')}>"
        if root == "rss":
            how += f" but no WordPress export namespace was found in the first {len(head) >> 10} KiB"
        raise UnknownFormatError(
            f"{path.name}: cannot tell the archive format: {how}. Supported: {_SUPPORTED}. "
            "Pass format=… (CLI: --format)"
        )
    start = stripped[:20].decode("utf-8", errors="replace")
    raise UnknownFormatError(
        f"{path.name}: cannot tell the archive format: it starts with {start!r} and its extension is "
        f"{suffix or '(none)'!r}. Supported: {_SUPPORTED}. Pass format=… (CLI: --format)"
    )


def _options(columns: Mapping[str, str] | None, delimiter: str | None) -> dict[str, Any]:
    return {"columns": columns, "delimiter": delimiter}


def read(
    path: str | Path,
    format: str | None = None,
    *,
    recover: bool = False,
    columns: Mapping[str, str] | None = None,
    delimiter: str | None = None,
) -> Iterator[Comment]:
    """Yield every comment of an archive, in file order, streaming.

    ``format`` is detected when None (or ``"auto"``). ``columns``/``delimiter`` apply to
    CSV and JSON lines. With ``recover=True`` broken bytes are repaired (each comment's
    repairs are in ``comment.extra["repairs"]``) and a comment that cannot be read is
    yielded with empty text and ``extra["unreadable"]`` saying why.
    """
    fmt = detect_format(path) if format in (None, "auto") else format
    adapter = get_adapter(fmt)
    for record in adapter.records(path, recover=recover, options=_options(columns, delimiter)):
        yield record.comment


def write(
    src: str | Path,
    dst: str | Path,
    decisions: Mapping[str, Action | str] | Iterable[tuple[str, Action | str]],
    format: str | None = None,
    *,
    quarantine: str | Path | None = None,
    recover: bool = False,
    columns: Mapping[str, str] | None = None,
    delimiter: str | None = None,
) -> Verification | None:
    """Copy ``src`` to ``dst``, giving each comment id in ``decisions`` an :class:`Action`
    (or a raw status value). Everything else is copied unchanged; the result is re-read
    and verified before it replaces ``dst``. Returns the verification."""
    fmt = detect_format(src) if format in (None, "auto") else format
    return write_decisions(
        get_adapter(fmt),
        src,
        dst,
        decisions_by_id(decisions),
        quarantine=quarantine,
        recover=recover,
        options=_options(columns, delimiter),
    )
