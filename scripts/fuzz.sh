#!/usr/bin/env bash
# Builds the `fuzz` preset (clang, libFuzzer, AddressSanitizer + UndefinedBehaviorSanitizer)
# and runs every target listed in fuzz/targets for SECONDS (default 60) each, as many
# at once as there are cores. Each target keeps its corpus in build/fuzz/corpus/<target>/,
# seeded from the files fuzz/targets names and from fuzz/regressions/<target>/; crash
# inputs go to build/fuzz/artifacts/<target>/ and each run's output to
# build/fuzz/logs/<target>.log.
#
# Exits 1 when any target crashes, leaks, runs out of time or memory on an input, or
# prints a sanitizer report, naming the target, its input and the command that
# reproduces it; 2 when it could not run.
#
#   scripts/fuzz.sh            # 60 seconds per target
#   scripts/fuzz.sh 600 load   # ten minutes of fuzz_load only
set -euo pipefail

usage() { echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]" >&2; exit 2; }
seconds=${1:-60}
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || usage
shift $(($# > 0 ? 1 : 0))

cd "$(dirname "$0")/.."
root=$PWD
build=$root/build/fuzz

# name dictionary seeds... per line; comments and blank lines skipped.
declare -A dict seeds
names=()
while read -r name dictionary rest; do
  [[ -z $name || $name == \#* ]] && continue
  names+=("$name")
  dict[$name]=$dictionary
  seeds[$name]=$rest
done < fuzz/targets
if [ $# -gt 0 ]; then
  for wanted in "$@"; do
    [[ -v "dict[$wanted]" ]] || { echo "fuzz: no target \`$wanted\` in fuzz/targets (${names[*]})" >&2; exit 2; }
  done
  names=("$@")
fi

if ! { cmake --preset fuzz >/dev/null && cmake --build --preset fuzz; }; then
  echo "fuzz: could not build the fuzz preset (it needs clang, libclang-rt-14-dev: scripts/setup.sh)" >&2
  exit 2
fi

# Copies a target's seeds into its corpus, each under the hash of its content as
# libFuzzer names its own finds, so that seeding again adds nothing twice.
seed() {
  local name=$1 corpus=$build/corpus/$1 pattern path file hash
  mkdir -p "$corpus"
  shopt -s nullglob
  for pattern in ${seeds[$name]} fuzz/regressions/$name; do
    for path in "$root"/$pattern; do
      [ -e "$path" ] || continue # a corpus that does not exist (yet)
      while IFS= read -r -d '' file; do
        hash=$(sha1sum "$file" | cut -d' ' -f1)
        [ -e "$corpus/$hash" ] || cp "$file" "$corpus/$hash"
      done < <(if [ -d "$path" ]; then find "$path" -mindepth 1 -name '.*' -prune -o -type f -print0; else printf '%s\0' "$path"; fi)
    done
  done
  shopt -u nullglob
}

# Runs one target; its log and exit status go to build/fuzz/logs/.
run() {
  local name=$1 flags=()
  [ "${dict[$name]}" = "-" ] || flags+=("-dict=$root/fuzz/${dict[$name]}")
  mkdir -p "$build/artifacts/$name" "$build/logs"
  local status=0
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1 \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$build/fuzz/fuzz_$name" "${flags[@]}" -max_total_time="$seconds" -detect_leaks=1 -rss_limit_mb=2048 \
    -timeout=10 -print_final_stats=1 -artifact_prefix="$build/artifacts/$name/" "$build/corpus/$name" \
    >"$build/logs/$name.log" 2>&1 || status=$?
  echo "$status" >"$build/logs/$name.status"
}

if command -v llvm-symbolizer >/dev/null; then export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer)}; fi
jobs=$(nproc)
echo "fuzz: ${names[*]}: $seconds s each, $jobs at a time"
for name in "${names[@]}"; do
  seed "$name"
  rm -f "$build/logs/$name.status"
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  run "$name" &
done
wait

failed=0
for name in "${names[@]}"; do
  log=$build/logs/$name.log
  status=$(cat "$build/logs/$name.status" 2>/dev/null || echo "?")
  final_stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
  # A sanitizer report fails the run even if the process exited 0.
  report=$(grep -m1 -E '^==[0-9]+== ?ERROR: |^SUMMARY: |runtime error: |fuzz invariant broken: ' "$log" || true)
  if [ "$status" = 0 ] && [ -z "$report" ]; then
    printf 'fuzz: ok      %-10s %8s runs, %6s/s, %4s new inputs, %5s MB peak\n' "$name" \
      "$(final_stat number_of_executed_units)" "$(final_stat average_exec_per_sec)" \
      "$(final_stat new_units_added)" "$(final_stat peak_rss_mb)"
    continue
  fi
  failed=1
  echo "fuzz: FAILED  $name (exit status $status): ${report:-see the log}"
  echo "      log: $log"
  artifacts=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log")
  for artifact in $artifacts; do
    echo "      input: $artifact"
    echo "      reproduce: $build/fuzz/fuzz_$name $artifact"
    echo "      then keep it as a regression: cp $artifact fuzz/regressions/$name/"
  done
done
exit $failed
