#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer, and the parallel parts (the
# runner's tests: chunked reading, worker tasks, ordered merging, progress)
# under ThreadSanitizer. Each sanitizer builds in its own scratch folder
# (.build-asan, .build-tsan), so the normal .build is left alone.
#
#   bash Scripts/sanitize.sh            # both
#   bash Scripts/sanitize.sh address    # one of them
#   bash Scripts/sanitize.sh thread
#
# Exit status 1 when a sanitizer reports a problem or a test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/setup.sh --browser

which=("${@:-address thread}")
read -r -a which <<<"${which[*]}"

# LeakSanitizer is off: the Swift runtime and Foundation keep process-wide
# caches that it reports as leaks at exit (not something a test can fix).
# halt_on_error stops at the first real report, so it cannot scroll by.
export ASAN_OPTIONS="detect_leaks=0:halt_on_error=1:abort_on_error=0"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"

status=0
for sanitizer in "${which[@]}"; do
  case "$sanitizer" in
    address) scratch=.build-asan; filter=() ;;
    thread) scratch=.build-tsan; filter=(--filter 'PipelineRunnerTests|RunProgressTests|RecordReaderTests|InputLimitsTests|Hostile(Size|Record)Tests') ;;
    *) echo "sanitize.sh: unknown sanitizer '$sanitizer' (address or thread)" >&2; exit 2 ;;
  esac
  echo "sanitize: building the tests with -sanitize=$sanitizer in $scratch" >&2
  swift build --build-tests --scratch-path "$scratch" -Xswiftc -sanitize="$sanitizer"
  echo "sanitize: running the tests under $sanitizer sanitizer" >&2
  started=$(date +%s)
  if swift test --skip-build --scratch-path "$scratch" -Xswiftc -sanitize="$sanitizer" "${filter[@]}"; then
    echo "sanitize: $sanitizer: clean ($(( $(date +%s) - started )) s)" >&2
  else
    echo "sanitize: $sanitizer: FAILED ($(( $(date +%s) - started )) s)" >&2
    status=1
  fi
done
exit $status
