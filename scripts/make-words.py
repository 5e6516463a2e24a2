#!/usr/bin/env python3
"""Builds analyzers/.../extract/words.txt, the Vietnamese words of one to four syllables the extractor uses to tell
where a counted thing ends ("300 khẩu súng", "tổ chức cơ sở đảng"), from legal texts, which are not protected by
copyright in Vietnam (Law on Intellectual Property, Article 15), so the list is the project's own (Apache-2.0).

  python3 scripts/make-words.py corpus/legal ../shared/data/legal-qa-alqac2022/corpus.jsonl.gz > words.txt

A Vietnamese syllable is a word when the texts use it twice. Syllables a, b make a word "a b" when they stand
together often enough that neither is there by chance: at least MIN_COUNT times, and a Dice coefficient
2·n(ab) / (n(a) + n(b)) of at least DICE or n(ab) / min(n(a), n(b)) of at least FOLLOW (PMI, off by default, was
measured and left out); three and four syllables when the longer span holds SHARE of the uses of the pairs it is
made of. A span that follows numbers UNIT_COUNT times and UNIT_SHARE of what follows its first words there, with
no function word, is a counted thing ("13 công dân"). The project's own word lists are added as they are. The
defaults built the shipped list; the variants of BENCHMARKS.md are these constants changed by environment.
"""
import gzip, json, math, os, re, sys, unicodedata
from collections import Counter

MIN_COUNT = 3
DICE = float(os.environ.get("DICE", "0.03"))
SHARE = float(os.environ.get("SHARE", "0.5"))
FOLLOW = float(os.environ.get("FOLLOW", "0.15"))
PMI = float(os.environ.get("PMI", "99"))
PMI_COUNT = 20
UNIT_COUNT = int(os.environ.get("UNIT_COUNT", "5"))
UNIT_SHARE = float(os.environ.get("UNIT_SHARE", "0.03"))
LISTS = os.path.join(os.path.dirname(__file__), "..", "analyzers/src/main/resources/vn/tracuu/extract/lists")
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
VOWELS = set("aăâeêioôơuưy")


def texts(path):
    if os.path.isdir(path):
        for name in sorted(os.listdir(path)):
            yield from texts(os.path.join(path, name))
    elif path.endswith(".jsonl.gz") or path.endswith(".jsonl"):
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                yield d.get("title", "") + "\n" + d.get("text", "")
    elif path.endswith(".txt"):
        with open(path, encoding="utf-8") as f:
            yield f.read()


# a Vietnamese syllable as written: an initial consonant, a vowel nucleus with at most one tone mark, a final
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
SYLLABLE = re.compile(r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
                      r"[aăâeêioôơuưy]{1,3}(ng|nh|ch|[cmnpt])?$")


def syllable(w):
    d = unicodedata.normalize("NFD", w)
    if sum(1 for c in d if c in TONES) > 1:
        return False
    return SYLLABLE.match(unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))) is not None


def read_list(name):
    with open(os.path.join(LISTS, name), encoding="utf-8") as f:
        return [unicodedata.normalize("NFC", l.strip().lower()) for l in f if l.strip() and not l.startswith("#")]


def count(paths):
    """Counts of syllables and of 2-4 syllable spans, and of the spans that follow a number."""
    uni, grams, counted = Counter(), Counter(), Counter()
    for path in paths:
        for text in texts(path):
            text = unicodedata.normalize("NFC", text).lower()
            # a phrase ends at punctuation and numbers: words never run across them
            after_number = False
            for part in re.split(r"(\d[\d.,]*)|[^\w\s]|_", text):
                if part is None:
                    after_number = False
                    continue
                if part[:1].isdigit():
                    after_number = True
                    continue
                ws = WORD.findall(part)
                for i, w in enumerate(ws):
                    uni[w] += 1
                    for n in (2, 3, 4):
                        if i + n <= len(ws):
                            grams[tuple(ws[i:i + n])] += 1
                            if i == 0 and after_number:
                                counted[tuple(ws[:n])] += 1
                if ws and after_number:
                    counted[(ws[0],)] += 1
                after_number = False
    return uni, grams, counted


def select(uni, grams, counted):
    out = {w for w, c in uni.items() if c >= 2 and syllable(w)}
    pairs = set()
    total = sum(uni.values())
    for g, c in grams.items():
        if len(g) == 2 and c >= MIN_COUNT and syllable(g[0]) and syllable(g[1]) and (
                2 * c / (uni[g[0]] + uni[g[1]]) >= DICE or c / min(uni[g[0]], uni[g[1]]) >= FOLLOW
                or c >= PMI_COUNT and math.log(c * total / (uni[g[0]] * uni[g[1]])) >= PMI):
            pairs.add(g)
    out |= {" ".join(g) for g in pairs}
    for g, c in grams.items():
        if len(g) < 3 or c < MIN_COUNT:
            continue
        inner = [g[i:i + 2] for i in range(len(g) - 1)]
        if all(p in pairs for p in inner) and c >= SHARE * min(grams[p] for p in inner):
            out.add(" ".join(g))
    # what follows numbers: "13 công dân", "300 hóa đơn": a span that most often goes on after its first words
    # there is what is counted
    # there is what is counted, unless a word of it joins clauses ("mã lực tại", "hành khách và")
    function = set(read_list("function-words.txt"))
    units = set()
    for n in (2, 3, 4):
        for g, c in counted.items():
            if len(g) == n and c >= UNIT_COUNT and c >= UNIT_SHARE * counted[g[:-1]] \
                    and all(syllable(w) and w not in function for w in g) \
                    and (n == 2 or all(g[i:i + 2] in pairs or g[i:i + 2] in units for i in range(n - 1))):
                units.add(g)
    out |= {" ".join(g) for g in units}
    for name in sorted(os.listdir(LISTS)):
        if name.endswith(".txt"):
            out |= {w for w in read_list(name) if "," not in w and len(w.split()) <= 4}
    return sorted(out)


if __name__ == "__main__":
    for w in select(*count(sys.argv[1:])):
        print(w)
