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


def test_site_folds_hold_out_every_site_exactly_once() -> None:
    from commentguard._datasets import Example
    from commentguard._train import site_folds

    corpus = [Example(Comment(f"comment {i}"), "feedback", "corpus", f"site-{i % 7}") for i in range(40)]
    folds = site_folds(corpus, k=3)
    held = [e.group for _, test in folds for e in test]
    assert sorted(held) == sorted(e.group for e in corpus)  # every comment tested once
    for fit, test in folds:
        assert not {e.group for e in fit} & {e.group for e in test}
        assert len(fit) + len(test) == len(corpus)


def test_training_metrics_include_calibration() -> None:
    from commentguard._datasets import Example
    from commentguard._train import evaluate

    examples = [Example(Comment(t), lab, "corpus", "s") for t, lab in
                [("a", "feedback"), ("b", "generic"), ("c", "spam"), ("d", "spam")]]
    proba = np.array([[0.9, 0.05, 0.05], [0.1, 0.8, 0.1], [0.2, 0.2, 0.6], [0.6, 0.2, 0.2]])
    m = evaluate(lambda _: proba, examples)
    assert m["accuracy"] == 0.75
    assert m["log_loss"] == round(float(-np.log([0.9, 0.8, 0.6, 0.2]).mean()), 4)
    # bins: 0.9 right, 0.8 right, 0.6 right, 0.6 wrong -> |0.6 - 0.5| * 2/4 + |0.8-1| /4 + |0.9-1| /4
    assert m["calibration_error"] == round(0.1 * 0.5 + 0.2 * 0.25 + 0.1 * 0.25, 4)
