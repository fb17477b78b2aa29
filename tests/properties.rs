//! Properties of `analyze` that hold for every input (proptest).
//!
//! Inputs come from three generators: any `char` sequence (controls, surrogate-free
//! Unicode, NUL), proptest's printable strings, and a "soup" of fragments that steer into the
//! segmenter's and the matcher's special cases (titles, ellipses, quotes, line endings,
//! hedge phrases, emoji sequences, combining marks, right-to-left and CJK text). For each
//! Report:
//! * nothing panics;
//! * every span is in bounds, on char boundaries, and lists are sorted; paragraphs and
//!   sentences do not overlap, and each finding lies inside its sentence;
//! * each sentence's `text` equals its slice of the input, which is already trimmed;
//! * the sentences' words add up to the document's words, and so do the paragraphs';
//! * every score is `null` or finite.
#![cfg(not(target_arch = "wasm32"))]

use hedgescope::{analyze, Options, Report};
use proptest::prelude::*;

/// Fragments that exercise special cases; joined with random separators.
const FRAGMENTS: &[&str] = &[
    "Mr.", "Dr.", "U.S.", "e.g.", "etc.", "J.", "...", "…", "?!", ".", "!", "?", "\"", "“", "”", "‘", "’", "'", "(", ")",
    "[", "]", "-", "—", "•", "1.", "2)", "a)", "iv.", "\n", "\n\n", "\r\n", "\r", "\r\n\r\n", "\t", " ", "  ", "\u{a0}",
    "\u{2028}", "\u{0}", "may", "May", "might", "according to", "it seems", "sources said", "clearly", "reportedly",
    "some say", "people familiar with the matter", "The", "plan", "Officials", "1961", "3,000.50", "https://example.com/a.b",
    "a@b.co", "well-informed", "don't", "Venezuela’s", "👩‍👩‍👧", "👍🏽", "🇫🇷", "e\u{301}", "a\u{308}\u{308}\u{308}", "\u{200d}",
    "\u{fe0f}", "مرحبا", "بالعالم", "中文", "日本語の文章。", "हिन्दी", "नमस्ते।", "Ελληνικά", "İstanbul", "ß", "ǅ", "ﬁ", "\u{feff}",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(FRAGMENTS), prop::sample::select(&[" ", "", "\n", " ", ". "][..])), 0..60)
        .prop_map(|parts| parts.into_iter().flat_map(|(a, b)| [a, b]).collect())
}

fn any_chars() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..200).prop_map(|cs| cs.into_iter().collect())
}

fn assert_span(text: &str, what: &str, start: usize, end: usize) {
    assert!(start <= end && end <= text.len(), "{what}: {start}..{end} out of bounds (len {})", text.len());
    assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{what}: {start}..{end} not on char boundaries");
}

fn assert_score(what: &str, score: Option<f64>) {
    if let Some(x) = score {
        assert!(x.is_finite(), "{what} = {x}");
    }
}

/// Checks every invariant of one Report.
fn check(text: &str, report: &Report) {
    let mut previous_end = 0;
    for (i, p) in report.paragraphs.iter().enumerate() {
        assert_span(text, "paragraph", p.start, p.end);
        assert!(p.start >= previous_end, "paragraph {i} overlaps or is out of order");
        previous_end = p.end;
        assert_score("paragraph grade", p.grade);
    }
    previous_end = 0;
    for (i, s) in report.sentences.iter().enumerate() {
        assert_span(text, "sentence", s.start, s.end);
        assert!(s.start >= previous_end, "sentence {i} overlaps or is out of order");
        previous_end = s.end;
        let slice = &text[s.start..s.end];
        assert_eq!(s.text, slice, "sentence {i}: text must equal its slice");
        assert_eq!(slice.trim(), slice, "sentence {i}: its slice must be trimmed");
        assert!(s.paragraph < report.paragraphs.len().max(1), "sentence {i}: paragraph index");
        assert_score("sentence grade", s.grade);
    }
    let mut previous_start = 0;
    for (i, h) in report.hedges.iter().enumerate() {
        assert_span(text, "finding", h.start, h.end);
        assert!(h.start >= previous_start, "finding {i} out of order");
        previous_start = h.start;
        assert_eq!(h.text, &text[h.start..h.end], "finding {i}: text must equal its slice");
        let sentence = report.sentences.get(h.sentence).expect("finding's sentence index in range");
        assert!(sentence.start <= h.start && h.end <= sentence.end, "finding {i} lies outside its sentence");
    }
    for a in &report.attributions {
        assert_span(text, "attribution", a.start, a.end);
        if let Some(source) = &a.source {
            assert_span(text, "attribution source", source.start, source.end);
        }
    }
    let sentence_words: u32 = report.sentences.iter().map(|s| s.words).sum();
    assert_eq!(sentence_words, report.counts.words, "sentences' words must add up to the document's");
    let paragraph_words: u32 = report.paragraphs.iter().map(|p| p.words).sum();
    assert_eq!(paragraph_words, report.counts.words, "paragraphs' words must add up to the document's");
    assert_eq!(report.sentences.len() as u32, report.counts.sentences);
    assert_eq!(report.paragraphs.len() as u32, report.counts.paragraphs);
    let r = &report.readability;
    for (name, score) in [
        ("flesch_reading_ease", r.flesch_reading_ease),
        ("flesch_kincaid_grade", r.flesch_kincaid_grade),
        ("gunning_fog", r.gunning_fog),
        ("smog", r.smog),
        ("coleman_liau", r.coleman_liau),
        ("automated_readability_index", r.automated_readability_index),
        ("dale_chall", r.dale_chall),
        ("hedges_per_100_words", report.hedging.hedges_per_100_words),
        ("boosters_per_100_words", report.hedging.boosters_per_100_words),
    ] {
        assert_score(name, score);
    }
    // (serde_json would print a NaN as null, hiding it: hence the checks above, not on JSON.)
    serde_json::to_string(report).expect("the Report serialises");
}

fn run(text: &str) {
    let report = analyze(text, &Options::default());
    check(text, &report);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn invariants_hold_for_any_chars(text in any_chars()) {
        run(&text);
    }

    #[test]
    fn invariants_hold_for_printable_strings(text in "\\PC{0,300}") {
        run(&text);
    }

    #[test]
    fn invariants_hold_for_fragment_soup(text in soup()) {
        run(&text);
    }
}

/// Inputs that once broke an invariant or that the fuzzer found (fuzz/), kept as cases.
#[test]
fn regression_inputs_keep_their_invariants() {
    for text in [
        "",
        " ",
        "\u{0}",
        "\r",
        "\n\n\n",
        "Mr.",
        "...",
        "“”",
        "e\u{301}",
        "a.\u{2028}B",
        "\u{feff}Hello.",
    ] {
        run(text);
    }
}
