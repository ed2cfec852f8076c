"""commentguard — tell real feedback from generic praise and spam, locally, with reasons.

Classify one comment::

    >>> import commentguard
    >>> v = commentguard.classify("Great post! I'll bookmark your blog and check back often.")
    >>> v.label, v.action
    (<Label.GENERIC: 'generic'>, <Action.HOLD: 'hold'>)
    >>> round(sum(v.scores.values()), 6)
    1.0

Give it context when you have it — the post's words tell specific feedback
from praise that could sit under any post, and author metadata exposes spam::

    >>> from commentguard import Comment
    >>> v = commentguard.classify(Comment(
    ...     text="The tip about resting the dough for 20 minutes fixed my flat loaves.",
    ...     post_title="Sourdough for beginners",
    ...     post_text="Rest the dough for 20 minutes before shaping ..."))
    >>> v.label
    <Label.FEEDBACK: 'feedback'>

Many at once (lazy, in order, same verdicts as ``classify``)::

    >>> [v.label.value for v in commentguard.classify_many(["Thanks!", "cheap v1agra at rx-store.biz"])]
    ['generic', 'spam']

Policies map labels to actions (default: feedback → approve, generic → hold,
spam → spam); ``Policy.lenient()`` approves generic comments. Archives
(WordPress, Blogger, Disqus, CSV/JSONL) are cleaned with :func:`clean` or the
``commentguard clean`` command. Retrain on your own labelled comments with
:class:`CommentGuardClassifier` (a scikit-learn estimator).

The model is loaded on first use (not at import) and cached; loading never
executes code from the model file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._classify import classify, classify_many
from ._errors import (
    ArchiveError,
    CommentGuardError,
    HostileXMLError,
    InvalidCommentError,
    MalformedArchiveError,
    ModelError,
    UnknownFormatError,
    VerificationError,
)
from ._model import Model, load_model, preload, unload
from ._types import DEFAULT_POLICY, Action, Comment, Label, Policy, Verdict

if TYPE_CHECKING:  # imported lazily below: scikit-learn is needed only to train
    from ._clean import CleanResult, clean
    from ._estimator import CommentGuardClassifier

__version__ = "0.1.0"

__all__ = [
    "classify", "classify_many", "clean", "CleanResult",
    "Comment", "Verdict", "Label", "Action", "Policy", "DEFAULT_POLICY",
    "Model", "load_model", "preload", "unload", "CommentGuardClassifier",
    "CommentGuardError", "InvalidCommentError", "ModelError", "ArchiveError", "HostileXMLError",
    "MalformedArchiveError", "UnknownFormatError", "VerificationError",
    "__version__",
]

_LAZY = {
    "CommentGuardClassifier": ("._estimator", "CommentGuardClassifier"),
    "clean": ("._clean", "clean"),
    "CleanResult": ("._clean", "CleanResult"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module, __name__), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'commentguard' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
