#!/usr/bin/env python3
"""Tests of check_html.py: every kind of fault it knows, planted in a small
tree of pages shaped like Doxygen's, must be reported, and a clean tree must
pass. Run by ctest as docs.check_html_selftest; no Doxygen needed."""

import contextlib
import io
import os
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_html  # noqa: E402


def page(body):
    return f'<html><head><title>t</title></head><body><div class="contents">{body}</div></body></html>'


CLEAN = {
    "index.html": page('<p>Start with the <a class="el" href="tutorial.html">Tutorial</a>.</p>'
                       '<object type="image/svg+xml" data="model.svg"></object>'),
    "tutorial.html": page('<p>A page.</p><img src="chart.svg" alt="chart"/>'
                          '<div class="fragment"><div class="line">detail::hidden \\ilinebr</div></div>'),
    "model.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
    "chart.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
    "navtreedata.js": 'var NAVTREE = [["namespaces.html"],["classes.html"],["annotated.html"]];',
    "namespaces.html": page('<table class="directory"><tr><td>'
                            '<a class="el" href="namespaceclientele.html">clientele</a></td></tr></table>'),
    "classes.html": page('<div class="classindex"><a class="el" href="structclientele_1_1a.html">a</a></div>'),
    "annotated.html": page('<table class="directory"><tr><td>'
                           '<a class="el" href="structclientele_1_1a.html">a</a></td></tr></table>'),
    "namespaceclientele.html": page(
        '<table class="memberdecls">'
        '<tr class="memitem:x"><td class="memItemLeft">struct </td>'
        '<td class="memItemRight"><a class="el" href="structclientele_1_1a.html">a</a></td></tr>'
        '<tr class="memdesc:x"><td class="mdescLeft"></td><td class="mdescRight">Documented. </td></tr>'
        '</table>'),
    "structclientele_1_1a.html": page("<p>A struct.</p>"),
}


def check(changes):
    """The kinds of fault found in CLEAN with `changes` applied (None removes a file)."""
    files = dict(CLEAN)
    files.update(changes)
    with tempfile.TemporaryDirectory() as root:
        for name, text in files.items():
            if text is not None:
                with open(os.path.join(root, name), "w", encoding="utf-8") as f:
                    f.write(text)
        with contextlib.redirect_stdout(io.StringIO()):
            return sorted({kind for _, kind, _ in check_html.check_tree(root)})


class Faults(unittest.TestCase):
    def test_clean_tree_passes(self):
        self.assertEqual(check({}), [])

    def test_raw_markup(self):
        self.assertEqual(check({"tutorial.html": page("<p>a \\ilinebr b</p>")}), ["raw-markup"])
        self.assertEqual(check({"tutorial.html": page("<p>&lt;td&gt;cell&lt;/td&gt;</p>")}),
                         ["raw-markup"])
        self.assertEqual(check({"tutorial.html": page("<p>see @ref derived</p>")}), ["raw-markup"])

    def test_markdown_left_as_it_was(self):
        # A code span that did not close, as in a bullet merged with the next.
        self.assertEqual(check({"tutorial.html": page("<p>a round trip` holds for every profile</p>")}),
                         ["raw-markup"])
        self.assertEqual(check({"tutorial.html": page("<p>the **term_value** bullet</p>")}),
                         ["raw-markup"])
        self.assertEqual(check({"tutorial.html": page("<p>see [the guide](building.md)</p>")}),
                         ["raw-markup"])
        # Rendered markdown is clean; code is not searched.
        self.assertEqual(check({"tutorial.html": page("<p>a <code>span</code> and <b>bold</b></p>"
                                                      '<div class="fragment">`x` **y**</div>')}), [])

    def test_label_link(self):
        self.assertEqual(check({"index.html": page('<a class="el" href="tutorial.html">tutorial</a>')}),
                         ["label-link"])
        self.assertEqual(check({"index.html": page(
            '<a class="el" href="tutorial.html#tutorial_define">tutorial_define</a>')}), ["label-link"])

    def test_dead_link(self):
        self.assertEqual(check({"index.html": page('<a class="el" href="gone.html">Gone</a>')}),
                         ["dead-link"])

    def test_empty_namespace_index(self):
        self.assertEqual(check({"namespaces.html": page('<table class="directory"></table>')}),
                         ["empty-index"])
        self.assertEqual(check({"namespaces.html": None}), ["empty-index"])

    def test_empty_class_index(self):
        self.assertEqual(check({"classes.html": page('<div class="classindex"></div>')}),
                         ["empty-index"])
        self.assertEqual(check({"annotated.html": page('<table class="directory"></table>')}),
                         ["empty-index"])

    def test_undocumented_public_name(self):
        self.assertEqual(check({"namespaceclientele.html": page(
            '<table class="memberdecls">'
            '<tr class="memitem:x"><td class="memItemLeft">struct </td>'
            '<td class="memItemRight"><a class="el" href="structclientele_1_1a.html">a</a></td></tr>'
            '</table>')}), ["undocumented"])

    def test_internal_name(self):
        self.assertEqual(check({"tutorial.html": page("<p>uses detail::helper</p>")}),
                         ["internal-name"])

    def test_seed_citation(self):
        self.assertEqual(check({"tutorial.html": page("<p>as seed 003 says</p>")}), ["seed-citation"])

    def test_missing_image(self):
        self.assertEqual(check({"model.svg": None}), ["missing-image"])
        self.assertEqual(check({"chart.svg": None}), ["missing-image"])
        self.assertEqual(check({"chart.svg": ""}), ["missing-image"])
        self.assertEqual(check({"index.html": page('<iframe src="frame.svg"></iframe>')}),
                         ["missing-image"])

    def test_empty_listing(self):
        self.assertEqual(check({"tutorial.html": page('<p>It prints:</p><div class="fragment"></div>')}),
                         ["empty-listing"])

    def test_code_listings_are_not_searched(self):
        self.assertEqual(check({"x_8hpp_source.html": page("<p>\\ilinebr detail::x</p>")}), [])

    def test_known_faults_are_counted_per_page(self):
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
            f.write("# comment\ntutorial.html raw-markup 2\n")
        try:
            allowed = check_html.read_known(f.name)
        finally:
            os.unlink(f.name)
        self.assertEqual(allowed[("tutorial.html", "raw-markup")], 2)


if __name__ == "__main__":
    unittest.main()
