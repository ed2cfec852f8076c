"""Datasets and splits. Every system trains on a split's ``train`` and is scored on its tests.

``train`` is exactly what commentguard is trained on for that split (weighted
:class:`Example` records from ``commentguard._train``); peers get the same examples
with the labels collapsed as the task needs. No test comment is ever in ``train``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Container, Iterator

from .common import use_checkout

use_checkout()

from commentguard._datasets import (  # noqa: E402
    YOUTUBE_VIDEOS,
    Example,
    load_corpus,
    load_sms,
    load_youtube,
    split_corpus,
    text_only,
)
from commentguard._train import training_examples, weighted  # noqa: E402

SEED = 0


@dataclass(frozen=True)
class Split:
    name: str
    train: list[Example]
    tests: dict[str, list[Example]]  # view → test examples


@dataclass(frozen=True)
class Task:
    key: str
    three_way: bool  # True: test labels are feedback/generic/spam; False: spam vs not
    views: dict[str, str]  # view → dataset title in the report
    protocol: str  # how the splits are made, for the report
    make_splits: Callable[[Container[int] | None], Iterator[tuple[int, Split]]] = field(repr=False)
    n_splits: int = 1

    def splits(self, which: Container[int] | None = None) -> Iterator[tuple[int, Split]]:
        """(index, split) pairs; ``which`` limits them to those indices (built lazily)."""
        return self.make_splits(which)


def _stratified_folds(labels: list[str], k: int) -> list[tuple[list[int], list[int]]]:
    from sklearn.model_selection import StratifiedKFold

    skf = StratifiedKFold(n_splits=k, shuffle=True, random_state=SEED)
    return [(tr.tolist(), te.tolist()) for tr, te in skf.split(labels, labels)]


def youtube_lovo(data: Path, quick: bool) -> Task:
    """Leave one video out: train on 4 videos (+ all other sources), test on the 5th."""
    videos = list(YOUTUBE_VIDEOS)[:2] if quick else list(YOUTUBE_VIDEOS)

    def splits(which: Container[int] | None) -> Iterator[tuple[int, Split]]:
        tests = load_youtube(data, three_way=False)  # spam / ham (= "feedback")
        for i, v in enumerate(videos):
            if which is None or i in which:
                yield i, Split(v.removesuffix(".csv"), training_examples(data, exclude_videos=(v,)),
                               {"": [e for e in tests if e.group == v]})

    return Task("youtube-lovo", False, {"": "YouTube Spam Collection, leave one video out"},
                f"train on the other videos + all other sources, test on each of {len(videos)} "
                "videos; spam vs not; figures pooled over the held-out videos", splits, len(videos))


def youtube_10fold(data: Path, quick: bool) -> Task:
    """Stratified 10-fold over all 1,956 rows."""
    k_run = 2 if quick else 10

    def splits(which: Container[int] | None) -> Iterator[tuple[int, Split]]:
        three = load_youtube(data)  # the training labels commentguard uses (ham → feedback/generic)
        binary = load_youtube(data, three_way=False)
        assert [e.comment.id for e in three] == [e.comment.id for e in binary]
        rest = training_examples(data, sources=("sms", "uci", "corpus", "spintax"))
        yield from _fold_splits(three, binary, rest, 10, k_run, which)

    return Task("youtube-10fold", False, {"": "YouTube Spam Collection, stratified 10-fold"},
                f"stratified 10-fold (seed {SEED}) over all 1,956 rows, {k_run} folds run; train = "
                "the other folds + all other sources; spam vs not", splits, k_run)


def _fold_splits(train_pool: list[Example], test_pool: list[Example], rest: list[Example], k: int,
                 k_run: int, which: Container[int] | None) -> Iterator[tuple[int, Split]]:
    """Stratified k-fold over ``test_pool`` (by its labels); fold i trains on ``rest`` plus
    the other folds' rows of ``train_pool`` (same rows, possibly other labels)."""
    folds = _stratified_folds([e.label for e in test_pool], k)[:k_run]
    for i, (tr, te) in enumerate(folds):
        if which is None or i in which:
            yield i, Split(f"fold {i + 1}", rest + weighted([train_pool[j] for j in tr]),
                           {"": [test_pool[j] for j in te]})


def sms_folds(data: Path, quick: bool) -> Task:
    """Stratified 5-fold over the de-duplicated SMS Spam Collection."""
    k_run = 2 if quick else 5

    def splits(which: Container[int] | None) -> Iterator[tuple[int, Split]]:
        sms = load_sms(data)
        rest = training_examples(data, sources=("youtube", "uci", "corpus", "spintax"))
        yield from _fold_splits(sms, sms, rest, 5, k_run, which)

    return Task("sms-5fold", False, {"": "SMS Spam Collection, stratified 5-fold"},
                f"stratified 5-fold (seed {SEED}) over the 5,171 unique messages, {k_run} folds run; "
                "train = the other folds + all other sources; spam vs not", splits, k_run)


def own_corpus(data: Path, quick: bool) -> Task | str:
    """Our corpus, held-out sites (topics the model never saw); three labels."""
    train_part, held = split_corpus(load_corpus())
    if not held:
        return "own corpus: commentguard._datasets.HELD_OUT_SITES is empty, so there is no held-out split"
    sites = sorted({e.group for e in held})

    def splits(which: Container[int] | None) -> Iterator[tuple[int, Split]]:
        if which is None or 0 in which:
            yield 0, Split("held-out sites", training_examples(data, corpus=train_part),
                           {"with-post": held, "text-only": text_only(held)})

    return Task("corpus", True, {
        "with-post": "Own corpus, held-out sites, with post context",
        "text-only": "Own corpus, held-out sites, text only (no post, no author)"},
        f"train on every source + the corpus minus {len(sites)} held-out sites "
        f"({', '.join(sites)}; {len(held)} comments); three labels", splits, 1)


TASKS = {"youtube-lovo": youtube_lovo, "youtube-10fold": youtube_10fold, "sms-5fold": sms_folds,
         "corpus": own_corpus}


def all_tasks(data: Path, quick: bool) -> tuple[list[Task], list[str]]:
    """The tasks to run, and the reasons for any that cannot run."""
    tasks: list[Task] = []
    skipped: list[str] = []
    for make in TASKS.values():
        t = make(data, quick)
        (skipped if isinstance(t, str) else tasks).append(t)  # type: ignore[arg-type]
    return tasks, skipped


def get_task(key: str, data: Path, quick: bool) -> Task:
    t = TASKS[key](data, quick)
    if isinstance(t, str):
        raise ValueError(t)
    return t
