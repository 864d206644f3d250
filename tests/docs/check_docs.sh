#!/usr/bin/env bash
# Checks the project's documentation promises:
# - every subcommand listed by `plan --help` has man/plan-<command>.1 and a README section;
# - every man page lints clean with groff (-ww: all warnings);
# - every `$ plan ...` example in README.md prints what the README shows (run from the
#   repository root, output compared exactly).
# usage: check_docs.sh PLAN_BINARY REPO_ROOT
set -u
plan=$1
root=$2
cd "$root" || exit 2
status=0
commands=$("$plan" --help | awk '/^Subcommands:/{f=1;next} f&&/^  [a-z]/{print $1} f&&/^$/{f=0}')
[ -n "$commands" ] || { echo "FAIL: plan --help lists no subcommands"; exit 1; }
for c in $commands; do
  [ -f "man/plan-$c.1" ] || { echo "FAIL: subcommand '$c' has no man/plan-$c.1"; status=1; }
  grep -q "^## \`plan $c" README.md || { echo "FAIL: subcommand '$c' has no README section '## \`plan $c ...\`'"; status=1; }
done
for page in man/*.[15]; do
  out=$(LC_ALL=C.UTF-8 groff -man -ww -z -K utf8 -Tutf8 "$page" 2>&1)
  if [ -n "$out" ]; then
    echo "FAIL: $page does not lint clean:"
    echo "$out"
    status=1
  fi
done
/usr/bin/python3 "$(dirname "$0")/check_readme.py" "$plan" README.md || status=1
exit $status
