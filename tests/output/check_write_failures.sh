#!/usr/bin/env bash
# `-o FILE` when the file system refuses the write: a read-only directory (chmod a-w,
# or chattr +i for root, whom modes do not stop) and a full disk (a 16 KiB tmpfs,
# where mounting is allowed). Each time plan must exit 2 naming the file, leave the
# old FILE byte for byte, and leave no temporary file. A case the machine cannot set
# up is reported and skipped; if none can be, the test is skipped (exit 77).
# usage: check_write_failures.sh PLAN_BINARY SOURCE_DIR
set -u
plan=$1
example=$2/examples/liaocheng-shiyan-xiaoxuebu-2023-2024.plan.yaml
work=$(mktemp -d "${TMPDIR:-/tmp}/plan-write.XXXXXX")
cleanup() {
  chattr -i "$work/ro" 2> /dev/null
  chmod -R u+w "$work" 2> /dev/null
  umount "$work/full" 2> /dev/null
  rm -rf "$work"
}
trap cleanup EXIT
failed=0
ran=0

# check NAME DIR REASON: DIR/out.md holds "old checklist"; REASON is the expected
# end of the message (the system's wording for the failure).
check() {
  local name=$1 dir=$2 reason=$3
  ran=$((ran + 1))
  "$plan" expand "$example" -o "$dir/out.md" > "$work/out" 2> "$work/err"
  local rc=$?
  local problems=()
  [ "$rc" = 2 ] || problems+=("exit status $rc, expected 2")
  grep -qx "plan: error: $dir/out.md: $reason" "$work/err" ||
    problems+=("message: $(cat "$work/err"), expected: plan: error: $dir/out.md: $reason")
  [ "$(cat "$dir/out.md")" = "old checklist" ] || problems+=("out.md changed")
  [ "$(ls -A "$dir")" = "out.md" ] || problems+=("left behind: $(ls -A "$dir" | tr '\n' ' ')")
  [ -s "$work/out" ] && problems+=("wrote to standard output")
  if [ ${#problems[@]} -eq 0 ]; then
    echo "ok: $name"
  else
    failed=1
    printf 'FAIL: %s: %s\n' "$name" "${problems[@]}"
  fi
}

# A read-only directory.
mkdir "$work/ro" && echo "old checklist" > "$work/ro/out.md"
chmod a-w "$work/ro"
reason="Permission denied"
if touch "$work/ro/probe" 2> /dev/null; then # root: modes do not apply
  rm -f "$work/ro/probe"
  chmod u+w "$work/ro"
  chattr +i "$work/ro" 2> /dev/null
  reason="Operation not permitted"
fi
if touch "$work/ro/probe" 2> /dev/null; then
  echo "skip: read-only directory (neither chmod nor chattr makes one here)"
else
  check "read-only directory" "$work/ro" "cannot create a temporary file next to it: $reason"
fi

# A full disk.
mkdir "$work/full"
if mount -t tmpfs -o size=16k tmpfs "$work/full" 2> /dev/null; then
  echo "old checklist" > "$work/full/out.md"
  check "full disk" "$work/full" "cannot write: No space left on device"
else
  echo "skip: full disk (cannot mount a tmpfs here)"
fi

[ $ran -eq 0 ] && exit 77
exit $failed
