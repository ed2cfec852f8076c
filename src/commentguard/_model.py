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
import itertools
import json
import math
import threading
import zipfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, NamedTuple, Sequence

import numpy as np

from ._errors import ModelError
from ._features import STEM_MIN, Features, featurise, post_words, stem_token
from ._types import LABELS, Comment

__all__ = ["Model", "Encoded", "FORMAT", "MODEL_NAME", "default_model", "load_model", "preload", "unload"]

FORMAT = "commentguard-linear/1"
MODEL_NAME = "commentguard-model"
_ALWAYS = "<always>"  # token 0: present in every comment, so no row is empty
_SMALL_BATCH = 16  # below this many comments, plain Python encodes faster than numpy


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

    @functools.cached_property
    def _mean_weights(self) -> np.ndarray:
        """Each token's weight averaged over the labels, (n_tokens,) float32 (for reasons)."""
        return self.weights.mean(axis=1)

    # -- features → sparse rows ------------------------------------------------
    @functools.cached_property
    def _word_index(self) -> "_WordIndex":
        return _WordIndex.build(self.vocab, self.tokens)

    def encode(self, feats: Sequence[Features]) -> Encoded:
        """Sparse rows for a batch of comments (tokens the model does not know are dropped).

        Row ``r`` holds the ``<always>`` token (value 1), the comment's signals (1
        each) and its word tokens (:attr:`Features.grams`: unigrams, bigrams, word
        stems, extra and author tokens), each ``1/sqrt(n)`` where ``n`` counts the
        unigrams, bigrams and extra tokens, known or not (author tokens are not
        counted: who wrote a comment does not change how its words weigh). A token
        present twice counts once; one that is both a word and a signal counts as a
        signal. Ids are sorted within each row.

        A few comments are encoded one by one in plain Python; larger batches look
        up their unigrams, bigrams and stems all at once with numpy, which is what
        makes ``classify_many`` fast. Both give the same rows.
        """
        if len(feats) < _SMALL_BATCH:
            return self._encode_one_by_one(feats)
        return self._encode_batch(feats)

    def _encode_one_by_one(self, feats: Sequence[Features]) -> Encoded:
        """The definition in :meth:`encode`, written out comment by comment."""
        get = self.vocab.get
        ids: list[int] = []
        values: list[float] = []
        starts: list[int] = []
        for f in feats:
            k = len(f.words)
            word_value = 1.0 / math.sqrt(max((2 * k - 1 if k else 0) + len(f.extra), 1))
            row = {i: word_value for i in map(get, f.grams) if i is not None}
            row.update((i, 1.0) for i in map(get, [s.token for s in f.signals]) if i is not None)
            row[0] = 1.0  # <always>
            starts.append(len(ids))
            for i in sorted(row):
                ids.append(i)
                values.append(row[i])
        return Encoded(np.array(ids, dtype=np.int64), np.array(values, dtype=np.float64),
                       np.array(starts, dtype=np.int64))

    def _encode_batch(self, feats: Sequence[Features]) -> Encoded:
        """The same rows as :meth:`_encode_one_by_one`, with the words of the whole
        batch looked up at once as integers (see :class:`_WordIndex`)."""
        n = len(feats)
        index = self._word_index
        get = self.vocab.get
        row_ids = np.arange(n, dtype=np.int64)
        n_words = np.fromiter(map(len, (f.words for f in feats)), dtype=np.int64, count=n)
        n_extra = np.fromiter(map(len, (f.extra for f in feats)), dtype=np.int64, count=n)
        n_author = np.fromiter(map(len, (f.author_tokens for f in feats)), dtype=np.int64, count=n)
        n_signals = np.fromiter(map(len, (f.signals for f in feats)), dtype=np.int64, count=n)
        n_grams = np.where(n_words > 0, 2 * n_words - 1, 0) + n_extra  # unigrams + bigrams + extra
        word_value = 1.0 / np.sqrt(np.maximum(n_grams, 1))
        # Each (row, token) becomes one integer key, (row * n_tokens + id) * 2 + is_word,
        # so that one sort orders rows, orders ids within rows and puts a signal
        # before a word that is the same token.
        width = len(self.vocab)
        signal_keys = [row_ids * width]  # <always>: token 0, a signal
        word_keys: list[np.ndarray] = []
        # signals, extra and author tokens: few per comment, looked up one by one
        for tokens, counts, into in (
            ([s.token for f in feats for s in f.signals], n_signals, signal_keys),
            ([t for f in feats for t in (*f.extra, *f.author_tokens)], n_extra + n_author, word_keys),
        ):
            found = np.fromiter(map(get, tokens, itertools.repeat(-1)), dtype=np.int64, count=len(tokens))
            hit = found >= 0
            into.append(np.repeat(row_ids, counts)[hit] * width + found[hit])
        # the words of the whole batch, as indices into the word table
        flat = list(itertools.chain.from_iterable(f.words for f in feats))
        if flat:
            wids = np.fromiter(map(index.ids.get, flat, itertools.repeat(index.unknown)),
                               dtype=np.int64, count=len(flat))
            base = np.repeat(row_ids, n_words) * width
            word_keys.append(base[wids < index.n_tokens] + wids[wids < index.n_tokens])  # unigrams
            stems = index.stem[wids]
            word_keys.append(base[stems >= 0] + stems[stems >= 0])
            # stems of words outside the word table (rare words), one by one
            unknown = np.flatnonzero(wids == index.unknown).tolist()
            rare = [(i, get(stem_token(flat[i]))) for i in unknown if len(flat[i]) > STEM_MIN]
            rare = [(i, fid) for i, fid in rare if fid is not None]
            if rare:
                at, stem_ids = zip(*rare)
                word_keys.append(base[list(at)] + np.array(stem_ids, dtype=np.int64))
            if len(flat) > 1 and len(index.bigram_keys):
                pairs = wids[:-1] * index.width + wids[1:]
                pos = np.searchsorted(index.bigram_keys, pairs)
                pos[pos == len(index.bigram_keys)] = 0
                hit = (index.bigram_keys[pos] == pairs) & (base[:-1] == base[1:])
                word_keys.append(base[:-1][hit] + index.bigram_ids[pos[hit]])
        keys = np.sort(np.concatenate([np.concatenate(signal_keys) * 2,
                                       np.concatenate(word_keys or [row_ids[:0]]) * 2 + 1]))
        first = np.ones(len(keys), dtype=bool)
        first[1:] = (keys[1:] >> 1) != (keys[:-1] >> 1)
        keys = keys[first]
        row_of, ids = np.divmod(keys >> 1, width)
        values = np.where(keys & 1, word_value[row_of], 1.0)
        starts = np.searchsorted(row_of, row_ids)
        return Encoded(ids, values, starts)

    def scores(self, rows: Encoded) -> np.ndarray:
        """Calibrated probabilities (n, 3) for encoded rows."""
        return softmax(self._logits(rows) / self.temperature)

    def _logits(self, rows: Encoded) -> np.ndarray:
        if not len(rows.starts):
            return np.zeros((0, len(LABELS)))
        logits = np.add.reduceat(self.weights[rows.ids] * rows.values[:, None], rows.starts, axis=0)
        return (logits + self.bias).astype(np.float64)

    @property
    def temperature(self) -> float:
        """Logits are divided by this before the softmax (calibration; 1 = none)."""
        return float(self.meta.get("temperature", 1.0))

    def logits(self, comments: Iterable[Comment]) -> np.ndarray:
        """Raw (uncalibrated) logits, (n, 3)."""
        return self._logits(self.encode(featurise_all(comments)))

    def predict_proba(self, comments: Iterable[Comment]) -> np.ndarray:
        """Calibrated probabilities, (n, 3)."""
        return softmax(self.logits(comments) / self.temperature)

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


class Encoded(NamedTuple):
    """A batch of comments as sparse rows: row ``r`` is ``ids[starts[r]:starts[r+1]]``."""

    ids: np.ndarray  # int64 token ids, sorted within each row
    values: np.ndarray  # float64
    starts: np.ndarray  # int64, one per row; every row holds at least <always>


class _WordIndex(NamedTuple):
    """The model's word tokens as integer tables, for batch lookups.

    A word's index is its token id when it is a token itself; words that occur
    only inside bigram tokens are numbered after the vocabulary. A bigram ``a b``
    is the integer ``index(a) * width + index(b)``.
    """

    ids: dict[str, int]  # word → index
    n_tokens: int  # indices below this are unigram token ids
    unknown: int  # the index of every other word
    width: int
    stem: np.ndarray  # index → token id of the word's stem ("subsc~"), or -1
    bigram_keys: np.ndarray  # sorted int64 keys
    bigram_ids: np.ndarray  # token id of each key

    @classmethod
    def build(cls, vocab: dict[str, int], tokens: list[str]) -> "_WordIndex":
        # (bulk operations throughout: this runs once per model, at its first use)
        bigrams = [t for t in tokens if " " in t]
        halves = " ".join(bigrams).split(" ")  # a1 b1 a2 b2 ...
        ids = dict(vocab)
        missing = sorted(set(halves).difference(vocab))
        ids.update(zip(missing, range(len(ids), len(ids) + len(missing))))
        unknown = len(ids)
        width = unknown + 1
        halves_ids = np.fromiter(map(ids.__getitem__, halves), dtype=np.int64, count=len(halves))
        keys = halves_ids[0::2] * width + halves_ids[1::2]
        bigram_ids = np.fromiter(map(vocab.__getitem__, bigrams), dtype=np.int64, count=len(bigrams))
        order = np.argsort(keys)
        long_words = [w for w in ids if len(w) > STEM_MIN]
        stem = np.full(width, -1, dtype=np.int64)
        stem[[ids[w] for w in long_words]] = [vocab.get(stem_token(w), -1) for w in long_words]
        return cls(ids, len(vocab), unknown, width, stem, keys[order], bigram_ids[order])


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
