#!/usr/bin/env bash
# Files that are not regular files, as inputs and as outputs, for every subcommand
# that reads plans: devices that never end (/dev/zero, /dev/urandom) stop at the 8 MiB
# input limit, a FIFO without a writer is refused within seconds, a directory or an
# empty name is an error; -o onto a device or a FIFO writes in place and leaves it a
# device, onto a symbolic link keeps the link, onto a full device is exit 2; and a
# report that cannot reach standard output (a full device, a closed descriptor) is
# exit 2. Every run must end within 10 s, with the exact message and exit status.
# A case the machine cannot set up (no /dev/full, no device node) is reported and
# skipped; if none can run, the test is skipped (exit 77).
# usage: check_special_files.sh PLAN_BINARY SOURCE_DIR
set -u
plan=$1
source_dir=$2
example=$source_dir/examples/liaocheng-shiyan-xiaoxuebu-2023-2024.plan.yaml
work=$(mktemp -d "${TMPDIR:-/tmp}/plan-special.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
export NO_COLOR=1 LC_ALL=C.UTF-8
failed=0
ran=0
limit="the input is larger than 8388608 bytes"

# The subcommand's words around its plan argument.
words() { # words SUBCOMMAND PLAN: sets args
  case $1 in
    validate | expand | holidays | summary) args=("$1" "$2") ;;
    calendar-month) args=(calendar "$2" --month 10) ;;
    calendar-weeks) args=(calendar "$2" --term 1 --weeks) ;;
  esac
}

# check NAME RC LINE COMMAND...: runs COMMAND (standard output and error to one file)
# under timeout 10; its exit status must be RC and LINE one of its whole lines.
check() {
  local name=$1 want_rc=$2 line=$3
  shift 3
  ran=$((ran + 1))
  timeout 10 "$@" < /dev/null > "$work/out" 2>&1
  report "$name" $? "$want_rc" "$line"
}

# report NAME RC WANT_RC LINE: checks a run whose output is in $work/out.
report() {
  local name=$1 rc=$2 want_rc=$3 line=$4
  local problems=()
  if [ "$rc" = 124 ]; then problems+=("no answer within 10 s"); fi
  [ "$rc" = "$want_rc" ] || problems+=("exit status $rc, expected $want_rc")
  [ -z "$line" ] || grep -aqxF -e "$line" "$work/out" || problems+=("missing line: $line")
  if grep -aq 'internal error' "$work/out"; then problems+=("an internal error"); fi
  if [ ${#problems[@]} -eq 0 ]; then
    echo "ok: $name"
  else
    failed=1
    local problem
    for problem in "${problems[@]}"; do echo "FAIL: $name: $problem"; done
    head -c 1000 "$work/out" | head -n 6 | cat -v | sed 's/^/  | /'
  fi
}

mkfifo "$work/fifo" || exit 2
mkdir "$work/dir"
subcommands=(validate expand holidays calendar-month calendar-weeks summary)
writers=(expand holidays calendar-month calendar-weeks summary)

# Inputs: as the plan, and as --holidays next to a good plan.
for s in "${subcommands[@]}"; do
  for device in /dev/zero /dev/urandom; do
    words "$s" "$device"
    check "$s $device" 2 "plan: error: $device: $limit" "$plan" "${args[@]}"
    words "$s" "$example"
    check "$s --holidays $device" 2 "plan: error: $device: $limit" "$plan" "${args[@]}" --holidays "$device"
  done
  fifo_message="plan: error: $work/fifo: no program is writing to this FIFO (waited 2 seconds)"
  words "$s" "$work/fifo"
  check "$s FIFO without a writer" 2 "$fifo_message" "$plan" "${args[@]}"
  words "$s" "$example"
  check "$s --holidays FIFO without a writer" 2 "$fifo_message" "$plan" "${args[@]}" --holidays "$work/fifo"
  # validate and summary read every *.yaml below a directory, on purpose.
  if [ "$s" != validate ] && [ "$s" != summary ]; then
    words "$s" "$work/dir"
    check "$s directory" 2 "plan: error: $work/dir: is a directory" "$plan" "${args[@]}"
  fi
  words "$s" "$example"
  check "$s --holidays directory" 2 "plan: error: $work/dir: is a directory" "$plan" "${args[@]}" --holidays "$work/dir"
  words "$s" ""
  check "$s empty name" 2 "plan: error: an empty file name" "$plan" "${args[@]}"
  words "$s" "$example"
  check "$s --holidays empty name" 2 "plan: error: --holidays: an empty file name" "$plan" "${args[@]}" --holidays ""
done

# A FIFO with a writer that starts just before plan, as in `cat plan.yaml > fifo &`.
ran=$((ran + 1))
cat "$example" > "$work/fifo" &
writer=$!
timeout 10 "$plan" validate "$work/fifo" < /dev/null > "$work/out" 2>&1
report "validate FIFO with a writer" $? 0 "1 file checked: 0 errors, 0 warnings"
kill "$writer" 2> /dev/null
wait "$writer" 2> /dev/null

# Outputs.
# A full device and a null device of our own (as root), so that a plan that replaces
# its -o target, the defect this checks for, cannot replace the system's /dev/full.
# Without root, /dev/full itself, which a user cannot replace.
full=
if mknod "$work/full" c 1 7 2> /dev/null; then
  full=$work/full
elif [ -c /dev/full ] && [ "$(id -u)" != 0 ]; then
  full=/dev/full
fi
node=0
mknod "$work/null" c 1 3 2> /dev/null && node=1
ln -s /proc/self/fd/1 "$work/stdout"
ln -s loop-b "$work/loop-a" && ln -s loop-a "$work/loop-b"
ln -s made.out "$work/dangling"
for s in "${writers[@]}"; do
  words "$s" "$example"
  if [ -n "$full" ]; then
    check "$s -o a full device" 2 "plan: error: $full: cannot write: No space left on device" \
      "$plan" "${args[@]}" -o "$full"
    [ -c "$full" ] || { failed=1; echo "FAIL: $s -o a full device: it is no longer a character device"; }
  else
    echo "skip: $s -o a full device (no device node of our own, and no /dev/full)"
  fi
  if [ $node = 1 ]; then
    check "$s -o a character device" 0 "" "$plan" "${args[@]}" -o "$work/null"
    if [ ! -c "$work/null" ]; then
      failed=1
      echo "FAIL: $s -o a character device: it is no longer a character device"
      rm -f "$work/null" && mknod "$work/null" c 1 3
    fi
  else
    echo "skip: $s -o a character device (mknod is not allowed here)"
  fi
  # A link to /proc/self/fd/1 with standard output a pipe: written through, link kept.
  ran=$((ran + 1))
  timeout 10 "$plan" "${args[@]}" -o "$work/stdout" < /dev/null 2> "$work/out" | cat > "$work/piped"
  report "$s -o a link to /proc/self/fd/1" "${PIPESTATUS[0]}" 0 ""
  "$plan" "${args[@]}" > "$work/direct" 2> /dev/null
  if [ ! -L "$work/stdout" ] || ! [ -s "$work/piped" ] || ! cmp -s "$work/piped" "$work/direct"; then
    failed=1
    echo "FAIL: $s -o a link to /proc/self/fd/1: the link was replaced or the output did not come through"
    rm -f "$work/stdout" && ln -s /proc/self/fd/1 "$work/stdout"
  fi
  check "$s -o directory" 2 "plan: error: $work/dir: is a directory" "$plan" "${args[@]}" -o "$work/dir"
  [ -d "$work/dir" ] || { failed=1; echo "FAIL: $s -o directory: the directory is gone"; mkdir -p "$work/dir"; }
  check "$s -o empty name" 2 "plan: error: -o: an empty file name" "$plan" "${args[@]}" -o ""
  # Two links that name each other: refused, both kept.
  check "$s -o a link loop" 2 "plan: error: $work/loop-a: too many levels of symbolic links" \
    "$plan" "${args[@]}" -o "$work/loop-a"
  if [ "$(readlink "$work/loop-a")" != loop-b ] || [ "$(readlink "$work/loop-b")" != loop-a ]; then
    failed=1
    echo "FAIL: $s -o a link loop: a link was replaced"
  fi
  # A link to a file that does not exist yet: the file is made, the link kept.
  rm -f "$work/made.out"
  check "$s -o a dangling link" 0 "" "$plan" "${args[@]}" -o "$work/dangling"
  if [ ! -L "$work/dangling" ] || ! cmp -s "$work/made.out" "$work/direct"; then
    failed=1
    echo "FAIL: $s -o a dangling link: the link was replaced or its file not written"
  fi
done

# A report that cannot reach standard output.
for s in "${subcommands[@]}"; do
  words "$s" "$example"
  [ "$s" = validate ] && args=(validate "$source_dir/examples")
  if [ -n "$full" ]; then
    ran=$((ran + 1))
    timeout 10 "$plan" "${args[@]}" < /dev/null > "$full" 2> "$work/out"
    report "$s > a full device" $? 2 "plan: error: standard output: cannot write: No space left on device"
  else
    echo "skip: $s > a full device (no device node of our own, and no /dev/full)"
  fi
  ran=$((ran + 1))
  timeout 10 "$plan" "${args[@]}" < /dev/null >&- 2> "$work/out"
  report "$s with standard output closed" $? 2 "plan: error: standard output: cannot write: Bad file descriptor"
done

[ $ran -eq 0 ] && exit 77
exit $failed
