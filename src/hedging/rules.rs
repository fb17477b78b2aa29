//! Context rules: they decide whether a lexicon match is really a cue here.
//!
//! A lexicon line names its rules (`may | weak | | month ability noun`); every named rule
//! must accept the match or it is dropped. Each rule looks only at a few words around the
//! match, inside the same sentence, so the whole pass stays linear in the text. Word lists
//! that are part of a rule's definition (determiners, be-forms) live next to the rule that
//! reads them; the cue phrases themselves live in `lexicon/*.txt`.

use crate::lexicon;
use crate::segment::Segments;

/// One context rule. The names are what lexicon lines write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// `month`: "May" the month ("3 May 2021", "in May", "Theresa May") is not a hedge.
    Month,
    /// `noun`: the word used as a noun ("with all his might", "the suspect", "free will",
    /// "a can of paint", "school of thought") is not a cue.
    Noun,
    /// `ability`: ability or permission readings of could/may/can ("could not open the door",
    /// "you may leave", "May I ask") are not hedges.
    Ability,
    /// `proposal`: "suggest" as proposing an action ("suggested a plan", "suggested to him")
    /// is not a hedge.
    Proposal,
    /// `physical`: "appear" as showing up ("appeared on stage", "first appeared in 1950") is
    /// not a hedge.
    Physical,
    /// `negation`: a negated booster ("not clearly", "never definitely") boosts nothing.
    Negation,
    /// `numeric`: an approximator before a number ("some 350", "an estimated 300") is a
    /// numeric approximation, not a hedge.
    Numeric,
    /// `passive`: belief verbs count in their passive or attributive use ("is considered",
    /// "considered to be", "regarded as"), not as plain action ("she considered the offer").
    Passive,
    /// `reporting`: "sources", "a source" are anonymous sources only in a reporting context
    /// ("sources said", "sources close to", "unnamed sources"), not "sources of energy".
    Reporting,
    /// `feasible`: "possible" as feasible, not probable ("as soon as possible", "if
    /// possible", "made it possible", "it is possible to replace").
    Feasible,
    /// `unnamed`: a group noun that is part of a name ("the Union of Concerned Scientists",
    /// "Soil Scientists") is not a vague source: capitalised after the sentence's first word.
    Unnamed,
    /// `faith`: "believe in" (faith or trust: "believe in God", "believe in them") reports no
    /// uncertain claim.
    Faith,
    /// `plural`: "some" before a plural or on its own ("some critics", "some of them", "some
    /// say"), not an amount of something ("some money", "for some reason").
    Plural,
    /// `quantifier`: "most", "many", "several" as vague quantities of people or things, not
    /// superlatives, exact counts or spans of time ("the most famous", "how many", "as many
    /// as 300", "for many years", "several times").
    Quantifier,
}

impl Rule {
    /// Every rule with its lexicon name.
    const NAMES: [(&'static str, Rule); 14] = [
        ("unnamed", Rule::Unnamed),
        ("feasible", Rule::Feasible),
        ("faith", Rule::Faith),
        ("plural", Rule::Plural),
        ("month", Rule::Month),
        ("noun", Rule::Noun),
        ("ability", Rule::Ability),
        ("proposal", Rule::Proposal),
        ("physical", Rule::Physical),
        ("negation", Rule::Negation),
        ("numeric", Rule::Numeric),
        ("passive", Rule::Passive),
        ("reporting", Rule::Reporting),
        ("quantifier", Rule::Quantifier),
    ];

    /// The rule a lexicon line names, if there is one of that name.
    pub fn from_name(name: &str) -> Option<Rule> {
        Rule::NAMES.iter().find(|(n, _)| *n == name).map(|&(_, r)| r)
    }

    /// True when the rule accepts the match described by `cx`.
    pub fn accepts(self, cx: &Context) -> bool {
        match self {
            Rule::Month => !is_month(cx),
            Rule::Noun => !is_noun(cx),
            Rule::Ability => !is_ability_or_permission(cx),
            Rule::Proposal => !is_proposal(cx),
            Rule::Physical => !is_physical_appearance(cx),
            Rule::Negation => !cx.before(1).is_some_and(|w| is_negator(&w)),
            Rule::Numeric => !is_numeric_approximation(cx),
            Rule::Passive => is_passive_or_attributive(cx),
            Rule::Reporting => is_reporting_context(cx),
            Rule::Quantifier => is_vague_quantity(cx),
            Rule::Plural => is_plural_quantity(cx),
            Rule::Feasible => !is_feasibility(cx),
            Rule::Unnamed => cx.at_sentence_start() || !cx.cue_as_written().starts_with(char::is_uppercase),
            Rule::Faith => cx.after(1).as_deref() != Some("in"),
        }
    }
}

/// A match and the words around it, for the rules to inspect.
pub struct Context<'t> {
    text: &'t str,
    segments: &'t Segments,
    /// Index of the match's first word in `segments.words`.
    first: usize,
    /// Index of the match's last word.
    last: usize,
}

impl<'t> Context<'t> {
    /// The context of a match over words `first..=last`.
    pub fn new(text: &'t str, segments: &'t Segments, first: usize, last: usize) -> Self {
        Context { text, segments, first, last }
    }

    /// The matched first word as written (for capitalisation).
    fn cue_as_written(&self) -> &'t str {
        self.segments.words[self.first].span.slice(self.text)
    }

    /// The matched first word, normalised.
    fn cue(&self) -> String {
        normalised(self.cue_as_written())
    }

    /// The word `index` as written, if it is in the match's sentence.
    fn raw(&self, index: Option<usize>) -> Option<&'t str> {
        let sentence = self.segments.words[self.first].sentence;
        let word = self.segments.words.get(index?)?;
        (word.sentence == sentence).then(|| word.span.slice(self.text))
    }

    /// The `k`-th word before the match (1 = just before), as written.
    fn raw_before(&self, k: usize) -> Option<&'t str> {
        self.raw(self.first.checked_sub(k))
    }

    /// The `k`-th word before the match, normalised.
    fn before(&self, k: usize) -> Option<String> {
        self.raw_before(k).map(normalised)
    }

    /// The `k`-th word after the match (1 = just after), normalised.
    fn after(&self, k: usize) -> Option<String> {
        self.raw(Some(self.last + k)).map(normalised)
    }

    /// True when the match's sentence is a question.
    fn in_question(&self) -> bool {
        let sentence = &self.segments.sentences[self.segments.words[self.first].sentence];
        sentence.span.slice(self.text).trim_end_matches(['"', '\'', '”', '’', ')']).ends_with('?')
    }

    /// True when the match starts its sentence.
    fn at_sentence_start(&self) -> bool {
        self.raw_before(1).is_none()
    }
}

/// A word normalised like the lexicon's words.
fn normalised(word: &str) -> String {
    let mut buf = String::new();
    lexicon::normalise_into(word, &mut buf);
    buf
}

fn one_of(word: &Option<String>, list: &[&str]) -> bool {
    word.as_deref().is_some_and(|w| list.contains(&w))
}

/// Forms of "be".
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am", "isn't", "aren't", "wasn't", "weren't", "'s", "'re"];

/// Words that negate what follows.
fn is_negator(word: &str) -> bool {
    matches!(word, "not" | "never" | "hardly" | "nor" | "no" | "cannot" | "scarcely") || word.ends_with("n't")
}

/// A written number: digits ("300", "1,000", "5%") or a number word.
fn is_number(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
        "dozen", "dozens", "half",
    ];
    word.starts_with(|c: char| c.is_ascii_digit()) || WORDS.contains(&word)
}

/// Words after which the next word is a noun: determiners, possessives, number words.
const NOUN_MARKERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "whose", "this", "that", "these",
    "those", "own", "one's", "every", "each", "no", "another", "any", "much",
];

/// "May" the month: capitalised after the first word of a sentence, or next to a day, a year
/// or a preposition of time ("on 3 May", "May 2021", "in May", "of May", "early May").
fn is_month(cx: &Context) -> bool {
    let written = cx.cue_as_written();
    if !written.starts_with('M') {
        return false;
    }
    // "MAY" in capitals is a shouted modal unless numbers surround it.
    let titled = written == "May";
    let next_is_number = cx.after(1).is_some_and(|w| is_number(&w));
    let previous_is_number = cx.before(1).is_some_and(|w| is_number(&w));
    let time_word_before = one_of(&cx.before(1), &["in", "of", "since", "until", "till", "early", "late", "mid", "during", "last", "next", "this", "by", "from", "through", "between"]);
    next_is_number || previous_is_number || (titled && (!cx.at_sentence_start() || time_word_before))
}

/// The cue word used as a noun.
fn is_noun(cx: &Context) -> bool {
    /// Adjectives and nouns that come before these words only as nouns ("free will",
    /// "military might", "tin can", "prime suspect", "political thought").
    const NOUN_MODIFIERS: &[&str] = &[
        "free", "good", "ill", "last", "political", "popular", "general", "military", "economic", "naval",
        "industrial", "tin", "trash", "garbage", "beer", "soda", "oil", "watering", "prime", "main", "chief",
        "key", "murder", "second", "greek", "western", "modern", "scientific", "religious", "philosophical",
        "contemporary", "all", "with", "against", "at", "of",
    ];
    let previous = cx.before(1);
    let cue = cx.cue();
    // "of" and "with" make nouns only of some cues: "school of thought", "with might";
    // "hope of winning might" does not occur, "of" before "will" ("of will") does.
    if one_of(&previous, NOUN_MARKERS) || (one_of(&previous, NOUN_MODIFIERS) && !(cue == "suspect" && one_of(&previous, &["of", "with", "at"]))) {
        return true;
    }
    if previous.as_deref().is_some_and(is_number) {
        return true;
    }
    // "might and main", "the suspects were": a noun before a finite verb or conjunction.
    cue == "might" && one_of(&cx.after(1), &["and", "of"])
}

/// Ability or permission readings of could, may and can.
fn is_ability_or_permission(cx: &Context) -> bool {
    const STATIVE: &[&str] = &["be", "have", "been", "always", "possibly", "well", "also", "even"];
    /// Verbs after "you may" that report a likely experience, not a permission.
    const EXPERIENCE: &[&str] = &[
        "be", "have", "not", "well", "find", "need", "want", "notice", "feel", "see", "think", "know", "wish",
        "like", "recall", "remember", "realise", "realize", "already", "never", "experience", "get",
        "encounter", "hear", "also", "prefer", "wonder", "expect",
    ];
    const PERMITTED: &[&str] = &[
        "you", "visitors", "guests", "students", "users", "members", "applicants", "passengers", "readers",
        "customers", "players", "participants", "candidates", "employees", "residents",
    ];
    let cue = cx.cue();
    let next = cx.after(1);
    // Negative ability: "could not open", "couldn't find", "could never" + an action verb.
    let negated = cue.ends_with("n't") || cue == "cannot" || next.as_deref().is_some_and(is_negator);
    if negated {
        let verb_at = if cue.ends_with("n't") || cue == "cannot" { 1 } else { 2 };
        let verb = cx.after(verb_at);
        return verb.is_some() && !one_of(&verb, STATIVE);
    }
    // "could only", "could barely", "could no longer": ability.
    if one_of(&next, &["only", "barely", "hardly", "scarcely", "easily", "finally", "now"]) && cue != "may" {
        return true;
    }
    // Requests and permission questions: "Could you pass the salt?", "May I ask?".
    if one_of(&next, &["i", "we", "you"]) && cx.in_question() {
        return true;
    }
    // Permission: "you may leave", "visitors may use the pool".
    cue == "may" && one_of(&cx.before(1), PERMITTED) && next.is_some() && !one_of(&next, EXPERIENCE)
}

/// "suggest" proposing an action: an object that is a plan, a change or a name, or "to" a
/// person ("suggested to him").
fn is_proposal(cx: &Context) -> bool {
    const PROPOSALS: &[&str] = &[
        "plan", "plans", "change", "changes", "name", "names", "meeting", "compromise", "deal", "trip", "visit",
        "walk", "date", "alternative", "alternatives", "route", "amendment", "amendments", "improvement",
        "improvements", "title", "solution", "solutions", "ways", "way", "remedy", "reforms", "reform", "menu",
        "recipe", "movie", "film", "book", "song", "toast", "break", "ceasefire", "truce", "swap", "merger",
    ];
    const PEOPLE: &[&str] = &["him", "her", "them", "me", "us", "you"];
    let next = cx.after(1);
    if next.as_deref() == Some("to") && one_of(&cx.after(2), PEOPLE) {
        return true;
    }
    // Skip a determiner and up to one modifier: "suggested a new plan".
    (1..=3).map(|k| cx.after(k)).take_while(|w| w.as_deref() != Some("that")).any(|w| one_of(&w, PROPOSALS))
}

/// "appear" as showing up in a place, a medium or a role.
fn is_physical_appearance(cx: &Context) -> bool {
    const PLACES: &[&str] = &[
        "on", "onstage", "in", "at", "before", "alongside", "with", "during", "opposite", "live", "briefly",
        "twice", "once", "regularly", "frequently", "together", "nude", "courtesy", "under", "inside", "outside",
        "near", "behind", "for", "from", "out", "there", "here", "later", "only", "again", "first", "throughout",
    ];
    let next = cx.after(1);
    // Sentence-final "appeared" is "came into view": "Then the moon appeared."
    next.is_none() || one_of(&next, PLACES) || one_of(&cx.before(1), &["first", "last", "later", "frequently", "regularly"])
}

/// An approximator right before a number, or "an estimated".
fn is_numeric_approximation(cx: &Context) -> bool {
    cx.after(1).is_some_and(|w| is_number(&w)) || one_of(&cx.before(1), &["a", "an"]) && cx.cue().starts_with("estimate")
}

/// "is considered", "considered to be", "regarded as", "widely expected": belief attributed.
fn is_passive_or_attributive(cx: &Context) -> bool {
    const ADVERBS: &[&str] = &[
        "widely", "generally", "often", "also", "commonly", "now", "still", "long", "sometimes", "usually",
        "frequently", "traditionally", "largely", "mostly", "not", "once", "originally", "previously",
        "initially", "broadly", "popularly", "later", "first", "formerly", "universally", "then", "thus",
        "therefore", "even", "possibly", "probably", "perhaps", "some", "many", "most", "being",
    ];
    let previous = cx.before(1);
    if one_of(&previous, BE) || one_of(&previous, ADVERBS) {
        return true;
    }
    one_of(&cx.after(1), &["to", "as", "by", "one", "among", "that", "the", "a", "an", "it"]) && !one_of(&previous, NOUN_MARKERS)
        && !previous.as_deref().is_some_and(|w| matches!(w, "he" | "she" | "i" | "we" | "they" | "who"))
}

/// "sources said", "sources close to", "unnamed sources", "a source familiar with".
fn is_reporting_context(cx: &Context) -> bool {
    const AFTER: &[&str] = &[
        "said", "say", "says", "told", "tell", "close", "closest", "familiar", "within", "inside", "who", "with",
        "report", "reported", "reports", "claim", "claimed", "claims", "suggest", "suggested", "indicate",
        "indicated", "confirmed", "confirm", "added", "described", "speaking", "quoted", "cited", "believe",
        "believed", "insist", "insisted", "revealed", "disclosed", "knowledgeable", "briefed", "state", "stated",
        "allege", "alleged", "maintain", "contend", "argue", "noted", "explained", "warned", "expect", "expected",
        "disagree", "differ", "vary", "conflict",
    ];
    const BEFORE: &[&str] = &[
        "anonymous", "unnamed", "unidentified", "informed", "well-informed", "well-placed", "official",
        "government", "diplomatic", "intelligence", "police", "military", "security", "senior", "several",
        "multiple", "industry", "reliable", "trusted", "knowledgeable", "confidential", "some", "other",
        "many", "various", "according", "to", "local", "western", "palace", "party", "administration",
        "independent", "unofficial", "internal", "two", "three", "four", "five",
    ];
    one_of(&cx.after(1), AFTER) || one_of(&cx.before(1), BEFORE)
}

/// "most" and "many" as vague quantities, not superlatives ("the most famous", "most
/// importantly") or exact counts ("how many", "as many as 300").
fn is_vague_quantity(cx: &Context) -> bool {
    let cue = cx.cue();
    let previous = cx.before(1);
    let next = cx.after(1);
    if one_of(&previous, &["how", "the", "at", "so", "too", "a", "his", "her", "their", "its", "my", "our", "your"]) {
        return false;
    }
    if cue == "many" && previous.as_deref() == Some("as") {
        return false;
    }
    // A vague stretch of time or count of occasions says nothing about who holds a view.
    const TIME_UNITS: &[&str] = &[
        "years", "times", "months", "decades", "centuries", "days", "weeks", "hours", "minutes", "seconds",
        "generations", "occasions", "seasons", "miles", "kilometres", "kilometers", "feet", "metres", "meters",
    ];
    if one_of(&next, TIME_UNITS) || (one_of(&next, &["more", "other", "long", "successive", "consecutive"]) && one_of(&cx.after(2), TIME_UNITS)) {
        return false;
    }
    if cue == "most" {
        // "most important", "most notably", "most likely": an adjective or adverb follows.
        if let Some(w) = next.as_deref() {
            const ADJECTIVE_ENDINGS: &[&str] = &["ly", "ful", "ous", "ive", "able", "ible", "ant", "ent", "al", "ic", "est", "ed", "ing", "ar", "less"];
            let common_nouns = ["people", "scholars", "critics", "experts", "historians", "of"];
            if !common_nouns.contains(&w) && ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e)) {
                return false;
            }
            if matches!(w, "popular" | "famous" | "common" | "well-known" | "recent" | "prominent" | "powerful" | "successful" | "likely") {
                return false;
            }
        }
    }
    true
}

/// "some" or "most" quantifying a set of people or things ("some critics", "most of the
/// players", "some say"), not an amount of something ("some money", "for some reason",
/// "most of the year").
fn is_plural_quantity(cx: &Context) -> bool {
    const IRREGULAR: &[&str] = &["people", "children", "men", "women", "species", "media", "data", "police", "clergy", "them", "us", "these", "those", "whom", "which"];
    const PRONOUN_USE: &[&str] = &["who", "have", "had", "say", "said", "believe", "believed", "argue", "argued", "claim", "claimed", "think", "thought", "consider", "suggest", "suggested", "are", "were", "do", "did", "will", "would", "may", "might", "even", "also", "still"];
    const DETERMINERS: &[&str] = &["the", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this", "that"];
    let plural = |w: &Option<String>| {
        w.as_deref().is_some_and(|w| {
            IRREGULAR.contains(&w) || (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && w.len() > 3)
        })
    };
    let Some(next) = cx.after(1) else { return true };
    if PRONOUN_USE.contains(&next.as_str()) {
        return true;
    }
    // "some of the players": look past "of" and a determiner.
    let at = if next == "of" { if one_of(&cx.after(2), DETERMINERS) { 3 } else { 2 } } else { 1 };
    // One modifier may come between: "some academic books", "most of the early settlers".
    plural(&cx.after(at)) || plural(&cx.after(at + 1)) && !one_of(&cx.after(at), &["of"])
}

/// "possible" meaning feasible: "as soon as possible", "where possible", "made it possible",
/// "it is possible to replace". "It is possible that ..." stays a hedge.
fn is_feasibility(cx: &Context) -> bool {
    let previous = cx.before(1);
    if one_of(&previous, &["as", "if", "where", "wherever", "when", "whenever", "best", "lowest", "highest", "fastest", "shortest"]) {
        return true;
    }
    let made_it = previous.as_deref() == Some("it") && one_of(&cx.before(2), &["make", "makes", "made", "making"]);
    made_it || cx.after(1).as_deref() == Some("to")
}
