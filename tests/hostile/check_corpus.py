#!/usr/bin/env python3
"""Checks that the hostile corpus is whole: every kind has at least 5 files and the
corpus at least 100, every file (committed, or written by generate.py) has an .expect
and every .expect a file, and each .expect says why, the exit status and, for a file
plan refuses, the diagnostic it must give.

usage: check_corpus.py
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import generate  # noqa: E402  (the names of the generated files)

KINDS = ['syntax', 'types', 'dates', 'duplicates', 'phrases', 'encodings', 'binary', 'empty', 'huge', 'deep',
         'aliases', 'control', 'bidi', 'longlines', 'positions', 'injection', 'silent']
COMMANDS = {'validate', 'expand', 'holidays', 'calendar-month', 'calendar-weeks', 'summary'}
MIN_FILES = 100
MIN_PER_KIND = 5


def main():
    problems = []
    committed = set()
    expects = set()
    for kind in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, kind)
        if not os.path.isdir(path) or kind.startswith('.') or kind == '__pycache__':
            continue
        if kind not in KINDS:
            problems.append(f'{kind}/: not one of the kinds {", ".join(KINDS)}')
            continue
        for name in os.listdir(path):
            stem, ext = os.path.splitext(name)
            if ext in ('.yaml', '.json'):  # a plan, or a holidays file given with --holidays
                committed.add(f'{kind}/{stem}')
            elif ext == '.expect':
                expects.add(f'{kind}/{stem}')
            else:
                problems.append(f'{kind}/{name}: neither a .yaml or .json file nor an .expect')
    generated = set(generate.FILES)
    for name in committed & generated:
        problems.append(f'{name}: both committed and generated')
    files = committed | generated
    for name in sorted(files - expects):
        problems.append(f'{name}.yaml: no .expect')
    for name in sorted(expects - files):
        problems.append(f'{name}.expect: no .yaml or .json file, committed or generated')
    for name in sorted(committed):
        path = os.path.join(HERE, name + '.yaml')
        if not os.path.exists(path):
            path = os.path.join(HERE, name + '.json')
        if os.path.getsize(path) > 100 * 1024:
            problems.append(f'{name}: larger than 100 KB; let generate.py write it')

    for name in sorted(expects & files):
        with open(os.path.join(HERE, name + '.expect'), encoding='utf-8') as f:
            lines = f.read().split('\n')
        if not any(line.startswith('# why: ') for line in lines):
            problems.append(f'{name}.expect: no `# why:` line')
        rcs = [line for line in lines if re.fullmatch(r'rc [0-9]+', line)]
        if len(rcs) != 1:
            problems.append(f'{name}.expect: {len(rcs)} `rc N` lines, expected 1')
            continue
        for line in lines:
            m = re.match(r'(?:rc)?\[([^]]*)\]', line)
            if m and not set(m.group(1).split(',')) <= COMMANDS:
                problems.append(f'{name}.expect: unknown subcommand in `{line[:40]}`')
        rc = rcs[0].split()[1]
        header = re.compile(re.escape(name) + r'\.(yaml|json):[0-9]+:[0-9]+: (error|warning): .* \[[a-z0-9-]+\]$')
        if rc == '1' and not any(header.match(line) for line in lines):
            problems.append(f'{name}.expect: rc 1 without a `FILE:LINE:COLUMN: error: ... [rule]` line')
        if rc == '2' and not any(line.startswith('plan: error: ') for line in lines):
            problems.append(f'{name}.expect: rc 2 without a `plan: error:` line')

    counts = {kind: sum(1 for name in files if name.split('/')[0] == kind) for kind in KINDS}
    for kind, count in counts.items():
        if count < MIN_PER_KIND:
            problems.append(f'{kind}: {count} files, at least {MIN_PER_KIND} wanted')
    if len(files) < MIN_FILES:
        problems.append(f'{len(files)} files in all, at least {MIN_FILES} wanted')

    for p in problems:
        print('FAIL: ' + p)
    print(f'{len(files)} files ({len(committed)} committed, {len(generated)} generated): ' +
          ', '.join(f'{kind} {counts[kind]}' for kind in KINDS))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
