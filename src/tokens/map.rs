//! A map keyed by word hashes ([`super::word_hash`]).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher for keys that are already hashes ([`super::word_hash`]).
#[derive(Default)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used by `WordMap`; anything else still hashes, slowly.
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A plain hash map keyed by values that are already hashes ([`super::word_hash`], term
/// hashes): no second hashing (SipHash was 5 % of a pairing run on the bulk corpus).
pub type HashKeyed<V> = HashMap<u64, V, BuildHasherDefault<PassThrough>>;

/// A map from [`word_hash`] to what is indexed under that word.
///
/// Every token of an article asks several of these maps about its word (is it a cue, a title,
/// an alias?) and nearly every answer is no. A bit per hash bucket, set for each key, answers
/// most of those noes from one cached word, before the hash table is probed.
#[derive(Clone)]
pub struct WordMap<V> {
    map: HashMap<u64, V, BuildHasherDefault<PassThrough>>,
    filter: [u64; FILTER_WORDS],
}

/// 64-bit words of a [`WordMap`]'s filter: 4,096 bits, half a kilobyte. A few hundred keys
/// leave most bits clear.
const FILTER_WORDS: usize = 64;

/// The filter bit of `hash`: bits that the hash table's bucket choice (the low bits) does not
/// use, so a bucket's keys do not share one bit.
#[inline(always)]
fn filter_bit(hash: u64) -> (usize, u64) {
    let bit = (hash >> 40) as usize % (FILTER_WORDS * 64);
    (bit / 64, 1 << (bit % 64))
}

impl<V> Default for WordMap<V> {
    fn default() -> WordMap<V> {
        WordMap {
            map: HashMap::default(),
            filter: [0; FILTER_WORDS],
        }
    }
}

impl<V: std::fmt::Debug> std::fmt::Debug for WordMap<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.map.iter()).finish()
    }
}

impl<V> WordMap<V> {
    /// The value under `hash`, made with `V::default()` when there is none yet.
    pub fn entry_or_default(&mut self, hash: u64) -> &mut V
    where
        V: Default,
    {
        let (word, bit) = filter_bit(hash);
        self.filter[word] |= bit;
        self.map.entry(hash).or_default()
    }

    /// Sets the value under `hash`.
    pub fn insert(&mut self, hash: u64, value: V) {
        let (word, bit) = filter_bit(hash);
        self.filter[word] |= bit;
        self.map.insert(hash, value);
    }

    /// The value under `hash`.
    #[inline]
    pub fn get(&self, hash: &u64) -> Option<&V> {
        let (word, bit) = filter_bit(*hash);
        if self.filter[word] & bit == 0 {
            return None;
        }
        self.map.get(hash)
    }

    /// True when something is indexed under `hash`.
    #[inline]
    pub fn contains_key(&self, hash: &u64) -> bool {
        self.get(hash).is_some()
    }

    /// The keys, in no order (for building sets).
    pub fn keys(&self) -> impl Iterator<Item = &u64> {
        self.map.keys()
    }

    /// The values, in no order, to change them in place.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.map.values_mut()
    }
}

impl<V> FromIterator<(u64, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (u64, V)>>(iter: I) -> WordMap<V> {
        let mut map = WordMap::default();
        for (hash, value) in iter {
            map.insert(hash, value);
        }
        map
    }
}
