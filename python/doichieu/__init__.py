"""doichieu: who said what in Vietnamese news, and which statements clash.

The Python face of the doichieu Rust library. Every function returns what the command line
writes as JSON (``doichieu analyze FILE...``), as plain Python values::

    import doichieu
    report = doichieu.analyze(open("bai.txt", encoding="utf-8").read(), id="bai")
    for claim in report["documents"][0]["claims"]:
        print(claim["speaker"]["canonical"], claim["cue"]["class"], claim["content"]["text"])

- :func:`analyze` analyses one text; :func:`analyze_many` many, on several threads, with the
  conflicts across them;
- :func:`pair` finds the conflicts across reports analysed separately (analyse in batches,
  pair at the end);
- :class:`Rules` loads edited rule files (``Rules.from_dir(path)``), passed as ``rules=``.

The report's format is documented in the repository (``schema/report.schema.json``,
``src/report.rs``): spans are byte offsets (and ``char_start``/``char_end`` character
offsets, which index a Python ``str``) into the text as given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Dict, List, Optional, Tuple, Union

import json

from . import _native
from ._errors import InputError, RuleError
from ._native import Analyses, Rules

__all__ = [
    "SCHEMA_VERSION",
    "Analyses",
    "InputError",
    "Report",
    "RuleError",
    "Rules",
    "analyze",
    "analyze_many",
    "pair",
]

#: The report's schema version (``report["schema_version"]``).
SCHEMA_VERSION: int = _native.SCHEMA_VERSION

Text = Union[str, bytes]
Item = Union[Tuple[str, Text], Tuple[str, Text, str], Mapping[str, Any]]

_embedded: Optional[Rules] = None


def _rules(rules: Optional[Rules]) -> Rules:
    """The rules asked for, or the embedded ones (compiled once per process)."""
    global _embedded
    if rules is not None:
        if not isinstance(rules, Rules):
            raise TypeError(f"rules must be a doichieu.Rules, not {type(rules).__name__}")
        return rules
    if _embedded is None:
        _embedded = Rules.embedded()
    return _embedded


class Report(Dict[str, Any]):
    """A report: a ``dict`` exactly as the command line's JSON report
    (``{"schema_version", "documents", "conflicts"}``), which also keeps the analyses of its
    documents for :func:`pair`.

    Pairing reads what the JSON does not hold (each document's working text, its sentences,
    the halves of a reciprocal sentence), so only reports made by :func:`analyze` and
    :func:`analyze_many` can be paired, with what was analysed, whatever the dict holds
    later. A copy stays pairable; a pickled report comes back as a plain ``dict``.
    """

    __slots__ = ("_analyses",)

    def __init__(self, data: Dict[str, Any], analyses: Analyses) -> None:
        super().__init__(data)
        self._analyses = analyses

    @property
    def analyses(self) -> Analyses:
        """The analysed documents, as :func:`pair` reads them."""
        return self._analyses

    def __copy__(self) -> "Report":
        return Report(self, self._analyses)

    def __deepcopy__(self, memo: Dict[int, Any]) -> "Report":
        import copy

        return Report(copy.deepcopy(dict(self), memo), self._analyses)

    def __reduce__(self) -> Tuple[Any, ...]:
        return (dict, (dict(self),))


def _item(item: Any, index: int) -> Tuple[str, str, Text, Optional[str]]:
    """One document to analyse as ``(id, source, text, date)``."""
    if isinstance(item, Mapping):
        for key in ("id", "text"):
            if key not in item:
                raise ValueError(f"item {index}: no {key!r}")
        fields = (item["id"], item.get("source", "-"), item["text"], item.get("date"))
    elif isinstance(item, (str, bytes)):
        raise TypeError(f"item {index}: expected (id, text) or a mapping, not a string")
    else:
        parts = tuple(item)
        if len(parts) == 2:
            fields = (parts[0], "-", parts[1], None)
        elif len(parts) == 3:
            fields = (parts[0], parts[2], parts[1], None)
        else:
            raise TypeError(
                f"item {index}: expected (id, text) or (id, text, source), "
                f"got {len(parts)} values"
            )
    id_, source, text, date = fields
    for name, value in (("id", id_), ("source", source)):
        if not isinstance(value, str):
            raise TypeError(f"item {index}: {name} must be a str, not {type(value).__name__}")
    if not isinstance(text, (str, bytes)):
        raise TypeError(f"item {index}: text must be str or bytes, not {type(text).__name__}")
    if date is not None and not isinstance(date, str):
        raise TypeError(f"item {index}: date must be a str, not {type(date).__name__}")
    return (id_, source, text, date)


def analyze(
    text: Text,
    id: str = "doc",
    *,
    source: str = "-",
    date: Optional[str] = None,
    rules: Optional[Rules] = None,
) -> Report:
    """Analyses one article: the report the command line writes for it as JSON.

    ``text`` is the article (``str``, or UTF-8 ``bytes``); ``id`` the document id (claim ids
    are ``<id>#c1``, ``<id>#c2``, …; the command line uses the file stem); ``source`` where it
    came from (the command line writes the path as given); ``date`` the document's date when
    known from outside the text (``"2020-10-05"``, as a corpus record's ``date``). With
    ``source`` set to the path, ``analyze(open(p, encoding="utf-8").read(), id=stem,
    source=p)`` equals ``doichieu analyze p``.

    Raises :class:`InputError` for ``bytes`` that are not UTF-8.
    """
    return analyze_many([{"id": id, "text": text, "source": source, "date": date}], rules=rules)


def analyze_many(
    items: Iterable[Item],
    threads: Optional[int] = None,
    *,
    rules: Optional[Rules] = None,
    pair: bool = True,
) -> Report:
    """Analyses many articles into one report, with the conflicts within and across them.

    Each item is ``(id, text)``, ``(id, text, source)``, or a mapping with ``"id"``,
    ``"text"`` and optionally ``"source"`` and ``"date"`` (a record of a ``doichieu corpus``
    JSONL file, plus its source). ``source`` defaults to ``"-"``. The documents stay in the
    order given. With the file stems as ids and the paths as sources, the report equals
    ``doichieu analyze FILE...`` on the same files.

    The work runs without the GIL on ``threads`` threads (``None``: one per core); the report
    is the same for any number. With ``pair=False`` the report has no conflicts (pair
    batches later with :func:`pair`).

    Raises :class:`InputError` for the first ``bytes`` text that is not UTF-8.
    """
    prepared = [_item(item, i) for i, item in enumerate(items)]
    if threads is not None and (not isinstance(threads, int) or threads < 1):
        raise ValueError(f"threads must be a positive int or None, not {threads!r}")
    report_json, analyses = _native.analyze_many(prepared, _rules(rules), threads, pair)
    return Report(json.loads(report_json), analyses)


def pair(reports: Iterable[Report], *, threads: Optional[int] = None) -> List[Dict[str, Any]]:
    """The conflicts within and across the documents of several reports, as a report lists
    them: ``pair([analyze_many(a), analyze_many(b)])`` equals
    ``analyze_many(a + b)["conflicts"]``.

    The reports must come from :func:`analyze` or :func:`analyze_many` (see :class:`Report`),
    all with the same :class:`Rules`. Runs without the GIL on ``threads`` threads (``None``:
    one per core).
    """
    if isinstance(reports, Mapping):
        raise TypeError("pair takes a list of reports, not one report")
    batches = []
    for i, report in enumerate(reports):
        if not isinstance(report, Report):
            raise TypeError(
                f"report {i} is a {type(report).__name__}, not a doichieu.Report: pairing "
                "reads each document's analysis, which the JSON does not hold; analyse the "
                "texts with doichieu.analyze or analyze_many"
            )
        batches.append(report.analyses)
    if threads is not None and (not isinstance(threads, int) or threads < 1):
        raise ValueError(f"threads must be a positive int or None, not {threads!r}")
    conflicts: List[Dict[str, Any]] = json.loads(_native.pair(batches, threads))
    return conflicts
