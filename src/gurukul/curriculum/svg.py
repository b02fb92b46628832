from __future__ import annotations

import textwrap
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from gurukul.curriculum.graph import ConceptGraph, Criticality, Edge

BOX_WIDTH = 190
LINE_HEIGHT = 15
PADDING = 8
ID_LINE_HEIGHT = 12
COLUMN_GAP = 80
ROW_GAP = 16
MARGIN = 20
HEADER_HEIGHT = 64  # title line plus legend row
CHARS_PER_LINE = 25  # about 6.6 px per character at 12 px sans-serif fits BOX_WIDTH - padding
MAX_NAME_LINES = 3
WAYPOINT_HEIGHT = 4  # room a long edge takes in a column it passes through

# (fill, stroke) per subject code, the part of the id before the first dot
SUBJECT_COLOURS = {
    "PHY": ("#e3f2fd", "#1e88e5"),
    "CHEM": ("#e8f5e9", "#43a047"),
    "MATH": ("#fff3e0", "#fb8c00"),
}
DEFAULT_COLOURS = ("#f5f5f5", "#757575")
SUBJECT_LABELS = {"PHY": "Physics", "CHEM": "Chemistry", "MATH": "Mathematics"}
HARD_STROKE = "#37474f"
SOFT_STROKE = "#78909c"
SOFT_DASH = "6 4"


@dataclass(slots=True)
class _Slot:
    """A concept's box, or a waypoint that an edge spanning several columns passes through."""

    key: str
    column: int
    lines: list[str]  # the wrapped name; empty for a waypoint
    x: float = 0.0
    y: float = 0.0

    @property
    def is_waypoint(self) -> bool:
        return not self.lines

    @property
    def height(self) -> float:
        if self.is_waypoint:
            return WAYPOINT_HEIGHT
        return 2 * PADDING + len(self.lines) * LINE_HEIGHT + ID_LINE_HEIGHT

    @property
    def centre_y(self) -> float:
        return self.y + self.height / 2


@dataclass(slots=True)
class _Layout:
    boxes: dict[str, _Slot]
    # Per edge (concept, prerequisite): the slots it passes, from the prerequisite's box to the
    # concept's box, waypoints in between.
    routes: dict[tuple[str, str], list[_Slot]]
    columns: int
    height: float


def prerequisite_tree_svg(
    graph: ConceptGraph,
    concept: str,
    names: dict[str, str],
    *,
    max_depth: int | None = None,
) -> str:
    """An SVG drawing of `concept` and its transitive prerequisites.

    The concept sits in the rightmost column; each prerequisite sits one column further left
    than its furthest dependent (longest path), so every arrow points right, and an edge that
    spans several columns runs through the gaps between boxes. HARD edges are solid, SOFT
    edges dashed. Raises `CycleError` if the prerequisites contain a cycle.
    """
    nodes = {concept} | {p for p, _ in graph.prerequisites(concept, max_depth=max_depth)}
    edges = [
        edge
        for node in sorted(nodes)
        for edge in graph.direct_prerequisites(node)
        if edge.prerequisite in nodes
    ]
    layout = _layout(graph, concept, nodes, edges, names)
    subjects = sorted({_subject(node) for node in nodes})
    width = max(
        2 * MARGIN + layout.columns * BOX_WIDTH + (layout.columns - 1) * COLUMN_GAP,
        _legend_width(subjects),
    )
    height = HEADER_HEIGHT + layout.height + 2 * MARGIN
    title = f"Prerequisites of {names.get(concept, concept)}"

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" aria-label={quoteattr(title)} '
        'font-family="Helvetica, Arial, sans-serif">',
        f"<title>{escape(title)}</title>",
        "<defs>",
        _marker("arrow-hard", HARD_STROKE),
        _marker("arrow-soft", SOFT_STROKE),
        "</defs>",
        f'<rect width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>',
        f'<text x="{MARGIN}" y="{MARGIN + 8}" font-size="15" font-weight="bold" '
        f'fill="#263238">{escape(title)}</text>',
        *_legend(subjects, MARGIN + 26),
    ]
    if len(nodes) == 1:
        parts.append(
            f'<text x="{MARGIN + BOX_WIDTH + 16}" y="{HEADER_HEIGHT + MARGIN + 20}" '
            'font-size="12" fill="#607d8b">No prerequisites</text>'
        )
    parts.extend(_edges(edges, layout))
    parts.extend(_box(box, names, is_target=box.key == concept) for box in layout.boxes.values())
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _layout(
    graph: ConceptGraph, concept: str, nodes: set[str], edges: list[Edge], names: dict[str, str]
) -> _Layout:
    dependents: dict[str, list[str]] = {node: [] for node in nodes}
    for edge in edges:
        dependents[edge.prerequisite].append(edge.concept)
    column = {concept: 0}
    # Dependents before their prerequisites, so each dependent's column is final when read.
    for node in reversed(graph.topological_order(nodes)):
        if node != concept:
            column[node] = 1 + max(column[d] for d in dependents[node])
    boxes = {node: _Slot(node, column[node], _wrap(names.get(node, node))) for node in nodes}
    slots = list(boxes.values())
    routes: dict[tuple[str, str], list[_Slot]] = {}
    # next_hop[slot key]: the slots one column to the right that it connects to
    next_hop: dict[str, list[_Slot]] = {node: [] for node in nodes}
    for edge in edges:
        source, target = boxes[edge.prerequisite], boxes[edge.concept]
        route = [source]
        for c in range(source.column - 1, target.column, -1):
            waypoint = _Slot(f"{edge.concept}<{edge.prerequisite}@{c}", c, [])
            slots.append(waypoint)
            next_hop[waypoint.key] = []
            route.append(waypoint)
        route.append(target)
        for left, right in zip(route, route[1:], strict=False):
            next_hop[left.key].append(right)
        routes[edge.concept, edge.prerequisite] = route
    columns = max(column.values()) + 1
    by_column: list[list[_Slot]] = [[] for _ in range(columns)]
    for slot in slots:
        by_column[slot.column].append(slot)
    heights = [_column_height(members) for members in by_column]
    tallest = max(heights)
    for c, members in enumerate(by_column):
        # Order by the mean height of what each slot connects to on the right (already placed),
        # which keeps arrows short and crossings few.
        members.sort(
            key=lambda slot: (
                sum(s.centre_y for s in next_hop[slot.key]) / max(1, len(next_hop[slot.key])),
                slot.key,
            )
        )
        x = MARGIN + (columns - 1 - c) * (BOX_WIDTH + COLUMN_GAP)
        y = HEADER_HEIGHT + MARGIN + (tallest - heights[c]) / 2
        for slot in members:
            slot.x, slot.y = x, y
            y += slot.height + ROW_GAP
    return _Layout(boxes, routes, columns, tallest)


def _column_height(slots: list[_Slot]) -> float:
    return sum(s.height for s in slots) + ROW_GAP * (len(slots) - 1)


def _wrap(name: str) -> list[str]:
    lines = textwrap.wrap(name, CHARS_PER_LINE) or [name or "?"]
    if len(lines) > MAX_NAME_LINES:
        lines = lines[:MAX_NAME_LINES]
        lines[-1] = lines[-1][: CHARS_PER_LINE - 1].rstrip() + "\u2026"
    return lines


def _subject(concept: str) -> str:
    return concept.split(".", 1)[0]


def _marker(marker_id: str, colour: str) -> str:
    return (
        f'<marker id="{marker_id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" '
        f'markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
        f'fill="{colour}"/></marker>'
    )


def _ports(count: int, box: _Slot) -> list[float]:
    """Attachment heights spread along a box side, so converging arrows stay apart."""
    if count == 1:
        return [box.centre_y]
    top, bottom = box.y + 6, box.y + box.height - 6
    step = (bottom - top) / (count - 1)
    return [top + i * step for i in range(count)]


def _edges(edges: list[Edge], layout: _Layout) -> list[str]:
    outgoing: dict[str, list[tuple[str, str]]] = {}
    incoming: dict[str, list[tuple[str, str]]] = {}
    for edge in edges:
        outgoing.setdefault(edge.prerequisite, []).append((edge.concept, edge.prerequisite))
        incoming.setdefault(edge.concept, []).append((edge.concept, edge.prerequisite))
    start: dict[tuple[str, str], float] = {}
    end: dict[tuple[str, str], float] = {}
    # Each box's arrows leave (and arrive) in the vertical order of their next (previous) hop.
    for node, keys in outgoing.items():
        keys.sort(key=lambda k: (layout.routes[k][1].centre_y, k))
        for key, y in zip(keys, _ports(len(keys), layout.boxes[node]), strict=True):
            start[key] = y
    for node, keys in incoming.items():
        keys.sort(key=lambda k: (layout.routes[k][-2].centre_y, k))
        for key, y in zip(keys, _ports(len(keys), layout.boxes[node]), strict=True):
            end[key] = y
    parts = []
    half_gap = COLUMN_GAP / 2
    for edge in edges:
        key = (edge.concept, edge.prerequisite)
        route = layout.routes[key]
        x, y = route[0].x + BOX_WIDTH, start[key]
        d = f"M{x:.1f},{y:.1f}"
        for waypoint in route[1:-1]:
            wy = waypoint.centre_y
            d += (
                f" C{x + half_gap:.1f},{y:.1f} {waypoint.x - half_gap:.1f},{wy:.1f} "
                f"{waypoint.x:.1f},{wy:.1f} H{waypoint.x + BOX_WIDTH:.1f}"
            )
            x, y = waypoint.x + BOX_WIDTH, wy
        x2, y2 = route[-1].x, end[key]
        d += f" C{x + half_gap:.1f},{y:.1f} {x2 - half_gap:.1f},{y2:.1f} {x2:.1f},{y2:.1f}"
        if edge.criticality is Criticality.HARD:
            style = f'stroke="{HARD_STROKE}" stroke-width="1.6" marker-end="url(#arrow-hard)"'
        else:
            style = (
                f'stroke="{SOFT_STROKE}" stroke-width="1.3" stroke-dasharray="{SOFT_DASH}" '
                'marker-end="url(#arrow-soft)"'
            )
        label = (
            f"{edge.concept} requires {edge.prerequisite} "
            f"({edge.criticality}, weight {edge.weight:g}, transfer {edge.transfer:g})"
        )
        parts.append(
            f'<path class="edge {edge.criticality.lower()}" d="{d}" fill="none" {style}>'
            f"<title>{escape(label)}</title></path>"
        )
    return parts


def _box(box: _Slot, names: dict[str, str], *, is_target: bool) -> str:
    fill, stroke = SUBJECT_COLOURS.get(_subject(box.key), DEFAULT_COLOURS)
    weight = ' font-weight="bold"' if is_target else ""
    text_x = box.x + PADDING
    lines = "".join(
        f'<tspan x="{text_x:.1f}" y="{box.y + PADDING + (i + 1) * LINE_HEIGHT - 3:.1f}">'
        f"{escape(line)}</tspan>"
        for i, line in enumerate(box.lines)
    )
    id_y = box.y + PADDING + len(box.lines) * LINE_HEIGHT + ID_LINE_HEIGHT - 2
    return (
        f'<g class="concept{" target" if is_target else ""}" data-id={quoteattr(box.key)}>'
        f"<title>{escape(names.get(box.key, box.key))} ({escape(box.key)})</title>"
        f'<rect x="{box.x:.1f}" y="{box.y:.1f}" width="{BOX_WIDTH}" height="{box.height:.1f}" '
        f'rx="6" fill="{fill}" stroke="{stroke}" stroke-width="{3 if is_target else 1.2}"/>'
        f'<text font-size="12" fill="#212121"{weight}>{lines}</text>'
        f'<text x="{text_x:.1f}" y="{id_y:.1f}" font-size="9" fill="#607d8b">'
        f"{escape(box.key)}</text></g>"
    )


def _legend_items(subjects: list[str]) -> list[tuple[str, float]]:
    """Legend entries with the width each takes."""
    items = [("hard", 170.0), ("soft", 170.0), ("target", 135.0)]
    items += [
        (subject, 50.0 + 7 * len(SUBJECT_LABELS.get(subject, subject))) for subject in subjects
    ]
    return items


def _legend_width(subjects: list[str]) -> float:
    return 2 * MARGIN + sum(width for _, width in _legend_items(subjects))


def _legend(subjects: list[str], y: float) -> list[str]:
    parts = ['<g class="legend" font-size="11" fill="#37474f">']
    x = float(MARGIN)
    for item, width in _legend_items(subjects):
        mid = y + 8
        if item in ("hard", "soft"):
            hard = item == "hard"
            dash = "" if hard else f' stroke-dasharray="{SOFT_DASH}"'
            colour = HARD_STROKE if hard else SOFT_STROKE
            parts.append(
                f'<line x1="{x:.0f}" y1="{mid:.0f}" x2="{x + 36:.0f}" y2="{mid:.0f}" '
                f'stroke="{colour}" stroke-width="1.6"{dash} '
                f'marker-end="url(#arrow-{item})"/>'
            )
            label = "HARD prerequisite" if hard else "SOFT prerequisite"
            parts.append(f'<text x="{x + 44:.0f}" y="{mid + 4:.0f}">{label}</text>')
        elif item == "target":
            parts.append(
                f'<rect x="{x:.0f}" y="{y:.0f}" width="24" height="16" rx="3" fill="#ffffff" '
                f'stroke="#263238" stroke-width="3"/>'
            )
            parts.append(f'<text x="{x + 32:.0f}" y="{mid + 4:.0f}">Target concept</text>')
        else:
            fill, stroke = SUBJECT_COLOURS.get(item, DEFAULT_COLOURS)
            parts.append(
                f'<rect x="{x:.0f}" y="{y:.0f}" width="24" height="16" rx="3" fill="{fill}" '
                f'stroke="{stroke}" stroke-width="1.2"/>'
            )
            label = escape(SUBJECT_LABELS.get(item, item))
            parts.append(f'<text x="{x + 32:.0f}" y="{mid + 4:.0f}">{label}</text>')
        x += width
    parts.append("</g>")
    return parts
