#!/usr/bin/env python3
"""Real different-articles-on-one-story pairs: what winnow, rensa and datasketch fold.

usage: same_story.py [--shared ../shared] [--winnow BIN] [--work DIR]

The SemEval-2022 task 8 corpus (../shared/corpora/semeval2022-task8-news-similarity)
holds pairs of real news articles that annotators rated for how similar their
story is (Overall 1 = same story ... 4 = very different). Its HFL sample carries
the texts (title + body, truncated head and tail). Independent reports of one
event (Overall <= 1.5) are the hard negatives of near-duplicate detection: they
share the topic, the names and often whole phrases, but not the text.

The script writes the sample's original-language articles to a temporary JSONL
file (removed at the end unless --work is given), computes each pair's exact
Jaccard and containment of word 5-gram shingles, runs winnow (normalize + dedup
+ canonical) and the peers (../shared/peers/*_dedup.py) with the same shingles,
permutations and threshold, and prints per tool how many pairs of each kind it
folds together. A fold of a same-story pair whose texts are not near-copies
(exact Jaccard < 0.5 and containment < 0.8) is a false merge; folded pairs with
near-identical texts (scraped registration walls or cookie notices under two
headlines) are listed so they can be read.
"""
import argparse, csv, gzip, json, os, re, shutil, tempfile

from peer_clusters import tool_clusters

repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ap = argparse.ArgumentParser()
ap.add_argument("--shared", default=os.path.join(repo, "..", "shared"))
ap.add_argument("--winnow", default=os.path.join(repo, ".build", "release", "winnow"))
ap.add_argument("--work", default=None)
a = ap.parse_args()

corpus = os.path.join(a.shared, "corpora", "semeval2022-task8-news-similarity")
with gzip.open(os.path.join(corpus, "official", "semeval-2022_task8_train-data_batch_2.csv.gz"), "rt",
               encoding="utf-8") as handle:
    official = {row["pair_id"] for row in csv.DictReader(handle)}
pairs = {}
for name in ("training_set.csv.gz", "testing_set.csv.gz"):
    with gzip.open(os.path.join(corpus, "hfl_examples", name), "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            # Rows whose pair is not in the official labels are the HFL team's
            # machine-translated augmentation: not real articles.
            if row["pair_id"] in official:
                pairs.setdefault(row["pair_id"], row)

texts = {}
for pair_id, row in pairs.items():
    first, second = pair_id.split("_")
    texts.setdefault(first, row["text1"])
    texts.setdefault(second, row["text2"])

work = a.work or tempfile.mkdtemp(prefix="winnow-same-story.")
articles = os.path.join(work, "articles.jsonl")
with open(articles, "w", encoding="utf-8") as out:
    for key in sorted(texts):
        out.write(json.dumps({"id": key, "text": texts[key]}) + "\n")


def shingles(text):
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 5]) for i in range(max(1, len(words) - 4))}


sets = {key: shingles(text) for key, text in texts.items()}
rows = []
for pair_id, row in sorted(pairs.items()):
    first, second = pair_id.split("_")
    x, y = sets[first], sets[second]
    shared = len(x & y)
    jaccard = shared / max(1, len(x | y))
    containment = shared / max(1, min(len(x), len(y)))
    rows.append((first, second, float(row["Overall"]), jaccard, containment))
near_copy = lambda r: r[3] >= 0.5 or r[4] >= 0.8
kinds = {
    "same story, different text": [r for r in rows if r[2] <= 1.5 and not near_copy(r)],
    "other stories, different text": [r for r in rows if r[2] > 1.5 and not near_copy(r)],
    "near-copies (any rating)": [r for r in rows if near_copy(r)],
}

print(f"semeval2022 task 8 sample: {len(texts)} articles, {len(rows)} rated pairs "
      f"({', '.join(f'{name}: {len(found)}' for name, found in kinds.items())})")
for tool, cluster in tool_clusters(a.winnow, a.shared, articles, work):
    folded = lambda r: r[0] in cluster and cluster.get(r[0]) == cluster.get(r[1])
    print(f"{tool:11s} folded " + "   ".join(
        f"{name}: {sum(map(folded, found))}/{len(found)}" for name, found in kinds.items()))
    for first, second, overall, jaccard, containment in filter(folded, kinds["near-copies (any rating)"]):
        print(f"            {first} + {second}: rated {overall:.1f}, exact Jaccard {jaccard:.2f}, "
              f"containment {containment:.2f}")
if not a.work:
    shutil.rmtree(work)
