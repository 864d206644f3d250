#!/usr/bin/env bash
# Runs the whole test suite on a --coverage build (the `coverage` preset) and prints
# the line and branch coverage of src/ with gcovr: per file and in total, and the total
# of the core (src/ without the command line, src/cli/). Branches that only throw, and
# those gcc marks unreachable, are left out: they are the compiler's, not the code's.
# usage: scripts/coverage.sh [CTEST_ARGS...]   (e.g. -R unit to measure the unit tests)
# Needs gcovr (Debian package gcovr; installed here when missing) and what
# scripts/setup.sh installs. Writes build/coverage/coverage.txt and coverage-branches.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v gcovr >/dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends gcovr >/dev/null
fi
# No compiler launcher: a cached object from another build directory would carry
# another directory's counter file names.
cmake --preset coverage -DCMAKE_CXX_COMPILER_LAUNCHER= >/dev/null
cmake --build --preset coverage
find build/coverage -name '*.gcda' -delete # counts from this run only
# The two cases that run plan under a file-size limit (ulimit -f) are left out: the
# program writes its counts as it exits, a truncated counter file would be the result,
# and every later run's counts would be refused or wrong.
ctest --preset coverage -E 'output-write-fails-target-untouched|output-killed-mid-write' "$@" ||
  echo "coverage: some tests failed; the figures below are still what ran"

gcovr_args=(--root . --object-directory build/coverage --filter 'src/' --exclude-throw-branches
            --exclude-unreachable-branches --sort-percentage)
gcovr "${gcovr_args[@]}" --output build/coverage/coverage.txt
gcovr "${gcovr_args[@]}" --branches --output build/coverage/coverage-branches.txt
echo "== lines, per file (build/coverage/coverage.txt)"
cat build/coverage/coverage.txt
echo "== branches, per file (build/coverage/coverage-branches.txt)"
cat build/coverage/coverage-branches.txt
echo "== all of src/"
gcovr "${gcovr_args[@]}" --print-summary --output /dev/null
echo "== the core (src/ without src/cli/)"
gcovr "${gcovr_args[@]}" --exclude 'src/cli/' --print-summary --output /dev/null
