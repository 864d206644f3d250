#!/usr/bin/env bash
# Installs what plan needs to build and test (Debian 12 packages) when it is missing,
# then configures and builds the `dev` preset (Debug, warnings as errors, tests on).
# Run as root, or as a user who may use sudo. Safe to run again: it installs nothing
# that is already present and rebuilds only what changed.
set -euo pipefail

packages=(
  g++ make cmake pkg-config
  libcli11-dev libyaml-cpp-dev libfmt-dev doctest-dev libvalijson-dev libutf8proc-dev nlohmann-json3-dev
  python3 python3-jsonschema python3-yaml python3-dateutil groff-base
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cd "$(dirname "$0")/.."
cmake --preset dev >/dev/null
cmake --build --preset dev
