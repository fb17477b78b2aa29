//! Finds attributions: a reporting expression from `lexicon/reporting_verbs.txt` and its
//! source, in every common order.
//!
//! For each sentence, left to right (one pass; each word is looked at a bounded number of
//! times, so the whole is linear):
//!
//! 1. **Expression.** The longest listed expression starting at this word ("according to",
//!    "declined to comment", "said"). A verb form is skipped when it is a noun or not a report:
//!    after a determiner ("the claim", "a report"), after "to" (an infinitive), after a form of
//!    "be" (a passive: "was told to leave", "is said to"; rule `passive` allows it), or, for
//!    verbs with other senses (rule `complement`: "added 200 beds"), without a reported-speech
//!    complement.
//! 2. **Source.** By the expression's rule and the punctuation before it:
//!    * "according to X", "citing X": the phrase after the expression;
//!    * "X said", "X has also said": the phrase before it, skipping `[between]` words;
//!    * "X, who ..., said" / "X, 67, said": with a comma right before the verb, the phrase
//!      before an earlier comma, classified together with the clause between the commas;
//!    * "..., said X" / "“...,” said X": with a comma or quotation mark before the verb and no
//!      source found before it, the phrase after the verb.
//!
//!    A phrase runs over words separated by spaces only, never over punctuation, a `[stop]`
//!    word or another reporting expression, and at most [`MAX_SOURCE_WORDS`] words.
//! 3. **Class.** [`classify`](super::classify) says named, anonymous or vague, a pronoun, or
//!    not a source (the expression is then dropped: "The fire claimed three lives").
//!    * "quoted X as saying": the object between the verb and "as";
//!    * ", saying ...": the subject of the sentence;
//!    * "officials who said": the phrase before the relative pronoun.
//!
//!    An anonymity marker after the verb ("told the inquiry on condition that he not be
//!    named") turns a vague source anonymous.
//! 4. **Pronouns** take the kind of the most recent source within [`PRONOUN_REACH`]
//!    sentences (the antecedent is reported). With none, a pronoun is named: in news "he" or
//!    "she" refers to a person the reader has met (often in the headline), while unnamed
//!    sources are re-mentioned as "the official". A proper name within reach is reported as
//!    the antecedent.

use super::classify::{classify, classify_with_apposition, has_marker, is_proper, Found};
use super::context::{has_quote, is_plain, Context};
use super::words::{Expression, NounClass, Rule, WORDS};
use crate::report::{SourceKind, Stance};
use crate::span::Span;
use std::ops::Range;

/// Longest source phrase, in words: real sources are short; this bounds the work per verb.
pub const MAX_SOURCE_WORDS: usize = 12;
/// How many words any search around one expression may look at (commas of an appositive,
/// the subject of a participle, markers after a verb, a pronoun's antecedent), so that a
/// giant sentence without punctuation costs linear time, not quadratic.
pub const SEARCH_WINDOW: usize = 40;
/// How many sentences back a pronoun may find its antecedent.
pub const PRONOUN_REACH: usize = 3;
/// How many words after a `complement` verb a "that" or "whether" may come ("acknowledged on
/// Friday that").
const COMPLEMENT_REACH: usize = 7;

/// One attribution found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The reporting expression's span.
    pub span: Span,
    /// The expression as listed in the lexicon ("said", "according to").
    pub phrase: &'static str,
    /// Neutral or loaded.
    pub stance: Stance,
    /// Named, anonymous or vague.
    pub kind: SourceKind,
    /// The source's span (a pronoun for "he said").
    pub source: Span,
    /// For a pronoun, the earlier source it refers to.
    pub antecedent: Option<Span>,
    /// Index of the sentence.
    pub sentence: usize,
}

/// The span from the start of word `range.start` to the end of word `range.end - 1`.
fn words_span(cx: &Context, range: Range<usize>) -> Span {
    Span::new(cx.segments.words[range.start].span.start, cx.segments.words[range.end - 1].span.end)
}

/// True when a listed reporting expression starts at word `i` (so a source phrase stops
/// there), unless the word is also a source noun ("the annual report").
fn starts_expression(cx: &Context, i: usize, sentence: &Range<usize>) -> bool {
    !WORDS.is_listed(&cx.lower(i)) && expression_at(cx, i, sentence).is_some()
}

/// The longest expression matching at word `i` inside `sentence`, with its word range.
fn expression_at(cx: &Context, i: usize, sentence: &Range<usize>) -> Option<(&'static Expression, Range<usize>)> {
    if !cx.may_start_expression(i) {
        return None;
    }
    let candidates = WORDS.expressions.get(&cx.lower(i))?;
    candidates.iter().find_map(|e| {
        let end = i + e.words.len();
        let fits = end <= sentence.end
            && e.words.iter().enumerate().all(|(k, w)| cx.lower(i + k) == *w)
            && (i + 1..end).all(|k| is_plain(cx.gap_before(k)));
        fits.then_some((e, i..end))
    })
}

/// The source phrase that ends at word `end` (inclusive), running left.
fn phrase_ending_at(cx: &Context, end: usize, sentence: &Range<usize>) -> Range<usize> {
    let mut start = end;
    while start > sentence.start
        && end - start + 1 < MAX_SOURCE_WORDS
        && cx.plain_before(start)
        && !WORDS.is(&cx.lower(start - 1), NounClass::Stop)
        && !starts_expression(cx, start - 1, sentence)
    {
        start -= 1;
    }
    start..end + 1
}

/// True when word `i` ends the subject of a sentence: a `[between]` word ("The union *has*
/// said"), a lowercase past form in -ed ("The union *welcomed*"), or a lowercase word right
/// after a capitalised name ("The Bank of Canada *left*").
fn ends_subject(cx: &Context, i: usize) -> bool {
    let w = &*cx.lower(i);
    let lowercase = !cx.is_capitalised(i);
    WORDS.is(w, NounClass::Between)
        || (lowercase && w.len() > 3 && w.ends_with("ed"))
        || (lowercase && cx.is_capitalised(i - 1) && !cx.capital_by_position(i - 1) && !matches!(w, "of" | "for" | "and" | "de" | "du" | "von" | "van"))
}

/// The source phrase that starts at word `start`, running right; `subject` also stops it at
/// the end of a subject ([`ends_subject`]), for the subject of a sentence.
fn phrase_starting_at(cx: &Context, start: usize, sentence: &Range<usize>, subject: bool) -> Range<usize> {
    let mut end = start + 1;
    while end < sentence.end
        && end - start < MAX_SOURCE_WORDS
        && cx.plain_before(end)
        // "according to diplomatic and security sources": a coordination inside the phrase.
        && (!WORDS.is(&cx.lower(end), NounClass::Stop) || !subject && matches!(&*cx.lower(end), "and" | "or"))
        && !(subject && ends_subject(cx, end))
        && !starts_expression(cx, end, sentence)
    {
        end += 1;
    }
    start..end
}

/// True when a `complement` verb ending before word `after` is used as a report (rule 1).
fn has_complement(cx: &Context, first: usize, after: usize, sentence: &Range<usize>) -> bool {
    if after >= sentence.end || !is_plain(cx.gap_after(after - 1)) || !is_plain(cx.gap_before(first)) && first > sentence.start {
        return true;
    }
    // "“...,” Miller wrote in a letter": a quotation closed earlier in the sentence.
    // Only the last few hundred bytes are searched, to stay linear in giant sentences.
    let verb_start = cx.segments.words[first].span.start;
    let sentence_start = cx.segments.sentences[cx.segments.words[first].sentence].span.start;
    let mut from = sentence_start.max(verb_start.saturating_sub(10 * SEARCH_WINDOW));
    while !cx.text.is_char_boundary(from) {
        from += 1;
    }
    let before = &cx.text[from..verb_start];
    // A comma, question mark or exclamation mark closing a quotation: `,"` `,”` `?"` `?”`
    // `!"` `!”` `,’` `,'`.
    let closes_quote = |(i, mark): (usize, &str)| {
        let quote = before[i + 1..].chars().next();
        matches!(quote, Some('"' | '”')) || mark == "," && matches!(quote, Some('’' | '\''))
    };
    if before.match_indices([',', '?', '!']).any(closes_quote) {
        return true;
    }
    if WORDS.is(&cx.lower(after), NounClass::Pronoun) || matches!(&*cx.lower(after), "i" | "there" | "this") {
        return true;
    }
    (after..(after + COMPLEMENT_REACH).min(sentence.end)).any(|k| matches!(&*cx.lower(k), "that" | "whether"))
}

/// Finds the source of the expression at `words` (rule 2), or None when it has none.
fn find_source(cx: &Context, expression: &Expression, words: Range<usize>, sentence: &Range<usize>) -> Option<(Range<usize>, Found)> {
    match expression.rule {
        Rule::After | Rule::Object => {
            if words.end >= sentence.end {
                return None;
            }
            let phrase = phrase_starting_at(cx, words.end, sentence, false);
            // "quoted X as saying": the object must be followed by "as" and a report.
            if expression.rule == Rule::Object
                && !(phrase.end + 1 < sentence.end && cx.lower(phrase.end) == "as" && expression_at(cx, phrase.end + 1, sentence).is_some())
            {
                return None;
            }
            return classify(cx, phrase.clone()).map(|f| (phrase, f));
        }
        Rule::Participle => {
            // "The bank left rates unchanged, saying ...": the subject, at the sentence start
            // or after an opening phrase ("On Monday, the bank ...").
            if !cx.gap_before(words.start).contains(',') {
                return None;
            }
            let window = sentence.start + 1..words.start.min(sentence.start + 1 + SEARCH_WINDOW);
            let after_comma = window.into_iter().find(|&i| cx.gap_before(i).contains(','));
            return [Some(sentence.start), after_comma].into_iter().flatten().find_map(|start| {
                let phrase = phrase_starting_at(cx, start, sentence, true);
                classify(cx, phrase.clone()).filter(|f| *f != Found::Pronoun || phrase.len() == 1).map(|f| (phrase, f))
            });
        }
        Rule::Before | Rule::Complement | Rule::Passive | Rule::Directive | Rule::Quote => {}
    }
    // Skip "has also", "did not" and the like between a source and its verb.
    let mut before = words.start;
    while before > sentence.start && is_plain(cx.gap_before(before)) && WORDS.is(&cx.lower(before - 1), NounClass::Between) {
        before -= 1;
    }
    let gap = if before > sentence.start { cx.gap_before(before) } else { "" };
    if before > sentence.start && is_plain(gap) {
        // "officials who said", "signs that said": the phrase before the relative pronoun.
        let relative = matches!(&*cx.lower(before - 1), "that" | "which" | "who");
        if relative && (before - 1 == sentence.start || !is_plain(cx.gap_before(before - 1))) {
            return None;
        }
        let last = if relative { before - 2 } else { before - 1 };
        let phrase = phrase_ending_at(cx, last, sentence);
        if let Some(found) = classify(cx, phrase.clone()) {
            return Some((phrase, found));
        }
    }
    if gap.contains(',') && !has_quote(gap) {
        // "X, who ..., said": try the phrase before each earlier comma, nearest first.
        let mut comma = before - 1;
        let limit = sentence.start.max(before.saturating_sub(SEARCH_WINDOW));
        while comma > limit {
            if cx.gap_before(comma).contains(',') {
                let main = phrase_ending_at(cx, comma - 1, sentence);
                if let Some(found) = classify_with_apposition(cx, main.clone(), comma..before) {
                    let whole = main.start..before;
                    return Some((if found == Found::Pronoun { main } else { whole }, found));
                }
            }
            comma -= 1;
        }
    }
    let inverted = before == sentence.start || has_quote(gap) || gap.contains([',', ':', '—', '–']);
    if inverted && words.end < sentence.end && is_plain(cx.gap_after(words.end - 1)) {
        let phrase = phrase_starting_at(cx, words.end, sentence, false);
        if let Some(found) = classify(cx, phrase.clone()) {
            // An inverted source ends at the first punctuation, so "said members would vote"
            // (no punctuation, not a name) is not read as a source.
            if found != Found::Pronoun {
                return Some((phrase, found));
            }
        }
    }
    None
}

/// True when the expression at `words` is used as a report here (rule 1).
fn is_report(cx: &Context, expression: &Expression, words: &Range<usize>, sentence: &Range<usize>) -> bool {
    if matches!(expression.rule, Rule::After | Rule::Participle) {
        return true;
    }
    let previous = (words.start > sentence.start).then(|| &*cx.lower(words.start - 1));
    if previous.is_some_and(|p| WORDS.is(p, NounClass::Determiner) || p == "to") && is_plain(cx.gap_before(words.start)) {
        return false;
    }
    // A passive, possibly with adverbs between: "was later told", "is widely said".
    let mut k = words.start;
    while k > sentence.start && WORDS.is(&cx.lower(k - 1), NounClass::Between) {
        k -= 1;
    }
    let passive = k > sentence.start && matches!(&*cx.lower(k - 1), "is" | "are" | "was" | "were" | "be" | "been" | "being");
    if passive && expression.rule != Rule::Passive {
        return false;
    }
    // "told the jury to disregard": an order, not a report.
    if expression.rule == Rule::Directive {
        let to = (words.end..(words.end + 5).min(sentence.end)).find(|&k| cx.lower(k) == "to" || cx.lower(k) == "that");
        if to.is_some_and(|k| cx.lower(k) == "to" && k > words.end) {
            return false;
        }
    }
    // "called the decision “a betrayal”": only with a quotation close after the verb.
    if expression.rule == Rule::Quote && !(words.end..(words.end + 5).min(sentence.end)).any(|k| has_quote(cx.gap_before(k))) {
        return false;
    }
    // "claimed victory", "denied journalists access": an act, not a report.
    if (words.end..(words.end + 2).min(sentence.end)).any(|k| WORDS.is(&cx.lower(k), NounClass::NotSpeech)) {
        return false;
    }
    expression.rule != Rule::Complement || has_complement(cx, words.start, words.end, sentence)
}

/// The most recent source, for pronouns.
struct Recent {
    kind: SourceKind,
    span: Span,
    sentence: usize,
}

/// Resolves a pronoun in `sentence` (rule 4).
fn resolve_pronoun(cx: &Context, recent: Option<&Recent>, sentence: usize) -> (SourceKind, Option<Span>) {
    if let Some(r) = recent.filter(|r| sentence - r.sentence <= PRONOUN_REACH) {
        return (r.kind, Some(r.span));
    }
    let first = sentence.saturating_sub(PRONOUN_REACH);
    for s in (first..sentence).rev() {
        if let Some(i) = cx.sentence_words(s).rev().take(SEARCH_WINDOW).find(|&i| is_proper(cx, i)) {
            return (SourceKind::Named, Some(cx.segments.words[i].span));
        }
    }
    // No antecedent in reach: a "he" or "she" in news refers to a person the reader has met
    // (often in the headline), and unnamed sources are re-mentioned as "the official".
    (SourceKind::Named, None)
}

/// Finds every attribution in the text, in order.
pub fn find(cx: &Context) -> Vec<Attribution> {
    let mut out = Vec::new();
    let mut recent: Option<Recent> = None;
    for s in 0..cx.segments.sentences.len() {
        let sentence = cx.sentence_words(s);
        let mut i = sentence.start;
        while i < sentence.end {
            // Most words start no expression: that is known per word form, without a call.
            if !cx.may_start_expression(i) {
                i += 1;
                continue;
            }
            let Some((expression, words)) = expression_at(cx, i, &sentence) else {
                i += 1;
                continue;
            };
            i = words.end;
            if !is_report(cx, expression, &words, &sentence) {
                continue;
            }
            let Some((phrase, found)) = find_source(cx, expression, words.clone(), &sentence) else { continue };
            let source = words_span(cx, phrase);
            let (mut kind, antecedent) = match found {
                Found::Source(kind) => (kind, None),
                Found::Pronoun => resolve_pronoun(cx, recent.as_ref(), s),
            };
            // "..., a senior auditor told the inquiry on condition that he not be named."
            if kind == SourceKind::Vague && has_marker(cx, words.end..sentence.end.min(words.end + SEARCH_WINDOW)) {
                kind = SourceKind::Anonymous;
            }
            recent = Some(Recent { kind, span: antecedent.unwrap_or(source), sentence: s });
            out.push(Attribution {
                span: words_span(cx, words),
                phrase: expression.phrase.as_str(),
                stance: expression.stance,
                kind,
                source,
                antecedent,
                sentence: s,
            });
        }
    }
    out
}
