"""The value types every part of commentguard speaks: Comment in, Verdict out."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Mapping

__all__ = ["Label", "Action", "Comment", "Verdict", "Policy", "DEFAULT_POLICY"]


class Label(str, enum.Enum):
    """The three labels of ``LABELS.md``. Values are the lower-case names."""

    FEEDBACK = "feedback"
    GENERIC = "generic"
    SPAM = "spam"

    def __str__(self) -> str:  # "spam", not "Label.SPAM", in reports and f-strings
        return self.value


class Action(str, enum.Enum):
    """What a moderator (or the archive cleaner) should do with a comment."""

    APPROVE = "approve"
    HOLD = "hold"
    SPAM = "spam"

    def __str__(self) -> str:
        return self.value


#: Order of labels in every score vector and model array.
LABELS: tuple[Label, ...] = (Label.FEEDBACK, Label.GENERIC, Label.SPAM)

_TEXT_FIELDS = (
    "author",
    "author_url",
    "author_email",
    "ip",
    "post_title",
    "post_text",
    "parent_id",
    "id",
    "post_id",
    "post_url",
)


@dataclass(frozen=True, slots=True)
class Comment:
    """One comment, with whatever context is known about it.

    Only ``text`` is required. Every other field is optional and is used as a
    signal when present: links in ``author_url``, an author name made of
    keywords, the post's own words (``post_title``/``post_text``) to tell
    specific feedback from generic praise, ``parent_id`` for thread replies,
    ``post_url`` (the address of the post or of the blog) to recognise replies
    from the blog itself: an author website on the same site is the blog's own.

    ``id``/``post_id`` are carried through untouched for archive work;
    ``extra`` holds anything an adapter wants to keep next to the comment.
    """

    text: str
    author: str | None = None
    author_url: str | None = None
    author_email: str | None = None
    ip: str | None = None
    post_title: str | None = None
    post_text: str | None = None
    parent_id: str | None = None
    id: str | None = None
    post_id: str | None = None
    post_url: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            from ._errors import InvalidCommentError

            raise InvalidCommentError(
                f"Comment.text must be str, got {type(self.text).__name__}"
            )
        for name in _TEXT_FIELDS:
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                from ._errors import InvalidCommentError

                raise InvalidCommentError(
                    f"Comment.{name} must be str or None, got {type(value).__name__}"
                )


@dataclass(frozen=True, slots=True)
class Policy:
    """Maps a label (and its confidence) to a moderation action.

    The default follows LABELS.md: feedback → approve, generic → hold,
    spam → spam. ``lenient()`` approves generic comments instead.
    ``spam_threshold`` is the spam probability at or above which a comment is
    sent to spam; a spam-labelled comment below it is held for a human.
    """

    feedback: Action = Action.APPROVE
    generic: Action = Action.HOLD
    spam: Action = Action.SPAM
    spam_threshold: float = 0.5

    def __post_init__(self) -> None:
        for name in ("feedback", "generic", "spam"):
            if not isinstance(getattr(self, name), Action):
                raise TypeError(f"Policy.{name} must be an Action")
        if not 0.0 <= float(self.spam_threshold) <= 1.0:
            raise ValueError("Policy.spam_threshold must be between 0 and 1")

    @classmethod
    def lenient(cls) -> "Policy":
        return cls(generic=Action.APPROVE)

    def action_for(self, label: Label, spam_score: float) -> Action:
        if label is Label.SPAM:
            return self.spam if spam_score >= self.spam_threshold else Action.HOLD
        if label is Label.GENERIC:
            return self.generic
        return self.feedback


DEFAULT_POLICY = Policy()


@dataclass(frozen=True, slots=True)
class Verdict:
    """The result of classifying one comment.

    ``scores`` maps each label's value (``"feedback"``, ``"generic"``,
    ``"spam"``) to a probability; they sum to 1. ``reasons`` are short
    human-readable explanations specific to this comment, strongest first.
    """

    label: Label
    scores: Mapping[str, float]
    action: Action
    reasons: tuple[str, ...]
    model_version: str

    @property
    def confidence(self) -> float:
        """Probability of the chosen label."""
        return float(self.scores[self.label.value])

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (used by the CLI and the decisions file)."""
        return {
            "label": self.label.value,
            "scores": {k: round(float(v), 4) for k, v in self.scores.items()},
            "action": self.action.value,
            "reasons": list(self.reasons),
            "model_version": self.model_version,
        }
