#!/usr/bin/python3
"""Checks that the plan format reads the same to a YAML 1.1 tool as to plan.

plan reads YAML 1.2. Many scripts a school district would write do not: PyYAML,
Ruby's Psych and Go's yaml.v2 follow YAML 1.1, where `off`, `on`, `yes`, `no`,
`y` and `n` are booleans, `1:30` is the number 90 and a plain `=` is a special
value. This test reads, with PyYAML's yaml.safe_load exactly as such a script
would (no custom loader, no custom resolver):

1. every file in examples/;
2. every entry of every `examples` array in schemas/plan.schema.json, written out
   as YAML the way a plan author writes it: keys plain; values plain unless YAML
   1.2 would read the plain form as something else or could not parse it, or plan
   warns about the plain form (yaml11-boolean, yaml11-value), in which case they
   are in double quotes;

and validates each against the schema (an example against the schema it is an
example of) with jsonschema. A key or an enumerated value that YAML 1.1 reads as
something other than the text plan reads makes this fail.

Dates: PyYAML turns an unquoted YYYY-MM-DD into a datetime.date, and JSON (so
JSON Schema) has no date type; the schema's dates are strings with a YYYY-MM-DD
pattern. A script has to turn them back into text to validate at all, so this
one does what such a script would: every datetime.date value (only date, not
datetime, and only values, not keys) becomes date.isoformat(). For a date alone
PyYAML accepts only the form YYYY-MM-DD, so that gives back exactly the text
written. Nothing else is converted: a key read as a boolean stays False, a
sexagesimal number stays an integer, and validation fails on it.

--self-test runs the check on cases it must reject (plans with `off: false` and
`off: true`, a schema example with an `off` key, a sexagesimal value, a plain
`op: =`) and on cases it must accept (`kind: workday`), so that the check itself
is shown to be able to fail.

usage: yaml11_check.py --schema SCHEMA --examples DIR
       yaml11_check.py --schema SCHEMA --self-test
"""
import argparse
import datetime as dt
import json
import pathlib
import re
import sys

import jsonschema
import yaml

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "support"))


from yaml12 import Yaml12Loader  # noqa: E402 (tests/support; only to check what is written)

# Plain scalars that the YAML 1.2 core schema reads as something other than text.
YAML12_NON_TEXT = re.compile(
    r"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE"
    r"|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
    r"|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")
# Plain values plan warns about (rules yaml11-boolean and yaml11-value): plan tells
# authors to quote them, so an author who heeds it writes them in quotes.
PLAN_WARNS = re.compile(r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|=|<<)$")


def plain_ok(text):
    """True when YAML 1.2 reads `text` written plain, in block context, as that text."""
    if not text or text != text.strip() or any(c in text for c in "\n\r\t"):
        return False
    if text[0] in "-?:,[]{}#&*!|>'\"%@`":
        return False
    if ": " in text or " #" in text or text.endswith(":"):
        return False
    return not YAML12_NON_TEXT.match(text)


def scalar(value, key=False):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if plain_ok(value) and (key or not PLAN_WARNS.match(value)):
        return value
    return json.dumps(value, ensure_ascii=False)


def to_yaml(value, indent=0):
    """Block-style YAML for a JSON value, as lines."""
    pad = " " * indent
    lines = []
    if isinstance(value, dict) and value:
        for k, v in value.items():
            if isinstance(v, (dict, list)) and v:
                lines.append(f"{pad}{scalar(k, key=True)}:")
                lines.extend(to_yaml(v, indent + 2))
            else:
                lines.append(f"{pad}{scalar(k, key=True)}: {to_yaml(v)[0].strip()}")
    elif isinstance(value, list) and value:
        for v in value:
            inner = to_yaml(v, indent + 2)
            inner[0] = pad + "- " + inner[0][indent + 2:]
            lines.extend(inner)
    elif isinstance(value, dict):
        lines.append(pad + "{}")
    elif isinstance(value, list):
        lines.append(pad + "[]")
    else:
        lines.append(pad + scalar(value))
    return lines


def dates_as_text(value):
    """What a script feeding JSON Schema has to do with PyYAML's dates (see above)."""
    if type(value) is dt.date:  # noqa: E721 (a datetime is a date too, and stays as it is)
        return value.isoformat()
    if isinstance(value, dict):
        return {k: dates_as_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [dates_as_text(v) for v in value]
    return value


def problems(schema, definitions, text):
    """None when `text` loads with yaml.safe_load and is valid, else a short reason."""
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as error:
        return f"yaml.safe_load refuses it: {str(error).splitlines()[0]}"
    # The definitions beside the schema, so that its "#/definitions/..." references
    # resolve; without "$id", which would make them refer to the schema's address.
    wrapper = {"definitions": definitions, "allOf": [{k: v for k, v in schema.items() if k != "$id"}]}
    validator = jsonschema.Draft7Validator(wrapper)
    errors = sorted(validator.iter_errors(dates_as_text(document)), key=lambda e: list(map(str, e.path)))
    if errors:
        return "; ".join(f"/{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:3])
    return None


def schema_examples(node, pointer=""):
    """(pointer, schema node, example) for every entry of every `examples` array."""
    if isinstance(node, dict):
        for example in node.get("examples", []) if isinstance(node.get("examples"), list) else []:
            yield pointer, node, example
        for key, sub in node.items():
            if key != "examples":
                yield from schema_examples(sub, f"{pointer}/{key}")
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            yield from schema_examples(sub, f"{pointer}/{i}")


def check(schema, examples_dir):
    failures = []
    definitions = schema.get("definitions", {})
    files = sorted(pathlib.Path(examples_dir).glob("*.yaml"))
    if not files:
        failures.append(f"no examples in {examples_dir}")
    for path in files:
        reason = problems(schema, definitions, path.read_text(encoding="utf-8"))
        if reason:
            failures.append(f"{path.name}: {reason}")
    count = 0
    for pointer, node, example in schema_examples(schema):
        count += 1
        text = "\n".join(to_yaml(example)) + "\n"
        if yaml.load(text, Loader=Yaml12Loader) != example:  # the text must say what the example says
            failures.append(f"schema example at {pointer or '/'} is not written faithfully:\n{text}")
            continue
        reason = problems(node, definitions, text)
        if reason:
            failures.append(f"schema example at {pointer or '/'}: {reason}\n--- written as:\n{text}---")
    print(f"{len(files)} example files and {count} schema examples read with yaml.safe_load (YAML 1.1)")
    return failures


PLAN = """\
format: 1
school: 示例小学
title: 示例小学工作计划
academic_year: 2023-2024
calendar:
  terms:
    - {term: 1, first_day: 2023-09-01, last_day: 2024-01-26}
  holidays:
    - {name: 国庆节, from: 2023-09-29, to: 2023-10-06}
    - {name: 国庆节调休, date: 2023-10-07, HOLIDAY_KIND}
"""


def self_test(schema):
    definitions = schema.get("definitions", {})
    holiday = {"type": "object", "additionalProperties": False,
               "properties": {"name": {"type": "string"}, "off": {"type": "boolean"}},
               "examples": [{"name": "国庆节调休", "off": False}]}
    must_fail = {
        "a plan with `off: false`": (schema, PLAN.replace("HOLIDAY_KIND", "off: false")),
        "a plan with `off: true`": (schema, PLAN.replace("HOLIDAY_KIND", "off: true")),
        "a schema example with an `off` key": (holiday, "\n".join(to_yaml(holiday["examples"][0])) + "\n"),
        "a schema example `1:30` for text": ({"type": "string"}, "\n".join(to_yaml("1:30")) + "\n"),
        "a plan with a plain `op: =`": (schema, PLAN.replace("HOLIDAY_KIND", "kind: workday") +
                                       "items:\n  - title: 辍学率\n    target: {indicator: 辍学率, op: =, value: 0}\n"),
    }
    must_pass = {
        "a plan with `kind: workday`": (schema, PLAN.replace("HOLIDAY_KIND", "kind: workday")),
        "a schema example `=` for text": ({"type": "string", "enum": ["="]}, "\n".join(to_yaml("=")) + "\n"),
    }
    failures = []
    for name, (node, text) in must_fail.items():
        reason = problems(node, definitions, text)
        print(f"{name}: {reason or 'accepted'}")
        if not reason:
            failures.append(f"the check accepts {name}")
    for name, (node, text) in must_pass.items():
        reason = problems(node, definitions, text)
        if reason:
            failures.append(f"the check rejects {name}: {reason}")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--schema", required=True)
    parser.add_argument("--examples")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    schema = json.loads(pathlib.Path(args.schema).read_text(encoding="utf-8"))
    if args.self_test:
        failures = self_test(schema)
    elif args.examples:
        failures = check(schema, args.examples)
    else:
        parser.error("give --examples DIR or --self-test")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
