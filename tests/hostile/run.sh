#!/usr/bin/env bash
# Runs one plan-reading subcommand over every file of the hostile corpus and checks
# what tests/hostile/README.md promises: the exit status and lines of each .expect,
# no crash, hang, signal or sanitizer report, no control character in the output, the
# input unchanged and, for commands with -o, no output file or temporary file left
# behind by a run that fails.
# usage: run.sh PLAN_BINARY SUBCOMMAND [GENERATED_DIR]
#   SUBCOMMAND: validate, expand, holidays, calendar-month, calendar-weeks or summary
#   GENERATED_DIR: where generate.py wrote the large files (skipped when not given)
# PLAN_HOSTILE_TIMEOUT (seconds, default 20) is how long one run may take before it
# counts as a hang; sanitizer builds, several times slower, set more.
set -u
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: run.sh PLAN_BINARY SUBCOMMAND [GENERATED_DIR]" >&2
  exit 2
fi
plan=$1
limit=${PLAN_HOSTILE_TIMEOUT:-20}
subcommand=$2
generated=${3:-}
case $plan in
  */*) plan=$(cd "$(dirname "$plan")" && pwd)/$(basename "$plan") || exit 2 ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
[ -n "$generated" ] && { generated=$(cd "$generated" && pwd) || exit 2; }

# The arguments after the file, and whether the command takes -o.
case $subcommand in
  validate) command=(validate); after=(); has_output=0 ;;
  expand) command=(expand); after=(); has_output=1 ;;
  holidays) command=(holidays); after=(); has_output=1 ;;
  calendar-month) command=(calendar); after=(--month 10); has_output=1 ;;
  calendar-weeks) command=(calendar); after=(--term 1 --weeks); has_output=1 ;;
  summary) command=(summary); after=(); has_output=1 ;;
  *) echo "run.sh: unknown subcommand $subcommand" >&2; exit 2 ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/plan-hostile.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8

failures=0
checked=0
skipped=0
shown=
fail() {
  echo "FAIL: $subcommand $rel: $*"
  failures=$((failures + 1))
  if [ "$shown" != "$rel" ] && [ -s "$work/out" ]; then # the run's output, once per file
    head -c 2000 "$work/out" | head -n 12 | cat -v | sed 's/^/  | /'
    shown=$rel
  fi
}

# The expected exit status and lines of one .expect file for this subcommand.
read_expect() {
  want_rc=
  local default_rc= line list text
  : > "$work/lines"
  while IFS= read -r line || [ -n "$line" ]; do
    case $line in
      '' | '#'*) ;;
      'rc '*) default_rc=${line#rc } ;;
      'rc['*) list=${line#rc[}; list=${list%%]*}
              [[ ",$list," == *",$subcommand,"* ]] && want_rc=${line##* } ;;
      '['*) list=${line#[}; list=${list%%]*}; text=${line#*] }
            [[ ",$list," == *",$subcommand,"* ]] && printf '%s\n' "$text" >> "$work/lines" ;;
      *) printf '%s\n' "$line" >> "$work/lines" ;;
    esac
  done < "$1"
  [ -z "$want_rc" ] && want_rc=$default_rc
  [ -n "$want_rc" ]
}

# Runs plan on $rel in $base with the extra arguments given; sets rc, output in $work/out.
# A case that is a holidays file (.json) is given as --holidays to a run on seed.yaml.
run_plan() {
  if [ "$case_kind" = holidays ]; then
    (cd "$base" && timeout "$limit" "$plan" "${command[@]}" seed.yaml "${after[@]}" --holidays "$rel" "$@" < /dev/null > "$work/out" 2>&1)
  else
    (cd "$base" && timeout "$limit" "$plan" "${command[@]}" "$rel" "${after[@]}" "$@" < /dev/null > "$work/out" 2>&1)
  fi
  rc=$?
}

# The exit status and the expected lines of the last run.
check_lines() {
  [ "$rc" = "$want_rc" ] || fail "exit status $rc, expected $want_rc"
  while IFS= read -r line; do
    grep -aqxF -e "$line" "$work/out" || fail "missing line: $line"
  done < "$work/lines"
}

# C0 controls other than tab, LF and CR (CSV line ends), DEL, and C1 controls in UTF-8.
controls='[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]|\xC2[\x80-\x9F]'

# What every run must not do, whatever the file.
check_run() {
  local what=$1
  if [ "$rc" -ge 124 ]; then
    if [ "$rc" -eq 124 ]; then fail "$what: no answer within $limit s"; else fail "$what: exit status $rc (a signal?)"; fi
  fi
  if grep -aq -e 'ERROR: AddressSanitizer' -e 'ERROR: LeakSanitizer' -e 'runtime error:' "$work/out"; then
    fail "$what: sanitizer report: $(grep -a -m1 -e 'ERROR: ' -e 'runtime error:' "$work/out")"
  fi
  if grep -aq 'plan: internal error' "$work/out"; then
    fail "$what: $(grep -a -m1 'plan: internal error' "$work/out")"
  fi
  # No control character may reach a terminal.
  if LC_ALL=C grep -aqP "$controls" "$work/out"; then
    fail "$what: a control character in the output"
  fi
}

for expect in "$here"/*/*.expect; do
  rel=${expect#"$here"/}
  rel=${rel%.expect}
  case_kind=plan
  if [ -f "$here/$rel.json" ]; then
    rel=$rel.json
    case_kind=holidays
  else
    rel=$rel.yaml
  fi
  if [ -f "$here/$rel" ]; then
    base=$here
  elif [ -n "$generated" ] && [ -f "$generated/$rel" ]; then
    base=$generated
  elif [ -z "$generated" ]; then
    skipped=$((skipped + 1))
    continue
  else
    fail "no such file in the corpus or in $generated (run generate.py $generated)"
    continue
  fi
  if ! read_expect "$expect"; then
    fail "no 'rc N' line in ${expect#"$here"/}"
    continue
  fi
  checked=$((checked + 1))
  before=$(sha256sum < "$base/$rel")

  # A command with -o runs a failing file once, with -o: its diagnostics go to standard
  # error either way, and the run must leave no output file and no temporary file.
  # A file it accepts runs both ways: the lines are on standard output, then -o must
  # leave exactly its output file.
  if [ $has_output -eq 0 ] || [ "$want_rc" = 0 ]; then
    run_plan
    check_run "$(basename "$plan") ${command[*]} $rel ${after[*]}"
    check_lines
  fi
  if [ $has_output -eq 1 ]; then
    rm -rf "$work/o" && mkdir "$work/o"
    run_plan -o "$work/o/out"
    check_run "$(basename "$plan") ${command[*]} $rel ${after[*]} -o OUT"
    left=$(cd "$work/o" && ls -A)
    if [ "$want_rc" = 0 ]; then
      [ "$rc" = 0 ] || fail "-o run: exit status $rc, expected 0"
      [ "$left" = out ] || fail "-o run: the directory holds '${left//$'\n'/ }', expected only out"
      if LC_ALL=C grep -aqP "$controls" "$work/o/out"; then fail "-o run: a control character in the output file"; fi
    else
      check_lines
      [ -z "$left" ] || fail "-o run failed but left '${left//$'\n'/ }' behind"
    fi
  fi

  [ "$(sha256sum < "$base/$rel")" = "$before" ] || fail "the input file changed"
done

if [ $checked -eq 0 ]; then
  echo "run.sh: no file checked" >&2
  exit 2
fi
note=
[ $skipped -gt 0 ] && note=" ($skipped generated files skipped: no GENERATED_DIR)"
if [ $failures -gt 0 ]; then
  echo "$subcommand: $failures failures in $checked files$note"
  exit 1
fi
echo "$subcommand: $checked files as expected$note"
