"""Cost as work grows: ``classify_many`` over 1k → 1M comments and ``clean`` over generated
WordPress exports of 1 MB → 1 GB. Each size runs in a fresh process pinned to CPU 0;
time and peak memory (VmHWM) are recorded. A size whose time, extrapolated
linearly from the previous size, would overrun the scale budget is not run and is
reported as skipped with that estimate (never as a measurement).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .common import log, run_json
from .speed import speed_texts
from .wxr import write_wxr

CLASSIFY_SIZES = (1_000, 10_000, 100_000, 1_000_000)
WXR_SIZES_MB = (1, 10, 100, 1000)
MB = 2**20


def _fits(prev: dict[str, Any] | None, factor: float, deadline: float) -> tuple[bool, float | None]:
    """Whether the next size (``factor`` × the previous) should fit before ``deadline``."""
    if prev is None or "seconds" not in prev:
        return True, None
    estimate = prev["seconds"] * factor
    return time.monotonic() + estimate * 1.2 < deadline, estimate


def run_scale(quick: bool, max_wxr_mb: float, budget_s: float, model_path: str, *,
              clean_available: bool) -> dict[str, Any]:
    deadline = time.monotonic() + budget_s
    out: dict[str, Any] = {"budget_s": budget_s, "classify_many": [], "clean": []}
    sizes = [n for n in CLASSIFY_SIZES if not quick or n <= 100_000]
    with tempfile.TemporaryDirectory(prefix="cg-bench-scale-") as tmp:
        folder = Path(tmp)
        texts_file = folder / "texts.json"
        texts_file.write_text(json.dumps(speed_texts()), encoding="utf-8")
        prev: dict[str, Any] | None = None
        for n in sizes:
            ok, estimate = _fits(prev, n / prev["n"] if prev else 1, deadline)
            if not ok:
                out["classify_many"].append({"n": n, "skipped": True, "extrapolated_seconds": estimate})
                log(f"scale: classify_many {n:,} skipped (would take ~{estimate:.0f}s, over budget)")
                continue
            r = run_json([sys.executable, "-m", "cgbench.worker", "scale", str(n), str(texts_file),
                          model_path], timeout=3600)
            out["classify_many"].append(r)
            prev = r
            log(f"scale: classify_many {n:,}: {r['seconds']:.2f}s ({n / r['seconds']:,.0f}/s), "
                f"peak {r['peak_rss_mb']:.0f} MB")
        if not clean_available:
            out["clean_skipped"] = "commentguard.clean is not available in this checkout"
            log("scale: SKIPPED clean: " + out["clean_skipped"])
            return out
        prev = None
        for mb in [s for s in WXR_SIZES_MB if s <= max_wxr_mb]:
            ok, estimate = _fits(prev, mb * MB / prev["input_bytes"] if prev else 1, deadline)
            if not ok:
                out["clean"].append({"target_mb": mb, "skipped": True, "extrapolated_seconds": estimate})
                log(f"scale: clean {mb} MB skipped (would take ~{estimate:.0f}s, over budget)")
                continue
            src, dst = folder / f"export-{mb}mb.xml", folder / f"cleaned-{mb}mb.xml"
            t = time.monotonic()
            info = write_wxr(src, mb * MB)
            gen_s = time.monotonic() - t
            try:
                r = run_json([sys.executable, "-m", "cgbench.worker", "clean", str(src), str(dst), model_path],
                             timeout=3600)
            except RuntimeError as e:
                out["clean"].append({"target_mb": mb, "error": str(e)[-500:]})
                log(f"scale: clean {mb} MB FAILED: {str(e)[-300:]}")
                break
            finally:
                src.unlink(missing_ok=True)
                dst.unlink(missing_ok=True)
            r.update(target_mb=mb, posts=info["posts"], generated_comments=info["comments"],
                     generate_seconds=round(gen_s, 2))
            out["clean"].append(r)
            prev = r
            log(f"scale: clean {mb} MB ({info['comments']:,} comments): {r['seconds']:.2f}s "
                f"({r['input_bytes'] / MB / r['seconds']:.1f} MB/s), peak {r['peak_rss_mb']:.0f} MB")
    return out
