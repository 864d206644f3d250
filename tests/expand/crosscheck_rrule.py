#!/usr/bin/python3
"""Cross-checks `plan expand` against an independent recurrence implementation.

For two real academic years, weekly, alternate-week, every-two-weeks, monthly and
daily rules are generated with python-dateutil's rrule and filtered by school days
computed here from the holiday data (the same official data, read independently of
plan's code), then compared date by date with `plan expand --format json`.

usage: crosscheck_rrule.py PLAN_BINARY HOLIDAY_DIR
"""
import datetime as dt
import json
import pathlib
import subprocess
import sys
import tempfile

from dateutil.rrule import DAILY, MONTHLY, WEEKLY, TH, TU, WE, FR, rrule

YEARS = {
    "2023-2024": [(dt.date(2023, 9, 1), dt.date(2024, 1, 26)), (dt.date(2024, 2, 26), dt.date(2024, 7, 5))],
    "2025-2026": [(dt.date(2025, 9, 1), dt.date(2026, 1, 30)), (dt.date(2026, 3, 2), dt.date(2026, 7, 10))],
}

RULES = {
    "thu": "每周四",
    "tue-thu": "周二、周四",
    "odd-thu": "单周周四",
    "even-tue": "双周周二",
    "fortnight-wed": "每两周周三",
    "day15": "每月15日",
    "by8": "每月8日前",
    "month-end": "每月底",
    "daily": "每天",
}


def load_holidays(directory):
    off, work = set(), set()
    for path in sorted(pathlib.Path(directory).glob("cn-*.json")):
        for day in json.loads(path.read_text(encoding="utf-8"))["days"]:
            (off if day["isOffDay"] else work).add(dt.date.fromisoformat(day["date"]))
    return off, work


def expected(rule, terms, off, work):
    def school(d, term):
        first, last = term
        if not first <= d <= last:
            return False
        if d in work:
            return True
        return d.weekday() < 5 and d not in off

    def as_dates(r):
        return [x.date() for x in r]

    out = set()
    for term in terms:
        first, last = term
        monday = first - dt.timedelta(days=first.weekday())
        start = dt.datetime.combine(monday, dt.time())
        until = dt.datetime.combine(last, dt.time())
        if rule == "thu":
            days = as_dates(rrule(WEEKLY, byweekday=TH, dtstart=start, until=until))
        elif rule == "tue-thu":
            days = as_dates(rrule(WEEKLY, byweekday=(TU, TH), dtstart=start, until=until))
        elif rule == "odd-thu":
            days = as_dates(rrule(WEEKLY, interval=2, byweekday=TH, dtstart=start, until=until))
        elif rule == "even-tue":
            days = as_dates(rrule(WEEKLY, interval=2, byweekday=TU, dtstart=start + dt.timedelta(days=7), until=until))
        elif rule == "fortnight-wed":
            days = as_dates(rrule(WEEKLY, interval=2, byweekday=WE, dtstart=start, until=until))
        elif rule == "day15":
            days = as_dates(rrule(MONTHLY, bymonthday=15, dtstart=start, until=until))
        elif rule == "daily":
            days = as_dates(rrule(DAILY, dtstart=start, until=until))
        elif rule == "by8":
            for d in as_dates(rrule(MONTHLY, bymonthday=8, dtstart=start, until=until)):
                if not first <= d <= last:
                    continue
                while d >= first and not school(d, term):
                    d -= dt.timedelta(days=1)
                if d >= first:
                    out.add(d)
            continue
        elif rule == "month-end":
            for d in as_dates(rrule(MONTHLY, bymonthday=-1, dtstart=start, until=until + dt.timedelta(days=31))):
                d = min(d, last)
                month_start = max(d.replace(day=1), first)
                while d >= month_start and not school(d, term):
                    d -= dt.timedelta(days=1)
                if d >= month_start:
                    out.add(d)
            continue
        out.update(d for d in days if school(d, term))
    return out


def main():
    plan, holiday_dir = sys.argv[1], sys.argv[2]
    off, work = load_holidays(holiday_dir)
    failures = 0
    compared = 0
    for year, terms in YEARS.items():
        lines = ["format: 1", "school: 测试小学", "title: 交叉检验", f"academic_year: {year}", "calendar:", "  terms:"]
        for i, (first, last) in enumerate(terms, 1):
            lines.append(f"    - {{term: {i}, first_day: {first}, last_day: {last}}}")
        lines.append("items:")
        for rule_id, phrase in RULES.items():
            lines.append(f"  - {{id: {rule_id}, title: {rule_id}, when: {phrase}}}")
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp) / "plan.yaml"
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            result = subprocess.run([plan, "expand", "--format", "json", str(path)], capture_output=True, text=True,
                                    check=False)
        if result.returncode != 0:
            print(f"FAIL: plan expand exited {result.returncode}: {result.stderr}")
            return 1
        actual = {}
        for o in json.loads(result.stdout)["occurrences"]:
            actual.setdefault(o["id"], set()).add(dt.date.fromisoformat(o.get("date") or o["start"]))
        for rule_id in RULES:
            want = expected(rule_id, terms, off, work)
            got = actual.get(rule_id, set())
            compared += len(want)
            if want != got:
                failures += 1
                print(f"FAIL {year} {RULES[rule_id]}: missing {sorted(want - got)[:5]}, extra {sorted(got - want)[:5]}")
    print(f"{compared} dates compared over {len(YEARS)} academic years, {failures} rules differ")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
