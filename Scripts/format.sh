#!/usr/bin/env bash
# Formats every Swift file git knows (sources, tests, benchmarks, fuzz
# targets, package manifests) with the toolchain's swift-format and the
# settings in .swift-format (swift-log's, with NeverForceUnwrap and
# NeverUseForceTry on, as in swift-argument-parser).
#
#   bash Scripts/format.sh           # rewrite files in place, then lint
#   bash Scripts/format.sh --check   # change nothing; exit 1 on any
#                                    # formatting or lint finding (for CI)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! swift format --version >/dev/null 2>&1; then
  echo "error: 'swift format' is missing; it ships with Swift 6 toolchains (swift.org/install)" >&2
  exit 1
fi

mode="${1:-}"
case "$mode" in
  "" | --check) ;;
  *) echo "usage: bash Scripts/format.sh [--check]" >&2; exit 2 ;;
esac

files=()
while IFS= read -r -d '' file; do files+=("$file"); done < <(git ls-files -z -- '*.swift')
[ ${#files[@]} -eq 0 ] && exit 0

if [ "$mode" != "--check" ]; then
  swift format format --configuration .swift-format --parallel --in-place -- "${files[@]}"
fi
# --strict turns warnings (formatting differences included) into errors.
if swift format lint --configuration .swift-format --strict --parallel -- "${files[@]}"; then
  echo "format: ${#files[@]} files clean" >&2
else
  echo "format: findings above; run 'bash Scripts/format.sh' to fix formatting (lint rules need a hand)" >&2
  exit 1
fi
