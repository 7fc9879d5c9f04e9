#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ and runs each for a given time, one
# after the other (niced), starting from the seed corpus in Fuzz/Corpus.
#
#   bash Scripts/fuzz.sh [seconds per target] [target ...]
#
# Defaults: 600 seconds, every target (fuzz-html, fuzz-jsonl, fuzz-json,
# fuzz-config, fuzz-boilerplate). New inputs found while fuzzing go to
# Fuzz/.build/corpus/<target> (not committed; copy interesting ones into
# Fuzz/Corpus/<target> by hand); a crash is saved as
# Fuzz/.build/artifacts/<target>/crash-* and stops the script with exit 1.
# Logs: Fuzz/.build/logs/<target>.log.
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"

seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz-html fuzz-jsonl fuzz-json fuzz-config fuzz-boilerplate)

bash ../Scripts/setup.sh
# Product by product: a plain `swift build` would also link the main
# package's `winnow` executable with libFuzzer, which cannot work (two mains).
for target in "${targets[@]}"; do
  nice swift build -c debug -Xswiftc -sanitize=fuzzer,address --product "$target" 2>&1 \
    | { grep -v "Cannot export local symbol" || true; } >&2
done

status=0
for target in "${targets[@]}"; do
  corpus=".build/corpus/$target"
  artifacts=".build/artifacts/$target"
  log=".build/logs/$target.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  echo "fuzz: $target for ${seconds}s (log $log)" >&2
  started=$(date +%s)
  # -timeout: one input running over 10 s is a hang; -rss_limit_mb: memory
  # over 2 GiB is a failure; -max_len lets inputs grow past libFuzzer's 4 KiB
  # default so that the size limits and deep nesting are reached.
  if ASAN_OPTIONS=detect_leaks=0 nice -n 10 ".build/debug/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$corpus" "Corpus/$target" >"$log" 2>&1; then
    result="clean"
  else
    result="FAILED (see $log and $artifacts)"
    status=1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  echo "fuzz: $target: $result after $(( $(date +%s) - started ))s, $runs runs, corpus $(ls "$corpus" | wc -l) inputs" >&2
done
exit $status
