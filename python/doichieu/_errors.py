"""The exceptions of doichieu; their messages are those the command line prints."""

from __future__ import annotations

from typing import Optional


class RuleError(ValueError):
    """A rule file that cannot be read or does not parse.

    ``str(e)`` is ``path:line:col: message``, as ``doichieu --rules DIR`` prints it after
    ``doichieu:`` (``path: message`` when the whole file is at fault, as when it cannot be
    read).
    """

    #: The rule file, as given (the folder joined with the file name).
    path: str
    #: The 1-based line, or ``None`` when the file as a whole is at fault.
    line: Optional[int]
    #: The 1-based column, in characters (1 when the whole line is at fault).
    col: int

    def __init__(self, message: str, path: str, line: Optional[int], col: int) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.col = col


class InputError(ValueError):
    """A document given as ``bytes`` that is not UTF-8.

    ``str(e)`` is ``source: invalid UTF-8 at byte N``, as the command line reports a file.
    """

    #: The document's source (as given to ``analyze``/``analyze_many``).
    source: str

    def __init__(self, message: str, source: str) -> None:
        super().__init__(message)
        self.source = source
