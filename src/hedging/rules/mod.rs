//! Context rules: they decide whether a lexicon match is really a cue here.
//!
//! A lexicon line names its rules (`may | weak | | month ability noun`); every named rule
//! must accept the match or it is dropped. Each rule looks only at a few words around the
//! match, inside the same sentence, so the whole pass stays linear in the text. Word lists
//! that are part of a rule's definition (determiners, be-forms) live next to the rule that
//! reads them; the cue phrases themselves live in `lexicon/*.txt`.

mod quantities;
mod readings;

use crate::lexicon;
use crate::segment::Segments;
use quantities::{is_numeric_approximation, is_plural_quantity, is_reporting_context, is_vague_quantity};
use readings::{is_ability_or_permission, is_feasibility, is_month, is_noun, is_passive_or_attributive, is_physical_appearance, is_proposal};

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
    pub(super) fn cue_as_written(&self) -> &'t str {
        self.segments.words[self.first].span.slice(self.text)
    }

    /// The matched first word, normalised.
    pub(super) fn cue(&self) -> String {
        normalised(self.cue_as_written())
    }

    /// The word `index` as written, if it is in the match's sentence.
    pub(super) fn raw(&self, index: Option<usize>) -> Option<&'t str> {
        let sentence = self.segments.words[self.first].sentence;
        let word = self.segments.words.get(index?)?;
        (word.sentence == sentence).then(|| word.span.slice(self.text))
    }

    /// The `k`-th word before the match (1 = just before), as written.
    pub(super) fn raw_before(&self, k: usize) -> Option<&'t str> {
        self.raw(self.first.checked_sub(k))
    }

    /// The `k`-th word before the match, normalised.
    pub(super) fn before(&self, k: usize) -> Option<String> {
        self.raw_before(k).map(normalised)
    }

    /// The `k`-th word after the match (1 = just after), normalised.
    pub(super) fn after(&self, k: usize) -> Option<String> {
        self.raw(Some(self.last + k)).map(normalised)
    }

    /// True when the match's sentence is a question.
    pub(super) fn in_question(&self) -> bool {
        let sentence = &self.segments.sentences[self.segments.words[self.first].sentence];
        sentence.span.slice(self.text).trim_end_matches(['"', '\'', '”', '’', ')']).ends_with('?')
    }

    /// True when the match starts its sentence.
    pub(super) fn at_sentence_start(&self) -> bool {
        self.raw_before(1).is_none()
    }
}

/// A word normalised like the lexicon's words.
pub(super) fn normalised(word: &str) -> String {
    let mut buf = String::new();
    lexicon::normalise_into(word, &mut buf);
    buf
}

pub(super) fn one_of(word: &Option<String>, list: &[&str]) -> bool {
    word.as_deref().is_some_and(|w| list.contains(&w))
}

/// Forms of "be".
pub(super) const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am", "isn't", "aren't", "wasn't", "weren't", "'s", "'re"];

/// Words that negate what follows.
pub(super) fn is_negator(word: &str) -> bool {
    matches!(word, "not" | "never" | "hardly" | "nor" | "no" | "cannot" | "scarcely") || word.ends_with("n't")
}

/// A written number: digits ("300", "1,000", "5%") or a number word.
pub(super) fn is_number(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
        "dozen", "dozens", "half",
    ];
    word.starts_with(|c: char| c.is_ascii_digit()) || WORDS.contains(&word)
}

/// Words after which the next word is a noun: determiners, possessives, number words.
pub(super) const NOUN_MARKERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "whose", "this", "that", "these",
    "those", "own", "one's", "every", "each", "no", "another", "any", "much",
];

