"""What every adapter shares: the record type, the adapter interface, write-back and verification.

A format module (``wxr.py``, ``disqus.py`` …) subclasses :class:`Adapter` and supplies
three things: a reader that yields :class:`Record` s in file order, the status value
each moderation action maps to, and the byte patches that write a new status back.
:class:`Rewriter` does the rest for every format: temp file beside the output, streaming
copy with patches, re-reading the result, atomic rename.
"""

from __future__ import annotations

import os
import tempfile
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._errors import ArchiveError, VerificationError
from .._types import Action, Comment
from ._patch import Patch, PatchCopier, QuarantineSink

__all__ = [
    "APPROVED",
    "CLOSED",
    "NOTE",
    "OTHER",
    "PENDING",
    "POST_TEXT_LIMIT",
    "QUARANTINED",
    "SPAM",
    "UNREADABLE",
    "Adapter",
    "Record",
    "Rewriter",
    "UniqueIds",
    "Verification",
]

# Moderation state of a comment as found, normalised across formats.
APPROVED = "approved"  # published; by default a human decision that is left alone
PENDING = "pending"  # waiting for moderation, or the format records no decision at all
SPAM = "spam"  # already marked spam: left alone
CLOSED = "closed"  # trashed / deleted: left alone
NOTE = "note"  # not a moderation candidate (WordPress editor notes)
OTHER = "other"  # a status this tool does not know: kept exactly as found
UNREADABLE = "unreadable"  # recover mode: the comment could not be parsed

#: Post text handed to the classifier as context is cut to this many characters.
POST_TEXT_LIMIT = 2000


@dataclass(slots=True)
class Record:
    """One comment as found in an archive, with what is needed to write it back."""

    comment: Comment
    status: str | None  # the status value as found (trimmed); None when the field is absent
    state: str  # one of the states above
    start: int  # byte offset where the comment's element / row starts
    end: int  # byte offset of its end tag / row end
    loc: Any = None  # format-specific locator for write-back
    repairs: tuple[str, ...] = ()  # recover mode: what was repaired inside this comment
    unreadable: str | None = None  # recover mode: why this comment could not be read


class UniqueIds:
    """Hands out ids unique within one archive: ``rid``, then ``rid#2``, ``rid#3`` …"""

    def __init__(self) -> None:
        self._seen: set[str] = set()

    def __call__(self, rid: str) -> str:
        base, n = rid, 1
        while rid in self._seen:
            n += 1
            rid = f"{base}#{n}"
        self._seen.add(rid)
        return rid

    def __len__(self) -> int:
        return len(self._seen)


@dataclass(frozen=True)
class Verification:
    """The result of re-reading a written archive."""

    ok: bool
    checked: int  # comments expected
    in_output: int  # comments found in the output
    in_quarantine: int  # comments found in the quarantine file
    problems: tuple[str, ...] = ()  # the first problems found (at most 20)

    def __str__(self) -> str:
        where = f"{self.in_output} in the output"
        if self.in_quarantine:
            where += f", {self.in_quarantine} in quarantine"
        if self.ok:
            return (
                f"passed: all {self.checked} comments re-read ({where}), "
                "each exactly once with the intended status"
            )
        return f"FAILED: {len(self.problems)} problem(s) re-reading {self.checked} comments ({where}): " + (
            "; ".join(self.problems[:3])
        )


class Adapter:
    """One archive format. Subclasses override the methods marked *format*."""

    name = "?"
    title = "?"
    #: flagged comments are moved to a quarantine file instead of getting a status
    quarantine = False
    #: status value per action; None: the format cannot express it (left as found)
    statuses: Mapping[Action, str | None] = {}
    #: status value as found → state
    states: Mapping[str, str] = {}

    # -- format -------------------------------------------------------------------------
    def reader(
        self, path: str | Path, *, recover: bool = False, options: Mapping[str, Any] | None = None
    ) -> Any:
        """An object with ``records() -> Iterator[Record]`` and ``file_repairs: list[str]``. *format*"""
        raise NotImplementedError

    def source(self, path: str | Path, recover: bool) -> Iterator[bytes]:
        """The bytes that record offsets refer to (repaired ones when recovering). *format*"""
        raise NotImplementedError

    def patches(self, record: Record, status: str | None) -> list[Patch]:
        """Patches that give ``record`` the new ``status`` (unchanged: usually none). *format*"""
        raise NotImplementedError

    def quarantine_frame(self, path: str | Path, recover: bool) -> tuple[bytes, bytes]:
        """Header and footer of a quarantine file. *format*, when ``quarantine``."""
        raise NotImplementedError

    def describe_state(self, record: Record) -> str:
        """Why a comment that is not a moderation candidate is left alone."""
        return {
            APPROVED: "already approved (use only='all' to recheck)",
            SPAM: "already marked spam",
            CLOSED: "trashed or deleted",
            NOTE: "not a moderation candidate",
            OTHER: f"status {record.status!r} kept as found",
            UNREADABLE: "could not be read",
        }.get(record.state, "")

    # -- shared -------------------------------------------------------------------------
    def records(
        self, path: str | Path, *, recover: bool = False, options: Mapping[str, Any] | None = None
    ) -> Iterator[Record]:
        return self.reader(path, recover=recover, options=options).records()

    def target_status(self, record: Record, action: Action) -> str | None:
        """The status that carries out ``action`` on ``record``; None: leave it as found.

        A missing status field is not filled in when that would not change the state.
        """
        status = self.statuses.get(action)
        if status is not None and record.status is None and self.states.get(status) == record.state:
            return None
        return status

    def verify(
        self,
        path: str | Path,
        expected: Iterable[tuple[str, str | None]],
        *,
        quarantine: str | Path | None = None,
        recover: bool = False,
        options: Mapping[str, Any] | None = None,
    ) -> Verification:
        """Re-read ``path`` (and ``quarantine``): is every expected (id, status) there exactly once?

        A status of :data:`QUARANTINED` means the comment must be in the quarantine file.
        """
        hashed = ((hash(cid), status) for cid, status in expected)
        return _verify(self, Path(path), hashed, quarantine, recover, options)


#: Expected status of a comment that must have moved to the quarantine file.
QUARANTINED = "\x00quarantined"
_UNREADABLE_KEY = "\x00unreadable"


def _key(record: Record) -> str | None:
    return _UNREADABLE_KEY if record.unreadable else record.status


def _verify(
    adapter: Adapter,
    path: Path,
    expected: Iterable[tuple[int, str | None]],
    quarantine: str | Path | None,
    recover: bool,
    options: Mapping[str, Any] | None,
) -> Verification:
    out_reader = adapter.reader(path, recover=recover, options=options)
    streams: dict[bool, Iterator[Record]] = {False: out_reader.records()}
    q_reader = None
    if quarantine is not None:
        q_reader = adapter.reader(quarantine, recover=recover, options=options)
        streams[True] = q_reader.records()
    counts = {False: 0, True: 0}
    problems: list[str] = []
    checked = 0

    def problem(text: str) -> None:
        if len(problems) < 20:
            problems.append(text)

    for want_hash, want in expected:
        checked += 1
        moved = want == QUARANTINED
        where = "quarantine" if moved else "output"
        stream = streams.get(moved)
        got = next(stream, None) if stream is not None else None
        if got is None:
            problem(f"comment #{checked} is missing from the {where}")
            continue
        counts[moved] += 1
        if hash(got.comment.id) != want_hash:
            problem(f"comment #{checked}: the {where} has {got.comment.id!r} where another id was expected")
        elif not moved and _key(got) != want:
            problem(f"{got.comment.id}: status {_key(got)!r} in the {where}, expected {want!r}")
    for moved, stream in streams.items():
        for extra in stream:
            counts[moved] += 1
            problem(f"{extra.comment.id}: in the {'quarantine' if moved else 'output'} but not expected")
    for reader in (out_reader, q_reader):
        if reader is not None and not recover and reader.file_repairs:
            problem(f"{len(reader.file_repairs)} repair(s) needed re-reading the output")
    return Verification(not problems, checked, counts[False], counts[True], tuple(problems))


def temp_beside(path: Path, mode: str = "wb") -> tuple[Any, Path]:
    """A new hidden temporary file in ``path``'s folder (so that renaming it is atomic),
    with the permissions a plainly created file would get."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(name, 0o666 & ~umask)
    if "b" in mode:
        return os.fdopen(fd, mode, buffering=1 << 20), Path(name)
    return os.fdopen(fd, mode, encoding="utf-8", newline="\n"), Path(name)


class Rewriter:
    """Writes a moderated copy of ``src`` to ``dst``: streaming, verified, renamed only when complete.

    Call :meth:`apply` for every record of ``src`` in order, then :meth:`commit` (or
    :meth:`finish` and :meth:`publish`). On any error call :meth:`abort` (or use it as a
    context manager): nothing is left behind, and ``src`` is never opened for writing.
    """

    def __init__(
        self,
        adapter: Adapter,
        src: str | Path,
        dst: str | Path,
        quarantine: str | Path | None = None,
        recover: bool = False,
        options: Mapping[str, Any] | None = None,
    ):
        self.adapter, self.recover, self.options = adapter, recover, options
        self.src, self.dst = Path(src), Path(dst)
        self.quarantine: Path | None = None
        if adapter.quarantine:
            self.quarantine = Path(quarantine) if quarantine else default_quarantine_path(self.dst)
        targets = [self.dst] + ([self.quarantine] if self.quarantine else [])
        for target in targets:
            if target.resolve() == self.src.resolve():
                raise ArchiveError(f"refusing to write over the input file {self.src}; choose another output")
            if not target.parent.is_dir():
                raise ArchiveError(f"output folder {target.parent} does not exist")
        if self.quarantine and self.quarantine.resolve() == self.dst.resolve():
            raise ArchiveError("the quarantine file must differ from the output")
        self.changed = 0
        self.moved = 0
        self._ids = array("q")  # hash of each comment id, in order
        self._codes = array("I")  # its intended status, as an index into _table
        self._table: dict[str | None, int] = {}
        self._files: list[tuple[Any, Path, Path]] = []  # (open temp file, temp path, final path)
        try:
            for target in targets:
                handle, tmp = temp_beside(target)
                self._files.append((handle, tmp, target))
        except BaseException:
            self.abort()
            raise
        self._sink = None
        if self.quarantine:
            self._sink = QuarantineSink(
                self._files[1][0], lambda: adapter.quarantine_frame(self.src, recover)
            )
        self._copier = PatchCopier(adapter.source(self.src, recover), self._files[0][0], self._sink)

    def apply(self, record: Record, status: str | None = None) -> bool:
        """Give ``record`` the new ``status`` (None or its own status: unchanged). True if changed."""
        if record.unreadable:
            status = None
        patches = self.adapter.patches(record, status)
        if status == record.status or not patches:
            status = None  # nothing to change, or the format cannot change it
        for patch in patches:
            self._copier.apply(patch)
        changed = status is not None
        moved = status == QUARANTINED
        self.changed += changed
        self.moved += moved
        want = _key(record) if status is None else status
        self._ids.append(hash(record.comment.id))
        self._codes.append(self._table.setdefault(want, len(self._table)))
        return changed

    def finish(self, *, verify: bool = True) -> Verification | None:
        """Finish writing, then re-read and check the result (on failure: abort and raise)."""
        self._copier.finish()
        if self._sink is not None:
            self._sink.close()
        for f, _, _ in self._files:
            f.flush()
            os.fsync(f.fileno())
            f.close()
        if not verify:
            return None
        names = {code: want for want, code in self._table.items()}
        expected = ((h, names[c]) for h, c in zip(self._ids, self._codes))
        q_tmp = self._files[1][1] if self.quarantine else None
        result = _verify(self.adapter, self._files[0][1], expected, q_tmp, self.recover, self.options)
        if not result.ok:
            self.abort()
            err = VerificationError(f"{self.dst.name}: verification {result}")
            err.verification = result  # type: ignore[attr-defined]
            raise err
        return result

    def publish(self) -> None:
        """Move the finished files into place."""
        for _, tmp, final in self._files:
            os.replace(tmp, final)
        self._files = []

    def commit(self, *, verify: bool = True) -> Verification | None:
        """:meth:`finish` then :meth:`publish`."""
        result = self.finish(verify=verify)
        self.publish()
        return result

    def abort(self) -> None:
        """Remove the temporary files (safe to call more than once)."""
        for f, tmp, _ in self._files:
            try:
                f.close()
            except OSError:
                pass
            tmp.unlink(missing_ok=True)
        self._files = []

    def __enter__(self) -> Rewriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.abort()


def default_quarantine_path(output: str | Path) -> Path:
    """``cleaned.xml`` → ``cleaned.quarantine.xml`` (beside the output)."""
    output = Path(output)
    return output.with_name(f"{output.stem}.quarantine{output.suffix or '.xml'}")


def write_decisions(
    adapter: Adapter,
    src: str | Path,
    dst: str | Path,
    decide: Callable[[Record], Action | str | None],
    *,
    quarantine: str | Path | None = None,
    recover: bool = False,
    options: Mapping[str, Any] | None = None,
) -> Verification | None:
    """Write ``src`` to ``dst`` applying ``decide(record)``: an Action, a raw status, or None."""
    with Rewriter(adapter, src, dst, quarantine, recover, options) as rw:
        for record in adapter.records(src, recover=recover, options=options):
            decision = decide(record)
            if isinstance(decision, Action):
                decision = adapter.target_status(record, decision)
            rw.apply(record, decision)
        return rw.commit()


def decisions_by_id(
    decisions: Mapping[str, Action | str] | Iterable[tuple[str, Action | str]],
) -> Callable[[Record], Action | str | None]:
    """A ``decide`` function from {comment id: Action or status}."""
    table = dict(decisions.items() if isinstance(decisions, Mapping) else decisions)

    def decide(record: Record) -> Action | str | None:
        return table.get(record.comment.id or "")

    return decide
