"""Multinomial logistic regression, fitted with L-BFGS, where chosen tokens may only
tell spam from not-spam.

scikit-learn's :class:`~sklearn.linear_model.LogisticRegression` learns three free
weights per token. For tokens about the *author* (their website, name, e-mail)
that is wrong: whether a comment is feedback or generic praise depends on what it
says, not on who left it. With free weights the model learned, for example, that a
website makes a comment "not generic" (honest template praise seldom comes with a
website in the training data) and so called bot praise under a shop's address
*feedback*. Here such tokens get one weight shared by feedback and generic and one
for spam, so they can only move a comment towards or away from spam.

The objective is scikit-learn's: the sample-weighted cross-entropy plus
``||W||² / (2C)`` (the intercept is not penalised), divided by the total sample
weight. It is minimised with SciPy's L-BFGS-B on the weights projected onto the
tied subspace; from a zero start every iterate stays in it exactly.
"""

from __future__ import annotations

import numpy as np
from scipy import optimize, sparse

__all__ = ["fit_multinomial"]


def fit_multinomial(X: sparse.csr_matrix, y: np.ndarray, sample_weight: np.ndarray, C: float, *,
                    n_classes: int, tied: np.ndarray | None = None, tie: tuple[int, int] = (0, 1),
                    max_iter: int = 3000, tol: float = 1e-6) -> tuple[np.ndarray, np.ndarray]:
    """Weights ``(n_features, n_classes)`` and intercepts ``(n_classes,)`` for class
    indices ``y``. ``tied`` marks the features whose weights for the two classes in
    ``tie`` must be equal."""
    n, d = X.shape
    k = n_classes
    a, b = tie
    Y = np.zeros((n, k))
    Y[np.arange(n), y] = 1.0
    s = np.asarray(sample_weight, dtype=np.float64)
    total = s.sum()
    s = s / total
    penalty = 1.0 / (C * total)
    Xt = X.T.tocsr()
    tied_rows = np.flatnonzero(tied) if tied is not None else np.zeros(0, dtype=np.int64)

    def loss_and_grad(theta: np.ndarray) -> tuple[float, np.ndarray]:
        W = theta[: d * k].reshape(d, k)
        Z = X @ W + theta[d * k:]
        Z -= Z.max(axis=1, keepdims=True)
        log_norm = np.log(np.exp(Z).sum(axis=1, keepdims=True))
        log_p = Z - log_norm
        loss = -(s * (log_p * Y).sum(axis=1)).sum() + 0.5 * penalty * (W * W).sum()
        R = (np.exp(log_p) - Y) * s[:, None]
        gW = Xt @ R + penalty * W
        if len(tied_rows):
            mean = (gW[tied_rows, a] + gW[tied_rows, b]) / 2
            gW[tied_rows, a] = mean
            gW[tied_rows, b] = mean
        return float(loss), np.concatenate([gW.ravel(), R.sum(axis=0)])

    result = optimize.minimize(loss_and_grad, np.zeros(d * k + k), jac=True, method="L-BFGS-B",
                               options={"maxiter": max_iter, "gtol": tol, "ftol": 64 * np.finfo(float).eps})
    W = result.x[: d * k].reshape(d, k).copy()
    if len(tied_rows):
        W[tied_rows, b] = W[tied_rows, a]
    return W, result.x[d * k:].copy()
