#!/usr/bin/env bash
# The layering check must be able to fail: on a copy of the core with one violation of
# each kind planted, it must report each of them at its line, and exit 1.
# usage: self_test.sh REPO_ROOT
set -u
root=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/plan-layering.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/scripts"
cp -r "$root/include" "$root/src" "$work/"
cp "$root/scripts/check-layering.sh" "$work/scripts/"
file=$work/src/calendar/holidays.cpp
lines=$(wc -l < "$file")
cat >> "$file" <<'PLANTED'
#include "plan/views/checklist.hpp"
inline void planted_write() { std::cout << "x"; }
inline const char* planted_env() { return getenv("HOME"); }
inline auto planted_clock() { return std::chrono::system_clock::now(); }
#include <CLI/CLI.hpp>
PLANTED
out=$("$work/scripts/check-layering.sh" "$work")
rc=$?
status=0
expect() {
  if ! grep -qF -- "$1" <<< "$out"; then
    echo "FAIL: the check did not report: $1"
    status=1
  fi
}
expect "src/calendar/holidays.cpp:$((lines + 1)): \`calendar\` includes \`views\`, a layer above it"
expect "src/calendar/holidays.cpp:$((lines + 2)): writes to a standard stream"
expect "src/calendar/holidays.cpp:$((lines + 3)): reads the environment"
expect "src/calendar/holidays.cpp:$((lines + 4)): reads the clock"
expect "src/calendar/holidays.cpp:$((lines + 5)): includes CLI11"
if [ $rc -ne 1 ]; then
  echo "FAIL: exit status $rc, expected 1"
  status=1
fi
if [ $status -ne 0 ]; then echo "the check printed:"; echo "$out"; fi
exit $status
