//! Boilerplate patterns: `*` any run of characters, `#` one or more digits.

/// Matches `text` against a boilerplate pattern: `*` is any run of characters, `#` one or more
/// ASCII digits, anything else itself. Time grows linearly with the text for each element of
/// the pattern, whatever the pattern (see `glob`).
pub fn pattern_matches(pattern: &str, text: &str) -> bool {
    // Cheap rejections first: the literal text before the first and after the last wildcard
    // must open and close the text (most lines fail here).
    let lead = pattern.split(is_wildcard).next().unwrap_or("");
    if lead.len() == pattern.len() {
        return pattern == text;
    }
    let tail = pattern.rsplit(is_wildcard).next().unwrap_or("");
    if !text.starts_with(lead) || !text[lead.len()..].ends_with(tail) {
        return false;
    }
    // Every literal piece must occur somewhere (`*Ảnh: *` needs `Ảnh: `): one substring
    // search rejects most of the lines the open-ended patterns would otherwise simulate.
    if !pattern
        .split(is_wildcard)
        .all(|piece| piece.is_empty() || text.contains(piece))
    {
        return false;
    }
    glob(pattern, text)
}

/// A boilerplate pattern compiled once for many lines: [`pattern_matches`] with the substring
/// searchers of its literal pieces built ahead (a paragraph asks every open-ended pattern,
/// and setting up std's searcher for each question cost more than the search: 1.4 % of a
/// corpus run's instructions went to these questions; callgrind, 1,000 bulk records).
#[derive(Clone, Debug)]
pub(crate) struct CompiledPattern {
    pattern: String,
    /// Bytes of literal text before the first wildcard; the whole pattern when it has none.
    lead: usize,
    /// Bytes of literal text after the last wildcard.
    tail: usize,
    /// The non-empty literal pieces between wildcards.
    pieces: Vec<memchr::memmem::Finder<'static>>,
}

impl CompiledPattern {
    pub(crate) fn new(pattern: &str) -> CompiledPattern {
        let lead = pattern.split(is_wildcard).next().unwrap_or("").len();
        let tail = pattern.rsplit(is_wildcard).next().unwrap_or("").len();
        let pieces = pattern
            .split(is_wildcard)
            .filter(|piece| !piece.is_empty())
            .map(|piece| memchr::memmem::Finder::new(piece.as_bytes()).into_owned())
            .collect();
        CompiledPattern {
            pattern: pattern.to_string(),
            lead,
            tail,
            pieces,
        }
    }

    /// Exactly [`pattern_matches`]`(pattern, text)`.
    pub(crate) fn matches(&self, text: &str) -> bool {
        let pattern = self.pattern.as_str();
        if self.lead == pattern.len() {
            return pattern == text;
        }
        let (lead, tail) = (&pattern[..self.lead], &pattern[pattern.len() - self.tail..]);
        // The first byte of the lead and the last of the tail before the library's comparison
        // (every paragraph asks every pattern, and most differ at once).
        let bytes = text.as_bytes();
        if lead
            .as_bytes()
            .first()
            .is_some_and(|b| bytes.first() != Some(b))
            || tail
                .as_bytes()
                .last()
                .is_some_and(|b| bytes.last() != Some(b))
        {
            return false;
        }
        if !text.starts_with(lead) || !text[lead.len()..].ends_with(tail) {
            return false;
        }
        if !self.pieces.iter().all(|f| f.find(bytes).is_some()) {
            return false;
        }
        glob(pattern, text)
    }
}

fn is_wildcard(c: char) -> bool {
    c == '*' || c == '#'
}

/// `*` is any text, `#` one or more ASCII digits, anything else itself. Simulated as the set
/// of text positions the pattern so far can reach, element by element, so a pattern of any
/// shape costs time linear in the text per element (no backtracking, whatever a rule file
/// holds); a `*` before a literal jumps to that literal's occurrences by substring search.
pub(super) fn glob(pattern: &str, text: &str) -> bool {
    let bytes = text.as_bytes();
    // Sorted byte positions (char boundaries) reachable so far.
    let mut positions: Vec<usize> = vec![0];
    // A `*` waiting for the next element: every position from here on is reachable.
    let mut star_from: Option<usize> = None;
    let mut rest = pattern;
    while let Some(c) = rest.chars().next() {
        let mut next = Vec::new();
        match c {
            '*' => {
                let from = star_from
                    .into_iter()
                    .chain(positions.first().copied())
                    .min();
                star_from = from;
                positions.clear();
                rest = &rest[1..];
                continue;
            }
            '#' => {
                // One left-to-right pass: a position is reached when a digit run that started
                // at a reachable position (or anywhere after a pending `*`) runs up to it.
                let mut starts = positions.iter().copied().peekable();
                let mut in_run = false;
                for (p, &b) in bytes.iter().enumerate() {
                    while starts.next_if(|&q| q < p).is_some() {}
                    let starts_here =
                        starts.peek() == Some(&p) || star_from.is_some_and(|f| p >= f);
                    in_run = b.is_ascii_digit() && (in_run || starts_here);
                    if in_run {
                        next.push(p + 1);
                    }
                }
                rest = &rest[1..];
            }
            _ => {
                let literal = &rest[..rest.find(is_wildcard).unwrap_or(rest.len())];
                match star_from {
                    Some(f) => {
                        let mut from = f;
                        while let Some(i) = text[from..].find(literal) {
                            let at = from + i;
                            next.push(at + literal.len());
                            // Overlapping occurrences count too: step one character.
                            from = at + text[at..].chars().next().map_or(1, char::len_utf8);
                        }
                    }
                    None => next.extend(
                        positions
                            .iter()
                            .filter(|&&p| text[p..].starts_with(literal))
                            .map(|&p| p + literal.len()),
                    ),
                }
                rest = &rest[literal.len()..];
            }
        }
        star_from = None;
        next.sort_unstable();
        next.dedup();
        if next.is_empty() {
            return false;
        }
        positions = next;
    }
    star_from.is_some() || positions.last() == Some(&text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compiled_pattern_answers_as_the_pattern_does() {
        let patterns = [
            "* ảnh #",
            "*(Ảnh: *)",
            "0:00 / 0:00",
            "ab*ba",
            "Theo *",
            "Theo*",
            "# người",
            "*aa",
            "*#x",
            "**",
            "*#",
            "*Ảnh: *",
            "*Theo *",
        ];
        let texts = [
            "Hé lộ thương vong ảnh 1",
            "Hé lộ thương vong ảnh",
            "Giao tranh dữ dội. (Ảnh: AP)",
            "0:00 / 0:00",
            "0:00 / 0:01",
            "aba",
            "abba",
            "Theo Reuters",
            "Theo",
            "12 người",
            " người",
            "aaa",
            "1x2x",
            "1xx",
            "",
            "Ảnh 12",
            "Binh sĩ Azerbaijan Ảnh: Reuters",
            "Minh PhươngTheo Reuters",
        ];
        for p in patterns {
            let compiled = CompiledPattern::new(p);
            for t in texts {
                assert_eq!(compiled.matches(t), pattern_matches(p, t), "{p:?} on {t:?}");
            }
        }
    }
}
