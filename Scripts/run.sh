#!/usr/bin/env bash
# Sets up what is missing, builds winnow in release mode and runs the
# recommended pipeline (pipeline.json) on the sample articles in data/,
# writing records.jsonl, rejected.jsonl, report.json and report.html to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release --static-swift-stdlib --product winnow
.build/release/winnow run --config pipeline.json --input data --output out
