"""One base error; each subclass also inherits the built-in it resembles."""

from __future__ import annotations

__all__ = [
    "CommentGuardError",
    "InvalidCommentError",
    "ModelError",
    "ArchiveError",
    "HostileXMLError",
    "MalformedArchiveError",
    "UnknownFormatError",
    "VerificationError",
    "DataError",
]


class CommentGuardError(Exception):
    """Base class of every error commentguard raises on purpose."""


class InvalidCommentError(TypeError, CommentGuardError):
    """A comment (or one of its fields) has the wrong type."""


class ModelError(ValueError, CommentGuardError):
    """A model file is missing, corrupt, of another version, or fails its checksum."""


class ArchiveError(ValueError, CommentGuardError):
    """An archive file cannot be read or written as asked."""


class HostileXMLError(ArchiveError):
    """The XML carries a DOCTYPE / entity declarations (billion laughs, XXE). Refused."""


class MalformedArchiveError(ArchiveError):
    """The file is not well-formed; ``line`` and ``column`` say where, when known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        where = f" (line {line}, column {column})" if line is not None else ""
        super().__init__(message + where)
        self.line = line
        self.column = column


class UnknownFormatError(ArchiveError):
    """The file's format could not be detected or is not supported."""


class VerificationError(ArchiveError):
    """A cleaned archive, re-read, does not hold every input comment exactly once."""


class DataError(FileNotFoundError, CommentGuardError):
    """A training dataset folder or label file is missing or unreadable."""
