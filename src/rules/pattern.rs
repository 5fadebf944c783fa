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
