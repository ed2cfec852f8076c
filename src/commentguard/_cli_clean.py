"""``commentguard clean``: a thin argparse layer over :func:`commentguard._clean.clean`.

Exit codes: 0 done and verified (or dry run), 1 verification failed (nothing kept),
2 input refused or unusable (hostile, malformed, unknown format, bad options).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ._errors import ArchiveError, CommentGuardError, VerificationError
from ._types import Action, Policy

__all__ = ["EXIT_OK", "EXIT_REFUSED", "EXIT_VERIFICATION", "add_clean_parser", "run_clean"]

EXIT_OK, EXIT_VERIFICATION, EXIT_REFUSED = 0, 1, 2
_COLUMN_FIELDS = (
    "text",
    "id",
    "author",
    "author_url",
    "author_email",
    "post_id",
    "post_title",
    "post_url",
    "parent_id",
    "status",
)


def _threshold(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return number


def _site_url(value: str) -> str:
    from ._clean import check_site_url

    try:
        return check_site_url(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def add_clean_parser(subparsers: Any) -> None:
    """Register ``clean`` on an ``argparse`` subparsers object."""
    p = subparsers.add_parser(
        "clean",
        help="classify every comment of an export and write back the moderation decisions",
        description=(
            "Read a comment archive (WordPress WXR, Blogger legacy or Takeout, Disqus, CSV, JSON lines), "
            "classify every comment with its post and thread as context, and write an export the platform "
            "re-imports. Only pending comments are decided unless --only all. The output is verified "
            "before it replaces anything; the input is never modified. "
            "Exit status: 0 ok, 1 verification failed, 2 input refused."
        ),
    )
    p.add_argument("input", help="the exported archive")
    p.add_argument("-o", "--output", help="cleaned archive to write (required unless --dry-run)")
    p.add_argument("--report", metavar="FILE", help="write a self-contained HTML report")
    p.add_argument(
        "--decisions",
        metavar="FILE",
        help="write one JSON line per comment (id, post, label, scores, reasons, action, changed)",
    )
    p.add_argument(
        "--format",
        default="auto",
        choices=["auto", "wxr", "blogger", "takeout", "disqus", "csv", "jsonl"],
        help="archive format (default: detected from the content)",
    )
    p.add_argument(
        "--generic",
        choices=["hold", "approve"],
        default="hold",
        help="what to do with generic comments (default: hold)",
    )
    p.add_argument(
        "--spam-threshold",
        type=_threshold,
        default=0.5,
        metavar="P",
        help="spam probability at or above which spam is marked spam; below it is held (default 0.5)",
    )
    p.add_argument(
        "--only",
        choices=["pending", "all"],
        default="pending",
        help="decide pending comments only (default) or recheck approved ones too",
    )
    p.add_argument(
        "--site-url",
        type=_site_url,
        metavar="URL",
        help="the blog's own address (https://myblog.example): the post address of comments whose "
        "archive gives none (Takeout, CSV without a post URL), so that replies signed with it read as "
        "replies from the blog",
    )
    p.add_argument("--dry-run", action="store_true", help="classify and report, write no archive")
    p.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="classify on N processes (-1: every core); default 1")
    p.add_argument(
        "--recover",
        action="store_true",
        help="repair broken bytes (control characters, cp1252, raw ]]>, junk before <?xml); "
        "a comment that still cannot be read is kept as found and listed",
    )
    p.add_argument(
        "--quarantine",
        metavar="FILE",
        help="Blogger legacy: where flagged comments go (default: OUTPUT with .quarantine before the extension)",
    )
    cols = p.add_argument_group(
        "CSV / JSON lines columns", "name the column (or key) holding each field; found by name otherwise"
    )
    for fld in _COLUMN_FIELDS:
        cols.add_argument(f"--{fld.replace('_', '-')}-column", dest=f"col_{fld}", metavar="NAME")
    cols.add_argument("--delimiter", help="CSV delimiter (default: guessed from the header)")
    p.add_argument(
        "--no-progress",
        action="store_true",
        help="no progress bar (it is off anyway when stderr is not a terminal)",
    )
    p.set_defaults(func=run_clean)


def run_clean(args: argparse.Namespace) -> int:
    """Run ``clean`` for parsed arguments; print a summary; return the exit code."""
    from ._clean import clean
    from ._progress import TerminalProgress

    if not args.output and not args.dry_run:
        print("error: -o/--output is required (or use --dry-run)", file=sys.stderr)
        return EXIT_REFUSED
    policy = Policy(generic=Action(args.generic), spam_threshold=args.spam_threshold)
    columns = {
        fld: getattr(args, f"col_{fld}") for fld in _COLUMN_FIELDS if getattr(args, f"col_{fld}", None)
    }
    progress = TerminalProgress(enabled=False if args.no_progress else None)
    try:
        result = clean(
            args.input,
            args.output,
            format=args.format,
            policy=policy,
            only=args.only,
            dry_run=args.dry_run,
            recover=args.recover,
            decisions_path=args.decisions,
            report_path=args.report,
            quarantine_path=args.quarantine,
            progress=progress,
            classifier=getattr(args, "classifier", None),  # tests inject a FakeClassifier here
            n_jobs=args.jobs,
            columns=columns or None,
            delimiter=args.delimiter,
            site_url=args.site_url,
        )
    except VerificationError as err:
        progress.close()
        print(f"error: {err}", file=sys.stderr)
        print("nothing was written; the input is unchanged", file=sys.stderr)
        return EXIT_VERIFICATION
    except (ArchiveError, CommentGuardError, OSError) as err:
        progress.close()
        print(f"error: {_one_line(err)}", file=sys.stderr)
        return EXIT_REFUSED
    progress.close()
    print(result.summary())
    return EXIT_OK if result.ok else EXIT_VERIFICATION


def _one_line(err: BaseException) -> str:
    text = " ".join(str(err).split())
    return text if text else type(err).__name__
