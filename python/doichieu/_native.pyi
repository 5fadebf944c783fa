"""Type stubs of the Rust extension ``doichieu._native`` (python/src/lib.rs).

Use it through the ``doichieu`` package; these functions take prepared arguments and return JSON.
"""

from os import PathLike
from typing import List, Optional, Sequence, Tuple, Union, final

SCHEMA_VERSION: int

@final
class Rules:
    """Rule files, compiled once for any number of documents."""

    @staticmethod
    def embedded() -> "Rules":
        """The rules built into doichieu."""
    @staticmethod
    def from_dir(path: Union[str, "PathLike[str]"]) -> "Rules":
        """Loads and compiles the rule files of a folder (a file it lacks comes from the
        embedded rules); raises ``doichieu.RuleError`` listing every problem."""
    @property
    def dir(self) -> Optional[str]:
        """The folder the rules were loaded from, or ``None`` for the embedded rules."""
    def check(self) -> List[str]:
        """One ``FILE:LINE: message`` per rule whose own example no longer shows it."""

@final
class Analyses:
    """The analysed documents of one report, as conflict pairing reads them (opaque)."""

    def __len__(self) -> int: ...

def analyze_many(
    items: Sequence[Tuple[str, str, Union[str, bytes], Optional[str]]],
    rules: Rules,
    threads: Optional[int] = None,
    pair: bool = True,
) -> Tuple[str, Analyses]:
    """Analyses ``(id, source, text, date)`` items: the report as JSON, and the analyses."""

def pair(batches: Sequence[Analyses], threads: Optional[int] = None) -> str:
    """The conflicts within and across the documents of ``batches``, as JSON."""
