"""Quality: every system, every dataset, the same splits; figures pooled over splits.

The work is cut into jobs run by a pool of processes (one per core): commentguard
gets one job per split (its fits dominate the run); SpamAssassin one job for
everything, since it carries its Bayes database from split to split; the cheap
peers one job per dataset. MiniLM embeddings are computed once, in their own job,
and shared through a file.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import tempfile
import time
import traceback
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from .common import log
from .metrics import evaluate, pr_curve
from .systems import MiniLM, System, all_systems
from .tasks import all_tasks, get_task

#: Systems whose splits are independent jobs (stateless between splits, slow to fit).
PER_SPLIT = ("commentguard",)
#: Systems that run every dataset in one job (state carried from split to split).
ONE_JOB = ("spamassassin",)


@dataclass(frozen=True)
class Job:
    tasks: tuple[str, ...]
    splits: tuple[int, ...] | None  # None: every split, in order
    systems: tuple[str, ...]


def compute_embeddings(data: Path, path: Path) -> int:
    """Embed every distinct comment text of every source once (one thread)."""
    from .tasks import training_examples

    m = MiniLM(threads=1)
    texts = list(dict.fromkeys(e.comment.text for e in training_examples(data)))
    t = time.monotonic()
    m.embed(texts)
    m.save_embeddings(path)
    log(f"quality: MiniLM embedded {len(texts):,} distinct texts in {time.monotonic() - t:.0f}s")
    return len(texts)


def run_job(data: Path, quick: bool, job: Job, embeddings: Path | None) -> list[dict[str, Any]]:
    """Fit and score ``job.systems`` on the job's splits (runs in a worker process)."""
    systems = [s for s in all_systems(embeddings=embeddings) if s.key in job.systems]
    try:
        return [_run_task(get_task(t, data, quick), job.splits, systems) for t in job.tasks]
    finally:
        for s in systems:
            s.close()


def _run_task(task: Any, which: tuple[int, ...] | None, systems: list[System]) -> dict[str, Any]:
    """Each system on each selected split of one task; predictions kept per split."""
    pooled: dict[str, dict[int, dict[str, Any]]] = defaultdict(dict)  # "view|system" → split → preds
    failed: dict[str, str] = {}
    seconds: dict[str, float] = defaultdict(float)
    for i, split in task.splits(which):
        for s in systems:
            if s.key in failed:
                continue
            t = time.monotonic()
            try:
                s.fit(split.train, task.three_way)
                for view, tests in split.tests.items():
                    labels, score = s.predict([e.comment for e in tests])
                    truth = [e.label for e in tests]
                    pooled[f"{view}|{s.key}"][i] = {
                        "name": split.name, "truth": truth, "pred": list(labels),
                        "score": [float(v) for v in score]}
            except Exception as e:  # noqa: BLE001 - one broken peer must not stop the run
                failed[s.key] = f"{type(e).__name__}: {e}"
                log(f"quality: {s.name} FAILED on {task.key} and is dropped there: {failed[s.key]}")
                traceback.print_exc()
                continue
            seconds[s.key] += time.monotonic() - t
        log(f"quality: {task.key} {split.name}: {', '.join(s.key for s in systems)} done")
    return {"task": task.key, "pooled": dict(pooled), "failed": failed, "seconds": dict(seconds)}


def _jobs(tasks: Sequence[Any], keys: Sequence[str]) -> tuple[list[Job], list[Job]]:
    """Jobs that can start at once, and jobs that need the MiniLM embeddings."""
    all_tasks_ = tuple(t.key for t in tasks)
    per_split = tuple(k for k in keys if k in PER_SPLIT)
    one_job = tuple(k for k in keys if k in ONE_JOB)
    per_task = tuple(k for k in keys if k not in PER_SPLIT + ONE_JOB)
    first = [Job(all_tasks_, None, one_job)] if one_job else []
    first += [Job((t.key,), (i,), per_split) for t in tasks for i in range(t.n_splits)] if per_split else []
    later = [Job((t.key,), None, per_task) for t in tasks] if per_task else []
    return first, later


def run_quality(data: Path, quick: bool, systems: Sequence[System], processes: int = 2) -> dict[str, Any]:
    """Train and score each system on each split; returns the JSON-ready results."""
    tasks, skipped = all_tasks(data, quick)
    for reason in skipped:
        log(f"quality: SKIPPED {reason}")
    keys = [s.key for s in systems]
    first, later = _jobs(tasks, keys)
    results: list[dict[str, Any]] = []
    ctx = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory(prefix="cg-bench-quality-") as tmp, \
            concurrent.futures.ProcessPoolExecutor(processes, mp_context=ctx) as pool:
        embeddings = Path(tmp) / "minilm-embeddings" if MiniLM.key in keys else None
        futures = [pool.submit(run_job, data, quick, first[0], None)] if first else []
        emb = pool.submit(compute_embeddings, data, embeddings) if embeddings else None
        futures += [pool.submit(run_job, data, quick, j, None) for j in first[1:]]
        if emb is not None:
            emb.result()
        futures += [pool.submit(run_job, data, quick, j, embeddings) for j in later]
        for f in concurrent.futures.as_completed(futures):
            results += f.result()
    return _merge(tasks, systems, results, skipped)


def _merge(tasks: Sequence[Any], systems: Sequence[System], results: list[dict[str, Any]],
           skipped: list[str]) -> dict[str, Any]:
    failed: dict[str, str] = {}
    seconds: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    by_task: dict[str, dict[str, dict[int, dict[str, Any]]]] = defaultdict(lambda: defaultdict(dict))
    for r in results:
        for key, why in r["failed"].items():
            failed[f"{r['task']}/{key}"] = why
        for key, s in r["seconds"].items():
            seconds[r["task"]][key] += s
        for vk, splits in r["pooled"].items():
            by_task[r["task"]][vk].update(splits)
    datasets: dict[str, Any] = {}
    for task in tasks:
        for view, title in task.views.items():
            per_system = {}
            for s in systems:
                splits = by_task[task.key].get(f"{view}|{s.key}")
                if not splits or f"{task.key}/{s.key}" in failed:
                    continue
                ordered = [splits[i] for i in sorted(splits)]
                truth = [v for p in ordered for v in p["truth"]]
                pred = [v for p in ordered for v in p["pred"]]
                score = [v for p in ordered for v in p["score"]]
                per_system[s.key] = {
                    "metrics": evaluate(truth, pred, score, three_way=task.three_way),
                    "curve": pr_curve(truth, score),
                    "splits": [{"split": p["name"], "n": len(p["truth"]),
                                **{k: v for k, v in evaluate(p["truth"], p["pred"]).items()
                                   if k in ("accuracy", "f1", "feedback_called_spam")}} for p in ordered],
                }
            datasets[task.key + (f"-{view}" if view else "")] = {
                "title": title, "task": task.key, "three_way": task.three_way,
                "protocol": task.protocol, "systems": per_system}
    return {"datasets": datasets, "skipped": skipped, "failed": failed,
            "seconds_note": "wall seconds to fit and predict, inside worker processes sharing the cores",
            "seconds_per_task_and_system": {t: {k: round(v, 1) for k, v in d.items()}
                                            for t, d in seconds.items()}}
