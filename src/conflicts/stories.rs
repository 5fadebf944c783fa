//! Stories: the articles that report one event, so that claims across articles are compared
//! only within a story.
//!
//! Each article gets a [`Profile`]: the rarest, most repeated words and word pairs of its
//! opening (title and lead, where news says what happened, to whom, where), weighted by term
//! rarity. Two articles are similar by the cosine of their profiles; they are compared only
//! when they share two of their most telling words (an inverted index, so a corpus is not
//! compared article by article), and never when their periods do not overlap.
//!
//! Stories are then grown by average linkage: the two groups whose articles are on average
//! the most similar merge first, until no two groups are similar enough on average
//! ([`STORY_LINK`]) or a merge would pass [`MAX_STORY`] articles. Average linkage does not
//! chain: A–B and B–C similar does not put A and C together unless A and C are alike too,
//! which is what made one giant "story" of unrelated articles under the old union of links.

use std::collections::{BinaryHeap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use super::doc::Doc;
use super::terms::{pair_hash, Idf};
use crate::dates::Period;
use crate::segment::Sentence;
use crate::text::chars::{floor_boundary, is_space};
use crate::tokens::{HashKeyed, SentenceTokens, Token};

/// How much of an article's opening its profile reads, in bytes.
const PROFILE_BYTES: usize = 3000;
/// Terms in a profile.
const PROFILE_TERMS: usize = 40;
/// Terms weaker than this (common words) are not in a profile.
const PROFILE_MIN_IDF: f32 = 2.0;
/// The most telling terms of a profile, by which articles meet.
const KEY_TERMS: usize = 16;
/// A key is a term at least this rare (seen in under about 3,000 of 38,000 articles).
const KEY_MIN_IDF: f32 = 2.5;
/// Two articles are compared when they share at least this many keys.
const MIN_SHARED_KEYS: usize = 2;
/// A key that more articles than this share in one run is too common to tie them (and
/// comparing every two of them would cost the square of it).
const MAX_POSTING: usize = 150;
/// Article pairs less similar than this count as unrelated (an average counts them as 0).
const EDGE_MIN: f64 = 0.15;
/// Two groups merge into a story of two articles when they are at least this similar; a
/// larger story needs its articles to be more alike on average, by [`STORY_LINK_GROWTH`] per
/// article past two: a story of 40 articles must be one event told forty times, not a topic.
pub(crate) const STORY_LINK: f64 = 0.15;
/// See [`STORY_LINK`].
pub(crate) const STORY_LINK_GROWTH: f64 = 0.01;
/// No story grows past this many articles.
pub(crate) const MAX_STORY: usize = 40;

/// Where an article's opening, which its profile reads, ends.
fn opening_end(text: &str) -> usize {
    floor_boundary(text, PROFILE_BYTES)
}

/// An article's most telling words, with unit-length weights, sorted by term hash.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Profile {
    terms: Vec<(u64, f32)>,
    /// The strongest terms that are rare enough to tie articles, sorted.
    keys: Vec<u64>,
}

impl Profile {
    /// The profile of an article's working text.
    pub(crate) fn of(text: &str, idf: &Idf) -> Profile {
        let end = opening_end(text);
        let tokens = crate::tokens::tokenize(text, 0..end, &[]);
        Profile::of_tokens(tokens.iter(), idf)
    }

    /// [`Profile::of`], read from the tokens the grammar made of each sentence (`sentences`
    /// their ranges, `tokens` theirs) instead of tokenising the opening again (a tenth of a
    /// pairing run's instructions on the bulk corpus). They are the opening's tokens when only
    /// white space, which the tokenizer skips and never joins across, comes before and between
    /// the sentences: a token ends at the end of its sentence as it does before white space.
    /// A token cut by the end of the opening is tokenised again as cut. Any other text falls
    /// back to tokenising the opening.
    pub(crate) fn of_sentences(
        text: &str,
        sentences: &[Sentence],
        tokens: &SentenceTokens,
        idf: &Idf,
    ) -> Profile {
        let end = opening_end(text);
        let space = |r: std::ops::Range<usize>| text[r].chars().all(is_space);
        let mut whole: Vec<&Token> = Vec::new();
        let mut cut: Vec<Token> = Vec::new();
        let mut at = 0;
        for (si, r) in sentences.iter().map(|x| &x.range).enumerate() {
            if r.start >= end {
                break;
            }
            if r.start < at || (si > 0 && r.start == at) || !space(at..r.start) {
                return Profile::of(text, idf);
            }
            let Some(sentence) = tokens.get(si) else {
                return Profile::of(text, idf);
            };
            for t in sentence {
                if t.range.end <= end {
                    whole.push(t);
                } else {
                    if t.range.start < end {
                        cut = crate::tokens::tokenize(text, t.range.start..end, &[]);
                    }
                    break;
                }
            }
            at = r.end;
        }
        if at < end && !space(at..end) {
            return Profile::of(text, idf);
        }
        Profile::of_tokens(whole.into_iter().chain(&cut), idf)
    }

    /// The profile of an opening tokenised as `tokens`.
    fn of_tokens<'t>(tokens: impl Iterator<Item = &'t Token>, idf: &Idf) -> Profile {
        // Room for every word and pair at once: growing the table was a third of the cost.
        let mut counts: HashKeyed<(u32, f32)> =
            HashKeyed::with_capacity_and_hasher(2 * tokens.size_hint().0, Default::default());
        let mut previous: Option<u64> = None;
        for t in tokens {
            if !t.word {
                previous = None;
                continue;
            }
            if !t.lower.chars().all(|c| c.is_ascii_digit()) {
                // The weight is looked up once per distinct word, not once per occurrence.
                counts
                    .entry(t.hash)
                    .or_insert_with(|| (0, idf.syllable(t.hash)))
                    .0 += 1;
            }
            // Pairs only when they are a listed collocation: two words that merely stand side
            // by side (`nói thông`) say nothing of the story.
            if let Some(p) = previous {
                let h = pair_hash(p, t.hash);
                if let Some(w) = idf.listed_pair(h) {
                    counts.entry(h).or_insert((0, w)).0 += 1;
                }
            }
            previous = Some(t.hash);
        }
        let mut weighted: Vec<(u64, f32, f32)> = counts
            .into_iter()
            .filter(|(_, (_, w))| *w >= PROFILE_MIN_IDF)
            .map(|(h, (n, w))| (h, (1.0 + (n as f32).ln()) * w, w))
            .collect();
        // The strongest terms, strongest first (ties by hash: a total order, so picking the
        // first PROFILE_TERMS before sorting them gives what sorting all of them gave).
        let order =
            |a: &(u64, f32, f32), b: &(u64, f32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        if weighted.len() > PROFILE_TERMS {
            weighted.select_nth_unstable_by(PROFILE_TERMS - 1, order);
            weighted.truncate(PROFILE_TERMS);
        }
        weighted.sort_unstable_by(order);
        let mut keys: Vec<u64> = weighted
            .iter()
            .filter(|t| t.2 >= KEY_MIN_IDF)
            .take(KEY_TERMS)
            .map(|t| t.0)
            .collect();
        keys.sort_unstable();
        let norm = weighted.iter().map(|t| t.1 * t.1).sum::<f32>().sqrt();
        let mut terms: Vec<(u64, f32)> = weighted
            .into_iter()
            .map(|(h, w, _)| (h, if norm > 0.0 { w / norm } else { 0.0 }))
            .collect();
        terms.sort_unstable_by_key(|t| t.0);
        Profile { terms, keys }
    }

    /// The cosine of two profiles (0 to 1).
    pub(crate) fn similarity(&self, other: &Profile) -> f64 {
        cosine(&self.terms, &other.terms)
    }
}

/// The cosine of two profiles' terms (sorted by hash, unit length), 0 to 1. Both indices step
/// without a branch on which hash is smaller (the comparison of two random hashes is what a
/// processor cannot predict); the shared terms are added in hash order as ever.
#[inline]
fn cosine(a: &[(u64, f32)], b: &[(u64, f32)]) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0f64);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        if x.0 == y.0 {
            sum += f64::from(x.1 * y.1);
        }
        i += usize::from(x.0 <= y.0);
        j += usize::from(y.0 <= x.0);
    }
    sum.min(1.0)
}

/// One article's profile terms, laid out for finding a term by its hash in a step or two:
/// [`edges`] compares one article with each of the later ones it shares keys with (a million
/// comparisons on the bulk corpus, most of a pairing run's search for stories), and a lookup
/// of the other article's terms costs a quarter of stepping through both sorted lists.
struct TermTable {
    /// Open addressing, [`TermTable::SLOTS`] slots, keyed by a hash's top bits; an empty slot
    /// holds [`TermTable::EMPTY`].
    keys: [u64; TermTable::SLOTS],
    weights: [f32; TermTable::SLOTS],
    /// The table cannot hold a term whose hash is [`TermTable::EMPTY`]: such a profile is
    /// compared by [`cosine`].
    usable: bool,
}

impl TermTable {
    /// At least three times a profile's terms, a power of two.
    const SLOTS: usize = (PROFILE_TERMS * 3).next_power_of_two();
    const EMPTY: u64 = 0;

    fn new() -> TermTable {
        TermTable {
            keys: [TermTable::EMPTY; TermTable::SLOTS],
            weights: [0.0; TermTable::SLOTS],
            usable: false,
        }
    }

    #[inline(always)]
    fn slot(hash: u64) -> usize {
        (hash >> (64 - TermTable::SLOTS.trailing_zeros())) as usize
    }

    /// Holds `terms` (distinct hashes) from now on.
    fn fill(&mut self, terms: &[(u64, f32)]) {
        self.keys.fill(TermTable::EMPTY);
        self.usable =
            terms.len() < TermTable::SLOTS && terms.iter().all(|t| t.0 != TermTable::EMPTY);
        if !self.usable {
            return;
        }
        for &(h, w) in terms {
            let mut k = TermTable::slot(h);
            while self.keys[k] != TermTable::EMPTY {
                k = (k + 1) % TermTable::SLOTS;
            }
            self.keys[k] = h;
            self.weights[k] = w;
        }
    }

    /// [`cosine`] of the terms held (`held`, as given to [`TermTable::fill`]) and `other`:
    /// the shared terms are found in `other`'s order, which is hash order, so they are added
    /// in the same order as [`cosine`] adds them, to the same sum.
    #[inline]
    fn cosine(&self, held: &[(u64, f32)], other: &[(u64, f32)]) -> f64 {
        if !self.usable {
            return cosine(held, other);
        }
        let mut sum = 0.0f64;
        for &(h, w) in other {
            if h == TermTable::EMPTY {
                continue;
            }
            let mut k = TermTable::slot(h);
            loop {
                let key = self.keys[k];
                if key == h {
                    sum += f64::from(self.weights[k] * w);
                    break;
                }
                if key == TermTable::EMPTY {
                    break;
                }
                k = (k + 1) % TermTable::SLOTS;
            }
        }
        sum.min(1.0)
    }
}

/// The similar article pairs of `docs`: `(i, j, similarity)` with `i < j`, sorted.
fn edges(docs: &[&Doc]) -> Vec<(usize, usize, f64)> {
    use crate::par::*;
    let mut postings: HashKeyed<Vec<usize>> = HashKeyed::default();
    for (i, d) in docs.iter().enumerate() {
        for &k in &d.profile.keys {
            postings.entry(k).or_default().push(i);
        }
    }
    postings.retain(|_, list| list.len() <= MAX_POSTING);
    // What the comparisons read of each article, side by side in two arrays rather than
    // behind each document's pointers: the later article of a pair is a random one, and its
    // period and terms were three cache misses away.
    let periods: Vec<Period> = docs.iter().map(|d| d.dating.period).collect();
    let mut terms: Vec<(u64, f32)> = Vec::new();
    let mut term_ends: Vec<usize> = Vec::with_capacity(docs.len());
    for d in docs {
        terms.extend_from_slice(&d.profile.terms);
        term_ends.push(terms.len());
    }
    let terms_of = |i: usize| &terms[if i == 0 { 0 } else { term_ends[i - 1] }..term_ends[i]];
    // For each article, the later articles it shares keys with, counted in a scratch array
    // (one per thread) rather than a map of pairs.
    (0..docs.len())
        .into_par_iter()
        .map_init(
            || {
                (
                    vec![0u16; docs.len()],
                    Vec::new(),
                    Box::new(TermTable::new()),
                )
            },
            |(count, touched, table), i| {
                for k in &docs[i].profile.keys {
                    let Some(list) = postings.get(k) else {
                        continue;
                    };
                    // A list holds each article once, in order: the later ones are a tail.
                    let later = &list[list.partition_point(|&j| j <= i)..];
                    for &j in later {
                        if count[j] == 0 {
                            touched.push(j);
                        }
                        count[j] += 1;
                    }
                }
                let mut out = Vec::new();
                let mine = terms_of(i);
                let mut filled = false;
                for &j in touched.iter() {
                    if usize::from(count[j]) >= MIN_SHARED_KEYS && periods[i].overlaps(&periods[j])
                    {
                        if !filled {
                            table.fill(mine);
                            filled = true;
                        }
                        let s = table.cosine(mine, terms_of(j));
                        if s >= EDGE_MIN {
                            out.push((i, j, s));
                        }
                    }
                    count[j] = 0;
                }
                touched.clear();
                out.sort_by_key(|e| e.1);
                out
            },
        )
        .flatten()
        .collect()
}

/// A candidate merge in the heap: the average similarity of two groups, then their ids (for a
/// deterministic order), and the link sum it was computed from (to spot stale entries).
#[derive(Debug, PartialEq)]
struct Merge {
    average: f64,
    a: usize,
    b: usize,
    sum: f64,
}

impl Eq for Merge {}

impl PartialOrd for Merge {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Merge {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.average
            .total_cmp(&other.average)
            .then(other.a.cmp(&self.a))
            .then(other.b.cmp(&self.b))
    }
}

/// `x` as an integer in the order of [`f64::total_cmp`] (`total_order_key(x) <
/// total_order_key(y)` exactly when `x.total_cmp(&y)` is `Less`).
#[inline]
fn total_order_key(x: f64) -> u64 {
    let bits = x.to_bits();
    // Negative numbers count down (all their bits flipped); positive ones come after them.
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

/// A hasher for article indices, one multiplication: SipHash was most of the merge loop of
/// [`stories`] on the bulk corpus. Nothing iterates these maps in an order that matters.
#[derive(Default)]
struct IndexHasher(u64);

impl Hasher for IndexHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_usize(usize::from(b) ^ (self.0 as usize).rotate_left(8));
        }
    }
    fn write_usize(&mut self, n: usize) {
        let m = (n as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = (m as u64) ^ ((m >> 64) as u64);
    }
}

/// The story of each document: the index of its first article (stories are numbered by
/// their first member), by average linkage over the similar pairs.
pub(crate) fn stories(docs: &[&Doc]) -> Vec<usize> {
    use crate::par::*;
    let n = docs.len();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    // The sum of similarities between each two groups that have any link.
    let edges = edges(docs);
    // Each map sized for its article's edges at once (growing them was most of the time
    // spent making them).
    let mut degree = vec![0usize; n];
    for &(i, j, _) in &edges {
        degree[i] += 1;
        degree[j] += 1;
    }
    // Each article's links, listed side by side (`edges` gives each pair once), then made
    // into maps on every thread: this part of a pairing run is otherwise on one thread.
    let mut starts = Vec::with_capacity(n + 1);
    starts.push(0);
    for d in &degree {
        starts.push(starts[starts.len() - 1] + d);
    }
    let mut filled = starts[..n].to_vec();
    let mut listed = vec![(0usize, 0.0f64); starts[n]];
    for &(i, j, s) in &edges {
        listed[filled[i]] = (j, s);
        filled[i] += 1;
        listed[filled[j]] = (i, s);
        filled[j] += 1;
    }
    drop(filled);
    let mut links: Vec<HashMap<usize, f64, BuildHasherDefault<IndexHasher>>> = (0..n)
        .into_par_iter()
        .map(|i| {
            let mine = &listed[starts[i]..starts[i + 1]];
            let mut map = HashMap::with_capacity_and_hasher(mine.len(), Default::default());
            for &(j, s) in mine {
                *map.entry(j).or_default() += s;
            }
            map
        })
        .collect();
    drop(listed);
    let average = |sum: f64, a: usize, b: usize, m: &[Vec<usize>]| {
        sum / (m[a].len() as f64 * m[b].len() as f64)
    };
    // The merges are taken best first from the article pairs, sorted once, and from a heap of
    // the merges that grown groups make: the same order as one heap of all of them (entries
    // that compare equal are the same merge, or stale ones the check below skips), without
    // half a million pairs sifted through a heap (the pairs of the bulk corpus). Each pair is
    // one edge (`edges` gives each once), so its link sum is the edge's similarity.
    let mut pairs: Vec<Merge> = edges
        .iter()
        .map(|&(a, b, s)| (a, b, 0.0 + s))
        .filter(|&(_, _, sum)| sum >= STORY_LINK)
        .map(|(a, b, sum)| Merge {
            average: average(sum, a, b, &members),
            a,
            b,
            sum,
        })
        .collect();
    drop(edges);
    // Best first, as `Merge`'s order has it, by an integer key: comparing two merges through
    // `f64::total_cmp` and their ids was a third of the serial end of a pairing run.
    // No two merges share their ids, so the order is total and the threads sort alike.
    pairs.par_sort_unstable_by_key(|m| (!total_order_key(m.average), m.a, m.b));
    let mut pairs = pairs.into_iter().peekable();
    let mut heap = BinaryHeap::new();
    let needed = |size: usize| STORY_LINK + STORY_LINK_GROWTH * size.saturating_sub(2) as f64;
    loop {
        let from_pairs = match (pairs.peek(), heap.peek()) {
            (Some(p), Some(h)) => p >= h,
            (p, _) => p.is_some(),
        };
        let next = if from_pairs { pairs.next() } else { heap.pop() };
        let Some(m) = next else { break };
        if m.average < STORY_LINK {
            break;
        }
        let (a, b) = (m.a, m.b);
        // Stale: a group merged away, or its links or size changed since this entry was made.
        if members[a].is_empty() || members[b].is_empty() {
            continue;
        }
        match links[a].get(&b) {
            Some(&sum) if sum == m.sum && average(sum, a, b, &members) == m.average => {}
            _ => continue,
        }
        let size = members[a].len() + members[b].len();
        if size > MAX_STORY || m.average < needed(size) {
            continue;
        }
        // Articles about different years never share a story.
        let apart = members[a].iter().any(|&i| {
            members[b]
                .iter()
                .any(|&j| !docs[i].dating.period.overlaps(&docs[j].dating.period))
        });
        if apart {
            continue;
        }
        // b joins a.
        let moved = std::mem::take(&mut members[b]);
        members[a].extend(moved);
        let b_links = std::mem::take(&mut links[b]);
        links[a].remove(&b);
        for (c, sum) in b_links {
            if c == a {
                continue;
            }
            links[c].remove(&b);
            let total = links[a].entry(c).or_default();
            *total += sum;
            let total = *total;
            links[c].insert(a, total);
        }
        for (&c, &sum) in &links[a] {
            let (x, y) = (a.min(c), a.max(c));
            // A merge that cannot happen now never will: the two groups' average can only
            // rise when one of them merges with something else, which pushes a new entry.
            let size = members[x].len() + members[y].len();
            let avg = average(sum, x, y, &members);
            if size > MAX_STORY || avg < needed(size) {
                continue;
            }
            heap.push(Merge {
                average: average(sum, x, y, &members),
                a: x,
                b: y,
                sum,
            });
        }
    }
    let mut story = vec![0; n];
    for m in &members {
        let first = m.iter().copied().min().unwrap_or(0);
        for &i in m {
            story[i] = first;
        }
    }
    story
}

#[cfg(test)]
mod tests {
    /// The merge list's integer key orders numbers as `f64::total_cmp` does.
    #[test]
    fn total_order_key_follows_total_cmp() {
        let xs = [
            f64::NEG_INFINITY,
            -1.5,
            -0.0,
            0.0,
            1e-300,
            0.15,
            0.150_000_000_000_000_02,
            1.0,
            f64::INFINITY,
            f64::NAN,
            -f64::NAN,
        ];
        for a in xs {
            for b in xs {
                assert_eq!(
                    super::total_order_key(a).cmp(&super::total_order_key(b)),
                    a.total_cmp(&b),
                    "{a} {b}"
                );
            }
        }
    }
}
