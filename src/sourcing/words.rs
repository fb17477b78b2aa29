//! The sourcing word lists: `lexicon/reporting_verbs.txt` and `lexicon/source_nouns.txt`,
//! embedded in the binary and parsed once.
//!
//! The files' own headers document their formats; this module only turns them into lookup
//! tables. A parse error names the file and line, and the `every_sourcing_lexicon_parses` test
//! fails on it; at run time a broken file degrades to empty tables, never a panic.

use crate::hash::WordMap;
use crate::report::Stance;
use std::sync::LazyLock;

/// How the source of a reporting expression is found (the `rule` column).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Source before the verb (or after it, following a quotation or comma).
    Before,
    /// As `Before`, but only with a reported-speech complement.
    Complement,
    /// Source follows the expression: "according to X".
    After,
    /// Source before; a form of "be" before the expression is allowed.
    Passive,
    /// The source is the object: "quoted X as saying".
    Object,
    /// After a comma, the source is the subject of the sentence: "..., saying".
    Participle,
    /// As `Before`, but "told them to leave" (object, then "to") is an order, not a report.
    Directive,
    /// As `Before`, but only with a quotation right after: "called the plan “a disgrace”".
    Quote,
}

/// One reporting expression: its words, stance and rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expression {
    /// Lowercase words of the expression, e.g. `["according", "to"]`.
    pub words: Vec<&'static str>,
    /// The expression as listed, words joined by one space.
    pub phrase: String,
    /// Neutral or loaded.
    pub stance: Stance,
    /// How its source is found.
    pub rule: Rule,
}

/// The classes of source nouns (sections of `source_nouns.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NounClass {
    /// `[anonymous]`: head nouns of unnamed sources.
    Anonymous,
    /// `[marker]`: phrases that make a source anonymous.
    Marker,
    /// `[vague]`: head nouns and quantifiers of unidentified groups.
    Vague,
    /// `[body]`: organisations speaking as themselves.
    Body,
    /// `[title]`: job titles.
    Title,
    /// `[document]`: documents.
    Document,
    /// `[pronoun]`: pronouns resolved to an earlier source.
    Pronoun,
    /// `[stop]`: words that end a source phrase.
    Stop,
    /// `[between]`: words skipped between a source and its verb.
    Between,
    /// `[head_end]`: words that end the head part of a source phrase.
    HeadEnd,
    /// `[determiner]`: words that make a following verb form a noun.
    Determiner,
    /// `[indefinite]`: determiners that leave a titled person unidentified.
    Indefinite,
    /// `[quantity]`: nouns of quantity ("a number of").
    Quantity,
    /// `[not_speech]`: objects that make a reporting verb an act ("claimed victory").
    NotSpeech,
    /// `[on_record]`: roles that speak for their organisation on the record.
    OnRecord,
}

/// Every sourcing word list, parsed.
#[derive(Default)]
pub struct SourcingWords {
    /// Reporting expressions by their first word, longest first. Looked up at every word
    /// of the text, so a [`WordMap`], which rejects most words without hashing.
    pub expressions: WordMap<Vec<Expression>>,
    /// Single source words and their classes.
    nouns: WordMap<Vec<NounClass>>,
    /// Multi-word entries (markers, "prime minister") as word lists, with their class.
    pub phrases: Vec<(Vec<&'static str>, NounClass)>,
}

impl SourcingWords {
    /// True when the lowercase word `word` is listed in class `class`.
    pub fn is(&self, word: &str, class: NounClass) -> bool {
        self.nouns.get(word).is_some_and(|c| c.contains(&class))
    }

    /// True when `word` is in any noun list (so it is not an unknown proper name).
    pub fn is_listed(&self, word: &str) -> bool {
        self.nouns.contains_key(word)
    }

    /// True when `word`, or its singular or plural in `-s`, is listed in `class`
    /// ("resident" counts as the listed "residents").
    pub fn is_any_number(&self, word: &str, class: NounClass) -> bool {
        self.is(word, class)
            || self.is_plural_listed(word, class)
            || word.strip_suffix('s').is_some_and(|w| self.is(w, class))
    }
}

impl SourcingWords {
    /// True when `word` + "s" is listed in `class`, built in a stack buffer: this runs for
    /// words of the text, and most are short.
    fn is_plural_listed(&self, word: &str, class: NounClass) -> bool {
        let mut buf = [0u8; 32];
        let plural = match buf.get_mut(..word.len() + 1) {
            Some(slot) => {
                slot[..word.len()].copy_from_slice(word.as_bytes());
                slot[word.len()] = b's';
                std::str::from_utf8(slot).ok()
            }
            None => None,
        };
        match plural {
            Some(plural) => self.is(plural, class),
            None => self.is(&format!("{word}s"), class),
        }
    }
}

/// Content lines of a lexicon file with their 1-based line numbers, comments and blanks dropped.
fn content_lines(source: &'static str) -> impl Iterator<Item = (usize, &'static str)> {
    source.lines().enumerate().map(|(n, l)| (n + 1, l.trim())).filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

/// Parses `reporting_verbs.txt`.
pub fn parse_expressions(source: &'static str) -> Result<Vec<Expression>, String> {
    let mut out = Vec::new();
    for (n, line) in content_lines(source) {
        let mut fields = line.split('|').map(str::trim);
        let forms = fields.next().unwrap_or_default();
        let stance = match fields.next().unwrap_or_default() {
            "neutral" => Stance::Neutral,
            "loaded" => Stance::Loaded,
            other => return Err(format!("reporting_verbs.txt line {n}: stance must be neutral or loaded, not \"{other}\"")),
        };
        let rule = match fields.next().unwrap_or_default() {
            "" | "before" => Rule::Before,
            "complement" => Rule::Complement,
            "after" => Rule::After,
            "passive" => Rule::Passive,
            "object" => Rule::Object,
            "participle" => Rule::Participle,
            "directive" => Rule::Directive,
            "quote" => Rule::Quote,
            other => return Err(format!("reporting_verbs.txt line {n}: unknown rule \"{other}\"")),
        };
        for form in forms.split(',').map(str::trim) {
            if form.is_empty() || form.chars().any(char::is_uppercase) {
                return Err(format!("reporting_verbs.txt line {n}: forms must be lowercase and non-empty"));
            }
            let words: Vec<&'static str> = form.split_whitespace().collect();
            // The words with single spaces. (Not `join`: its generic code is 1.3 KB of wasm.)
            let mut phrase = String::new();
            for w in &words {
                if !phrase.is_empty() {
                    phrase.push(' ');
                }
                phrase.push_str(w);
            }
            out.push(Expression { phrase, words, stance, rule });
        }
    }
    Ok(out)
}

/// Parses `source_nouns.txt` into (entry, class) pairs.
pub fn parse_nouns(source: &'static str) -> Result<Vec<(&'static str, NounClass)>, String> {
    let mut class = None;
    let mut out = Vec::new();
    for (n, line) in content_lines(source) {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            class = Some(match name {
                "anonymous" => NounClass::Anonymous,
                "marker" => NounClass::Marker,
                "vague" => NounClass::Vague,
                "body" => NounClass::Body,
                "title" => NounClass::Title,
                "document" => NounClass::Document,
                "pronoun" => NounClass::Pronoun,
                "stop" => NounClass::Stop,
                "between" => NounClass::Between,
                "head_end" => NounClass::HeadEnd,
                "determiner" => NounClass::Determiner,
                "indefinite" => NounClass::Indefinite,
                "quantity" => NounClass::Quantity,
                "not_speech" => NounClass::NotSpeech,
                "on_record" => NounClass::OnRecord,
                other => return Err(format!("source_nouns.txt line {n}: unknown section [{other}]")),
            });
            continue;
        }
        let Some(class) = class else {
            return Err(format!("source_nouns.txt line {n}: entry before any [section]"));
        };
        if line.chars().any(char::is_uppercase) {
            return Err(format!("source_nouns.txt line {n}: entries must be lowercase"));
        }
        out.push((line, class));
    }
    Ok(out)
}

impl SourcingWords {
    fn build() -> Result<Self, String> {
        let mut expressions: WordMap<Vec<Expression>> = WordMap::default();
        for e in parse_expressions(crate::wordlists::without_comments!(include_str!("../../lexicon/reporting_verbs.txt")))? {
            // Same phrase, same first word: a duplicate can only be in this word's list.
            let list = expressions.get_or_insert_with(e.words[0], Vec::new);
            if list.iter().any(|other| other.phrase == e.phrase) {
                return Err(format!("reporting_verbs.txt: \"{}\" is listed twice", e.phrase));
            }
            // Longest first, and in file order among equal lengths (what a stable sort by
            // length gives; inserted in place, so that no sort is compiled into the wasm).
            let at = list.iter().position(|other| other.words.len() < e.words.len()).unwrap_or(list.len());
            list.insert(at, e);
        }
        let mut nouns: WordMap<Vec<NounClass>> = WordMap::default();
        let mut phrases = Vec::new();
        for (entry, class) in parse_nouns(crate::wordlists::without_comments!(include_str!("../../lexicon/source_nouns.txt")))? {
            if entry.contains(' ') {
                phrases.push((entry.split_whitespace().collect(), class));
            } else {
                let classes = nouns.get_or_insert_with(entry, Vec::new);
                if !classes.contains(&class) {
                    classes.push(class);
                }
            }
        }
        Ok(SourcingWords { expressions, nouns, phrases })
    }
}

/// The sourcing word lists, built on first use (empty if a file is broken; a test guards that).
pub static WORDS: LazyLock<SourcingWords> = LazyLock::new(|| SourcingWords::build().unwrap_or_default());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sourcing_lexicon_parses() {
        let words = SourcingWords::build().unwrap();
        assert!(words.expressions.contains_key("said"));
        assert!(words.expressions.get("according").unwrap().iter().any(|e| e.rule == Rule::After));
        assert!(words.is("officials", NounClass::Anonymous));
        assert!(words.is("critics", NounClass::Vague));
        assert!(words.phrases.iter().any(|(w, c)| w == &["familiar", "with"] && *c == NounClass::Marker));
    }

    #[test]
    fn claimed_is_loaded_and_said_is_neutral() {
        let words = SourcingWords::build().unwrap();
        assert_eq!(words.expressions.get("claimed").unwrap()[0].stance, Stance::Loaded);
        assert_eq!(words.expressions.get("said").unwrap()[0].stance, Stance::Neutral);
    }

    #[test]
    fn bad_stance_is_an_error_naming_the_line() {
        let err = parse_expressions("said | sure").unwrap_err();
        assert!(err.contains("line 1"), "{err}");
    }
}
