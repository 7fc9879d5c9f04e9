"""Runs winnow (normalize + dedup + canonical) and the dedup peers on one input
with the same shingles, permutations and threshold, and reads each tool's
clusters: shared by bbc_edited.py and same_story.py."""
import json, os, subprocess, sys


def tool_clusters(winnow, shared, source, work):
    """Yields (tool, cluster) per tool, cluster mapping every id to its canonical's id."""
    config = os.path.join(work, "pipeline.json")
    with open(config, "w") as out:
        json.dump({"version": 1, "stages": [
            {"stage": "normalize"},
            {"stage": "dedup", "shingleSize": 5, "permutations": 128, "threshold": 0.8},
            {"stage": "canonical"}]}, out)
    peers = os.path.join(shared, "peers")
    runs = {
        "winnow": ([winnow, "run", "-c", config, "-i", source, "-o", os.path.join(work, "winnow"), "-q"],
                   os.path.join(work, "winnow", "records.jsonl")),
        "rensa": ([sys.executable, os.path.join(peers, "rensa_dedup.py"), source, os.path.join(work, "rensa.jsonl")],
                  os.path.join(work, "rensa.jsonl")),
        "datasketch": ([sys.executable, os.path.join(peers, "datasketch_dedup.py"), source,
                        os.path.join(work, "datasketch.jsonl")], os.path.join(work, "datasketch.jsonl")),
    }
    for tool, (argv, records) in runs.items():
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        cluster = {}
        with open(records, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                cluster[record["id"]] = record["id"]
                for member in record.get("duplicates", []):
                    cluster[member] = record["id"]
        yield tool, cluster
