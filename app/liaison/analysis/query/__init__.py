"""The search language: parsed here, compiled to SQL over the full-text index (no Qt).

Offers :func:`parse` and its syntax tree (:class:`And`, :class:`Or`, :class:`Not`,
:class:`Term`, :class:`Phrase`, :class:`Identifier`, :class:`Query`), and
:func:`compile_query` with :data:`RECORDS` / :data:`ENTITIES` targets. Inside:
``parser`` (grammar in its docstring), ``fields`` (``agency:``, ``received:``...),
``identifiers`` (phones, IBANs as written locally; IPs, domains, URLs, hashes, AS
numbers as partners write them), ``sql``.
"""

from __future__ import annotations

from liaison.analysis.query.identifiers import (
    normalise_identifier,
)
from liaison.analysis.query.parser import (
    And,
    Identifier,
    Not,
    Or,
    Phrase,
    Query,
    Term,
    parse,
)
from liaison.analysis.query.sql import (
    ENTITIES,
    RECORDS,
    Compiled,
    Target,
    compile_query,
    where_clause,
)

__all__ = [
    "ENTITIES",
    "RECORDS",
    "And",
    "Compiled",
    "Identifier",
    "Not",
    "Or",
    "Phrase",
    "Query",
    "Target",
    "Term",
    "compile_query",
    "normalise_identifier",
    "parse",
    "where_clause",
]
