"""The HTML report of a ``clean`` run: one self-contained file a site owner can judge in a minute.

No network, no external assets: inline CSS and inline SVG. Every piece of comment
text, author, title and reason goes through :func:`html.escape` (spam carries HTML
and scripts). Memory is bounded: a capped list of flagged comments, a reservoir
sample of approved ones, histogram counts and reason counts.
"""

from __future__ import annotations

import collections
import html
import random
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from ._types import Action, Label, Policy, Verdict
from .adapters._base import Adapter, Record

if TYPE_CHECKING:
    from ._clean import CleanResult

__all__ = ["ReportBuilder"]

_BINS = 20
_MAX_FLAGGED = 1000
_MAX_LISTED = 300
_SAMPLE = 20
_EXCERPT = 400
_COLORS = {"feedback": "#2e7d32", "generic": "#b26a00", "spam": "#c62828"}
_ACTION_COLORS = {"approve": "#2e7d32", "hold": "#b26a00", "spam": "#c62828"}

_CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;background:#f4f6f9}
main{max-width:1100px;margin:0 auto;padding:28px 24px 60px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 12px}
.sub{color:#5b6475;font-size:13px}
.banner{margin:18px 0;padding:14px 18px;border-radius:10px;font-weight:600;display:flex;gap:10px;align-items:center}
.ok{background:#e6f4ea;color:#1e5e2b;border:1px solid #b7dfc1}.bad{background:#fdecea;color:#8a1c1c;border:1px solid #f5c2c0}
.skip{background:#eef1f6;color:#3b4456;border:1px solid #d5dbe6}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px}
.card{background:#fff;border-radius:10px;padding:14px 16px;box-shadow:0 1px 2px rgba(16,24,40,.08)}
.card b{display:block;font-size:26px;line-height:1.2}.card span{color:#5b6475;font-size:13px}
.panel{background:#fff;border-radius:10px;padding:16px 18px;box-shadow:0 1px 2px rgba(16,24,40,.08)}
.two{display:grid;grid-template-columns:1fr 1fr;gap:16px;margin-top:16px}@media(max-width:800px){.two{grid-template-columns:1fr}}
.bar{display:grid;grid-template-columns:90px 1fr 70px;gap:10px;align-items:center;margin:6px 0;font-size:14px}
.track{background:#eef1f6;border-radius:6px;height:14px;overflow:hidden}.fill{height:100%;border-radius:6px}
.num{text-align:right;font-variant-numeric:tabular-nums;color:#3b4456}
.pill{display:inline-block;padding:1px 8px;border-radius:999px;font-size:12px;font-weight:600;color:#fff}
table{width:100%;border-collapse:collapse;font-size:14px}td,th{padding:6px 8px;border-bottom:1px solid #eef1f6;text-align:left;vertical-align:top}
th{color:#5b6475;font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.03em}
details{background:#fff;border-radius:10px;margin:10px 0;box-shadow:0 1px 2px rgba(16,24,40,.08)}
summary{cursor:pointer;padding:12px 16px;font-weight:600}summary small{color:#5b6475;font-weight:400}
.c{padding:10px 16px;border-top:1px solid #eef1f6}.meta{font-size:13px;color:#5b6475}
.text{white-space:pre-wrap;word-break:break-word;margin:6px 0;font-size:14px;background:#fafbfc;border-radius:6px;padding:8px 10px}
.reasons{font-size:13px;color:#3b4456}.muted{color:#5b6475}
.charts{display:grid;grid-template-columns:repeat(3,1fr);gap:12px}@media(max-width:800px){.charts{grid-template-columns:1fr}}
.charts figure{margin:0}.charts figcaption{font-size:13px;font-weight:600;margin-bottom:4px}
ul.plain{margin:0;padding-left:18px}
"""


def _e(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"


class ReportBuilder:
    """Collects what the report needs while ``clean`` runs, then renders it."""

    def __init__(self, source: str, adapter: Adapter, policy: Policy, only: str, dry_run: bool):
        self.source, self.adapter, self.policy, self.only, self.dry_run = (
            source,
            adapter,
            policy,
            only,
            dry_run,
        )
        self.hist: dict[str, list[int]] = {label.value: [0] * _BINS for label in Label}
        self.reasons: collections.Counter[str] = collections.Counter()
        self.flagged: dict[str, list[dict[str, Any]]] = {}
        self.post_titles: dict[str, str] = {}
        self.flagged_total = 0
        self.approved: list[dict[str, Any]] = []
        self.approved_seen = 0
        self.unreadable: list[dict[str, Any]] = []
        self.repaired: list[dict[str, Any]] = []
        self._rng = random.Random(0)

    def add(
        self,
        record: Record,
        verdict: Verdict | None,
        action: Action | None,
        candidate: bool,
        changed: bool,
        status_after: str | None,
        note: str,
    ) -> None:
        comment = record.comment
        if record.repairs and len(self.repaired) < _MAX_LISTED:
            self.repaired.append({"id": comment.id, "repairs": record.repairs})
        if verdict is None:
            if len(self.unreadable) < _MAX_LISTED * 10:
                self.unreadable.append({"id": comment.id, "why": record.unreadable})
            return
        conf = verdict.confidence
        self.hist[verdict.label.value][min(_BINS - 1, int(conf * _BINS))] += 1
        for reason in verdict.reasons:
            self.reasons[reason] += 1
        if len(self.reasons) > 20000:  # keep memory flat on free-text reasons
            self.reasons = collections.Counter(dict(self.reasons.most_common(5000)))
        if not candidate:
            return
        entry = {
            "id": comment.id,
            "author": comment.author,
            "text": _excerpt(comment.text),
            "label": verdict.label.value,
            "conf": conf,
            "action": action.value if action else "",
            "before": record.status,
            "after": status_after,
            "changed": changed,
            "reasons": verdict.reasons[:4],
            "note": note,
        }
        if action in (Action.HOLD, Action.SPAM):
            self.flagged_total += 1
            if self.flagged_total <= _MAX_FLAGGED:
                post = comment.post_id or "(no post)"
                self.post_titles.setdefault(post, comment.post_title or "")
                self.flagged.setdefault(post, []).append(entry)
        elif action is Action.APPROVE:
            self.approved_seen += 1
            if len(self.approved) < _SAMPLE:
                self.approved.append(entry)
            else:
                j = self._rng.randrange(self.approved_seen)
                if j < _SAMPLE:
                    self.approved[j] = entry

    # -- rendering ----------------------------------------------------------------------
    def render(self, result: CleanResult) -> str:
        parts = [
            "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>",
            "<meta name='viewport' content='width=device-width,initial-scale=1'>",
            f"<title>commentguard report: {_e(self.source)}</title><style>{_CSS}</style></head><body><main>",
            self._header(result),
            self._banner(result),
            self._cards(result),
            "<div class='two'>",
            self._bars(
                "Labels",
                result.per_label,
                [lbl.value for lbl in Label],
                _COLORS,
                result.read - len(result.unreadable),
            ),
            self._bars(
                f"Actions for {_plural(result.candidates, 'candidate comment')}",
                result.per_action,
                [a.value for a in Action],
                _ACTION_COLORS,
                result.candidates,
            ),
            "</div>",
            self._histograms(),
            self._reasons(),
            self._flagged(result),
            self._approved(),
            self._problems(result),
            self._verification(result),
            "<p class='sub'>Generated by commentguard on "
            f"{_e(datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC'))}. Self-contained: no network, no scripts.</p>",
            "</main></body></html>\n",
        ]
        return "\n".join(parts)

    def _header(self, r: CleanResult) -> str:
        mode = "dry run (nothing written)" if r.dry_run else f"written to {r.output}"
        policy = (
            f"feedback → {self.policy.feedback}, generic → {self.policy.generic}, spam → {self.policy.spam} "
            f"(spam threshold {self.policy.spam_threshold:g})"
        )
        scope = "pending comments only" if r.only == "pending" else "pending and approved comments"
        return (
            f"<h1>Comment cleaning report</h1><div class='sub'>{_e(self.source)} · {_e(self.adapter.title)} · "
            f"{_e(mode)}<br>Policy: {_e(policy)} · Decided: {_e(scope)} · Model: {_e(r.model_version or '—')} · "
            f"{r.seconds:.1f}s</div>"
        )

    def _banner(self, r: CleanResult) -> str:
        v = r.verification
        if v is None:
            return "<div class='banner skip'>○ Verification skipped: dry run, no output written.</div>"
        cls, mark = ("ok", "✔") if v.ok else ("bad", "✘")
        return f"<div class='banner {cls}'>{mark} Verification {_e(v)}</div>"

    def _cards(self, r: CleanResult) -> str:
        cards = [
            (r.read, "comments read"),
            (r.candidates, "moderation candidates"),
            (r.changed, "would change" if r.dry_run else "changed"),
            (r.quarantined, "quarantined"),
            (r.left_alone, "left alone"),
        ]
        cards += [
            (n, label) for n, label in ((len(r.repaired), "repaired"), (len(r.unreadable), "unreadable")) if n
        ]
        return (
            "<div class='cards'>"
            + "".join(f"<div class='card'><b>{n:,}</b><span>{_e(t)}</span></div>" for n, t in cards)
            + "</div>"
        )

    @staticmethod
    def _bars(title: str, counts: Any, order: list[str], colors: dict[str, str], total: int) -> str:
        rows = []
        for key in order:
            n = counts.get(key, 0)
            pct = 100.0 * n / total if total else 0.0
            rows.append(
                f"<div class='bar'><span>{_e(key)}</span><div class='track'><div class='fill' "
                f"style='width:{pct:.1f}%;background:{colors[key]}'></div></div><span class='num'>{n:,}</span></div>"
            )
        return f"<section class='panel'><h2 style='margin-top:0'>{_e(title)}</h2>{''.join(rows)}</section>"

    def _histograms(self) -> str:
        figs = []
        for label in Label:
            counts = self.hist[label.value]
            figs.append(
                f"<figure><figcaption>{_e(label.value)} · {_plural(sum(counts), 'comment')}</figcaption>"
                f"{_svg_histogram(counts, _COLORS[label.value])}</figure>"
            )
        return (
            "<h2>Confidence per label</h2><div class='panel'><p class='sub' style='margin-top:0'>How sure the model "
            "was of each label it chose (probability of that label, 0 to 1). Mass on the right is good; a label "
            "piled up on the left deserves a look.</p><div class='charts'>" + "".join(figs) + "</div></div>"
        )

    def _reasons(self) -> str:
        top = self.reasons.most_common(15)
        if not top:
            return ""
        peak = top[0][1]
        rows = "".join(
            f"<div class='bar' style='grid-template-columns:minmax(0,2fr) 1fr 70px'><span>{_e(reason)}</span>"
            f"<div class='track'><div class='fill' style='width:{100 * n / peak:.1f}%;background:#4a5b7a'></div></div>"
            f"<span class='num'>{n:,}</span></div>"
            for reason, n in top
        )
        return f"<h2>Most frequent reasons</h2><div class='panel'>{rows}</div>"

    def _comment_html(self, c: dict[str, Any]) -> str:
        color = _COLORS.get(c["label"], "#555")
        status = _e(c["before"]) if c["before"] is not None else "—"
        after = _e(c["after"]) if c["after"] is not None else "—"
        change = f"{status} → <b>{after}</b>" if c["changed"] else f"{status} (unchanged)"
        reasons = "; ".join(c["reasons"])
        note = f" · <span class='muted'>{_e(c['note'])}</span>" if c["note"] else ""
        return (
            f"<div class='c'><div class='meta'><span class='pill' style='background:{color}'>{_e(c['label'])}</span> "
            f"{c['conf']:.2f} · action <b>{_e(c['action'])}</b> · status {change} · {_e(c['author'] or 'anonymous')} · "
            f"<code>{_e(c['id'])}</code>{note}</div><div class='text'>{_e(c['text'])}</div>"
            f"<div class='reasons'>Reasons: {_e(reasons) or '—'}</div></div>"
        )

    def _flagged(self, r: CleanResult) -> str:
        head = f"<h2>Flagged comments ({self.flagged_total:,}), by post</h2>"
        if not self.flagged:
            return head + "<p class='muted'>Nothing was flagged to hold or spam.</p>"
        blocks: list[str] = []
        for post, entries in sorted(self.flagged.items(), key=lambda kv: -len(kv[1])):
            entries = sorted(entries, key=lambda e: e["label"] != "spam")  # spam first
            title = self.post_titles.get(post) or post
            spam = sum(1 for e in entries if e["label"] == "spam")
            blocks.append(
                f"<details{' open' if len(blocks) < 3 else ''}><summary>{_e(title)} <small>· {len(entries)} flagged, "
                f"{spam} spam · post {_e(post)}</small></summary>"
                + "".join(self._comment_html(e) for e in entries)
                + "</details>"
            )
        more = ""
        if self.flagged_total > _MAX_FLAGGED:
            more = f"<p class='muted'>Showing the first {_MAX_FLAGGED:,}; the decisions file lists all {self.flagged_total:,}.</p>"
        return head + "".join(blocks) + more

    def _approved(self) -> str:
        head = f"<h2>A sample of approved comments ({len(self.approved)} of {self.approved_seen:,})</h2>"
        if not self.approved:
            return head + "<p class='muted'>No candidate comment was approved.</p>"
        return (
            head
            + "<div class='panel' style='padding:0'>"
            + "".join(self._comment_html(e) for e in self.approved)
            + "</div>"
        )

    def _problems(self, r: CleanResult) -> str:
        out = []
        if self.repaired or r.file_repairs:
            items = "".join(
                f"<li><code>{_e(x['id'])}</code>: {_e('; '.join(x['repairs']))}</li>" for x in self.repaired
            )
            outside = "".join(f"<li>{_e(x)}</li>" for x in r.file_repairs[:50])
            out.append(
                f"<h2>Repaired ({_plural(len(r.repaired), 'comment')})</h2><div class='panel'><ul class='plain'>{items}{outside}</ul></div>"
            )
        if r.unreadable:
            items = "".join(f"<li><code>{_e(cid)}</code>: {_e(why)}</li>" for cid, why in r.unreadable)
            out.append(
                f"<h2>Could not be read ({_plural(len(r.unreadable), 'comment')}, kept byte for byte)</h2>"
                f"<div class='panel'><ul class='plain'>{items}</ul></div>"
            )
        return "".join(out)

    def _verification(self, r: CleanResult) -> str:
        v = r.verification
        if v is None:
            return ""
        rows = [
            ("comments expected", f"{v.checked:,}"),
            ("found in the output", f"{v.in_output:,}"),
            ("found in quarantine", f"{v.in_quarantine:,}"),
            ("result", "passed" if v.ok else "FAILED"),
        ]
        table = "".join(f"<tr><th>{_e(k)}</th><td>{_e(val)}</td></tr>" for k, val in rows)
        problems = "".join(f"<li>{_e(p)}</li>" for p in v.problems)
        return (
            "<h2>Verification</h2><div class='panel'><p class='sub' style='margin-top:0'>The written archive was "
            "parsed again from disk; every input comment id must appear exactly once, in order, with the status "
            f"this run intended.</p><table>{table}</table>"
            + (f"<ul>{problems}</ul>" if problems else "")
            + "</div>"
        )


def _svg_histogram(counts: list[int], color: str) -> str:
    """A small bar chart of ``counts`` over [0, 1], as inline SVG."""
    w, h, pad_l, pad_b = 300, 140, 30, 22
    peak = max(counts) or 1
    bw = (w - pad_l - 6) / len(counts)
    bars = []
    for i, n in enumerate(counts):
        bh = (h - pad_b - 8) * n / peak
        x = pad_l + i * bw
        bars.append(
            f"<rect x='{x + 1:.1f}' y='{h - pad_b - bh:.1f}' width='{bw - 2:.1f}' height='{bh:.1f}' rx='2' "
            f"fill='{color}'><title>{i / len(counts):.2f}–{(i + 1) / len(counts):.2f}: {n}</title></rect>"
        )
    axis = (
        f"<line x1='{pad_l}' y1='{h - pad_b}' x2='{w - 4}' y2='{h - pad_b}' stroke='#c4cad6'/>"
        + "".join(
            f"<text x='{pad_l + t * (w - pad_l - 6):.1f}' y='{h - 6}' font-size='10' fill='#5b6475' "
            f"text-anchor='middle'>{t:g}</text>"
            for t in (0, 0.25, 0.5, 0.75, 1)
        )
        + f"<text x='{pad_l - 4}' y='14' font-size='10' fill='#5b6475' text-anchor='end'>{peak}</text>"
    )
    return (
        f"<svg viewBox='0 0 {w} {h}' width='100%' role='img' aria-label='confidence histogram'>"
        + axis
        + "".join(bars)
        + "</svg>"
    )
