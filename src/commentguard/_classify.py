"""Step 4 of 4: scores → verdict, with the reasons a moderator reads.

``classify`` and ``classify_many`` share one code path (a batch of one is a
batch), so they always agree. Reasons are the comment's own signals and words
that pushed hardest towards the chosen label, strongest first.
"""

from __future__ import annotations

import functools
import itertools
from typing import Iterable, Iterator

import numpy as np

from ._errors import InvalidCommentError
from ._features import OTHER_FUNCTION_WORDS, Features, is_chinese_pair
from ._model import Encoded, Model, default_model, featurise_all
from ._types import DEFAULT_POLICY, LABELS, Comment, Label, Policy, Verdict

__all__ = ["classify", "classify_many", "BATCH_SIZE"]

BATCH_SIZE = 512
_MIN_CONTRIBUTION = 0.08  # a token must move the logit this much to be named as a reason
_MAX_REASONS = 4
_MAX_CANDIDATES = 16  # tokens considered for reasons, per comment
_FALLBACK = {
    Label.FEEDBACK: "no spam or template signals; reads as a person's own comment",
    Label.GENERIC: "short and unspecific: could sit under any post",
    Label.SPAM: "wording typical of spam",
}
_WORDS_REASON = {
    Label.FEEDBACK: "specific words",
    Label.GENERIC: "wording typical of template comments",
    Label.SPAM: "wording typical of spam",
}


def to_comment(x: object, where: str) -> Comment:
    """A Comment from a Comment or a str; anything else is an InvalidCommentError."""
    if isinstance(x, Comment):
        return x
    if isinstance(x, str):
        return Comment(text=x)
    if x is None:
        raise InvalidCommentError(f"{where}: comment text is None; pass a str or a Comment")
    raise InvalidCommentError(f"{where}: expected a str or Comment, got {type(x).__name__}")


def _empty_verdict(model: Model, policy: Policy) -> Verdict:
    scores = {"feedback": 0.0, "generic": 1.0, "spam": 0.0}
    return Verdict(Label.GENERIC, scores, policy.action_for(Label.GENERIC, 0.0), ("empty",),
                   model.version)


_UNNAMED_SIGNALS = frozenset({"post:none"})  # says nothing about this comment
_FUNCTION_WORDS = frozenset(
    "the and for are but not you all any can had her was one our out his has him how its may "
    "new now old see two who did get let put say she too use that with have this will your from "
    "they been were what when which their there then than them these those would could should "
    "about into over some such only also just very more most much many other each".split()
    # ... and of the other languages most comments come in, which are no more specific
    # ("specific words: 'con', 'det'" told a moderator nothing)
) | OTHER_FUNCTION_WORDS


@functools.lru_cache(maxsize=65536)
def _worth_naming(token: str) -> bool:
    """Word tokens shown as reasons: not stopwords, stems or internal tokens; of the
    character pairs of unspaced scripts, only pairs of Chinese characters; emoji."""
    if token.startswith(("domain:", "author-domain:", "<", "#")) or token.endswith("~"):
        return False
    return (any(len(w) > 2 and w not in _FUNCTION_WORDS for w in token.split(" "))
            or is_chinese_pair(token)
            or (len(token) == 1 and not token.isalnum()))  # an emoji (words are letters and digits)


def _reasons(feats: Features, label: Label, candidates: list[tuple[float, str, bool]]) -> tuple[str, ...]:
    """Reasons from the tokens that pushed hardest towards ``label`` (strongest first)."""
    by_token = {s.token: s.reason for s in feats.signals}
    reasons: list[str] = []
    words: list[str] = []
    for _, token, nameable in candidates:  # strongest first
        if token in _UNNAMED_SIGNALS:
            continue
        if token in by_token:
            if len(reasons) < _MAX_REASONS - 1:
                reasons.append(by_token[token])
        elif nameable and len(words) < 3:
            words.append(token.replace("xxurlxx", "<link>").replace("xxemailxx", "<e-mail>")
                         .replace("xxphonexx", "<phone>").replace("xxmoneyxx", "<money>"))
    if words:
        reasons.append(f"{_WORDS_REASON[label]}: " + ", ".join(f"'{t}'" for t in words))
    cut = "very long comment (only the start was read)"
    if feats.normalised.truncated and cut not in reasons:
        reasons.append(cut)
    return tuple(reasons) or (_FALLBACK[label],)


def _contributions(model: Model, rows: Encoded, best: np.ndarray) -> list[list[tuple[float, str, bool]]]:
    """Per row, the (contribution, token, worth naming) triples that moved the chosen
    label's logit by at least _MIN_CONTRIBUTION relative to the average label,
    strongest first and at most _MAX_CANDIDATES — one vectorised pass."""
    ids, starts = rows.ids, rows.starts
    lengths = np.diff(np.append(starts, len(ids)))
    chosen = np.repeat(best, lengths)
    contribution = (model.weights[ids, chosen] - model._mean_weights[ids]) * rows.values
    hits = np.flatnonzero(contribution >= _MIN_CONTRIBUTION)
    row_of = np.searchsorted(starts, hits, side="right") - 1
    order = np.lexsort((-contribution[hits], row_of))  # by row, strongest first
    hits, row_of = hits[order], row_of[order]
    rank = np.arange(len(hits)) - np.searchsorted(row_of, row_of)  # position within its row
    keep = rank < _MAX_CANDIDATES
    hits, row_of = hits[keep], row_of[keep]
    names = list(map(model.tokens.__getitem__, ids[hits].tolist()))
    triples = list(zip(contribution[hits].tolist(), names, map(_worth_naming, names)))
    bounds = np.searchsorted(row_of, np.arange(len(starts) + 1)).tolist()  # each row's slice
    return [triples[a:b] for a, b in zip(bounds, bounds[1:])]


def _classify_batch(comments: list[Comment], model: Model, policy: Policy) -> list[Verdict]:
    verdicts: list[Verdict | None] = [None] * len(comments)
    todo = []
    for i, c in enumerate(comments):
        if c.text.strip():
            todo.append(i)
        else:
            verdicts[i] = _empty_verdict(model, policy)
    if todo:
        feats = featurise_all([comments[i] for i in todo])
        rows = model.encode(feats)
        proba = model.scores(rows)
        best = proba.argmax(axis=1)
        contributions = _contributions(model, rows, best)
        version = model.version
        for k, (i, p, b) in enumerate(zip(todo, proba.tolist(), best.tolist())):
            label = LABELS[b]
            scores = {"feedback": p[0], "generic": p[1], "spam": p[2]}
            verdicts[i] = Verdict(label, scores, policy.action_for(label, p[2]),
                                  _reasons(feats[k], label, contributions[k]), version)
    return verdicts  # type: ignore[return-value]


def classify(comment: Comment | str, *, policy: Policy | None = None,
             model: Model | None = None) -> Verdict:
    """Classify one comment (a ``str`` or a :class:`Comment`).

    >>> import commentguard
    >>> v = commentguard.classify("Great post! I'll bookmark your blog and check back often.")
    >>> v.label
    <Label.GENERIC: 'generic'>
    """
    c = to_comment(comment, "classify")
    return _classify_batch([c], model or default_model(), policy or DEFAULT_POLICY)[0]


def classify_many(comments: Iterable[Comment | str], *, policy: Policy | None = None,
                  model: Model | None = None, batch_size: int = BATCH_SIZE,
                  n_jobs: int = 1) -> Iterator[Verdict]:
    """Classify many comments, lazily and in order; same verdicts as :func:`classify`.

    Accepts any iterable (a generator is read in batches of ``batch_size``, so
    memory stays flat). Yields one :class:`Verdict` per input. ``n_jobs`` > 1
    (or -1 for every core) spreads batches over worker processes with joblib;
    order and verdicts are unchanged.
    """
    if isinstance(comments, (str, Comment)):
        raise InvalidCommentError("classify_many expects an iterable of comments; "
                                  "use classify() for a single comment")
    pol = policy or DEFAULT_POLICY
    batches = _batches(comments, batch_size)
    if n_jobs == 1:
        m = model or default_model()
        for batch in batches:
            yield from _classify_batch(batch, m, pol)
        return
    from joblib import Parallel, delayed

    run = Parallel(n_jobs=n_jobs, return_as="generator", pre_dispatch="2*n_jobs")
    for verdicts in run(delayed(_classify_in_worker)(b, model, pol) for b in batches):
        yield from verdicts


def _batches(comments: Iterable[Comment | str], batch_size: int) -> Iterator[list[Comment]]:
    it = iter(comments)
    n = 0
    while True:
        chunk = list(itertools.islice(it, batch_size))
        if not chunk:
            return
        yield [to_comment(x, f"classify_many item {n + j}") for j, x in enumerate(chunk)]
        n += len(chunk)


def _classify_in_worker(batch: list[Comment], model: Model | None, policy: Policy) -> list[Verdict]:
    return _classify_batch(batch, model or default_model(), policy)
