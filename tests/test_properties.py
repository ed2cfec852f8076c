"""Property tests: any text, any metadata, always a valid verdict."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from commentguard import Comment, Label, classify, classify_many

optional_text = st.none() | st.text(max_size=80)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_string_gives_a_valid_verdict(text: str) -> None:
    v = classify(text)
    assert isinstance(v.label, Label)
    assert math.isclose(sum(v.scores.values()), 1.0, abs_tol=1e-5)
    assert all(0.0 <= p <= 1.0 for p in v.scores.values())
    assert v.label.value == max(v.scores, key=v.scores.get) or not text.strip()
    assert v.reasons


@settings(max_examples=150, deadline=None)
@given(st.builds(Comment, text=st.text(max_size=200), author=optional_text, author_url=optional_text,
                 author_email=optional_text, post_title=optional_text, post_text=optional_text,
                 parent_id=optional_text))
def test_any_comment_gives_a_valid_verdict(comment: Comment) -> None:
    v = classify(comment)
    assert math.isclose(sum(v.scores.values()), 1.0, abs_tol=1e-5)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.text(max_size=100), max_size=30), st.integers(min_value=1, max_value=7))
def test_batching_never_changes_verdicts(texts: list[str], batch_size: int) -> None:
    batched = [v.label for v in classify_many(texts, batch_size=batch_size)]
    assert batched == [classify(t).label for t in texts]
