#!/usr/bin/env python3
"""Which conflicts a change added and removed, each shown in its article: for checking a pairing change on a corpus
run before committing it.

  conflict_diff.py BEFORE.jsonl AFTER.jsonl CORPUS_IN.jsonl[.gz] [--sample N] [--seed S] [--only added|removed]
  conflict_diff.py AFTER.jsonl AFTER.jsonl CORPUS_IN.jsonl --show DOC#c3,DOC#c5   # one pair, in its article

BEFORE and AFTER are what `doichieu corpus` writes (one document a line, the conflicts on the last line); CORPUS_IN
the records it read ({"id", "text"}). A conflict is the same when its two claim ids are; claim ids follow the
claims, so a change of claim extraction makes this diff meaningless (compare runs of one extraction). Prints the
counts by kind, then up to N added and N removed pairs (a seeded sample when there are more), each with both claims,
the `why`, and the article text from a little before the first claim to a little after the second."""
import argparse
import random
import sys
from collections import Counter

from judge_sheet import read_lines  # one reader of corpus files for both scripts (same folder)


def load(path):
    claims, conflicts = {}, []
    for rec in read_lines(path):
        if 'claims' in rec:
            for c in rec['claims']:
                claims[c['id']] = c
        elif 'conflicts' in rec:
            conflicts = rec['conflicts']
    return claims, {(x['a'], x['b']): x for x in conflicts}


def window(text, a, b, width):
    """The text from `width` characters before the earlier of two contents to `width` after the later."""
    spans = []
    for c in (a, b):
        needle = c['content']['text']
        at = text.find(needle[:60]) if needle else -1
        if at >= 0:
            spans.append((at, at + len(needle)))
    if not spans:
        return text[:2 * width].replace('\n', ' / ') + ' …'
    lo = max(0, min(s for s, _ in spans) - width)
    hi = min(len(text), max(e for _, e in spans) + width)
    return ('… ' if lo else '') + text[lo:hi].replace('\n', ' / ') + (' …' if hi < len(text) else '')


def show(x, claims, texts, width):
    a, b = claims.get(x['a']), claims.get(x['b'])
    out = [f"### {x['a']} ⟷ {x['b']} [{x['kind']}] score {x.get('score')} `{x.get('rule', '')}`",
           f"why: {x.get('why')}"]
    for c in (a, b):
        if c:
            sp = c['speaker']
            out.append(f"- **{c['id']}** {sp.get('text')} → {sp.get('canonical')} (side {sp.get('side')}); "
                       f"cue *{c['cue']['text']}* [{c['cue']['class']}]: «{c['content']['text']}»")
    if a and b:
        doc = x['a'].split('#')[0]
        out.append(f"\n> {window(texts.get(doc, ''), a, b, width)}\n")
    return '\n'.join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('before')
    ap.add_argument('after')
    ap.add_argument('inp')
    ap.add_argument('--sample', type=int, default=20, help='pairs shown of each of added and removed')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--only', choices=['added', 'removed'])
    ap.add_argument('--width', type=int, default=250, help='characters of context around the pair')
    ap.add_argument('--show', help='comma-separated claim ids of one pair of AFTER, shown in context')
    a = ap.parse_args()
    claims_b, before = load(a.before)
    claims_a, after = load(a.after)
    if a.show:
        ids = a.show.split(',')
        found = [x for k, x in after.items() if set(k) == set(ids)]
        pick = found[0] if found else {'a': ids[0], 'b': ids[1], 'kind': '-', 'why': '(not a reported pair)'}
        docs = {i.split('#')[0] for i in ids}
        texts = {r['id']: r.get('text', '') for r in read_lines(a.inp) if r.get('id') in docs}
        print(show(pick, claims_a, texts, a.width))
        return 0
    added = [after[k] for k in sorted(after) if k not in before]
    removed = [before[k] for k in sorted(before) if k not in after]
    rng = random.Random(a.seed)
    pick_added = added if len(added) <= a.sample else rng.sample(added, a.sample)
    pick_removed = removed if len(removed) <= a.sample else rng.sample(removed, a.sample)
    docs = {x[s].split('#')[0] for x in pick_added + pick_removed for s in 'ab'}
    texts = {r['id']: r.get('text', '') for r in read_lines(a.inp) if r.get('id') in docs}
    count = lambda xs: ', '.join(f'{k} {v}' for k, v in sorted(Counter(x['kind'] for x in xs).items()))
    print(f"before {len(before)} ({count(before.values())}); after {len(after)} ({count(after.values())})")
    print(f"added {len(added)} ({count(added)}); removed {len(removed)} ({count(removed)})\n")
    for title, pool, everything in [('added', pick_added, added), ('removed', pick_removed, removed)]:
        if a.only and a.only != title:
            continue
        print(f"## {title}: {len(pool)} of {len(everything)}\n")
        for x in pool:
            print(show(x, claims_a if title == 'added' else claims_b, texts, a.width) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
