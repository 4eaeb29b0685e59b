"""Charts as inline SVG, drawn here so the report needs no plotting library.

Every function returns markup that is safe to place in a template: all text
passes through `escape`, and every number is formatted by this module. Sizes are
in CSS pixels; the same SVG serves the HTML page and WeasyPrint's PDF.
Callers pass the words (axis titles, legends) in the reader's language.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

from .. import safe

FONT = "DejaVu Sans, sans-serif"
INK, MUTED, GRID = "#1d2733", "#5b6673", "#d9dee4"
BAR, GOOD, BAD, LIMIT = "#2f5d8a", "#2a7f62", "#b3261e", "#b26a00"
ZONES = ("#dcefe3", "#fbe8c4", "#f6cdc9")  # low, middle, high risk cells


def _num(value: float) -> str:
    """SVG coordinates with two decimals at most, so output is stable and small."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def plain_number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


def _text(x, y, content, size=8, anchor="middle", fill=INK, weight="normal", extra="") -> str:
    """A label; attributes equal to the root's defaults are left out (smaller pages)."""
    attributes = "".join([
        f' font-size="{size}"' if size != 8 else "",
        f' text-anchor="{anchor}"' if anchor != "middle" else "",
        f' fill="{fill}"' if fill != INK else "",
        ' font-weight="bold"' if weight == "bold" else "",
    ])
    shown = escape(safe.html(content))
    return f'<text x="{_num(x)}" y="{_num(y)}"{attributes}{extra}>{shown}</text>'



def _line(x1, y1, x2, y2, stroke=GRID, width=1, dash="") -> str:
    dashed = f' stroke-dasharray="{dash}"' if dash else ""
    return (f'<line x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" y2="{_num(y2)}" '
            f'stroke="{stroke}" stroke-width="{_num(width)}"{dashed}/>')


def _rect(x, y, w, h, fill, stroke="none") -> str:
    return (f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(w)}" height="{_num(h)}" '
            f'fill="{fill}" stroke="{stroke}"/>')


def _svg(width: int, height: int, label: str, parts: list[str]) -> Markup:
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" '
            f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="{escape(safe.html(label))}" font-family="{FONT}" font-size="8" '
            f'text-anchor="middle" fill="{INK}">')
    return Markup(head + "".join(parts) + "</svg>")


def nice_ticks(low: float, high: float, count: int = 5, whole: bool = False) -> list[float]:
    """Round tick values covering [low, high]: steps of 1, 2, 2.5 or 5 times a power of ten."""
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if whole:
        step = max(1, math.ceil(step))
    start, end = math.floor(low / step) * step, math.ceil(high / step) * step
    return [start + i * step for i in range(round((end - start) / step) + 1)]


def bar_chart(bars: Sequence[tuple[str, int]], y_title: str, label: str,
              width: int = 320, height: int = 190) -> Markup:
    """Vertical bars of counts, one per category, value printed on each bar."""
    left, right, top, bottom = 34, 8, 12, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    ticks = nice_ticks(0, max([v for _, v in bars] + [1]), 4, whole=True)
    top_value = ticks[-1]
    parts = []
    for tick in ticks:
        y = top + plot_h - plot_h * tick / top_value
        parts.append(_line(left, y, left + plot_w, y))
        parts.append(_text(left - 5, y + 3, plain_number(tick), 8, "end", MUTED))
    slot = plot_w / max(len(bars), 1)
    for index, (name, value) in enumerate(bars):
        bar_h = plot_h * value / top_value
        x = left + index * slot + slot * 0.18
        y = top + plot_h - bar_h
        parts.append(_rect(x, y, slot * 0.64, bar_h, BAR))
        parts.append(_text(x + slot * 0.32, y - 3, str(value), 8.5, weight="bold"))
        parts.append(_text(left + (index + 0.5) * slot, top + plot_h + 13, name, 8))
    parts.append(_line(left, top + plot_h, left + plot_w, top + plot_h, INK))
    parts.append(_text(10, top + plot_h / 2, y_title, 8, fill=MUTED,
                       extra=f' transform="rotate(-90 10 {_num(top + plot_h / 2)})"'))
    return _svg(width, height, label, parts)


def limit_chart(rows: Sequence[tuple[str, int, int | None]], limit_word: str, label: str,
                width: int = 320, height: int = 150) -> Markup:
    """Horizontal bars of counts against their limits; a bar over its limit is red."""
    left, right, top, bottom = 96, 16, 10, 24
    plot_w = width - left - right
    values = [v for _, v, _ in rows] + [lim for _, _, lim in rows if lim is not None] + [1]
    ticks = nice_ticks(0, max(values) * 1.1, 5, whole=True)
    scale = plot_w / ticks[-1]
    band = (height - top - bottom) / max(len(rows), 1)
    parts = []
    for tick in ticks:
        x = left + tick * scale
        parts.append(_line(x, top, x, height - bottom))
        parts.append(_text(x, height - bottom + 12, plain_number(tick), 8, fill=MUTED))
    for index, (name, value, limit) in enumerate(rows):
        y = top + index * band
        over = limit is not None and value > limit
        parts.append(_text(left - 6, y + band * 0.46 + 3, name, 8.5, "end"))
        parts.append(_rect(left, y + band * 0.2, value * scale, band * 0.52, BAD if over else BAR))
        parts.append(_text(left + value * scale + 4, y + band * 0.46 + 3, str(value), 8.5,
                           "start", weight="bold"))
        if limit is not None:  # dashed line across the bar, its label below the bar
            x = left + limit * scale
            parts.append(_line(x, y + band * 0.1, x, y + band * 0.8, LIMIT, 2, "4 2"))
            parts.append(_text(x, y + band * 0.8 + 8, f"{limit_word} {limit}", 7.5, fill=LIMIT,
                               weight="bold"))
    parts.append(_line(left, top, left, height - bottom, INK))
    return _svg(width, height, label, parts)


def risk_matrix(risks: Sequence[tuple[int, int, int]], high: int, x_title: str, y_title: str,
                label: str, width: int = 320, height: int = 250) -> Markup:
    """A 5×5 matrix, likelihood across and consequence up; each risk is a numbered dot
    (number, likelihood, consequence) in its cell, the cell shaded by its score."""
    left, top, bottom = 42, 8, 34
    cell = min((width - left - 8) / 5, (height - top - bottom) / 5)
    parts = []
    for likelihood in range(1, 6):
        for consequence in range(1, 6):
            score = likelihood * consequence
            zone = 2 if score >= high else 1 if score * 2 >= high else 0
            x = left + (likelihood - 1) * cell
            y = top + (5 - consequence) * cell
            parts.append(_rect(x, y, cell, cell, ZONES[zone], "#ffffff"))
    for number in range(1, 6):
        parts.append(_text(left + (number - 0.5) * cell, top + 5 * cell + 11, str(number), 8))
        parts.append(_text(left - 6, top + (5.5 - number) * cell + 3, str(number), 8, "end"))
    parts.append(_text(left + 2.5 * cell, top + 5 * cell + 25, x_title, 8, fill=MUTED))
    middle = top + 2.5 * cell
    parts.append(_text(12, middle, y_title, 8, fill=MUTED,
                       extra=f' transform="rotate(-90 12 {_num(middle)})"'))
    cells: dict[tuple[int, int], list[int]] = {}
    for number, likelihood, consequence in risks:
        cells.setdefault((likelihood, consequence), []).append(number)
    radius = cell * 0.17
    for (likelihood, consequence), numbers in sorted(cells.items()):
        x0 = left + (likelihood - 1) * cell
        y0 = top + (5 - consequence) * cell
        shown = numbers if len(numbers) <= 4 else numbers[:3]
        for slot, number in enumerate(shown):
            cx = x0 + cell * (0.3 if slot % 2 == 0 else 0.7)
            cy = y0 + cell * (0.3 if slot < 2 else 0.68)
            if len(shown) == 1:
                cx, cy = x0 + cell / 2, y0 + cell / 2
            parts.append(f'<circle cx="{_num(cx)}" cy="{_num(cy)}" r="{_num(radius)}" '
                         f'fill="{INK}"/>')
            parts.append(_text(cx, cy + 2.8, str(number), 7.5, fill="#ffffff", weight="bold"))
        if len(numbers) > 4:
            parts.append(_text(x0 + cell * 0.7, y0 + cell * 0.72, f"+{len(numbers) - 3}", 8,
                               weight="bold"))
    return _svg(width, height, label, parts)


def series_chart(points: Sequence[tuple[str, float, bool]], target: float | None,
                 target_word: str, label: str, number: Callable[[float], str] = plain_number,
                 width: int = 320, height: int = 150) -> Markup:
    """Actuals over periods as a line; a point that meets the target is a green dot, one
    that misses it a red square with its value, one not judged a grey dot; the target is
    a dashed line."""
    left, right, top, bottom = 34, 10, 14, 26
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [v for _, v, _ in points] + ([target] if target is not None else [])
    span = (max(values) - min(values)) or abs(max(values)) or 1
    ticks = nice_ticks(min(values) - span * 0.12, max(values) + span * 0.12, 4)
    low, high = ticks[0], ticks[-1]

    def y_of(value: float) -> float:
        return top + plot_h - plot_h * (value - low) / (high - low)

    parts = []
    for tick in ticks:
        parts.append(_line(left, y_of(tick), left + plot_w, y_of(tick)))
        parts.append(_text(left - 5, y_of(tick) + 3, number(tick), 8, "end", MUTED))
    step = plot_w / max(len(points), 1)
    xs = [left + step * (i + 0.5) for i in range(len(points))]
    if target is not None:
        y = y_of(target)
        parts.append(_line(left, y, left + plot_w, y, LIMIT, 1.5, "5 3"))
        parts.append(_text(left + plot_w - 2, y - 4, f"{target_word} {number(target)}", 7.5,
                           "end", LIMIT, "bold"))
    path = " ".join(f"{'M' if i == 0 else 'L'}{_num(x)},{_num(y_of(v))}"
                    for i, (x, (_, v, _)) in enumerate(zip(xs, points, strict=True)))
    parts.append(f'<path d="{path}" fill="none" stroke="{MUTED}" stroke-width="1.2"/>')
    label_every = max(1, math.ceil(len(points) / 13))
    for index, (x, (period, value, met)) in enumerate(zip(xs, points, strict=True)):
        y = y_of(value)
        if met is not False:
            colour = GOOD if met else MUTED
            parts.append(f'<circle cx="{_num(x)}" cy="{_num(y)}" r="3.4" fill="{colour}"/>')
        else:
            parts.append(_rect(x - 3.4, y - 3.4, 6.8, 6.8, BAD))
        if met is False:  # the deviations carry their value; text is costly to render
            parts.append(_text(x, y - 6, number(value), 6.5, fill=BAD))
        if index % label_every == 0:
            parts.append(_text(x, top + plot_h + 12, period, 7.5, fill=MUTED))
    parts.append(_line(left, top + plot_h, left + plot_w, top + plot_h, INK))
    return _svg(width, height, label, parts)


def trend_chart(years: Sequence[tuple[str, int, int, int]], label: str,
                width: int = 150, height: int = 90) -> Markup:
    """One agency's small multiple: errors, warnings and info per year as grouped bars on
    a scale of its own (the numbers are printed, so charts side by side stay honest)."""
    left, right, top, bottom = 6, 6, 12, 14
    plot_w, plot_h = width - left - right, height - top - bottom
    highest = max([max(e, w, i) for _, e, w, i in years] + [1])
    slot = plot_w / max(len(years), 1)
    bar_w = slot * 0.8 / 3
    parts = []
    for index, (year, *counts) in enumerate(years):
        for k, (value, colour) in enumerate(zip(counts, (BAD, LIMIT, BAR), strict=True)):
            bar_h = plot_h * value / highest
            x = left + index * slot + slot * 0.1 + k * bar_w
            parts.append(_rect(x, top + plot_h - bar_h, bar_w * 0.9, bar_h, colour))
            parts.append(_text(x + bar_w * 0.45, top + plot_h - bar_h - 2, str(value), 6))
        parts.append(_text(left + (index + 0.5) * slot, top + plot_h + 10, year, 7))
    parts.append(_line(left, top + plot_h, left + plot_w, top + plot_h, INK))
    return _svg(width, height, label, parts)
