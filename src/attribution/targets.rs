//! Whom a directed claim (an accusation, a call, a warning, a condemnation) is aimed at.

use super::memory::Memory;
use super::mention::{entity_at, mention_extent, parse_mention, title_at};
use super::Speaker;
use crate::lexicon::Lexicon;
use crate::rules::{CueClass, EntityKind, TitleKind, WordRole};
use crate::tokens::{matches_at, Token};

/// Whom a directed claim is aimed at: the addressee of a call (`kêu gọi Azerbaijan dừng …`),
/// the first party named in an accusation, warning or condemnation (with one coordinated
/// party), or both sides (`kêu gọi hai bên …`). Never the speaker's own side.
pub(super) fn targets(
    s: &str,
    tokens: &[Token],
    class: CueClass,
    sp: &Speaker,
    memory: &Memory,
    rules: &Lexicon,
) -> Vec<String> {
    if !class.is_directed() || class == CueClass::Deny {
        return Vec::new();
    }
    // A person named first with a title (`cáo buộc Tổng thống Mỹ Donald Trump tìm cách …`) is
    // the target, not the country in the title.
    let person_first = title_at(tokens, 0, rules)
        .filter(|(_, kind, _)| *kind != TitleKind::Modifier)
        .and_then(|_| {
            let end = mention_extent(tokens, 0, rules);
            parse_mention(s, &tokens[..end], rules).name
        });
    if let Some(name) = person_first {
        let full = memory
            .fullest_name(&name, None)
            .map_or(name, |p| p.canonical.clone());
        if full != sp.canonical {
            return vec![full];
        }
    }
    let both = rules.phrases(WordRole::BothSides);
    let party_pronouns = rules.phrases(WordRole::PartyPronoun);
    let own = sp.side.clone().unwrap_or_else(|| sp.canonical.clone());
    let mut out: Vec<String> = Vec::new();
    let mut k = 0;
    let addressee_only = class == CueClass::Call;
    // Words that may stand before a call's addressee (`thúc giục … các nhà lãnh đạo Liên minh
    // châu Âu`), and those joining two parties.
    let in_addressee = rules.role_vocabulary(WordRole::Addressee);
    let conjunctions = rules.role_words(WordRole::PairJoiner);
    while k < tokens.len() {
        if both.iter().any(|w| matches_at(tokens, k, w)) {
            for side in memory.sides() {
                if !out.contains(side) && *side != own {
                    out.push(side.clone());
                }
            }
            break;
        }
        if let Some(w) = party_pronouns.iter().find(|w| matches_at(tokens, k, w)) {
            if let Some(p) = &memory.last_party {
                let name = p.side.clone().unwrap_or_else(|| p.canonical.clone());
                if name != own && !out.contains(&name) {
                    out.push(name);
                }
            }
            k += w.len();
            if addressee_only {
                break;
            }
            continue;
        }
        if let Some((n, e)) = entity_at(tokens, k, rules) {
            if e.kind != EntityKind::Outlet {
                let name = if e.kind == EntityKind::Person {
                    e.canonical.clone()
                } else {
                    e.side.clone().unwrap_or_else(|| e.canonical.clone())
                };
                if name != own && !out.contains(&name) {
                    out.push(name);
                }
            }
            k += n;
            // One coordinated party may follow (`Armenia và Azerbaijan`).
            if tokens
                .get(k)
                .is_some_and(|t| conjunctions.contains(t) || t.is(','))
            {
                k += 1;
                continue;
            }
            if !addressee_only {
                break;
            }
            continue;
        }
        if addressee_only && !(in_addressee.contains(&tokens[k]) || tokens[k].is_any(",()")) {
            break;
        }
        k += 1;
    }
    // A call with no addressee (`kêu gọi bình tĩnh`, `kêu gọi chấm dứt giao tranh giữa hai
    // nước`) is addressed to the two sides of the article.
    if addressee_only && out.is_empty() {
        let names_party = (0..tokens.len()).any(|k| {
            entity_at(tokens, k, rules).is_some_and(|(_, e)| e.kind != EntityKind::Outlet)
        });
        let names_both = (0..tokens.len()).any(|k| both.iter().any(|w| matches_at(tokens, k, w)));
        if names_both || !names_party {
            out.extend(memory.sides().iter().filter(|side| **side != own).cloned());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::attribution::claims_of as claims;

    /// seed 001: the words before each addressee (`Tổng thống`, `các nhà lãnh đạo`) are
    /// `addressee` words of `rules/grammar.txt`, and `và` joins the two.
    #[test]
    fn a_call_is_aimed_at_the_parties_after_its_addressee_words() {
        let got = claims("Đại sứ lưu động của Armenia - ông Edmon Marukyan thúc giục Tổng thống Pháp và các nhà lãnh đạo Liên minh châu Âu (EU) lên án Azerbaijan.");
        assert_eq!(
            got,
            vec![(
                "Edmon Marukyan".into(),
                Some("Armenia".into()),
                "Pháp,EU".into()
            )]
        );
    }
}
