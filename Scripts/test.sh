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
swift test --skip-build "$@"
