#!/usr/bin/env python3
"""Check the words of the docs and headers against what the library does.

Usage: check_words.py SOURCE_DIR

Two checks, each fault one line:

  diagnostic-quote  an entry of the Diagnostics page quotes a compiler
                    output other than the one its compile-fail case expects:
                    every EXPECT pattern of the case (a regular expression
                    that the compile-fail test matches against the real
                    output) must match the indented lines after "The
                    compiler output contains:".
  stale-word        a phrase of docs/tools/stale_words.txt found in a guide
                    page, a header, an example or the README. Each line of
                    that file is "PHRASE | WHY" (case-insensitive).

The exit status is 1 when a fault is found, 0 otherwise.
"""

import argparse
import pathlib
import re
import sys

def expectations(case: pathlib.Path) -> list[str]:
    out = []
    for line in case.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*//\s*EXPECT:\s*(.*)$", line)
        if m:
            out.append(m.group(1).strip())
    return out


ENTRY = re.compile(
    r"output contains(?: \([^)\n]*\))?:\n\n((?:    [^\n]*\n)+)"
    r"((?:(?!output contains).)*?)@dontinclude (\S+)\.cpp", re.S)


def check_diagnostics(root: pathlib.Path) -> list[str]:
    text = (root / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    cases = root / "tests" / "compile_fail"
    faults = []
    seen = set()
    for m in ENTRY.finditer(text):
        quoted = "\n".join(line[4:] for line in m.group(1).splitlines())
        case = cases / (m.group(3) + ".cpp")
        seen.add(case.name)
        if not case.exists():
            faults.append(f"diagnostics.md: diagnostic-quote: no case {case.name}")
            continue
        for pattern in expectations(case):
            if not re.search(pattern, quoted):
                faults.append(f"diagnostics.md: diagnostic-quote: {case.name} expects "
                              f"/{pattern}/, which the quote does not show")
    for case in sorted(cases.glob("*.cpp")):
        if case.name not in seen:
            faults.append(f"diagnostics.md: diagnostic-quote: no entry quotes {case.name}")
    return faults


def check_stale(root: pathlib.Path) -> list[str]:
    phrases = []
    for line in (root / "docs" / "tools" / "stale_words.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, _, why = line.partition("|")
            phrases.append((phrase.strip(), why.strip()))
    files = [p for p in (root / "docs").rglob("*.md")]
    files += [root / "docs" / "namespaces.dox", root / "README.md"]
    files += list((root / "include").rglob("*.hpp")) + list((root / "examples").glob("*.[ch]pp"))
    faults = []
    for f in sorted(files):
        text = f.read_text(encoding="utf-8")
        flat = re.sub(r"\s*\n\s*(?:///?|\*)?\s*", " ", text)  # phrases broken across lines
        for phrase, why in phrases:
            if re.search(re.escape(phrase), flat, re.IGNORECASE):
                faults.append(f"{f.relative_to(root)}: stale-word: '{phrase}' ({why})")
    return faults


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source_dir", type=pathlib.Path)
    args = ap.parse_args()
    faults = check_diagnostics(args.source_dir) + check_stale(args.source_dir)
    for f in faults:
        print(f)
    print("FAILED: %d fault(s)" % len(faults) if faults else "OK")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
