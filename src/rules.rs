//! The lexicons and tables that drive every stage, loaded from line-oriented files in `rules/`.
//!
//! Linguistic knowledge (cue verbs, titles, entity names and sides, boilerplate patterns,
//! abbreviations, repair conditions) lives in data that editors can read and change, not in
//! code. Every file has the same shape: one entry a line, `#` comments, fields separated by `|`,
//! and a real example as the last field, which the rule self-test checks. The defaults are
//! embedded in the binary ([`Rules::embedded`]); a folder with the same file names can be
//! loaded instead ([`Rules::load_dir`]) to try edits without recompiling.
//!
//! A bad file fails loudly with its position, `rules/cues.txt:12:9: unknown class 'asert'`,
//! so that a typo never silently drops a rule.

use std::collections::{BTreeMap, HashMap};

use crate::tokens::{matches_hashed_at, word_hash, word_hashes, WordMap};
use std::fmt;
use std::path::Path;

use nom::bytes::complete::take_till;
use nom::character::complete::char;
use nom::multi::separated_list1;
use nom::{IResult, Parser};
use serde::Serialize;

use crate::text::keys::match_key;

/// A rule file that cannot be used, with the position of the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    /// The file, as given (`rules/cues.txt` for the embedded defaults).
    pub path: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            // The file as a whole (it cannot be read).
            write!(f, "{}: {}", self.path, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.path, self.line, self.col, self.message
            )
        }
    }
}

impl std::error::Error for RuleError {}

/// The class of a reporting cue, as defined in the gold guidelines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CueClass {
    /// nói, cho biết, tuyên bố, khẳng định …
    State,
    /// Theo, đưa tin, dẫn nguồn …
    Report,
    /// cáo buộc, tố cáo, buộc tội, đổ lỗi …
    Accuse,
    /// phủ nhận, bác bỏ …
    Deny,
    /// lên án, chỉ trích, phản đối …
    Condemn,
    /// kêu gọi, yêu cầu, thúc giục, đề nghị …
    Call,
    /// cảnh báo, đe dọa …
    Warn,
}

impl CueClass {
    const ALL: [(&'static str, CueClass); 7] = [
        ("state", CueClass::State),
        ("report", CueClass::Report),
        ("accuse", CueClass::Accuse),
        ("deny", CueClass::Deny),
        ("condemn", CueClass::Condemn),
        ("call", CueClass::Call),
        ("warn", CueClass::Warn),
    ];

    /// The lower-case name used in rule files and reports.
    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, c)| *c == self)
            .map_or("state", |(n, _)| n)
    }

    /// Classes whose claims are aimed at someone (they get a `target`).
    pub fn is_directed(self) -> bool {
        matches!(
            self,
            CueClass::Accuse | CueClass::Deny | CueClass::Condemn | CueClass::Call | CueClass::Warn
        )
    }
}

/// A reporting cue: `cho biết | state | Ông Peskov cho biết …`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    /// The cue as written, lower case.
    pub phrase: String,
    /// Its class.
    pub class: CueClass,
    /// A real sentence containing it.
    pub example: String,
    /// Line in its file.
    pub line: usize,
}

/// What a title word does in a speaker mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum TitleKind {
    /// An office or job: `Tổng thống`, `Người phát ngôn`.
    Role,
    /// A form of address: `ông`, `bà`.
    Honorific,
    /// A word before a role: `cựu`, `Phó`.
    Modifier,
}

/// A title: `Tổng thống | role | Tổng thống Azerbaijan Ilham Aliyev …`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Title {
    /// The title as written.
    pub title: String,
    /// Its words, as tokens match them.
    pub words: Vec<String>,
    /// What it does.
    pub kind: TitleKind,
    /// A real sentence containing it.
    pub example: String,
    /// Line in its file.
    pub line: usize,
}

/// The kind of a named entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A state.
    Country,
    /// An organisation, party, armed group.
    Org,
    /// A person.
    Person,
    /// A news outlet (it relays; it has no side).
    Outlet,
    /// A place that stands for a party.
    Place,
}

/// A named entity: `Azerbaijan | country | Azerbaijan | Azerbaijan, Baku | …`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// The preferred name.
    pub canonical: String,
    /// What it is.
    pub kind: EntityKind,
    /// The party it speaks for, if any.
    pub side: Option<String>,
    /// Names as written in the news, canonical included.
    pub aliases: Vec<String>,
    /// A real sentence naming it.
    pub example: String,
    /// Line in its file.
    pub line: usize,
}

/// The kind of a group head noun.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum GroupKind {
    /// An institution named by its head noun and what follows: `Bộ Quốc phòng Armenia`.
    Institution,
    /// A group of people: `các chuyên gia`, `nhiều quan chức`.
    Collective,
}

/// A head noun of a collective or institutional speaker: `Bộ Quốc phòng | institution | …`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// The head as written.
    pub head: String,
    /// Its words, as tokens match them.
    pub words: Vec<String>,
    /// What it names.
    pub kind: GroupKind,
    /// A real sentence containing it.
    pub example: String,
    /// Line in its file.
    pub line: usize,
}

/// What a boilerplate pattern marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BoilerplateKind {
    /// Video player controls: `0:00 / 0:00`.
    Player,
    /// A photo or graphic caption.
    Caption,
    /// A site banner: `MỚI - NÓNG`.
    Banner,
    /// The closing `Theo Reuters, Tass` line.
    SourceLine,
    /// Document metadata such as ` date 2020-10`.
    Metadata,
    /// The author's name closing the article.
    Byline,
}

/// Where a boilerplate pattern applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum BoilerplateScope {
    /// The whole paragraph matches.
    Line,
    /// The start of a paragraph matches; the rest is text.
    Prefix,
    /// One of the last paragraphs of the document matches whole.
    Last,
}

/// A boilerplate pattern: `caption | line | *(Ảnh: *) | …`. In patterns `*` stands for any
/// run of characters and `#` for one or more digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoilerplateRule {
    /// What it marks.
    pub kind: BoilerplateKind,
    /// Where it applies.
    pub scope: BoilerplateScope,
    /// The pattern.
    pub pattern: String,
    /// A real line it matches.
    pub example: String,
    /// Line in its file.
    pub line: usize,
}

/// An abbreviation whose period does not end a sentence: `TP. | TP. Hồ Chí Minh`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Abbreviation {
    /// The abbreviation with its final period.
    pub text: String,
    /// A real sentence containing it.
    pub example: String,
    /// Line in its file.
    pub line: usize,
}

/// One test of a syllable repair's condition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RepairCondition {
    /// The letters after it (the final) are none of these (empty final included).
    FinalNotIn(Vec<String>),
    /// The letters after it are one of these.
    FinalIn(Vec<String>),
    /// The letter before it is one of these.
    After(Vec<char>),
    /// The letter before it is none of these (or there is none).
    NotAfter(Vec<char>),
    /// It is a word by itself.
    Alone,
}

/// A syllable repair for broken documents: `ă | ã | final-not:c,m,n,ng,p,t | đă tập kích`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RepairRule {
    /// The letter as the breakage left it (NFC).
    pub from: String,
    /// What it stood for.
    pub to: String,
    /// The repair holds when all the tests of any one group hold.
    pub conditions: Vec<Vec<RepairCondition>>,
    /// A real broken sentence containing `from`.
    pub example: String,
    /// Line in its file.
    pub line: usize,
}

/// What a function word does for the grammar (see `rules/grammar.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WordRole {
    /// Makes a following cue a noun or a passive: `trong một tuyên bố`.
    NounMarker,
    /// A phrase that starts with a cue word but reports nothing: `tuyên bố độc lập`.
    NotCue,
    /// Between the cue and the content: `rằng`.
    Complementizer,
    /// Between the speaker and the cue: `đã`, `nhiều lần`.
    Adverb,
    /// Opens a time phrase: `hôm 3-10`.
    Time,
    /// A sentence opener that is not part of the speaker: `Trong khi đó`.
    Opener,
    /// Ends a clause; a speaker never reaches back across it.
    Boundary,
    /// The object of a reciprocal claim: `nhau`.
    Reciprocal,
    /// The two sides of the conflict: `hai bên`.
    BothSides,
    /// A pronoun for the last person who spoke: `ông`.
    PersonPronoun,
    /// A pronoun for the last country or organisation: `nước này`.
    PartyPronoun,
    /// A pronoun for the last speaker of any kind: `họ`.
    GroupPronoun,
    /// "The side of": `phía Armenia`.
    SideMarker,
    /// Names the outlet a speaker talked to: `nói với CNN`.
    ViaMarker,
    /// Allowed after a postposed cue: `thêm`, `trong một tuyên bố`.
    Tail,
    /// Negates the content: `không`.
    Negator,
    /// Before a group noun, part of the speaker: `các`, `nhiều`.
    Quantifier,
    /// Says nothing about the topic; ignored when contents are compared.
    Stopword,
    /// Starts like a negator but negates nothing: `không kích` (airstrike).
    NotNegator,
    /// Capitalised after a lower-case word, starts a new sentence (a caption run into the text).
    SentenceOpener,
    /// A document or channel that carries a source's words, before the source: `thông cáo của`
    /// in `Theo thông cáo của Hạm đội Biển Đen, …`.
    SourceIntro,
}

impl WordRole {
    const ALL: [(&'static str, WordRole); 21] = [
        ("noun_marker", WordRole::NounMarker),
        ("not_cue", WordRole::NotCue),
        ("complementizer", WordRole::Complementizer),
        ("adverb", WordRole::Adverb),
        ("time", WordRole::Time),
        ("opener", WordRole::Opener),
        ("boundary", WordRole::Boundary),
        ("reciprocal", WordRole::Reciprocal),
        ("both_sides", WordRole::BothSides),
        ("person_pronoun", WordRole::PersonPronoun),
        ("party_pronoun", WordRole::PartyPronoun),
        ("group_pronoun", WordRole::GroupPronoun),
        ("side_marker", WordRole::SideMarker),
        ("via_marker", WordRole::ViaMarker),
        ("tail", WordRole::Tail),
        ("negator", WordRole::Negator),
        ("quantifier", WordRole::Quantifier),
        ("stopword", WordRole::Stopword),
        ("not_negator", WordRole::NotNegator),
        ("sentence_opener", WordRole::SentenceOpener),
        ("source_intro", WordRole::SourceIntro),
    ];
}

/// A function word or phrase: `nhiều lần | adverb | Baku nhiều lần nói …`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GrammarWord {
    /// The phrase, lower case.
    pub phrase: String,
    /// Its role.
    pub role: WordRole,
    /// A real sentence containing it.
    pub example: String,
    /// Line in its file.
    pub line: usize,
}

/// What a claim's content says about the fighting (see `rules/stances.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stance {
    /// Towards stopping the fighting.
    Peace,
    /// Towards carrying on or winning by force.
    War,
    /// A gain by the speaker's side or a loss of the other.
    Win,
    /// The speaker's side held off the other.
    Repel,
    /// An attack on someone.
    Attack,
    /// Dismisses a claim as false or groundless (a rebuttal).
    Denial,
    /// Calls someone a liar (an accusation).
    Lie,
}

/// A stance word: `ngừng bắn | peace | kêu gọi hai bên lập tức ngừng bắn`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StanceWord {
    /// The phrase, lower case.
    pub phrase: String,
    /// Its stance.
    pub stance: Stance,
    /// A real sentence containing it.
    pub example: String,
    /// Line in its file.
    pub line: usize,
}

/// A framing opposition: `chiến dịch chống khủng bố | xâm lấn | …`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Framing {
    /// One way of naming the event.
    pub a: String,
    /// The opposite way.
    pub b: String,
    /// A real pair.
    pub example: String,
    /// Line in its file.
    pub line: usize,
}

/// Every rule table, loaded and checked.
#[derive(Clone, Debug)]
pub struct Rules {
    /// Reporting cues, longest phrase first.
    pub cues: Vec<Cue>,
    /// Titles and honorifics, longest first.
    pub titles: Vec<Title>,
    /// Named entities.
    pub entities: Vec<Entity>,
    /// Group head nouns, longest first.
    pub groups: Vec<Group>,
    /// Boilerplate patterns.
    pub boilerplate: Vec<BoilerplateRule>,
    /// Abbreviations.
    pub abbreviations: Vec<Abbreviation>,
    /// Syllable repairs for broken documents.
    pub repairs: Vec<RepairRule>,
    /// Function words of the grammar, longest phrase first.
    pub grammar: Vec<GrammarWord>,
    /// Stance words for the conflict detectors.
    pub stances: Vec<StanceWord>,
    /// Framing oppositions.
    pub framings: Vec<Framing>,
    alias_index: HashMap<String, usize>,
    /// The roles of each grammar phrase, for [`Rules::has_role`].
    grammar_roles: HashMap<String, Vec<WordRole>>,
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
    /// The phrases of each grammar role as words, in `grammar` order.
    role_phrases: Vec<(WordRole, Vec<Vec<String>>)>,
    /// The sentence openers with their first letter in upper case, by the [`word_hash`] of
    /// each as written.
    capitalised_openers: WordMap<Vec<String>>,
    /// The group heads' words, valued by their index into `groups`.
    group_heads: crate::tokens::PhraseSet<usize>,
    /// Aliases by the [`word_hash`] of their first word, longest first.
    alias_words: WordMap<Vec<AliasWords>>,
}

/// An entity alias as tokens spell it, for [`Rules::entity_at`].
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

/// The rule files, in load order, with their embedded defaults.
pub const RULE_FILES: &[(&str, &str)] = &[
    ("cues.txt", include_str!("../rules/cues.txt")),
    ("titles.txt", include_str!("../rules/titles.txt")),
    ("entities.txt", include_str!("../rules/entities.txt")),
    ("groups.txt", include_str!("../rules/groups.txt")),
    ("boilerplate.txt", include_str!("../rules/boilerplate.txt")),
    (
        "abbreviations.txt",
        include_str!("../rules/abbreviations.txt"),
    ),
    ("repairs.txt", include_str!("../rules/repairs.txt")),
    ("grammar.txt", include_str!("../rules/grammar.txt")),
    ("stances.txt", include_str!("../rules/stances.txt")),
    ("framing.txt", include_str!("../rules/framing.txt")),
];

impl Rules {
    /// The rules compiled into the binary. They are checked by the test suite, so this cannot
    /// fail in a released build.
    pub fn embedded() -> Rules {
        let files: Vec<(String, String)> = RULE_FILES
            .iter()
            .map(|(name, text)| (format!("rules/{name}"), text.to_string()))
            .collect();
        match Rules::from_texts(&files) {
            Ok(rules) => rules,
            Err(e) => panic!("embedded rules are invalid: {e}"),
        }
    }

    /// Loads every rule file from a folder; each must exist.
    pub fn load_dir(dir: &Path) -> Result<Rules, RuleError> {
        let mut files = Vec::new();
        for (name, _) in RULE_FILES {
            let path = dir.join(name);
            let text = std::fs::read_to_string(&path).map_err(|e| RuleError {
                path: path.display().to_string(),
                line: 0,
                col: 0,
                message: format!("cannot read: {e}"),
            })?;
            files.push((path.display().to_string(), text));
        }
        Rules::from_texts(&files)
    }

    /// Parses the rule files given as `(path, text)` in [`RULE_FILES`] order.
    pub fn from_texts(files: &[(String, String)]) -> Result<Rules, RuleError> {
        let get = |name: &str| {
            files
                .iter()
                .find(|(p, _)| p.ends_with(name))
                .map(|(p, t)| (p.as_str(), t.as_str()))
                .unwrap_or(("", ""))
        };
        let (p, t) = get("cues.txt");
        let mut cues = parse_cues(p, t)?;
        cues.sort_by(|a, b| {
            b.phrase
                .len()
                .cmp(&a.phrase.len())
                .then(a.line.cmp(&b.line))
        });
        let (p, t) = get("titles.txt");
        let mut titles = parse_titles(p, t)?;
        titles.sort_by(|a, b| b.title.len().cmp(&a.title.len()).then(a.line.cmp(&b.line)));
        let (p, t) = get("entities.txt");
        let entities = parse_entities(p, t)?;
        let (p, t) = get("groups.txt");
        let mut groups = parse_groups(p, t)?;
        groups.sort_by(|a, b| b.head.len().cmp(&a.head.len()).then(a.line.cmp(&b.line)));
        let (p, t) = get("boilerplate.txt");
        let boilerplate = parse_boilerplate(p, t)?;
        let (p, t) = get("abbreviations.txt");
        let abbreviations = parse_abbreviations(p, t)?;
        let (p, t) = get("repairs.txt");
        let repairs = parse_repairs(p, t)?;
        let (p, t) = get("grammar.txt");
        let mut grammar = parse_grammar(p, t)?;
        grammar.sort_by(|a, b| {
            let words = |g: &GrammarWord| g.phrase.split(' ').count();
            words(b).cmp(&words(a)).then(a.line.cmp(&b.line))
        });
        let (p, t) = get("stances.txt");
        let stances = parse_stances(p, t)?;
        let (p, t) = get("framing.txt");
        let framings = parse_framings(p, t)?;
        let mut alias_index = HashMap::new();
        let mut alias_words: WordMap<Vec<AliasWords>> = WordMap::default();
        for (i, e) in entities.iter().enumerate() {
            for a in &e.aliases {
                alias_index.entry(match_key(a)).or_insert(i);
                let words = crate::tokens::phrase_words(a);
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
            if let Some(first) = t.words.first() {
                title_index.entry_or_default(word_hash(first)).push(i);
            }
            if t.kind == TitleKind::Role && t.words.len() >= 2 {
                for (position, w) in t.words.iter().enumerate() {
                    fuzzy_title_words
                        .entry_or_default(word_hash(w))
                        .push((fuzzy_titles.len(), position));
                }
                fuzzy_titles.push((i, t.words.join(" ").chars().collect()));
            }
        }
        let mut role_phrases: Vec<(WordRole, Vec<Vec<String>>)> = Vec::new();
        for g in &grammar {
            let words = crate::tokens::phrase_words(&g.phrase);
            match role_phrases.iter_mut().find(|(r, _)| *r == g.role) {
                Some((_, list)) => list.push(words),
                None => role_phrases.push((g.role, vec![words])),
            }
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
                .map(|(i, g)| (g.words.clone(), i))
                .collect(),
        );
        let fuzzy_title_max_words = fuzzy_titles
            .iter()
            .map(|(i, _)| titles[*i].words.len())
            .max()
            .unwrap_or(0);
        let title_hashes = titles.iter().map(|t| word_hashes(&t.words)).collect();
        let mut grammar_roles: HashMap<String, Vec<WordRole>> = HashMap::new();
        for g in &grammar {
            grammar_roles
                .entry(g.phrase.clone())
                .or_default()
                .push(g.role);
        }
        Ok(Rules {
            title_index,
            title_hashes,
            fuzzy_titles,
            fuzzy_title_max_words,
            fuzzy_title_words,
            cues,
            titles,
            entities,
            groups,
            boilerplate,
            abbreviations,
            repairs,
            grammar,
            stances,
            framings,
            alias_index,
            grammar_roles,
            alias_words,
            role_phrases,
            capitalised_openers,
            group_heads,
        })
    }

    /// The entity one of whose aliases is exactly `name` (compared by [`match_key`]).
    pub fn entity(&self, name: &str) -> Option<&Entity> {
        self.alias_index
            .get(&match_key(name))
            .map(|&i| &self.entities[i])
    }

    /// True when `phrase` (lower case) is a grammar phrase of `role`: one hashed probe, where
    /// [`Rules::words`] would go through every phrase.
    pub fn has_role(&self, phrase: &str, role: WordRole) -> bool {
        self.grammar_roles
            .get(phrase)
            .is_some_and(|roles| roles.contains(&role))
    }

    /// The phrases of one grammar role, longest first.
    pub fn words(&self, role: WordRole) -> impl Iterator<Item = &str> {
        self.grammar
            .iter()
            .filter(move |g| g.role == role)
            .map(|g| g.phrase.as_str())
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
    pub fn group_heading(&self, tokens: &[crate::tokens::Token]) -> Option<&Group> {
        let first_at = |at| self.group_heads.all_at(tokens, at).map(|(_, i)| *i).next();
        [first_at(0), first_at(1)]
            .into_iter()
            .flatten()
            .min()
            .map(|i| &self.groups[i])
    }

    /// The phrases of one grammar role as lower-cased words, longest first (split once, when
    /// the rules are loaded: like the other indexes, they describe the rules as loaded).
    pub fn phrases(&self, role: WordRole) -> &[Vec<String>] {
        self.role_phrases
            .iter()
            .find(|(r, _)| *r == role)
            .map_or(&[], |(_, list)| list.as_slice())
    }

    /// Every grammar role with its phrases ([`Rules::phrases`]), roles in order of first use.
    pub fn phrases_by_role(&self) -> impl Iterator<Item = (WordRole, &[Vec<String>])> {
        self.role_phrases
            .iter()
            .map(|(role, list)| (*role, list.as_slice()))
    }

    /// The longest entity alias spelled by the tokens starting at `k`: (token count, entity).
    /// An alias written with a capital matches only capitalised text (`Anh` the country, not
    /// `anh` the pronoun).
    pub fn entity_at(&self, tokens: &[crate::tokens::Token], k: usize) -> Option<(usize, &Entity)> {
        let first = tokens.get(k)?;
        if !first.word {
            return None;
        }
        self.alias_words.get(&first.hash)?.iter().find_map(|a| {
            (matches_hashed_at(tokens, k, &a.words, &a.hashes) && (!a.capital || first.cap))
                .then(|| (a.words.len(), &self.entities[a.entity]))
        })
    }

    /// The longest title spelled exactly by the tokens starting at `k`.
    pub fn title_at(&self, tokens: &[crate::tokens::Token], k: usize) -> Option<&Title> {
        self.title_index
            .get(&tokens.get(k)?.hash)?
            .iter()
            .find(|&&i| matches_hashed_at(tokens, k, &self.titles[i].words, &self.title_hashes[i]))
            .map(|&i| &self.titles[i])
    }

    /// A role title of two or more words spelled with a typo by the tokens starting at `k`
    /// (`Tổn thống`): normalized Levenshtein similarity in `[min_similarity, 1)`, with at least
    /// one of its words spelled right.
    pub fn misspelled_title_at(
        &self,
        tokens: &[crate::tokens::Token],
        k: usize,
        min_similarity: f64,
    ) -> Option<&Title> {
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
                    p == offset && self.titles[self.fuzzy_titles[f].0].words[p] == *token.lower
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
            let n = self.titles[*i].words.len();
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
                return Some(&self.titles[*i]);
            }
        }
        None
    }

    /// The entity with this canonical name.
    pub fn entity_by_canonical(&self, canonical: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.canonical == canonical)
    }
}

/// One field of a rule line, with its 1-based column.
#[derive(Clone, Debug)]
struct Field<'a> {
    text: &'a str,
    col: usize,
}

/// One entry line of a rule file.
#[derive(Clone, Debug)]
struct Record<'a> {
    line: usize,
    fields: Vec<Field<'a>>,
}

/// The fields of one line, split at `|`.
///
/// ```text
/// cho biết | state | Ông Peskov cho biết quân đội Nga đã liên lạc với cả hai bên.
/// ```
fn split_fields(line: &str) -> IResult<&str, Vec<&str>> {
    separated_list1(char('|'), take_till(|c| c == '|')).parse(line)
}

/// Splits a rule file into records with trimmed fields and their columns; skips comments and
/// blank lines; checks the field count and that no field is empty.
fn records<'a>(path: &str, text: &'a str, names: &[&str]) -> Result<Vec<Record<'a>>, RuleError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let err = |col: usize, message: String| RuleError {
            path: path.to_string(),
            line: line_no,
            col,
            message,
        };
        let (_, raw_fields) = split_fields(line)
            .map_err(|_| err(1, "cannot split the line into fields".to_string()))?;
        if raw_fields.len() != names.len() {
            return Err(err(
                1,
                format!(
                    "expected {} fields ({}), found {}",
                    names.len(),
                    names.join(" | "),
                    raw_fields.len()
                ),
            ));
        }
        let mut fields = Vec::with_capacity(raw_fields.len());
        for (raw, name) in raw_fields.iter().zip(names) {
            let offset = raw.as_ptr() as usize - line.as_ptr() as usize;
            let lead = raw.len() - raw.trim_start().len();
            let col = line[..offset + lead].chars().count() + 1;
            let text = raw.trim();
            if text.is_empty() {
                let col = line[..offset].chars().count() + 1;
                return Err(err(col, format!("empty field '{name}'")));
            }
            fields.push(Field { text, col });
        }
        out.push(Record {
            line: line_no,
            fields,
        });
    }
    Ok(out)
}

fn error(path: &str, line: usize, col: usize, message: String) -> RuleError {
    RuleError {
        path: path.to_string(),
        line,
        col,
        message,
    }
}

/// Fails on the second entry whose key was seen before; callers that compare names
/// case-insensitively pass a [`match_key`].
fn check_unique<'a>(
    path: &str,
    records: &[Record<'a>],
    key: impl Fn(&Record<'a>) -> String,
) -> Result<(), RuleError> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for r in records {
        let k = key(r);
        if let Some(first) = seen.get(&k) {
            return Err(error(
                path,
                r.line,
                r.fields[0].col,
                format!(
                    "duplicate entry '{}' (first at line {first})",
                    r.fields[0].text
                ),
            ));
        }
        seen.insert(k, r.line);
    }
    Ok(())
}

fn choose<T: Copy>(
    path: &str,
    line: usize,
    field: &Field,
    what: &str,
    options: &[(&str, T)],
) -> Result<T, RuleError> {
    options
        .iter()
        .find(|(name, _)| *name == field.text)
        .map(|(_, v)| *v)
        .ok_or_else(|| {
            let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
            error(
                path,
                line,
                field.col,
                format!(
                    "unknown {what} '{}' (expected one of: {})",
                    field.text,
                    names.join(", ")
                ),
            )
        })
}

fn parse_cues(path: &str, text: &str) -> Result<Vec<Cue>, RuleError> {
    let recs = records(path, text, &["phrase", "class", "example"])?;
    check_unique(path, &recs, |r| match_key(r.fields[0].text))?;
    recs.iter()
        .map(|r| {
            Ok(Cue {
                phrase: r.fields[0].text.to_lowercase(),
                class: choose(path, r.line, &r.fields[1], "class", &CueClass::ALL)?,
                example: r.fields[2].text.to_string(),
                line: r.line,
            })
        })
        .collect()
}

fn parse_titles(path: &str, text: &str) -> Result<Vec<Title>, RuleError> {
    let recs = records(path, text, &["title", "kind", "example"])?;
    check_unique(path, &recs, |r| match_key(r.fields[0].text))?;
    let kinds = [
        ("role", TitleKind::Role),
        ("honorific", TitleKind::Honorific),
        ("modifier", TitleKind::Modifier),
    ];
    recs.iter()
        .map(|r| {
            Ok(Title {
                title: r.fields[0].text.to_string(),
                words: crate::tokens::phrase_words(r.fields[0].text),
                kind: choose(path, r.line, &r.fields[1], "kind", &kinds)?,
                example: r.fields[2].text.to_string(),
                line: r.line,
            })
        })
        .collect()
}

fn parse_entities(path: &str, text: &str) -> Result<Vec<Entity>, RuleError> {
    let recs = records(
        path,
        text,
        &["canonical", "kind", "side", "aliases", "example"],
    )?;
    check_unique(path, &recs, |r| match_key(r.fields[0].text))?;
    let kinds = [
        ("country", EntityKind::Country),
        ("org", EntityKind::Org),
        ("person", EntityKind::Person),
        ("outlet", EntityKind::Outlet),
        ("place", EntityKind::Place),
    ];
    let mut seen_alias: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for r in &recs {
        let mut aliases = Vec::new();
        let field = &r.fields[3];
        let mut col = field.col;
        for part in field.text.split(',') {
            let alias = part.trim();
            let lead = part.len() - part.trim_start().len();
            let alias_col = col + part[..lead].chars().count();
            if alias.is_empty() {
                return Err(error(path, r.line, alias_col, "empty alias".to_string()));
            }
            let key = match_key(alias);
            // An alias names one entity; a second claimant is a silent ambiguity, so an error.
            if let Some(first) = seen_alias.get(&key) {
                if *first != r.line {
                    return Err(error(
                        path,
                        r.line,
                        alias_col,
                        format!("duplicate entry: alias '{alias}' already belongs to line {first}"),
                    ));
                }
            }
            seen_alias.insert(key, r.line);
            aliases.push(alias.to_string());
            col += part.chars().count() + 1;
        }
        if !aliases
            .iter()
            .any(|a| match_key(a) == match_key(r.fields[0].text))
        {
            aliases.insert(0, r.fields[0].text.to_string());
        }
        let side = match r.fields[2].text {
            "-" => None,
            s => Some(s.to_string()),
        };
        out.push(Entity {
            canonical: r.fields[0].text.to_string(),
            kind: choose(path, r.line, &r.fields[1], "kind", &kinds)?,
            side,
            aliases,
            example: r.fields[4].text.to_string(),
            line: r.line,
        });
    }
    Ok(out)
}

fn parse_groups(path: &str, text: &str) -> Result<Vec<Group>, RuleError> {
    let recs = records(path, text, &["head", "kind", "example"])?;
    check_unique(path, &recs, |r| match_key(r.fields[0].text))?;
    let kinds = [
        ("institution", GroupKind::Institution),
        ("collective", GroupKind::Collective),
    ];
    recs.iter()
        .map(|r| {
            Ok(Group {
                head: r.fields[0].text.to_string(),
                words: crate::tokens::phrase_words(r.fields[0].text),
                kind: choose(path, r.line, &r.fields[1], "kind", &kinds)?,
                example: r.fields[2].text.to_string(),
                line: r.line,
            })
        })
        .collect()
}

fn parse_boilerplate(path: &str, text: &str) -> Result<Vec<BoilerplateRule>, RuleError> {
    let recs = records(path, text, &["kind", "scope", "pattern", "example"])?;
    check_unique(path, &recs, |r| {
        format!(
            "{} {} {}",
            r.fields[0].text, r.fields[1].text, r.fields[2].text
        )
    })?;
    let kinds = [
        ("player", BoilerplateKind::Player),
        ("caption", BoilerplateKind::Caption),
        ("banner", BoilerplateKind::Banner),
        ("source_line", BoilerplateKind::SourceLine),
        ("metadata", BoilerplateKind::Metadata),
        ("byline", BoilerplateKind::Byline),
    ];
    let scopes = [
        ("line", BoilerplateScope::Line),
        ("prefix", BoilerplateScope::Prefix),
        ("last", BoilerplateScope::Last),
    ];
    recs.iter()
        .map(|r| {
            Ok(BoilerplateRule {
                kind: choose(path, r.line, &r.fields[0], "kind", &kinds)?,
                scope: choose(path, r.line, &r.fields[1], "scope", &scopes)?,
                pattern: r.fields[2].text.to_string(),
                example: r.fields[3].text.to_string(),
                line: r.line,
            })
        })
        .collect()
}

fn parse_abbreviations(path: &str, text: &str) -> Result<Vec<Abbreviation>, RuleError> {
    let recs = records(path, text, &["abbreviation", "example"])?;
    check_unique(path, &recs, |r| r.fields[0].text.to_string())?;
    recs.iter()
        .map(|r| {
            if !r.fields[0].text.ends_with('.') {
                return Err(error(
                    path,
                    r.line,
                    r.fields[0].col,
                    format!("abbreviation '{}' must end with a period", r.fields[0].text),
                ));
            }
            Ok(Abbreviation {
                text: r.fields[0].text.to_string(),
                example: r.fields[1].text.to_string(),
                line: r.line,
            })
        })
        .collect()
}

fn parse_grammar(path: &str, text: &str) -> Result<Vec<GrammarWord>, RuleError> {
    let recs = records(path, text, &["phrase", "role", "example"])?;
    check_unique(path, &recs, |r| {
        format!("{} {}", r.fields[1].text, match_key(r.fields[0].text))
    })?;
    recs.iter()
        .map(|r| {
            Ok(GrammarWord {
                phrase: r.fields[0].text.to_lowercase(),
                role: choose(path, r.line, &r.fields[1], "role", &WordRole::ALL)?,
                example: r.fields[2].text.to_string(),
                line: r.line,
            })
        })
        .collect()
}

fn parse_stances(path: &str, text: &str) -> Result<Vec<StanceWord>, RuleError> {
    let recs = records(path, text, &["phrase", "stance", "example"])?;
    check_unique(path, &recs, |r| match_key(r.fields[0].text))?;
    let stances = [
        ("peace", Stance::Peace),
        ("war", Stance::War),
        ("win", Stance::Win),
        ("repel", Stance::Repel),
        ("attack", Stance::Attack),
        ("denial", Stance::Denial),
        ("lie", Stance::Lie),
    ];
    recs.iter()
        .map(|r| {
            Ok(StanceWord {
                phrase: r.fields[0].text.to_lowercase(),
                stance: choose(path, r.line, &r.fields[1], "stance", &stances)?,
                example: r.fields[2].text.to_string(),
                line: r.line,
            })
        })
        .collect()
}

fn parse_framings(path: &str, text: &str) -> Result<Vec<Framing>, RuleError> {
    let recs = records(path, text, &["frame_a", "frame_b", "example"])?;
    check_unique(path, &recs, |r| {
        format!(
            "{} | {}",
            match_key(r.fields[0].text),
            match_key(r.fields[1].text)
        )
    })?;
    Ok(recs
        .iter()
        .map(|r| Framing {
            a: r.fields[0].text.to_lowercase(),
            b: r.fields[1].text.to_lowercase(),
            example: r.fields[2].text.to_string(),
            line: r.line,
        })
        .collect())
}

fn parse_repairs(path: &str, text: &str) -> Result<Vec<RepairRule>, RuleError> {
    let recs = records(path, text, &["from", "to", "condition", "example"])?;
    recs.iter()
        .map(|r| {
            let cond_field = &r.fields[2];
            let mut conditions = Vec::new();
            for word in cond_field.text.split_whitespace() {
                let mut group = Vec::new();
                for atom in word.split('+') {
                    let list =
                        |s: &str| s.split(',').map(|x| x.trim().to_string()).collect::<Vec<_>>();
                    let letters = |s: &str| {
                        list(s)
                            .iter()
                            .filter_map(|x| x.chars().next())
                            .collect::<Vec<char>>()
                    };
                    let cond = if let Some(rest) = atom.strip_prefix("final-not:") {
                        RepairCondition::FinalNotIn(list(rest))
                    } else if let Some(rest) = atom.strip_prefix("final:") {
                        RepairCondition::FinalIn(list(rest))
                    } else if let Some(rest) = atom.strip_prefix("not-after:") {
                        RepairCondition::NotAfter(letters(rest))
                    } else if let Some(rest) = atom.strip_prefix("after:") {
                        RepairCondition::After(letters(rest))
                    } else if atom == "alone" {
                        RepairCondition::Alone
                    } else {
                        return Err(error(
                            path,
                            r.line,
                            cond_field.col,
                            format!(
                                "unknown condition '{atom}' (expected final-not:…, final:…, after:…, not-after:… or alone)"
                            ),
                        ));
                    };
                    group.push(cond);
                }
                conditions.push(group);
            }
            Ok(RepairRule {
                from: r.fields[0].text.to_string(),
                to: r.fields[1].text.to_string(),
                conditions,
                example: r.fields[3].text.to_string(),
                line: r.line,
            })
        })
        .collect()
}

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
fn glob(pattern: &str, text: &str) -> bool {
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

/// True when `phrase` occurs in `example` as whole words (case and tone placement folded).
fn example_contains(example: &str, phrase: &str) -> bool {
    let tokens: Vec<String> = crate::tokens::tokenize(example, 0..example.len(), &[])
        .into_iter()
        .map(|t| t.lower.to_string())
        .collect();
    let words = crate::tokens::phrase_words(phrase);
    !words.is_empty() && tokens.windows(words.len()).any(|w| w == words.as_slice())
}

/// Runs every rule's own example against it: a cue, title, group, grammar word, stance or
/// entity alias must occur in its example as words, an abbreviation and a repair's broken
/// spelling as text, a boilerplate pattern must match its example. Returns one message per
/// rule whose example does not show it, as `FILE:LINE: message` (file names as in
/// [`RULE_FILES`], under `dir`).
pub fn check_examples(rules: &Rules, dir: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut fail = |file: &str, line: usize, what: &str, example: &str| {
        problems.push(format!(
            "{dir}/{file}:{line}: the example {example:?} does not show {what:?}"
        ));
    };
    for c in &rules.cues {
        if !example_contains(&c.example, &c.phrase) {
            fail("cues.txt", c.line, &c.phrase, &c.example);
        }
    }
    for t in &rules.titles {
        if !example_contains(&t.example, &t.title) {
            fail("titles.txt", t.line, &t.title, &t.example);
        }
    }
    for g in &rules.groups {
        if !example_contains(&g.example, &g.head) {
            fail("groups.txt", g.line, &g.head, &g.example);
        }
    }
    for g in &rules.grammar {
        if !example_contains(&g.example, &g.phrase) {
            fail("grammar.txt", g.line, &g.phrase, &g.example);
        }
    }
    for s in &rules.stances {
        if !example_contains(&s.example, &s.phrase) {
            fail("stances.txt", s.line, &s.phrase, &s.example);
        }
    }
    for a in &rules.abbreviations {
        if !a.example.contains(&a.text) {
            fail("abbreviations.txt", a.line, &a.text, &a.example);
        }
    }
    for e in &rules.entities {
        if !e.aliases.iter().any(|a| example_contains(&e.example, a)) {
            fail("entities.txt", e.line, &e.canonical, &e.example);
        }
    }
    for b in &rules.boilerplate {
        let matched = match b.scope {
            BoilerplateScope::Prefix => b.example.starts_with(
                b.pattern
                    .trim_end_matches('*')
                    .split('#')
                    .next()
                    .unwrap_or(""),
            ),
            _ => pattern_matches(&b.pattern, &b.example),
        };
        if !matched {
            fail("boilerplate.txt", b.line, &b.pattern, &b.example);
        }
    }
    for r in &rules.repairs {
        if !r.example.contains(&r.from) {
            fail("repairs.txt", r.line, &r.from, &r.example);
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Result<Vec<Cue>, RuleError> {
        parse_cues("rules/cues.txt", text)
    }

    #[test]
    fn fields_are_split_at_pipes() {
        let (_, fields) = split_fields("cho biết | state | Ông Peskov cho biết").unwrap();
        assert_eq!(fields.len(), 3);
    }

    #[test]
    fn unknown_class_names_file_line_and_column() {
        let e = cues("# cues\ncho biết | asert | Ông Peskov cho biết").unwrap_err();
        assert_eq!(
            e.to_string(),
            "rules/cues.txt:2:12: unknown class 'asert' (expected one of: state, report, accuse, deny, condemn, call, warn)"
        );
    }

    #[test]
    fn duplicate_entry_is_an_error() {
        let e = cues("nói | state | ông nói\n\nNói | state | bà nói").unwrap_err();
        assert_eq!(e.line, 3);
        assert_eq!(e.col, 1);
        assert!(e
            .message
            .starts_with("duplicate entry 'Nói' (first at line 1)"));
    }

    #[test]
    fn empty_field_is_an_error() {
        let e = cues("nói |  | ông nói").unwrap_err();
        assert_eq!(e.to_string(), "rules/cues.txt:1:6: empty field 'class'");
    }

    #[test]
    fn bad_field_count_is_an_error() {
        let e = cues("nói | state").unwrap_err();
        assert_eq!(
            e.to_string(),
            "rules/cues.txt:1:1: expected 3 fields (phrase | class | example), found 2"
        );
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let e = cues("phủ nhận | phủ | Armenia phủ nhận").unwrap_err();
        assert_eq!(e.col, 12);
    }

    #[test]
    fn patterns_know_stars_and_digits() {
        assert!(pattern_matches("* ảnh #", "Hé lộ thương vong ảnh 1"));
        assert!(pattern_matches("*(Ảnh: *)", "Giao tranh dữ dội. (Ảnh: AP)"));
        assert!(!pattern_matches("* ảnh #", "Hé lộ thương vong ảnh"));
        assert!(pattern_matches("0:00 / 0:00", "0:00 / 0:00"));
        assert!(!pattern_matches("0:00 / 0:00", "0:00 / 0:01"));
        // The literal ends may not overlap: `ab*ba` needs four characters.
        assert!(!pattern_matches("ab*ba", "aba"));
        assert!(pattern_matches("ab*ba", "abba"));
        assert!(pattern_matches("Theo *", "Theo Reuters"));
        assert!(!pattern_matches("Theo *", "Theo"));
        assert!(pattern_matches("Theo*", "Theo"));
        assert!(pattern_matches("# người", "12 người"));
        assert!(!pattern_matches("# người", " người"));
        // Overlapping literals and digits that must stop early.
        assert!(pattern_matches("*aa", "aaa"));
        assert!(pattern_matches("*aab", "aaab"));
        assert!(pattern_matches("#1", "11"));
        assert!(pattern_matches("*#x", "1x2x"));
        assert!(!pattern_matches("*#x", "1xx"));
        assert!(pattern_matches("**", ""));
        assert!(pattern_matches("*#", "Ảnh 12"));
        assert!(!pattern_matches("*#", "Ảnh"));
    }

    #[test]
    fn bounded_levenshtein_agrees_with_strsim() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "tổng thống",
            "tổn thống",
            "tổng thốngg",
            "bộ trưởng",
            "bộ truong",
            "thủ tướng",
            "phó thủ tướng",
            "xyz",
            "ngoại trưởng",
        ];
        for a in words {
            for b in words {
                let (ac, bc): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let full = strsim::generic_levenshtein(&ac, &bc);
                for max in 0..6 {
                    let want = (full <= max).then_some(full);
                    assert_eq!(
                        bounded_levenshtein(&ac, &bc, max),
                        want,
                        "{a:?} {b:?} {max}"
                    );
                }
            }
        }
    }

    /// A pattern full of stars on a long line would take exponential time by backtracking; it
    /// must take no longer than a plain one. Digits after a star likewise: every split of a
    /// long run of digits was once tried.
    #[test]
    fn starry_patterns_do_not_backtrack() {
        let line = "a".repeat(5_000);
        assert!(!pattern_matches("*a*a*a*a*a*a*a*a*a*a*b", &line));
        assert!(pattern_matches("*a*a*a*a*a*a*a*a*a*a*", &line));
        let digits = "1".repeat(200_000) + "x";
        assert!(pattern_matches("*#x", &digits));
        assert!(pattern_matches("*##x", &digits));
        assert!(!pattern_matches("*#y", &digits));
    }

    #[test]
    fn a_huge_distance_bound_is_no_bound() {
        let (a, b): (Vec<char>, Vec<char>) = ("a".chars().collect(), "b".chars().collect());
        assert_eq!(bounded_levenshtein(&a, &b, usize::MAX), Some(1));
        assert_eq!(bounded_levenshtein(&a, &a, usize::MAX), Some(0));
    }

    /// The matcher against a plain backtracking reference, on generated patterns and lines.
    #[test]
    fn glob_agrees_with_backtracking() {
        fn reference(p: &[char], t: &[char]) -> bool {
            match p.split_first() {
                None => t.is_empty(),
                Some(('*', rest)) => (0..=t.len()).any(|k| reference(rest, &t[k..])),
                Some(('#', rest)) => {
                    let digits = t.iter().take_while(|c| c.is_ascii_digit()).count();
                    (1..=digits).any(|k| reference(rest, &t[k..]))
                }
                Some((c, rest)) => t.first() == Some(c) && reference(rest, &t[1..]),
            }
        }
        let alphabet = ['a', '1', 'ả', '*', '#'];
        // Every pattern and text of up to 5 symbols over a small alphabet, by counting.
        let spell = |mut n: usize, len: usize, symbols: &[char]| -> String {
            (0..len)
                .map(|_| {
                    let c = symbols[n % symbols.len()];
                    n /= symbols.len();
                    c
                })
                .collect()
        };
        for plen in 0..=4 {
            for pn in 0..alphabet.len().pow(plen) {
                let pattern = spell(pn, plen as usize, &alphabet);
                for tlen in 0..=5 {
                    for tn in 0..3usize.pow(tlen) {
                        let text = spell(tn, tlen as usize, &alphabet[..3]);
                        let p: Vec<char> = pattern.chars().collect();
                        let t: Vec<char> = text.chars().collect();
                        assert_eq!(
                            pattern_matches(&pattern, &text),
                            reference(&p, &t),
                            "{pattern:?} on {text:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn embedded_rules_load() {
        let rules = Rules::embedded();
        assert!(rules.cues.len() >= 60);
        assert_eq!(
            rules.entity("Baku").map(|e| e.canonical.as_str()),
            Some("Azerbaijan")
        );
    }
}
