#!/usr/bin/env bash
# Main-content extraction benchmark: winnow against trafilatura,
# readability-lxml and resiliparse on the same pages, in the same run.
#
#   bash Scripts/bench-extract.sh [SHARED]      (SHARED defaults to ../shared)
#
# Corpora (read from SHARED/corpora, never copied into the project; .gz pages
# are decompressed into a temporary folder that is removed at the end):
#   aeb  article-extraction-benchmark (181 pages), scored by eval/score_extract.py
#   te   trafilatura-eval (990 pages), scored by eval/score_snippets.py
#   moz  the 45 news pages of mozilla-readability-test-pages, scored like aeb
#        against the text of each page's expected.html
# For each tool it prints F1 (precision / recall), pages/s and winnow's ratio
# to it, then F1 on each half of aeb and te (winnow was tuned on the "dev"
# halves only, and the readability pages were held out, until 2026-12-04;
# since then misses on all pages have been read to find failure families).
#
# Speed: every tool runs on one thread. "winnow" times `winnow run --jobs 1`
# as a whole process (reading files, parsing, extraction, writing records and
# reports). "winnow html stage" times decoding plus the html stage in-process
# on pages already in memory, which is what the peer scripts time.
#
# Needs: python3 with `pip install trafilatura readability-lxml resiliparse`.
# WINNOW_ONLY=1 skips the peers (their figures change only with their versions):
#   WINNOW_ONLY=1 bash Scripts/bench-extract.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared=$(cd "${1:-../shared}" && pwd)
peers="$shared/peers"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/winnow-bench-extract.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

peer_tools="trafilatura readability resiliparse"
[ "${WINNOW_ONLY:-0}" = 1 ] && peer_tools=""
for module in $peer_tools; do
  python3 -c "import $module" 2>/dev/null || {
    echo "error: python module '$module' is missing; run: pip install trafilatura readability-lxml resiliparse" >&2
    exit 1
  }
done

bash Scripts/setup.sh
echo "building winnow and the benchmark tool (release)..." >&2
swift build -c release --static-swift-stdlib --product winnow >&2
swift build -c release --package-path Benchmarks --product extract-throughput >&2
winnow="$root/.build/release/winnow"
throughput="$root/Benchmarks/.build/release/extract-throughput"

echo "decompressing pages into $tmp ..." >&2
python3 Benchmarks/extract/corpora.py prepare "$shared" "$tmp"

cat > "$tmp/html.json" <<'JSON'
{"version": 1, "stages": [{"stage": "html"}]}
JSON
cat > "$tmp/cleaning.json" <<'JSON'
{"version": 1, "stages": [{"stage": "html"}, {"stage": "boilerplate"}, {"stage": "normalize"}]}
JSON

score() { python3 Benchmarks/extract/corpora.py score "$shared" "$tmp" "$@"; }
# f1 precision recall from a scorer line
fields() { sed -E 's/.*precision=([0-9.]+) recall=([0-9.]+) f1=([0-9.]+).*/\3 \1 \2/'; }
rate() { sed -E 's/.*pages_per_s=([0-9.]+).*/\1/'; }

for corpus in aeb te moz; do
  pages="$tmp/$corpus"
  count=$(ls "$pages" | wc -l)
  results="$tmp/results-$corpus.txt"
  : > "$results"

  start=$(date +%s.%N)
  "$winnow" run --config "$tmp/html.json" --input "$pages" --output "$tmp/out-$corpus" --jobs 1 --quiet
  end=$(date +%s.%N)
  speed=$(python3 -c "print(f'{$count / ($end - $start):.1f}')")
  echo "winnow $(score "$corpus" "$tmp/out-$corpus/records.jsonl" | fields) $speed" >> "$results"

  line=$("$throughput" "$pages" "$tmp/stage-$corpus.jsonl")
  echo "winnow-html-stage $(score "$corpus" "$tmp/stage-$corpus.jsonl" | fields) $(echo "$line" | rate)" >> "$results"

  "$winnow" run --config "$tmp/cleaning.json" --input "$pages" --output "$tmp/clean-$corpus" --jobs 1 --quiet
  echo "winnow+boilerplate+normalize $(score "$corpus" "$tmp/clean-$corpus/records.jsonl" | fields) -" >> "$results"

  if [ -n "$peer_tools" ]; then
  line=$(python3 "$peers/trafilatura_extract.py" "$pages" "$tmp/trafilatura-$corpus.jsonl" | tail -1)
  echo "trafilatura $(score "$corpus" "$tmp/trafilatura-$corpus.jsonl" | fields) $(echo "$line" | rate)" >> "$results"
  for tool in readability resiliparse; do
    line=$(python3 "$peers/extract_more.py" "$pages" "$tmp/$tool-$corpus.jsonl" --tool "$tool" | tail -1)
    echo "$tool $(score "$corpus" "$tmp/$tool-$corpus.jsonl" | fields) $(echo "$line" | rate)" >> "$results"
  done
  fi

  echo
  echo "== $corpus ($count pages; one thread each)"
  python3 - "$results" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
run, stage = rows[0], rows[1]
header = f"{'tool':30} {'F1':>6} {'P':>6} {'R':>6} {'pages/s':>9}   {'F1 winnow/tool':>14} {'run/tool':>9} {'stage/tool':>10}"
print(header)
for index, (name, f1, p, r, speed) in enumerate(rows):
    if index < 3:
        print(f"{name:30} {f1:>6} {p:>6} {r:>6} {speed:>9}")
        continue
    f1_ratio = f"{float(run[1]) / float(f1):.3f}" if float(f1) > 0 else "-"
    print(f"{name:30} {f1:>6} {p:>6} {r:>6} {speed:>9}   {f1_ratio:>14} "
          f"{float(run[4]) / float(speed):>8.1f}x {float(stage[4]) / float(speed):>9.1f}x")
PY
  if [ "$corpus" != moz ]; then
    for part in dev test; do
      for tool in winnow $peer_tools; do
        file="$tmp/$tool-$corpus.jsonl"; [ "$tool" = winnow ] && file="$tmp/out-$corpus/records.jsonl"
        echo "  $part half, $tool: $(score "$corpus" "$file" "$part")"
      done
    done
  fi
done
