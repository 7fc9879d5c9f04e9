#!/usr/bin/env bash
# Sets up what is missing and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build --build-tests
swift test --skip-build "$@"
