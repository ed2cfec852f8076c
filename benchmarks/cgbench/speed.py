"""Speed on one core: throughput, single-comment latency, cold start, peak memory, model size.

Each system is fitted on the shipped model's training set (commentguard: the shipped
model itself), saved, and measured in a fresh subprocess pinned to CPU 0 with every
thread pool set to one thread. Inputs are our own corpus comments as plain strings.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
from pathlib import Path
from typing import Any, Sequence

from .common import log, median, percentile, run_json, use_checkout, wall_times
from .spamassassin import SpamAssassin
from .systems import System

use_checkout()

from commentguard._datasets import load_corpus  # noqa: E402
from commentguard._train import training_examples  # noqa: E402

COLD_COMMANDS = {
    "commentguard": "import commentguard; commentguard.classify('hi')",
    "sklearn": "import joblib; m = joblib.load({path!r}); m.predict(['hi'])",
    "minilm": ("import joblib, cgbench.systems as s; e = s.load_minilm(); m = joblib.load({path!r}); "
               "m.predict(e.encode(['hi'], show_progress_bar=False))"),
}


def speed_texts() -> list[str]:
    """Our corpus comments (written for this project), shuffled with a fixed seed."""
    texts = [e.comment.text for e in load_corpus()]
    random.Random(0).shuffle(texts)
    return texts


def run_speed(data: Path, quick: bool, systems: Sequence[System]) -> dict[str, Any]:
    texts = speed_texts()
    train = training_examples(data)
    repeats, cold_repeats = (3, 3) if quick else (5, 7)
    out: dict[str, Any] = {
        "inputs": {"source": "corpus/comments (our own), plain strings", "n_distinct": len(texts),
                   "mean_chars": round(sum(map(len, texts)) / len(texts), 1)},
        "protocol": f"fresh subprocess per system, pinned to CPU 0 (taskset), one thread; throughput = "
                    f"median of {repeats} timed passes of ≥1 s over the texts (batch API, 512 comments per "
                    "call, results dropped); latency = "
                    "one comment per call; peak RSS = the measuring process after all of it; cold start = "
                    "median wall time of fresh processes that "
                    f"import, load and classify one comment ({cold_repeats} runs for commentguard)",
        "systems": {},
    }
    with tempfile.TemporaryDirectory(prefix="cg-bench-speed-") as tmp:
        folder = Path(tmp)
        texts_file = folder / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        for s in systems:
            try:
                log(f"speed: {s.name}")
                s.prepare_speed(train)
                if isinstance(s, SpamAssassin):
                    res = s.speed([e.comment for e in load_corpus()], 100 if quick else 300, 3)
                else:
                    res = _measure(s.speed_spec(folder), texts_file, repeats, cold_repeats, quick)
                out["systems"][s.key] = res
                log(f"speed: {s.name}: {res['throughput']:,.0f} comments/s, p50 {res['latency_ms_p50']:.3f} ms, "
                    f"cold {res['cold_start_s'] if res['cold_start_s'] is not None else float('nan'):.2f} s, "
                    f"{res['peak_rss_mb']:.0f} MB")
            except Exception as e:  # noqa: BLE001 - report and go on
                out["systems"][s.key] = {"error": f"{type(e).__name__}: {e}"}
                log(f"speed: {s.name} FAILED: {e}")
    return out


def _measure(spec: dict[str, Any], texts_file: Path, repeats: int, cold_repeats: int,
             quick: bool) -> dict[str, Any]:
    heavy = spec["kind"] == "minilm"
    n_latency = (100 if quick else 300) if heavy else (500 if quick else 3000)
    r = run_json([sys.executable, "-m", "cgbench.worker", "speed", json.dumps(spec), str(texts_file),
                  str(repeats), "1.0", str(n_latency)], timeout=1200)
    code = COLD_COMMANDS.get(spec["kind"])
    cold = (wall_times([sys.executable, "-c", code.format(path=spec.get("path"))],
                       cold_repeats if spec["kind"] == "commentguard" else 3)
            if code else [])
    return {
        "throughput": median(r["throughput_runs"]), "throughput_runs": r["throughput_runs"],
        "n_per_run": r["n_per_run"],
        "latency_ms_p50": median(r["latency_ms"]), "latency_ms_p99": percentile(r["latency_ms"], 99),
        "cold_start_s": median(cold) if cold else None, "cold_start_runs": cold,
        "load_s": r["load_s"], "rss_after_load_mb": r["rss_after_load_mb"], "peak_rss_mb": r["peak_rss_mb"],
        "model_bytes": spec.get("model_bytes"),
        "note": spec.get("note", ""),
    }
