"""Test helpers: a deterministic fake classifier that needs no model.

Use it to test code that calls commentguard without loading the model, the way
akismet ships test clients:

    from commentguard.testing import FakeClassifier
    from commentguard import clean

    fake = FakeClassifier()
    fake.classify("Buy cheap viagra at http://x.example").label      # Label.SPAM
    fake.classify("Great post!").label                              # Label.GENERIC
    fake.classify("Your second example fails on Python 3.12").label  # Label.FEEDBACK
    clean("export.xml", "cleaned.xml", classifier=fake)

Rules, in order: a spam word (``http``, ``www.``, ``casino``, ``viagra``, ``cheap``,
``buy now``, ``loan``, ``crypto``, ``seo``) in the text or author name → spam;
a short text (at most ``generic_max_words`` words) made of praise or greetings →
generic; anything else → feedback. ``FakeClassifier(always=Label.SPAM)`` labels
everything the same. ``calls`` counts the comments seen.

With pytest, ``pytest_plugins = ["commentguard.testing"]`` in a ``conftest.py``
provides the ``fake_classifier`` fixture.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ._types import DEFAULT_POLICY, Comment, Label, Policy, Verdict

__all__ = ["FAKE_MODEL_VERSION", "FakeClassifier", "fake_classifier"]

FAKE_MODEL_VERSION = "fake-1"

_SPAM = re.compile(r"http|www\.|casino|viagra|cheap|buy now|\bloans?\b|crypto|\bseo\b", re.IGNORECASE)
_PRAISE = re.compile(
    r"^(?:\W*(?:great|nice|good|awesome|cool|thanks?|thank|you|very|so|much|post|article|blog|"
    r"first|hi|hello|hey|keep|it|up|wow|love|this|informative|useful|helpful|lol|a|the|for|sharing)\W*)+$",
    re.IGNORECASE,
)


class FakeClassifier:
    """A deterministic stand-in for :func:`commentguard.classify_many`."""

    def __init__(
        self, *, policy: Policy | None = None, always: Label | None = None, generic_max_words: int = 6
    ):
        self.policy = policy or DEFAULT_POLICY
        self.always = always
        self.generic_max_words = generic_max_words
        self.calls = 0

    def _label(self, comment: Comment) -> tuple[Label, str]:
        if self.always is not None:
            return self.always, f"fake classifier always says {self.always}"
        signals = " ".join(filter(None, (comment.text, comment.author)))
        m = _SPAM.search(signals)
        if m:
            return Label.SPAM, f"contains {m.group().lower()!r}"
        words = comment.text.split()
        if len(words) <= self.generic_max_words and _PRAISE.match(comment.text.strip() or "x"):
            return Label.GENERIC, "short praise that fits any post"
        return Label.FEEDBACK, "engages with the post"

    def classify(self, comment: Comment | str, *, policy: Policy | None = None) -> Verdict:
        """A verdict for one comment (a plain string is a comment's text)."""
        if isinstance(comment, str):
            comment = Comment(text=comment)
        self.calls += 1
        label, reason = self._label(comment)
        scores = {lbl.value: 0.05 for lbl in Label}
        scores[label.value] = 0.9
        action = (policy or self.policy).action_for(label, scores[Label.SPAM.value])
        return Verdict(label, scores, action, (reason,), FAKE_MODEL_VERSION)

    def classify_many(
        self, comments: Iterable[Comment | str], *, policy: Policy | None = None
    ) -> Iterator[Verdict]:
        """Lazily classify ``comments``, in order (same contract as the real one)."""
        for comment in comments:
            yield self.classify(comment, policy=policy)

    def __call__(
        self, comments: Iterable[Comment | str], *, policy: Policy | None = None
    ) -> Iterator[Verdict]:
        return self.classify_many(comments, policy=policy)


try:  # the fixture is only defined where pytest is installed
    import pytest
except ImportError:  # pragma: no cover
    pass
else:

    @pytest.fixture
    def fake_classifier() -> FakeClassifier:
        """A fresh :class:`FakeClassifier`."""
        return FakeClassifier()
