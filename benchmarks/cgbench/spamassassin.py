"""SpamAssassin as a peer: each comment wrapped as a minimal e-mail, Bayes trained per split.

* Rules: the Debian package's shipped rules, local tests only (``-L``: no DNS, RBLs,
  Razor, Pyzor or DCC — this machine has no network, and a blog owner would not
  query e-mail blocklists for comments). Auto-learning off.
* Bayes: every split gets its own database directory holding exactly that split's
  training messages, learned with ``sa-learn --spam/--ham``. To save time a split's
  directory starts as a copy of the previous split's and ``sa-learn --forget`` removes
  the messages that are not in this split's training set (Bayes keeps additive
  counts, so the result equals a database learned from scratch). Bayes has no
  sample weights: each distinct training message is learned once.
* Scoring: one ``spamd`` (``--virtual-config-dir``: the spamc user name picks the
  split's database), messages sent with ``spamc``; spam = score ≥ 5.0 (the default
  ``required_score``).
"""

from __future__ import annotations

import concurrent.futures
import email.header
import email.utils
import hashlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from .common import dir_size
from .systems import System, target
from commentguard import Comment
from commentguard._datasets import Example

THRESHOLD = 5.0
SITE_SETTINGS = """
# commentguard benchmark: local tests, Bayes on, nothing learned or looked up automatically
use_bayes 1
bayes_auto_learn 0
bayes_auto_expire 0
bayes_file_mode 0777
dns_available no
skip_rbl_checks 1
use_razor2 0
use_pyzor 0
"""


def wrap(c: Comment, salt: str = "") -> bytes:
    """A minimal RFC 5322 message: From (author, e-mail), To, Subject, Date, Message-ID, body."""
    body = c.text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    name = (c.author or "Anonymous").replace("\n", " ").replace("\r", " ")[:200]
    addr = (c.author_email or "").strip()
    if not addr or any(ch in addr for ch in " <>\n\r\"") or "@" not in addr:
        addr = "commenter@commenter.invalid"
    try:
        name.encode("ascii")
        display = '"' + name.replace("\\", "").replace('"', "'") + '"'
    except UnicodeEncodeError:
        display = email.header.Header(name, "utf-8").encode()
    digest = hashlib.sha1((salt + "\0" + name + "\0" + addr + "\0" + body).encode("utf-8", "replace")).hexdigest()
    # SpamAssassin recognises a message it has learned by To + Date + body; a date drawn
    # from the digest keeps same-text comments by different authors distinct, as they are here.
    date = email.utils.formatdate(1704067200 + int(digest[:12], 16) % 31_536_000, usegmt=True)
    head = (f"From: {display} <{addr}>\nTo: blog-owner@blog.invalid\nSubject: New comment\n"
            f"Date: {date}\nMessage-ID: <{digest}.comment@blog.invalid>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")
    return (head + body + "\n").encode("utf-8", "replace")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _open_all(path: Path) -> None:
    """spamd's children run as ``nobody``: let them read and update the databases."""
    for p in [path, *path.rglob("*")]:
        os.chmod(p, 0o777 if p.is_dir() else 0o666)


class Daemon:
    """A spamd on a free loopback port; ``check(user, message)`` returns the score."""

    def __init__(self, site: Path, vc: Path, children: int = 2, pin_cpu: bool = False):
        self.port = _free_port()
        cmd = ["spamd", "-L", "-x", f"--virtual-config-dir={vc}/%u", f"--siteconfigpath={site}",
               "-i", f"127.0.0.1:{self.port}", "-m", str(children), f"--min-children={children}",
               "--max-conn-per-child=100000", "-s", "stderr"]
        if os.geteuid() == 0:
            cmd += ["-u", "nobody"]
        if pin_cpu and shutil.which("taskset"):
            cmd = ["taskset", "-c", "0", *cmd]
        self.log = open(vc.parent / f"spamd-{self.port}.log", "wb")
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while subprocess.run(["spamc", "-d", "127.0.0.1", "-p", str(self.port), "-K"],
                             capture_output=True).returncode != 0:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"spamd did not start (see {self.log.name})")
            time.sleep(0.2)

    def check(self, user: str, message: bytes) -> float:
        out = subprocess.run(["spamc", "-x", "-c", "-t", "120", "-d", "127.0.0.1", "-p", str(self.port),
                              "-u", user], input=message, capture_output=True)
        if out.returncode not in (0, 1):
            raise RuntimeError(f"spamc failed ({out.returncode}): {out.stderr.decode(errors='replace')}")
        return float(out.stdout.decode().split("/")[0])

    def peak_rss_mb(self) -> float:
        """Peak resident memory (VmHWM) of spamd and its children, MB."""
        pids = [self.proc.pid] + [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()
                                  and _ppid(p) == self.proc.pid]
        total = 0
        for pid in pids:
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        total += int(line.split()[1])
            except OSError:
                pass
        return total / 1024

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def _ppid(proc_dir: Path) -> int | None:
    try:
        return int((proc_dir / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


class SpamAssassin(System):
    key = "spamassassin"
    name = "SpamAssassin (rules + Bayes, threshold 5.0)"
    outputs = "spam / not"
    trained_on = "the split's training examples, Bayes via sa-learn (each distinct message once, no weights)"

    def __init__(self) -> None:
        self.work: Path | None = None
        self.daemon: Daemon | None = None
        self.db: Path | None = None  # current split's database directory
        self.learned: dict[str, tuple[str, bytes]] = {}  # key → (spam|ham, message) in self.db
        self.n_fit = 0

    def unavailable(self) -> str | None:
        missing = [b for b in ("spamassassin", "spamd", "spamc", "sa-learn") if not shutil.which(b)]
        return f"{', '.join(missing)} not found; run benchmarks/setup.sh" if missing else None

    # -- set-up --------------------------------------------------------------------------------
    def _setup(self) -> Path:
        if self.work is None:
            self.work = Path(tempfile.mkdtemp(prefix="cg-bench-sa-"))
            site = self.work / "site"
            site.mkdir()
            for f in Path("/etc/spamassassin").iterdir():
                if f.suffix in (".pre", ".cf") and f.is_file():
                    shutil.copy(f, site / f.name)
            (site / "zz_commentguard_bench.cf").write_text(SITE_SETTINGS)
            (self.work / "vc").mkdir()
            (self.work / "prefs").write_text("")
            _open_all(self.work)
        return self.work

    def _daemon(self) -> Daemon:
        if self.daemon is None:
            work = self._setup()
            self.daemon = Daemon(work / "site", work / "vc")
        return self.daemon

    def _sa_learn(self, db: Path, mode: str, messages: Iterable[bytes]) -> None:
        msgs = list(messages)
        if not msgs:
            return
        work = self._setup()
        mbox = work / f"learn-{mode}.mbox"
        with open(mbox, "wb") as f:
            for m in msgs:
                body = m.replace(b"\nFrom ", b"\n>From ")
                f.write(b"From commenter@commenter.invalid Mon Jan  1 12:00:00 2024\n" + body + b"\n")
        subprocess.run(["sa-learn", f"--siteconfigpath={work / 'site'}", "-p", str(work / "prefs"),
                        f"--dbpath={db}/bayes", f"--{mode}", "--mbox", str(mbox)],
                       check=True, capture_output=True)
        mbox.unlink()

    # -- training and scoring ---------------------------------------------------------------------
    def fit(self, train: Sequence[Example], three_way: bool) -> None:
        work = self._setup()
        wanted: dict[str, tuple[str, bytes]] = {}
        for e in train:
            label = target(e.label, False)
            msg = wrap(e.comment, salt=label)
            wanted[hashlib.sha1(msg).hexdigest()] = (label, msg)
        self.n_fit += 1
        db = work / "vc" / f"split{self.n_fit}"
        if self.db is not None:
            shutil.copytree(self.db, db)
            self._sa_learn(db, "forget", (m for k, (_, m) in self.learned.items() if k not in wanted))
            shutil.rmtree(self.db)
        else:
            db.mkdir()
        for mode in ("spam", "ham"):
            self._sa_learn(db, mode, (m for k, (lab, m) in wanted.items()
                                      if lab == mode and k not in self.learned))
        _open_all(db)
        self.db, self.learned = db, wanted

    def scores(self, comments: Sequence[Comment], workers: int = 3) -> np.ndarray:
        daemon, user = self._daemon(), self.db.name if self.db else "none"
        msgs = [wrap(c, salt="test") for c in comments]
        with concurrent.futures.ThreadPoolExecutor(workers) as pool:
            return np.asarray(list(pool.map(lambda m: daemon.check(user, m), msgs)), dtype=float)

    def predict(self, comments: Sequence[Comment]) -> tuple[list[str], np.ndarray]:
        s = self.scores(comments)
        return ["spam" if v >= THRESHOLD else "ham" for v in s], s

    def db_stats(self) -> dict[str, int]:
        """nspam / nham / ntokens of the current database (``sa-learn --dump magic``)."""
        work = self._setup()
        out = subprocess.run(["sa-learn", f"--siteconfigpath={work / 'site'}", "-p", str(work / "prefs"),
                              f"--dbpath={self.db}/bayes", "--dump", "magic"],
                             capture_output=True, text=True, check=True).stdout
        stats = {}
        for line in out.splitlines():
            parts = line.split()
            if "non-token data:" in line and parts[-1] in ("nspam", "nham", "ntokens"):
                stats[parts[-1]] = int(parts[2])
        return stats

    # -- speed -------------------------------------------------------------------------------------
    def speed(self, comments: Sequence[Comment], n_latency: int, cold_repeats: int) -> dict[str, Any]:
        """Per-message cost through spamc against a one-child spamd pinned to CPU 0, the
        CLI's cold start, peak memory and the size of rules + Bayes database."""
        from .common import median, percentile, wall_times

        work = self._setup()
        daemon = Daemon(work / "site", work / "vc", children=1, pin_cpu=True)
        try:
            user = self.db.name if self.db else "none"
            msgs = [wrap(c, salt="speed") for c in comments[: n_latency + 20]]
            for m in msgs[:20]:
                daemon.check(user, m)
            lat = []
            for m in msgs[20:]:
                t = time.perf_counter()
                daemon.check(user, m)
                lat.append(time.perf_counter() - t)
            rss = daemon.peak_rss_mb()
        finally:
            daemon.stop()
        cli_site = work / "site-cli"
        if not cli_site.exists():
            shutil.copytree(work / "site", cli_site)
            with open(cli_site / "zz_commentguard_bench.cf", "a") as f:
                f.write(f"bayes_path {self.db}/bayes\n")
        one = work / "one.eml"
        one.write_bytes(msgs[0])
        cold = wall_times(["spamassassin", "-L", "-x", f"--siteconfigpath={cli_site}", "-p",
                           str(work / "prefs")], cold_repeats, stdin_path=one)
        rules = Path("/usr/share/spamassassin")
        return {
            "throughput": len(lat) / sum(lat), "throughput_runs": [len(lat) / sum(lat)],
            "latency_ms_p50": 1000 * median(lat), "latency_ms_p99": 1000 * percentile(lat, 99),
            "cold_start_s": median(cold), "cold_start_runs": cold, "peak_rss_mb": rss,
            "model_bytes": dir_size(rules) + (dir_size(self.db) if self.db else 0),
            "note": "spamc → spamd (1 child, CPU 0), one message at a time; throughput = 1 / mean "
                    "latency; cold start = the spamassassin command on one message; size = shipped "
                    "rules + Bayes database; memory = spamd parent + child",
        }

    def close(self) -> None:
        if self.daemon is not None:
            self.daemon.stop()
            self.daemon = None
        if self.work is not None:
            shutil.rmtree(self.work, ignore_errors=True)
            self.work = None
            self.db, self.learned = None, {}
