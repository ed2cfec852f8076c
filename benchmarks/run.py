#!/usr/bin/env python
"""Run commentguard's benchmarks and write ``benchmarks/results/`` (README.md, results.json, PNGs).

    bash benchmarks/setup.sh                          # peers: SpamAssassin, MiniLM, matplotlib
    python benchmarks/run.py --data ../shared/data    # everything (about 25 minutes, 2 cores)
    python benchmarks/run.py --only quality --quick   # one part, fewer splits/sizes

Parts: ``quality`` (every system on every dataset), ``speed`` (one core: throughput,
latency, cold start, memory, model size), ``scale`` (classify_many and clean as the
work grows). A part run alone replaces only its own section of the results.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shlex
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cgbench.common import REPO, RESULTS, log, machine, use_checkout, versions, write_json  # noqa: E402

PARTS = ("quality", "speed", "scale")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data",
                   help="the shared data folder, read in place (default: ../shared/data from the repo root)")
    p.add_argument("--only", choices=PARTS, action="append",
                   help="run only this part (repeatable); the other parts' results are kept")
    p.add_argument("--quick", action="store_true",
                   help="fewer splits, repeats and sizes (for iterating; not the reference figures)")
    p.add_argument("--skip", action="append", default=[], metavar="SYSTEM",
                   help="leave a system out (commentguard, spamassassin, tfidf-nb, tfidf-svm, plain-lr, "
                        "minilm-lr, wordpress, wordpress-urls)")
    p.add_argument("--max-wxr-mb", type=float, default=None,
                   help="largest generated WordPress export for the clean scale test (default 1024; quick 10)")
    p.add_argument("--scale-budget", type=float, default=None,
                   help="seconds the scale part may take; larger sizes that would not fit are reported "
                        "as skipped with a linear estimate (default 600; quick 120)")
    p.add_argument("--processes", type=int, default=2, help="worker processes for the quality part")
    p.add_argument("--out", type=Path, default=RESULTS, help="results folder (default benchmarks/results)")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    use_checkout()
    from cgbench.systems import all_systems, measured_model

    parts = args.only or list(PARTS)
    data = args.data.resolve()
    if not data.is_dir():
        print(f"--data {data}: no such folder (the shared data folder with youtube_spam_collection/ etc.)",
              file=sys.stderr)
        return 2
    command = "python benchmarks/run.py " + " ".join(shlex.quote(a) for a in (argv or sys.argv[1:]))
    results_file = args.out / "results.json"
    res = json.loads(results_file.read_text(encoding="utf-8")) if results_file.exists() else {}
    res.setdefault("runs", {})
    res["machine"], res["versions"] = machine(), versions()
    log(f"benchmarks: parts {', '.join(parts)}{' (quick)' if args.quick else ''}; data {data}")

    systems, skipped = [], []
    for s in all_systems(skip=args.skip):
        why = s.unavailable()
        if why:
            skipped.append(f"{s.name}: {why}")
            log(f"SKIPPED peer {s.name}: {why}")
        else:
            systems.append(s)
    skipped += [f"{k}: left out with --skip" for k in args.skip]
    res["skipped"] = skipped
    current = {s.key: {"name": s.name, "outputs": s.outputs, "trained_on": s.trained_on} for s in systems}
    res["systems"] = {**current, **{k: v for k, v in res.get("systems", {}).items() if k not in current}}

    for part in parts:
        started, load_at_start = time.monotonic(), list(os.getloadavg())
        if part == "quality":
            from cgbench.quality import run_quality

            res["quality"] = run_quality(data, args.quick, systems, args.processes)
        elif part == "speed":
            from cgbench.speed import run_speed
            from cgbench.tasks import training_examples

            with tempfile.TemporaryDirectory(prefix="cg-bench-model-") as tmp:
                measured_model(training_examples(data), Path(tmp))
                res["speed"] = run_speed(data, args.quick, systems)
        elif part == "scale":
            from cgbench.scale import run_scale
            from cgbench.tasks import training_examples

            import commentguard

            max_mb = args.max_wxr_mb if args.max_wxr_mb is not None else (10 if args.quick else 1024)
            budget = args.scale_budget if args.scale_budget is not None else (120 if args.quick else 600)
            try:
                commentguard.clean  # noqa: B018 - lazily imported: fails where _clean.py is missing
                clean_ok = True
            except (AttributeError, ImportError):
                clean_ok = False
            with tempfile.TemporaryDirectory(prefix="cg-bench-model-") as tmp:
                model_path, note = measured_model(training_examples(data), Path(tmp))
                res["scale"] = run_scale(args.quick, max_mb, budget, model_path, clean_available=clean_ok)
                res["scale"]["model"] = note
        res["runs"][part] = {
            "command": command, "quick": args.quick, "seconds": round(time.monotonic() - started, 1),
            "load_average_at_start": load_at_start, "load_average_at_end": list(os.getloadavg()),
            "finished": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M"),
        }
        write_json(results_file, res)
        log(f"{part}: done in {res['runs'][part]['seconds'] / 60:.1f} min")
    for s in systems:
        s.close()

    from cgbench.report import write_report

    path = write_report(res, args.out)
    log(f"wrote {path} and {results_file}")
    for line in skipped:
        log(f"SKIPPED: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
