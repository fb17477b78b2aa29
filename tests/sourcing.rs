//! Sourcing through the public `analyze`: attributions in every common order, source kinds,
//! verb stance, quotations and voices, and the sourcing profile, in news phrasing.
//! Expected values are worked out by hand from the sentences, not copied from output.
#![cfg(not(target_arch = "wasm32"))]

use hedgescope::report::{SourceKind, Stance, Voice};
use hedgescope::{analyze, Options, Report};
use proptest::prelude::*;

fn report(text: &str) -> Report<'_> {
    analyze(text, &Options::default())
}

/// (expression, source text, kind) of every attribution.
fn attributions(text: &str) -> Vec<(String, String, SourceKind)> {
    report(text)
        .attributions
        .into_iter()
        .map(|a| (a.text.to_owned(), a.source.map(|s| s.text).unwrap_or_default().to_owned(), a.kind))
        .collect()
}

fn one(text: &str) -> (String, String, SourceKind) {
    let mut found = attributions(text);
    assert_eq!(found.len(), 1, "expected one attribution in {text:?}, got {found:?}");
    found.remove(0)
}

use SourceKind::{Anonymous, Named, Vague};

#[test]
fn finds_the_source_in_every_common_order() {
    let cases: &[(&str, &str, &str, SourceKind)] = &[
        ("Prime Minister Halvard Osk said on Tuesday that the budget would balance.", "said", "Prime Minister Halvard Osk", Named),
        ("“The numbers speak for themselves,” said Dana Ruell, the campaign’s manager.", "said", "Dana Ruell", Named),
        ("The talks stalled, according to two officials briefed on the negotiations.", "according to", "two officials briefed on the negotiations", Anonymous),
        ("Ahmed Karimi, who has led the union since 2019, said members would vote next week.", "said", "Ahmed Karimi, who has led the union since 2019", Named),
        ("Gabriel Lund, 67, said he had lived on the street for forty years.", "said", "Gabriel Lund, 67", Named),
        ("The administration is weighing new tariffs on steel, sources said.", "said", "sources", Anonymous),
        ("Critics have long argued that the agency lacks staff.", "argued", "Critics", Vague),
        ("State broadcaster NTV quoted Defence Minister Yusuf Demir as saying the operation was over.", "quoted", "Defence Minister Yusuf Demir", Named),
        ("The Bank of Canada left interest rates unchanged, saying inflation remained too high.", "saying", "The Bank of Canada", Named),
    ];
    for &(text, verb, source, kind) in cases {
        assert_eq!(one(text), (verb.to_owned(), source.to_owned(), kind), "{text}");
    }
}

#[test]
fn classifies_named_anonymous_and_vague_sources() {
    let cases: &[(&str, SourceKind)] = &[
        ("Police said a 34-year-old man had been arrested.", Named),
        ("The Interior Ministry denied that protesters had been detained.", Named),
        ("The company's chief executive, Helen Strand, conceded that the launch had been rushed.", Named),
        ("A spokeswoman for the World Health Organization said the agency was watching closely.", Named),
        ("Kessler University researchers reported that the drug cut admissions by half.", Named),
        ("Officials said the suspect had been known to police.", Anonymous),
        ("A senior official at the ministry confirmed the resignation.", Anonymous),
        ("People familiar with the matter said the company had held talks.", Anonymous),
        ("A senior defence official, speaking on condition of anonymity, said the drills would continue.", Anonymous),
        ("U.S. officials say the missile test was the longest so far.", Anonymous),
        ("A spokesperson who declined to give her name said the store would reopen.", Anonymous),
        ("Analysts warned that the merger could push prices higher.", Vague),
        ("Some residents said they had not been warned.", Vague),
        ("Many people in the town say they feel forgotten.", Vague),
        ("Environmental groups said the pipeline posed a risk.", Vague),
        ("A number of lawmakers said they had not seen the report.", Vague),
    ];
    for &(text, kind) in cases {
        assert_eq!(one(text).2, kind, "{text}");
    }
}

#[test]
fn a_pronoun_takes_the_kind_of_its_antecedent() {
    let named = report("Senator Ruth Abenda insisted the bill would pass. \"I have counted the votes twice,\" she said.");
    let she = &named.attributions[1];
    assert_eq!(she.source.as_ref().unwrap().text, "she");
    assert_eq!(she.kind, Named);
    assert_eq!(she.antecedent.as_ref().unwrap().text, "Senator Ruth Abenda");

    let anonymous = report("Officials close to the president said he was furious. They said he had ordered an inquiry.");
    assert_eq!(anonymous.attributions[1].kind, Anonymous);
    assert_eq!(anonymous.attributions[1].antecedent.as_ref().unwrap().text, "Officials close to the president");
}

#[test]
fn words_that_are_not_reports_are_not_attributions() {
    for text in [
        "He was told to leave the building and did not return.",
        "Judge Harriet Cole told the jury to disregard the remark.",
        "The said amendment was withdrawn before the vote.",
        "The hospital added 200 beds last year.",
        "The opposition claimed victory in three provinces.",
        "The claims have not been independently verified.",
        "It is said that the castle was built in a single summer.",
        "The fire claimed the lives of four people.",
        "Shares of Brennick Foods fell 4 percent in early trading.",
    ] {
        assert!(attributions(text).is_empty(), "{text}: {:?}", attributions(text));
    }
}

#[test]
fn verb_stance_is_neutral_or_loaded() {
    let r = report("The minister said the plan was fair. Critics claimed it was rushed. The company denied the report. Lund admitted the error.");
    let stances: Vec<(&str, Stance)> = r.attributions.iter().map(|a| (a.verb, a.stance)).collect();
    assert_eq!(stances, [("said", Stance::Neutral), ("claimed", Stance::Loaded), ("denied", Stance::Loaded), ("admitted", Stance::Loaded)]);
    assert_eq!(r.sourcing.loaded_verbs, 3);
}

#[test]
fn quoted_sentences_hedges_and_attributions_are_marked() {
    // Paragraph 1 is entirely quoted and left open; paragraph 2 reopens the quotation (news
    // style), closes it and attributes it. Paragraph 3 is the reporter's.
    let text = "“We will probably never know what happened that night, and nobody wants to say so.\n\n\
                “Officials told us nothing,” said Hamid Yusuf, whose brother died in the fire.\n\n\
                The inquiry may report next year.";
    let r = report(text);
    let voices: Vec<Voice> = r.sentences.iter().map(|s| s.voice).collect();
    // Sentence 2: "Officials told us nothing" (4 quoted words) vs 9 reporter words: reporter.
    assert_eq!(voices, [Voice::Quoted, Voice::Reporter, Voice::Reporter]);
    let hedge_voices: Vec<(&str, Voice)> =
        r.hedges.iter().filter(|h| matches!(h.text, "probably" | "may")).map(|h| (h.text, h.voice)).collect();
    assert_eq!(hedge_voices, [("probably", Voice::Quoted), ("may", Voice::Reporter)]);
    // "Officials told" is the quoted speaker's sourcing, "said Hamid Yusuf" the reporter's.
    let attributions: Vec<(&str, SourceKind, Voice)> = r.attributions.iter().map(|a| (a.text, a.kind, a.voice)).collect();
    assert_eq!(attributions, [("told", Anonymous, Voice::Quoted), ("said", Named, Voice::Reporter)]);
    assert_eq!((r.sourcing.named, r.sourcing.anonymous, r.sourcing.quoted_attributions), (1, 0, 1));
}

#[test]
fn nested_and_straight_quotes_are_one_quotation() {
    let text = "\"He told me 'never again' and walked out,\" the clerk said.";
    let r = report(text);
    assert_eq!(r.attributions.len(), 2);
    assert_eq!(r.attributions[0].voice, Voice::Quoted); // "He told me"
    assert_eq!(r.attributions[1].voice, Voice::Reporter); // "the clerk said"
    assert_eq!(r.sentences[0].voice, Voice::Quoted); // 7 of 10 words are quoted
}

#[test]
fn profile_counts_sources_and_paragraph_densities() {
    // Paragraph 0: 10 words, one anonymous attribution, one hedge ("sources").
    // Paragraph 1: 9 words, one named attribution, no hedge.
    // Paragraph 2: 9 words, one vague attribution, two hedges ("critics", "might").
    let text = "The deal might collapse on Friday, sources said on Thursday.\n\n\
                The company said on Monday that it would appeal.\n\n\
                Critics said the ruling was unfair to small farms.";
    let r = report(text);
    let p = &r.sourcing;
    assert_eq!((p.named, p.anonymous, p.vague, p.attributed_sentences), (1, 1, 1, 3));
    let per_paragraph: Vec<(u32, u32, u32)> = p.paragraphs.iter().map(|q| (q.words, q.named, q.anonymous_or_vague)).collect();
    assert_eq!(per_paragraph, [(10, 0, 1), (9, 1, 0), (9, 0, 1)]);
    assert_eq!(p.paragraphs[1].anonymous_or_vague_per_100_words, Some(0.0));
    assert_eq!(p.paragraphs[0].anonymous_or_vague_per_100_words, Some(10.0));
    let hedges: Vec<u32> = p.paragraphs.iter().map(|q| q.hedges).collect();
    assert_eq!(hedges, r.paragraphs.iter().map(|q| q.hedges).collect::<Vec<_>>());
}

#[test]
fn voices_get_their_own_readability_and_hedge_density() {
    let text = "“It might perhaps work.” The minister said the plan was approved by the full cabinet on Tuesday.";
    let r = report(text);
    let (reporter, quoted) = (&r.sourcing.reporter, &r.sourcing.quoted);
    assert_eq!((quoted.sentences, quoted.words, quoted.hedges), (1, 4, 2));
    assert_eq!((reporter.sentences, reporter.words, reporter.hedges), (1, 13, 0));
    assert_eq!(quoted.hedges_per_100_words, Some(50.0));
    assert!(quoted.readability.flesch_kincaid_grade.is_some());
    assert!(reporter.readability.flesch_kincaid_grade > quoted.readability.flesch_kincaid_grade);
}

#[test]
fn empty_text_has_an_empty_profile() {
    let r = report("");
    assert!(r.attributions.is_empty());
    assert_eq!(r.sourcing.reporter.words, 0);
    assert_eq!(r.sourcing.reporter.hedges_per_100_words, None);
    assert!(r.sourcing.paragraphs.is_empty());
}

#[test]
fn map_offsets_covers_sources_and_antecedents() {
    let text = "Zoë Brandt said the 😀 plan was fair. She added that it would pass.";
    let mut r = report(text);
    let utf16 = |byte: usize| text[..byte].encode_utf16().count();
    let before = r.attributions[1].clone();
    let antecedent = before.antecedent.clone().unwrap();
    assert_eq!(antecedent.text, "Zoë Brandt");
    r.map_offsets(utf16);
    let after = &r.attributions[1];
    let (a, s) = (after.antecedent.as_ref().unwrap(), after.source.as_ref().unwrap());
    assert_eq!((a.start, a.end), (0, "Zoë Brandt".encode_utf16().count()));
    assert_eq!(s.start, utf16(before.source.as_ref().unwrap().start));
    assert_eq!(after.start, utf16(before.start));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn sourcing_never_panics_and_spans_are_valid(text in "(\\PC|[\"“”‘’'«», .\n]){0,200}") {
        let r = report(&text);
        for a in &r.attributions {
            prop_assert!(a.start < a.end && a.end <= text.len());
            prop_assert!(text.is_char_boundary(a.start) && text.is_char_boundary(a.end));
            prop_assert!(a.sentence < r.sentences.len());
            if let Some(s) = &a.source {
                prop_assert_eq!(&text[s.start..s.end], s.text);
            }
        }
        prop_assert_eq!(r.sourcing.reporter.words + r.sourcing.quoted.words, r.counts.words);
        prop_assert_eq!(r.sourcing.reporter.sentences + r.sourcing.quoted.sentences, r.counts.sentences);
    }

    #[test]
    fn news_like_word_salad_never_panics(words in proptest::collection::vec(
        prop_oneof![Just("said"), Just("according"), Just("to"), Just("“"), Just("”"), Just(","), Just("officials"),
                    Just("who"), Just("he"), Just("Smith"), Just("the"), Just("saying"), Just("quoted"), Just("as"),
                    Just("."), Just("\n\n"), Just("'"), Just("told"), Just("that")], 0..80)) {
        let text = words.join(" ");
        let r = report(&text);
        prop_assert!(r.attributions.iter().all(|a| a.end <= text.len()));
    }
}

#[test]
fn a_story_resting_on_unnamed_sources_shows_it_at_a_glance() {
    // The picture: claims rest on "well-informed diplomatic and security sources",
    // "diplomatic insiders" and "analysts"; the only named person denies the story.
    let text = "The government is preparing to close the border within days, according to well-informed diplomatic and security sources.\n\n\
                Diplomatic insiders said the decision was taken on Tuesday. “The order has already been signed,” one of them said.\n\n\
                Analysts say the move could cost the region billions.\n\n\
                Foreign Minister Tomas Brandt denied the reports on Wednesday. “There is no plan,” he told reporters.";
    let r = report(text);
    let found: Vec<(&str, &str, SourceKind, Stance)> =
        r.attributions.iter().map(|a| (a.text, a.source.as_ref().unwrap().text, a.kind, a.stance)).collect();
    assert_eq!(
        found,
        [
            ("according to", "well-informed diplomatic and security sources", Anonymous, Stance::Neutral),
            ("said", "Diplomatic insiders", Anonymous, Stance::Neutral),
            ("said", "one of them", Anonymous, Stance::Neutral),
            ("say", "Analysts", Vague, Stance::Neutral),
            ("denied", "Foreign Minister Tomas Brandt", Named, Stance::Loaded),
            ("told", "he", Named, Stance::Neutral),
        ]
    );
    assert_eq!(r.attributions[2].antecedent.as_ref().unwrap().text, "Diplomatic insiders");
    let p = &r.sourcing;
    assert_eq!((p.named, p.anonymous, p.vague), (2, 3, 1));
    let chart: Vec<u32> = p.paragraphs.iter().map(|q| q.anonymous_or_vague).collect();
    assert_eq!(chart, [1, 2, 1, 0]);
}

#[test]
fn a_verb_of_many_senses_reports_after_a_closed_quotation() {
    // "wrote" needs a "that" complement, or a quotation closed earlier in the sentence by a
    // comma, question mark or exclamation mark and its closing quote (`,"` `,”` `,’` `,'`
    // `?"` `?”` `!"` `!”`).
    for text in [
        "\"No,\" she wrote in a letter.",
        "“No,” she wrote in a letter.",
        "‘No,’ she wrote in a letter.",
        "'No,' she wrote in a letter.",
        "\"Why?\" she wrote in a letter.",
        "“Why?” she wrote in a letter.",
        "\"No!\" she wrote in a letter.",
        "“No!” she wrote in a letter.",
    ] {
        assert_eq!(attributions(text).len(), 1, "{text}");
    }
    // No closed quotation, or a single closing quote after ? or ! (not in the list).
    for text in ["No, she wrote in a letter.", "Why? she wrote in a letter.", "‘Why?’ she wrote in a letter.", "“No!’ she wrote in a letter."] {
        assert_eq!(attributions(text).len(), 0, "{text}");
    }
}
