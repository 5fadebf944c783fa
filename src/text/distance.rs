//! Edit distances for typo-tolerant matching, bounded so that hopeless pairs cost little.

/// A lower bound of the Levenshtein distance of `a` and `b`: an edit changes the count of at
/// most one character on each side, so the distance is at least the larger of the counts
/// `a` has in excess and `b` has in excess. Counted in 64 buckets, which can only lower it.
pub fn bag_distance_bound(a: &[char], b: &[char]) -> usize {
    let mut counts = [0i32; 64];
    for &c in a {
        counts[(c as usize) & 63] += 1;
    }
    for &c in b {
        counts[(c as usize) & 63] -= 1;
    }
    let (mut more, mut fewer) = (0i32, 0i32);
    for n in counts {
        if n > 0 {
            more += n;
        } else {
            fewer -= n;
        }
    }
    more.max(fewer) as usize
}

/// The Levenshtein distance of `a` and `b` when it is at most `max`, else `None`: only the
/// band of width `2 × max + 1` around the diagonal is computed, and the rows stop as soon as
/// every cell of one exceeds `max` (Ukkonen's cut-off).
pub fn bounded_levenshtein(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    // No distance exceeds the longer length: a larger `max` changes nothing (and cannot
    // overflow below).
    let max = max.min(a.len().max(b.len()));
    let beyond = max + 1;
    // prev[j]: distance of a[..i - 1] and b[..j], meaningful inside the band only; row i reads
    // prev[lo - 1 ..= hi] and its own row[lo - 1], so only those edges are ever reset.
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j.min(beyond)).collect();
    let mut row = vec![beyond; b.len() + 1];
    for i in 1..=a.len() {
        let lo = i.saturating_sub(max).max(1);
        let hi = (i + max).min(b.len());
        row[lo - 1] = if lo == 1 { i.min(beyond) } else { beyond };
        if i + max <= b.len() {
            // Just outside the previous row's band.
            prev[i + max] = beyond;
        }
        let mut best = row[lo - 1];
        for j in lo..=hi {
            let substitute = prev[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            let cell = substitute.min(prev[j] + 1).min(row[j - 1] + 1).min(beyond);
            row[j] = cell;
            best = best.min(cell);
        }
        if best > max {
            return None;
        }
        std::mem::swap(&mut prev, &mut row);
    }
    (prev[b.len()] <= max).then_some(prev[b.len()])
}
