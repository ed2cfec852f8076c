"""``results/README.md`` and the PNG plots, written from the results JSON alone."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

MB = 2**20

#: The targets of issue 2 (commentguard's own goals), checked against the measurements.
TARGETS = [
    ("YouTube leave-one-video-out accuracy", "≥ 0.97"),
    ("own corpus held-out sites macro-F1", "≥ 0.90"),
    ("own corpus: feedback called spam", "< 2%"),
    ("classify_many throughput, one core", "≥ 20,000 /s"),
    ("single classify, median latency", "≤ 0.5 ms"),
    ("import + first verdict (cold start)", "≤ 0.5 s"),
    ("model files", "≤ 10 MB"),
    ("peak memory", "≤ 200 MB"),
]


def _f(x: Any, digits: int = 3) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "–"
    return f"{x:.{digits}f}"


def _pct(x: Any, digits: int = 1) -> str:
    return "–" if x is None else f"{100 * x:.{digits}f}%"


def _ms(x: Any) -> str:
    """Milliseconds with three significant digits (rules take microseconds)."""
    return "–" if x is None else f"{x:.3g}"


def _ratio(x: float) -> str:
    return f"{x:,.0f}×" if x >= 10 else f"{x:.1f}×" if x >= 1 else f"{x:.2g}×"


def _num(x: Any) -> str:
    if x is None:
        return "–"
    return f"{x:,.0f}" if x >= 100 else f"{x:,.1f}" if x >= 10 else f"{x:,.2f}"


# -- plots -----------------------------------------------------------------------------------------
def _plt() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_pr(key: str, ds: dict[str, Any], names: dict[str, str], out: Path) -> str | None:
    """Precision–recall curves of every system on one dataset, with its default operating point."""
    try:
        plt = _plt()
    except ImportError:
        return None
    fig, ax = plt.subplots(figsize=(6.4, 4.8))
    for k, r in ds["systems"].items():
        m = r["metrics"]
        (line,) = ax.plot([], [])
        curve = r.get("curve")
        if curve:
            line.set_data(curve["recall"], curve["precision"])
            line.set_label(f"{names.get(k, k)} (AP {_f(m.get('average_precision'), 3)})")
            if len(curve["recall"]) <= 12:  # a rule with a few score values: its points, not a curve
                line.set_linestyle("none")
                line.set_marker("x")
        ax.plot([m["recall"]], [m["precision"]], "o", color=line.get_color(),
                label=None if r.get("curve") else names.get(k, k))
    ax.set_xlabel("recall (spam)")
    ax.set_ylabel("precision (spam)")
    ax.set_xlim(0, 1.01)
    ax.set_ylim(0, 1.01)
    ax.set_title(ds["title"], fontsize=10)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7, loc="lower left")
    fig.tight_layout()
    path = out / f"pr-{key}.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path.name


def plot_speed(speed: dict[str, Any], names: dict[str, str], out: Path) -> str | None:
    try:
        plt = _plt()
    except ImportError:
        return None
    rows = [(names.get(k, k), r["throughput"]) for k, r in speed["systems"].items() if "throughput" in r]
    if not rows:
        return None
    fig, ax = plt.subplots(figsize=(6.4, 0.45 * len(rows) + 1.2))
    ax.barh([r[0] for r in rows][::-1], [r[1] for r in rows][::-1])
    ax.set_xscale("log")
    ax.set_xlabel("comments per second, one core (log scale)")
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    path = out / "speed.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path.name


def plot_scale(scale: dict[str, Any], out: Path) -> str | None:
    try:
        plt = _plt()
    except ImportError:
        return None
    cm = [r for r in scale.get("classify_many", []) if "seconds" in r]
    cl = [r for r in scale.get("clean", []) if "seconds" in r]
    if not cm and not cl:
        return None
    fig, axes = plt.subplots(2, 2, figsize=(9, 6.5))
    for col, rows, x_of, xlabel, title in (
            (0, cm, lambda r: r["n"], "comments", "classify_many"),
            (1, cl, lambda r: r["input_bytes"] / MB, "WXR file size (MB)", "clean (WordPress export)")):
        if not rows:
            axes[0][col].set_visible(False)
            axes[1][col].set_visible(False)
            continue
        xs = [x_of(r) for r in rows]
        ys = [r["seconds"] for r in rows]
        ax = axes[0][col]
        ax.loglog(xs, ys, "o-", label="measured")
        ax.loglog(xs, [ys[-1] * x / xs[-1] for x in xs], "--", color="grey", label="linear (through largest)")
        ax.set_title(f"{title}: time", fontsize=10)
        ax.set_xlabel(xlabel)
        ax.set_ylabel("seconds")
        ax.grid(alpha=0.3, which="both")
        ax.legend(fontsize=8)
        ax = axes[1][col]
        ax.semilogx(xs, [r["peak_rss_mb"] for r in rows], "o-", label="peak RSS")
        ax.semilogx(xs, [r["rss_after_load_mb"] for r in rows], "s:", label="RSS after model load")
        ax.set_ylim(0, max(r["peak_rss_mb"] for r in rows) * 1.3)
        ax.set_title(f"{title}: peak memory", fontsize=10)
        ax.set_xlabel(xlabel)
        ax.set_ylabel("MB")
        ax.grid(alpha=0.3, which="both")
        ax.legend(fontsize=8)
    fig.tight_layout()
    path = out / "scale.png"
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path.name


# -- markdown ------------------------------------------------------------------------------------------
def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return (["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
            + ["| " + " | ".join(r) + " |" for r in rows])


def _quality(q: dict[str, Any], names: dict[str, str], outputs: dict[str, str], out: Path) -> list[str]:
    lines = ["## Quality", ""]
    for key, ds in q["datasets"].items():
        lines += [f"### {ds['title']}", "", f"Protocol: {ds['protocol']}.", ""]
        rows = []
        for k, r in ds["systems"].items():
            m = r["metrics"]
            rows.append([names.get(k, k), _f(m["accuracy"]), _f(m["precision"]), _f(m["recall"]), _f(m["f1"]),
                         _f(m["mcc"]), _f(m.get("average_precision")), _pct(m["feedback_called_spam"]),
                         _f(m.get("macro_f1"))])
        n = next(iter(ds["systems"].values()))["metrics"] if ds["systems"] else {}
        feedback_col = "feedback called spam" if ds["three_way"] else "ham called spam"
        lines += _table(["system", "accuracy", "precision", "recall", "F1", "MCC", "avg precision",
                         feedback_col, "macro-F1 (3 labels)"], rows)
        lines += ["", f"n = {n.get('n', 0):,} comments ({n.get('n_feedback', 0):,} "
                      f"{'feedback' if ds['three_way'] else 'ham'}); spam-vs-not figures, spam = predicted "
                      "spam (SpamAssassin: score ≥ 5.0; WordPress: held).", ""]
        three = {k: r for k, r in ds["systems"].items() if "per_label" in r["metrics"]}
        if three:
            rows = []
            for k, r in three.items():
                pl = r["metrics"]["per_label"]
                rows.append([names.get(k, k)] + [f"{_f(pl[lab]['precision'], 2)} / {_f(pl[lab]['recall'], 2)} / "
                                                 f"{_f(pl[lab]['f1'], 2)}" for lab in ("feedback", "generic", "spam")])
            support = next(iter(three.values()))["metrics"]["per_label"]
            lines += ["Per class (precision / recall / F1), for the systems that give three labels:", ""]
            lines += _table(["system"] + [f"{lab} (n={support[lab]['support']})"
                                          for lab in ("feedback", "generic", "spam")], rows)
            lines += ["", "Confusion matrices (rows = truth, columns = predicted; feedback, generic, spam):", ""]
            rows = [[names.get(k, k)] + [" · ".join(str(v) for v in row)
                                         for row in r["metrics"]["confusion"]["matrix"]] for k, r in three.items()]
            lines += _table(["system", "truth feedback →", "truth generic →", "truth spam →"], rows) + [""]
        if ds["task"] == "youtube-lovo":
            splits = [s["split"] for s in next(iter(ds["systems"].values()))["splits"]]
            rows = [[names.get(k, k)] + [_f(s["accuracy"]) for s in r["splits"]] for k, r in ds["systems"].items()]
            lines += ["Accuracy per held-out video:", ""] + _table(["system"] + splits, rows) + [""]
        img = plot_pr(key, ds, names, out)
        if img:
            lines += [f"![precision–recall, {ds['title']}]({img})", ""]
    return lines


def _speed(sp: dict[str, Any], names: dict[str, str], out: Path) -> list[str]:
    lines = ["## Speed (one core)", "", f"Inputs: {sp['inputs']['n_distinct']:,} distinct comments from "
             f"{sp['inputs']['source']}, {sp['inputs']['mean_chars']} characters on average. "
             f"Protocol: {sp['protocol']}.", ""]
    base = sp["systems"].get("commentguard", {}).get("throughput")
    rows = []
    for k, r in sp["systems"].items():
        if "error" in r:
            rows.append([names.get(k, k), "failed: " + r["error"][:80]] + ["–"] * 7)
            continue
        ratio = _ratio(base / r["throughput"]) if base else "–"
        rows.append([names.get(k, k), _num(r["throughput"]), ratio, _ms(r["latency_ms_p50"]),
                     _ms(r["latency_ms_p99"]), _f(r["cold_start_s"], 2), _num(r["peak_rss_mb"]),
                     _f(r["model_bytes"] / MB, 2) if r.get("model_bytes") is not None else "–",
                     r.get("note", "")])
    lines += _table(["system", "comments/s", "commentguard ÷ this", "p50 ms", "p99 ms", "cold start s",
                     "peak RSS MB", "model MB", "notes"], rows)
    lines += ["", "\"commentguard ÷ this\" is commentguard's throughput over the system's: above 1, "
              "commentguard is faster by that factor; below 1, the system is faster."]
    img = plot_speed(sp, names, out)
    if img:
        lines += ["", f"![throughput]({img})"]
    return lines + [""]


def _scale(sc: dict[str, Any], out: Path) -> list[str]:
    lines = ["## Scale (commentguard, one core)", ""]
    cm = sc.get("classify_many", [])
    if cm:
        rows = []
        for r in cm:
            if r.get("skipped"):
                rows.append([f"{r['n']:,}", f"not run (≈{r['extrapolated_seconds']:.0f} s extrapolated)"]
                            + ["–"] * 3)
            else:
                rows.append([f"{r['n']:,}", _f(r["seconds"], 2), _num(r["n"] / r["seconds"]),
                             _num(r["rss_after_load_mb"]), _num(r["peak_rss_mb"])])
        lines += ["`classify_many` over a generator of corpus comments (fresh process per size):", ""]
        lines += _table(["comments", "seconds", "comments/s", "RSS after load MB", "peak RSS MB"], rows) + [""]
        lines += _linearity([r for r in cm if "seconds" in r], lambda r: r["n"], "comments")
    cl = sc.get("clean", [])
    if sc.get("clean_skipped"):
        lines += [f"`clean`: not measured — {sc['clean_skipped']}.", ""]
    elif cl:
        rows = []
        for r in cl:
            if r.get("skipped"):
                rows.append([f"{r['target_mb']}", f"not run (≈{r['extrapolated_seconds']:.0f} s extrapolated)"]
                            + ["–"] * 5)
            elif "error" in r:
                rows.append([f"{r['target_mb']}", "failed: " + r["error"][-120:].replace("\n", " ")] + ["–"] * 5)
            else:
                rows.append([_f(r["input_bytes"] / MB, 1), f"{r['comments']:,}", _f(r["seconds"], 2),
                             _f(r["input_bytes"] / MB / r["seconds"], 2), _num(r["comments"] / r["seconds"]),
                             _num(r["peak_rss_mb"]), "yes" if r.get("verified") else "no"])
        lines += ["`clean` on generated WordPress exports (`benchmarks/cgbench/wxr.py`; fresh process per "
                  "size; output written and verified):", ""]
        lines += _table(["file MB", "comments", "seconds", "MB/s", "comments/s", "peak RSS MB", "verified"],
                        rows) + [""]
        lines += _linearity([r for r in cl if "seconds" in r], lambda r: r["input_bytes"] / MB, "MB")
    img = plot_scale(sc, out)
    if img:
        lines += [f"![scale]({img})", ""]
    return lines


def _linearity(rows: list[dict[str, Any]], x_of: Any, unit: str) -> list[str]:
    """What "linear in time, flat in memory" looks like here: time per unit at the two largest
    sizes (where fixed start-up costs no longer count) and peak memory, smallest vs largest."""
    if len(rows) < 2:
        return []
    a, b, c = rows[-2], rows[-1], rows[0]
    per = (b["seconds"] / x_of(b)) / (a["seconds"] / x_of(a))
    one = unit.rstrip("s")
    return [f"Time per {one} at {x_of(b):,.0f} {unit} is {per:.2f}× that at {x_of(a):,.0f} {unit} "
            f"(1.00 = linear). Peak memory: {c['peak_rss_mb']:.0f} MB at {x_of(c):,.0f} {unit}, "
            f"{b['peak_rss_mb']:.0f} MB at {x_of(b):,.0f} {unit} ({x_of(b) / x_of(c):,.0f}× the input).", ""]


def _targets(res: dict[str, Any]) -> list[str]:
    q = res.get("quality", {}).get("datasets", {})
    sp = res.get("speed", {}).get("systems", {}).get("commentguard", {})
    sc = res.get("scale", {})
    lovo = q.get("youtube-lovo", {}).get("systems", {}).get("commentguard", {}).get("metrics", {})
    corpus = q.get("corpus-with-post", {}).get("systems", {}).get("commentguard", {}).get("metrics", {})
    peaks = [sp.get("peak_rss_mb")] + [r.get("peak_rss_mb") for r in sc.get("classify_many", []) + sc.get("clean", [])]
    peaks = [p for p in peaks if p is not None]
    values = [
        (lovo.get("accuracy"), lambda v: v >= 0.97, _f),
        (corpus.get("macro_f1"), lambda v: v >= 0.90, _f),
        (corpus.get("feedback_called_spam"), lambda v: v < 0.02, _pct),
        (sp.get("throughput"), lambda v: v >= 20_000, lambda v: f"{v:,.0f} /s"),
        (sp.get("latency_ms_p50"), lambda v: v <= 0.5, lambda v: f"{v:.3f} ms"),
        (sp.get("cold_start_s"), lambda v: v <= 0.5, lambda v: f"{v:.2f} s"),
        (sp.get("model_bytes"), lambda v: v <= 10 * 1e6, lambda v: f"{v / MB:.2f} MB"),
        (max(peaks) if peaks else None, lambda v: v <= 200, lambda v: f"{v:.0f} MB (largest of all runs)"),
    ]
    rows = []
    for (what, goal), (v, ok, fmt) in zip(TARGETS, values):
        rows.append([what, goal, fmt(v) if v is not None else "not measured",
                     "–" if v is None else ("yes" if ok(v) else "**no**")])
    return ["## commentguard against its targets (issue 2)", ""] + _table(["", "target", "measured", "met"], rows) + [""]


NOTES = [
    "Notes:",
    "",
    "- Every system is trained on the same split, with the same training examples as commentguard; the "
    "peers see the comment text only (SpamAssassin also sees the author as the e-mail's From), so their "
    "rows are the same with and without post context.",
    "- SpamAssassin runs its shipped rules with local tests only and its Bayes trained per split; spam = "
    "score ≥ 5.0, its default. Its Bayes rules alone add at most 3.8 + 0.2 = 4.0 points (BAYES_99 + "
    "BAYES_999 in score set 2: Bayes on, network tests off), so a comment is called spam only when other rules fire too; the average precision "
    "column and the plots show how well its score ranks comments at any threshold.",
    "- WordPress: core's `check_comment()` counts `<a … href` tags and holds a comment at "
    "`comment_max_links` = 2; the default moderation and disallowed-keys lists are empty. Held counts as "
    "spam here. The generous variant also counts bare URLs.",
    "- \"ham called spam\" on the spam/ham datasets is the share of all non-spam messages flagged; "
    "\"feedback called spam\" on our corpus counts feedback only (generic comments are not feedback).",
    "",
    "Reproduce: `bash benchmarks/setup.sh && python benchmarks/run.py --data ../shared/data` "
    "(see [../README.md](../README.md)).",
    "",
]


def write_report(res: dict[str, Any], out: Path) -> Path:
    """Write ``out/README.md`` (+ plots) from the merged results."""
    out.mkdir(parents=True, exist_ok=True)
    names = {k: v["name"] for k, v in res.get("systems", {}).items()}
    outputs = {k: v["outputs"] for k, v in res.get("systems", {}).items()}
    lines = ["# commentguard benchmark results", "",
             "Written by `benchmarks/run.py` (do not edit by hand). What each part measures and how to "
             "rerun it: [../README.md](../README.md). Raw numbers: [results.json](results.json).", ""]
    quick = [p for p, meta in res.get("runs", {}).items() if meta.get("quick")]
    if quick:
        lines += [f"> **Quick run** for {', '.join(quick)}: fewer splits, repeats and sizes. Not the reference "
                  "figures.", ""]
    lines += ["## How these were produced", ""]
    rows = [[p, f"`{m['command']}`", m["finished"], f"{m['seconds'] / 60:.1f} min",
             " → ".join(f"{v[0]:.1f}" for v in (m.get("load_average_at_start"), m.get("load_average_at_end")) if v)]
            for p, m in res.get("runs", {}).items()]
    lines += _table(["part", "command", "finished (UTC)", "took", "load average (1 min), start → end"], rows)
    lines += ["", "The machine has 2 cores and may be shared with other work; a load average above about 1 "
              "during the speed or scale part means the one-core figures are pessimistic.", ""]
    mach = res.get("machine", {})
    lines += [f"Machine: {mach.get('model_name', '?')}, {mach.get('cpus_online', '?')} CPUs "
              f"({mach.get('hypervisor_vendor', 'bare metal')} VM), {mach.get('memory_gib', '?')} GiB memory, "
              f"{mach.get('platform', '')}.", ""]
    v = res.get("versions", {})
    lines += ["Versions: " + ", ".join(f"{k} {val}" for k, val in v.items() if val) + ".", ""]
    if res.get("skipped") or res.get("quality", {}).get("skipped") or res.get("quality", {}).get("failed"):
        lines += ["Skipped or failed:", ""]
        lines += [f"- {s}" for s in res.get("skipped", [])]
        lines += [f"- quality: {s}" for s in res.get("quality", {}).get("skipped", [])]
        lines += [f"- quality: {k} failed: {why}" for k, why in res.get("quality", {}).get("failed", {}).items()]
        lines += [""]
    lines += _targets(res)
    lines += ["## Systems", ""]
    lines += _table(["system", "labels", "trained on"],
                    [[v["name"], v["outputs"], v["trained_on"]] for v in res.get("systems", {}).values()]) + [""]
    lines += NOTES
    if "quality" in res:
        lines += _quality(res["quality"], names, outputs, out)
    if "speed" in res:
        lines += _speed(res["speed"], names, out)
    if "scale" in res:
        lines += _scale(res["scale"], out)
    path = out / "README.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
