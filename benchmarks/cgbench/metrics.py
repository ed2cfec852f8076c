"""The one evaluation function every system and dataset goes through.

Spam vs not: "spam" is the predicted label ``spam`` (SpamAssassin: score ≥ 5.0;
WordPress: comment held). The costly error is real feedback called spam
(on spam/ham datasets, ham counts as feedback). Three-way figures (macro-F1,
per-class table, confusion matrix) are added when both the dataset and the
system use the three labels of LABELS.md.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np

LABELS3 = ("feedback", "generic", "spam")


def _r(x: float) -> float:
    return round(float(x), 4)


def evaluate(truth: Sequence[str], pred: Sequence[str], spam_score: Sequence[float] | None = None,
             *, three_way: bool = False) -> dict[str, Any]:
    """Metrics for one system on one dataset (pooled over its splits).

    ``truth``/``pred`` are label strings; ``spam_score`` is any score that grows with
    spamminess (a probability, a decision value, SpamAssassin's points) and is used
    only for the threshold-free figures (average precision, ROC AUC, curves).
    """
    from sklearn.metrics import (
        average_precision_score,
        confusion_matrix,
        matthews_corrcoef,
        precision_recall_fscore_support,
        roc_auc_score,
    )

    y = np.asarray(truth, dtype=object)
    p = np.asarray(pred, dtype=object)
    ys, ps = y == "spam", p == "spam"
    tp, fp = int((ys & ps).sum()), int((~ys & ps).sum())
    fn, tn = int((ys & ~ps).sum()), int((~ys & ~ps).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    feedback = y == "feedback"
    out: dict[str, Any] = {
        "n": int(len(y)),
        "accuracy": _r((tp + tn) / max(len(y), 1)),
        "precision": _r(precision),
        "recall": _r(recall),
        "f1": _r(2 * precision * recall / (precision + recall) if precision + recall else 0.0),
        "mcc": _r(matthews_corrcoef(ys, ps)) if len(set(ys)) > 1 else None,
        "spam_confusion": {"rows": "truth not-spam, spam", "cols": "predicted not-spam, spam",
                           "matrix": [[tn, fp], [fn, tp]]},
        "feedback_called_spam": _r((feedback & ps).sum() / feedback.sum()) if feedback.any() else None,
        "n_feedback": int(feedback.sum()),
    }
    if spam_score is not None and len(set(ys)) > 1:
        s = np.asarray(spam_score, dtype=float)
        out["average_precision"] = _r(average_precision_score(ys, s))
        out["roc_auc"] = _r(roc_auc_score(ys, s))
    if three_way and set(p) <= set(LABELS3) and set(y) <= set(LABELS3):
        pr, rc, f1, sup = precision_recall_fscore_support(y, p, labels=list(LABELS3), zero_division=0)
        out["macro_f1"] = _r(np.mean(f1))
        out["three_way_accuracy"] = _r((y == p).mean())
        out["per_label"] = {lab: {"precision": _r(pr[i]), "recall": _r(rc[i]), "f1": _r(f1[i]),
                                  "support": int(sup[i])} for i, lab in enumerate(LABELS3)}
        out["confusion"] = {"labels": list(LABELS3),
                            "matrix": confusion_matrix(y, p, labels=list(LABELS3)).tolist()}
    return out


def pr_curve(truth: Sequence[str], spam_score: Sequence[float], max_points: int = 150
             ) -> dict[str, list[float]] | None:
    """Precision–recall points (thinned to ``max_points``) for the plots."""
    from sklearn.metrics import precision_recall_curve

    ys = np.asarray(truth, dtype=object) == "spam"
    if len(set(ys)) < 2:
        return None
    precision, recall, _ = precision_recall_curve(ys, np.asarray(spam_score, dtype=float))
    keep = np.unique(np.linspace(0, len(recall) - 1, min(max_points, len(recall))).astype(int))
    return {"precision": [round(float(v), 4) for v in precision[keep]],
            "recall": [round(float(v), 4) for v in recall[keep]]}
