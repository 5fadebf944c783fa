#!/usr/bin/env python3
# Copied from the shared tools of the doichieu project (tools/judge_sheet.py). Only this line was added.
"""A reading sheet for judging a corpus run by hand: a seeded random sample of claims or conflicts, each shown with
the sentences around it, and an empty verdict to fill in.

  judge_sheet.py claims    CORPUS_OUT.jsonl CORPUS_IN.jsonl[.gz] [--n 60] [--seed 11]
  judge_sheet.py conflicts CORPUS_OUT.jsonl CORPUS_IN.jsonl[.gz] [--n 60] [--seed 7]

CORPUS_OUT is what `doichieu corpus` writes (one document a line, the conflicts on the last line); CORPUS_IN the
records it read ({"id", "text"}). Conflicts are sampled per kind and per within/across articles, in proportion to
how many there are, at least 3 from each stratum that has any. Verdicts for a claim: correct / wrong-speaker /
wrong-content / not-a-claim; for a conflict: correct / wrong (GUIDELINES.md says what counts). Precision is
correct / judged; for conflicts, weight each stratum by its size."""
import argparse, gzip, json, random, sys
from collections import defaultdict


def read_lines(path):
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rt', encoding='utf-8') as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def context(text, needle, width=300):
    at = text.find(needle[:60]) if needle else -1
    if at < 0:
        return text[:2 * width].replace('\n', ' ') + ' …'
    lo, hi = max(0, at - width), min(len(text), at + len(needle) + width)
    return ('… ' if lo else '') + text[lo:hi].replace('\n', ' ') + (' …' if hi < len(text) else '')


def show_claim(c, texts):
    doc = c['id'].split('#')[0]
    sp = c['speaker']
    return (f"**{c['id']}** `{c.get('rule', '')}` — speaker *{sp.get('text')}* → {sp.get('canonical')} "
            f"(side {sp.get('side')}); cue *{c['cue']['text']}* [{c['cue']['class']}]\n"
            f"content: «{c['content']['text']}»\n\n> {context(texts.get(doc, ''), c['content']['text'])}\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('what', choices=['claims', 'conflicts'])
    ap.add_argument('out')
    ap.add_argument('inp')
    ap.add_argument('--n', type=int, default=60)
    ap.add_argument('--seed', type=int)
    a = ap.parse_args()
    rng = random.Random(a.seed if a.seed is not None else (11 if a.what == 'claims' else 7))
    claims, conflicts = {}, []
    for rec in read_lines(a.out):
        if 'claims' in rec:
            for c in rec['claims']:
                claims[c['id']] = c
        elif 'conflicts' in rec:
            conflicts = rec['conflicts']
    if a.what == 'claims':
        picked = rng.sample(sorted(claims), min(a.n, len(claims)))
        docs = {p.split('#')[0] for p in picked}
    else:
        strata = defaultdict(list)
        for x in conflicts:
            across = x['a'].split('#')[0] != x['b'].split('#')[0]
            strata[(x['kind'], 'across' if across else 'within')].append(x)
        total = sum(len(v) for v in strata.values())
        picked = []
        for key in sorted(strata):
            pool = strata[key]
            k = min(len(pool), max(3, round(a.n * len(pool) / max(total, 1))))
            picked += [(key, x) for x in rng.sample(pool, k)]
        docs = {x[s].split('#')[0] for _, x in picked for s in 'ab'}
    texts = {r['id']: r.get('text', '') for r in read_lines(a.inp) if r.get('id') in docs}
    print(f"# Judge sheet: {a.what}, seed {a.seed if a.seed is not None else (11 if a.what == 'claims' else 7)}\n")
    if a.what == 'claims':
        print(f"{len(picked)} of {len(claims)} claims.\n")
        for i, cid in enumerate(picked, 1):
            print(f"## {i}\n{show_claim(claims[cid], texts)}\nverdict: \n")
    else:
        sizes = defaultdict(int)
        for x in conflicts:
            across = x['a'].split('#')[0] != x['b'].split('#')[0]
            sizes[(x['kind'], 'across' if across else 'within')] += 1
        print('| stratum | conflicts | sampled |\n|---|---|---|')
        for key in sorted(sizes):
            print(f"| {key[0]} {key[1]} | {sizes[key]} | {sum(1 for k, _ in picked if k == key)} |")
        print()
        for i, (key, x) in enumerate(picked, 1):
            print(f"## {i} ({key[0]}, {key[1]}) {x['id']} `{x.get('rule', '')}` score {x.get('score')}\n"
                  f"why: {x.get('why')}\n")
            for s in 'ab':
                c = claims.get(x[s])
                print(show_claim(c, texts) if c else f"{x[s]}: claim not found\n")
            print('verdict: \n')


if __name__ == '__main__':
    sys.exit(main())
