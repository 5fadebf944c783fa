#!/usr/bin/env python3
"""Which claims a change added, removed or changed, each shown in its article: for checking a grammar or
attribution change on a corpus run before committing it.

  claim_diff.py BEFORE.jsonl AFTER.jsonl CORPUS_IN.jsonl[.gz] [--sample N] [--seed S]
                [--only removed|added|speaker|content|canonical] [--context C]

BEFORE and AFTER are what `doichieu corpus` writes (one document a line, the conflicts on the last line); CORPUS_IN
the records it read ({"id", "text"}). Claim ids shift when a claim is added before others, so a claim is keyed by
its document and the start of its cue (of its content when it has no cue): the members of a group speaker, who share
their cue, count once (the first listed). Prints the counts of each kind of
change, then up to N of each (a seeded sample when there are more, in article order): for a changed claim the old
and the new speaker as written, canonical name and side (with the resolution's reason), cue and content, and the
article text from C characters before the speaker (or the content) to a little after."""
import argparse
import random
import sys

from judge_sheet import read_lines  # one reader of corpus files for all scripts (same folder)

KINDS = ('removed', 'added', 'speaker', 'content', 'canonical')


def key_of(doc_id, claim):
    span = claim['cue']['span'] or claim['content']['span']
    return doc_id, span['start']


def load(path):
    out = {}
    for rec in read_lines(path):
        for c in rec.get('claims', []):
            out[key_of(rec['id'], c)] = c
    return out


def kind_of(a, b):
    if b is None:
        return 'removed'
    if a is None:
        return 'added'
    if a['speaker']['text'] != b['speaker']['text']:
        return 'speaker'
    if a['content']['text'] != b['content']['text']:
        return 'content'
    sa, sb = a['speaker'], b['speaker']
    if (sa['canonical'], sa['side']) != (sb['canonical'], sb['side']):
        return 'canonical'
    return None


def describe(c):
    s = c['speaker']
    why = f" ({s['resolved_from']})" if s.get('resolved_from') else ''
    return (f"{s['text']} -> {s['canonical']} / {s['side']}{why} | {c['rule']} | cue {c['cue']['text']!r} | "
            f"{c['content']['text'][:160]}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('before')
    ap.add_argument('after')
    ap.add_argument('corpus')
    ap.add_argument('--sample', type=int, default=10)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--only', choices=KINDS)
    ap.add_argument('--context', type=int, default=400)
    args = ap.parse_args()
    before, after = load(args.before), load(args.after)
    changes = {k: [] for k in KINDS}
    for key in sorted(set(before) | set(after)):
        kind = kind_of(before.get(key), after.get(key))
        if kind:
            changes[kind].append(key)
    print(f"claims before {len(before)}, after {len(after)}; "
          + ', '.join(f"{k} {len(v)}" for k, v in changes.items()))
    rng = random.Random(args.seed)
    picked = {k: sorted(rng.sample(v, min(args.sample, len(v))))
              for k, v in changes.items() if not args.only or k == args.only}
    wanted = {doc for keys in picked.values() for doc, _ in keys}
    texts = {rec['id']: rec['text'] for rec in read_lines(args.corpus) if rec.get('id') in wanted}
    for kind, keys in picked.items():
        if not keys:
            continue
        print(f"\n## {kind}: {len(keys)} of {len(changes[kind])}")
        for doc, start in keys:
            a, b = before.get((doc, start)), after.get((doc, start))
            print(f"\n### {doc}")
            if a:
                print(f"- before: {describe(a)}")
            if b:
                print(f"- after:  {describe(b)}")
            claim = a or b
            span = (claim['speaker'].get('span') or claim['content']['span'])
            text = texts.get(doc, '')
            at = span['char_start']
            print('> ' + text[max(0, at - args.context):at].replace('\n', ' ¶ ') + ' 【 '
                  + text[at:at + 200].replace('\n', ' ¶ '))
    return 0


if __name__ == '__main__':
    sys.exit(main())
