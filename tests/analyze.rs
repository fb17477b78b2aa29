//! `hedgescope::analyze` through the public API: the Report's contract on real article text.
#![cfg(not(target_arch = "wasm32"))]

use hedgescope::{analyze, Category, Options};

const ARTICLE: &str = "City officials may delay the new bridge. According to people familiar with the matter, \
the budget could rise by a third.\n\nCritics say the plan is clearly flawed. The mayor, Ana Ruiz, \
said on Tuesday that work would start in May 2027.";

#[test]
fn empty_text_gives_zero_counts_and_no_scores() {
    for text in ["", " ", "\n\n\t", "...", "— ? !"] {
        let r = analyze(text, &Options::default());
        assert_eq!(r.counts.words, 0, "{text:?}");
        assert!(r.readability.flesch_kincaid_grade.is_none(), "{text:?}");
        assert!(r.readability.flesch_reading_ease.is_none());
        assert!(r.readability.smog.is_none());
        assert!(r.readability.dale_chall.is_none());
        assert!(r.hedges.is_empty());
        assert!(r.hedging.hedges_per_100_words.is_none());
    }
}

#[test]
fn counts_and_scores_of_a_short_article() {
    let r = analyze(ARTICLE, &Options::default());
    assert_eq!(r.counts.paragraphs, 2);
    assert_eq!(r.counts.sentences, 4);
    // Counted by hand: 7 + 14 + 7 + 14 words ("Tuesday" and "2027" are words).
    assert_eq!(r.counts.words, 42);
    let fk = r.readability.flesch_kincaid_grade.unwrap();
    assert!((4.0..14.0).contains(&fk), "grade {fk}");
    assert_eq!(r.sentences.len(), 4);
    for s in &r.sentences {
        assert_eq!(&ARTICLE[s.start..s.end], s.text, "sentence text is its trimmed slice");
        assert_eq!(s.text.trim(), s.text);
    }
    let words: u32 = r.sentences.iter().map(|s| s.words).sum();
    assert_eq!(words, r.counts.words);
}

#[test]
fn hedges_carry_category_sentence_and_explanation() {
    let r = analyze(ARTICLE, &Options::default());
    let found: Vec<(&str, Category, usize)> = r.hedges.iter().map(|h| (h.text, h.category, h.sentence)).collect();
    assert!(found.contains(&("may", Category::Epistemic, 0)), "{found:?}");
    assert!(found.contains(&("According to", Category::Attribution, 1)), "{found:?}");
    assert!(found.contains(&("people familiar with the matter", Category::AnonymousSource, 1)), "{found:?}");
    assert!(found.contains(&("could", Category::Epistemic, 1)), "{found:?}");
    assert!(found.contains(&("Critics", Category::VagueSource, 2)), "{found:?}");
    assert!(found.contains(&("clearly", Category::Booster, 2)), "{found:?}");
    assert!(!found.iter().any(|(t, _, _)| *t == "May"), "May 2027 is a month: {found:?}");
    for h in &r.hedges {
        assert_eq!(&ARTICLE[h.start..h.end], h.text);
        assert!(!h.explanation.is_empty());
    }
    assert!(r.hedges.windows(2).all(|w| w[0].end <= w[1].start), "sorted, non-overlapping");
}

#[test]
fn report_serialises_with_snake_case_names_and_null_scores() {
    let json = serde_json::to_value(analyze("", &Options::default())).unwrap();
    for key in ["counts", "readability", "sentences", "hedges", "attributions", "paragraphs", "hedging", "schema_version"] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    assert!(json["readability"]["flesch_kincaid_grade"].is_null());
    assert!(json["readability"]["automated_readability_index"].is_null());
    let json = serde_json::to_value(analyze("Sources say it may work.", &Options::default())).unwrap();
    assert_eq!(json["hedges"][0]["category"], "anonymous_source");
}

#[test]
fn typescript_declarations_name_every_report_field() {
    // The .d.ts that wasm-bindgen ships is written by hand (src/report.d.ts); this keeps it
    // in step with the Rust types: every key the Report serialises must be declared there.
    let declarations = include_str!("../src/report.d.ts");
    let json = serde_json::to_value(analyze(ARTICLE, &Options::default())).unwrap();
    fn keys(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    out.push(k.clone());
                    keys(v, out);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| keys(v, out)),
            _ => {}
        }
    }
    let mut all = Vec::new();
    keys(&json, &mut all);
    for key in all {
        assert!(declarations.contains(&format!("{key}:")), "src/report.d.ts does not declare {key}");
    }
}

#[test]
fn options_leave_out_lists_but_keep_document_numbers() {
    let options = Options { sentences: false, paragraphs: false, hedges: false };
    let r = analyze(ARTICLE, &options);
    assert!(r.sentences.is_empty() && r.paragraphs.is_empty() && r.hedges.is_empty());
    assert_eq!(r.counts.sentences, 4);
    assert!(r.hedging.epistemic >= 2);
}
