"""The L-BFGS multinomial logistic regression behind CommentGuardClassifier."""

from __future__ import annotations

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from commentguard._solver import fit_multinomial


def _problem(seed: int = 0) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    X = rng.random((300, 12)) * (rng.random((300, 12)) < 0.4)
    y = (X[:, 0] + 2 * X[:, 1] - X[:, 2] + rng.normal(0, 0.3, 300)).round().clip(0, 2).astype(int)
    return sparse.csr_matrix(X), y, rng.uniform(0.5, 2.0, 300)


def test_without_ties_it_finds_the_same_optimum_as_scikit_learn() -> None:
    X, y, w = _problem()
    coef, intercept = fit_multinomial(X, y, w, C=2.0, n_classes=3)
    lr = LogisticRegression(C=2.0, tol=1e-10, max_iter=10_000).fit(X, y, sample_weight=w)
    np.testing.assert_allclose(coef, lr.coef_.T, atol=1e-3)
    np.testing.assert_allclose(intercept - intercept.mean(), lr.intercept_ - lr.intercept_.mean(), atol=1e-3)


def test_tied_features_get_one_weight_for_the_two_tied_classes() -> None:
    X, y, w = _problem(1)
    tied = np.zeros(X.shape[1], dtype=bool)
    tied[[1, 5]] = True
    coef, _ = fit_multinomial(X, y, w, C=2.0, n_classes=3, tied=tied, tie=(0, 1))
    assert np.array_equal(coef[tied, 0], coef[tied, 1])
    free, _ = fit_multinomial(X, y, w, C=2.0, n_classes=3)
    assert not np.allclose(free[tied, 0], free[tied, 1], atol=1e-2)  # the tie changed something
    np.testing.assert_allclose(coef[~tied].sum(axis=1), 0, atol=1e-6)  # still centred per feature
