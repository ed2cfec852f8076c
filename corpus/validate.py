"""Check the hand-written corpus: schema, unique ids, known posts, label counts.

    python corpus/validate.py            # all slices
    python corpus/validate.py business   # one slice (file stem under comments/)

Exit status 1 and a list of problems when anything is off.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {"feedback", "generic", "spam"}
POST_KEYS = {"post_id", "site", "topic", "title", "text"}
COMMENT_KEYS = {
    "id", "site", "post_id", "parent_id", "author", "author_url", "author_email",
    "text", "label", "family", "lang",
}


def _read(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            raise SystemExit(f"{path}:{n}: not JSON: {e}") from None
    return rows


def validate(stems: list[str]) -> list[str]:
    problems: list[str] = []
    posts: dict[str, dict] = {}
    for p in sorted((HERE / "posts").glob("*.jsonl")):
        for row in _read(p):
            if set(row) != POST_KEYS:
                problems.append(f"{p.name}: post keys {sorted(row)} != {sorted(POST_KEYS)}")
            if row.get("post_id") in posts:
                problems.append(f"{p.name}: duplicate post_id {row.get('post_id')}")
            posts[row.get("post_id")] = row
    ids: set[str] = set()
    files = sorted((HERE / "comments").glob("*.jsonl"))
    if stems:
        files = [f for f in files if f.stem in stems]
    for f in files:
        rows = _read(f)
        counts = collections.Counter()
        texts = collections.Counter(r.get("text") for r in rows)
        for r in rows:
            where = f"{f.name}:{r.get('id')}"
            if set(r) != COMMENT_KEYS:
                problems.append(f"{where}: keys {sorted(r)} != {sorted(COMMENT_KEYS)}")
                continue
            if r["id"] in ids:
                problems.append(f"{where}: duplicate id")
            ids.add(r["id"])
            if r["label"] not in LABELS:
                problems.append(f"{where}: bad label {r['label']!r}")
            if r["post_id"] not in posts:
                problems.append(f"{where}: unknown post_id {r['post_id']!r}")
            elif posts[r["post_id"]]["site"] != r["site"]:
                problems.append(f"{where}: site differs from its post's site")
            if not isinstance(r["text"], str) or not r["text"].strip():
                problems.append(f"{where}: empty text")
            for k in ("parent_id", "author", "author_url", "author_email"):
                if r[k] is not None and not isinstance(r[k], str):
                    problems.append(f"{where}: {k} must be a string or null")
            counts[r["label"]] += 1
        for r in rows:
            if r.get("parent_id") is not None and r["parent_id"] not in ids:
                problems.append(f"{f.name}:{r['id']}: parent_id {r['parent_id']!r} not found")
        dups = [t for t, c in texts.items() if c > 1]
        if dups:
            problems.append(f"{f.name}: {len(dups)} texts appear more than once, e.g. {dups[0]!r}")
        print(f"{f.name}: {len(rows)} comments {dict(counts)}")
    return problems


if __name__ == "__main__":
    found = validate(sys.argv[1:])
    for p in found:
        print("PROBLEM", p)
    sys.exit(1 if found else 0)
