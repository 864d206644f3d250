#!/usr/bin/python3
"""Checks that `plan expand` Markdown renders as GitHub task lists with cmark-gfm.

For each plan: every `- [ ] ...` line must become a list item with an unchecked
checkbox (<input type="checkbox" disabled="" /> from the tasklist extension), and
plan text must not turn into markup: no <em>, <strong>, <code>, <a> or <table> in
the HTML (titles with * _ ` | [ ] & are escaped).
usage: check_task_lists.py CMARK_GFM PLAN_BINARY PLAN_FILE...
"""
import re
import subprocess
import sys


def main():
    cmark, plan, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    failures = 0
    for path in files:
        md = subprocess.run([plan, "expand", "--explain", path], capture_output=True, text=True, check=True).stdout
        tasks = sum(1 for line in md.splitlines() if line.startswith("- [ ] "))
        html = subprocess.run([cmark, "--extension", "tasklist", "--extension", "table", "--extension", "autolink"],
                              input=md, capture_output=True, text=True, check=True).stdout
        boxes = len(re.findall(r'<li><input type="checkbox" disabled="" />', html))
        markup = re.findall(r"<(em|strong|code|a|table)\b", html)
        print(f"{path}: {tasks} task lines, {boxes} checkboxes, stray markup: {sorted(set(markup)) or 'none'}")
        if tasks == 0 or boxes != tasks or markup:
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
