#!/usr/bin/env bash
# Installs what plan needs to build and test (Debian 12 packages) when it is missing
# (clang, its libFuzzer and sanitizer runtimes and llvm-symbolizer for scripts/fuzz.sh),
# then configures and builds the `dev` preset (Debug, warnings as errors, tests on).
# Run as root, or as a user who may use sudo. Safe to run again: it installs nothing
# that is already present and rebuilds only what changed.
set -euo pipefail

packages=(
  g++ make cmake pkg-config
  libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev libvalijson-dev libutf8proc-dev nlohmann-json3-dev
  python3 python3-jsonschema python3-yaml python3-dateutil groff-base
  chromium fonts-wqy-zenhei
  cmark-gfm
  clang libclang-rt-14-dev llvm
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done
# Node.js and npm run the test-only iCalendar parser (tests/ics). Checked by command, not
# by package: a Node.js installed from elsewhere (whose package conflicts with Debian's
# npm) serves as well; Debian's nodejs and npm are installed only when there is none.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then missing+=(nodejs npm); fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cd "$(dirname "$0")/.."
# The iCalendar parser the tests check `plan expand --format ics` with, at the version
# tests/ics/package-lock.json pins (configure fails without it); again when the pin changes.
if [ ! -f tests/ics/node_modules/.package-lock.json ] ||
  [ tests/ics/package-lock.json -nt tests/ics/node_modules/.package-lock.json ]; then
  npm ci --prefix tests/ics --no-audit --no-fund --loglevel=error
fi
cmake --preset dev >/dev/null
cmake --build --preset dev
