//! The types of the rule tables: one per file format, as parsed, with no index built on them.

use serde::{Deserialize, Serialize};

/// The class of a reporting cue, as defined in the gold guidelines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
    pub(crate) const ALL: [(&'static str, CueClass); 7] = [
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

impl std::fmt::Display for CueClass {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
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
    /// A politician's political party (`Mỹ / Đảng Cộng hòa` in the side field): what they
    /// speak for as a candidate in an article about an election campaign, where they hold no
    /// office (the gold conventions: "an election candidate speaks for their party").
    pub party: Option<String>,
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
    /// What it names.
    pub kind: GroupKind,
    /// A real sentence containing it.
    pub example: String,
    /// Line in its file.
    pub line: usize,
}

/// What a boilerplate pattern marks; in rule files and reports `player`, `caption`, `banner`,
/// `source_line`, `metadata` or `byline`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
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
    /// A link to a related article, a bracketed headline between sentences.
    Related,
}

impl BoilerplateKind {
    /// The name used in rule files and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            BoilerplateKind::Player => "player",
            BoilerplateKind::Caption => "caption",
            BoilerplateKind::Banner => "banner",
            BoilerplateKind::SourceLine => "source_line",
            BoilerplateKind::Metadata => "metadata",
            BoilerplateKind::Byline => "byline",
            BoilerplateKind::Related => "related",
        }
    }
}

impl std::fmt::Display for BoilerplateKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
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
    /// A sentence matches whole: it credits a photo, so the sentence before it in the same
    /// paragraph is that photo's caption, run into the text (`… nghi phạm. Ảnh: Cảnh sát Abu
    /// Dhabi. Nghi phạm …`). Only that caption is marked; the credit is left to the grammar.
    Credit,
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
    /// A pronoun for the last outlet that spoke: `tờ báo này`, `báo trên`.
    OutletPronoun,
    /// An `outlet_prefix` that also names firms (`hãng Pfizer`): an unlisted name after it is
    /// an organisation, not an outlet.
    FirmPrefix,
    /// A verb of meeting something (`vấp phải`): before a condemnation written as a noun
    /// (`vấp phải sự phản đối của Y`), whose owner condemns the subject.
    Incur,
    /// Adds one more member after a comma, singled out: `nhiều nước, đặc biệt là Ukraine`.
    Especially,
    /// Links two clauses, so the words around it are no noun phrase: `khiến`, `thì`, `là`.
    ClauseLink,
    /// A party pronoun that stands for a country (`nước này`): `Bộ Ngoại giao nước này` is that
    /// country's ministry.
    CountryPronoun,
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
    /// A lower-case noun that opens a speaker phrase mid-sentence: `người phát ngôn`, `giới chức`.
    SpeakerHead,
    /// Footage a publisher shows: `video`, `clip`, `ảnh`.
    MediaNoun,
    /// Publishing footage: `công bố`, `đăng tải` (longest first).
    MediaVerb,
    /// What footage shows: `cho thấy`, `ghi lại`.
    MediaShows,
    /// A lower-case particle inside a foreign name: `al` in `Bashar al-Assad`.
    NameParticle,
    /// A noun before an outlet's name: `kênh`, `đài`, `tờ`.
    OutletNoun,
    /// Opens a source prefix: `Theo` in `Theo hãng tin TASS, …`.
    SourcePrefix,
    /// A particle before a source prefix, with no comma: `Cũng` in `Cũng theo X, …`.
    SourceParticle,
    /// A Vietnamese family name: a country's syllable after it is part of the person's name
    /// (`Vũ Đức Đam`).
    Surname,
    /// Says whose a document is: `của`, `từ` in `thông cáo của Hạm đội Biển Đen`.
    Owner,
    /// Names what was said, not who said it: `điều`, `gì`.
    SaidThing,
    /// A verb that takes a cue word as its object: `tránh bình luận`, `từ chối bình luận`.
    ObjectVerb,
    /// A verb after which a cue word is a noun: `là` in `Đây là yêu cầu của …`.
    Nominalizer,
    /// A cue that may name only the occasion of speaking: `lên tiếng`, `trả lời`, `hỏi`.
    OccasionCue,
    /// Opens the occasion or topic after an [`WordRole::OccasionCue`] (`trả lời câu hỏi của
    /// phóng viên`, `lên tiếng sau vụ việc`): with nothing said after it, no claim.
    Occasion,
    /// A cue that also means telling a story or sharing an experience (`chia sẻ`, `kể lại`), or
    /// saying a set phrase (`nói lời chia tay`).
    ShareCue,
    /// Opens what is shared after a [`WordRole::ShareCue`] (`kể lại câu chuyện …`, `chia sẻ
    /// kinh nghiệm …`): with nothing said of it, an act, no claim.
    SharedThing,
    /// A cue of posting something (`đăng tải`): what is posted is a claim only when the text
    /// frames its words (`rằng`, a colon, a quotation, `là`, a comma right after the cue) or the
    /// post reports something itself (`đăng tải một báo cáo cho biết …`); `đăng tải những hình
    /// ảnh …`, `đăng tải lên trang cá nhân …` is an act, no claim.
    PostCue,
    /// A cue of writing (`viết`): writing a [`WordRole::WrittenThing`] (`viết thư`, `viết đơn`,
    /// `viết kịch bản`) is an act, no claim, unless the text frames its words or a cue of any
    /// class inside the content says what the writing says (`viết tâm thư … thừa nhận lỗi
    /// lầm`, `viết thư yêu cầu …`), as a published video is a claim when the text says what it
    /// shows.
    WriteCue,
    /// Opens what is written right after a [`WordRole::WriteCue`]: a letter, a form, a
    /// statement of record, a script, a book, an article, a song (`thư`, `đơn`, `bản tường
    /// trình`).
    WrittenThing,
    /// A cue whose speech sense is the rarer one (`hứa hẹn`: "promise", far more often
    /// "promises to be", said of a film or a match): a claim only when joined to an earlier cue
    /// of its speaker (`nói rằng … và hứa hẹn sẽ …`) or said by someone addressed or titled.
    WeakCue,
    /// Opens a condition right before a speaker: `nếu`. A speech act supposed (`Nếu EVN đề
    /// xuất tăng giá điện, …`) is no claim.
    Condition,
    /// The writer's own first person as a speaker: `tôi`.
    Narrator,
    /// A question word right after a cue (`gì`, `thế nào`): the sentence asks what was said
    /// (`Hữu Thắng nói gì về Công Phượng …`), it reports nothing.
    Interrogative,
    /// Opens where or on what occasion a relayed speaker spoke, between a cue and that speaker:
    /// `tại`, `trong` (`Reuters cho biết trong cuộc họp báo hôm 11/6 …, tổng thống Philippines
    /// nói rằng …`).
    FrontedSetting,
    /// Right after a cue, joins a second verb phrase or a contrast (`Doha bác bỏ và tuyên bố
    /// …`, `bà Thornton nói thêm nhưng không cung cấp thông tin chi tiết`): the cue has no content
    /// of its own.
    VerbJoiner,
    /// Before a country's name (or a metonym of it: `Điện Kremlin`), stands for its leader:
    /// `Nhà lãnh đạo Nga`, `chủ nhân Điện Kremlin` are the last person named with a
    /// [`WordRole::HeadTitle`] who speaks for that country.
    LeaderEpithet,
    /// A title that heads a country (the whole title as a person holds it): `Tổng thống`,
    /// `Thủ tướng`; `Chủ tịch UBND` is no such title.
    HeadTitle,
    /// A manner anaphor right after a cue, then nothing but where or when it was said
    /// (`như vậy`, `như trên`): the speech is one already reported (`X bày tỏ như vậy tại cuộc
    /// làm việc …`); it reports nothing new.
    Echo,
    /// The paper's own reporter as a whole speaker (`PV`, `Phóng viên` as an interview's turn
    /// label): the writer asking or observing, not a statement reported.
    OwnReporter,
    /// A cue of conversation, which from a [`WordRole::Narrator`] tells the writer's own story:
    /// `hỏi`, `nói`.
    Dialogue,
    /// A cue word that reports only when a comma, a colon, `rằng` or a quotation follows it:
    /// `bổ sung, …` (added); `bổ sung hồ sơ` is an act.
    FramedOnly,
    /// A cue word that reports only as a label, `gọi X là Y`; `gọi người nhà …` is an act.
    LabelVerb,
    /// The word that gives a label its value: `là` in `gọi X là Y`.
    LabelMarker,
    /// A demonstrative right after a cue word makes it a noun: `này` in `đề xuất này`.
    Demonstrative,
    /// Between a report cue and its source: `tin`, `từ` in `dẫn nguồn tin từ X`.
    ReportSource,
    /// A source noun closing a report cue (`nguồn`, `nguồn tin` in `dẫn nguồn tin`): with no
    /// speaker of its own after it (`dẫn nguồn thạo tin cho biết`), the source noun and the
    /// words describing it speak.
    SourceNoun,
    /// Opens the audience or channel after a cue: `với`, `trên`.
    Audience,
    /// Opens the topic of a reciprocal claim: `về` in `cáo buộc nhau về …`.
    Topic,
    /// A cue that also means giving a speech: `phát biểu tại Hội nghị …` is the event.
    SpeechEvent,
    /// Marks a planned act, not a speech act: `sẽ`.
    Future,
    /// A modal of inability or of not daring right before a cue (`không thể`, `chưa dám`,
    /// `khó có thể`): the speech act was not made (`Các nhà khoa học chưa thể giải thích …`,
    /// `nạn nhân không dám tố cáo …`), so no claim.
    Unable,
    /// A cue of two words that the one told may stand between (`cho biết`, `cho hay`): `Ông
    /// Hùng cho PV biết …`, `… cho phóng viên hay rằng, …` (see [`WordRole::Hearer`]).
    SplitCue,
    /// A split cue whose content may follow its last word with no comma, colon or `rằng`
    /// (`cho biết`: `… cho Zing.vn biết sau cơn mưa …`; not `cho hay`, whose `hay` is also "or").
    BareSplitCue,
    /// A colloquial accusation verb whose accused follows it at once, written with a capital
    /// (`tố` in `Các quốc gia vùng Vịnh từ lâu đã tố Doha hỗ trợ …`): a cue only there, so that
    /// its other senses (`tố tụng`, `yếu tố`, a squall, a name) are never read.
    ShortAccuse,
    /// A word that opens the one told inside a split cue, besides a capitalised name (`PV`,
    /// `phóng viên`, `tôi`): `một người dân cho tôi biết`.
    Hearer,
    /// Joins the members of a speaker list: `và`, `cùng`.
    ListJoiner,
    /// Joins a second cue to the first one's speaker: `và`, `đồng thời`.
    Conjunction,
    /// A form of address that opens a person's name: `ông`, `bà`, `ngài`.
    Address,
    /// An aspect word that shows a clause inside a phrase: `đã`, `đang`.
    Aspect,
    /// A relative pronoun standing for the phrase before a comma: `những người`.
    Relative,
    /// After a comma, opens a contrasting clause that ends a content: `còn`, `song`.
    Contrast,
    /// Opens a time clause that ends a content: `sau khi`, `trước khi`.
    TimeClause,
    /// `ngày trước`, `ngày sau` after a comma and a count: a time clause.
    DaysAround,
    /// Right after a cue, introduces the outlet spoken to: `nói với CNN`, `trả lời phỏng vấn Al Jazeera`.
    ViaAfterCue,
    /// Opens an interview prefix: `Trong cuộc phỏng vấn với kênh Al Jazeera, …`.
    InterviewIntro,
    /// A weekday in a time phrase: `thứ Ba`, `Chủ nhật`.
    Weekday,
    /// The word for month before a number: `tháng 3`.
    Month,
    /// A word that ends a time phrase: `qua` in `hôm qua`, `tới`.
    TimeTail,
    /// Marks a passive whose agent follows: `được`, `bị` in `Video được X đăng …`.
    Passive,
    /// An honorific before a man's name: `ông Peskov`.
    MaleHonorific,
    /// An honorific before a woman's name: `bà Sarah Huckabee Sanders`.
    FemaleHonorific,
    /// Opens a mention of a woman without naming her: `nữ phát ngôn viên`.
    FemaleMarker,
    /// Right after a sentence naming several people, stands for all of them: `họ`.
    PluralPronoun,
    /// Marks a bare party's headline as a proposition, not a dateline over an event: `là`,
    /// `sẽ`, `có thể` in `Nga: … là bịa đặt`, `Triều Tiên: ICBM vừa bắn có thể mang đầu đạn hạt
    /// nhân`.
    StanceMarker,
    /// Heads a description of a person that ends in a demonstrative and stands for the last
    /// person, as a pronoun does: `vị` in `Vị này`, `vị lãnh đạo này`; `người` in `người đàn
    /// ông này`.
    DemonstrativeHead,
    /// Two partners spoken of as one speaker, resolved to the couple named together before:
    /// `cặp đôi`, `vợ chồng` (`Vợ chồng Harry`).
    Couple,
    /// A partner's word between the two names of a couple: `vợ` in `Hoàng tử Harry và vợ
    /// Meghan`.
    Spouse,
    /// Before a title whose holder has left office: `cựu Giám đốc FBI`.
    Former,
    /// "Of", before the possessor of a subject noun phrase: `Bình luận … của ông Trump`.
    Possessive,
    /// "And" between two parties or outlets: `Azerbaijan và Armenia`.
    PairJoiner,
    /// Opens a content that only names the audience or the venue: `nói với AFP`.
    Venue,
    /// The words of a noun phrase between a call and its addressee, each on its own:
    /// `thúc giục … các nhà lãnh đạo Liên minh châu Âu`.
    Addressee,
    /// Before an outlet's name, not part of it: `hãng tin TASS`.
    OutletPrefix,
    /// A word a day-month date follows: `hôm 27/9`, `thứ Ba (19/9)`. The dates tie articles
    /// about the same events.
    DateWord,
    /// A noun for accusations: a condemnation of it rebuts them (`chỉ trích những cáo buộc
    /// trên`).
    Accusation,
    /// A verb that examines an accusation: an accusation noun right after it (`điều tra cáo
    /// buộc …`, `làm rõ những cáo buộc …`) is the thing investigated, not a cue, and the
    /// subject accuses no one.
    ExamineVerb,
    /// Opens a clause that modifies a noun, so a cue in it reports nothing: `thông tin mà ông Trump tiết lộ`, `việc X tiết lộ`.
    RelativeClause,
    /// Issues a document whose words a cue then gives: `ra`, `đưa ra`, `phát đi` in `X ra một tuyên bố, nói rằng …`.
    IssueVerb,
    /// A document that carries someone's words: `tuyên bố`, `thông cáo`, `báo cáo`.
    Document,
    /// Introduces an accusation written as a noun: `với` in `trục xuất 18 nhà ngoại giao với cáo buộc …`.
    ChargeIntro,
    /// Opens a second verb phrase of the same subject: `đồng thời`, `trong đó` in `…, trong đó cho biết …`.
    SerialMarker,
    /// Opens a second verb phrase of the same subject only before a cue whose words are framed
    /// (`rằng`, a colon): `khi` in `X chế giễu … khi cho rằng …`.
    FramedSerialMarker,
    /// A complementizer that always opens a clause of what was said: `rằng`.
    That,
    /// Opens a caption's credit in brackets: `Ảnh` in `… (Ảnh: Reuters)`.
    CaptionMark,
    /// A caption mark that closes a caption alone in brackets: `(Ảnh minh họa)` (a bare
    /// `(ảnh)` after a name means "pictured" and is no caption).
    CaptionAlone,
    /// A compound holding a cue word not at its start: `bài viết`, `giải đáp`.
    CueCompound,
    /// A word opening a part of the speaker after a comma that only qualifies the part before
    /// it: an administrative unit (`…, huyện Hương Khê`), a second post (`…, kiêm Trưởng ban`).
    Qualifier,
    /// A word after which a capitalised name is a place, closing an address in a speaker's
    /// description: `sống tại Hai Bà Trưng, Hà Nội`, `đường Nguyễn Trãi, Hà Nội`. A bare place
    /// after the comma continues that address.
    Locative,
    /// A place name that ends an address (a province or a city: `…, quận Hai Bà Trưng, Hà
    /// Nội`), besides the parties' aliases, which `rules/entities.txt` lists.
    PlaceName,
    /// A noun of information whose owner is its source: `số liệu của FactSet`, `tin tức trên
    /// báo Dân trí`, `một báo cáo của Liên hợp quốc`.
    Information,
    /// A unit a quantifier counts that is no one: `vài giờ` in `Chỉ sau vài giờ đăng tải, …`.
    Measure,
    /// A word before a country or place in a description saying where a person comes from:
    /// `người` in `cầu thủ người Serbia` (a Serbian player, not someone named Serbia).
    Origin,
    /// Words after a speaker saying it is not named, skipped like an adverb before the cue:
    /// `giấu tên` in `một quan chức Mỹ giấu tên cho hay …`.
    Anonymity,
    /// A cue that hands something over (`tiết lộ`, `công bố`): followed by a noun of
    /// information and nothing saying what it holds, it reports nothing.
    Disclose,
    /// A thing disclosed that is no source of information: `bí mật`, `chi tiết`, `tài liệu`.
    Disclosed,
    /// The head of an unnamed group that speaks for a side (`quan chức`): a later `Một quan
    /// chức khác` has the side of the last such group named with one.
    SideHead,
    /// A verb that relays a source without being a cue itself (`dẫn` in `CNN dẫn một nguồn tin
    /// cho hay`): before a relayed source it reports, and the source's cue names the speaker.
    RelayVerb,
    /// The head of what a relay verb relays, besides source nouns, documents and outlet nouns:
    /// `thông tin`, `số liệu` (`Tass dẫn thông tin từ Bộ Quốc phòng Nga cho biết`).
    RelaySource,
    /// A compound whose last syllable is a `noun_marker` (`quân sự`, `hình sự`): before a cue
    /// it ends the speaker's noun phrase (`nguồn tin quân sự cho biết`), no marker.
    MarkerCompound,
    /// A word that opens sentences but is no one on its own: `Phải` in `Phải thừa nhận …`,
    /// `Xin` in `Xin lưu ý …`, `Dù` in `Dù bác bỏ …, bà Park vẫn …`.
    NotSpeaker,
    /// A sentence opener and the word after it that make a name's words, not a new sentence:
    /// `Theo dõi` in `tổ chức Theo dõi Nhân quyền`.
    NotOpener,
    /// A phrase that makes an article one about an election campaign, where a listed
    /// politician who holds no office speaks for their party: `tranh cử`, `ứng cử viên`.
    Campaign,
    /// A speaker who works for a person, before `của` and the person: `người phát ngôn` in
    /// `người phát ngôn của bà Merkel` speaks for Merkel's side.
    Staff,
    /// A word of two syllables whose first spells a listed party: `Pháp chế` (legislation) in
    /// `Vụ Pháp chế`, `Nhật báo` (daily) in `Nhân dân Nhật báo` name no country.
    NotEntity,
    /// A preposition that opens a fronted adverbial (`Tại`, `Trong`, `Qua`): a phrase it opens
    /// says where, when or through what, never who speaks (`Tại Hội nghị … phân tích`).
    FrontedPreposition,
    /// A capitalised syllable before a one-word party alias that makes both a name's words:
    /// `Việt` in `Bệnh viện Hữu nghị Việt Đức` (a hospital), `Facebooker Việt Anh` (a person)
    /// names no country.
    NameSyllable,
}

/// How many words a split cue's second word may stand after its first (the one told between
/// them: `cho PV Dân trí biết`).
pub const SPLIT_CUE_REACH: usize = 5;

impl WordRole {
    /// Roles whose words are never part of a bare personal name (`Keiko Yoshimoto, chủ tịch
    /// …`): read by the grammar for the speaker phrase and by attribution for its memory.
    pub(crate) const NOT_IN_NAME: [WordRole; 4] = [
        WordRole::Stopword,
        WordRole::Venue,
        WordRole::NotSpeaker,
        WordRole::SentenceOpener,
    ];

    pub(crate) const ALL: [(&'static str, WordRole); 134] = [
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
        ("outlet_pronoun", WordRole::OutletPronoun),
        ("firm_prefix", WordRole::FirmPrefix),
        ("incur", WordRole::Incur),
        ("especially", WordRole::Especially),
        ("clause_link", WordRole::ClauseLink),
        ("country_pronoun", WordRole::CountryPronoun),
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
        ("speaker_head", WordRole::SpeakerHead),
        ("media_noun", WordRole::MediaNoun),
        ("media_verb", WordRole::MediaVerb),
        ("media_shows", WordRole::MediaShows),
        ("name_particle", WordRole::NameParticle),
        ("outlet_noun", WordRole::OutletNoun),
        ("source_prefix", WordRole::SourcePrefix),
        ("source_particle", WordRole::SourceParticle),
        ("surname", WordRole::Surname),
        ("owner", WordRole::Owner),
        ("said_thing", WordRole::SaidThing),
        ("object_verb", WordRole::ObjectVerb),
        ("nominalizer", WordRole::Nominalizer),
        ("occasion_cue", WordRole::OccasionCue),
        ("occasion", WordRole::Occasion),
        ("share_cue", WordRole::ShareCue),
        ("shared_thing", WordRole::SharedThing),
        ("post_cue", WordRole::PostCue),
        ("write_cue", WordRole::WriteCue),
        ("written_thing", WordRole::WrittenThing),
        ("weak_cue", WordRole::WeakCue),
        ("condition", WordRole::Condition),
        ("narrator", WordRole::Narrator),
        ("interrogative", WordRole::Interrogative),
        ("echo", WordRole::Echo),
        ("fronted_setting", WordRole::FrontedSetting),
        ("verb_joiner", WordRole::VerbJoiner),
        ("leader_epithet", WordRole::LeaderEpithet),
        ("head_title", WordRole::HeadTitle),
        ("own_reporter", WordRole::OwnReporter),
        ("dialogue", WordRole::Dialogue),
        ("framed_only", WordRole::FramedOnly),
        ("label_verb", WordRole::LabelVerb),
        ("label_marker", WordRole::LabelMarker),
        ("demonstrative", WordRole::Demonstrative),
        ("report_source", WordRole::ReportSource),
        ("source_noun", WordRole::SourceNoun),
        ("marker_compound", WordRole::MarkerCompound),
        ("relay_verb", WordRole::RelayVerb),
        ("relay_source", WordRole::RelaySource),
        ("audience", WordRole::Audience),
        ("topic", WordRole::Topic),
        ("speech_event", WordRole::SpeechEvent),
        ("future", WordRole::Future),
        ("unable", WordRole::Unable),
        ("split_cue", WordRole::SplitCue),
        ("bare_split_cue", WordRole::BareSplitCue),
        ("hearer", WordRole::Hearer),
        ("short_accuse", WordRole::ShortAccuse),
        ("list_joiner", WordRole::ListJoiner),
        ("conjunction", WordRole::Conjunction),
        ("address", WordRole::Address),
        ("aspect", WordRole::Aspect),
        ("relative", WordRole::Relative),
        ("contrast", WordRole::Contrast),
        ("time_clause", WordRole::TimeClause),
        ("days_around", WordRole::DaysAround),
        ("via_after_cue", WordRole::ViaAfterCue),
        ("interview_intro", WordRole::InterviewIntro),
        ("weekday", WordRole::Weekday),
        ("month", WordRole::Month),
        ("time_tail", WordRole::TimeTail),
        ("passive", WordRole::Passive),
        ("male_honorific", WordRole::MaleHonorific),
        ("female_honorific", WordRole::FemaleHonorific),
        ("female_marker", WordRole::FemaleMarker),
        ("plural_pronoun", WordRole::PluralPronoun),
        ("demonstrative_head", WordRole::DemonstrativeHead),
        ("stance_marker", WordRole::StanceMarker),
        ("couple", WordRole::Couple),
        ("spouse", WordRole::Spouse),
        ("former", WordRole::Former),
        ("possessive", WordRole::Possessive),
        ("pair_joiner", WordRole::PairJoiner),
        ("venue", WordRole::Venue),
        ("addressee", WordRole::Addressee),
        ("outlet_prefix", WordRole::OutletPrefix),
        ("date_word", WordRole::DateWord),
        ("accusation", WordRole::Accusation),
        ("examine_verb", WordRole::ExamineVerb),
        ("relative_clause", WordRole::RelativeClause),
        ("issue_verb", WordRole::IssueVerb),
        ("document", WordRole::Document),
        ("charge_intro", WordRole::ChargeIntro),
        ("serial_marker", WordRole::SerialMarker),
        ("framed_serial_marker", WordRole::FramedSerialMarker),
        ("that", WordRole::That),
        ("caption_mark", WordRole::CaptionMark),
        ("caption_alone", WordRole::CaptionAlone),
        ("cue_compound", WordRole::CueCompound),
        ("qualifier", WordRole::Qualifier),
        ("locative", WordRole::Locative),
        ("place_name", WordRole::PlaceName),
        ("information", WordRole::Information),
        ("measure", WordRole::Measure),
        ("origin", WordRole::Origin),
        ("anonymity", WordRole::Anonymity),
        ("disclose", WordRole::Disclose),
        ("disclosed", WordRole::Disclosed),
        ("side_head", WordRole::SideHead),
        ("not_speaker", WordRole::NotSpeaker),
        ("not_opener", WordRole::NotOpener),
        ("campaign", WordRole::Campaign),
        ("staff", WordRole::Staff),
        ("not_entity", WordRole::NotEntity),
        ("name_syllable", WordRole::NameSyllable),
        ("fronted_preposition", WordRole::FrontedPreposition),
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

/// What a word of a figure means (see `rules/figures.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FigureMeaning {
    /// A number word and the values it stands for, bounds included: `ba` is 3 to 3,
    /// `hàng chục` 10 to 99.
    Number {
        /// The least value.
        low: u64,
        /// The greatest value.
        high: u64,
    },
    /// Right before a figure, leaves it open upwards: `hơn 50`, `ít nhất 27`.
    MoreThan,
    /// Right before a figure, makes it approximate: `khoảng 200`.
    About,
    /// A noun a figure counts: `2.300 binh sĩ`.
    Unit,
    /// What a content's figures are about: `thiệt mạng`.
    Event,
    /// The losses counted are the speaker's own side's: `nước này`, `của họ`.
    OwnSide,
}

impl FigureMeaning {
    /// The meanings that are names, as written in the file (a number is written as one).
    pub(crate) const NAMED: [(&'static str, FigureMeaning); 5] = [
        ("more_than", FigureMeaning::MoreThan),
        ("about", FigureMeaning::About),
        ("unit", FigureMeaning::Unit),
        ("event", FigureMeaning::Event),
        ("own_side", FigureMeaning::OwnSide),
    ];
}

/// A word of casualty and loss figures: `binh sĩ | unit | … 2.300 binh sĩ Armenia …`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureWord {
    /// The phrase, lower case.
    pub phrase: String,
    /// What it means.
    pub meaning: FigureMeaning,
    /// A real sentence containing it.
    pub example: String,
    /// Line in its file.
    pub line: usize,
}

/// What a word does for conflict pairing (see `rules/pairing_words.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PairWordRole {
    /// Negates what follows: `không`, `chưa bao giờ`.
    Negator,
    /// Starts with a negator but negates no fact: `không thể`, `không quân`.
    NotNegation,
    /// A negation that denies a fact (that something is there or happened): `không có`,
    /// `chưa từng`.
    FactNegator,
    /// Calls what another said false or groundless: `bịa đặt`, `vô căn cứ`.
    Falsity,
    /// Names a thing said: `cáo buộc`, `thông tin`.
    Allegation,
    /// Points back to something named before: `này`, `nói trên`.
    Demonstrative,
    /// Points back to a whole statement: `điều này`, `đây là`.
    Anaphor,
    /// Opens a hypothesis, not an assertion: `nếu`.
    Conditional,
    /// Pushes for an action: `nên`, `cần phải`.
    Modal,
    /// Stopping or calming down: `ngừng`, `đàm phán`.
    Stop,
    /// Carrying on or pressing on: `tiếp tục`, `giành lại`.
    Push,
    /// A request, proposal, plan or appeal (`yêu cầu`, `đề xuất`, `đơn kháng cáo`): a deny cue
    /// whose object it heads refuses or overrules something asked for, and rebuts no claim.
    Request,
    /// Says that an accusation was made (`cáo buộc`, `với lý do`, `vì cho rằng`): in the text
    /// between two claims, outside both, it is an accusation that was not extracted.
    Charge,
    /// A verb of denial inside a content (`bác bỏ`, `phủ nhận`): with another party as its
    /// subject, the speaker reports that party's denial and rebuts nothing itself.
    DenyVerb,
    /// A pronoun for a third party (`ông ấy`, `họ`): as the subject of a deny verb, someone
    /// other than the speaker denies.
    ThirdPerson,
    /// A rumour (`tin đồn`): heading a deny cue's object, what is denied is talk no one in the
    /// article is reported to have said, so the denial answers no claim it merely points back to.
    Rumour,
}

impl PairWordRole {
    /// The roles as written in the file.
    pub(crate) const ALL: [(&'static str, PairWordRole); 16] = [
        ("negator", PairWordRole::Negator),
        ("not_negation", PairWordRole::NotNegation),
        ("fact_negator", PairWordRole::FactNegator),
        ("falsity", PairWordRole::Falsity),
        ("allegation", PairWordRole::Allegation),
        ("demonstrative", PairWordRole::Demonstrative),
        ("anaphor", PairWordRole::Anaphor),
        ("conditional", PairWordRole::Conditional),
        ("modal", PairWordRole::Modal),
        ("stop", PairWordRole::Stop),
        ("push", PairWordRole::Push),
        ("request", PairWordRole::Request),
        ("charge", PairWordRole::Charge),
        ("deny_verb", PairWordRole::DenyVerb),
        ("third_person", PairWordRole::ThirdPerson),
        ("rumour", PairWordRole::Rumour),
    ];
}

/// A pairing word: `bịa đặt | falsity | … là bịa đặt`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PairWord {
    /// The phrase, lower case.
    pub phrase: String,
    /// What it does.
    pub role: PairWordRole,
    /// A real sentence containing it.
    pub example: String,
    /// Line in its file.
    pub line: usize,
}

/// A signal the conflict scorer weighs for a pair of claims (see `rules/pairing.txt`). Each
/// is a number, mostly 0 or 1; the scorer's probability is the logistic of the bias plus
/// the weighted sum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PairFeature {
    /// Same article, claims next to each other.
    Adjacent,
    /// Same article, 2 or 3 claims apart.
    Near,
    /// Same article, 4 to 7 claims apart.
    Mid,
    /// Both speakers have a side, the same one.
    SameSide,
    /// Both speakers have a side, different ones.
    DiffSide,
    /// A target of one names the other's speaker or side.
    TargetLink,
    /// Each targets the other.
    MutualTarget,
    /// Different sides that some claim of the story sets against each other.
    SidesOpposed,
    /// Exactly one of the two is a rebuttal.
    OneRebuttal,
    /// Both are rebuttals.
    BothRebuttals,
    /// Both accuse or condemn.
    BothAccuse,
    /// One accuses or condemns, the other denies.
    AccuseDeny,
    /// Both are calls.
    CallCall,
    /// A call and a claim with a modal word.
    CallModal,
    /// A call to stop and a claim that pushes on.
    CallStopPush,
    /// Similarity of what the two are about (their objects).
    Similarity,
    /// The same, with each rebuttal's antecedents.
    SimilarityAbout,
    /// The two contents are nearly the same words.
    Identical,
    /// Names both contents mention (0 to 1).
    NamesShared,
    /// How well the rebuttal's object matches the other claim.
    Link,
    /// The same, through a co-rebuttal or a co-assertion of the story.
    LinkSmooth,
    /// The other claim is the rebuttal's antecedent.
    Antecedent,
    /// Several rebutters reject the claim, and the rebuttal rejects several speakers.
    Support,
    /// The non-rebuttal is a conditional.
    Conditional,
    /// The rebuttal names the other's speaker or side.
    RebuttalNames,
    /// Negation in exactly one, times their similarity.
    NegationSimilarity,
    /// Both have figures, different ones, about similar things.
    NumberDiff,
    /// Similarity of the two articles.
    ArticleSimilarity,
    /// One claim has a near copy by the same speaker in the other article.
    Copied,
    /// The two halves of one reciprocal claim (`A và B cáo buộc nhau`).
    Reciprocal,
    /// A gain claimed against an attack repelled (`rules/stances.txt`).
    WinRepel,
    /// A call for peace against a push for war (`rules/stances.txt`).
    PeaceWar,
    /// The same event named in opposite ways (`rules/framing.txt`).
    Frames,
    /// Different figures for the same quantity: unit, event, victim.
    SameQuantity,
    /// How close the non-rebuttal is to what the story's rebuttals reject, all together.
    Dispute,
    /// Next to each other, from different sides, exactly one negated, and the other names
    /// the negating party: a denial answering what was just said of it.
    NegatedAnswer,
    /// The other claim is the one the rebuttal's object matches best (1 / rank).
    LinkRank,
    /// The rebuttal is the one whose object matches the other claim best (1 / rank).
    LinkRankBack,
}

impl PairFeature {
    /// The features as written in `rules/pairing.txt`, in order.
    pub const ALL: [(&'static str, PairFeature); 38] = [
        ("adjacent", PairFeature::Adjacent),
        ("near", PairFeature::Near),
        ("mid", PairFeature::Mid),
        ("same_side", PairFeature::SameSide),
        ("diff_side", PairFeature::DiffSide),
        ("target_link", PairFeature::TargetLink),
        ("mutual_target", PairFeature::MutualTarget),
        ("sides_opposed", PairFeature::SidesOpposed),
        ("one_rebuttal", PairFeature::OneRebuttal),
        ("both_rebuttals", PairFeature::BothRebuttals),
        ("both_accuse", PairFeature::BothAccuse),
        ("accuse_deny", PairFeature::AccuseDeny),
        ("call_call", PairFeature::CallCall),
        ("call_modal", PairFeature::CallModal),
        ("call_stop_push", PairFeature::CallStopPush),
        ("similarity", PairFeature::Similarity),
        ("similarity_about", PairFeature::SimilarityAbout),
        ("identical", PairFeature::Identical),
        ("names_shared", PairFeature::NamesShared),
        ("link", PairFeature::Link),
        ("link_smooth", PairFeature::LinkSmooth),
        ("antecedent", PairFeature::Antecedent),
        ("support", PairFeature::Support),
        ("conditional", PairFeature::Conditional),
        ("rebuttal_names", PairFeature::RebuttalNames),
        ("negation_similarity", PairFeature::NegationSimilarity),
        ("number_diff", PairFeature::NumberDiff),
        ("article_similarity", PairFeature::ArticleSimilarity),
        ("copied", PairFeature::Copied),
        ("reciprocal", PairFeature::Reciprocal),
        ("win_repel", PairFeature::WinRepel),
        ("peace_war", PairFeature::PeaceWar),
        ("frames", PairFeature::Frames),
        ("same_quantity", PairFeature::SameQuantity),
        ("dispute", PairFeature::Dispute),
        ("negated_answer", PairFeature::NegatedAnswer),
        ("link_rank", PairFeature::LinkRank),
        ("link_rank_back", PairFeature::LinkRankBack),
    ];

    /// How many features there are.
    pub const COUNT: usize = PairFeature::ALL.len();

    /// The name in `rules/pairing.txt`.
    pub fn name(self) -> &'static str {
        PairFeature::ALL[self as usize].0
    }
}

/// What a line of `rules/pairing.txt` sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PairParam {
    /// The logistic regression's intercept.
    Bias,
    /// The weight of a feature.
    Weight(PairFeature),
    /// The probability from which a pair is reported.
    Threshold,
}

/// One line of `rules/pairing.txt`: a parameter of the within-article and of the
/// across-article scorer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PairWeight {
    /// What it sets.
    pub param: PairParam,
    /// Its value for pairs of claims of one article.
    pub within: f64,
    /// Its value for pairs of claims of two articles.
    pub across: f64,
    /// Line in its file.
    pub line: usize,
}
