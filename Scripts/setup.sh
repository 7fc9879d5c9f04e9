#!/usr/bin/env bash
# Installs what winnow needs and is missing, through apt-get (with sudo when
# not root): pkg-config and the development files of libxml2, libdeflate and
# SQLite (the nightly state); with --browser also Chromium, which the test
# suite's browser test and the report benchmark drive headless.
# Called by Scripts/run.sh and Scripts/test.sh; safe to run again.
# Usage: bash Scripts/setup.sh [--browser]
set -euo pipefail

browser=0
for argument in "$@"; do
  case "$argument" in
    --browser) browser=1 ;;
    *) echo "usage: bash Scripts/setup.sh [--browser]" >&2; exit 2 ;;
  esac
done

if ! command -v swift >/dev/null 2>&1; then
  echo "error: the Swift toolchain is not on PATH; install Swift 6 from https://swift.org/install" >&2
  exit 1
fi

missing=()
has_pkg_config=0
if command -v pkg-config >/dev/null 2>&1; then has_pkg_config=1; else missing+=(pkg-config); fi
# Each library: its pkg-config name and the Debian package that provides it.
for pair in libxml-2.0:libxml2-dev libdeflate:libdeflate-dev sqlite3:libsqlite3-dev; do
  module=${pair%%:*}
  package=${pair#*:}
  if [ "$has_pkg_config" -eq 0 ] || ! pkg-config --exists "$module"; then
    missing+=("$package")
  fi
done
if [ "$browser" -eq 1 ] && [ -z "${CHROMIUM:-}" ] \
  && ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  missing+=(chromium)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: winnow needs ${missing[*]} (pkg-config, the libxml2, libdeflate and SQLite headers; Chromium for the tests)." >&2
  echo "       Install them with your package manager (macOS: brew install libxml2 libdeflate pkg-config sqlite) and run again." >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "error: installing ${missing[*]} needs root; run as root or install sudo" >&2
  exit 1
fi
echo "winnow setup: installing ${missing[*]} with apt-get" >&2
# Another apt-get (a second setup run, unattended upgrades) may hold the lock
# for a while: wait for it rather than fail.
"${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
  --no-install-recommends "${missing[@]}" >/dev/null
echo "winnow setup: done" >&2
