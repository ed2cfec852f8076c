"""The ``commentguard`` command: a thin layer over the library.

    commentguard classify "Great post, bookmarked!"          # one JSON line per comment
    commentguard classify --jsonl comments.jsonl              # {"text": ..., "author": ...} per line
    echo "cheap v1agra at rx-store.biz" | commentguard classify
    commentguard clean export.xml -o cleaned.xml --report report.html
    commentguard train --data ../shared/data --out models/commentguard-model.npz

Exit codes: 0 success, 1 a check failed (e.g. verification of a cleaned
archive), 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from typing import Any, Iterator, Sequence, TextIO

from . import __version__
from ._errors import CommentGuardError
from ._types import Action, Comment, Policy

__all__ = ["main"]

_COMMENT_FIELDS = ("text", "author", "author_url", "author_email", "ip", "post_title",
                   "post_text", "parent_id", "id", "post_id", "post_url")


def _policy(args: argparse.Namespace) -> Policy:
    return Policy(generic=Action(args.generic), spam_threshold=args.spam_threshold)


def _comments_from_jsonl(stream: TextIO, name: str) -> Iterator[Comment]:
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise CommentGuardError(f"{name}:{n}: not a JSON object: {e.msg}") from None
        if isinstance(row, str):
            row = {"text": row}
        if not isinstance(row, dict) or "text" not in row:
            raise CommentGuardError(f"{name}:{n}: expected an object with a \"text\" field")
        fields = {k: row[k] for k in _COMMENT_FIELDS if row.get(k) is not None}
        try:
            yield Comment(**fields)
        except TypeError as e:
            raise CommentGuardError(f"{name}:{n}: {e}") from None


def _run_classify(args: argparse.Namespace) -> int:
    from . import classify_many, load_model

    model = load_model(args.model) if args.model else None
    if args.text:
        comments: Any = [Comment(text=t) for t in args.text]
    elif args.jsonl:
        handle = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")
        comments = _comments_from_jsonl(handle, args.jsonl)
    else:
        if sys.stdin.isatty():
            print("reading comments from stdin, one per line (Ctrl-D to end)", file=sys.stderr)
        comments = (Comment(text=line.rstrip("\n")) for line in sys.stdin if line.strip())
    out = sys.stdout
    for c, v in _zip_verdicts(comments, classify_many, _policy(args), model):
        row = v.to_dict()
        if c.id is not None:
            row = {"id": c.id, **row}
        if args.with_text:
            row["text"] = c.text
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


def _zip_verdicts(comments: Any, classify_many: Any, policy: Policy, model: Any) -> Iterator[Any]:
    """(comment, verdict) pairs; classify_many reads ahead by a batch, so keep what it took."""
    buffer: collections.deque[Comment] = collections.deque()

    def _tee() -> Iterator[Comment]:
        for c in comments:
            buffer.append(c)
            yield c

    for v in classify_many(_tee(), policy=policy, model=model):
        yield buffer.popleft(), v


def _run_train(args: argparse.Namespace) -> int:
    from ._train import train_shipped

    train_shipped(args.data, args.out, args.corpus)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="commentguard",
        description="Tell real feedback from generic praise and spam in blog comments, locally.",
    )
    parser.add_argument("--version", action="version", version=f"commentguard {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("classify", help="classify comments; one JSON line out per comment",
                       description="Classify comments given as arguments, as a JSON-lines file "
                                   "(--jsonl; fields text, author, author_url, author_email, ip, "
                                   "post_title, post_text, parent_id, id, post_id, post_url), or one per "
                                   "line on stdin.")
    p.add_argument("text", nargs="*", help="comment texts (omit to read stdin)")
    p.add_argument("--jsonl", metavar="FILE", help="JSON-lines input ('-' for stdin)")
    p.add_argument("--generic", choices=["hold", "approve"], default="hold",
                   help="action for generic comments (default: hold)")
    p.add_argument("--spam-threshold", type=float, default=0.5, metavar="P",
                   help="spam probability needed to send to spam; below it, hold (default 0.5)")
    p.add_argument("--model", metavar="PATH", help="a model file other than the shipped one")
    p.add_argument("--with-text", action="store_true", help="echo each comment's text in the output")
    p.set_defaults(func=_run_classify)

    t = sub.add_parser("train", help="rebuild the model from the datasets and the corpus",
                       description="Train the model reproducibly (same inputs → byte-identical "
                                   "file) and print its evaluation on held-out sites.")
    t.add_argument("--data", required=True, metavar="DIR", help="the shared data folder")
    t.add_argument("--corpus", metavar="DIR", default=None,
                   help="the labelled corpus folder (default: corpus/ of this checkout)")
    t.add_argument("--out", default="models/commentguard-model.npz", metavar="PATH",
                   help="model file to write (its .json model card goes beside it)")
    t.set_defaults(func=_run_train)

    try:
        from ._cli_clean import add_clean_parser
    except ImportError:  # pragma: no cover - the archive module is part of the package
        pass
    else:
        add_clean_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except CommentGuardError as e:
        print(f"commentguard: error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except KeyboardInterrupt:
        print("commentguard: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
