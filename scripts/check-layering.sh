#!/usr/bin/env bash
# Keeps the house in order (README.md, "Code map"):
# - only src/cli/ writes to a stream, reads the clock or the environment, ends the
#   process, or includes CLI11; the core under include/plan/ and src/ takes text and
#   returns data;
# - a folder includes only folders at or below it in the intended order:
#     util < model < schedule < calendar < yaml < validate < (plan/*.hpp) < views < render
#   (plan/*.hpp, the top level of the core, holds load.hpp and expanded_plan.hpp).
# usage: check-layering.sh [REPO_ROOT]; prints each violation as file:line: why, and
# exits 1 when there is one.
set -u
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root" || exit 2

order=(util model schedule calendar yaml validate . views render)
rank() {
  local i
  for i in "${!order[@]}"; do
    if [ "${order[$i]}" = "$1" ]; then echo "$i"; return; fi
  done
  echo -1
}

# What core code must not do, as extended regular expressions over its lines.
forbidden=(
  '#include <(iostream|fstream|cstdio|stdio\.h|ctime|time\.h|unistd\.h)>|writes to a stream, reads the clock or the environment, or ends the process: only src/cli/ may'
  '#include <CLI/|includes CLI11: only src/cli/ may'
  '\bstd::(cout|cerr|clog|cin)\b|writes to a standard stream: only src/cli/ may'
  '\b(f?printf|puts|fputs|fwrite|fmt::print)\(|writes to a stream: only src/cli/ may'
  '\b(system_clock|steady_clock|high_resolution_clock|file_clock)\b|\bstd::time\(|reads the clock: "today" is a parameter'
  '\b(getenv|secure_getenv|setenv|environ)\b|reads the environment: only src/cli/ may'
  '\b(std::)?(exit|_Exit|quick_exit|abort|terminate)\(|ends the process: only src/cli/ may (core code throws or returns diagnostics)'
)

status=0
report() {
  echo "$1: $2"
  status=1
}

while IFS= read -r file; do
  case "$file" in
  src/cli/*) continue ;;
  esac
  # The folder the file belongs to: include/plan/X/... or src/X/...; top level is ".".
  rel=${file#include/plan/}
  rel=${rel#src/}
  folder=.
  case "$rel" in */*) folder=${rel%%/*} ;; esac
  own=$(rank "$folder")
  if [ "$own" -lt 0 ]; then
    report "$file" "folder \`$folder\` is not in the layering order; add it to scripts/check-layering.sh and the README's code map"
    continue
  fi
  n=0
  while IFS= read -r line; do
    n=$((n + 1))
    # Comments do not count (a `// std::cout` in a comment is not a write).
    code=${line%%//*}
    for rule in "${forbidden[@]}"; do
      # The pattern itself may hold '|': the reason follows the last one.
      pattern=${rule%|*}
      why=${rule##*|}
      if [[ "$code" =~ $pattern ]]; then report "$file:$n" "$why"; fi
    done
    if [[ "$line" =~ ^#include\ \"plan/([a-z_]+)/ ]]; then
      target=${BASH_REMATCH[1]}
    elif [[ "$line" =~ ^#include\ \"plan/[a-z_]+\.hpp\" ]]; then
      target=.
    else
      continue
    fi
    other=$(rank "$target")
    if [ "$other" -lt 0 ]; then
      report "$file:$n" "includes folder \`$target\`, which is not in the layering order"
    elif [ "$other" -gt "$own" ]; then
      report "$file:$n" "\`${folder/#./plan}\` includes \`${target/#./plan}\`, a layer above it (order: ${order[*]/#./plan})"
    fi
  done < "$file"
done < <(find include/plan src -type f \( -name '*.hpp' -o -name '*.cpp' -o -name '*.in' \) | sort)

if [ $status -eq 0 ]; then echo "layering: clean"; fi
exit $status
