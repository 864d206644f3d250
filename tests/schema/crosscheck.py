#!/usr/bin/python3
"""Cross-checks schemas/plan.schema.json with an implementation independent of plan.

1. The schema is a valid draft-07 schema (jsonschema's metaschema check).
2. Every file in examples/ is valid against it.
3. For every file of the invalid corpus, jsonschema and `plan validate` agree on
   whether the file is structurally valid: plan counts a file as structurally
   invalid when it reports yaml-syntax, empty-file, yaml-multiple-documents,
   encoding, yaml-tag (a tag the format does not define changes what a node is:
   PyYAML reads !!binary as bytes) or any schema-* rule; jsonschema when the
   YAML does not load (as UTF-8) or validation fails.

YAML is read the way plan reads it, as YAML 1.2 core schema: only true/false are
booleans and dates stay text (PyYAML alone follows YAML 1.1).
"""
import argparse
import json
import pathlib
import subprocess
import sys

import jsonschema
import yaml

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "support"))


from yaml12 import Yaml12Loader  # noqa: E402 (tests/support)

STRUCTURAL_RULES = {"yaml-syntax", "empty-file", "yaml-multiple-documents", "encoding", "yaml-tag"}


def jsonschema_errors(validator, path):
    """None when the file loads and validates, else a short reason."""
    try:
        text = path.read_bytes().decode("utf-8")
        if text.startswith("\ufeff"):
            text = text[1:]
        documents = list(yaml.load_all(text, Loader=Yaml12Loader))
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        return f"does not load: {type(error).__name__}"
    if len(documents) != 1 or documents[0] is None:
        return f"{len(documents)} documents"
    errors = sorted(validator.iter_errors(documents[0]), key=lambda e: list(e.path))
    if errors:
        return "; ".join(f"/{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:3])
    return None


def plan_structural_rules(plan, path):
    result = subprocess.run([plan, "validate", "--format", "json", str(path)],
                            capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):
        raise SystemExit(f"plan validate failed on {path}: {result.stderr}")
    rules = {d["rule"] for d in json.loads(result.stdout)}
    return {r for r in rules if r in STRUCTURAL_RULES or r.startswith("schema")}


def undocumented_properties(schema):
    """Properties without title, description and examples (directly or on the
    definition they refer to): editors show these on completion and hover."""
    definitions = schema.get("definitions", {})
    missing = []

    def walk(node, path, seen):
        if not isinstance(node, dict):
            return
        if "$ref" in node:
            name = node["$ref"].split("/")[-1]
            if name in seen:
                return
            seen.add(name)
            node = definitions[name]
        for key, sub in node.get("properties", {}).items():
            if not isinstance(sub, dict):
                continue
            target = definitions[sub["$ref"].split("/")[-1]] if "$ref" in sub else {}
            for needed in ("title", "description", "examples"):
                if needed not in sub and needed not in target:
                    missing.append(f"{path}/{key}: no {needed}")
            walk(sub, f"{path}/{key}", seen)
        walk(node.get("items"), f"{path}/[]", seen)
        walk(node.get("then"), path, seen)

    walk(schema, "", set())
    return missing


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plan", required=True)
    parser.add_argument("--schema", required=True)
    parser.add_argument("--examples", required=True)
    parser.add_argument("--invalid", required=True)
    args = parser.parse_args()

    schema = json.loads(pathlib.Path(args.schema).read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    failures = [f"schema property {m}" for m in undocumented_properties(schema)]

    examples = sorted(pathlib.Path(args.examples).glob("*.yaml"))
    if not examples:
        failures.append("no examples found")
    for path in examples:
        reason = jsonschema_errors(validator, path)
        if reason:
            failures.append(f"{path.name}: example is invalid for jsonschema: {reason}")

    invalid = sorted(pathlib.Path(args.invalid).glob("*.yaml"))
    structurally_invalid = 0
    for path in invalid:
        reason = jsonschema_errors(validator, path)
        rules = plan_structural_rules(args.plan, path)
        if bool(reason) != bool(rules):
            failures.append(f"{path.name}: jsonschema says {reason or 'valid'}, "
                            f"plan says {', '.join(sorted(rules)) or 'structurally valid'}")
        structurally_invalid += bool(reason)

    print(f"schema is valid draft-07; {len(examples)} examples valid; "
          f"{len(invalid)} invalid-corpus files compared ({structurally_invalid} structurally invalid)")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
