//! The grammar's word sets, compiled once from the rules: each role of `rules/grammar.txt`,
//! the cues, the heads a speaker phrase may open with, the role titles and the entity aliases,
//! as phrase sets indexed by word hash.

use std::collections::BTreeSet;

use crate::lexicon::Lexicon;
use crate::rules::{CueClass, EntityKind, TitleKind, WordRole, SPLIT_CUE_REACH};
use crate::tokens::{phrase_words, PhraseSet, Token, WordMap};

/// Lower-cased word lists of the grammar, longest phrase first within each.
pub(crate) struct Words {
    /// The phrases of each grammar role, indexed by the role's discriminant (asked for every
    /// token).
    roles: Vec<Option<PhraseSet<()>>>,
    /// The reporting cues with their classes.
    pub(crate) cues: PhraseSet<CueClass>,
    /// Words that can open a speaker phrase: titles, group heads, speaker heads.
    pub(crate) heads: PhraseSet<()>,
    /// Role titles (`Tổng thống`, `Bộ trưởng Ngoại giao`): a title alone names nobody.
    pub(crate) titles: PhraseSet<()>,
    /// Honorific titles before a name (`Tiến sĩ`, `Thạc sĩ`, `Bác sĩ`).
    honorifics: PhraseSet<()>,
    /// Entity aliases, as words: the members a speaker list may have (`Nga, Pháp, Mỹ và …`).
    aliases: BTreeSet<Vec<String>>,
    /// The aliases of parties (countries, organisations, places standing for them; no person
    /// or outlet): what a group head may own a list of (`các quan chức của Mỹ, Nhật Bản …`).
    party_aliases: BTreeSet<Vec<String>>,
    /// The names of countries (their canonical names: a metonym, `Nhà Trắng`, is an alias
    /// too, and stands for a government that issues statements).
    country_aliases: BTreeSet<Vec<String>>,
    /// Every word of the phrases gap words are made of (adverbs, time words, weekdays, month
    /// and time-tail words): a token that is none of these, nor a digit or a bracket, is in no
    /// gap.
    gap_vocabulary: WordMap<()>,
    /// The hash of every word a cue hit can start with: a cue's or media verb's first word, or
    /// a media noun. A token whose hash is not here starts no hit (most tokens).
    hit_starts: WordMap<()>,
    /// Every phrase a cue hit can start with (the cues, media verbs and media nouns), for the
    /// candidate pass over a sentence ([`Words::may_start_claim`]).
    hit_openers: PhraseSet<()>,
    /// Every phrase that opens a claim with no hit: the word of a source prefix (`Theo X, …`,
    /// `…, theo X.`) and the verb of a condemnation met (`vấp phải sự phản đối của …`).
    other_openers: PhraseSet<()>,
    /// The first word of every phrase of `hit_openers` and `other_openers`: a token whose hash
    /// is not here opens no claim but a headline's (one bit-filter test for most tokens).
    claim_starts: WordMap<()>,
    /// The split cues (`split_cue`) as the hashes of their first and last words, with the
    /// class of the cue they spell joined (`cho biết`: state; none when it is no cue) and
    /// whether their content may follow with no complement (`bare_split_cue`).
    split_cues: Vec<(u64, u64, CueClass, bool)>,
}

impl Words {
    /// Compiles the word lists of `lex`.
    pub(crate) fn new(lex: &Lexicon) -> Words {
        let mut roles: Vec<Option<PhraseSet<()>>> = Vec::new();
        for (role, list) in lex.phrases_by_role() {
            let mut list = list.to_vec();
            list.sort_by_key(|w| std::cmp::Reverse(w.len()));
            let at = role as usize;
            if roles.len() <= at {
                roles.resize_with(at + 1, || None);
            }
            roles[at] = Some(PhraseSet::new(list.into_iter().map(|w| (w, ())).collect()));
        }
        let mut cues: Vec<(Vec<String>, CueClass)> = lex
            .cues
            .iter()
            .map(|c| (phrase_words(&c.phrase), c.class))
            .collect();
        cues.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let cues = PhraseSet::new(cues);
        let mut heads: Vec<Vec<String>> = (0..lex.titles.len())
            .map(|i| lex.title_words(i).to_vec())
            .chain((0..lex.groups.len()).map(|i| lex.group_words(i).to_vec()))
            .chain(lex.phrases(WordRole::SpeakerHead).iter().cloned())
            .collect();
        heads.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let heads = PhraseSet::new(heads.into_iter().map(|w| (w, ())).collect());
        // The titles of one kind, longest first.
        let titles_of = |kind: TitleKind| {
            let mut words: Vec<Vec<String>> = (0..lex.titles.len())
                .filter(|&i| lex.titles[i].kind == kind)
                .map(|i| lex.title_words(i).to_vec())
                .collect();
            words.sort_by_key(|w| std::cmp::Reverse(w.len()));
            PhraseSet::new(words.into_iter().map(|w| (w, ())).collect())
        };
        let titles = titles_of(TitleKind::Role);
        let honorifics = titles_of(TitleKind::Honorific);
        let aliases = lex
            .entities
            .iter()
            .flat_map(|e| e.aliases.iter().map(|a| phrase_words(a)))
            .collect();
        let party_aliases = lex
            .entities
            .iter()
            .filter(|e| !matches!(e.kind, EntityKind::Person | EntityKind::Outlet))
            .flat_map(|e| e.aliases.iter().map(|a| phrase_words(a)))
            .collect();
        let country_aliases = lex
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Country)
            .map(|e| phrase_words(&e.canonical))
            .collect();
        let mut words = Words {
            roles,
            cues,
            heads,
            titles,
            honorifics,
            aliases,
            party_aliases,
            country_aliases,
            hit_starts: WordMap::default(),
            gap_vocabulary: WordMap::default(),
            hit_openers: PhraseSet::new(Vec::new()),
            other_openers: PhraseSet::new(Vec::new()),
            claim_starts: WordMap::default(),
            split_cues: Vec::new(),
        };
        let gap_roles = [
            WordRole::Adverb,
            WordRole::Time,
            WordRole::TimeTail,
            WordRole::Weekday,
            WordRole::Month,
            WordRole::IssueVerb,
            WordRole::Quantifier,
            WordRole::Document,
        ];
        words.gap_vocabulary = gap_roles
            .iter()
            .filter_map(|&r| words.role(r))
            .flat_map(|set| set.iter())
            .flat_map(|(phrase, _)| {
                phrase
                    .iter()
                    .map(|word| (crate::tokens::word_hash(word), ()))
            })
            .collect();
        let starts: Vec<u64> = words
            .cues
            .first_word_hashes()
            .chain(
                words
                    .role(WordRole::MediaVerb)
                    .into_iter()
                    .flat_map(|s| s.first_word_hashes()),
            )
            .chain(
                words
                    .role(WordRole::MediaNoun)
                    .into_iter()
                    .flat_map(|s| s.first_word_hashes()),
            )
            .chain(
                words
                    .role(WordRole::RelayVerb)
                    .into_iter()
                    .flat_map(|s| s.first_word_hashes()),
            )
            .chain(
                words
                    .role(WordRole::ShortAccuse)
                    .into_iter()
                    .flat_map(|s| s.first_word_hashes()),
            )
            .collect();
        words.split_cues = (words.role(WordRole::SplitCue).into_iter())
            .flat_map(|set| set.iter())
            .filter_map(|(phrase, _)| {
                let class = words.cues.iter().find(|(cue, _)| cue == phrase)?.1;
                let bare = (words.role(WordRole::BareSplitCue).into_iter())
                    .flat_map(|set| set.iter())
                    .any(|(p, _)| p == phrase);
                match phrase.as_slice() {
                    [first, .., last] => Some((
                        crate::tokens::word_hash(first),
                        crate::tokens::word_hash(last),
                        class,
                        bare,
                    )),
                    _ => None,
                }
            })
            .collect();
        let starts = starts
            .into_iter()
            .chain(words.split_cues.iter().map(|&(first, ..)| first));
        words.hit_starts = starts.map(|h| (h, ())).collect();
        let phrases_of = |roles: &[WordRole]| -> Vec<(Vec<String>, ())> {
            roles
                .iter()
                .filter_map(|&r| words.role(r))
                .flat_map(|set| set.iter().cloned())
                .collect()
        };
        let mut hit_openers = phrases_of(&[
            WordRole::MediaVerb,
            WordRole::MediaNoun,
            WordRole::RelayVerb,
            WordRole::ShortAccuse,
        ]);
        hit_openers.extend(words.cues.iter().map(|(w, _)| (w.clone(), ())));
        let other_openers = phrases_of(&[
            WordRole::SourcePrefix,
            WordRole::SourceIntro,
            WordRole::Incur,
        ]);
        words.hit_openers = PhraseSet::new(hit_openers);
        words.other_openers = PhraseSet::new(other_openers);
        words.claim_starts = (words.hit_openers.first_word_hashes())
            .chain(words.other_openers.first_word_hashes())
            .map(|h| (h, ()))
            .collect();
        words
    }

    /// The phrases of `role`.
    pub(crate) fn role(&self, role: WordRole) -> Option<&PhraseSet<()>> {
        self.roles.get(role as usize)?.as_ref()
    }

    /// Length of the longest phrase of `role` starting at token `at`.
    pub(crate) fn at(&self, role: WordRole, tokens: &[Token], at: usize) -> Option<usize> {
        self.role(role)?.first_at(tokens, at).map(|(w, _)| w.len())
    }

    /// Length of the longest phrase of `role` starting at token `at` and ending by `end`.
    pub(crate) fn at_within(
        &self,
        role: WordRole,
        tokens: &[Token],
        at: usize,
        end: usize,
    ) -> Option<usize> {
        self.role(role)?
            .all_at(tokens, at)
            .map(|(w, _)| w.len())
            .find(|&n| at + n <= end)
    }

    /// Length of the longest phrase of `role` ending just before token `end`.
    pub(crate) fn before(&self, role: WordRole, tokens: &[Token], end: usize) -> Option<usize> {
        self.role(role)?
            .first_before(tokens, end)
            .map(|(w, _)| w.len())
    }

    /// True when token `at` is, by itself, a one-word phrase of `role`.
    pub(crate) fn is(&self, role: WordRole, tokens: &[Token], at: usize) -> bool {
        self.role(role)
            .is_some_and(|set| set.all_at(tokens, at).any(|(w, _)| w.len() == 1))
    }

    /// True when token `at` is, by itself, a one-word phrase of any of `roles`.
    pub(crate) fn is_any(&self, roles: &[WordRole], tokens: &[Token], at: usize) -> bool {
        roles.iter().any(|&role| self.is(role, tokens, at))
    }

    /// True when the token may be part of gap words: a word of their phrases, a number or
    /// date, a bracket around one, or the comma after an issued document.
    pub(crate) fn may_be_gap(&self, t: &Token) -> bool {
        if t.word {
            self.gap_vocabulary.contains_key(&t.hash) || t.lower.as_bytes()[0].is_ascii_digit()
        } else {
            t.is_any("(),")
        }
    }

    /// True when a claim of the sentence's grammar may open at token `at` (the candidate pass:
    /// a sentence with no such token is not parsed). Each pattern needs one:
    /// - a cue hit ([`super::hits::scan`]) starts at a word outside the quotations that spells a
    ///   cue, a media verb or a media noun, or opens a split cue closed a few words on;
    /// - a source prefix or a source closing the sentence, at its word (`theo`), or a source
    ///   intro opening the sentence without it (`Thông tin từ X,`);
    /// - a condemnation met, at its verb (`vấp phải`);
    /// - a headline's speaker, before a colon.
    ///
    /// A caption's credit glued to the next sentence only splits the tokens: each part's
    /// claims open at one of these tokens too.
    pub(crate) fn may_start_claim(&self, tokens: &[Token], at: usize) -> bool {
        let t = &tokens[at];
        if !self.claim_starts.contains_key(&t.hash) {
            return t.is(':');
        }
        t.is(':')
            || (!t.quoted
                && t.word
                && self.may_start_hit(t)
                && self.hit_openers.first_at(tokens, at).is_some())
            || self.other_openers.first_at(tokens, at).is_some()
            || (!t.quoted && t.word && self.split_opens(tokens, at))
    }

    /// True when a split cue may open at token `at`: its first word, and a word that closes it
    /// within [`SPLIT_CUE_REACH`] (`cho` … `biết`).
    fn split_opens(&self, tokens: &[Token], at: usize) -> bool {
        let first = tokens[at].hash;
        let reach = tokens.len().min(at + 1 + SPLIT_CUE_REACH);
        self.split_cues.iter().any(|&(f, last, ..)| {
            f == first && tokens[at + 1..reach].iter().any(|t| t.hash == last)
        })
    }

    /// The class of the split cue opened by the word `first` and closed by the word `last`
    /// (`cho` … `biết`: state), if they make one, and whether its content may follow with no
    /// complement.
    pub(crate) fn split_cue(&self, first: u64, last: u64) -> Option<(CueClass, bool)> {
        (self.split_cues.iter())
            .find(|&&(f, l, ..)| f == first && l == last)
            .map(|&(_, _, class, bare)| (class, bare))
    }

    /// True when token `at` may start a cue hit.
    pub(crate) fn may_start_hit(&self, t: &Token) -> bool {
        self.hit_starts.contains_key(&t.hash)
    }

    /// True when the tokens `r` name someone: an entity alias, or a phrase opening with a head
    /// (a title, `Bộ`, `ông`).
    pub(crate) fn names(&self, tokens: &[Token], r: std::ops::Range<usize>) -> bool {
        self.is_alias(&tokens[r.clone()]) || self.heads.first_at(tokens, r.start).is_some()
    }

    /// True when token `at` opens a person's name: a form of address (`ông`), a role title
    /// (`Chủ tịch`) or an honorific title (`Thạc sĩ`).
    pub(crate) fn opens_person(&self, tokens: &[Token], at: usize) -> bool {
        self.is(WordRole::Address, tokens, at)
            || self.titles.first_at(tokens, at).is_some()
            || self.honorifics.first_at(tokens, at).is_some()
    }

    /// The words of the form of address or honorific at `at` (`ông` 1, `Bác sĩ` 2), if any.
    pub(crate) fn address_len(&self, tokens: &[Token], at: usize) -> Option<usize> {
        let honorific = self.honorifics.first_at(tokens, at).map(|(h, _)| h.len());
        honorific.or_else(|| self.is(WordRole::Address, tokens, at).then_some(1))
    }

    /// True when token `at` opens a person's name by a form of address or an honorific (`ông`,
    /// `Bác sĩ`), not by a role title (`Trưởng ban chỉ đạo` describes someone already named).
    pub(crate) fn addresses(&self, tokens: &[Token], at: usize) -> bool {
        self.is(WordRole::Address, tokens, at) || self.honorifics.first_at(tokens, at).is_some()
    }

    /// True when the word at `at` is a one-word form of address or honorific (`ông`, `chị`,
    /// `anh`): with a capitalised name after it, a person.
    pub(crate) fn addresses_one_word(&self, tokens: &[Token], at: usize) -> bool {
        self.is(WordRole::Address, tokens, at)
            || self
                .honorifics
                .first_at(tokens, at)
                .is_some_and(|(h, _)| h.len() == 1)
    }

    /// True when the tokens spell exactly one entity alias.
    pub(crate) fn is_alias(&self, tokens: &[Token]) -> bool {
        self.aliases.contains(&lower_words(tokens))
    }

    /// True when `tokens` spell a country's canonical name (`Hàn Quốc`, not `Nhà Trắng`).
    pub(crate) fn is_country(&self, tokens: &[Token]) -> bool {
        self.country_aliases.contains(&lower_words(tokens))
    }

    /// True when `tokens` spell a party's alias (a country or an organisation, not a person).
    pub(crate) fn is_party(&self, tokens: &[Token]) -> bool {
        self.party_aliases.contains(&lower_words(tokens))
    }
}

impl Words {
    /// True when `word` (lower case) is a one-word phrase of `role`.
    pub(crate) fn lists(&self, role: WordRole, word: &str) -> bool {
        self.role(role)
            .is_some_and(|set| set.iter().any(|(w, _)| w.len() == 1 && w[0] == word))
    }

    /// True when the cue `at..end` lies inside a compound that starts before it (`bài viết`,
    /// `nhà phân tích`, `sửa đổi, bổ sung`): the cue word there is another word's part.
    pub(crate) fn in_compound(&self, tokens: &[Token], at: usize, end: usize) -> bool {
        self.role(WordRole::CueCompound).is_some_and(|set| {
            (at + 1..=end).any(|e| {
                set.first_before(tokens, e)
                    .is_some_and(|(words, _)| words.len() > e - at)
            })
        })
    }

    /// True when a phrase of `role` spells exactly the tokens `start..end`.
    pub(crate) fn spells(
        &self,
        role: WordRole,
        tokens: &[Token],
        start: usize,
        end: usize,
    ) -> bool {
        end > start
            && self.role(role).is_some_and(|set| {
                set.all_at(tokens, start)
                    .any(|(w, _)| w.len() == end - start)
            })
    }
}

/// The lower-cased words of `tokens`, as the alias sets hold them.
fn lower_words(tokens: &[Token]) -> Vec<String> {
    tokens.iter().map(|t| t.lower.to_string()).collect()
}
