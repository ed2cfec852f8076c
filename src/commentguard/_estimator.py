"""A scikit-learn estimator around the model, for retraining on your own comments.

    from commentguard import CommentGuardClassifier
    clf = CommentGuardClassifier(C=4.0).fit(texts_or_comments, labels)
    clf.predict(["Great post!"])          # array(['generic'], dtype=object)
    clf.save("my-model.npz")              # then classify(..., model=load_model("my-model.npz"))

It follows the scikit-learn estimator API (``fit``/``predict``/``predict_proba``/
``classes_``, parameters in ``__init__``), so it drops into pipelines, grid
searches and ``cross_val_score``. scikit-learn is imported only here, only
when you train; classifying never needs it.
"""

from __future__ import annotations

import collections
from typing import Any, Iterable, Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin

from ._classify import to_comment
from ._features import AUTHOR_TOKEN_PREFIX, Features
from ._model import _ALWAYS, FORMAT, Model, featurise_all
from ._types import LABELS, Comment

__all__ = ["CommentGuardClassifier", "as_comments"]

_LABEL_VALUES = [lab.value for lab in LABELS]


def as_comments(X: Iterable[Comment | str]) -> list[Comment]:
    """Accept comments or plain strings (anything else: InvalidCommentError)."""
    return [to_comment(x, f"X[{i}]") for i, x in enumerate(X)]


class CommentGuardClassifier(ClassifierMixin, BaseEstimator):
    """Multinomial logistic regression over commentguard's tokens and signals
    (fitted by :func:`commentguard._solver.fit_multinomial`).

    Parameters
    ----------
    C : inverse regularisation strength of the logistic regression.
    min_df : a word token must occur in at least this many training comments.
    max_tokens : keep at most this many tokens (most frequent first).
    class_weight : None, "balanced" or {label: weight}, as in scikit-learn.
    max_iter : solver iterations (L-BFGS).
    author_spam_only : tokens about the author (website, name, e-mail; see
        :data:`~commentguard._features.AUTHOR_TOKEN_PREFIX`) may only tell spam from
        not-spam: their feedback and generic weights are kept equal, so who left a
        comment never decides whether it is feedback or generic praise.
    version : the model version string recorded in the model and in verdicts.
    """

    def __init__(self, C: float = 4.0, min_df: int = 2, max_tokens: int = 150_000,
                 class_weight: str | dict | None = "balanced", max_iter: int = 3000,
                 author_spam_only: bool = True, version: str = "custom"):
        self.C = C
        self.min_df = min_df
        self.max_tokens = max_tokens
        self.class_weight = class_weight
        self.max_iter = max_iter
        self.author_spam_only = author_spam_only
        self.version = version

    # -- training ------------------------------------------------------------------
    def fit(self, X: Iterable[Comment | str], y: Sequence[str],
            sample_weight: Sequence[float] | None = None) -> "CommentGuardClassifier":
        from scipy import sparse
        from threadpoolctl import threadpool_limits

        from ._solver import fit_multinomial

        comments = as_comments(X)
        y_arr = np.asarray([str(v.value if hasattr(v, "value") else v) for v in y], dtype=object)
        if len(comments) != len(y_arr):
            raise ValueError(f"X has {len(comments)} comments but y has {len(y_arr)} labels")
        bad = sorted(set(y_arr) - set(_LABEL_VALUES))
        if bad:
            raise ValueError(f"unknown labels {bad}; use {_LABEL_VALUES}")
        present = [lab for lab in _LABEL_VALUES if lab in set(y_arr)]
        if len(present) < 2:
            raise ValueError(f"need comments of at least two labels to train; got only {present}")
        feats = featurise_all(comments)
        vocab = self._build_vocab(feats)
        model = Model(vocab=vocab, weights=np.zeros((len(vocab), 3), np.float32),
                      bias=np.zeros(3, np.float32))
        # Ids are sorted within each row: the solver then sums in the same order in
        # every process, so the model bytes repeat.
        rows = model.encode(feats)
        indptr = np.append(rows.starts, len(rows.ids))
        matrix = sparse.csr_matrix((rows.values, rows.ids, indptr), shape=(len(feats), len(vocab)))

        y_idx = np.asarray([present.index(lab) for lab in y_arr])
        weights_in = np.ones(len(y_arr)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
        if len(weights_in) != len(y_arr):
            raise ValueError(f"sample_weight has {len(weights_in)} values for {len(y_arr)} comments")
        weights_in = weights_in * self._class_weights(y_idx, present)[y_idx]
        tied = None
        if self.author_spam_only and "feedback" in present and "generic" in present:
            tied = np.fromiter((t.startswith(AUTHOR_TOKEN_PREFIX) for t in vocab), dtype=bool, count=len(vocab))
        # One BLAS thread: the same inputs then give the same floating-point sums,
        # so the same model bytes, on any machine load.
        with threadpool_limits(limits=1):
            coef, intercept = fit_multinomial(
                matrix, y_idx, weights_in, self.C, n_classes=len(present), tied=tied,
                tie=(present.index("feedback"), present.index("generic")) if tied is not None else (0, 1),
                max_iter=self.max_iter)
        weights = np.zeros((len(vocab), 3), dtype=np.float64)
        bias = np.full(3, -30.0)  # a label absent from y is never predicted
        for k, label in enumerate(present):
            j = _LABEL_VALUES.index(label)
            weights[:, j] = coef[:, k]
            bias[j] = intercept[k]
        weights[0] = 0.0  # the <always> token carries no weight; the bias does that job
        # Rounding makes the saved model byte-identical across BLAS builds and runs.
        self.model_ = Model(
            vocab=vocab,
            weights=np.round(weights, 5).astype(np.float32),
            bias=np.round(bias, 5).astype(np.float32),
            meta={"format": FORMAT, "version": self.version, "labels": _LABEL_VALUES,
                  "params": self.get_params(), "n_train": len(comments),
                  "train_labels": dict(sorted(collections.Counter(y_arr.tolist()).items()))},
        )
        self.classes_ = np.asarray(_LABEL_VALUES, dtype=object)
        self.n_features_in_ = 1
        return self

    def _class_weights(self, y_idx: np.ndarray, present: list[str]) -> np.ndarray:
        """One weight per present label, as scikit-learn's ``class_weight`` means it."""
        if self.class_weight is None:
            return np.ones(len(present))
        if self.class_weight == "balanced":
            counts = np.bincount(y_idx, minlength=len(present))
            return len(y_idx) / (len(present) * counts)
        if isinstance(self.class_weight, dict):
            return np.asarray([float(self.class_weight.get(lab, 1.0)) for lab in present])
        raise ValueError(f"class_weight must be None, 'balanced' or a dict; got {self.class_weight!r}")

    def _build_vocab(self, feats: list[Features]) -> dict[str, int]:
        df: collections.Counter[str] = collections.Counter()
        signal_tokens: set[str] = set()
        for f in feats:
            df.update(set(f.grams))
            signal_tokens.update(s.token for s in f.signals)
        keep = [t for t, n in df.items() if n >= self.min_df]
        keep.sort(key=lambda t: (-df[t], t))
        tokens = [_ALWAYS] + sorted(signal_tokens) + [t for t in keep[: self.max_tokens]
                                                      if t not in signal_tokens]
        return {t: i for i, t in enumerate(tokens)}

    # -- prediction -------------------------------------------------------------------
    def _check(self) -> Model:
        model = getattr(self, "model_", None)
        if model is None:
            from sklearn.exceptions import NotFittedError

            raise NotFittedError("CommentGuardClassifier is not fitted yet; call fit() first")
        return model

    def predict_proba(self, X: Iterable[Comment | str]) -> np.ndarray:
        return self._check().predict_proba(as_comments(X))

    def predict(self, X: Iterable[Comment | str]) -> np.ndarray:
        proba = self.predict_proba(X)
        return self.classes_[proba.argmax(axis=1)] if len(proba) else np.asarray([], dtype=object)

    # -- files --------------------------------------------------------------------------
    def save(self, path: Any, card: dict[str, Any] | None = None) -> Any:
        """Write the fitted model (``.npz`` + model card ``.json``); returns the path."""
        return self._check().save(path, card)

    @classmethod
    def from_model(cls, model: Model) -> "CommentGuardClassifier":
        """Wrap an existing model (e.g. the shipped one) as a fitted estimator."""
        est = cls(version=model.version)
        est.model_ = model
        est.classes_ = np.asarray(_LABEL_VALUES, dtype=object)
        est.n_features_in_ = 1
        return est
