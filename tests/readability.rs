//! Readability: every formula against values computed by hand from given counts (so the
//! tokenizer and the syllable counter play no part), undefined scores as `None`/`null`, and
//! the per-sentence, per-paragraph and statistics parts of the Report through `analyze` and
//! the real CLI. Native only (it runs the CLI and uses proptest); the wasm API has tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use hedgescope::counts::Tally;
use hedgescope::readability::{self, Difficulty, Readability};
use hedgescope::{analyze, Options};
use proptest::prelude::*;

/// 100 words, 5 sentences (no semicolons), 150 syllables, 450 letters, 10 polysyllables,
/// 8 complex words, 12 difficult words, 9 distinct Spache-unfamiliar words.
fn sample() -> Tally {
    Tally {
        words: 100,
        sentences: 5,
        sentence_units: 5,
        syllables: 150,
        letters: 450,
        polysyllables: 10,
        complex_words: 8,
        long_words: 20,
        difficult_words: 12,
        spache_unfamiliar_words: 9,
    }
}

fn assert_close(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a defined score");
    assert!((actual - expected).abs() < 1e-9, "{actual} != {expected}");
}

#[test]
fn flesch_reading_ease_by_hand() {
    // 206.835 - 1.015 * 20 - 84.6 * 1.5 = 206.835 - 20.3 - 126.9
    assert_close(readability::flesch_reading_ease(&sample()), 59.635);
}

#[test]
fn flesch_kincaid_uses_0_39_and_15_59() {
    // 0.39 * 20 + 11.8 * 1.5 - 15.59 = 7.8 + 17.7 - 15.59
    assert_close(readability::flesch_kincaid_grade(&sample()), 9.91);
}

#[test]
fn gunning_fog_by_hand() {
    // 0.4 * (20 + 100 * 8 / 100) = 0.4 * 28
    assert_close(readability::gunning_fog(&sample()), 11.2);
}

#[test]
fn smog_by_hand() {
    // 1.0430 * sqrt(10 * 30 / 5) + 3.1291 = 1.043 * sqrt(60) + 3.1291
    assert_close(readability::smog(&sample()), 1.043 * 60f64.sqrt() + 3.1291);
    assert_close(readability::smog(&sample()), 11.208_143_260_187_67);
}

#[test]
fn coleman_liau_uses_0_0588() {
    // L = 450, S = 5: 0.0588 * 450 - 0.296 * 5 - 15.8 = 26.46 - 1.48 - 15.8
    assert_close(readability::coleman_liau(&sample()), 9.18);
    // With the popular wrong constant 0.058 it would be 8.82: the difference is visible.
}

#[test]
fn automated_readability_index_by_hand() {
    // 4.71 * 4.5 + 0.5 * 20 - 21.43 = 21.195 + 10 - 21.43
    assert_close(readability::automated_readability_index(&sample()), 9.765);
}

#[test]
fn dale_chall_adds_3_6365_only_when_difficult_words_exceed_5_percent() {
    // 12% difficult: 0.1579 * 12 + 0.0496 * 20 + 3.6365 = 1.8948 + 0.992 + 3.6365
    assert_close(readability::dale_chall(&sample()), 6.5233);
    // Exactly 5%: no adjustment. 0.1579 * 5 + 0.992 = 1.7815
    assert_close(readability::dale_chall(&Tally { difficult_words: 5, ..sample() }), 1.7815);
    // 4% difficult: the raw score (1.6236) is far above 0.05, yet there is no adjustment
    // (the condition is on the percentage, not on the raw score).
    assert_close(readability::dale_chall(&Tally { difficult_words: 4, ..sample() }), 0.1579 * 4.0 + 0.992);
    // 6%: adjusted.
    assert_close(readability::dale_chall(&Tally { difficult_words: 6, ..sample() }), 0.1579 * 6.0 + 0.992 + 3.6365);
}

#[test]
fn spache_by_hand() {
    // 0.121 * 20 + 0.082 * 9 + 0.659 = 2.42 + 0.738 + 0.659
    assert_close(readability::spache(&sample()), 3.817);
}

#[test]
fn linsear_write_both_branches() {
    // r = (90 * 1 + 10 * 3) / 5 = 24 > 20: 24 / 2 = 12
    assert_close(readability::linsear_write(&sample()), 12.0);
    // 10 sentence units: r = 12 <= 20: (12 - 2) / 2 = 5
    assert_close(readability::linsear_write(&Tally { sentences: 10, sentence_units: 10, ..sample() }), 5.0);
}

#[test]
fn consensus_is_the_median_of_six_grade_formulas() {
    // FK 9.91, Fog 11.2, SMOG 11.2081, CL 9.18, ARI 9.765, Linsear 12 -> sorted
    // 9.18 9.765 9.91 11.2 11.2081 12 -> median (9.91 + 11.2) / 2
    assert_close(readability::consensus_grade(&sample()), (9.91 + 11.2) / 2.0);
    assert_eq!(readability::median(&mut [3.0, 1.0, 2.0]), Some(2.0));
    assert_eq!(readability::median(&mut []), None);
    // Even count: the mean of the middle two, whatever the input order.
    assert_eq!(readability::median(&mut [12.0, 4.0, 8.0, 6.0, 10.0, 2.0]), Some(7.0));
    assert_eq!(readability::median(&mut [-1.5, 7.0]), Some(2.75));
}

#[test]
fn formulas_divide_by_sentence_units_not_sentences() {
    // 5 sentences holding 10 semicolon-separated units: words per unit is 10.
    let t = Tally { sentence_units: 10, ..sample() };
    assert_close(readability::flesch_kincaid_grade(&t), 0.39 * 10.0 + 11.8 * 1.5 - 15.59);
}

#[test]
fn zero_denominators_give_none_never_zero_or_nan() {
    assert_eq!(readability::scores(&Tally::default()), Readability::default());
    let no_sentences = Tally { sentences: 0, sentence_units: 0, ..sample() };
    assert_eq!(readability::scores(&no_sentences), Readability::default());
}

#[test]
fn empty_and_wordless_texts_have_null_scores() {
    for text in ["", "   \n\n ", "...", "; ; ;", "—"] {
        let r = analyze(text, &Options::default());
        assert_eq!(r.readability, Readability::default(), "{text:?}");
        assert_eq!(r.statistics.words_per_sentence, None);
        assert_eq!(r.statistics.lexical_diversity_mtld, None);
        assert_eq!(r.statistics.reading_time_seconds, 0.0);
        for s in &r.sentences {
            assert_eq!(s.difficulty, None);
        }
    }
}

#[test]
fn every_sentence_and_paragraph_carries_its_own_scores() {
    let text = "The cat sat on the mat. It was happy.\n\nNotwithstanding considerable methodological heterogeneity, epistemological investigations remain inconclusive.";
    let r = analyze(text, &Options::default());
    assert_eq!(r.sentences.len(), 3);
    assert_eq!(r.paragraphs.len(), 2);
    for s in &r.sentences {
        assert_eq!(s.grade, s.readability.flesch_kincaid_grade, "grade stays the Flesch-Kincaid grade");
        assert!(s.readability.consensus_grade.is_some());
        assert_eq!(s.difficulty, Difficulty::of_grade(s.grade));
    }
    assert_eq!(r.sentences[0].difficulty, Some(Difficulty::Easy));
    assert_eq!(r.sentences[2].difficulty, Some(Difficulty::VeryHard));
    assert!(r.sentences[0].hard_words.is_empty(), "{:?}", r.sentences[0].hard_words);
    let hard: Vec<&str> = r.sentences[2].hard_words.iter().map(|w| w.text).collect();
    for w in ["Notwithstanding", "considerable", "methodological", "heterogeneity", "epistemological", "investigations", "inconclusive"] {
        assert!(hard.contains(&w), "{w} missing from {hard:?}");
    }
    for w in &r.sentences[2].hard_words {
        assert_eq!(&text[w.start..w.end], w.text);
        assert!(w.long && w.polysyllabic);
    }
    assert_eq!(r.paragraphs[1].readability, readability::scores(&hedgescope::counts::count(text, &hedgescope::segment::segment(text)).paragraphs[1]));
    assert!(r.paragraphs[1].grade > r.paragraphs[0].grade);
}

#[test]
fn names_and_inflected_short_words_are_not_hard() {
    let r = analyze("We met the Washington officials yesterday.", &Options::default());
    let hard: Vec<&str> = r.sentences[0].hard_words.iter().map(|w| w.text).collect();
    assert!(!hard.contains(&"Washington"), "{hard:?}");
}

#[test]
fn unfamiliar_words_are_hard_even_when_short() {
    let r = analyze("The yak ate kelp.", &Options::default());
    let yak = r.sentences[0].hard_words.iter().find(|w| w.text == "yak").expect("yak is not on the Dale-Chall list");
    assert!(yak.unfamiliar && !yak.polysyllabic && !yak.long);
}

#[test]
fn statistics_of_a_known_text() {
    // 14 words in 3 sentences (5, 7, 2); the second is the longest; one passive sentence.
    let text = "The report was written quickly. Everyone in the office read it twice. Nobody complained.";
    let r = analyze(text, &Options::default());
    let s = &r.statistics;
    assert_eq!(r.counts.words, 14);
    assert_eq!(s.words_per_sentence, Some(14.0 / 3.0));
    let longest = s.longest_sentence.expect("three sentences");
    assert_eq!((longest.index, longest.words), (1, 7));
    assert_eq!(&text[longest.start..longest.end], "Everyone in the office read it twice.");
    assert_eq!(s.passive_sentences, 1);
    assert!(r.sentences[0].passive && !r.sentences[1].passive && !r.sentences[2].passive);
    assert!((s.passive_percentage.unwrap() - 100.0 / 3.0).abs() < 1e-12);
    assert!((s.reading_time_seconds - 14.0 * 60.0 / 238.0).abs() < 1e-12);
    assert!((s.speaking_time_seconds - 14.0 * 60.0 / 183.0).abs() < 1e-12);
    assert_eq!(s.syllables_per_word, Some(f64::from(r.counts.syllables) / 14.0));
}

#[test]
fn lexical_diversity_is_lower_for_repetitive_text() {
    let varied = "The quick brown fox jumps over a lazy dog while seven wizards quietly box nineteen jugs of liquid, and every curious child watches from distant hills under grey skies.";
    let repetitive = "The dog and the dog and the dog saw the dog and the dog and the cat saw the dog and the dog and the dog.";
    let m = |t: &str| analyze(t, &Options::default()).statistics.lexical_diversity_mtld;
    assert!(m(repetitive).expect("repeats complete factors") < 10.0);
    assert!(m(varied).unwrap_or(f64::INFINITY) > m(repetitive).unwrap());
}

#[test]
fn semicolons_split_sentence_units_for_the_formulas_only() {
    let r = analyze("He left; she stayed.", &Options::default());
    assert_eq!(r.counts.sentences, 1);
    assert_eq!(r.statistics.sentence_units, 2);
    assert_eq!(r.statistics.words_per_sentence, Some(4.0));
    let t = Tally {
        words: 4,
        sentences: 1,
        sentence_units: 2,
        syllables: r.counts.syllables,
        letters: 15,
        ..Tally::default()
    };
    assert_eq!(r.readability.flesch_kincaid_grade, readability::flesch_kincaid_grade(&t));
}

#[test]
fn utf16_mapping_covers_hard_words_and_the_longest_sentence() {
    let text = "😀 Épistémologie compliquée. Extraordinarily complicated considerations.";
    let mut r = analyze(text, &Options::default());
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let map = hedgescope::span::Utf16Offsets::new(text);
    r.map_offsets(|b| map.convert(b));
    for s in &r.sentences {
        for w in &s.hard_words {
            assert_eq!(String::from_utf16(&utf16[w.start..w.end]).unwrap(), w.text);
        }
    }
    let l = r.statistics.longest_sentence.unwrap();
    assert_eq!(String::from_utf16(&utf16[l.start..l.end]).unwrap(), r.sentences[l.index].text);
}

#[test]
fn cli_prints_the_new_fields_and_nulls() {
    let exe = env!("CARGO_BIN_EXE_hedgescope");
    let run = |input: &str| {
        use std::io::Write;
        let mut child = std::process::Command::new(exe)
            .arg("analyze")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("the CLI runs");
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let empty = run("");
    for field in ["\"spache\":null", "\"linsear_write\":null", "\"consensus_grade\":null", "\"lexical_diversity_mtld\":null", "\"passive_percentage\":null", "\"longest_sentence\":null"] {
        assert!(empty.contains(field), "{field} in {empty}");
    }
    assert!(!empty.contains("NaN"));
    let full = run("The bill was passed by the senate. Legislators celebrated.");
    for field in ["\"difficulty\":\"", "\"hard_words\":[{", "\"passive\":true", "\"passive_sentences\":1", "\"sentence_units\":2"] {
        assert!(full.contains(field), "{field} in {full}");
    }
}

proptest! {
    #[test]
    fn sentence_units_never_panic_and_are_at_least_sentences(text in "[ab;.,' \n]{0,40}") {
        let r = analyze(&text, &Options::default());
        prop_assert!(r.statistics.sentence_units >= r.counts.sentences);
        prop_assert_eq!(r.readability.flesch_kincaid_grade.is_some(), r.counts.words > 0);
    }

    #[test]
    fn scores_are_finite_or_none_on_any_text(text in "\\PC{0,80}") {
        let r = analyze(&text, &Options::default());
        let all = std::iter::once(r.readability)
            .chain(r.sentences.iter().map(|s| s.readability))
            .chain(r.paragraphs.iter().map(|p| p.readability));
        for s in all {
            for v in [s.flesch_reading_ease, s.flesch_kincaid_grade, s.gunning_fog, s.smog, s.coleman_liau,
                      s.automated_readability_index, s.dale_chall, s.spache, s.linsear_write, s.consensus_grade] {
                prop_assert!(v.is_none_or(f64::is_finite));
            }
        }
        for s in &r.sentences {
            for w in &s.hard_words {
                prop_assert!(text.is_char_boundary(w.start) && text.is_char_boundary(w.end));
            }
        }
    }
}
