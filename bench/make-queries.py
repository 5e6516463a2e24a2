#!/usr/bin/env python3
"""Writes realistic /api/search paths for wrk: spans of 2-6 words of news titles (a third without diacritics)
plus the judged queries of corpus/eval/queries.tsv, shuffled, one per line.
usage: bench/make-queries.py NEWS.jsonl.gz N > /tmp/tracuu-queries.txt"""
import gzip, json, random, sys, unicodedata, urllib.parse

def fold(s):
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn')

news, n = sys.argv[1], int(sys.argv[2])
rnd = random.Random(12)
titles = []
with gzip.open(news, 'rt', encoding='utf-8') as f:
    for line in f:
        t = json.loads(line).get('title') or ''
        words = [w.strip('.,:;!?"\'()[]') for w in t.split()]
        words = [w for w in words if w]
        if len(words) >= 3: titles.append(words)
queries = set()
while len(queries) < n:
    w = rnd.choice(titles)
    k = rnd.randint(2, min(6, len(w)))
    a = rnd.randint(0, len(w) - k)
    q = ' '.join(w[a:a + k])
    queries.add(fold(q).lower() if rnd.random() < 1 / 3 else q)
with open('corpus/eval/queries.tsv', encoding='utf-8') as f:
    for line in f:
        parts = line.rstrip('\n').split('\t')
        if len(parts) >= 3 and not line.startswith('#'): queries.add(parts[2])
out = sorted(queries)
rnd.shuffle(out)
for q in out: print('/api/search?limit=10&q=' + urllib.parse.quote(q))
