#!/usr/bin/env bash
# Benchmark: report.html of a 100,000-record run in headless Chromium.
# Builds winnow and the benchmark in release mode, generates invented
# articles in /tmp (kept for the next run), runs the pipeline on them and
# times the page side by side with the sample data/ run's page.
# Usage: bash Scripts/bench-report.sh [--records N] [--repeat N]
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh --browser
swift build -c release --static-swift-stdlib --product winnow
swift build -c release --static-swift-stdlib --product report-render-benchmark
small=/tmp/winnow-report-bench/run-data
.build/release/winnow run --config pipeline.json --input data --output "$small" --quiet
.build/release/report-render-benchmark --winnow .build/release/winnow --small "$small" "$@"
