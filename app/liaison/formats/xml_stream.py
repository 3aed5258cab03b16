"""Streaming XML in and out for the graph formats (GraphML, GEXF, ANX).

Out: the stdlib ``XMLGenerator`` writes into a buffer that is drained chunk by chunk,
so ``write_atomic`` can stream a 100,000-node export to disk. In: ``defusedxml``'s
``iterparse`` refuses any document type declaration (where entity bombs and external
entities live: GraphML and GEXF never need one) and yields elements one at a time.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError
from xml.sax.saxutils import XMLGenerator

import defusedxml.ElementTree as SafeET
from defusedxml.common import DefusedXmlException, DTDForbidden, EntitiesForbidden

from liaison.model.errors import FormatError

# Characters XML 1.0 cannot carry at all; a partner's control character must not make
# the whole export unreadable, so it becomes U+FFFD.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# GraphML, GEXF and ANX nest a handful of levels (a nested graph adds two); a file nested
# thousands deep is hostile, and is refused before it costs memory or a deep recursion.
MAX_XML_DEPTH = 256


def xml_text(value: object) -> str:
    return _NOT_XML.sub("\ufffd", str(value))


class XmlWriter:
    """Elements written into a buffer; :meth:`drain` hands back what is ready as bytes."""

    def __init__(self) -> None:
        self._buffer = io.BytesIO()
        self._out = XMLGenerator(self._buffer, encoding="utf-8", short_empty_elements=True)
        self._out.startDocument()
        self._depth = 0
        self._started = False

    def _indent(self) -> None:
        # The declaration already ends its line; elements after it start their own.
        if self._started:
            self._out.ignorableWhitespace("\n" + "  " * self._depth)
        self._started = True

    def start(self, tag: str, attrs: Mapping[str, object] | None = None) -> None:
        self._indent()
        self._out.startElement(tag, {k: xml_text(v) for k, v in (attrs or {}).items()
                                     if v is not None})
        self._depth += 1

    def end(self, tag: str) -> None:
        self._depth -= 1
        self._indent()
        self._out.endElement(tag)

    def element(self, tag: str, attrs: Mapping[str, object] | None = None,
                text: object | None = None) -> None:
        self._indent()
        self._out.startElement(tag, {k: xml_text(v) for k, v in (attrs or {}).items()
                                     if v is not None})
        if text is not None:
            self._out.characters(xml_text(text))
        self._out.endElement(tag)

    def drain(self) -> bytes:
        data = self._buffer.getvalue()
        self._buffer.seek(0)
        self._buffer.truncate()
        return data

    def finish(self) -> bytes:
        self._out.ignorableWhitespace("\n")
        self._out.endDocument()
        return self.drain()


def local(tag: str) -> str:
    """An element's name without its namespace: GraphML and GEXF come in several."""
    return tag.rsplit("}", 1)[-1]


def iter_elements(path: Path, root_name: str, names: frozenset[str]) -> Iterator[Element]:
    """Every completed element whose local name is in ``names``, in document order.

    The caller reads the element; it is then removed from its parent so memory stays
    flat. Raises FormatError when the root is not ``root_name``, or for a DTD,
    entities, malformed or truncated XML.
    """
    stack: list[Element] = []
    try:
        for event, elem in SafeET.iterparse(str(path), events=("start", "end"),
                                            forbid_dtd=True):
            if event == "start":
                if not stack and local(elem.tag) != root_name:
                    raise FormatError(f"{path.name}: not a {root_name} file (its root element "
                                      f"is <{local(elem.tag)}>)")
                if len(stack) >= MAX_XML_DEPTH:
                    raise FormatError(f"{path.name}: elements nested more than "
                                      f"{MAX_XML_DEPTH} deep (at <{local(elem.tag)}>); no "
                                      f"genuine {root_name} file nests so deep")
                stack.append(elem)
                continue
            stack.pop()
            if local(elem.tag) in names:
                yield elem
                if stack:
                    stack[-1].remove(elem)
    except (DTDForbidden, EntitiesForbidden) as exc:
        raise FormatError(f"{path.name}: has a document type declaration or XML entities "
                          f"({type(exc).__name__}); Liaison refuses them in graph files, "
                          "because entity expansion and external entities are how "
                          "hostile XML attacks work") from None
    except DefusedXmlException as exc:
        raise FormatError(f"{path.name}: refused unsafe XML ({exc})") from None
    except ParseError as exc:
        line, column = exc.position
        message = str(exc).split(":", 1)[0]
        hint = " (the file is truncated?)" if "no element found" in message \
            or "unclosed token" in message else ""
        raise FormatError(f"{path.name}:{line}:{column}: not well-formed XML: "
                          f"{message}{hint}") from None


def attrs_of(elem: Element) -> dict[str, Any]:
    """An element's attributes by local name."""
    return {local(k): v for k, v in elem.attrib.items()}
