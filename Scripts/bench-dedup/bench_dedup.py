#!/usr/bin/env python3
"""Side-by-side near-duplicate benchmark: winnow vs rensa vs datasketch, one run.

usage: bench_dedup.py CORPUS.jsonl TRUTH.json [--peers DIR] [--winnow BIN]
                      [--shingles 5] [--perm 128] [--threshold 0.8] [--sample 3000]
                      [--skip-datasketch] [--winnow-only]

Runs each tool once under /usr/bin/time -v on the same file with the same
shingles, permutations and threshold; winnow runs `normalize + dedup +
canonical`. Prints wall time, docs/s, MB/s, peak RSS, every ratio, pair
precision/recall/F1 against the truth (../shared/eval/score_dedup.py) and
against brute-force exact Jaccard of word shingles on a sample of text records.
"""
import argparse, itertools, json, os, random, re, subprocess, sys, tempfile, time, collections

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(os.path.dirname(here))
ap = argparse.ArgumentParser()
ap.add_argument("corpus"); ap.add_argument("truth")
ap.add_argument("--peers", default=os.path.join(repo, "..", "shared", "peers"))
ap.add_argument("--scorer", default=None)
ap.add_argument("--winnow", default=os.path.join(repo, ".build", "release", "winnow"))
ap.add_argument("--shingles", type=int, default=5)
ap.add_argument("--perm", type=int, default=128)
ap.add_argument("--threshold", type=float, default=0.8)
ap.add_argument("--dedup-options", default="{}", help="extra winnow dedup options as JSON")
ap.add_argument("--jobs", type=int, default=0)
ap.add_argument("--clean", default="normalize", help="winnow stages before dedup, comma-separated (html records need html)")
ap.add_argument("--sample", type=int, default=3000)
ap.add_argument("--official-score-limit", type=int, default=6000, help="use the shared scorer up to this many records")
ap.add_argument("--skip-datasketch", action="store_true")
ap.add_argument("--winnow-only", action="store_true")
a = ap.parse_args()
scorer = a.scorer or os.path.join(a.peers, "..", "eval", "score_dedup.py")
work = tempfile.mkdtemp(prefix="bench-dedup-", dir="/tmp")
size_mb = os.path.getsize(a.corpus) / 1e6
docs = sum(1 for line in open(a.corpus, encoding="utf-8") if line.strip())

dedup = {"stage": "dedup", "shingleSize": a.shingles, "permutations": a.perm, "threshold": a.threshold}
dedup.update(json.loads(a.dedup_options))
pipeline = {"version": 1, "stages": [{"stage": s} for s in a.clean.split(",") if s] + [dedup, {"stage": "canonical"}]}
config = os.path.join(work, "pipeline.json")
json.dump(pipeline, open(config, "w"))

def timed(name, argv, records):
    out = subprocess.run(["/usr/bin/time", "-v"] + argv, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"{name} failed ({out.returncode}):\n{out.stdout[-2000:]}\n{out.stderr[-3000:]}")
    wall = rss = None
    for line in out.stderr.splitlines():
        if "Elapsed (wall clock)" in line:
            parts = line.rsplit(" ", 1)[1].split(":")
            wall = sum(float(p) * 60 ** i for i, p in enumerate(reversed(parts)))
        if "Maximum resident set size" in line: rss = int(line.rsplit(" ", 1)[1]) / 1024
    print(f"  ran {name}: {wall:.2f} s wall, {rss:.0f} MB peak RSS", flush=True)
    return {"name": name, "wall": wall, "rss": rss, "records": records}

def score(records):
    """The shared scorer for small sets; for large ones the same pair
    precision/recall/F1 counted through a contingency table (the shared
    scorer enumerates all id pairs, hours at 30,000 ids)."""
    if docs <= a.official_score_limit:
        return subprocess.run([sys.executable, scorer, a.truth, records], capture_output=True, text=True).stdout.strip().splitlines()[-1]
    truth = json.load(open(a.truth))
    gold = {i: ("c", k) for k, c in enumerate(truth["clusters"]) for i in c}
    gold.update({i: ("s", k) for k, i in enumerate(truth["singles"])})
    pred = {}
    for line in open(records, encoding="utf-8"):
        r = json.loads(line)
        for m in [str(r["id"])] + [str(d) for d in r.get("duplicates", [])]: pred[m] = str(r["id"])
    pairs = lambda counts: sum(c * (c - 1) // 2 for c in counts.values())
    both = collections.Counter((gold[i], pred[i]) for i in gold if i in pred)
    g = collections.Counter(gold.values()); p = collections.Counter(pred[i] for i in gold if i in pred)
    tp = pairs(both); P = tp / max(pairs(p), 1); R = tp / max(pairs(g), 1)
    return f"pair_precision={P:.3f} pair_recall={R:.3f} pair_f1={2 * P * R / max(P + R, 1e-9):.3f} (table)"

runs = []
wdir = os.path.join(work, "winnow")
wargv = [a.winnow, "run", "-c", config, "-i", a.corpus, "-o", wdir, "-q"] + (["-j", str(a.jobs)] if a.jobs else [])
runs.append(timed("winnow", wargv, os.path.join(wdir, "records.jsonl")))
if not a.winnow_only:
    common = ["--threshold", str(a.threshold), "--perm", str(a.perm), "--ngram", str(a.shingles)]
    runs.append(timed("rensa", [sys.executable, os.path.join(a.peers, "rensa_dedup.py"), a.corpus, os.path.join(work, "rensa.jsonl")] + common, os.path.join(work, "rensa.jsonl")))
    if not a.skip_datasketch:
        runs.append(timed("datasketch", [sys.executable, os.path.join(a.peers, "datasketch_dedup.py"), a.corpus, os.path.join(work, "datasketch.jsonl")] + common, os.path.join(work, "datasketch.jsonl")))

# Brute-force exact Jaccard on a sample of text records (as the peers see them).
rng = random.Random(1)
texts = {}
for line in open(a.corpus, encoding="utf-8"):
    r = json.loads(line)
    if "text" in r: texts[str(r["id"])] = r["text"]
sample = sorted(rng.sample(sorted(texts), min(a.sample, len(texts))))
W = re.compile(r"\w+")
def shingles(t):
    w = W.findall(t.lower()); k = a.shingles
    return {" ".join(w[i:i + k]) for i in range(max(len(w) - k + 1, 1))} if w else set()
sets = {i: shingles(texts[i]) for i in sample}
postings = collections.defaultdict(list)
for i in sample:
    for s in sets[i]: postings[s].append(i)
pairs = set()
for members in postings.values():
    if len(members) < 400:
        for x, y in itertools.combinations(members, 2): pairs.add((x, y))
exact = {p for p in pairs if len(sets[p[0]] & sets[p[1]]) / len(sets[p[0]] | sets[p[1]]) >= a.threshold}
inside = set(sample)
def predicted(path):
    pred = {}
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        for m in [str(r["id"])] + [str(d) for d in r.get("duplicates", [])]:
            if m in inside: pred[m] = str(r["id"])
    groups = collections.defaultdict(list)
    for m, c in pred.items(): groups[c].append(m)
    return {tuple(sorted(p)) for g in groups.values() for p in itertools.combinations(sorted(g), 2)}
for run in runs:
    run["score"] = score(run["records"])
    got = predicted(run["records"])
    tp = len(got & exact); P = tp / max(len(got), 1); R = tp / max(len(exact), 1)
    run["exact"] = f"P={P:.3f} R={R:.3f} F1={2 * P * R / max(P + R, 1e-9):.3f}"

print(f"corpus: {a.corpus}  docs={docs}  {size_mb:.1f} MB  shingles={a.shingles} perm={a.perm} threshold={a.threshold}")
print(f"winnow pipeline: {json.dumps(pipeline)}")
print(f"exact-Jaccard sample: {len(sample)} text records, {len(exact)} pairs with exact Jaccard >= {a.threshold}")
print(f"{'tool':<11}{'wall s':>8}{'docs/s':>9}{'MB/s':>8}{'RSS MB':>8}  truth pairs                                   exact-Jaccard sample")
for r in runs:
    print(f"{r['name']:<11}{r['wall']:>8.2f}{docs / r['wall']:>9.0f}{size_mb / r['wall']:>8.2f}{r['rss']:>8.0f}  {r['score']:<46}{r['exact']}")
for x, y in itertools.permutations(runs, 2):
    if x["name"] == "winnow":
        print(f"wall ratio {y['name']}/winnow = {y['wall'] / x['wall']:.2f}x   (winnow = 1/{y['wall'] / x['wall']:.1f} of {y['name']})")
print(f"work files: {work}")
