//! The rules compiled once into lookups: every phrase list indexed by the hash of its words,
//! so that asking a token "are you a cue, a title, an alias?" costs one probe, not a scan.
//!
//! [`Rules`] is what the files say; a [`Lexicon`] is built from it once (per [`crate::Analyzer`])
//! and asked by every stage. Nothing here changes what a rule means.

use std::ops::Deref;

use crate::rules::{CompiledPattern, Entity, Group, Rules, Title, TitleKind, WordRole};
use crate::text::distance::{bag_distance_bound, bounded_levenshtein};
use crate::tokens::{
    matches_hashed_at, phrase_words, word_hash, word_hashes, PhraseSet, Token, WordMap, WordSet,
};

/// The rules and their indexes.
#[derive(Clone, Debug)]
pub struct Lexicon {
    rules: Rules,
    /// Each title's words, as tokens match them, in `titles` order.
    title_words: Vec<Vec<String>>,
    /// Each group head's words, in `groups` order.
    group_words: Vec<Vec<String>>,
    /// Titles by the [`word_hash`] of their first word: indices into `titles`, in `titles`
    /// order.
    title_index: WordMap<Vec<usize>>,
    /// The [`word_hash`] of each title's words, in `titles` order.
    title_hashes: Vec<Vec<u64>>,
    /// Role titles of two or more words, for typo matching: (index into `titles`, the words
    /// joined by spaces as `Vec<char>`).
    fuzzy_titles: Vec<(usize, Vec<char>)>,
    /// For each word of a fuzzy title, by [`word_hash`]: (index into `fuzzy_titles`, the
    /// word's position).
    fuzzy_title_words: WordMap<Vec<(usize, usize)>>,
    /// The most words a fuzzy title has.
    fuzzy_title_max_words: usize,
    /// The phrases of each grammar role, indexed by the role's discriminant.
    roles: Vec<RoleWords>,
    /// The roles in order of first use in `grammar`.
    role_order: Vec<WordRole>,
    /// The sentence openers with their first letter in upper case, by the [`word_hash`] of
    /// each as written.
    capitalised_openers: WordMap<Vec<String>>,
    /// The group heads' words, valued by their index into `groups`.
    group_heads: PhraseSet<usize>,
    /// Aliases by the [`word_hash`] of their first word, longest first.
    alias_words: WordMap<Vec<AliasWords>>,
    /// True when every date word's first word is found in a window's plain lower case wherever
    /// its match key is (see `dates`): decided once here, not once per document (each asked
    /// for the canonical decomposition of every letter of the date words, 1 % of a corpus
    /// run's instructions).
    pub(crate) date_words_lowercase_finds: bool,
    /// The pattern of each boilerplate rule, in `boilerplate` order, compiled for the many
    /// paragraphs it is asked about.
    pub(crate) boilerplate_patterns: Vec<CompiledPattern>,
}

/// One grammar role's phrases, compiled.
#[derive(Clone, Debug, Default)]
struct RoleWords {
    /// As lower-cased words, in `grammar` order (longest first).
    phrases: Vec<Vec<String>>,
    /// As written in the file, lower case, in the same order.
    texts: Vec<String>,
    /// The phrases of one word.
    single: WordSet,
    /// Every word of every phrase.
    vocabulary: WordSet,
}

/// An entity alias as tokens spell it, for [`Lexicon::entity_at`].
#[derive(Clone, Debug)]
struct AliasWords {
    words: Vec<String>,
    /// The [`word_hash`] of each of `words`.
    hashes: Vec<u64>,
    /// Index into `entities`.
    entity: usize,
    /// Written with a capital: matches only capitalised text.
    capital: bool,
}

impl Deref for Lexicon {
    type Target = Rules;
    fn deref(&self) -> &Rules {
        &self.rules
    }
}

impl Lexicon {
    /// Indexes `rules`.
    pub fn new(rules: &Rules) -> Lexicon {
        let Rules {
            titles,
            entities,
            groups,
            grammar,
            ..
        } = rules;
        let title_words: Vec<Vec<String>> = titles.iter().map(|t| phrase_words(&t.title)).collect();
        let group_words: Vec<Vec<String>> = groups.iter().map(|g| phrase_words(&g.head)).collect();
        let mut alias_words: WordMap<Vec<AliasWords>> = WordMap::default();
        for (i, e) in entities.iter().enumerate() {
            for a in &e.aliases {
                let words = phrase_words(a);
                if let Some(first) = words.first() {
                    let cap = a.chars().next().is_some_and(char::is_uppercase);
                    let first = word_hash(first);
                    alias_words.entry_or_default(first).push(AliasWords {
                        hashes: word_hashes(&words),
                        words,
                        entity: i,
                        capital: cap,
                    });
                }
            }
        }
        for list in alias_words.values_mut() {
            list.sort_by(|a, b| (b.words.len().cmp(&a.words.len())).then(a.entity.cmp(&b.entity)));
        }
        let mut title_index: WordMap<Vec<usize>> = WordMap::default();
        let mut fuzzy_titles = Vec::new();
        let mut fuzzy_title_words: WordMap<Vec<(usize, usize)>> = WordMap::default();
        for (i, t) in titles.iter().enumerate() {
            let words = &title_words[i];
            if let Some(first) = words.first() {
                title_index.entry_or_default(word_hash(first)).push(i);
            }
            if t.kind == TitleKind::Role && words.len() >= 2 {
                for (position, w) in words.iter().enumerate() {
                    fuzzy_title_words
                        .entry_or_default(word_hash(w))
                        .push((fuzzy_titles.len(), position));
                }
                fuzzy_titles.push((i, words.join(" ").chars().collect()));
            }
        }
        let role_count = WordRole::ALL.iter().map(|(_, r)| *r as usize + 1).max();
        let mut roles = vec![RoleWords::default(); role_count.unwrap_or(0)];
        let mut role_order: Vec<WordRole> = Vec::new();
        for g in grammar {
            let role = &mut roles[g.role as usize];
            role.phrases.push(phrase_words(&g.phrase));
            role.texts.push(g.phrase.clone());
            if !role_order.contains(&g.role) {
                role_order.push(g.role);
            }
        }
        for role in &mut roles {
            let single = role.phrases.iter().filter(|w| w.len() == 1);
            role.single = WordSet::new(single.map(|w| w[0].clone()));
            role.vocabulary = WordSet::new(role.phrases.iter().flatten().cloned());
        }
        let mut capitalised_openers: WordMap<Vec<String>> = WordMap::default();
        for g in grammar
            .iter()
            .filter(|g| g.role == WordRole::SentenceOpener)
        {
            let mut cs = g.phrase.chars();
            let opener: String = cs
                .next()
                .map(|f| f.to_uppercase().chain(cs).collect())
                .unwrap_or_default();
            capitalised_openers
                .entry_or_default(word_hash(&opener))
                .push(opener);
        }
        let group_heads = crate::tokens::PhraseSet::new(
            groups
                .iter()
                .enumerate()
                .map(|(i, _)| (group_words[i].clone(), i))
                .collect(),
        );
        let fuzzy_title_max_words = fuzzy_titles
            .iter()
            .map(|(i, _)| title_words[*i].len())
            .max()
            .unwrap_or(0);
        let title_hashes = title_words.iter().map(|w| word_hashes(w)).collect();
        let date_words_lowercase_finds = roles
            .get(WordRole::DateWord as usize)
            .map_or(&[][..], |r| &r.phrases[..])
            .iter()
            .all(|w| {
                w.first()
                    .is_some_and(|first| crate::text::keys::lowercase_finds(first))
            });
        Lexicon {
            rules: rules.clone(),
            title_words,
            group_words,
            title_index,
            title_hashes,
            fuzzy_titles,
            fuzzy_title_max_words,
            fuzzy_title_words,
            alias_words,
            roles,
            role_order,
            capitalised_openers,
            group_heads,
            date_words_lowercase_finds,
            boilerplate_patterns: rules
                .boilerplate
                .iter()
                .map(|b| CompiledPattern::new(&b.pattern))
                .collect(),
        }
    }

    /// True when the token is, by itself, a one-word phrase of `role` (`al` in `al-Assad`
    /// counts for a name particle: the part before a hyphen is asked).
    pub fn lists_word(&self, role: WordRole, token: &Token) -> bool {
        // The one-word phrases' set: a token with no hyphen is asked by its hash, as the
        // grammar asks (its hash is its whole word's); the part before a hyphen by its text.
        let single = &self.role(role).single;
        match token.lower.split_once('-') {
            None => single.contains(token),
            Some((word, _)) => single.contains_key(word),
        }
    }

    /// The words of title `i` (an index into `titles`), as tokens match them.
    pub fn title_words(&self, i: usize) -> &[String] {
        &self.title_words[i]
    }

    /// The words of group head `i` (an index into `groups`).
    pub fn group_words(&self, i: usize) -> &[String] {
        &self.group_words[i]
    }

    /// True when `word`, as written, is a sentence opener ([`WordRole::SentenceOpener`]) as a
    /// capitalised word after a lower-case one would spell it (`Người`): one probe by its hash,
    /// confirmed by the text (the splitter asks this of most capitalised words).
    pub fn is_capitalised_opener(&self, word: &str) -> bool {
        self.capitalised_openers
            .get(&word_hash(word))
            .is_some_and(|list| list.iter().any(|opener| opener == word))
    }

    /// The first group head, in `groups` order, spelled by `tokens` from their first or second
    /// token (`các quan chức Mỹ`, `nhiều quan chức`): one probe at each place, not a pass over
    /// the list.
    pub fn group_heading(&self, tokens: &[Token]) -> Option<&Group> {
        let first_at = |at| self.group_heads.all_at(tokens, at).map(|(_, i)| *i).next();
        [first_at(0), first_at(1)]
            .into_iter()
            .flatten()
            .min()
            .map(|i| &self.groups[i])
    }

    /// True when `phrase` (an opener and the word after it, as written) is a
    /// [`WordRole::NotOpener`]: `Theo dõi` names, it opens no sentence.
    pub fn is_not_opener(&self, phrase: &str) -> bool {
        self.has_role(&phrase.to_lowercase(), WordRole::NotOpener)
    }

    /// The group head at token `at` (the longest), with its length in tokens.
    pub fn group_at(&self, tokens: &[Token], at: usize) -> Option<(usize, &Group)> {
        self.group_heads
            .first_at(tokens, at)
            .map(|(words, i)| (words.len(), &self.groups[*i]))
    }

    /// The phrases of one grammar role as lower-cased words, longest first (split once, when
    /// the rules are loaded: like the other indexes, they describe the rules as loaded).
    pub fn phrases(&self, role: WordRole) -> &[Vec<String>] {
        &self.role(role).phrases
    }

    /// The phrases of one grammar role as written (lower case), in [`Lexicon::phrases`] order:
    /// for text that is not tokenised (`hãng tin` before an outlet's name).
    pub fn phrase_texts(&self, role: WordRole) -> &[String] {
        &self.role(role).texts
    }

    /// The one-word phrases of one grammar role, to ask a token about: is `ông` a
    /// [`WordRole::MaleHonorific`]?
    pub fn role_words(&self, role: WordRole) -> &WordSet {
        &self.role(role).single
    }

    /// Every word of one grammar role's phrases, each on its own: for a role whose words may
    /// stand in any order ([`WordRole::Addressee`]).
    pub fn role_vocabulary(&self, role: WordRole) -> &WordSet {
        &self.role(role).vocabulary
    }

    fn role(&self, role: WordRole) -> &RoleWords {
        &self.roles[role as usize]
    }

    /// Every grammar role with its phrases ([`Lexicon::phrases`]), roles in order of first use.
    pub fn phrases_by_role(&self) -> impl Iterator<Item = (WordRole, &[Vec<String>])> {
        self.role_order
            .iter()
            .map(|&role| (role, self.phrases(role)))
    }

    /// The longest entity alias spelled by the tokens starting at `k`: (token count, entity).
    /// An alias written with a capital matches only capitalised text (`Anh` the country, not
    /// `anh` the pronoun).
    pub fn entity_at(&self, tokens: &[Token], k: usize) -> Option<(usize, &Entity)> {
        let first = tokens.get(k)?;
        if !first.word {
            return None;
        }
        self.alias_words.get(&first.hash)?.iter().find_map(|a| {
            (matches_hashed_at(tokens, k, &a.words, &a.hashes)
                && (!a.capital || first.cap)
                && !(a.words.len() == 1
                    && (self.common_word_at(tokens, k) || self.name_syllable_before(tokens, k))))
            .then(|| (a.words.len(), &self.entities[a.entity]))
        })
    }

    /// True when the tokens at `k` spell a common word of two syllables whose first spells a
    /// party (`Pháp chế`, [`WordRole::NotEntity`]).
    fn common_word_at(&self, tokens: &[Token], k: usize) -> bool {
        let Some(next) = tokens.get(k + 1).filter(|t| t.word && !t.cap) else {
            return false;
        };
        self.phrases(WordRole::NotEntity).iter().any(|p| {
            p.len() == 2 && p[0] == tokens[k].lower.as_str() && p[1] == next.lower.as_str()
        })
    }

    /// True when a capitalised name syllable stands right before token `k` (`Việt` in `Việt
    /// Đức`, [`WordRole::NameSyllable`]).
    fn name_syllable_before(&self, tokens: &[Token], k: usize) -> bool {
        k > 0
            && tokens[k - 1].word
            && tokens[k - 1].cap
            && self
                .role_words(WordRole::NameSyllable)
                .contains(&tokens[k - 1])
    }

    /// The longest title spelled exactly by the tokens starting at `k`: (its word count, it).
    pub fn title_at(&self, tokens: &[Token], k: usize) -> Option<(usize, &Title)> {
        self.title_index
            .get(&tokens.get(k)?.hash)?
            .iter()
            .find(|&&i| matches_hashed_at(tokens, k, &self.title_words[i], &self.title_hashes[i]))
            .map(|&i| (self.title_words[i].len(), &self.titles[i]))
    }

    /// A role title of two or more words spelled with a typo by the tokens starting at `k`
    /// (`Tổn thống`): normalized Levenshtein similarity in `[min_similarity, 1)`, with at least
    /// one of its words spelled right.
    pub fn misspelled_title_at(
        &self,
        tokens: &[Token],
        k: usize,
        min_similarity: f64,
    ) -> Option<(usize, &Title)> {
        // A typo is one slip: some word of the title is still spelled right, which the word
        // index finds without looking at the other titles.
        // Most capitalised words have no title word after them: nothing is allocated for them.
        let mut candidates: Vec<usize> = Vec::new();
        for (offset, token) in tokens[k..]
            .iter()
            .take(self.fuzzy_title_max_words)
            .enumerate()
        {
            if let Some(list) = self.fuzzy_title_words.get(&token.hash) {
                // The hash found the word; the comparison makes sure it is that word.
                let spelled_right = |&&(f, p): &&(usize, usize)| {
                    p == offset && self.title_words[self.fuzzy_titles[f].0][p] == *token.lower
                };
                candidates.extend(list.iter().filter(spelled_right).map(|(f, _)| *f));
            }
        }
        if candidates.is_empty() {
            return None;
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut got: Vec<char> = Vec::with_capacity(32);
        let mut got_words = 0;
        for (i, want) in candidates.iter().map(|&f| &self.fuzzy_titles[f]) {
            let n = self.title_words[*i].len();
            if k + n > tokens.len() {
                continue;
            }
            if got_words != n {
                got.clear();
                for (w, t) in tokens[k..k + n].iter().enumerate() {
                    if w > 0 {
                        got.push(' ');
                    }
                    got.extend(t.lower.chars());
                }
                got_words = n;
            }
            // Similarity s needs an edit distance of at most (1 - s) × the longer length, and
            // the distance is at least the difference in lengths: skip hopeless pairs cheaply.
            let longest = got.len().max(want.len());
            let budget = ((1.0 - min_similarity) * longest as f64).floor() as usize;
            if got.len().abs_diff(want.len()) > budget {
                continue;
            }

            // The exact distance whenever it is within one of the budget (the test below then
            // decides as it always has); past that, no similarity can reach the minimum. The
            // character-count bound rules most pairs out first.
            if bag_distance_bound(&got, want) > budget + 1 {
                continue;
            }
            let Some(distance) = bounded_levenshtein(&got, want, budget + 1) else {
                continue;
            };
            let similarity = 1.0 - distance as f64 / longest.max(1) as f64;
            if (min_similarity..1.0).contains(&similarity) {
                return Some((n, &self.titles[*i]));
            }
        }
        None
    }
}
