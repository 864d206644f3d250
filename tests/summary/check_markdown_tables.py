#!/usr/bin/env python3
"""Checks that the Markdown tables of plan's output render as tables with a real
GitHub-flavoured Markdown parser (cmark-gfm with its table extension).

For every table in the Markdown (a run of lines that begin with `|`), the HTML that
cmark-gfm makes must have a <table> with one row per line (the delimiter row aside),
as many cells in each row as the header has, and each cell's text equal to the
Markdown cell with its backslash escapes removed. So a cell with an unescaped `|`
(cmark-gfm drops the cells beyond the header's), a line break inside a row, a
missing delimiter row or a blank line inside a table all fail.

usage: check_markdown_tables.py CMARK_GFM PLAN_BINARY MIN_TABLES -- COMMAND ARGUMENTS...
       check_markdown_tables.py CMARK_GFM --self-test
"""
import html.parser
import re
import subprocess
import sys

ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def split_row(line):
    """The cells of a Markdown table line: split at unescaped pipes."""
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    cells, cell, i = [], "", 0
    while i < len(body):
        if body[i] == "\\" and i + 1 < len(body):
            cell += body[i : i + 2]
            i += 2
            continue
        if body[i] == "|":
            cells.append(cell)
            cell = ""
        else:
            cell += body[i]
        i += 1
    cells.append(cell)
    return [ESCAPE.sub(r"\1", c).strip() for c in cells]


def markdown_tables(text):
    """Each table of the Markdown source: a list of rows of cell texts (delimiter row left out)."""
    tables, current = [], []
    for line in text.split("\n"):
        if line.startswith("|"):
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return [[split_row(row) for i, row in enumerate(t) if i != 1] for t in tables]


class Tables(html.parser.HTMLParser):
    """Collects the cell texts of every <table> in the HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.row, self.cell = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append(self.cell.strip())
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.tables[-1].append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def problems(cmark, markdown, min_tables):
    html_text = subprocess.run([cmark, "--extension", "table"], input=markdown, capture_output=True, text=True,
                               check=True).stdout
    parser = Tables()
    parser.feed(html_text)
    source = markdown_tables(markdown)
    found = []
    if "<table>" not in html_text:
        found.append("the HTML has no <table>")
    if len(source) < min_tables:
        found.append(f"{len(source)} tables in the Markdown, expected at least {min_tables}")
    if len(parser.tables) != len(source):
        found.append(f"{len(source)} tables in the Markdown but {len(parser.tables)} in the HTML")
    for n, (want, got) in enumerate(zip(source, parser.tables), 1):
        if len(want) != len(got):
            found.append(f"table {n}: {len(want)} rows in the Markdown, {len(got)} in the HTML")
        width = len(want[0])
        for r, (want_row, got_row) in enumerate(zip(want, got), 1):
            if len(want_row) != width:
                found.append(f"table {n} row {r}: {len(want_row)} cells, the header has {width}: {want_row}")
            if want_row != got_row:
                found.append(f"table {n} row {r}: Markdown cells {want_row} render as {got_row}")
    return found


def self_test(cmark):
    good = "# t\n\n| a | b |\n|---|---:|\n| x \\| y | 1 |\n| \\*z\\* | 2 |\n"
    broken = {
        "unescaped pipe in a cell": "| a | b |\n|---|---|\n| x | y | 1 |\n",
        "no delimiter row": "| a | b |\n| x | 1 |\n",
        "line break inside a row": "| a | b |\n|---|---|\n| x\ny | 1 |\n",
        "blank line inside the table": "| a | b |\n|---|---|\n| x | 1 |\n\n| y | 2 |\n",
        "delimiter row too short": "| a | b |\n|---|\n| x | 1 |\n",
    }
    status = 0
    if problems(cmark, good, 1):
        print("FAIL: a good table is reported:", problems(cmark, good, 1))
        status = 1
    for name, text in broken.items():
        if not problems(cmark, text, 1):
            print(f"FAIL: a broken table passes: {name}")
            status = 1
    if status == 0:
        print(f"self-test: a good table passes, {len(broken)} broken ones fail")
    return status


def main():
    cmark = sys.argv[1]
    if sys.argv[2:] == ["--self-test"]:
        return self_test(cmark)
    plan, min_tables, separator = sys.argv[2], int(sys.argv[3]), sys.argv[4]
    assert separator == "--", __doc__
    run = subprocess.run([plan, *sys.argv[5:]], capture_output=True, text=True)
    if run.returncode != 0:
        print(f"FAIL: plan summary exited with {run.returncode}: {run.stderr}")
        return 1
    found = problems(cmark, run.stdout, min_tables)
    for p in found:
        print("FAIL:", p)
    if not found:
        print(f"{len(markdown_tables(run.stdout))} tables render as tables")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
