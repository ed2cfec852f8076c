"""Step 3 of 4: the model — one weight per (token, label), stored as plain arrays.

A model file is an ``.npz`` archive read with ``allow_pickle=False`` (loading it
never executes code) holding:

``weights``  float32 (n_tokens, 3) — one column per label, in :data:`LABELS` order
``bias``     float32 (3,)
``vocab``    uint8 — the tokens, UTF-8, joined by newlines (row i ↔ token i)
``meta``     uint8 — UTF-8 JSON: format, model version, labels, training settings

Beside it, a JSON model card (same name, ``.json``) records the file's
SHA-256, checked on load, plus the training data summary and metrics.

The shipped model is found inside the installed package (``commentguard/models``)
or, in a source checkout, in the repository's ``models/`` folder. It is loaded
on first use, never at import time, and cached once per process.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import math
import threading
import zipfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from ._errors import ModelError
from ._features import Features, featurise, post_words
from ._types import LABELS, Comment

__all__ = ["Model", "FORMAT", "MODEL_NAME", "default_model", "load_model", "preload", "unload"]

FORMAT = "commentguard-linear/1"
MODEL_NAME = "commentguard-model"
_ALWAYS = "<always>"  # token 0: present in every comment, so no row is empty


@dataclass(frozen=True, eq=False)
class Model:  # not slotted: ``tokens`` is a cached property
    """A trained linear model over tokens (see :mod:`._features`)."""

    vocab: dict[str, int]
    weights: np.ndarray  # (n_tokens, 3) float32
    bias: np.ndarray  # (3,) float32
    meta: dict[str, Any] = field(default_factory=dict)

    @functools.cached_property
    def tokens(self) -> list[str]:
        """Index → token (the inverse of ``vocab``)."""
        tokens = [""] * len(self.vocab)
        for t, i in self.vocab.items():
            tokens[i] = t
        return tokens

    @property
    def version(self) -> str:
        return str(self.meta.get("version", "unversioned"))

    # -- features → sparse rows ------------------------------------------------
    def encode(self, features: Features) -> tuple[list[int], list[float]]:
        """Token indices and values for one comment (unknown tokens dropped).

        Words share a total weight of 1 (each ``1/sqrt(n)``); each signal is 1.
        """
        get = self.vocab.get
        word_ids = set(map(get, features.words))
        word_ids.discard(None)
        signal_ids = set(map(get, [s.token for s in features.signals]))
        signal_ids.discard(None)
        word_ids -= signal_ids
        v = 1.0 / math.sqrt(len(features.words) or 1)
        ids = [0, *word_ids, *signal_ids]
        vals = [1.0, *([v] * len(word_ids)), *([1.0] * len(signal_ids))]
        return ids, vals  # type: ignore[return-value]

    def scores(self, rows: Sequence[tuple[list[int], list[float]]]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Probabilities (n, 3) for encoded rows, plus the flat ids, values and row starts."""
        logits, ids, vals, starts = self._logits(rows)
        return softmax(logits / self.temperature), ids, vals, starts

    def _logits(self, rows: Sequence[tuple[list[int], list[float]]]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        flat_ids: list[int] = []
        flat_vals: list[float] = []
        lengths = []
        for row_ids, row_vals in rows:
            flat_ids += row_ids
            flat_vals += row_vals
            lengths.append(len(row_ids))
        starts = np.zeros(len(rows), dtype=np.int64)
        if len(rows) > 1:
            np.cumsum(lengths[:-1], out=starts[1:])
        ids = np.array(flat_ids, dtype=np.int64)
        vals = np.array(flat_vals, dtype=np.float32)
        logits = np.add.reduceat(self.weights[ids] * vals[:, None], starts, axis=0) + self.bias
        return logits.astype(np.float64), ids, vals, starts

    @property
    def temperature(self) -> float:
        """Logits are divided by this before the softmax (calibration; 1 = none)."""
        return float(self.meta.get("temperature", 1.0))

    def logits(self, comments: Iterable[Comment]) -> np.ndarray:
        """Raw (uncalibrated) logits, (n, 3)."""
        rows = [self.encode(f) for f in featurise_all(comments)]
        if not rows:
            return np.zeros((0, len(LABELS)))
        return self._logits(rows)[0]

    def predict_proba(self, comments: Iterable[Comment]) -> np.ndarray:
        """Calibrated probabilities, (n, 3)."""
        rows = [self.encode(f) for f in featurise_all(comments)]
        if not rows:
            return np.zeros((0, len(LABELS)))
        return self.scores(rows)[0]

    # -- files ------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        """The ``.npz`` bytes; identical for identical models (fixed zip timestamps)."""
        tokens = self.tokens
        arrays: dict[str, np.ndarray] = {
            "weights": np.ascontiguousarray(self.weights, dtype=np.float32),
            "bias": np.ascontiguousarray(self.bias, dtype=np.float32),
            "vocab": np.frombuffer("\n".join(tokens).encode("utf-8"), dtype=np.uint8),
            "meta": np.frombuffer(json.dumps(self.meta, sort_keys=True).encode("utf-8"), dtype=np.uint8),
        }
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, arr in arrays.items():
                info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                out = io.BytesIO()
                np.lib.format.write_array(out, arr, allow_pickle=False)
                zf.writestr(info, out.getvalue())
        return buf.getvalue()

    def save(self, path: str | Path, card: dict[str, Any] | None = None) -> Path:
        """Write ``path`` (.npz) and its model card (.json) beside it."""
        path = Path(path)
        if path.suffix != ".npz":
            path = path.with_suffix(".npz")
        data = self.to_bytes()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        card = dict(card or {})
        card.update({
            "name": path.stem,
            "format": FORMAT,
            "version": self.version,
            "sha256": hashlib.sha256(data).hexdigest(),
            "size_bytes": len(data),
            "n_tokens": len(self.vocab),
        })
        path.with_suffix(".json").write_text(json.dumps(card, indent=2, sort_keys=True) + "\n",
                                             encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: str | Path, *, verify: bool = True) -> "Model":
        """Read a model file. With ``verify``, its SHA-256 must match the card beside it."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as e:
            raise ModelError(f"cannot read model file {path}: {e}") from None
        if verify:
            card_path = path.with_suffix(".json")
            try:
                card = json.loads(card_path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as e:
                raise ModelError(f"cannot read model card {card_path}: {e}") from None
            digest = hashlib.sha256(data).hexdigest()
            if card.get("sha256") != digest:
                raise ModelError(f"{path} does not match the checksum in {card_path.name} "
                                 "(file damaged or replaced)")
        return cls.from_bytes(data, source=str(path))

    @classmethod
    def from_bytes(cls, data: bytes, source: str = "<bytes>") -> "Model":
        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as npz:
                weights = np.asarray(npz["weights"], dtype=np.float32)
                bias = np.asarray(npz["bias"], dtype=np.float32)
                vocab_blob = npz["vocab"].tobytes().decode("utf-8")
                meta = json.loads(npz["meta"].tobytes().decode("utf-8"))
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, UnicodeDecodeError) as e:
            raise ModelError(f"{source} is not a commentguard model: {e}") from None
        if meta.get("format") != FORMAT:
            raise ModelError(f"{source} has format {meta.get('format')!r}; this commentguard "
                             f"reads {FORMAT!r}")
        tokens = vocab_blob.split("\n") if vocab_blob else []
        if weights.shape != (len(tokens), len(LABELS)) or bias.shape != (len(LABELS),):
            raise ModelError(f"{source}: array shapes do not match its vocabulary")
        if meta.get("labels") != [lab.value for lab in LABELS]:
            raise ModelError(f"{source}: labels {meta.get('labels')} are not {[lab.value for lab in LABELS]}")
        return cls(vocab={t: i for i, t in enumerate(tokens)}, weights=weights, bias=bias, meta=meta)


def softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=1, keepdims=True)
    p = np.exp(z)
    p /= p.sum(axis=1, keepdims=True)
    return p


def featurise_all(comments: Iterable[Comment]) -> list[Features]:
    """Featurise comments, reading each distinct post's words once."""
    cache: dict[tuple[str | None, str | None], frozenset[str] | None] = {}
    out = []
    for c in comments:
        if c.post_title or c.post_text:
            key = (c.post_title, c.post_text)
            pw = cache.get(key)
            if pw is None:
                if len(cache) > 256:
                    cache.clear()
                pw = cache[key] = post_words(c.post_title, c.post_text)
            out.append(featurise(c, pw))
        else:
            out.append(featurise(c))
    return out


# -- the shipped model ------------------------------------------------------------
_lock = threading.Lock()
_cached: Model | None = None


def _shipped_path() -> Path:
    packaged = resources.files("commentguard") / "models" / f"{MODEL_NAME}.npz"
    if packaged.is_file():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "models" / f"{MODEL_NAME}.npz"
    if checkout.is_file():
        return checkout
    raise ModelError(
        f"the shipped model {MODEL_NAME}.npz was not found in the package or in models/; "
        "reinstall commentguard or run `commentguard train` to build it"
    )


def default_model() -> Model:
    """The shipped model, loaded on first call and cached for the process."""
    global _cached
    if _cached is None:
        with _lock:
            if _cached is None:
                _cached = Model.load(_shipped_path())
    return _cached


def load_model(path: str | Path | None = None) -> Model:
    """Load a model file (the shipped one when ``path`` is None)."""
    return default_model() if path is None else Model.load(path)


def preload() -> None:
    """Load the shipped model now (e.g. at server start) instead of on first use."""
    default_model()


def unload() -> None:
    """Drop the cached shipped model (it is reloaded on next use)."""
    global _cached
    with _lock:
        _cached = None
