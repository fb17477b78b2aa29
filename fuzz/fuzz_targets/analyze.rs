//! Fuzzes `analyze` with arbitrary bytes: valid UTF-8 inputs go straight in; invalid ones are
//! decoded lossily (as a browser would with U+FFFD), so every run reaches the analyser.
//! Beyond "no panic", it checks the cheap invariants the property tests check (tests/properties.rs).
#![no_main]

use hedgescope::{analyze, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let report = analyze(&text, &Options::default());
    let mut previous_end = 0;
    for s in &report.sentences {
        assert!(s.start >= previous_end && s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert_eq!(s.text, text[s.start..s.end]);
        previous_end = s.end;
    }
    for h in &report.hedges {
        assert!(h.start <= h.end && h.end <= text.len());
        assert!(text.is_char_boundary(h.start) && text.is_char_boundary(h.end));
    }
    let words: u32 = report.sentences.iter().map(|s| s.words).sum();
    assert_eq!(words, report.counts.words);
    let r = &report.readability;
    for score in [r.flesch_reading_ease, r.flesch_kincaid_grade, r.gunning_fog, r.smog, r.coleman_liau, r.automated_readability_index, r.dale_chall] {
        assert!(score.map_or(true, f64::is_finite));
    }
    serde_json::to_string(&report).unwrap();
});
