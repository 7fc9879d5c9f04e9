#!/usr/bin/env python3
"""Builds a near-duplicate benchmark corpus with known truth from real articles.

usage: make_corpus.py OUT.jsonl TRUTH.json --source PATH [--source PATH ...]
                      [--copy-share 0.35] [--templates 300] [--seed 7]

A source is bbc-fulltext.tar.gz, a folder of reut2-*.sgm.gz, a JSONL file
(id, title, text) or a folder of .txt files (first line = headline).
The sources' own duplicates and edited versions are removed first, so the
truth is exactly what this script plants:
  - copies of an original: another outlet's wrapper lines, a full HTML page,
    a trimmed copy (>= 70% of paragraphs, new headline, straightened quotes),
    a typo'd copy (up to 3% of words mistyped, a few junk tokens), a
    re-headlined copy; each original gets 1-4 of them;
  - template negatives: short different stories that share one long site
    template (as HTML pages and as text with the template lines);
  - everything else is a single.
Outputs go wherever OUT points (use /tmp); nothing of the sources is kept.
"""
import argparse, glob, gzip, html, io, json, os, random, re, tarfile, collections

ap = argparse.ArgumentParser()
ap.add_argument("out"); ap.add_argument("truth")
ap.add_argument("--source", action="append", required=True)
ap.add_argument("--copy-share", type=float, default=0.35, help="share of originals that get copies")
ap.add_argument("--templates", type=int, default=300, help="template-sharing short stories")
ap.add_argument("--seed", type=int, default=7)
ap.add_argument("--text-only", action="store_true", help="no HTML records (for a pipeline without the html stage)")
a = ap.parse_args()
rng = random.Random(a.seed)

def paragraphs(body):
    ps = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", body)]
    return [p for p in ps if p]

def load(path):
    if path.endswith(".tar.gz"):
        with tarfile.open(path) as t:
            for m in sorted(t.getmembers(), key=lambda m: m.name):
                if m.isfile() and m.name.endswith(".txt"):
                    b = t.extractfile(m).read()
                    try: s = b.decode("utf-8")
                    except UnicodeDecodeError: s = b.decode("latin-1")
                    title, _, body = s.partition("\n")
                    parts = m.name.split("/")
                    yield "bbc-" + parts[-2] + "-" + parts[-1][:-4], title.strip(), paragraphs(body)
    elif os.path.isdir(path) and glob.glob(os.path.join(path, "reut2-*.sgm.gz")):
        for f in sorted(glob.glob(os.path.join(path, "reut2-*.sgm.gz"))):
            s = gzip.open(f).read().decode("latin-1")
            for m in re.finditer(r"<REUTERS([^>]*)>(.*?)</REUTERS>", s, re.S):
                attrs, rec = m.groups()
                t = re.search(r"<TITLE>(.*?)</TITLE>", rec, re.S); b = re.search(r"<BODY>(.*?)</BODY>", rec, re.S)
                if t and b:
                    body = html.unescape(b.group(1)).replace("\x03", "").strip()
                    body = re.sub(r"\s*Reuter\s*$", "", body)
                    # Reuters bodies are hard-wrapped; paragraphs start with an indent.
                    ps = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s{2,}", body)]
                    newid = re.search(r'NEWID="(\d+)"', attrs).group(1)
                    yield "reuters-" + newid, html.unescape(t.group(1)).strip(), [p for p in ps if p]
    elif os.path.isdir(path):
        for f in sorted(glob.glob(os.path.join(path, "**", "*.txt"), recursive=True)):
            title, _, body = open(f, encoding="utf-8", errors="replace").read().partition("\n")
            yield os.path.relpath(f, path)[:-4], title.strip(), paragraphs(body)
    else:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                yield str(r["id"]), r.get("title") or "", paragraphs(r.get("text") or "")

WORD = re.compile(r"\w+")
def shingles(text, k=5):
    w = WORD.findall(text.lower())
    return {" ".join(w[i:i + k]) for i in range(max(len(w) - k + 1, 1))} if w else set()

# 1. Load, and drop the sources' own duplicates and edited versions: a later
#    article sharing >= 30% of its shingles with an earlier one, or its title.
docs, seen_titles = [], set()
for src in a.source:
    for ident, title, ps in load(src):
        words = sum(len(p.split()) for p in ps)
        if words < 20: continue
        docs.append((ident, title, ps))
postings = collections.defaultdict(list)
kept = []
for ident, title, ps in docs:
    key = title.lower().strip()
    if key in seen_titles: continue
    sh = shingles(" ".join(ps))
    shared = collections.Counter()
    for s in sh:
        for other in postings.get(s, ())[:50]: shared[other] += 1
    if any(c >= 0.3 * min(len(sh), kept[o][3]) for o, c in shared.items()): continue
    seen_titles.add(key)
    for s in sh: postings[s].append(len(kept))
    kept.append((ident, title, ps, len(sh)))
rng.shuffle(kept)

OUTLETS = [("ridgeline-courier.example", "The Ridgeline Courier"), ("harbourtimes.example", "Harbour Times"),
           ("northwind-news.example", "Northwind News"), ("valley-post.example", "The Valley Post"),
           ("metro-daily.example", "Metro Daily"), ("coastline-herald.example", "Coastline Herald")]
HEADWORDS = ["Update:", "Explained:", "Analysis:", "Breaking:", "In brief:", "What we know:", "Report:"]

def straighten(s):
    return s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")

def new_headline(title):
    words = title.split()
    rng.shuffle(words)
    return rng.choice(HEADWORDS) + " " + " ".join(words[: max(3, len(words) - 1)])

def wrapper(ps, outlet):
    name = outlet[1]
    head = [f"{name} | Syndicated news service", f"By {name} staff and agencies",
            f"This article first appeared on {rng.choice(OUTLETS)[1]} and is republished here with permission."]
    foot = [f"Follow {name} on social media for the latest updates.",
            "Sign up for our morning briefing newsletter and never miss a story.",
            f"Copyright {rng.randint(2019, 2026)} {name}. All rights reserved."]
    return head[: rng.randint(1, 3)] + ps + foot[: rng.randint(1, 3)]

def html_page(title, ps, outlet):
    nav = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in
                  ["Home", "World", "Business", "Politics", "Sport", "Technology", "Culture", "Opinion", "Weather"])
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in ps)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)} | {outlet[1]}</title>"
            f"<script>window.dataLayer=[];function track(e){{dataLayer.push(e)}}</script>"
            f"<style>body{{font-family:serif}}</style></head><body>"
            f"<header><nav><ul>{nav}</ul></nav></header>"
            f"<main><article><h1>{html.escape(title)}</h1>{body}</article>"
            f"<aside><h3>Most read</h3><ul><li><a href='/a'>Markets close mixed</a></li><li><a href='/b'>Weekend weather outlook</a></li></ul></aside></main>"
            f"<footer><p>&copy; {outlet[1]}. All rights reserved.</p><p>Privacy policy | Terms of use | Contact us</p></footer>"
            f"</body></html>")

LETTERS = "abcdefghijklmnopqrstuvwxyz"
def typo_word(w):
    if len(w) < 3: return w + rng.choice(LETTERS)
    i = rng.randrange(len(w) - 1); op = rng.randrange(4)
    if op == 0: return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1: return w[:i] + w[i + 1:]
    if op == 2: return w[:i] + rng.choice(LETTERS) + w[i:]
    return w[:i] + rng.choice(LETTERS) + w[i + 1:]

def typos(ps):
    out = []
    rate = rng.uniform(0.01, 0.03)
    for p in ps:
        words = p.split(" ")
        for i, w in enumerate(words):
            if rng.random() < rate: words[i] = typo_word(w)
        out.append(" ".join(words))
    for _ in range(rng.randint(1, 4)):
        j = rng.randrange(len(out))
        junk = rng.choice(["\u00e2\u20ac\u2122", "&nbsp;", "[ad]", "###", "xqz", "\ufffd", "lorem", "ipsum", "..."])
        words = out[j].split(" "); words.insert(rng.randrange(len(words) + 1), junk); out[j] = " ".join(words)
    return out

def trim(ps):
    n = len(ps)
    keep = rng.randint(-(-7 * n // 10), n - 1)
    drop = set(rng.sample(range(1, n), n - keep))
    return [straighten(p) for i, p in enumerate(ps) if i not in drop]

records, clusters, singles = [], [], []
def emit(rid, title, ps=None, page=None, outlet=None, day=1):
    r = {"id": rid, "title": title}
    if page is not None: r["html"] = page
    else: r["text"] = "\n\n".join(ps)
    if outlet: r["url"] = f"https://{outlet[0]}/news/{rid}"; r["source"] = outlet[0]
    r["published"] = f"2026-03-{day:02d}T{rng.randint(6, 22):02d}:00:00Z"
    records.append(r)
    return rid

# 2. Template negatives: short stories from a reserved pool, one long site template.
pool, kept = kept[: a.templates], kept[a.templates:]
template_head = ["Lakeview Community Bulletin", "News, notices and events for the lake district villages since 1987",
                 "Home | Notices | Events | Sport | Weather | Classifieds | Contact the desk"]
template_foot = ["Spotted a mistake in this notice? Email the desk and we will put it right as soon as we can.",
                 "The Lakeview Community Bulletin is run by volunteers. Notices are free for registered charities, "
                 "clubs and schools; businesses pay a small fee that keeps the site running and the printed edition "
                 "on the shelves of the library, the post office and the harbour cafe every Friday morning.",
                 "Send us your news: the desk reads every message, and notices for the weekend must arrive by "
                 "Wednesday noon. Photographs are welcome if you took them yourself and everyone shown agreed.",
                 "Lakeview Community Bulletin, 14 Quay Street. Registered community publisher. All rights reserved."]
site = ("lakeview-bulletin.example", "Lakeview Community Bulletin")
for k, (ident, title, ps, _) in enumerate(pool):
    story = ps[:1] if rng.random() < 0.6 else ps[:2]
    words = " ".join(story).split()
    story = [" ".join(words[: rng.randint(25, 80)])]
    rid = f"tpl-{k:04d}"
    if k % 2 == 0 or a.text_only:
        emit(rid, title, ps=template_head + story + template_foot, outlet=site)
    else:
        emit(rid, title, page=html_page(title, template_head[1:2] + story + template_foot, site), outlet=site)
    singles.append(rid)

# 3. Originals, some with copies.
KINDS = ["wrapper", "trim", "typo", "reheadline"] if a.text_only else ["wrapper", "html", "trim", "typo", "reheadline"]
for n, (ident, title, ps, _) in enumerate(kept):
    home = OUTLETS[n % len(OUTLETS)]
    rid = emit(ident, title, ps=ps, outlet=home, day=1)
    if rng.random() >= a.copy_share:
        singles.append(rid); continue
    kinds = rng.sample(KINDS, rng.randint(1, 4))
    if -(-7 * len(ps) // 10) > len(ps) - 1 and "trim" in kinds: kinds.remove("trim")
    if not kinds: singles.append(rid); continue
    group = [rid]
    for kind in kinds:
        outlet = rng.choice([o for o in OUTLETS if o != home])
        cid = f"{ident}~{kind}"
        day = rng.randint(1, 5)
        if kind == "wrapper": emit(cid, title, ps=wrapper(ps, outlet), outlet=outlet, day=day)
        elif kind == "html": emit(cid, title, page=html_page(title, ps, outlet), outlet=outlet, day=day)
        elif kind == "trim": emit(cid, new_headline(title), ps=trim(ps), outlet=outlet, day=day)
        elif kind == "typo": emit(cid, title, ps=typos(ps), outlet=outlet, day=day)
        else: emit(cid, new_headline(title), ps=[straighten(p) for p in ps], outlet=outlet, day=day)
        group.append(cid)
    clusters.append(group)

rng.shuffle(records)
with open(a.out, "w", encoding="utf-8") as f:
    for r in records: f.write(json.dumps(r, ensure_ascii=False) + "\n")
json.dump({"clusters": clusters, "singles": singles}, open(a.truth, "w"), indent=0)
kinds = collections.Counter(i.split("~")[1] for c in clusters for i in c[1:])
print(f"records={len(records)} clusters={len(clusters)} singles={len(singles)} templates={len(pool)} "
      f"bytes={os.path.getsize(a.out)} copies={dict(kinds)}")
