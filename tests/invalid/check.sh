#!/usr/bin/env bash
# Runs `plan validate` on one file of the invalid corpus and compares the whole
# output (diagnostics with line, column, rule, message, source line, caret and hint,
# then the summary line) and the exit status with NAME.expected / NAME.rc (default 1).
# usage: check.sh PLAN_BINARY NAME
set -u
plan=$1
name=$2
# A relative binary path (build/dev/plan) must survive the cd below.
case $plan in
  */*) plan=$(cd "$(dirname "$plan")" && pwd)/$(basename "$plan") || exit 2 ;;
esac
dir=$(cd "$(dirname "$0")" && pwd)
cd "$dir" || exit 2
want_rc=1
[ -f "$name.rc" ] && want_rc=$(cat "$name.rc")
args=()
[ -f "$name.args" ] && read -r -a args < "$name.args"
actual=$("$plan" validate "${args[@]}" "$name.yaml" 2>&1)
rc=$?
status=0
if ! diff -u "$name.expected" <(printf '%s\n' "$actual"); then
  echo "FAIL: $name: output differs (--- expected, +++ actual)"
  status=1
fi
if [ "$rc" != "$want_rc" ]; then
  echo "FAIL: $name: exit status $rc, expected $want_rc"
  status=1
fi
exit $status
