//! Sixteen bytes of text tested at once: the byte-class tests of the hot scans (the
//! tokenizer's plain syllables, the sentence splitter's search for capitals and stops).
//!
//! Vietnamese mixes one-, two- and three-byte letters too irregularly for a processor to
//! predict a branch per character, so these scans classify sixteen bytes with a few vector
//! instructions and read the answer as a bit mask. [`Lanes`] is SSE2 on x86-64, where every
//! processor has it, and a plain array of sixteen bytes elsewhere (which compilers vectorise
//! for the machine at hand); the tests run both on the same input and compare every answer.
//!
//! A lane is one byte. A *test* (`eq`, `in_range`, `has_bits`, `at_least`) sets a lane to
//! 0xFF where it holds and to 0 where it does not; `&`, `|` and `!` combine such masks.

pub(crate) use imp::Lanes;

#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod imp {
    //! SSE2. SAFETY for every `unsafe` block here: the intrinsics need the `sse2` target
    //! feature, which this module is compiled only with (`cfg` above; it is part of the
    //! x86-64 baseline), and the one load and the one store (tests only) each touch the
    //! sixteen bytes of an array of sixteen.
    use core::arch::x86_64::*;

    /// Sixteen byte lanes.
    #[derive(Clone, Copy)]
    pub(crate) struct Lanes(__m128i);

    impl Lanes {
        /// The lanes of sixteen bytes.
        #[inline(always)]
        pub(crate) fn from_array(bytes: [u8; 16]) -> Lanes {
            Lanes(unsafe { _mm_loadu_si128(bytes.as_ptr().cast()) })
        }

        /// Every lane `b`.
        #[inline(always)]
        pub(crate) fn splat(b: u8) -> Lanes {
            Lanes(unsafe { _mm_set1_epi8(b as i8) })
        }

        /// The lanes, as the sixteen bytes.
        #[cfg(test)]
        pub(crate) fn to_array(self) -> [u8; 16] {
            let mut out = [0u8; 16];
            unsafe { _mm_storeu_si128(out.as_mut_ptr().cast(), self.0) };
            out
        }

        /// Lanes equal to `b`.
        #[inline(always)]
        pub(crate) fn eq(self, b: u8) -> Lanes {
            Lanes(unsafe { _mm_cmpeq_epi8(self.0, _mm_set1_epi8(b as i8)) })
        }

        /// Lanes at least `v` (unsigned).
        #[inline(always)]
        pub(crate) fn at_least(self, v: u8) -> Lanes {
            // max(x, v) == x exactly when x >= v.
            Lanes(unsafe { _mm_cmpeq_epi8(_mm_max_epu8(self.0, _mm_set1_epi8(v as i8)), self.0) })
        }

        /// Lanes in `lo..=hi` (unsigned, `lo <= hi`).
        #[inline(always)]
        pub(crate) fn in_range(self, lo: u8, hi: u8) -> Lanes {
            // x - lo wraps below zero to a large value: in range exactly when it is at most
            // hi - lo, that is when min(x - lo, hi - lo) is x - lo.
            unsafe {
                let d = _mm_sub_epi8(self.0, _mm_set1_epi8(lo as i8));
                Lanes(_mm_cmpeq_epi8(
                    _mm_min_epu8(d, _mm_set1_epi8((hi - lo) as i8)),
                    d,
                ))
            }
        }

        /// Lanes with every bit of `bits` set.
        #[inline(always)]
        pub(crate) fn has_bits(self, bits: u8) -> Lanes {
            unsafe {
                let b = _mm_set1_epi8(bits as i8);
                Lanes(_mm_cmpeq_epi8(_mm_and_si128(self.0, b), b))
            }
        }

        /// Each lane plus the same lane of `other`, wrapping.
        #[inline(always)]
        pub(crate) fn add(self, other: Lanes) -> Lanes {
            Lanes(unsafe { _mm_add_epi8(self.0, other.0) })
        }

        /// Each lane moved `K` lanes up (lane `k` to `k + K`), zeros shifted in.
        #[inline(always)]
        pub(crate) fn up<const K: i32>(self) -> Lanes {
            Lanes(unsafe { _mm_slli_si128::<K>(self.0) })
        }

        /// Each lane moved `K` lanes down (lane `k + K` to `k`), zeros shifted in.
        #[inline(always)]
        pub(crate) fn down<const K: i32>(self) -> Lanes {
            Lanes(unsafe { _mm_srli_si128::<K>(self.0) })
        }

        /// Bit `k` set where lane `k`'s top bit is: the answer of a test, one bit per lane.
        #[inline(always)]
        pub(crate) fn mask(self) -> u32 {
            unsafe { _mm_movemask_epi8(self.0) as u32 }
        }

        /// The lanes as two little-endian words: lanes 0–7 and 8–15.
        #[inline(always)]
        pub(crate) fn to_words(self) -> [u64; 2] {
            unsafe {
                [
                    _mm_cvtsi128_si64(self.0) as u64,
                    _mm_cvtsi128_si64(_mm_unpackhi_epi64(self.0, self.0)) as u64,
                ]
            }
        }
    }

    impl std::ops::BitAnd for Lanes {
        type Output = Lanes;
        #[inline(always)]
        fn bitand(self, other: Lanes) -> Lanes {
            Lanes(unsafe { _mm_and_si128(self.0, other.0) })
        }
    }

    impl std::ops::BitOr for Lanes {
        type Output = Lanes;
        #[inline(always)]
        fn bitor(self, other: Lanes) -> Lanes {
            Lanes(unsafe { _mm_or_si128(self.0, other.0) })
        }
    }

    impl std::ops::Not for Lanes {
        type Output = Lanes;
        #[inline(always)]
        fn not(self) -> Lanes {
            Lanes(unsafe { _mm_xor_si128(self.0, _mm_set1_epi8(-1)) })
        }
    }
}

#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
mod imp {
    pub(crate) use super::portable::Lanes;
}

/// The same operations on a plain array: the implementation off x86-64, and the reference
/// the tests hold the SSE2 one to.
#[cfg_attr(
    all(target_arch = "x86_64", target_feature = "sse2", not(test)),
    allow(dead_code)
)]
mod portable {
    /// Sixteen byte lanes.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub(crate) struct Lanes(pub(crate) [u8; 16]);

    fn test(b: bool) -> u8 {
        if b {
            0xFF
        } else {
            0
        }
    }

    impl Lanes {
        #[inline(always)]
        fn map(self, f: impl Fn(u8) -> u8) -> Lanes {
            Lanes(self.0.map(f))
        }

        #[inline(always)]
        fn zip(self, other: Lanes, f: impl Fn(u8, u8) -> u8) -> Lanes {
            let mut out = [0u8; 16];
            for (k, o) in out.iter_mut().enumerate() {
                *o = f(self.0[k], other.0[k]);
            }
            Lanes(out)
        }

        pub(crate) fn from_array(bytes: [u8; 16]) -> Lanes {
            Lanes(bytes)
        }
        pub(crate) fn splat(b: u8) -> Lanes {
            Lanes([b; 16])
        }
        #[cfg(test)]
        pub(crate) fn to_array(self) -> [u8; 16] {
            self.0
        }
        pub(crate) fn eq(self, b: u8) -> Lanes {
            self.map(|x| test(x == b))
        }
        pub(crate) fn at_least(self, v: u8) -> Lanes {
            self.map(|x| test(x >= v))
        }
        pub(crate) fn in_range(self, lo: u8, hi: u8) -> Lanes {
            self.map(|x| test((lo..=hi).contains(&x)))
        }
        pub(crate) fn has_bits(self, bits: u8) -> Lanes {
            self.map(|x| test(x & bits == bits))
        }
        pub(crate) fn add(self, other: Lanes) -> Lanes {
            self.zip(other, u8::wrapping_add)
        }
        pub(crate) fn up<const K: i32>(self) -> Lanes {
            const { assert!(0 < K && K < 16) };
            let mut out = [0u8; 16];
            out[K as usize..].copy_from_slice(&self.0[..16 - K as usize]);
            Lanes(out)
        }
        pub(crate) fn down<const K: i32>(self) -> Lanes {
            const { assert!(0 < K && K < 16) };
            let mut out = [0u8; 16];
            out[..16 - K as usize].copy_from_slice(&self.0[K as usize..]);
            Lanes(out)
        }
        pub(crate) fn mask(self) -> u32 {
            self.0
                .iter()
                .enumerate()
                .map(|(k, &x)| u32::from(x >> 7) << k)
                .sum()
        }
        pub(crate) fn to_words(self) -> [u64; 2] {
            let mut lo = [0u8; 8];
            let mut hi = [0u8; 8];
            lo.copy_from_slice(&self.0[..8]);
            hi.copy_from_slice(&self.0[8..]);
            [u64::from_le_bytes(lo), u64::from_le_bytes(hi)]
        }
    }

    impl std::ops::BitAnd for Lanes {
        type Output = Lanes;
        fn bitand(self, other: Lanes) -> Lanes {
            self.zip(other, |a, b| a & b)
        }
    }

    impl std::ops::BitOr for Lanes {
        type Output = Lanes;
        fn bitor(self, other: Lanes) -> Lanes {
            self.zip(other, |a, b| a | b)
        }
    }

    impl std::ops::Not for Lanes {
        type Output = Lanes;
        fn not(self) -> Lanes {
            self.map(|a| !a)
        }
    }
}

impl Lanes {
    /// The sixteen bytes of `bytes` from `i`, zero past its end (a NUL is no letter, no
    /// capital and no stop, so a scan treats the end of the text as the end of a word).
    #[inline(always)]
    pub(crate) fn at(bytes: &[u8], i: usize) -> Lanes {
        let mut window = [0u8; 16];
        match bytes.get(i..i.saturating_add(16)) {
            Some(full) => window.copy_from_slice(full),
            None => {
                let rest = bytes.get(i..).unwrap_or(&[]);
                window[..rest.len()].copy_from_slice(rest);
            }
        }
        Lanes::from_array(window)
    }

    /// Set in lanes `0..k` (all sixteen for `k >= 16`).
    #[inline(always)]
    pub(crate) fn first(k: usize) -> Lanes {
        const TABLE: [u8; 32] = {
            let mut t = [0u8; 32];
            let mut k = 0;
            while k < 16 {
                t[k] = 0xFF;
                k += 1;
            }
            t
        };
        let from = 16 - k.min(16);
        let mut window = [0u8; 16];
        window.copy_from_slice(&TABLE[from..from + 16]);
        Lanes::from_array(window)
    }

    /// Lanes set here and clear in `other`.
    #[inline(always)]
    pub(crate) fn and_not(self, other: Lanes) -> Lanes {
        self & !other
    }

    /// Each lane's bits of `bits` (a mask lane becomes `bits` or 0).
    #[inline(always)]
    pub(crate) fn bits(self, bits: u8) -> Lanes {
        self & Lanes::splat(bits)
    }
}

#[cfg(test)]
mod tests {
    use super::portable;
    use super::Lanes;

    /// Every operation of a lanes type on `x` and `y`, as byte arrays, so that two
    /// implementations can be compared.
    macro_rules! all_ops {
        ($lanes:ty, $x:expr, $y:expr, $b:expr, $c:expr) => {{
            let (b, c): (u8, u8) = ($b, $c);
            let (lo, hi) = (b.min(c), b.max(c));
            let (a, o) = (<$lanes>::from_array($x), <$lanes>::from_array($y));
            let words = a.to_words();
            let mut w = [0u8; 16];
            w[..8].copy_from_slice(&words[0].to_le_bytes());
            w[8..].copy_from_slice(&words[1].to_le_bytes());
            let mut mask = [0u8; 16];
            mask[..4].copy_from_slice(&a.mask().to_le_bytes());
            vec![
                a.eq(b).to_array(),
                a.at_least(b).to_array(),
                a.in_range(lo, hi).to_array(),
                a.has_bits(b).to_array(),
                a.add(o).to_array(),
                (a & o).to_array(),
                (a | o).to_array(),
                (!a).to_array(),
                a.up::<1>().to_array(),
                a.up::<2>().to_array(),
                a.down::<1>().to_array(),
                a.down::<3>().to_array(),
                w,
                mask,
                <$lanes>::splat(c).to_array(),
            ]
        }};
    }

    fn all_ops(x: [u8; 16], y: [u8; 16], b: u8, c: u8) -> Vec<[u8; 16]> {
        all_ops!(Lanes, x, y, b, c)
    }

    fn all_ops_portable(x: [u8; 16], y: [u8; 16], b: u8, c: u8) -> Vec<[u8; 16]> {
        all_ops!(portable::Lanes, x, y, b, c)
    }

    proptest::proptest! {
        #[test]
        fn lanes_agree_with_the_plain_arrays(
            x in proptest::array::uniform16(proptest::num::u8::ANY),
            y in proptest::array::uniform16(proptest::num::u8::ANY),
            b in proptest::num::u8::ANY,
            c in proptest::num::u8::ANY,
        ) {
            proptest::prop_assert_eq!(all_ops(x, y, b, c), all_ops_portable(x, y, b, c));
        }
    }

    #[test]
    fn tests_hold_at_their_bounds() {
        // Every byte value against bounds at the ends of the range, where the unsigned
        // tricks (`max`, `min` of a wrapped difference) could go wrong.
        for b in 0..=255u8 {
            let x = [b; 16];
            for (lo, hi) in [
                (0, 0),
                (0, 255),
                (255, 255),
                (b'A', b'Z'),
                (0x80, 0xBF),
                (b, b),
            ] {
                assert_eq!(
                    all_ops(x, x, lo, hi),
                    all_ops_portable(x, x, lo, hi),
                    "{b} {lo} {hi}"
                );
            }
        }
        assert_eq!(Lanes::at(b"abc", 1).to_array()[..3], [b'b', b'c', 0]);
        assert_eq!(Lanes::at(b"abc", 7).to_array(), [0; 16]);
        for k in 0..40 {
            let mut want = [0u8; 16];
            want[..k.min(16)].fill(0xFF);
            assert_eq!(Lanes::first(k).to_array(), want, "{k}");
        }
    }
}
