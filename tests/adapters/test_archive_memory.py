"""Memory stays flat as the archive grows (the 1 GB figure is measured by the benchmark)."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from archive_helpers import wp_comment, wxr

from commentguard._clean import clean
from commentguard._types import Comment, Label, Verdict
from commentguard.adapters import _xml, read
from commentguard.testing import FakeClassifier


def _archive(path: Path, comments: int) -> Path:
    items = []
    for start in range(0, comments, 20):
        body = "".join(
            f"<wp:comment>{wp_comment(i, f'comment number {i} ' * 8)}</wp:comment>\n"
            for i in range(start, start + 20)
        )
        items.append(f"<item><title>Post {start}</title><wp:post_id>{start}</wp:post_id>\n{body}</item>\n")
    doc = wxr().replace("<item><title>Post</title><wp:post_id>1</wp:post_id>\n</item>\n", "".join(items))
    path.write_text(doc, encoding="utf-8")
    return path


def _peak(run: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_xml, "CHUNK_SIZE", 1 << 14)  # small chunks, so small files show the trend
    small = _archive(tmp_path / "small.xml", 400)
    big = _archive(tmp_path / "big.xml", 1600)
    assert big.stat().st_size > 3 * small.stat().st_size > 20 * (1 << 14)

    def read_all(path: Path) -> Callable[[], object]:
        return lambda: sum(1 for _ in read(path))

    def clean_all(path: Path) -> Callable[[], object]:
        return lambda: clean(
            path, tmp_path / "out.xml", classifier=FakeClassifier(), report_path=tmp_path / "r.html"
        )

    def clean_only_the_last(path: Path) -> Callable[[], object]:  # one patch, after a long unchanged stretch
        hold, spam = FakeClassifier(always=Label.GENERIC), FakeClassifier(always=Label.SPAM)
        last = path.read_text(encoding="utf-8").rsplit("<wp:comment_id>", 1)[1].split("<", 1)[0]

        def classifier(comments: Iterable[Comment]) -> Iterator[Verdict]:
            for c in comments:
                yield (spam if (c.id or "").endswith(f":{last}") else hold).classify(c)

        return lambda: clean(path, tmp_path / "out.xml", classifier=classifier)

    for job in (read_all, clean_all, clean_only_the_last):
        small_peak, big_peak = _peak(job(small)), _peak(job(big))
        assert big_peak < 1.3 * small_peak + 200_000, (job.__name__, small_peak, big_peak)
