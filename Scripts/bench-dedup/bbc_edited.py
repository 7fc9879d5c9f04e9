#!/usr/bin/env python3
"""What winnow, rensa and datasketch find among the real edited versions of bbc-news-2225.

usage: bbc_edited.py [--shared ../shared] [--winnow BIN] [--work DIR]

The corpus's SOURCE.md lists groups of articles that share a headline but not
their text: real edited versions of one story. This script extracts the
articles into a temporary folder (removed at the end unless --work is given),
computes each such pair's exact Jaccard similarity and containment of word
5-gram shingles by brute force, runs winnow (normalize + dedup + canonical)
and the peers (../shared/peers/*_dedup.py) on the folder with the same
shingles, permutations and threshold, and prints per tool how many pairs of
each kind it folds together: Jaccard >= 0.8, contained >= 0.9 (a trimmed or
extended version), and the rest.
"""
import argparse, collections, itertools, json, os, re, shutil, tarfile, tempfile

from peer_clusters import tool_clusters

repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ap = argparse.ArgumentParser()
ap.add_argument("--shared", default=os.path.join(repo, "..", "shared"))
ap.add_argument("--winnow", default=os.path.join(repo, ".build", "release", "winnow"))
ap.add_argument("--work", default=None)
a = ap.parse_args()

work = a.work or tempfile.mkdtemp(prefix="winnow-bbc-edited.")
pages = os.path.join(work, "articles")
os.makedirs(pages, exist_ok=True)
docs = {}
with tarfile.open(os.path.join(a.shared, "corpora", "bbc-news-2225", "bbc-fulltext.tar.gz")) as archive:
    for member in archive.getmembers():
        if not member.isfile() or not member.name.endswith(".txt"):
            continue
        raw = archive.extractfile(member).read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")  # bbc/sport/199.txt, as SOURCE.md says
        category, name = member.name.split("/")[-2:]
        key = f"{category}-{name[:-4]}"
        docs[key] = text
        with open(os.path.join(pages, key + ".txt"), "w", encoding="utf-8") as out:
            out.write(text)


def shingles(text):
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + 5]) for i in range(max(1, len(words) - 4))}


sets = {key: shingles(text) for key, text in docs.items()}
by_headline = collections.defaultdict(list)
for key, text in docs.items():
    by_headline[(key.split("-")[0], text.strip().split("\n")[0].strip())].append(key)
pairs = []
for group in by_headline.values():
    for x, y in itertools.combinations(sorted(group), 2):
        if docs[x] == docs[y]:
            continue
        shared = len(sets[x] & sets[y])
        pairs.append((x, y, shared / len(sets[x] | sets[y]), shared / min(len(sets[x]), len(sets[y]))))
kinds = {
    "Jaccard >= 0.8": [p for p in pairs if p[2] >= 0.8],
    "contained >= 0.9": [p for p in pairs if p[2] < 0.8 and p[3] >= 0.9],
    "other edited versions": [p for p in pairs if p[2] < 0.8 and p[3] < 0.9],
}

print(f"bbc-news-2225: {len(docs)} articles, {len(pairs)} same-headline pairs with different text "
      f"({', '.join(f'{name}: {len(found)}' for name, found in kinds.items())})")
for tool, cluster in tool_clusters(a.winnow, a.shared, pages, work):
    folded = lambda x, y: x in cluster and cluster.get(x) == cluster.get(y)
    print(f"{tool:11s} " + "   ".join(
        f"{name}: {sum(folded(x, y) for x, y, _, _ in found)}/{len(found)}" for name, found in kinds.items()))
if not a.work:
    shutil.rmtree(work)
