"""XML reading for the Moodle XML and QTI formats: defusedxml only, with line numbers."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from defusedxml import (  # type: ignore[import-untyped]
    DTDForbidden,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)
from defusedxml.ElementTree import DefusedXMLParser  # type: ignore[import-untyped]

from gurukul.questions.formats._common import META_PREFIX
from gurukul.questions.formats.report import DumpError, Problem

# Characters XML 1.0 cannot carry at all (not even escaped).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class _LineTreeBuilder(ET.TreeBuilder):
    """Keeps comments (for our metadata) and the line each element starts on."""

    def __init__(self) -> None:
        super().__init__(insert_comments=True)
        self.lines: dict[ET.Element, int] = {}
        self.expat: Any = None

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        element = super().start(tag, attrs)
        if self.expat is not None:
            self.lines[element] = self.expat.CurrentLineNumber
        return element


@dataclass
class XmlDocument:
    root: ET.Element
    lines: dict[ET.Element, int]

    def line(self, element: ET.Element) -> int | None:
        return self.lines.get(element)


def parse_xml(text: str) -> XmlDocument | Problem:
    """Parse untrusted XML; entity declarations (billion laughs, XXE) refuse the whole file."""
    builder = _LineTreeBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=False)
    builder.expat = parser.parser
    try:
        parser.feed(text.removeprefix("\ufeff"))
        root = parser.close()
    except EntitiesForbidden as exc:
        kind = (
            f"external entity {exc.name!r} ({exc.sysid})" if exc.sysid else f"entity {exc.name!r}"
        )
        return Problem(
            "file", _line(parser), f"refused: the file declares {kind}; nothing imported"
        )
    except ExternalReferenceForbidden as exc:
        reason = f"refused: external reference to {exc.sysid!r}; nothing imported"
        return Problem("file", _line(parser), reason)
    except DTDForbidden:  # pragma: no cover - only with forbid_dtd=True
        return Problem("file", _line(parser), "refused: document type declaration")
    except ET.ParseError as exc:
        line, column = exc.position
        reason = f"malformed XML at line {line}, column {column}: {_expat_message(exc)}"
        return Problem("file", line, reason)
    return XmlDocument(root, builder.lines)


def _line(parser: Any) -> int | None:
    try:
        return int(parser.parser.CurrentLineNumber)
    except AttributeError:  # pragma: no cover - parser already torn down
        return None


def _expat_message(exc: ET.ParseError) -> str:
    return str(exc).split(":", 1)[0]


def local(tag: object) -> str:
    """Element name without its namespace; "" for comments and processing instructions."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def children(element: ET.Element, name: str) -> Iterator[ET.Element]:
    return (child for child in element if local(child.tag) == name)


def child(element: ET.Element | None, name: str) -> ET.Element | None:
    return None if element is None else next(children(element, name), None)


def _is_comment(node: ET.Element) -> bool:
    return node.tag is ET.Comment  # type: ignore[comparison-overlap]


def meta_comment(element: ET.Element) -> str | None:
    for node in element:
        if _is_comment(node) and (node.text or "").strip().startswith(META_PREFIX):
            return (node.text or "").strip()[len(META_PREFIX) :].strip()
    return None


def markup(
    element: ET.Element, skip: frozenset[str] = frozenset(), blank: ET.Element | None = None
) -> str:
    """Content of an element: its text when it holds only text, else its inner markup.

    Namespaces are dropped, so QTI's XHTML reads as plain HTML. Elements named in `skip` are
    left out (their tails kept); the element `blank` is written as "_____".
    """
    if not any(not _is_comment(node) for node in element):
        return "".join(_text_nodes(element))
    parts = [escape(element.text or "")]
    for node in element:
        if node is blank:
            parts.append("_____")
        elif local(node.tag) and local(node.tag) not in skip:
            parts.append(outer_markup(node, skip, blank))
        parts.append(escape(node.tail or ""))
    return "".join(parts)


def _text_nodes(element: ET.Element) -> Iterator[str]:
    yield element.text or ""
    for node in element:  # only comments here
        yield node.tail or ""


def outer_markup(
    element: ET.Element, skip: frozenset[str] = frozenset(), blank: ET.Element | None = None
) -> str:
    name = local(element.tag)
    attrs = "".join(f" {local(k)}={quoteattr(v)}" for k, v in element.attrib.items())
    if not any(not _is_comment(node) for node in element):
        inner = escape("".join(_text_nodes(element)))
    else:
        inner = markup(element, skip, blank)
    return f"<{name}{attrs}>{inner}</{name}>" if inner else f"<{name}{attrs}/>"


def comment_text(meta: str) -> str:
    """Metadata JSON as comment text: "--" may not appear in an XML comment."""
    safe = meta.replace("--", "-\\u002d")  # still the same JSON: a string escape
    return f" {META_PREFIX} {safe} "


def check_xml_text(*texts: str | None) -> None:
    for text in texts:
        if text is not None and _NOT_XML.search(text):
            raise DumpError(f"text contains a character XML cannot hold: {text[:40]!r}")


def serialize(root: ET.Element) -> str:
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
