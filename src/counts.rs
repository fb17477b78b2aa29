//! Counts, computed once per word and summed per sentence, paragraph and document.
//!
//! Every threshold the formulas depend on is defined here and nowhere else:
//! * a **polysyllable** (SMOG, Linsear Write's "hard" word) has 3 or more syllables;
//! * a **complex word** (Gunning Fog) follows Gunning (1952), who told writers not to count
//!   (1) capitalised words, (2) combinations of short easy words ("bookkeeper") and (3) verbs
//!   made three syllables by an ending ("created", "trespasses"). Here: 3 or more syllables,
//!   and not a proper noun (a capitalised word that does not start its sentence), not a
//!   hyphenated compound whose parts each have fewer than 3 syllables ("well-informed"), and
//!   not a word that reaches 3 syllables only through an `-es`, `-ed` or `-ing` ending (its
//!   stem has fewer than 3). Unhyphenated compounds ("bookkeeper") cannot be told apart
//!   without a dictionary and do count;
//! * a **long word** has 7 or more letters (Björnsson's LIX threshold, "more than 6");
//! * a **difficult word** (New Dale-Chall) and an **unfamiliar word** (Spache) are not on
//!   their familiar-word lists, counting regular inflections as familiar (see `wordlists`).
//!   Numbers and proper names (capitalised, not at the start of the sentence) are familiar:
//!   the Dale-Chall instructions (1948) leave names of persons and places and numbers out of
//!   the unfamiliar words, and the same rule is applied to Spache for consistency. Dale-Chall counts every occurrence; Spache counts
//!   each distinct unfamiliar word once per text (Spache 1953), so that count is not additive
//!   and is computed per sentence, paragraph and document here;
//! * a **figure** (a word that starts with a digit: `1961`, `3.5%`, `20`) counts as **one
//!   syllable** in the formulas, as Flesch's counting instructions say ("count abbreviations,
//!   figures, symbols and their combinations as one-syllable words"). The Brown-corpus
//!   comparison in `scripts/eval_readability.py` uses the same rule. `syllables::syllables`
//!   itself still gives the spoken count ("nineteen sixty-one", 5) for anyone who needs it;
//! * a **letter** (Coleman-Liau, ARI) is a letter or digit inside a word: punctuation,
//!   spaces and symbols never count;
//! * a **sentence unit** (the "sentences" of every formula) follows Flesch's counting rule:
//!   "count as a sentence each full unit of speech marked off by a period, colon, semicolon,
//!   dash, question mark or exclamation point". Here a sentence counts as one unit plus one
//!   per semicolon that has words on both sides ("He left; she stayed." is two units).
//!   Colons and dashes are not counted: they far more often introduce a list, a quotation or
//!   an aside than close a full clause. The Brown corpus's gold sentences split at
//!   semicolons the same way. The Report's `counts.sentences` stays the number of
//!   sentences; `statistics.sentence_units` gives the units.

use crate::hash::FastMap;
use crate::readability::passive::{PassiveScan, Role};
use crate::segment::{Segments, Word};
use crate::span::Span;
use crate::syllables::syllables;
use crate::wordlists;
use std::ops::AddAssign;

/// Syllables at or above which a word is a polysyllable (McLaughlin 1969).
pub const POLYSYLLABLE_MIN: u32 = 3;
/// Letters at or above which a word is long.
pub const LONG_WORD_MIN_LETTERS: u32 = 7;

/// What one word contributes to the counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordStats {
    /// Syllables of the word.
    pub syllables: u32,
    /// Letters and digits of the word.
    pub letters: u32,
    /// 3+ syllables.
    pub polysyllable: bool,
    /// Gunning's complex word.
    pub complex: bool,
    /// 7+ letters.
    pub long: bool,
    /// Not on the Dale-Chall familiar list.
    pub difficult: bool,
    /// Not on the Spache familiar list.
    pub spache_unfamiliar: bool,
    /// Hash of the word lowercased (curly apostrophes read as straight): equal words, in any
    /// case, have equal keys. Used to count distinct words without storing strings.
    pub key: u64,
}

/// What one pass over a word's characters gives (see [`WordStats::of`]).
struct WordFacts {
    /// Letters and digits.
    letters: u32,
    /// Its first letter or digit is a digit: one syllable for the formulas.
    figure: bool,
    /// A capitalised word that does not start its sentence.
    proper: bool,
    /// On the familiar-word lists.
    familiar: wordlists::Familiarity,
    /// Its [`word_key`].
    key: u64,
}

impl WordFacts {
    /// For any word.
    fn of(word: &str, starts_sentence: bool) -> Self {
        let letters = word.chars().filter(|c| c.is_alphanumeric()).count() as u32;
        let figure = word.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_ascii_digit());
        let proper = !starts_sentence && word.chars().next().is_some_and(char::is_uppercase);
        // Proper names are familiar without a lookup.
        let familiar = if proper { wordlists::Familiarity { dale_chall: true, spache: true } } else { wordlists::familiarity(word) };
        WordFacts { letters, figure, proper, familiar, key: word_key(word) }
    }

    /// The same for an ASCII word (nearly every word of English text): one pass over the
    /// bytes gives the letters, the lowercased form and its [`word_key`], and the word lists
    /// are probed with that lowercased form instead of lowercasing the word again.
    fn of_ascii(word: &str, starts_sentence: bool) -> Self {
        let bytes = word.as_bytes();
        let mut lower = [0u8; wordlists::MAX_WORD_BYTES];
        let mut hash = FNV_OFFSET;
        let (mut letters, mut has_letter, mut first_alphanumeric) = (0u32, false, None);
        for (i, &b) in bytes.iter().enumerate() {
            let l = b.to_ascii_lowercase();
            hash = fnv_step(hash, l);
            if let Some(slot) = lower.get_mut(i) {
                *slot = l;
            }
            if b.is_ascii_alphanumeric() {
                letters += 1;
                has_letter |= b.is_ascii_alphabetic();
                first_alphanumeric.get_or_insert(b);
            }
        }
        let proper = !starts_sentence && bytes.first().is_some_and(u8::is_ascii_uppercase);
        let familiar = if proper || !has_letter {
            // Proper names and numbers are familiar without a lookup (as in `familiarity`).
            wordlists::Familiarity { dale_chall: true, spache: true }
        } else if bytes.len() <= wordlists::MAX_WORD_BYTES {
            wordlists::familiarity_of_lower(&lower[..bytes.len()])
        } else {
            // Longer than any list word (what `familiarity` answers for it).
            wordlists::Familiarity { dale_chall: false, spache: false }
        };
        WordFacts { letters, figure: first_alphanumeric.is_some_and(|b| b.is_ascii_digit()), proper, familiar, key: fnv_finish(hash) }
    }
}

impl WordStats {
    /// Stats of `word`; `starts_sentence` tells whether it is the first word of its sentence.
    pub fn of(word: &str, starts_sentence: bool) -> Self {
        let facts = if word.is_ascii() { WordFacts::of_ascii(word, starts_sentence) } else { WordFacts::of(word, starts_sentence) };
        // A figure is one syllable (see `formula_syllables`).
        let syllables = if facts.figure { 1 } else { syllables(word) };
        let polysyllable = syllables >= POLYSYLLABLE_MIN;
        // The compound and suffix checks cost syllable counts of parts, so they run only for
        // the few polysyllables that are not names.
        let complex = polysyllable && !facts.proper && !is_easy_compound(word) && !reaches_three_by_suffix(word);
        WordStats {
            syllables,
            letters: facts.letters,
            polysyllable,
            complex,
            long: facts.letters >= LONG_WORD_MIN_LETTERS,
            difficult: !facts.familiar.dale_chall,
            spache_unfamiliar: !facts.familiar.spache,
            key: facts.key,
        }
    }
}

/// Syllables of `word` as the formulas count them: a figure is one syllable (Flesch's
/// counting rule); any other word has its spoken count.
pub fn formula_syllables(word: &str) -> u32 {
    match word.chars().find(|c| c.is_alphanumeric()) {
        Some(first) if first.is_ascii_digit() => 1,
        _ => syllables(word),
    }
}

/// A hyphenated compound of short words: every part has fewer than 3 syllables (Gunning's
/// "combinations of short easy words").
fn is_easy_compound(word: &str) -> bool {
    word.contains(['-', '‐', '‑']) && word.split(['-', '‐', '‑']).all(|part| syllables(part) < POLYSYLLABLE_MIN)
}

/// True when `word` has 3+ syllables only because of an -es, -ed or -ing ending (Gunning).
fn reaches_three_by_suffix(word: &str) -> bool {
    ["ing", "ed", "es"].iter().any(|suffix| {
        let n = word.len();
        n > suffix.len()
            && word.is_char_boundary(n - suffix.len())
            && word[n - suffix.len()..].eq_ignore_ascii_case(suffix)
            && syllables(&word[..n - suffix.len()]) < POLYSYLLABLE_MIN
    })
}

/// Semicolons between the first and the last word of a sentence: each closes a clause
/// that Flesch counts as its own sentence unit.
fn inner_semicolons(text: &str, words: &[Word]) -> u32 {
    match (words.first(), words.last()) {
        // One word: first.end > last.start, and there is nothing between.
        (Some(first), Some(last)) if first.span.end < last.span.start => {
            // Semicolons are rare: `str::matches` with a char skips to each one with std's
            // word-at-a-time `memchr`, a fraction of a test per byte (this runs over every
            // byte of every sentence).
            text[first.span.end..last.span.start].matches(';').count() as u32
        }
        _ => 0,
    }
}

/// FNV-1a's starting value.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// One FNV-1a step over one character (its code point).
fn fnv_step(hash: u64, c: impl Into<u32>) -> u64 {
    (hash ^ u64::from(c.into())).wrapping_mul(0x0000_0100_0000_01b3)
}

/// A final mix so that the low bits (which a hash table uses) depend on every character.
fn fnv_finish(hash: u64) -> u64 {
    hash ^ (hash >> 29)
}

/// FNV-1a over the lowercased characters of `word`, with ’ and ‘ read as '.
pub fn word_key(word: &str) -> u64 {
    let mut hash = FNV_OFFSET;
    for c in word.chars() {
        match c {
            '’' | '‘' => hash = fnv_step(hash, '\''),
            c if c.is_ascii() => hash = fnv_step(hash, c.to_ascii_lowercase()),
            c => c.to_lowercase().for_each(|l| hash = fnv_step(hash, l)),
        }
    }
    fnv_finish(hash)
}

/// Counts over any run of words and sentences. All fields add up across runs except
/// `spache_unfamiliar_words`, which counts distinct words (see the module docs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Words.
    pub words: u32,
    /// Sentences.
    pub sentences: u32,
    /// Sentence units: sentences plus clause-separating semicolons (see the module docs).
    /// The formulas divide by this.
    pub sentence_units: u32,
    /// Syllables.
    pub syllables: u32,
    /// Letters and digits inside words.
    pub letters: u32,
    /// Words of 3+ syllables.
    pub polysyllables: u32,
    /// Gunning's complex words.
    pub complex_words: u32,
    /// Words of 7+ letters.
    pub long_words: u32,
    /// Words not on the Dale-Chall list (every occurrence).
    pub difficult_words: u32,
    /// Distinct words not on the Spache list (each counted once in this run).
    pub spache_unfamiliar_words: u32,
}

impl Tally {
    /// Adds one word (for `spache_unfamiliar_words`, the caller decides distinctness).
    pub fn add_word(&mut self, w: &WordStats) {
        self.words += 1;
        self.syllables += w.syllables;
        self.letters += w.letters;
        self.polysyllables += u32::from(w.polysyllable);
        self.complex_words += u32::from(w.complex);
        self.long_words += u32::from(w.long);
        self.difficult_words += u32::from(w.difficult);
    }
}

impl AddAssign for Tally {
    /// Adds every additive count; `spache_unfamiliar_words` is left to the caller.
    fn add_assign(&mut self, o: Tally) {
        self.words += o.words;
        self.sentences += o.sentences;
        self.sentence_units += o.sentence_units;
        self.syllables += o.syllables;
        self.letters += o.letters;
        self.polysyllables += o.polysyllables;
        self.complex_words += o.complex_words;
        self.long_words += o.long_words;
        self.difficult_words += o.difficult_words;
    }
}

/// What the Report says about one hard word (Gunning-complex or Dale-Chall-difficult; see
/// `readability::sentence`). Only these words keep their stats: the others are folded into
/// the tallies as they are counted, which keeps memory small on long texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HardWordStats {
    /// Index of the word in `Segments::words`.
    pub word: usize,
    /// Syllables (as the formulas count them).
    pub syllables: u32,
    /// 7+ letters.
    pub long: bool,
    /// 3+ syllables.
    pub polysyllable: bool,
    /// Not on the Dale-Chall familiar list.
    pub difficult: bool,
}

/// Counts of the whole text, each paragraph and each sentence, each word's key id, and the
/// stats of the hard words.
#[derive(Clone, Debug, Default)]
pub struct TextCounts {
    /// One key id per word, parallel to `Segments::words` (lexical diversity needs them):
    /// words with equal [`word_key`]s (the same word in any case) have equal ids, and the
    /// ids are dense (`0..distinct_keys`), so sets of words are flags in an array indexed by
    /// id rather than hash sets.
    pub key_ids: Vec<u32>,
    /// How many distinct key ids there are.
    pub distinct_keys: usize,
    /// One word-form id per word, parallel to `Segments::words`: words with the same bytes
    /// have the same id, or [`NO_FORM`] for a word met after [`CACHE_MAX_FORMS`] other
    /// forms. The ids count up in text order (the first new form is 0, the next 1, ...), so
    /// hedging and sourcing keep what they derive from a word (its lexicon id, its lowercase
    /// form) in a per-form `Vec`, pushed when a form's id equals its length, instead of
    /// lowercasing and hashing every word again.
    pub forms: Vec<u32>,
    /// How many form ids there are.
    pub form_count: usize,
    /// Per sentence: has a passive construction (`readability::passive`; the scan runs here,
    /// with each word form's role cached, rather than in a pass of its own).
    pub passive: Vec<bool>,
    /// The hard words (complex or difficult), in text order.
    pub hard_words: Vec<HardWordStats>,
    /// One per sentence (with `sentences == 1`, `sentence_units >= 1`).
    pub sentences: Vec<Tally>,
    /// One per paragraph.
    pub paragraphs: Vec<Tally>,
    /// The whole text.
    pub document: Tally,
}

/// The form id of a word that has none (see [`TextCounts::forms`]): whoever reads it works
/// from the word itself.
pub const NO_FORM: u32 = u32::MAX;

impl TextCounts {
    /// The form id of word `i` ([`NO_FORM`] for a word without one).
    pub fn form_of(&self, i: usize) -> u32 {
        self.forms.get(i).copied().unwrap_or(NO_FORM)
    }
}

/// What a stage derives from a word's form (its lexicon id, its lowercase form), computed
/// once per form: the form ids count up in text order, so a form's value is pushed when its
/// id equals the length. A word without a form id ([`NO_FORM`]) is computed every time.
pub struct PerForm<T> {
    values: Vec<T>,
}

impl<T: Copy> PerForm<T> {
    /// Room for the forms of `counts`.
    pub fn for_counts(counts: &TextCounts) -> Self {
        PerForm { values: Vec::with_capacity(counts.form_count) }
    }

    /// The value of `form`, from `compute` the first time the form is met.
    pub fn get_or_compute(&mut self, form: u32, compute: impl FnOnce() -> T) -> T {
        if let Some(&value) = self.values.get(form as usize) {
            return value;
        }
        let value = compute();
        if form as usize == self.values.len() {
            self.values.push(value);
        }
        value
    }

    /// The value of `form`, if it has been computed.
    pub fn get(&self, form: u32) -> Option<T> {
        self.values.get(form as usize).copied()
    }
}

/// Most distinct word forms [`WordCache`] remembers: the frequent words of a text come
/// early, and a text of ever new tokens should not grow the cache without bound.
const CACHE_MAX_FORMS: usize = 1 << 16;

/// The stats of each distinct word form (exact bytes) met so far in one text.
///
/// Natural text repeats itself: in the Brown corpus about nine words in ten are forms seen
/// before in the same 50 KB. One hash probe for those replaces the syllable count, the
/// familiar-word probes and the key hash. A word's stats depend only on its bytes, except
/// that a capitalised word that does not start its sentence is a proper name (familiar, never
/// complex), so the cache holds each form's stats as a sentence-initial word and
/// [`WordCache::stats`] applies the proper-name rule per occurrence.
struct WordCache<'t> {
    /// Word bytes -> index into `forms` (the same map type as the syllable exceptions and
    /// the `WordMap`s, so no new hash table code goes into the wasm).
    index: FastMap<&'t [u8], u32>,
    /// Per form: stats as a sentence-initial word, whether it starts with a capital, its key
    /// id and its role in passive constructions.
    forms: Vec<(WordStats, bool, u32, Role)>,
    /// [`word_key`] -> key id (see [`TextCounts::key_ids`]); probed once per new form.
    key_ids: KeyIds,
}

/// A map from [`word_key`]s to dense ids, by open addressing with linear probing. The keys
/// are hashes already, so they index the table as they are. A dozen lines here cost less
/// wasm than one more instantiation of the std `HashMap` for `u64` keys.
#[derive(Default)]
struct KeyIds {
    /// `(key, id)`, with `id == u32::MAX` for an empty slot; the length is a power of two
    /// and at most half the slots are used.
    slots: Vec<(u64, u32)>,
    /// Keys stored (the next id).
    len: u32,
}

impl KeyIds {
    /// An empty map of `n` slots (a power of two).
    fn with_slots(n: usize) -> Self {
        KeyIds { slots: vec![(0, u32::MAX); n], len: 0 }
    }

    /// The id of `key`, the next one if it is new.
    fn id(&mut self, key: u64) -> u32 {
        if 2 * (self.len as usize + 1) > self.slots.len() {
            let len = self.len;
            let old = std::mem::replace(self, KeyIds::with_slots((2 * self.slots.len()).max(64))).slots;
            self.len = len;
            for (key, id) in old.into_iter().filter(|&(_, id)| id != u32::MAX) {
                *self.slot(key) = (key, id);
            }
        }
        let len = self.len;
        let slot = self.slot(key);
        if slot.1 == u32::MAX {
            *slot = (key, len);
        }
        let id = slot.1;
        self.len += u32::from(id == len);
        id
    }

    /// The slot holding `key`, or the empty slot where it belongs.
    fn slot(&mut self, key: u64) -> &mut (u64, u32) {
        let mask = self.slots.len() - 1;
        let mut i = key as usize & mask;
        while self.slots[i].1 != u32::MAX && self.slots[i].0 != key {
            i = (i + 1) & mask;
        }
        &mut self.slots[i]
    }
}

impl<'t> WordCache<'t> {
    /// A cache for a text of `words` words, pre-sized (about one distinct form in four
    /// words on short texts, fewer on long ones) so the table rarely regrows.
    fn new(words: usize) -> Self {
        let capacity = (words / 4).min(CACHE_MAX_FORMS);
        WordCache {
            index: FastMap::with_capacity_and_hasher(capacity, Default::default()),
            forms: Vec::with_capacity(capacity),
            // Sized for the forms up front: regrowing would leave the old table as a hole in
            // the wasm heap, which never shrinks (8 MB more linear memory on 5 MB of text).
            key_ids: KeyIds::with_slots((2 * capacity).next_power_of_two()),
        }
    }

    /// What [`WordStats::of`] gives for the word at `span` of `text`, its key id, its
    /// passive role and its form id ([`NO_FORM`] once the cache is full).
    fn stats(&mut self, text: &'t str, span: Span, starts_sentence: bool) -> (WordStats, u32, Role, u32) {
        // Looked up by bytes: a hit needs no `&str` (whose slicing checks char boundaries).
        let bytes = &text.as_bytes()[span.start..span.end];
        let (form_id, (mut stats, capitalised, key_id, role)) = match self.index.get(bytes) {
            Some(&i) => (i, self.forms[i as usize]),
            None => {
                let word = span.slice(text);
                let stats = WordStats::of(word, true);
                let form = (stats, word.chars().next().is_some_and(char::is_uppercase), self.key_ids.id(stats.key), Role::of(word));
                let mut form_id = NO_FORM;
                if self.forms.len() < CACHE_MAX_FORMS {
                    form_id = self.forms.len() as u32;
                    self.index.insert(bytes, form_id);
                    self.forms.push(form);
                }
                (form_id, form)
            }
        };
        if capitalised && !starts_sentence {
            // A proper name (see `WordFacts`): familiar on both lists, never complex.
            stats.complex = false;
            stats.difficult = false;
            stats.spache_unfamiliar = false;
        }
        (stats, key_id, role, form_id)
    }
}

/// Where a Spache-unfamiliar word (by key id) was last counted, so that each distinct word
/// counts once per sentence, paragraph and document (see the module docs).
#[derive(Clone, Copy, Default)]
struct LastCounted {
    /// 1 + index of the sentence (0: never).
    sentence: u32,
    /// 1 + index of the paragraph (0: never).
    paragraph: u32,
    /// Counted in the document.
    document: bool,
}

/// Counts everything once.
pub fn count(text: &str, segments: &Segments) -> TextCounts {
    let n = segments.words.len();
    let mut out = TextCounts { key_ids: Vec::with_capacity(n), forms: Vec::with_capacity(n), ..Default::default() };
    let mut cache = WordCache::new(segments.words.len());
    let mut last_counted: Vec<LastCounted> = Vec::new();
    let mut sentence_number = 0u32;
    for (paragraph_index, paragraph) in segments.paragraphs.iter().enumerate() {
        let paragraph_number = paragraph_index as u32 + 1;
        let mut paragraph_tally = Tally::default();
        for sentence in &segments.sentences[paragraph.sentences.clone()] {
            sentence_number += 1;
            let words = &segments.words[sentence.words.clone()];
            let units = 1 + inner_semicolons(text, words);
            let mut tally = Tally { sentences: 1, sentence_units: units, ..Default::default() };
            let (mut passive_scan, mut passive) = (PassiveScan::default(), false);
            for (i, word) in words.iter().enumerate() {
                let (stats, key_id, role, form_id) = cache.stats(text, word.span, i == 0);
                passive = passive || passive_scan.step(role);
                if stats.complex || stats.difficult {
                    out.hard_words.push(HardWordStats {
                        word: sentence.words.start + i,
                        syllables: stats.syllables,
                        long: stats.long,
                        polysyllable: stats.polysyllable,
                        difficult: stats.difficult,
                    });
                }
                tally.add_word(&stats);
                if stats.spache_unfamiliar {
                    let k = key_id as usize;
                    if k >= last_counted.len() {
                        last_counted.resize(k + 1, LastCounted::default());
                    }
                    let last = &mut last_counted[k];
                    tally.spache_unfamiliar_words += u32::from(last.sentence != sentence_number);
                    paragraph_tally.spache_unfamiliar_words += u32::from(last.paragraph != paragraph_number);
                    out.document.spache_unfamiliar_words += u32::from(!last.document);
                    *last = LastCounted { sentence: sentence_number, paragraph: paragraph_number, document: true };
                }
                out.key_ids.push(key_id);
                out.forms.push(form_id);
            }
            paragraph_tally += tally;
            out.sentences.push(tally);
            out.passive.push(passive);
        }
        out.document += paragraph_tally;
        out.paragraphs.push(paragraph_tally);
    }
    out.distinct_keys = cache.key_ids.len as usize;
    out.form_count = cache.forms.len();
    // Built once and kept until `readability::build`: no capacity left over from doubling.
    out.hard_words.shrink_to_fit();
    out.sentences.shrink_to_fit();
    out.passive.shrink_to_fit();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    #[test]
    fn the_word_cache_gives_what_word_stats_gives() {
        let mut cache = WordCache::new(0);
        let words = ["Washington", "washington", "Dangerous", "dangerous", "Venezuela’s", "ÉTÉ", "été", "Über", "1961", "Two-year-old", "FBI", "Zebra", "zebra", "東京", "don't", "Q"];
        // Each word twice in each position: the second lookup is a cache hit.
        for starts_sentence in [false, true, false, true] {
            for word in words {
                assert_eq!(cache.stats(word, Span::new(0, word.len()), starts_sentence).0, WordStats::of(word, starts_sentence), "{word} {starts_sentence}");
            }
        }
        // Key ids: equal for the same word in any case, different otherwise.
        let id = |cache: &mut WordCache<'static>, w: &'static str| cache.stats(w, Span::new(0, w.len()), false).1;
        assert_eq!(id(&mut cache, "Zebra"), id(&mut cache, "zebra"));
        assert_eq!(id(&mut cache, "ÉTÉ"), id(&mut cache, "été"));
        assert_ne!(id(&mut cache, "zebra"), id(&mut cache, "Washington"));
    }

    #[test]
    fn form_ids_are_dense_and_equal_exactly_for_equal_bytes() {
        let text = "The cat saw the Cat. THE cat ran; the dog ran.";
        let segments = segment(text);
        let counts = count(text, &segments);
        let words: Vec<&str> = segments.words.iter().map(|w| w.span.slice(text)).collect();
        assert_eq!(counts.forms.len(), words.len());
        for (a, wa) in counts.forms.iter().zip(&words) {
            for (b, wb) in counts.forms.iter().zip(&words) {
                assert_eq!(a == b, wa == wb, "{wa} {wb}");
            }
        }
        // "The cat saw the Cat THE ran dog": ids count up in order of first sight.
        assert_eq!(counts.form_count, 8);
        let mut next = 0;
        for &f in &counts.forms {
            assert!(f <= next);
            next += u32::from(f == next);
        }
        assert_eq!(next, 8);
    }

    #[test]
    fn key_ids_are_dense_and_stable_as_the_table_grows() {
        let mut ids = KeyIds::with_slots(1);
        let key = |k: u64| k.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        for k in 0..1000 {
            assert_eq!(ids.id(key(k)), k as u32);
        }
        for k in (0..1000).rev() {
            assert_eq!(ids.id(key(k)), k as u32, "after growing");
        }
        assert_eq!(ids.len, 1000);
    }

    #[test]
    fn letters_exclude_punctuation() {
        assert_eq!(WordStats::of("don't", false).letters, 4);
    }

    #[test]
    fn complex_words_follow_gunning() {
        assert!(WordStats::of("dangerous", true).complex);
        assert!(!WordStats::of("Washington", false).complex, "proper noun");
        assert!(WordStats::of("Washington", true).complex, "capital at sentence start is not a proper noun");
        assert!(!WordStats::of("two-year-old", false).complex, "compound of short words");
        assert!(WordStats::of("socio-economic", false).complex, "compound with a long part");
        assert!(!WordStats::of("trespasses", false).complex, "3 syllables only through -es");
    }

    #[test]
    fn proper_names_and_numbers_are_familiar() {
        assert!(!WordStats::of("Venezuela’s", false).difficult);
        assert!(WordStats::of("Venezuela", true).difficult, "sentence-initial capital is not a name");
        assert!(!WordStats::of("1961", false).difficult);
    }

    #[test]
    fn figures_count_as_one_syllable_in_the_formulas() {
        // Flesch: "count abbreviations, figures, symbols and their combinations as
        // one-syllable words". The spoken count stays available from `syllables`.
        for figure in ["1961", "3.5%", "1,200", "20th"] {
            assert_eq!(WordStats::of(figure, false).syllables, 1, "{figure}");
            assert!(!WordStats::of(figure, false).polysyllable, "{figure}");
        }
        assert_eq!(syllables("1961"), 5, "nine-teen six-ty one");
        assert_eq!(WordStats::of("thousand", false).syllables, 2);
    }

    #[test]
    fn semicolons_between_words_add_sentence_units() {
        let text = "He left; she stayed; they sang. Done; Yes.";
        let counts = count(text, &segment(text));
        assert_eq!(counts.sentences.iter().map(|t| t.sentence_units).collect::<Vec<_>>(), [3, 2]);
        assert_eq!((counts.document.sentences, counts.document.sentence_units), (2, 5));
        let one_word = "Done;";
        assert_eq!(count(one_word, &segment(one_word)).document.sentence_units, 1);
    }

    #[test]
    fn word_keys_ignore_case_and_apostrophe_style() {
        assert_eq!(word_key("Venezuela’s"), word_key("venezuela's"));
        assert_ne!(word_key("cat"), word_key("act"));
        assert_eq!(word_key("ÉTÉ"), word_key("été"));
    }

    #[test]
    fn spache_counts_each_unfamiliar_word_once_per_run() {
        let text = "The zebra ran. The zebra hid.\n\nA zebra came.";
        let counts = count(text, &segment(text));
        assert_eq!(counts.sentences.iter().map(|t| t.spache_unfamiliar_words).collect::<Vec<_>>(), [1, 1, 1]);
        assert_eq!(counts.paragraphs.iter().map(|t| t.spache_unfamiliar_words).collect::<Vec<_>>(), [1, 1]);
        assert_eq!(counts.document.spache_unfamiliar_words, 1);
        assert_eq!(counts.document.words, 9);
    }
}
