#!/usr/bin/env python3
"""Check the HTML that Doxygen generated for faults its warnings miss.

Usage: check_html.py HTML_DIR [--known FILE] [--summary] [--write-known]

Faults, one line each, as "page: kind: detail":

  raw-markup      Doxygen or HTML markup visible in a page's text: \\ilinebr,
                  a table tag such as </td> (written &lt;/td&gt; in the
                  HTML), or a command such as @ref, @snippet or \\ref that
                  was not interpreted.
  label-link      a link whose text is an internal label (dim_duration,
                  derived) equal to the page or anchor it points to, where a
                  reader expects the page or section title.
  dead-link       a link to a page of the documentation that does not exist.
  empty-index     an index page the menu or sidebar links to lists nothing
                  (the namespace, concept, class and file lists, the class
                  index and the class hierarchy), or the namespace list does
                  not list namespace clientele.
  undocumented    a public name listed in the summary of a namespace, class
                  or struct page without a brief description.
  internal-name   a name of namespace detail visible in a page (the reference
                  hides that namespace; an alias or a definition that shows
                  it needs a change in the header).
  seed-citation   a citation of a source text by file number ("seed 003")
                  instead of by title (see the Sources page).
  empty-listing   a code or output listing with no line in it: a \\skip or
                  \\until pattern of \\dontinclude that no longer matches
                  what an example prints, or an empty snippet (Doxygen does
                  not warn about either).
  missing-image   an image a page shows (<img src>, <object data>, <iframe
                  src>, <embed src>) that is not in the output, or is empty:
                  a picture the build did not draw.

Code listings (source pages and code fragments) are not searched for
text faults. A file given with --known lists faults that are expected for now,
as lines "PAGE KIND COUNT" (lines starting with # are comments): up to COUNT
faults of KIND on PAGE are printed as known and do not fail the check, so an
edit elsewhere in a comment does not upset the list, but a new fault does.
The exit status is 1 when any other fault is found, 0 otherwise; --write-known
prints the list that would accept the faults found now.
"""

import argparse
import html.parser
import os
import re
import sys
from collections import Counter

LABEL = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
RAW_MARKUP = [
    (re.compile(r"\\ilinebr"), "\\ilinebr"),
    (re.compile(r"</?(?:td|tr|th|table|thead|tbody|div|span|code|br)\b[^>]*>"), "HTML tag"),
    (re.compile(r"(?<![\w@\\])[@\\](?:ref|subpage|snippet|include|section|subsection|"
                r"page|mainpage|anchor|copydoc|brief|details|param|tparam|return|"
                r"code|endcode|verbatim|endverbatim|li)\b"), "command"),
    # Markdown that Doxygen left as it was: a backtick of a code span that
    # did not close (or swallowed the text after it), bold or emphasis
    # markers, a link written [text](target).
    (re.compile(r"`"), "backtick"),
    (re.compile(r"(?:^|\s)\*\*\S|\S\*\*(?:\s|$)"), "bold marker"),
    (re.compile(r"\]\((?:https?://|[\w./#-]+\.(?:md|html)\b)"), "markdown link"),
]
INTERNAL = re.compile(r"\bdetail::\w+")
SEED = re.compile(r"\bseeds? \d{3}\b", re.IGNORECASE)


class Page(html.parser.HTMLParser):
    """Collects a page's visible text, its links and its member summaries."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text = []            # visible prose, code excluded
        self.links = []           # (href, text)
        self.members = []         # [visible name, has a brief] per summary row
        self.images = []          # files the page shows as images
        self._stack = []          # open elements: (tag, skip, row, cell)
        self._link = None
        self._row = None          # (kind, key) of the open summary row
        self._cell = None         # class of the open summary cell
        self._cell_text = []

    def _skipping(self):
        return any(skip for _, skip, _, _ in self._stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = a.get("class") or ""
        skip = tag in ("script", "style") or (tag in ("div", "pre") and "fragment" in cls.split())
        if tag == "tr":
            # a summary row "memitem:KEY" is followed by "memdesc:KEY" when the
            # member has a brief; classes have an empty KEY
            m = re.match(r"(memitem|memdesc):(\S*)", cls)
            self._row = None
            if m and "inherit" not in cls.split():
                self._row = (m.group(1), m.group(2))
        if tag == "td" and self._row:
            self._cell = cls
            self._cell_text = []
        if tag == "a" and a.get("href") is not None:
            self._link = [a["href"], []]
        for element, attribute in (("img", "src"), ("object", "data"), ("iframe", "src"),
                                   ("embed", "src")):
            if tag == element and a.get(attribute):
                self.images.append(a[attribute])
        if tag in ("br", "img", "meta", "link", "input", "hr"):
            return
        self._stack.append((tag, skip, None, None))

    def handle_endtag(self, tag):
        if tag == "a" and self._link is not None:
            self.links.append((self._link[0], "".join(self._link[1]).strip()))
            self._link = None
        if tag == "td" and self._row and self._cell is not None:
            text = " ".join("".join(self._cell_text).split())
            kind, key = self._row
            if kind == "memitem" and self._cell.startswith(("memItemRight", "memTemplItemRight")):
                self.members.append([text, False])
            if kind == "memdesc" and self._cell.startswith("mdescRight") and text and self.members:
                self.members[-1][1] = True
            self._cell = None
        if tag == "tr":
            self._row = None
        # close up to the matching element (Doxygen output is well nested,
        # but paragraphs are sometimes left open)
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break

    def handle_data(self, data):
        if self._link is not None:
            self._link[1].append(data)
        if self._cell is not None:
            self._cell_text.append(data)
        if not self._skipping():
            self.text.append(data)


def page_text_lines(text):
    return [" ".join(line.split()) for line in "".join(text).splitlines() if line.strip()]


def check_page(path, name, exists):
    faults = []
    with open(path, encoding="utf-8") as f:
        source = f.read()
    page = Page()
    page.feed(source)
    page.close()
    listing = name.endswith("_source.html")

    if not listing:
        for line in page_text_lines(page.text):
            for pattern, what in RAW_MARKUP:
                for m in pattern.finditer(line):
                    faults.append((name, "raw-markup", f"{what} {m.group(0)!r} in: {line[:100]}"))
            for m in INTERNAL.finditer(line):
                faults.append((name, "internal-name", f"{m.group(0)!r} in: {line[:100]}"))
            for m in SEED.finditer(line):
                faults.append((name, "seed-citation", f"{m.group(0)!r} in: {line[:100]}"))

    for href, text in page.links:
        if re.match(r"^[a-z]+:", href) or href.startswith("javascript"):
            continue
        target, _, anchor = href.partition("#")
        if target and not exists(target):
            faults.append((name, "dead-link", f"{href} (text {text!r})"))
        stem = os.path.splitext(os.path.basename(target))[0] if target else ""
        if LABEL.match(text) and text in (anchor, stem):
            faults.append((name, "label-link", f"{text!r} links to {href}"))

    for _ in re.finditer(r'<div class="fragment">\s*</div>', source):
        faults.append((name, "empty-listing", "a listing with no line (a pattern that matches nothing?)"))

    for src in page.images:
        if re.match(r"^[a-z]+:", src):
            continue
        target = src.partition("#")[0].partition("?")[0]
        if not exists(target, nonempty=True):
            faults.append((name, "missing-image", f"{src} is not in the output, or is empty"))

    summary_page = re.match(r"(namespace(?!s\.html|members)|class|struct|union)", name)
    if summary_page and not name.endswith("-members.html"):
        for member, brief in page.members:
            if not brief:
                faults.append((name, "undocumented", f"{member} has no brief description"))
    return faults


def check_tree(root):
    names = sorted(n for n in os.listdir(root) if n.endswith(".html"))
    present = set(names)
    faults = []
    for name in names:
        faults += check_page(os.path.join(root, name), name, lambda t, nonempty=False: (
            t in present and not nonempty) or (os.path.isfile(os.path.join(root, t)) and (
                not nonempty or os.path.getsize(os.path.join(root, t)) > 0)))
    # an index page that the menu or the sidebar links to must list something
    menus = ""
    for js in ("menudata.js", "navtreedata.js"):
        if os.path.exists(os.path.join(root, js)):
            with open(os.path.join(root, js), encoding="utf-8") as f:
                menus += f.read()
    lists = {name: r'<table class="directory">.*?<a class="el"' for name in (
        "pages.html", "namespaces.html", "concepts.html", "annotated.html", "files.html",
        "hierarchy.html")}
    lists["classes.html"] = r'class="classindex".*?<a class="el"'
    for name, listing in lists.items():
        path = os.path.join(root, name)
        if os.path.exists(path) and re.search(r'["\']' + re.escape(name) + r'["\']', menus):
            with open(path, encoding="utf-8") as f:
                if not re.search(listing, f.read(), re.S):
                    faults.append((name, "empty-index", "the menu links to this index, but it lists nothing"))
    index = os.path.join(root, "namespaces.html")
    if any(page == "namespaces.html" and kind == "empty-index" for page, kind, _ in faults):
        pass
    elif not os.path.exists(index):
        faults.append(("namespaces.html", "empty-index", "the namespace list was not generated"))
    else:
        with open(index, encoding="utf-8") as f:
            if not re.search(r'href="namespaceclientele\.html"[^>]*>clientele<', f.read()):
                faults.append(("namespaces.html", "empty-index",
                               "namespace clientele is not listed (it needs a documentation block)"))
    return faults


KINDS = ("raw-markup", "label-link", "dead-link", "empty-index", "undocumented", "internal-name",
         "seed-citation", "empty-listing", "missing-image")


def read_known(path):
    allowed = Counter()
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = line.split()
            if len(fields) != 3 or fields[1] not in KINDS or not fields[2].isdigit():
                raise SystemExit(f"{path}:{number}: expected PAGE KIND COUNT, found {line!r}")
            allowed[(fields[0], fields[1])] += int(fields[2])
    return allowed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("html_dir")
    parser.add_argument("--known", help="file of faults expected for now")
    parser.add_argument("--summary", action="store_true", help="print only the counts")
    parser.add_argument("--write-known", action="store_true",
                        help="print a --known list that accepts the faults found now")
    args = parser.parse_args()
    if not os.path.isdir(args.html_dir):
        print(f"no such directory: {args.html_dir}", file=sys.stderr)
        return 2

    faults = check_tree(args.html_dir)
    if args.write_known:
        for (page, kind), count in sorted(Counter((p, k) for p, k, _ in faults).items()):
            print(f"{page} {kind} {count}")
        return 0

    allowed = read_known(args.known) if args.known else Counter()
    used = Counter()
    new = Counter()
    for page, kind, detail in faults:
        known = used[(page, kind)] < allowed[(page, kind)]
        if known:
            used[(page, kind)] += 1
        else:
            new[kind] += 1
        if not args.summary:
            print(("known: " if known else "") + f"{page}: {kind}: {detail}")

    counts = Counter(kind for _, kind, _ in faults)
    for kind in KINDS:
        print(f"{kind}: {counts[kind]} ({counts[kind] - new[kind]} known)")
    spare = sum((allowed - used).values())
    if spare:
        print(f"{spare} known fault(s) no longer found; lower the counts in {args.known}")
    total = sum(new.values())
    print("OK" if not total else f"FAILED: {total} fault(s)")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
