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
* Scoring (quality): the ``spamassassin`` command over an mbox of the split's test
  comments (one process per split, rules compiled once; ``report_safe 0``); spam =
  score ≥ 5.0, the default ``required_score``.
* Speed: ``spamc`` → ``spamd`` (one child, pinned to CPU 0), one message per call.
"""

from __future__ import annotations

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

from commentguard import Comment
from commentguard._datasets import Example

from .common import dir_size
from .systems import System, target

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

    def __init__(self, site: Path, children: int = 1, pin_cpu: bool = False):
        self.port = _free_port()
        cmd = ["spamd", "-L", "-x", f"--siteconfigpath={site}",
               "-i", f"127.0.0.1:{self.port}", "-m", str(children), f"--min-children={children}",
               "--max-conn-per-child=100000", "-s", "stderr"]
        if os.geteuid() == 0:
            cmd += ["-u", "nobody"]
        if pin_cpu and shutil.which("taskset"):
            cmd = ["taskset", "-c", "0", *cmd]
        self.log = open(site.parent / f"spamd-{self.port}.log", "wb")
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while subprocess.run(["spamc", "-d", "127.0.0.1", "-p", str(self.port), "-K"],
                             capture_output=True).returncode != 0:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"spamd did not start (see {self.log.name})")
            time.sleep(0.2)

    def check(self, message: bytes) -> float:
        out = subprocess.run(["spamc", "-x", "-c", "-t", "120", "-d", "127.0.0.1", "-p", str(self.port)],
                             input=message, capture_output=True)
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


def _mbox(messages: Iterable[bytes], path: Path) -> int:
    """Write messages as an mbox (body lines starting "From " escaped); returns the count."""
    n = 0
    with open(path, "wb") as f:
        for m in messages:
            f.write(b"From commenter@commenter.invalid Mon Jan  1 12:00:00 2024\n"
                    + m.replace(b"\nFrom ", b"\n>From ") + b"\n")
            n += 1
    return n


def _scores_from_mbox(path: Path) -> list[float]:
    """The score in each message's X-Spam-Status header, in order."""
    scores: list[float] = []
    in_header = False
    with open(path, "rb") as f:
        for raw in f:
            line = raw.decode("utf-8", "replace")
            if line.startswith("From "):
                in_header = True
            elif in_header and not line.strip():
                in_header = False
            elif in_header and line.startswith("X-Spam-Status:"):
                scores.append(float(line.split("score=", 1)[1].split()[0]))
    return scores


class SpamAssassin(System):
    key = "spamassassin"
    name = "SpamAssassin (rules + Bayes, threshold 5.0)"
    outputs = "spam / not"
    trained_on = "the split's training examples, Bayes via sa-learn (each distinct message once, no weights)"

    def __init__(self) -> None:
        self.work: Path | None = None
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
            (self.work / "prefs").write_text("")
        return self.work

    def _common_args(self) -> list[str]:
        work = self._setup()
        return [f"--siteconfigpath={work / 'site'}", "-p", str(work / "prefs")]

    def _sa_learn(self, db: Path, mode: str, messages: Iterable[bytes]) -> None:
        mbox = self._setup() / f"learn-{mode}.mbox"
        if _mbox(messages, mbox):
            subprocess.run(["sa-learn", *self._common_args(), f"--dbpath={db}/bayes", f"--{mode}",
                            "--mbox", str(mbox)], check=True, capture_output=True)
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
        db = work / f"bayes-split{self.n_fit}"
        if self.db is not None:  # start from the previous split's database, remove what is not wanted
            shutil.copytree(self.db, db)
            self._sa_learn(db, "forget", (m for k, (_, m) in self.learned.items() if k not in wanted))
            shutil.rmtree(self.db)
        else:
            db.mkdir()
        for mode in ("spam", "ham"):
            self._sa_learn(db, mode, (m for k, (lab, m) in wanted.items()
                                      if lab == mode and k not in self.learned))
        self.db, self.learned = db, wanted

    def scores(self, comments: Sequence[Comment]) -> np.ndarray:
        """SpamAssassin's score for each comment (one ``spamassassin --mbox`` run)."""
        work = self._setup()
        src, dst = work / "test.mbox", work / "test-out.mbox"
        n = _mbox((wrap(c, salt="test") for c in comments), src)
        bayes = [f"--cf=bayes_path {self.db}/bayes"] if self.db else ["--cf=use_bayes 0"]
        with open(src, "rb") as fin, open(dst, "wb") as fout:
            subprocess.run(["spamassassin", "-L", "-x", *self._common_args(), *bayes, "--cf=report_safe 0",
                            "--cf=lock_method flock", "--mbox"], stdin=fin, stdout=fout,
                           stderr=subprocess.DEVNULL, check=True)
        scores = _scores_from_mbox(dst)
        src.unlink()
        dst.unlink()
        if len(scores) != n:
            raise RuntimeError(f"spamassassin returned {len(scores)} scores for {n} messages")
        return np.asarray(scores, dtype=float)

    def predict(self, comments: Sequence[Comment]) -> tuple[list[str], np.ndarray]:
        s = self.scores(comments)
        return ["spam" if v >= THRESHOLD else "ham" for v in s], s

    def db_stats(self) -> dict[str, int]:
        """nspam / nham / ntokens of the current database (``sa-learn --dump magic``)."""
        out = subprocess.run(["sa-learn", *self._common_args(), f"--dbpath={self.db}/bayes", "--dump", "magic"],
                             capture_output=True, text=True, check=True).stdout
        stats = {}
        for line in out.splitlines():
            parts = line.split()
            if "non-token data:" in line and parts[-1] in ("nspam", "nham", "ntokens"):
                stats[parts[-1]] = int(parts[2])
        return stats

    # -- speed -------------------------------------------------------------------------------------
    def prepare_speed(self, train: Sequence[Example]) -> None:
        self.fit(train, False)

    def speed(self, comments: Sequence[Comment], n_latency: int, cold_repeats: int) -> dict[str, Any]:
        """Per-message cost through spamc against a one-child spamd pinned to CPU 0, the
        command's cold start, peak memory, and the size of the rules + Bayes database."""
        from .common import median, percentile, wall_times

        work = self._setup()
        site = work / "site-speed"  # the site settings + this database, for spamd and the command
        shutil.rmtree(site, ignore_errors=True)
        shutil.copytree(work / "site", site)
        with open(site / "zz_commentguard_bench.cf", "a") as f:
            f.write(f"bayes_path {self.db}/bayes\nlock_method flock\n")
        _open_all(work)
        msgs = [wrap(c, salt="speed") for c in comments[: n_latency + 20]]
        daemon = Daemon(site, children=1, pin_cpu=True)
        try:
            for m in msgs[:20]:
                daemon.check(m)
            lat = []
            for m in msgs[20:]:
                t = time.perf_counter()
                daemon.check(m)
                lat.append(time.perf_counter() - t)
            rss = daemon.peak_rss_mb()
        finally:
            daemon.stop()
        one = work / "one.eml"
        one.write_bytes(msgs[0])
        cold = wall_times(["spamassassin", "-L", "-x", f"--siteconfigpath={site}", "-p", str(work / "prefs")],
                          cold_repeats, stdin_path=one)
        return {
            "throughput": len(lat) / sum(lat), "throughput_runs": [len(lat) / sum(lat)],
            "latency_ms_p50": 1000 * median(lat), "latency_ms_p99": 1000 * percentile(lat, 99),
            "cold_start_s": median(cold), "cold_start_runs": cold, "peak_rss_mb": rss,
            "model_bytes": dir_size(Path("/usr/share/spamassassin")) + dir_size(self.db) if self.db else None,
            "note": "spamc → spamd (1 child, CPU 0), one message per call, throughput = 1 / mean latency; "
                    "cold start = the spamassassin command on one message; size = shipped rules + Bayes "
                    "database; memory = spamd parent + child",
        }

    def close(self) -> None:
        if self.work is not None:
            shutil.rmtree(self.work, ignore_errors=True)
            self.work = None
            self.db, self.learned = None, {}
