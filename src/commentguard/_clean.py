"""Clean a comment archive end to end: read, classify with context, write back, verify.

    from commentguard import clean, Policy

    result = clean("export.xml", "cleaned.xml", report_path="report.html")
    print(result.summary())
    result.verification.ok          # every comment re-read, exactly once, as intended

By default only comments waiting for moderation are decided (``only="pending"``);
comments a human already approved, spam, trash and editor notes are left as found.
``only="all"`` rechecks approved comments too. The output is written to a temporary
file beside it and renamed only once complete and verified; the input is never
opened for writing; on any error nothing is left behind.
"""

from __future__ import annotations

import collections
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from ._errors import ArchiveError, CommentGuardError
from ._normalise import domain_of
from ._types import DEFAULT_POLICY, Action, Comment, Label, Policy, Verdict
from .adapters import detect_format, get_adapter
from .adapters._base import (
    APPROVED,
    PENDING,
    QUARANTINED,
    Adapter,
    Record,
    Rewriter,
    Verification,
    temp_beside,
)

__all__ = ["CleanResult", "clean"]

Classifier = Callable[[Iterable[Comment]], Iterable[Verdict]]
Progress = Callable[[int, int, int], None]
_PROGRESS_EVERY = 512


@dataclass(frozen=True)
class CleanResult:
    """What a :func:`clean` run did. Counts are over the comments of the input."""

    input: str
    output: str | None
    format: str
    dry_run: bool
    only: str
    read: int  # comments read (unreadable ones included)
    per_label: Mapping[str, int]  # label → comments (every readable comment is classified)
    per_action: Mapping[str, int]  # action → moderation candidates
    candidates: int  # comments this run was allowed to decide
    changed: int  # comments whose status changed (or that moved to quarantine)
    quarantined: int  # comments moved to the quarantine file
    left_alone: int  # not candidates: approved by a human, spam, trash, notes, unknown status
    not_applied: int  # candidates whose action the format cannot express (Disqus: hold)
    repaired: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (comment id, repairs) in recover mode
    unreadable: tuple[tuple[str, str], ...] = ()  # (comment id, why) in recover mode
    file_repairs: tuple[str, ...] = ()  # repairs outside any comment
    verification: Verification | None = None  # None on a dry run
    quarantine: str | None = None
    decisions: str | None = None
    report: str | None = None
    model_version: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True unless verification ran and failed."""
        return self.verification is None or self.verification.ok

    def summary(self) -> str:
        """A short human-readable summary (what the CLI prints)."""
        rate = self.read / self.seconds if self.seconds else 0.0
        lines = [
            f"{self.input} ({self.format}): {self.read} comments read in {self.seconds:.1f}s ({rate:,.0f}/s)",
            "  labels:   " + _counts(self.per_label, [label.value for label in Label]),
            f"  actions:  {_counts(self.per_action, [a.value for a in Action])} "
            f"(of {self.candidates} {'pending' if self.only == 'pending' else 'pending or approved'} comments)",
            f"  left alone: {self.left_alone} (approved by a human, spam, trash, notes)"
            if self.only == "pending"
            else f"  left alone: {self.left_alone} (spam, trash, notes, unknown statuses)",
            f"  {'would change' if self.dry_run else 'changed'}: {self.changed}"
            + (f", quarantined: {self.quarantined}" if self.quarantined or self.quarantine else ""),
        ]
        if self.not_applied:
            lines.append(
                f"  not applied: {self.not_applied} (the format has no pending state: left as found)"
            )
        if self.repaired or self.file_repairs:
            lines.append(
                f"  repaired: {len(self.repaired)} comment(s), {len(self.file_repairs)} repair(s) outside comments"
            )
        if self.unreadable:
            lines.append(
                f"  unreadable: {len(self.unreadable)} comment(s) (kept byte for byte): "
                + ", ".join(cid for cid, _ in self.unreadable[:10])
                + (" …" if len(self.unreadable) > 10 else "")
            )
        if self.dry_run:
            lines.append("  dry run: nothing written except the report and decisions")
        else:
            lines.append(
                f"  output: {self.output}" + (f"  quarantine: {self.quarantine}" if self.quarantine else "")
            )
            lines.append(f"  verification {self.verification}")
        for label, path in (("report", self.report), ("decisions", self.decisions)):
            if path:
                lines.append(f"  {label}: {path}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["ok"] = self.ok
        return data


def _counts(counts: Mapping[str, int], order: list[str]) -> str:
    return ", ".join(f"{key} {counts.get(key, 0)}" for key in order)


def check_site_url(site_url: str) -> str:
    """``site_url`` if it reads as a web address with a host ("https://myblog.example",
    "myblog.example"); a ``ValueError`` saying what is wrong otherwise."""
    if not isinstance(site_url, str):
        raise TypeError(f"site_url must be a str, not {type(site_url).__name__}")
    host = domain_of(site_url)
    if any(c.isspace() for c in site_url.strip()) or "." not in host.strip(".") or "@" in host:
        raise ValueError(f"site_url must be the blog's own address, e.g. https://myblog.example, "
                         f"not {site_url!r}")
    return site_url.strip()


def _classified(records: Iterator[Record], classifier: Classifier,
                site_url: str | None = None) -> Iterator[tuple[Record, Verdict | None]]:
    """Pair each record with its verdict; unreadable records get None and are not classified.
    ``site_url`` stands in for the post's address of comments whose archive gives none."""
    queue: collections.deque[Record] = collections.deque()

    def comments() -> Iterator[Comment]:
        for record in records:
            queue.append(record)
            if not record.unreadable:
                c = record.comment
                yield replace(c, post_url=site_url) if site_url and not c.post_url else c

    feed = comments()
    for verdict in classifier(feed):
        while queue and queue[0].unreadable:
            yield queue.popleft(), None
        if not queue:
            raise CommentGuardError("the classifier returned more verdicts than comments")
        yield queue.popleft(), verdict
    if next(feed, None) is not None or any(not r.unreadable for r in queue):
        raise CommentGuardError("the classifier returned fewer verdicts than comments")
    while queue:
        yield queue.popleft(), None


@dataclass
class _SideFile:
    """A file written beside its final path and renamed into place at the end."""

    final: Path
    tmp: Path = field(init=False)
    handle: Any = field(init=False)

    def __post_init__(self) -> None:
        self.final = Path(self.final)
        self.handle, self.tmp = temp_beside(self.final, "w")

    def publish(self) -> None:
        self.handle.close()
        os.replace(self.tmp, self.final)

    def discard(self) -> None:
        self.handle.close()
        self.tmp.unlink(missing_ok=True)


@dataclass
class _Tally:
    """Counts gathered while a run goes through the records."""

    read: int = 0
    candidates: int = 0
    changed: int = 0
    quarantined: int = 0
    left_alone: int = 0
    not_applied: int = 0
    per_label: collections.Counter[str] = field(default_factory=collections.Counter)
    per_action: collections.Counter[str] = field(default_factory=collections.Counter)
    repaired: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    model_version: str | None = None


def _decide(
    record: Record, verdict: Verdict, adapter: Adapter, policy: Policy, only: str
) -> tuple[Action, bool, str | None, str]:
    """(action, candidate?, status to write or None, note) for one classified record."""
    action = policy.action_for(verdict.label, float(verdict.scores.get(Label.SPAM.value, 0.0)))
    if not (record.state == PENDING or (only == "all" and record.state == APPROVED)):
        return action, False, None, adapter.describe_state(record)
    note = ""
    if adapter.statuses.get(action) is None and action is not Action.APPROVE:
        note = f"{adapter.title} cannot express '{action}': left as found"
    return action, True, adapter.target_status(record, action), note


def clean(
    input_path: str | Path,
    output_path: str | Path | None = None,
    *,
    format: str | None = None,
    policy: Policy | None = None,
    only: str = "pending",
    dry_run: bool = False,
    recover: bool = False,
    decisions_path: str | Path | None = None,
    report_path: str | Path | None = None,
    quarantine_path: str | Path | None = None,
    classifier: Classifier | None = None,
    n_jobs: int = 1,
    progress: Progress | None = None,
    columns: Mapping[str, str] | None = None,
    delimiter: str | None = None,
    site_url: str | None = None,
) -> CleanResult:
    """Classify every comment of an archive and write back the moderation decisions.

    Each comment is classified with its post's title and text and its parent as context.
    The action comes from ``policy`` (default: feedback → approve, generic → hold,
    spam → spam) and is applied to moderation candidates only: pending comments, plus
    approved ones when ``only="all"``. ``classifier`` is any callable taking comments
    and yielding verdicts in order (default: :func:`commentguard.classify_many`;
    :class:`commentguard.testing.FakeClassifier` for tests); ``n_jobs`` > 1 spreads the
    default classifier over that many processes (-1: every core). ``progress`` is called as
    ``progress(comments_done, bytes_done, total_bytes)``. ``columns``/``delimiter``
    apply to CSV and JSON lines. ``site_url`` is the blog's own address
    ("https://myblog.example"), used as the post's address of comments whose archive
    gives none (Takeout, CSV without a ``post_url`` column), so that replies signed with
    the blog's site are read as replies from the blog; the archive itself is not changed.

    Raises :class:`HostileXMLError`, :class:`MalformedArchiveError`,
    :class:`UnknownFormatError` (nothing written) and :class:`VerificationError` (the
    re-read output does not hold every comment exactly once as intended; nothing kept).
    """
    started = time.monotonic()
    src = Path(input_path)
    if only not in ("pending", "all"):
        raise ValueError(f"only must be 'pending' or 'all', not {only!r}")
    if output_path is None and not dry_run:
        raise ValueError("an output path is required unless dry_run=True")
    if site_url is not None:
        site_url = check_site_url(site_url)
    fmt = detect_format(src) if format in (None, "auto") else format
    adapter = get_adapter(fmt)
    if not src.is_file():
        raise ArchiveError(f"{src}: no such file")
    policy = policy or DEFAULT_POLICY
    if classifier is None:
        from . import classify_many  # the real model, loaded lazily

        def classifier(comments: Iterable[Comment]) -> Iterable[Verdict]:
            return classify_many(comments, policy=policy, n_jobs=n_jobs)

    from ._report import ReportBuilder

    options = {"columns": columns, "delimiter": delimiter}
    total = src.stat().st_size
    rewriter: Rewriter | None = None
    side: list[_SideFile] = []
    try:
        if not dry_run:
            rewriter = Rewriter(adapter, src, output_path, quarantine_path, recover, options)  # type: ignore[arg-type]
        decisions = _SideFile(Path(decisions_path)) if decisions_path else None
        side += [decisions] if decisions else []
        report = ReportBuilder(src.name, adapter, policy, only, dry_run)
        tally = _Tally()
        reader = adapter.reader(src, recover=recover, options=options)
        for record, verdict in _classified(reader.records(), classifier, site_url):
            tally.read += 1
            comment = record.comment
            if record.repairs:
                tally.repaired.append((comment.id or "", record.repairs))
            if verdict is None:  # unreadable: kept byte for byte, listed
                tally.unreadable.append((comment.id or "", record.unreadable or ""))
                if rewriter is not None:
                    rewriter.apply(record, None)
                line: dict[str, Any] = {
                    "id": comment.id,
                    "post": comment.post_id,
                    "label": None,
                    "action": None,
                    "changed": False,
                    "unreadable": record.unreadable,
                }
                report.add(record, None, None, False, False, None, record.unreadable or "")
            else:
                action, candidate, target, note = _decide(record, verdict, adapter, policy, only)
                if rewriter is not None:
                    changed = rewriter.apply(record, target)
                else:
                    changed = target is not None and target != record.status
                moved = changed and target == QUARANTINED
                after = "(quarantine)" if moved else (target if changed else record.status)
                tally.model_version = verdict.model_version
                tally.per_label[verdict.label.value] += 1
                tally.candidates += candidate
                tally.left_alone += not candidate
                tally.not_applied += bool(candidate and note)
                tally.changed += changed
                tally.quarantined += moved
                if candidate:
                    tally.per_action[action.value] += 1
                line = {
                    "id": comment.id,
                    "post": comment.post_id,
                    "label": verdict.label.value,
                    "scores": {k: round(float(v), 4) for k, v in verdict.scores.items()},
                    "reasons": list(verdict.reasons),
                    "action": action.value,
                    "changed": changed,
                    "candidate": candidate,
                    "status_before": record.status,
                    "status_after": after,
                    "note": note or None,
                }
                report.add(record, verdict, action, candidate, changed, after, note)
            if decisions:
                decisions.handle.write(json.dumps(line, ensure_ascii=False) + "\n")
            if progress is not None and tally.read % _PROGRESS_EVERY == 0:
                progress(tally.read, record.end, total)
        verification = rewriter.finish() if rewriter is not None else None
        if progress is not None:
            progress(tally.read, total, total)
        result = CleanResult(
            input=str(src),
            output=None if dry_run else str(output_path),
            format=fmt,
            dry_run=dry_run,
            only=only,
            read=tally.read,
            per_label=dict(tally.per_label),
            per_action=dict(tally.per_action),
            candidates=tally.candidates,
            changed=tally.changed,
            quarantined=tally.quarantined,
            left_alone=tally.left_alone,
            not_applied=tally.not_applied,
            repaired=tuple(tally.repaired),
            unreadable=tuple(tally.unreadable),
            file_repairs=tuple(reader.file_repairs),
            verification=verification,
            quarantine=str(rewriter.quarantine) if rewriter is not None and rewriter.quarantine else None,
            decisions=str(decisions_path) if decisions_path else None,
            report=str(report_path) if report_path else None,
            model_version=tally.model_version,
            seconds=time.monotonic() - started,
        )
        if report_path:
            html_file = _SideFile(Path(report_path))
            side.append(html_file)
            html_file.handle.write(report.render(result))
        if rewriter is not None:
            rewriter.publish()
        for f in side:
            f.publish()
        return result
    except BaseException:
        if rewriter is not None:
            rewriter.abort()
        for f in side:
            f.discard()
        raise
