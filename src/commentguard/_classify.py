"""Step 4 of 4: scores → verdict, with the reasons a moderator reads.

``classify`` and ``classify_many`` share one code path (a batch of one is a
batch), so they always agree. Reasons are the comment's own signals and words
that pushed hardest towards the chosen label, strongest first.
"""

from __future__ import annotations

import itertools
from typing import Iterable, Iterator

import numpy as np

from ._errors import InvalidCommentError
from ._features import Features
from ._model import Model, default_model, featurise_all
from ._types import DEFAULT_POLICY, LABELS, Comment, Label, Policy, Verdict

__all__ = ["classify", "classify_many", "BATCH_SIZE"]

BATCH_SIZE = 512
_MIN_CONTRIBUTION = 0.08  # a token must move the logit this much to be named as a reason
_MAX_REASONS = 4
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


def _to_comment(x: object, where: str) -> Comment:
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


def _reasons(model: Model, feats: Features, label: Label, ids: np.ndarray, vals: np.ndarray,
             tokens: list[str]) -> tuple[str, ...]:
    j = LABELS.index(label)
    w = model.weights[ids]
    contribution = (w[:, j] - w.mean(axis=1)) * vals
    order = np.argsort(-contribution, kind="stable")
    by_token = {s.token: s.reason for s in feats.signals}
    reasons: list[str] = []
    words: list[str] = []
    for k in order[:12]:
        if contribution[k] < _MIN_CONTRIBUTION:
            break
        token = tokens[ids[k]]
        if token in by_token:
            if len(reasons) < _MAX_REASONS - 1:
                reasons.append(by_token[token])
        elif len(words) < 3 and not token.startswith(("domain:", "author-domain:", "<")):
            words.append(token.replace("xxurlxx", "<link>").replace("xxemailxx", "<e-mail>")
                         .replace("xxphonexx", "<phone>").replace("xxmoneyxx", "<money>"))
    if words:
        reasons.append(f"{_WORDS_REASON[label]}: " + ", ".join(f"'{t}'" for t in words))
    if feats.normalised.truncated and "very long comment (only the start was read)" not in reasons:
        reasons.append("very long comment (only the start was read)")
    return tuple(reasons) or (_FALLBACK[label],)


class _TokenList:
    """Index → token, built once per model."""

    _cache: dict[int, list[str]] = {}

    @classmethod
    def of(cls, model: Model) -> list[str]:
        key = id(model)
        tokens = cls._cache.get(key)
        if tokens is None or len(tokens) != len(model.vocab):
            tokens = [""] * len(model.vocab)
            for t, i in model.vocab.items():
                tokens[i] = t
            cls._cache = {key: tokens}
        return tokens


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
        rows = [model.encode(f) for f in feats]
        proba, ids, vals, starts = model.scores(rows)
        ends = np.append(starts[1:], len(ids))
        tokens = _TokenList.of(model)
        best = proba.argmax(axis=1)
        version = model.version
        for k, i in enumerate(todo):
            p = proba[k]
            label = LABELS[int(best[k])]
            scores = {"feedback": float(p[0]), "generic": float(p[1]), "spam": float(p[2])}
            s, e = int(starts[k]), int(ends[k])
            reasons = _reasons(model, feats[k], label, ids[s:e], vals[s:e], tokens)
            verdicts[i] = Verdict(label, scores, policy.action_for(label, scores["spam"]),
                                  reasons, version)
    return verdicts  # type: ignore[return-value]


def classify(comment: Comment | str, *, policy: Policy | None = None,
             model: Model | None = None) -> Verdict:
    """Classify one comment (a ``str`` or a :class:`Comment`).

    >>> import commentguard
    >>> v = commentguard.classify("Great post! I'll bookmark your blog and check back often.")
    >>> v.label
    <Label.GENERIC: 'generic'>
    """
    c = _to_comment(comment, "classify")
    return _classify_batch([c], model or default_model(), policy or DEFAULT_POLICY)[0]


def classify_many(comments: Iterable[Comment | str], *, policy: Policy | None = None,
                  model: Model | None = None, batch_size: int = BATCH_SIZE) -> Iterator[Verdict]:
    """Classify many comments, lazily and in order; same verdicts as :func:`classify`.

    Accepts any iterable (a generator is read in batches of ``batch_size``, so
    memory stays flat). Yields one :class:`Verdict` per input.
    """
    if isinstance(comments, (str, Comment)):
        raise InvalidCommentError("classify_many expects an iterable of comments; "
                                  "use classify() for a single comment")
    m = model or default_model()
    pol = policy or DEFAULT_POLICY
    it = iter(comments)
    n = 0
    while True:
        chunk = list(itertools.islice(it, batch_size))
        if not chunk:
            return
        batch = [_to_comment(x, f"classify_many item {n + j}") for j, x in enumerate(chunk)]
        n += len(chunk)
        yield from _classify_batch(batch, m, pol)


