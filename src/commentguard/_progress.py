"""A progress bar for long runs: bytes read, comments per second and ETA, on stderr.

Silent when stderr is not a terminal (pipes, CI logs, tests).
"""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

__all__ = ["TerminalProgress"]


class TerminalProgress:
    """Callable as ``progress(comments_done, bytes_done, total_bytes)`` (what ``clean`` calls)."""

    def __init__(self, *, stream: TextIO | None = None, enabled: bool | None = None, desc: str = "cleaning"):
        self._stream = stream or sys.stderr
        if enabled is None:
            enabled = hasattr(self._stream, "isatty") and self._stream.isatty()
        self.enabled = enabled
        self._desc = desc
        self._bar: Any = None
        self._started = time.monotonic()

    def __call__(self, comments: int, offset: int, total: int) -> None:
        if not self.enabled:
            return
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                file=self._stream,
                desc=self._desc,
                dynamic_ncols=True,
                bar_format="{desc}: {percentage:3.0f}%|{bar}| {postfix} [{elapsed}<{remaining}]",
            )
        elapsed = max(time.monotonic() - self._started, 1e-6)
        self._bar.set_postfix_str(
            f"{comments:,} comments, {comments / elapsed:,.0f} comments/s", refresh=False
        )
        self._bar.update(max(0, offset - self._bar.n))

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
