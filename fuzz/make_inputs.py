#!/usr/bin/env python3
"""Writes the fuzz targets' committed inputs: the libFuzzer dictionaries in fuzz/ from
the word lists below, and fuzz/seeds/phrase/ from every `when` phrase of the examples
and the documented example phrases (example_phrases(): the lists and the English table in
src/schedule/grammar_*.cpp).

libFuzzer takes only printable ASCII between a dictionary entry's quotes, so every
other byte is written as \\xNN, with the word itself in a comment above it. Run this
after changing a list, the examples or the example phrases:
python3 fuzz/make_inputs.py
"""
import hashlib
import json
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent

YAML_SYNTAX = [
    ": ", "- ", "---", "...", "&a ", "*a", "!!str ", "!!int ", "!!binary ", "!<tag:yaml.org,2002:str> ", "%YAML 1.2",
    "%TAG ! tag:x,2024:", "|", "|-", "|+", ">", ">-", "[", "]", "{", "}", ", ", "'", '"', "\\u00e9", "\\x41", "<<: ",
    "? ", "#", "\n", "\n  ", "\n    - ", "\t", "~", "null", "true", "false", "yes", "no", "on", "off", ".inf", "-.inf",
    ".nan", "0x1F", "0o17", "1e9", "-0", "12:30", "2023-09-01", "2023-02-30", "2023-2024", "\xef\xbb\xbf", "\r\n",
]

PHRASE_WORDS = [
    "每周", "每月", "每天", "每日", "每季度", "每学期", "每学年", "每年", "每期", "单周", "双周", "隔周", "两周一次",
    "每两周", "周", "星期", "礼拜", "一", "二", "三", "四", "五", "六", "日", "天", "十", "两", "百", "〇",
    "月", "号", "前", "之前", "以前", "初", "底", "末", "月底", "月底前", "上旬", "中旬", "下旬", "份", "次年",
    "第二年", "第", "至", "到", "、", "（", "）", "(", ")", "-", "~", "—", "..", "开学前", "开学初", "开学第一个月",
    "开学第一周", "期中", "期末", "学期末", "期初", "秋季", "冬季", "春季", "夏季", "不少于", "至少", "次", "节",
    "篇", "课时", "一次", "例查", "大教研", "１", "８", "　",
    "daily", "weekly", "monthly", "quarterly", "every", "on", "by", "before", "day", "days", "week", "weeks",
    "month", "term", "year", "quarter", "at least", "per", "times", "once", "twice", "odd", "even", "next year",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "thursday", "september", "march", "feb-mar", "to", "and",
    "start", "end of term", "mid-term", "before term", "first month", "2023-10-13", "..2023-10-20",
]

JSON_SYNTAX = ["{", "}", "[", "]", ":", ",", '"', "true", "false", "null", "-0", "1e999", "2147483648",
               "-2147483649", "9223372036854775808", "\\u0000", "\\ud800", "\\\\", "/*", "//"]
HOLIDAY_KEYS = ["year", "days", "name", "date", "isOffDay", "source", "元旦", "春节", "2027-01-01", "2026-12-31",
                "2024-02-29", "2023-02-29"]


def escape(word: str) -> str:
    out = []
    for b in word.encode("utf-8"):
        c = chr(b)
        if c in '"\\' or not (0x20 <= b < 0x7F):
            out.append(f"\\x{b:02x}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def write(name: str, title: str, words: list[str]) -> None:
    lines = [f"# {title}", "# Written by fuzz/make_inputs.py; edit the lists there."]
    seen = set()
    for w in words:
        if w in seen:
            continue
        seen.add(w)
        if any(not (0x20 <= ord(c) < 0x7F) for c in w) or '"' in w or "\\" in w:
            lines.append("# " + json.dumps(w, ensure_ascii=False))
        lines.append(escape(w))
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def schema_keys() -> list[str]:
    schema = json.loads((HERE.parent / "schemas" / "plan.schema.json").read_text(encoding="utf-8"))
    keys: set[str] = set()
    values: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.get("properties", {}).items():
                keys.add(k)
            for v in node.get("enum", []):
                if isinstance(v, str):
                    values.add(v)
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(schema)
    return [k + ": " for k in sorted(keys)] + sorted(values)


write("yaml.dict", "YAML syntax, the plan format's keys and values, and schedule phrase words (fuzz_load).",
      YAML_SYNTAX + schema_keys() + PHRASE_WORDS)
write("phrase.dict", "Words of the schedule phrase language (fuzz_phrase).", PHRASE_WORDS)
write("json.dict", "JSON syntax and the holiday-cn file's keys (fuzz_holidays).", JSON_SYNTAX + HOLIDAY_KEYS)


def example_phrases() -> list[str]:
    """The ISO and Chinese example lists, then the English table's keyword(...) and pattern(...) rows."""
    found = []
    for grammar, list_start, entry in (("iso", r"_examples\(\)\s*\{", r'"((?:[^"\\]|\\.)*)"'),
                                       ("zh", r"_examples\(\)\s*\{", r'"((?:[^"\\]|\\.)*)"'),
                                       ("en", r"english_forms\(\)\s*\{",
                                        r'(?:keyword|pattern)\(\s*"((?:[^"\\]|\\.)*)"')):
        path = HERE.parent / "src" / "schedule" / f"grammar_{grammar}.cpp"
        block = re.search(list_start + r".*? = \{(.*?)\};", path.read_text(encoding="utf-8"), re.S)
        if not block:
            sys.exit(f"make_inputs: the example phrases were not found in {path}")
        found += re.findall(entry, block.group(1))
    return found


def example_when_phrases() -> list[str]:
    found = []

    def walk(node):
        if isinstance(node, dict):
            when = node.get("when")
            if isinstance(when, str):
                found.append(when)
            elif isinstance(when, list):
                found.extend(w for w in when if isinstance(w, str))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for path in sorted((HERE.parent / "examples").glob("*.yaml")):
        # BaseLoader: every scalar as text, as the plan reads phrases.
        walk(yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader))
    return found


seeds = HERE / "seeds" / "phrase"
seeds.mkdir(parents=True, exist_ok=True)
for old in seeds.iterdir():
    old.unlink()
for phrase in sorted(set(example_phrases() + example_when_phrases())):
    data = phrase.encode("utf-8")
    (seeds / hashlib.sha1(data).hexdigest()[:16]).write_bytes(data)
