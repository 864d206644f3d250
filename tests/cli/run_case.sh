#!/usr/bin/env bash
# Runs one end-to-end case: tests/cli/<command>/<case>/ holds `cmd` (the arguments,
# one shell line, run from the case directory with `plan` on PATH), optional `stdin`,
# `expected.out`, optional `expected.err` (without it, standard error must be empty),
# and `expected.rc` (default 0).
# Output is compared with diff -u; on failure the actual output is kept in a work
# directory whose path is printed.
# usage: run_case.sh PLAN_BINARY CASE_DIR
set -u
plan=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
case_dir=$(cd "$2" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/plan-case.XXXXXX")
bin="$work/bin"
mkdir -p "$bin"
ln -s "$plan" "$bin/plan"
cd "$case_dir" || exit 2
stdin=/dev/null
[ -f stdin ] && stdin=stdin
PATH="$bin:$PATH" NO_COLOR=1 bash -c "$(cat cmd)" < "$stdin" > "$work/out" 2> "$work/err"
rc=$?
want_rc=0
[ -f expected.rc ] && want_rc=$(cat expected.rc)
status=0
if ! diff -u expected.out "$work/out"; then status=1; fi
expected_err=/dev/null
[ -f expected.err ] && expected_err=expected.err
if ! diff -u --label expected.err --label stderr "$expected_err" "$work/err"; then status=1; fi
if [ "$rc" != "$want_rc" ]; then
  echo "exit status $rc, expected $want_rc"
  status=1
fi
if [ $status -ne 0 ]; then
  echo "FAIL: $(basename "$case_dir"): actual output kept in $work"
else
  rm -rf "$work"
fi
exit $status
