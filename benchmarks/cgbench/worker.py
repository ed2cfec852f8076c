"""Measured subprocess (``python -m cgbench.worker MODE …``), started pinned to one core.

Modes (each prints one JSON line):

* ``speed SPEC TEXTS`` — load a system, then throughput (median of repeats), latency of
  single-comment calls and peak memory.
* ``scale N TEXTS MODEL`` — ``commentguard.classify_many`` over N comments from a generator.
* ``clean IN OUT MODEL`` — ``commentguard.clean`` on an archive.

MODEL is a model file, or "" for the shipped model.
"""

from __future__ import annotations

import itertools
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any, Callable

Batch = Callable[[list[str]], Any]
Single = Callable[[str], Any]


def peak_rss_mb() -> float:
    """Peak resident memory of this process. VmHWM, because ru_maxrss can carry over the
    parent's peak across fork + exec on Linux."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def load(spec: dict[str, Any]) -> tuple[Batch, Single]:
    """The batch and single-comment prediction functions of a saved system."""
    kind = spec["kind"]
    if kind == "commentguard":
        import commentguard

        # the shipped model goes through the default path (loaded on first use, cached)
        model = None if spec.get("shipped") else commentguard.load_model(spec["path"])
        return (lambda ts: list(commentguard.classify_many(ts, model=model)),
                lambda t: commentguard.classify(t, model=model))
    if kind == "sklearn":
        import joblib

        m = joblib.load(spec["path"])
        return m.predict, lambda t: m.predict([t])
    if kind == "minilm":
        import joblib
        import torch

        from cgbench.systems import MINILM_BATCH, load_minilm

        torch.set_num_threads(1)
        enc, lr = load_minilm(), joblib.load(spec["path"])
        return (lambda ts: lr.predict(enc.encode(ts, batch_size=MINILM_BATCH, show_progress_bar=False)),
                lambda t: lr.predict(enc.encode([t], show_progress_bar=False)))
    if kind == "wordpress":
        from cgbench.systems import WP_MAX_LINKS, wordpress_links

        bare = bool(spec.get("count_bare_urls"))
        return (lambda ts: [wordpress_links(t, bare) >= WP_MAX_LINKS for t in ts],
                lambda t: wordpress_links(t, bare) >= WP_MAX_LINKS)
    raise ValueError(f"unknown system kind {kind!r}")


CHUNK = 512  # comments per batch call; results are dropped, as a streaming caller would


def _stream(batch: Batch, texts: list[str], n: int) -> None:
    """Classify ``n`` comments (the texts, cycled) in chunks, keeping no results."""
    it = itertools.cycle(texts)
    for done in range(0, n, CHUNK):
        batch(list(itertools.islice(it, min(CHUNK, n - done))))


def speed(spec: dict[str, Any], texts: list[str], repeats: int, min_seconds: float,
          n_latency: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    batch, single = load(spec)
    batch(texts[:64])
    load_s = time.perf_counter() - t0
    rss_loaded = peak_rss_mb()
    # size one repeat to take about min_seconds
    t = time.perf_counter()
    _stream(batch, texts, CHUNK)
    rate = CHUNK / max(time.perf_counter() - t, 1e-9)
    n = max(CHUNK, int(rate * min_seconds))
    runs = []
    for _ in range(repeats):
        t = time.perf_counter()
        _stream(batch, texts, n)
        runs.append(n / (time.perf_counter() - t))
    for x in texts[:20]:
        single(x)
    lat = []
    for x in itertools.islice(itertools.cycle(texts[20:]), n_latency):
        t = time.perf_counter()
        single(x)
        lat.append(time.perf_counter() - t)
    lat.sort()
    return {"throughput_runs": runs, "n_per_run": n, "load_s": load_s, "rss_after_load_mb": rss_loaded,
            "latency_ms": [1000 * v for v in lat], "peak_rss_mb": peak_rss_mb()}


def _model(path: str) -> Any:
    """The model to measure: "" = the shipped one (default path, loaded once and cached)."""
    import commentguard

    if path:
        return commentguard.load_model(path)
    commentguard.preload()
    return None


def scale(n: int, texts: list[str], model_path: str) -> dict[str, Any]:
    import commentguard

    model = _model(model_path)
    base = peak_rss_mb()
    gen = itertools.islice(itertools.cycle(texts), n)
    t = time.perf_counter()
    count = sum(1 for _ in commentguard.classify_many(gen, model=model))
    secs = time.perf_counter() - t
    return {"n": count, "seconds": secs, "peak_rss_mb": peak_rss_mb(), "rss_after_load_mb": base}


def clean(src: str, dst: str, model_path: str) -> dict[str, Any]:
    import commentguard

    model = _model(model_path)
    base = peak_rss_mb()
    t = time.perf_counter()
    if model is None:
        result = commentguard.clean(src, dst)
    else:
        result = commentguard.clean(src, dst, classifier=lambda cs: commentguard.classify_many(cs, model=model))
    secs = time.perf_counter() - t
    return {"seconds": secs, "comments": result.read, "changed": result.changed,
            "verified": bool(result.verification.ok) if result.verification is not None else None,
            "peak_rss_mb": peak_rss_mb(), "rss_after_load_mb": base,
            "input_bytes": Path(src).stat().st_size}


def main(argv: list[str]) -> None:
    mode = argv[0]
    if mode == "speed":
        spec = json.loads(argv[1])
        texts = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        out = speed(spec, texts, int(argv[3]), float(argv[4]), int(argv[5]))
    elif mode == "scale":
        out = scale(int(argv[1]), json.loads(Path(argv[2]).read_text(encoding="utf-8")), argv[3])
    elif mode == "clean":
        out = clean(argv[1], argv[2], argv[3])
    else:
        raise SystemExit(f"unknown mode {mode}")
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
