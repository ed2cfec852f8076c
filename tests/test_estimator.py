from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline

from commentguard import Comment, CommentGuardClassifier, InvalidCommentError


def test_sklearn_estimator_contract(tiny_training_set: tuple[list[str], list[str]]) -> None:
    texts, labels = tiny_training_set
    est = CommentGuardClassifier(C=2.0, min_df=1)
    assert clone(est).get_params()["C"] == 2.0
    est.fit(texts, labels)
    assert list(est.classes_) == ["feedback", "generic", "spam"]
    proba = est.predict_proba(texts)
    assert proba.shape == (len(texts), 3)
    assert np.allclose(proba.sum(axis=1), 1.0, atol=1e-5)
    assert est.score(texts, labels) > 0.9  # it learns its own training data


def test_works_in_pipelines_and_cross_validation(tiny_training_set: tuple[list[str], list[str]]) -> None:
    texts, labels = tiny_training_set
    scores = cross_val_score(make_pipeline(CommentGuardClassifier(min_df=1)), texts, labels, cv=2)
    assert len(scores) == 2


def test_comments_and_strings_both_work(tiny_training_set: tuple[list[str], list[str]]) -> None:
    texts, labels = tiny_training_set
    est = CommentGuardClassifier(min_df=1).fit([Comment(t) for t in texts], labels)
    assert est.predict(["Great post, thanks for sharing!"])[0] in est.classes_


def test_two_label_training_never_predicts_the_missing_label() -> None:
    est = CommentGuardClassifier(min_df=1).fit(["buy pills at x.biz", "nice tip about the oven"] * 3,
                                                ["spam", "feedback"] * 3)
    assert est.predict_proba(["anything at all"])[0][1] < 1e-6


def test_errors() -> None:
    with pytest.raises(NotFittedError):
        CommentGuardClassifier().predict(["x"])
    with pytest.raises(ValueError, match="unknown labels"):
        CommentGuardClassifier().fit(["a", "b"], ["spam", "ham"])
    with pytest.raises(InvalidCommentError):
        CommentGuardClassifier().fit([1, 2], ["spam", "generic"])
