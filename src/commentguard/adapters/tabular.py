"""CSV and JSON lines, for every platform without its own adapter.

Columns (CSV) or keys (JSON lines) are found by name, case-insensitively; pass
``columns={"text": "body", "id": "cid", …}`` to name them yourself. Fields:
``text`` (required), ``id``, ``author``, ``author_url``, ``author_email``, ``ip``,
``post_id``, ``post_title``, ``post_text``, ``post_url`` (or ``post_link``,
``permalink``), ``parent_id`` and ``status``. Without an
id column the id is ``row<N>`` (CSV, N-th data row) or ``line<N>`` (JSON lines).

Status values read (case-insensitive): ``approved``/``approve``/``1``/``live``/
``published`` are approved; empty, ``pending``/``hold``/``held``/``0``/``unapproved``
are pending; ``spam`` is spam; ``trash``/``deleted`` are left alone; anything else is
kept as found. Without a status column every row is pending. Written values:
``approved``, ``pending``, ``spam``.

Writing back: rows that do not change are copied byte for byte; a changed row is
written again with the same delimiter and line ending (CSV) or as one JSON object
(JSON lines). Without a status column, a ``status`` column (or key) is added: at the
end of the header and of every row, empty where nothing changed.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from .._errors import MalformedArchiveError
from .._types import Action, Comment
from ._base import (
    APPROVED,
    CLOSED,
    OTHER,
    PENDING,
    POST_TEXT_LIMIT,
    SPAM,
    UNREADABLE,
    Adapter,
    Record,
    UniqueIds,
    Verification,
    decisions_by_id,
    write_decisions,
)
from ._patch import Patch
from ._xml import CHUNK_SIZE, source_chunks

__all__ = ["CSV", "FIELDS", "JSONL", "read_csv", "read_jsonl", "verify", "write"]

#: Field → column names tried (lower case), in order.
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "comment", "message", "body", "comment_content"),
    "id": ("id", "comment_id"),
    "author": ("author", "author_name", "name", "comment_author"),
    "author_url": ("author_url", "url", "website"),
    "author_email": ("author_email", "email"),
    "ip": ("ip", "author_ip", "ip_address"),
    "post_id": ("post_id", "post", "thread_id", "thread"),
    "post_title": ("post_title", "title"),
    "post_text": ("post_text",),
    "post_url": ("post_url", "post_link", "permalink"),
    "parent_id": ("parent_id", "parent"),
    "status": ("status", "comment_approved", "approved", "moderation"),
}
_STATES = {
    **dict.fromkeys(("approved", "approve", "1", "live", "published"), APPROVED),
    **dict.fromkeys(("", "pending", "hold", "held", "0", "unapproved"), PENDING),
    "spam": SPAM,
    **dict.fromkeys(("trash", "deleted"), CLOSED),
}


def _state(status: str | None) -> str:
    return PENDING if status is None else _STATES.get(status.strip().lower(), OTHER)


def _map_columns(names: Iterable[str], columns: Mapping[str, str] | None) -> dict[str, str]:
    """Field → actual column name present in ``names``."""
    by_lower: dict[str, str] = {}
    for name in names:
        by_lower.setdefault(name.strip().lower(), name)
    found: dict[str, str] = {}
    for fld, candidates in FIELDS.items():
        wanted = (columns or {}).get(fld)
        for cand in (wanted,) if wanted else candidates:
            if cand.lower() in by_lower:
                found[fld] = by_lower[cand.lower()]
                break
    return found


def _comment(values: Mapping[str, Any], cols: Mapping[str, str], rid: str, fmt: str, line: int) -> Comment:
    def get(fld: str) -> str | None:
        col = cols.get(fld)
        value = values.get(col) if col is not None else None
        if value is None or value == "":
            return None
        return (
            value
            if isinstance(value, str)
            else json.dumps(value)
            if isinstance(value, (dict, list))
            else str(value)
        )

    post_text = get("post_text")
    return Comment(
        text=get("text") or "",
        author=get("author"),
        author_url=get("author_url"),
        author_email=get("author_email"),
        ip=get("ip"),
        post_title=get("post_title"),
        post_text=post_text[:POST_TEXT_LIMIT] if post_text else None,
        parent_id=get("parent_id"),
        id=rid,
        post_id=get("post_id"),
        post_url=get("post_url"),
        extra={"format": fmt, "status": get("status"), "type": "row", "line": line},
    )


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(offset, line with its ending) for every line of the file."""
    pos = 0
    with open(path, "rb", buffering=CHUNK_SIZE) as f:
        for raw in f:
            yield pos, raw
            pos += len(raw)


def _ending(raw: bytes) -> bytes:
    return b"\r\n" if raw.endswith(b"\r\n") else b"\n" if raw.endswith(b"\n") else b""


class _Reader:
    def __init__(self, path: str | Path, *, recover: bool = False, options: Mapping[str, Any] | None = None):
        self.path = Path(path)
        self.recover = recover
        self.options = dict(options or {})
        self.encoding = "utf-8"
        self.file_repairs: list[str] = []
        self.unique_id = UniqueIds()

    def _decode(self, raw: bytes, line: int) -> str:
        if line == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            return raw.decode(self.encoding)
        except UnicodeDecodeError as err:
            if not self.recover:
                raise MalformedArchiveError(
                    f"{self.path.name}: bytes that are not {self.encoding}: {err.reason}", line, err.start + 1
                ) from None
            self.file_repairs.append(f"line {line}: undecodable bytes replaced by U+FFFD")
            return raw.decode(self.encoding, errors="replace")


class _CSVReader(_Reader):
    def records(self) -> Iterator[Record]:
        spans: list[tuple[int, bytes]] = []
        lineno = 0

        def text_lines() -> Iterator[str]:
            nonlocal lineno
            for offset, raw in _lines(self.path):
                lineno += 1
                spans.append((offset, raw))
                yield self._decode(raw, lineno)

        csv.field_size_limit(1 << 30)
        lines = text_lines()
        first = next(lines, None)
        if first is None:
            return
        delimiter = self.options.get("delimiter") or max(",;\t|", key=first.count)
        header = next(csv.reader([first], delimiter=delimiter))
        cols = _map_columns(header, self.options.get("columns"))
        if "text" not in cols:
            raise MalformedArchiveError(
                f"{self.path.name}: no text column among {header!r}; name it with columns={{'text': …}}"
            )
        status_col = cols.get("status")
        index = {name: i for i, name in reversed(list(enumerate(header)))}
        header_end = spans[0][0] + len(spans[0][1])
        header_info = (header_end - len(_ending(spans[0][1])), delimiter)
        spans.clear()
        reader = csv.reader(lines, delimiter=delimiter, strict=not self.recover)
        row_n = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as err:
                raise MalformedArchiveError(f"{self.path.name}: not valid CSV: {err}", lineno) from None
            start, end = spans[0][0], spans[-1][0] + len(spans[-1][1])
            first_line = lineno - len(spans) + 1
            ending = _ending(spans[-1][1])
            spans.clear()
            if not row:
                continue
            row_n += 1
            values = {name: row[i] for name, i in index.items() if i < len(row)}
            raw_id = values.get(cols["id"], "") if "id" in cols else ""
            rid = self.unique_id(raw_id or f"row{row_n}")
            comment = _comment(values, cols, rid, "csv", first_line)
            status = (values.get(status_col) or None) if status_col else None
            loc = (
                row,
                index.get(status_col) if status_col else None,
                delimiter,
                ending,
                header_info if row_n == 1 else None,
            )
            yield Record(comment, status, _state(status), start, end, loc)


class _JSONLReader(_Reader):
    def records(self) -> Iterator[Record]:
        cache: dict[tuple[str, ...], dict[str, str]] = {}
        for lineno, (offset, raw) in enumerate(_lines(self.path), 1):
            text = self._decode(raw, lineno)
            if not text.strip():
                continue
            end = offset + len(raw)
            try:
                obj = json.loads(text)
                if not isinstance(obj, dict):
                    raise ValueError(f"a JSON {type(obj).__name__}, not an object")
            except ValueError as err:
                if not self.recover:
                    raise MalformedArchiveError(
                        f"{self.path.name}: not a JSON object: {err}", lineno
                    ) from None
                rid = self.unique_id(f"line{lineno}")
                comment = Comment(
                    text="", id=rid, extra={"format": "jsonl", "unreadable": str(err), "line": lineno}
                )
                yield Record(comment, None, UNREADABLE, offset, end, unreadable=f"{err} (line {lineno})")
                continue
            keys = tuple(obj)
            cols = cache.get(keys)
            if cols is None:
                cols = cache[keys] = _map_columns(keys, self.options.get("columns"))
            rid_value = obj.get(cols["id"]) if "id" in cols else None
            rid = self.unique_id(str(rid_value) if rid_value not in (None, "") else f"line{lineno}")
            comment = _comment(obj, cols, rid, "jsonl", lineno)
            status_key = cols.get("status")
            status = obj.get(status_key) if status_key else None
            status = None if status in (None, "") else str(status)
            compact = b'": ' not in raw and b'", ' not in raw
            yield Record(
                comment, status, _state(status), offset, end, (obj, status_key, _ending(raw), compact)
            )


class CSVAdapter(Adapter):
    name = "csv"
    title = "CSV"
    statuses = {Action.APPROVE: "approved", Action.HOLD: "pending", Action.SPAM: "spam"}
    states = _STATES

    def reader(
        self, path: str | Path, *, recover: bool = False, options: Mapping[str, Any] | None = None
    ) -> Any:
        return _CSVReader(path, recover=recover, options=options)

    def source(self, path: str | Path, recover: bool) -> Iterator[bytes]:
        return source_chunks(path, False)  # recovery here is per line, while reading

    def patches(self, record: Record, status: str | None) -> list[Patch]:
        row, status_index, delimiter, ending, header = record.loc
        changed = status is not None and status != record.status
        if status_index is None:  # no status column: add one to the header and every row
            out: list[Patch] = []
            if header is not None:
                out.append(("insert", header[0], f"{delimiter}status".encode()))
            value = status if changed else ""
            out.append(("insert", record.end - len(ending), f"{delimiter}{value}".encode()))
            return out
        if not changed:
            return []
        row = list(row) + [""] * (status_index + 1 - len(row))
        row[status_index] = status
        buf = io.StringIO()
        csv.writer(buf, delimiter=delimiter, lineterminator=ending.decode()).writerow(row)
        return [("replace", record.start, record.end, buf.getvalue().encode("utf-8"))]


class JSONLAdapter(CSVAdapter):
    name = "jsonl"
    title = "JSON lines"

    def reader(
        self, path: str | Path, *, recover: bool = False, options: Mapping[str, Any] | None = None
    ) -> Any:
        return _JSONLReader(path, recover=recover, options=options)

    def patches(self, record: Record, status: str | None) -> list[Patch]:
        if status is None or status == record.status or record.unreadable:
            return []
        obj, key, ending, compact = record.loc
        obj = dict(obj)
        obj[key or "status"] = status
        text = json.dumps(obj, ensure_ascii=False, separators=(",", ":") if compact else None)
        return [("replace", record.start, record.end, text.encode("utf-8") + ending)]


CSV = CSVAdapter()
JSONL = JSONLAdapter()


def read_csv(
    path: str | Path,
    *,
    columns: Mapping[str, str] | None = None,
    delimiter: str | None = None,
    recover: bool = False,
) -> Iterator[Comment]:
    """Yield a comment per CSV row."""
    for record in CSV.records(path, recover=recover, options={"columns": columns, "delimiter": delimiter}):
        yield record.comment


def read_jsonl(
    path: str | Path, *, columns: Mapping[str, str] | None = None, recover: bool = False
) -> Iterator[Comment]:
    """Yield a comment per JSON line."""
    for record in JSONL.records(path, recover=recover, options={"columns": columns}):
        yield record.comment


def write(
    src: str | Path,
    dst: str | Path,
    decisions: Mapping[str, Action | str] | Iterable[tuple[str, Action | str]],
    *,
    format: str = "csv",
    columns: Mapping[str, str] | None = None,
    delimiter: str | None = None,
) -> Verification | None:
    """Copy ``src`` to ``dst`` giving each comment id in ``decisions`` its action (or raw status)."""
    adapter = JSONL if format == "jsonl" else CSV
    options = {"columns": columns, "delimiter": delimiter}
    return write_decisions(adapter, src, dst, decisions_by_id(decisions), options=options)


def verify(
    path: str | Path,
    expected: Iterable[tuple[str, str | None]],
    *,
    format: str = "csv",
    columns: Mapping[str, str] | None = None,
    delimiter: str | None = None,
) -> Verification:
    """Check that ``path`` holds exactly the expected (comment id, status) pairs, in order."""
    adapter = JSONL if format == "jsonl" else CSV
    return adapter.verify(path, expected, options={"columns": columns, "delimiter": delimiter})
