#!/usr/bin/env python3
"""Draw the compile-time chart of the Performance page as SVG.

Usage: chart.py RESULTS_CSV OUTPUT_SVG

RESULTS_CSV is benchmarks/results/compile_time.csv: lines starting with #
are comments, then a header row and one row per compiler, N and run
(version, date, compiler, n, library_s, baseline_s, time_ratio, ...;
time_ratio is the ratio the benchmark printed, from unrounded seconds, and is
computed from the seconds when empty). The chart has one
panel per compiler: seconds against N (N on a logarithmic axis), the library
and its hand-written baseline as lines, one pair per version, each library
point marked with its ratio to the baseline; a version measured more than
once at one N is drawn with its last row. Only the Python standard library
is used.
"""

import csv
import math
import sys
from collections import defaultdict
from xml.sax.saxutils import escape

LIBRARY = "#3d6fa8"
BASELINE = "#999999"
DASHES = ["", "6,4", "2,3"]       # one per version, oldest first
MARKERS = ["circle", "square", "diamond"]


def read(path):
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(line for line in f if line.strip() and not line.startswith("#")))
    if not rows:
        raise SystemExit(f"{path}: no results")
    for row in rows:
        for key in ("n", "library_s", "baseline_s"):
            if not row.get(key):
                raise SystemExit(f"{path}: a row has no {key}: {row}")
    # A version measured more than once at one N is drawn with its last run.
    latest = {}
    for row in rows:
        latest[(row["version"], row["compiler"], row["n"])] = row
    return list(latest.values())


def version_key(v):
    return tuple(int(x) for x in v.split("."))


def marker(kind, x, y, colour):
    if kind == "square":
        return f'<rect x="{x - 3.5:.1f}" y="{y - 3.5:.1f}" width="7" height="7" fill="{colour}"/>'
    if kind == "diamond":
        return (f'<path d="M{x:.1f},{y - 4.5:.1f} L{x + 4.5:.1f},{y:.1f} L{x:.1f},{y + 4.5:.1f} '
                f'L{x - 4.5:.1f},{y:.1f} Z" fill="{colour}"/>')
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}"/>'


def nice_step(top):
    for step in (0.25, 0.5, 1, 2, 5, 10, 20):
        if top / step <= 6:
            return step
    return 50


def chart(rows):
    compilers = sorted({r["compiler"] for r in rows}, key=lambda c: (not c.startswith("g++"), c))
    versions = sorted({r["version"] for r in rows}, key=version_key)
    ns = sorted({int(r["n"]) for r in rows})
    top = max(max(float(r["library_s"]), float(r["baseline_s"])) for r in rows)
    step = nice_step(top)
    ymax = math.ceil(top * 1.08 / step) * step

    pw, ph = 330, 230                       # plot area of one panel
    left, right, top_margin, bottom = 52, 40, 40, 46
    panel_w = left + pw + right
    legend_h = 22 * len(versions) + 14
    width = panel_w * len(compilers)
    height = top_margin + ph + bottom + legend_h
    lo, hi = math.log10(min(ns)) - 0.12, math.log10(max(ns)) + 0.12

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif" font-size="11">',
           '<title>Compile time against the number of relationship types</title>',
           f'<rect width="{width}" height="{height}" fill="#ffffff"/>']
    for i, compiler in enumerate(compilers):
        ox = i * panel_w + left
        oy = top_margin

        def px(n):
            return ox + (math.log10(n) - lo) / (hi - lo) * pw

        def py(s):
            return oy + ph - s / ymax * ph

        out.append(f'<text x="{ox + pw / 2:.1f}" y="{oy - 18}" text-anchor="middle" '
                   f'font-size="13" font-weight="bold">{escape(compiler)}</text>')
        y = 0.0
        while y <= ymax + 1e-9:
            out.append(f'<line x1="{ox}" y1="{py(y):.1f}" x2="{ox + pw}" y2="{py(y):.1f}" '
                       f'stroke="#e5e5e5"/>')
            out.append(f'<text x="{ox - 6}" y="{py(y) + 4:.1f}" text-anchor="end">{y:g} s</text>')
            y += step
        for n in ns:
            out.append(f'<line x1="{px(n):.1f}" y1="{oy}" x2="{px(n):.1f}" y2="{oy + ph}" '
                       f'stroke="#f0f0f0"/>')
            out.append(f'<text x="{px(n):.1f}" y="{oy + ph + 16}" text-anchor="middle">{n}</text>')
        out.append(f'<text x="{ox + pw / 2:.1f}" y="{oy + ph + 34}" text-anchor="middle">'
                   'N, relationship types in one file (logarithmic)</text>')
        out.append(f'<rect x="{ox}" y="{oy}" width="{pw}" height="{ph}" fill="none" stroke="#999999"/>')
        for v, version in enumerate(versions):
            points = sorted((int(r["n"]), float(r["library_s"]), float(r["baseline_s"]),
                             float(r["time_ratio"]) if r.get("time_ratio") else
                             float(r["library_s"]) / float(r["baseline_s"]))
                            for r in rows if r["compiler"] == compiler and r["version"] == version)
            if not points:
                continue
            dash = DASHES[v % len(DASHES)]
            dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
            for column, colour in ((1, LIBRARY), (2, BASELINE)):
                path = " ".join(f"{px(p[0]):.1f},{py(p[column]):.1f}" for p in points)
                out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" '
                           f'stroke-width="2"{dash_attr}/>')
                for p in points:
                    out.append(marker(MARKERS[v % len(MARKERS)], px(p[0]), py(p[column]), colour))
            for n, lib, _, ratio in points:
                # the oldest version's ratios to the left of its points, the
                # others to the right, so that two runs at one N do not overlap
                x, anchor = (px(n) - 7, "end") if v == 0 else (px(n) + 7, "start")
                out.append(f'<text x="{x:.1f}" y="{py(lib) - 6:.1f}" text-anchor="{anchor}" '
                           f'fill="{LIBRARY}">{ratio:.2f}x</text>')
    # legend: one line per version, library and baseline
    ly = top_margin + ph + bottom + 8
    for v, version in enumerate(versions):
        dates = sorted({r["date"] for r in rows if r["version"] == version})
        dash = DASHES[v % len(DASHES)]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        y = ly + 22 * v
        x = left
        for colour, label in ((LIBRARY, "library"), (BASELINE, "hand-written baseline")):
            out.append(f'<line x1="{x}" y1="{y}" x2="{x + 30}" y2="{y}" stroke="{colour}" '
                       f'stroke-width="2"{dash_attr}/>')
            out.append(marker(MARKERS[v % len(MARKERS)], x + 15, y, colour))
            out.append(f'<text x="{x + 36}" y="{y + 4}">{escape(label)} {escape(version)}</text>')
            x += 60 + 7 * len(label)
        out.append(f'<text x="{x}" y="{y + 4}" fill="#555555">measured {escape(", ".join(dates))}; '
                   f'ratio library / baseline above each library point</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    svg = chart(read(sys.argv[1]))
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(svg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
