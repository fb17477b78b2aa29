//! Hedging lexicons: embedded data files, parsed once into one matcher.
//!
//! Each `lexicon/<category>.txt` holds one phrase per line. `#` starts a comment line; the
//! first comment lines name the sources. A line may carry fields after `|`:
//!
//! ```text
//! phrase | strength | explanation | rules
//! ```
//!
//! `strength` is `weak`, `strong` or empty; `explanation` overrides the file's default,
//! which is given by a line `@explain <text>`; `rules` names the context rules (see
//! [`crate::hedging::rules::Rule`]) that must all accept a match before it becomes a finding,
//! space-separated. A line `@rules <names>` sets the default rules for the lines below it.
//!
//! Phrases are matched over a stream of normalised words (lowercased, curly apostrophes
//! made straight), so case, line breaks and extra spaces make no difference and a phrase
//! never matches inside a word ("may" is not found in "dismay"). Every distinct lexicon word
//! gets a numeric id; each clause of the text becomes a string of word ids, one per word; one
//! leftmost-longest matcher (`phrase_matcher`, a trie over ids) finds all phrases in one pass.

use crate::hash::WordMap;
use crate::hedging::rules::Rule;
use crate::phrase_matcher::PhraseMatcher;
use crate::wordlists::without_comments;
use serde::Serialize;
use std::sync::LazyLock;

/// What kind of cue a finding is. Serialised in snake_case in the Report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Possibility or probability: may, might, possibly, likely, appears.
    Epistemic,
    /// Belief or expectation: believe, expect, suspect.
    Doxastic,
    /// Hearsay: reportedly, allegedly, according to.
    Attribution,
    /// Weasel attributions and vague quantities: critics, analysts, some say.
    VagueSource,
    /// Unnamed sources: sources, insiders, people familiar with the matter.
    AnonymousSource,
    /// The opposite of a hedge: clearly, undoubtedly, in fact.
    Booster,
    /// An open question under study: whether, investigated whether, remains to be determined.
    /// Added to the six of the issue because scientific writing marks much of its uncertainty
    /// this way (the Szeged Uncertainty Corpus annotates it); it lowers commitment like a hedge.
    Investigation,
}

impl Category {
    /// Every category, in Report order.
    pub const ALL: [Category; 7] = [
        Category::Epistemic,
        Category::Doxastic,
        Category::Attribution,
        Category::VagueSource,
        Category::AnonymousSource,
        Category::Booster,
        Category::Investigation,
    ];

    /// The snake_case name used in the Report and in the lexicon file names.
    pub const fn name(self) -> &'static str {
        match self {
            Category::Epistemic => "epistemic",
            Category::Doxastic => "doxastic",
            Category::Attribution => "attribution",
            Category::VagueSource => "vague_source",
            Category::AnonymousSource => "anonymous_source",
            Category::Booster => "booster",
            Category::Investigation => "investigation",
        }
    }

    /// True for categories that lower the writer's commitment (everything but boosters).
    pub const fn is_hedge(self) -> bool {
        !matches!(self, Category::Booster)
    }

    fn source(self) -> &'static str {
        match self {
            Category::Epistemic => without_comments!(include_str!("../lexicon/epistemic.txt")),
            Category::Doxastic => without_comments!(include_str!("../lexicon/doxastic.txt")),
            Category::Attribution => without_comments!(include_str!("../lexicon/attribution.txt")),
            Category::VagueSource => without_comments!(include_str!("../lexicon/vague_source.txt")),
            Category::AnonymousSource => without_comments!(include_str!("../lexicon/anonymous_source.txt")),
            Category::Booster => without_comments!(include_str!("../lexicon/booster.txt")),
            Category::Investigation => without_comments!(include_str!("../lexicon/investigation.txt")),
        }
    }
}

/// How strongly a cue hedges or boosts, where the lexicon says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// A mild cue (could, perhaps).
    Weak,
    /// A forceful cue (almost certainly not, undoubtedly).
    Strong,
}

/// One lexicon entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The phrase as written in the file (lowercase, single spaces).
    pub phrase: &'static str,
    /// Its category (from the file it is in).
    pub category: Category,
    /// Its strength, if the file gives one.
    pub strength: Option<Strength>,
    /// The one-line explanation shown to the reader.
    pub explanation: &'static str,
    /// Context rules that must all accept a match (empty: always a finding).
    pub rules: Vec<Rule>,
}

/// Every lexicon, compiled.
pub struct Lexicon {
    /// All entries; pattern `i` of the automaton is `entries[i]`.
    pub entries: Vec<Entry>,
    /// Normalised word -> id (ids start at 1; 0, [`OTHER_WORD`], is "any other word").
    /// A [`WordMap`]: most words of a text are in no phrase and are rejected without hashing.
    vocabulary: WordMap<u16>,
    /// Leftmost-longest automaton over word-id strings.
    automaton: PhraseMatcher<u16>,
}

/// Id of words that are in no phrase (no pattern contains it, so it never matches).
pub const OTHER_WORD: u16 = 0;

/// Normalises one word for matching: lowercase, curly apostrophes straight. Writes into
/// `buf` to avoid an allocation per word.
pub fn normalise_into(word: &str, buf: &mut String) {
    buf.clear();
    // Fast path: most words are ASCII, where lowercasing is a byte operation.
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        match c {
            '’' | '‘' | 'ʼ' => buf.push('\''),
            c if c.is_ascii() => buf.push(c.to_ascii_lowercase()),
            c => buf.extend(c.to_lowercase()),
        }
    }
}

/// Splits a line into its `|` fields, trimmed.
fn fields(line: &str) -> impl Iterator<Item = &str> {
    line.split('|').map(str::trim)
}

/// Parses one lexicon file. Errors name the line, so a bad edit fails the lexicon test.
pub fn parse(category: Category, source: &'static str) -> Result<Vec<Entry>, String> {
    let mut default_explanation = "";
    let mut default_rules: Vec<Rule> = Vec::new();
    let mut entries = Vec::new();
    for (n, raw) in source.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(text) = line.strip_prefix("@explain") {
            default_explanation = text.trim();
            continue;
        }
        if let Some(names) = line.strip_prefix("@rules") {
            default_rules = parse_rules(category, n, names)?;
            continue;
        }
        let mut parts = fields(line);
        let phrase = parts.next().unwrap_or_default();
        let strength = match parts.next().unwrap_or_default() {
            "" => None,
            "weak" => Some(Strength::Weak),
            "strong" => Some(Strength::Strong),
            other => return Err(format!("{}.txt line {}: unknown strength \"{other}\"", category.name(), n + 1)),
        };
        let explanation = parts.next().filter(|e| !e.is_empty()).unwrap_or(default_explanation);
        let rules = match parts.next() {
            Some(names) if !names.is_empty() => parse_rules(category, n, names)?,
            _ => default_rules.clone(),
        };
        if phrase.is_empty() || phrase.chars().any(|c| c.is_uppercase()) || phrase.as_bytes().windows(2).any(|pair| pair == b"  ") {
            return Err(format!("{}.txt line {}: phrase must be lowercase words with single spaces", category.name(), n + 1));
        }
        if explanation.is_empty() {
            return Err(format!("{}.txt line {}: no explanation and no @explain default", category.name(), n + 1));
        }
        entries.push(Entry { phrase, category, strength, explanation, rules });
    }
    Ok(entries)
}

/// Parses a space-separated list of rule names (`-` alone means none).
fn parse_rules(category: Category, line: usize, names: &str) -> Result<Vec<Rule>, String> {
    names
        .split_whitespace()
        .filter(|&name| name != "-")
        .map(|name| Rule::from_name(name).ok_or_else(|| format!("{}.txt line {}: unknown rule \"{name}\"", category.name(), line + 1)))
        .collect()
}

impl Lexicon {
    /// Builds the lexicon from the embedded files.
    fn build() -> Result<Lexicon, String> {
        let mut entries = Vec::new();
        for category in Category::ALL {
            entries.extend(parse(category, category.source())?);
        }
        let mut vocabulary: WordMap<u16> = WordMap::default();
        let mut patterns = Vec::with_capacity(entries.len());
        for entry in &entries {
            let mut pattern = Vec::new();
            for word in entry.phrase.split(' ') {
                let next = vocabulary.len() as u16 + 1;
                pattern.push(*vocabulary.get_or_insert_with(word, || next));
            }
            patterns.push(pattern);
        }
        let automaton = PhraseMatcher::new(&patterns);
        Ok(Lexicon { entries, vocabulary, automaton })
    }

    /// The id of a normalised word ([`OTHER_WORD`] when it is in no phrase).
    pub fn word_id(&self, normalised: &str) -> u16 {
        self.vocabulary.get(normalised).copied().unwrap_or(OTHER_WORD)
    }

    /// The automaton over word-id strings.
    pub fn automaton(&self) -> &PhraseMatcher<u16> {
        &self.automaton
    }
}

/// The lexicon, built on first use. The files are part of the binary and tested, so a
/// failure here is a build defect; it degrades to an empty lexicon rather than a panic.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::build().unwrap_or_else(|_| Lexicon {
        entries: Vec::new(),
        vocabulary: WordMap::default(),
        // `&Vec<Vec<u16>>` like `build`, so `PhraseMatcher::new` is compiled once, not twice.
        automaton: PhraseMatcher::new(&Vec::<Vec<u16>>::new()),
    })
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lexicon_file_parses() {
        for category in Category::ALL {
            let entries = parse(category, category.source()).unwrap();
            assert!(!entries.is_empty(), "{} is empty", category.name());
        }
        assert!(Lexicon::build().is_ok());
    }

    #[test]
    fn a_phrase_must_be_lowercase_with_single_spaces() {
        let parses = |line: &'static str| parse(Category::Epistemic, line).is_ok();
        assert!(parses("it seems | weak | Explained."));
        assert!(!parses("it  seems | weak | Explained."), "two spaces");
        assert!(!parses("It seems | weak | Explained."), "a capital");
    }

    #[test]
    fn no_phrase_is_listed_twice() {
        let lexicon = Lexicon::build().unwrap();
        let mut seen = std::collections::HashSet::new();
        for e in &lexicon.entries {
            assert!(seen.insert(e.phrase), "{:?} is listed twice", e.phrase);
        }
    }
}
