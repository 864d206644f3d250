#!/usr/bin/python3
"""Checks a full `plan expand --format json` run against the calendar, independently.

Run on a plan file, it recomputes school days and teaching weeks here (from the
plan's term dates and the holiday data files) and checks every occurrence:
  - sorted by date; end >= date; due within [date, end];
  - weekday, term and teaching week agree with the date;
  - a day or deadline that was not moved, and whose rule skips days without school,
    is on a school day inside its term;
  - a moved occurrence moved from a day without school to an earlier (policy
    before) or later (after) school day;
  - a window's due date is its last school day (or its last day when it has none).
usage: check_invariants.py PLAN_BINARY PLAN_FILE HOLIDAY_DIR
"""
import datetime as dt
import json
import pathlib
import subprocess
import sys

import yaml

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "support"))


from yaml12 import Yaml12Loader  # noqa: E402 (tests/support)

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
SKIPPING = ("weekly", "every", "monthly on day", "every school day", "teaching week")


def main():
    plan, plan_file, holiday_dir = sys.argv[1:4]
    off, work = set(), set()
    for path in sorted(pathlib.Path(holiday_dir).glob("cn-*.json")):
        for day in json.loads(path.read_text(encoding="utf-8"))["days"]:
            (off if day["isOffDay"] else work).add(dt.date.fromisoformat(day["date"]))
    doc = yaml.load(pathlib.Path(plan_file).read_text(encoding="utf-8"), Loader=Yaml12Loader)
    calendar = doc["calendar"]
    if calendar.get("national_holidays", True) is False:
        off, work = set(), set()
    for entry in calendar.get("holidays", []):  # the plan's own entries win
        first = dt.date.fromisoformat(entry.get("date") or entry["from"])
        last = dt.date.fromisoformat(entry.get("date") or entry["to"])
        while first <= last:
            off.discard(first)
            work.discard(first)
            (work if entry.get("kind") == "workday" else off).add(first)
            first += dt.timedelta(days=1)
    covered = doc.get("terms") or [t["term"] for t in calendar["terms"]]
    terms = {t["term"]: (dt.date.fromisoformat(t["first_day"]), dt.date.fromisoformat(t["last_day"]))
             for t in calendar["terms"] if t["term"] in covered}
    days_off = set()
    for entry in calendar.get("days_off", []):
        first = dt.date.fromisoformat(entry.get("date") or entry["from"])
        last = dt.date.fromisoformat(entry.get("date") or entry["to"])
        while first <= last:
            days_off.add(first)
            first += dt.timedelta(days=1)
    if not terms:
        print("FAIL: no terms found in the plan")
        return 1

    def term_of(d):
        return next((n for n, (a, b) in terms.items() if a <= d <= b), 0)

    def school(d):
        if not term_of(d) or d in days_off:
            return False
        return d in work or (d.weekday() < 5 and d not in off)

    def week(d):
        n = term_of(d)
        if not n:
            return 0
        first = terms[n][0]
        return (d - (first - dt.timedelta(days=first.weekday()))).days // 7 + 1

    result = subprocess.run([plan, "expand", "--format", "json", plan_file], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        print("FAIL: plan expand:", result.stderr)
        return 1
    occurrences = json.loads(result.stdout)["occurrences"]
    problems = []
    previous = None
    for o in occurrences:
        start = dt.date.fromisoformat(o.get("date") or o["start"])
        end = dt.date.fromisoformat(o.get("end") or o["date"])
        due = dt.date.fromisoformat(o["due"])
        where = f"{o['title']} {start}"
        if previous and start < previous:
            problems.append(f"{where}: not sorted")
        previous = start
        if not start <= due <= end:
            problems.append(f"{where}: due {due} outside {start}..{end}")
        if o["weekday"] != WEEKDAYS[start.weekday()]:
            problems.append(f"{where}: weekday {o['weekday']}")
        if o["term"] and term_of(start) and (o["term"] != term_of(start) or o["week"] != week(start)):
            problems.append(f"{where}: term/week {o['term']}/{o['week']}, expected {term_of(start)}/{week(start)}")
        if o["kind"] in ("day", "deadline"):
            if o["moved"]:
                source = dt.date.fromisoformat(o["moved"]["from"])
                forward = o["moved"]["policy"] == "after"
                if school(source) or not school(start) or (start > source) != forward:
                    problems.append(f"{where}: bad move from {source}")
            elif o["meaning"].startswith(SKIPPING) and not school(start):
                problems.append(f"{where}: on a day without school ({o['meaning']})")
        else:
            days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
            school_days = [d for d in days if school(d)]
            if due != (school_days[-1] if school_days else end):
                problems.append(f"{where}: due {due}, last school day of the window is "
                                f"{school_days[-1] if school_days else None}")
    for p in problems[:20]:
        print("FAIL:", p)
    print(f"{len(occurrences)} occurrences checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
