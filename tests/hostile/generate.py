#!/usr/bin/env python3
"""Writes the hostile files too large to commit into OUT_DIR/<kind>/<name>.yaml.

Each file is built from seed.yaml (next to this script) and is the same on every run.
Its expectations are committed as tests/hostile/<kind>/<name>.expect like those of the
committed files; run.sh finds the .yaml in OUT_DIR instead.

usage: generate.py OUT_DIR
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MIB = 1024 * 1024
INPUT_LIMIT = 8 * MIB  # plan reads files up to this many bytes

with open(os.path.join(HERE, 'seed.yaml'), encoding='utf-8') as f:
    SEED = f.read()
SEED_LINES = SEED.split('\n')  # the last entry is '' after the final newline
HEAD = '\n'.join(SEED_LINES[:12]) + '\n'  # format ... owners, then `sections:`


def padded_to(size, text):
    """`text` followed by comment lines up to exactly `size` bytes of UTF-8."""
    head = text.encode('utf-8')
    line = ('# ' + '填充' * 40 + '\n').encode('utf-8')
    count = (size - len(head)) // len(line)
    rest = size - len(head) - count * len(line)
    tail = b'#' + b'x' * (rest - 2) + b'\n' if rest >= 2 else b'\n' * rest
    body = head + line * count + tail
    assert len(body) == size
    return body


def items(count, when, prefix):
    return ''.join(f'      - {{id: {prefix}{i}, title: 事项{prefix}{i}, when: {when}}}\n' for i in range(1, count + 1))


def section(number, title, body):
    return f'  - number: {number}\n    title: {title}\n    items:\n{body}'


FILES = {}

# ---------------------------------------------------------------- huge
# One byte over the input limit: refused before it is read.
FILES['huge/over-input-limit'] = padded_to(INPUT_LIMIT + 1, SEED)
# Exactly at the limit: read and valid.
FILES['huge/at-input-limit'] = padded_to(INPUT_LIMIT, SEED)
# 300,000 nodes: 60 sections of 1,000 items, 7 nodes per item.
FILES['huge/three-hundred-thousand-nodes'] = (
    HEAD + ''.join(section(f'{s}、', f'第{s}部分', items(1000, '每周一', f's{s}-')) for s in range(1, 61))).encode()
# 200,000 items, every one of them daily: millions of occurrences if it were read.
FILES['huge/two-hundred-thousand-daily-items'] = (HEAD + ''.join(
    f'  - title: 第{s}部分\n    items:\n' + ''.join(f'    - {{title: 项{i}, when: 每天}}\n' for i in range(1, 5001))
    for s in range(1, 41))).encode()
# 12,000 daily items fit the YAML limits, but expand to about 4.5 million occurrences.
FILES['huge/occurrences-past-the-limit'] = (
    HEAD + ''.join(section(f'{s}、', f'第{s}部分', items(4000, '每天', f's{s}-')) for s in range(1, 4))).encode()
# A title of 5 MB: one scalar, under the input limit.
FILES['huge/five-megabyte-title'] = SEED.replace('title: 小学部工作计划（2023-2024学年度）',
                                                 'title: ' + '计划' * (5 * MIB // 6), 1).encode()
# One section of 6,000 items, over the 5,000 entries a list may hold.
FILES['huge/six-thousand-items-in-a-section'] = (HEAD + section('（一）', '教学工作', items(6000, '每周一', 'i'))).encode()

# ---------------------------------------------------------------- longlines
# A title of 200 KB on one line: valid.
FILES['longlines/two-hundred-kilobyte-title'] = SEED.replace('title: 安全演练', 'title: ' + '安全' * 34000, 1).encode()
# The whole plan as one flow mapping of 1 MB on one line; the last item names an owner
# that is not listed.
flow_items = ', '.join(f'{{id: f{i}, title: "{"长" * 60}{i}", when: 每周一}}' for i in range(1, 5000))
FILES['longlines/one-megabyte-flow-mapping'] = (
    '{format: 1, school: 聊城市第一实验学校, title: 小学部工作计划, academic_year: 2023-2024, '
    'calendar: {terms: [{term: 1, first_day: 2023-09-01, last_day: 2024-01-26}, '
    '{term: 2, first_day: 2024-02-26, last_day: 2024-07-05}]}, owners: [教务处, 政教处], '
    'sections: [{number: （一）, title: 教学工作, items: [' + flow_items +
    ', {id: last, title: 最后一项, owner: 教务外, when: 每周一}]}]}\n').encode()


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: generate.py OUT_DIR')
    out = sys.argv[1]
    for name, data in FILES.items():
        path = os.path.join(out, name + '.yaml')
        os.makedirs(os.path.dirname(path), exist_ok=True)
        try:
            with open(path, 'rb') as f:
                if f.read() == data:
                    continue
        except FileNotFoundError:
            pass
        with open(path + '.tmp', 'wb') as f:
            f.write(data)
        os.replace(path + '.tmp', path)


if __name__ == '__main__':
    main()
