#!/usr/bin/env bash
# Installs what winnow needs to build and is missing: libxml2's and SQLite's
# development files (SQLite for GRDB, the nightly state) and pkg-config
# (through apt-get, with sudo when not root).
# Called by Scripts/run.sh and Scripts/test.sh; safe to run again.
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
  echo "error: the Swift toolchain is not on PATH; install Swift 6 from https://swift.org/install" >&2
  exit 1
fi

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if ! { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libxml-2.0; }; then
  missing+=(libxml2-dev)
fi
if ! { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists sqlite3; }; then
  missing+=(libsqlite3-dev)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: winnow needs ${missing[*]} (libxml2 and SQLite headers, pkg-config)." >&2
  echo "       Install them with your package manager (macOS: brew install libxml2 sqlite pkg-config) and run again." >&2
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
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
