#!/usr/bin/env bash
# The throughput benchmark (issue 11): builds winnow and the benchmark in
# release mode, generates articles under /tmp/winnow-bench (never in the
# repository) and runs the default pipeline on 20,000 text articles and on
# 10k, 100k and 1M mixed text/HTML articles, each next to `wc -w` on the same
# file, plus one 60 MB record that must be rejected quickly.
#
#   bash Scripts/bench.sh                        # everything (1M takes a while)
#   bash Scripts/bench.sh --articles 10000,100000 --text-articles 20000
#
# Any option is passed to `throughput run` (see Benchmarks/Throughput).
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh
if ! [ -x /usr/bin/time ]; then
  echo "winnow bench: installing GNU time for peak RSS" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq time >/dev/null; else sudo apt-get install -y -qq time >/dev/null; fi
fi
swift build -c release --static-swift-stdlib --product winnow
swift build -c release --package-path Benchmarks/Throughput
Benchmarks/Throughput/.build/release/throughput run \
  --winnow "$PWD/.build/release/winnow" --config "$PWD/pipeline.json" "$@"
