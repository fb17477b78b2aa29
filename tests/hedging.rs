//! Hedging through the public API and the real CLI: categories, spans, sentence indices,
//! summary counts, context rules in running text, and invariants on arbitrary input.
#![cfg(not(target_arch = "wasm32"))]

use hedgescope::{analyze, Category, Options, Strength};
use proptest::prelude::*;
use std::io::Write;
use std::process::{Command, Stdio};

const ARTICLE: &str = "The minister may resign in May, officials said.\n\
Critics argue the plan will fail. It is clearly too late.\n\n\
Some 350 people protested. Researchers examined whether the vaccine works.";

#[test]
fn findings_carry_category_span_sentence_strength_and_explanation() {
    let report = analyze(ARTICLE, &Options::default());
    let found: Vec<(&str, Category, usize)> = report.hedges.iter().map(|h| (h.text, h.category, h.sentence)).collect();
    assert_eq!(
        found,
        [
            ("may", Category::Epistemic, 0),
            ("officials said", Category::AnonymousSource, 0),
            ("Critics", Category::VagueSource, 1),
            ("clearly", Category::Booster, 2),
            ("Researchers", Category::VagueSource, 4),
            ("examined", Category::Investigation, 4),
            ("whether", Category::Investigation, 4),
        ]
    );
    for h in &report.hedges {
        assert_eq!(&ARTICLE[h.start..h.end], h.text, "span and text agree");
        assert!(!h.explanation.is_empty());
        let sentence = &report.sentences[h.sentence];
        assert!(sentence.start <= h.start && h.end <= sentence.end, "{h:?} lies in its sentence");
    }
    assert_eq!(report.hedges[0].strength, Some(Strength::Weak));
    assert_eq!(report.hedges[2].strength, Some(Strength::Strong));
    assert_eq!(report.hedges[3].strength, Some(Strength::Strong));
}

#[test]
fn summary_counts_agree_with_the_findings() {
    let report = analyze(ARTICLE, &Options::default());
    let count = |c: Category| report.hedges.iter().filter(|h| h.category == c).count() as u32;
    let s = &report.hedging;
    assert_eq!(
        [s.epistemic, s.doxastic, s.attribution, s.vague_source, s.anonymous_source, s.booster, s.investigation],
        Category::ALL.map(count)
    );
    let hedges = report.hedges.iter().filter(|h| h.category != Category::Booster).count() as f64;
    let expected = 100.0 * hedges / f64::from(report.counts.words);
    assert!((s.hedges_per_100_words.unwrap() - expected).abs() < 1e-9);
    // Paragraph hedge counts add up to the document's (boosters excluded).
    assert_eq!(report.paragraphs.iter().map(|p| p.hedges).sum::<u32>() as f64, hedges);
}

#[test]
fn normalisation_ignores_case_line_breaks_and_curly_quotes() {
    let a = analyze("It is widely believed that the deal won’t hold.", &Options::default());
    let b = analyze("IT is Widely\n   believed that the deal WON'T hold.", &Options::default());
    let cues = |r: &hedgescope::Report| r.hedges.iter().map(|h| h.cue).collect::<Vec<_>>();
    assert_eq!(cues(&a), ["it is widely believed"]);
    assert_eq!(cues(&a), cues(&b));
}

#[test]
fn known_false_positives_stay_quiet_in_running_text() {
    let text = "On 3 May 2021 the band appeared on stage. He could not open the door. \
                You may leave now. She suggested a plan. About 300 guests came, some 350 by noon. \
                He fought with all his might. The will was read aloud. A can of beans fell.";
    let report = analyze(text, &Options::default());
    assert!(report.hedges.is_empty(), "{:?}", report.hedges.iter().map(|h| &h.text).collect::<Vec<_>>());
}

#[test]
fn cli_lines_reports_findings_as_json() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hedgescope"))
        .args(["analyze", "--lines"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the CLI runs");
    child.stdin.take().unwrap().write_all("Sources say it may rain.\nNo doubt it rains.\n".as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(output.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    let categories = |v: &serde_json::Value| v["hedges"].as_array().unwrap().iter().map(|h| h["category"].as_str().unwrap().to_owned()).collect::<Vec<_>>();
    assert_eq!(categories(&lines[0]), ["anonymous_source", "epistemic"]);
    assert_eq!(categories(&lines[1]), ["booster"]);
    // Byte offsets in the CLI: "Sources" starts the line.
    assert_eq!(lines[0]["hedges"][0]["start"], 0);
    assert_eq!(lines[0]["hedges"][0]["end"], 7);
    assert_eq!(lines[0]["hedging"]["investigation"], 0);
}

proptest! {
    #[test]
    fn findings_are_sorted_in_bounds_and_on_char_boundaries(text in "\\PC{0,300}") {
        let report = analyze(&text, &Options::default());
        let mut previous_end = 0;
        for h in &report.hedges {
            prop_assert!(h.start < h.end && h.end <= text.len());
            prop_assert!(text.is_char_boundary(h.start) && text.is_char_boundary(h.end));
            prop_assert!(h.start >= previous_end, "findings do not overlap and are in text order");
            prop_assert!(h.sentence < report.sentences.len());
            previous_end = h.end;
        }
    }

    #[test]
    fn hedge_words_in_random_order_never_panic(words in proptest::collection::vec(
        prop::sample::select(vec!["may", "May", "might", "could", "not", "some", "350", "the", "sources", "of",
            "suggested", "a", "plan", "appeared", "on", "you", "no", "doubt", "clearly", "many", "years", ".", "?", "\n", "’"]),
        0..40)) {
        let text = words.join(" ");
        let report = analyze(&text, &Options::default());
        for h in &report.hedges {
            prop_assert_eq!(&text[h.start..h.end], h.text);
        }
    }
}
