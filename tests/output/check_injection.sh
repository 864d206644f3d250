#!/usr/bin/env bash
# File names are input too: a plan or holidays file named with an ESC sequence or a
# line break (which no repository can sensibly hold, so they are made here in a
# scratch directory) must never colour the terminal or forge a line. For every
# plan-reading subcommand (validate, expand, holidays, calendar --month 10, calendar
# --term 1 --weeks, summary) and for `plan: error:` messages, diagnostics of a plan
# with an error, a holidays file named so (its name is the days' default source), a
# broken holidays file and the JSON and GitHub diagnostics of `plan validate`: no raw
# control character (C0 but tab and line feed, DEL, C1) in the output, no line that
# starts where a line break in a name was, and the name shown as <U+XXXX>.
# usage: check_injection.sh PLAN_BINARY SOURCE_DIR
set -u
plan=$1
source_dir=$2
seed=$source_dir/tests/hostile/seed.yaml
work=$(mktemp -d "${TMPDIR:-/tmp}/plan-injection.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8
failed=0
ran=0

# The names, and how messages show them.
esc_name=$'evil\e[31mred\e]0;pwned\a.yaml'
esc_shown='evil<U+001B>[31mred<U+001B>]0;pwned<U+0007>.yaml'
lf_name=$'x.yaml\nforged.yaml:1:1: error: forged [yaml-syntax]\n.yaml'
lf_shown='x.yaml<U+000A>forged.yaml:1:1: error: forged [yaml-syntax]<U+000A>.yaml'
c1_name=$'c1\xc2\x9b31m\x7f.yaml'
c1_shown='c1<U+009B>31m<U+007F>.yaml'
# ... and how Markdown (the summary's table of files) shows them.
esc_md='evil\<U+001B\>\[31mred\<U+001B\>\]0;pwned\<U+0007\>.yaml'
lf_md='x.yaml<br>forged.yaml:1:1: error: forged \[yaml-syntax\]<br>.yaml'
c1_md='c1\<U+009B\>31m\<U+007F\>.yaml'

mkdir "$work/d" || exit 2
cd "$work/d" || exit 2
# A plan with one error: an unknown owner on line 19, column 16.
for n in "$esc_name" "$lf_name" "$c1_name"; do
  sed 's/owner: 教研组/owner: 教研外/' "$seed" > "$n" || exit 2
  cp "$seed" "good-$n" || exit 2
  printf '{"year": 2023, "days": [{"name": "国庆节", "date": "2023-10-02", "isOffDay": true}]}\n' > "h-$n.json" || exit 2
  printf '{"year": 2023, "days": [{"name": "国庆节", "date": "2023-02-30", "isOffDay": true}]}\n' > "bad-$n.json" || exit 2
done

controls='[\x00-\x08\x0B-\x1F\x7F]|\xC2[\x80-\x9F]'

# check WHAT RC LINE... -- COMMAND...: runs COMMAND (standard output and error to one
# file); checks its exit status, that each LINE is one of its whole lines, and that it
# holds no raw control character and no line forged from a name.
check() {
  local what=$1 want_rc=$2
  shift 2
  local lines=()
  while [ "$1" != -- ]; do
    lines+=("$1")
    shift
  done
  shift
  ran=$((ran + 1))
  timeout 10 "$@" < /dev/null > "$work/out" 2>&1
  local rc=$?
  local bad=
  [ "$rc" = "$want_rc" ] || bad+=" exit status $rc, expected $want_rc;"
  if LC_ALL=C grep -aqP "$controls" "$work/out"; then bad+=" a raw control character;"; fi
  if grep -aq -e '^forged' -e '^\.yaml' -e '^\.json' -e '^red' "$work/out"; then bad+=" a line forged from a file name;"; fi
  local line
  for line in "${lines[@]}"; do
    grep -aqxF -e "$line" "$work/out" || bad+=" missing line: $line;"
  done
  if [ -n "$bad" ]; then
    echo "FAIL: $what:$bad"
    head -c 2000 "$work/out" | head -n 12 | cat -v | sed 's/^/  | /'
    failed=$((failed + 1))
  fi
}

owner_error='error: unknown owner `教研外` [unknown-owner]'
for which in esc lf c1; do
  name_var=${which}_name shown_var=${which}_shown md_var=${which}_md
  name=${!name_var} shown=${!shown_var} md=${!md_var}
  # The diagnostics of a plan with an error, from every subcommand.
  check "validate $shown" 1 "$shown:19:16: $owner_error" -- "$plan" validate "$name"
  check "expand $shown" 1 "$shown:19:16: $owner_error" -- "$plan" expand "$name"
  check "holidays $shown" 1 "$shown:19:16: $owner_error" -- "$plan" holidays "$name"
  check "calendar --month $shown" 1 "$shown:19:16: $owner_error" -- "$plan" calendar "$name" --month 10
  check "calendar --weeks $shown" 1 "$shown:19:16: $owner_error" -- "$plan" calendar "$name" --term 1 --weeks
  check "summary $shown" 1 "$shown:19:16: $owner_error" -- "$plan" summary "$name"
  check "validate --format github $shown" 1 -- "$plan" validate --format github "$name"
  # JSON diagnostics: the name exactly, as JSON escapes.
  check "validate --format json $shown" 1 -- "$plan" validate --format json "$name"
  if ! python3 -c 'import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8", errors="surrogateescape"))
sys.exit(0 if d[0]["file"] == sys.argv[2] else 1)' "$work/out" "$name" 2> /dev/null; then
    echo "FAIL: validate --format json $shown: the file is not named exactly"
    failed=$((failed + 1))
  fi
  # A file that is not there, and an output over an input: `plan: error:` messages.
  for sub in validate expand holidays summary; do
    check "$sub missing-$shown" 2 "plan: error: missing-$shown: no such file or directory" -- "$plan" $sub "missing-$name"
  done
  check "calendar --month missing-$shown" 2 "plan: error: missing-$shown: no such file or directory" -- \
    "$plan" calendar "missing-$name" --month 10
  check "calendar --weeks missing-$shown" 2 "plan: error: missing-$shown: no such file or directory" -- \
    "$plan" calendar "missing-$name" --term 1 --weeks
  check "expand -o good-$shown" 2 "plan: error: good-$shown: refusing to overwrite an input file; choose another -o" -- \
    "$plan" expand "good-$name" -o "good-$name"
  # Several plans: the summary's table of files names each.
  check "summary good-$shown" 0 -- "$plan" summary "good-$name" "$seed"
  grep -aqF "| good-$md |" "$work/out" || {
    echo "FAIL: summary good-$shown: the file is not named"
    failed=$((failed + 1))
  }
  # A holidays file named so: its name is the days' source; a broken one is reported by name.
  check "holidays --holidays h-$shown.json" 0 "2023-10-02  周一  放假  国庆节          file      h-$shown.json" -- \
    "$plan" holidays --holidays "h-$name.json" --year 2023
  for sub in validate expand holidays summary; do
    check "$sub --holidays bad-$shown.json" 1 -- "$plan" $sub "$seed" --holidays "bad-$name.json"
    grep -aqF "bad-$shown.json" "$work/out" || {
      echo "FAIL: $sub --holidays bad-$shown.json: no message names the file as bad-$shown.json"
      failed=$((failed + 1))
    }
  done
  check "calendar --month --holidays bad-$shown.json" 1 -- "$plan" calendar "$seed" --month 10 --holidays "bad-$name.json"
  check "calendar --weeks --holidays bad-$shown.json" 1 -- "$plan" calendar "$seed" --term 1 --weeks --holidays "bad-$name.json"
done

if [ $failed -gt 0 ]; then
  echo "check_injection: $failed failures in $ran runs"
  exit 1
fi
echo "check_injection: $ran runs as expected"
