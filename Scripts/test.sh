#!/usr/bin/env bash
# Sets up what is missing (Chromium included, for the browser test of
# report.html) and runs the whole test suite. Screenshots of the browser
# test land in .build/test-output/report-browser/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh --browser
# Formatting and lint first (.swift-format): a finding fails the run.
bash Scripts/format.sh --check
swift build --build-tests
# The suites write their temporary files under one folder of this run's,
# removed at the end, so no run leaves files behind in /tmp.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/winnow-test-run.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
TMPDIR="$scratch" swift test --skip-build "$@"
