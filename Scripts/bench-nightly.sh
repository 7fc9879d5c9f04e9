#!/usr/bin/env bash
# Nightly state benchmark (issue 7): 10,000 new records against an empty
# state and against one indexing 1,000,000 earlier canonicals, in release
# mode. The seeded state is kept in /tmp/winnow-nightly-bench for reruns.
#
#   bash Scripts/bench-nightly.sh [--records 10000] [--indexed 1000000]
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
swift build -c release --package-path Benchmarks --product nightly-store-benchmark
Benchmarks/.build/release/nightly-store-benchmark "$@"
