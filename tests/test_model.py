from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from commentguard import CommentGuardClassifier, ModelError, classify, load_model
from commentguard._model import Model, default_model


@pytest.fixture(scope="module")
def tiny_model(tiny_training_set: tuple[list[str], list[str]]) -> Model:
    texts, labels = tiny_training_set
    return CommentGuardClassifier(C=10.0, min_df=1, version="test").fit(texts, labels).model_


def test_save_load_round_trip_is_exact(tiny_model: Model, tmp_path: Path) -> None:
    path = tiny_model.save(tmp_path / "m.npz", {"note": "test"})
    again = Model.load(path)
    assert again.vocab == tiny_model.vocab
    assert np.array_equal(again.weights, tiny_model.weights)
    assert json.loads(path.with_suffix(".json").read_text())["note"] == "test"


def test_model_bytes_are_deterministic(tiny_training_set: tuple[list[str], list[str]]) -> None:
    texts, labels = tiny_training_set
    a = CommentGuardClassifier(min_df=1).fit(texts, labels).model_.to_bytes()
    b = CommentGuardClassifier(min_df=1).fit(texts, labels).model_.to_bytes()
    assert a == b


def test_model_file_is_not_a_pickle(tiny_model: Model) -> None:
    data = tiny_model.to_bytes()
    assert data[:2] == b"PK" and b"\x80\x04\x95" not in data  # a zip of .npy arrays


def test_tampered_model_is_refused(tiny_model: Model, tmp_path: Path) -> None:
    path = tiny_model.save(tmp_path / "m.npz")
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ModelError, match="checksum"):
        Model.load(path)


def test_object_arrays_are_refused(tmp_path: Path) -> None:
    bad = tmp_path / "evil.npz"
    np.savez(bad, weights=np.array([object()], dtype=object))
    with pytest.raises(ModelError):
        Model.load(bad, verify=False)


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="cannot read"):
        load_model(tmp_path / "nope.npz")


def test_a_custom_model_is_used_when_given(tiny_model: Model) -> None:
    assert classify("Great post, thanks for sharing!", model=tiny_model).model_version == "test"


def test_shipped_model_loads_lazily_once_and_has_a_card() -> None:
    m = default_model()
    assert m is default_model()
    card = json.loads(Path(str(_shipped())).with_suffix(".json").read_text())
    assert card["version"] == m.version and card["sha256"]
    assert Path(str(_shipped())).stat().st_size < 10_000_000


def _shipped() -> Path:
    from commentguard._model import _shipped_path

    return _shipped_path()


def test_model_bytes_repeat_across_processes(tiny_training_set: tuple[list[str], list[str]], tmp_path: Path) -> None:
    """String hashing differs per process; the trained model must not."""
    import os
    import subprocess
    import sys

    data = tmp_path / "data.json"
    data.write_text(json.dumps(tiny_training_set), encoding="utf-8")
    code = ("import hashlib, json, sys; from commentguard import CommentGuardClassifier as C; "
            "t, y = json.load(open(sys.argv[1])); "
            "print(hashlib.sha256(C(min_df=1).fit(t, y).model_.to_bytes()).hexdigest())")
    digests = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code, str(data)], capture_output=True, text=True, env=env)
        assert out.returncode == 0, out.stderr
        digests.add(out.stdout.strip())
    assert len(digests) == 1
