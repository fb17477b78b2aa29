//! Sentence, paragraph and word segmentation: every case of issue 3, through the public API,
//! plus property tests of the span invariants.
//!
//! Expected splits are what a careful human reader marks; they were written before running
//! the splitter.
// Native only: `wasm-pack test` builds every test file for wasm32, where proptest and
// std::time are not available; the wasm API has its own tests in tests/web.rs.
#![cfg(not(target_arch = "wasm32"))]

use hedgescope::segment::{segment, SentenceKind};
use hedgescope::span::Span;
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

fn sentences(text: &str) -> Vec<&str> {
    segment(text).sentences.iter().map(|s| s.span.slice(text)).collect()
}

fn words(text: &str) -> Vec<&str> {
    segment(text).words.iter().map(|w| w.span.slice(text)).collect()
}

/// Checks each case: the text and the sentences a reader sees in it.
fn check(cases: &[(&str, &[&str])]) {
    for (text, expected) in cases {
        assert_eq!(sentences(text), *expected, "splitting {text:?}");
    }
}

#[test]
fn titles_mid_sentence_and_at_the_end() {
    check(&[
        ("Mr. Smith and Mrs. Jones met Ms. Lee.", &["Mr. Smith and Mrs. Jones met Ms. Lee."]),
        ("Dr. Adams called Prof. Baker. They spoke.", &["Dr. Adams called Prof. Baker.", "They spoke."]),
        ("Sen. Warren, Gov. Newsom and Gen. Milley spoke with Rep. Pelosi.", &["Sen. Warren, Gov. Newsom and Gen. Milley spoke with Rep. Pelosi."]),
        ("They visited St. Louis. It rained.", &["They visited St. Louis.", "It rained."]),
        ("Martin Luther King Jr. was born in Atlanta.", &["Martin Luther King Jr. was born in Atlanta."]),
        ("The speech was by Martin Luther King Jr. It changed everything.", &["The speech was by Martin Luther King Jr.", "It changed everything."]),
        ("I waited for the Dr. He was late.", &["I waited for the Dr.", "He was late."]),
    ]);
}

#[test]
fn months_and_days() {
    check(&[
        ("The law takes effect Jan. 1 next year.", &["The law takes effect Jan. 1 next year."]),
        ("It ended in Sept. The vote came later.", &["It ended in Sept.", "The vote came later."]),
        ("The meeting is on Wed. Jan. 5 at noon.", &["The meeting is on Wed. Jan. 5 at noon."]),
        ("We met on Wed. Then we left.", &["We met on Wed.", "Then we left."]),
    ]);
}

#[test]
fn am_and_pm_mid_sentence_and_at_the_end() {
    check(&[
        ("The polls open at 7 a.m. and close at 8 p.m. on Tuesday.", &["The polls open at 7 a.m. and close at 8 p.m. on Tuesday."]),
        ("The polls close at 8 p.m. Results come later.", &["The polls close at 8 p.m.", "Results come later."]),
        ("We left at 6 a.m. The sun was up.", &["We left at 6 a.m.", "The sun was up."]),
        ("The meeting is at 10 a.m. Monday in the hall.", &["The meeting is at 10 a.m. Monday in the hall."]),
    ]);
}

#[test]
fn initials() {
    check(&[
        ("J. R. R. Tolkien wrote it. He was a professor.", &["J. R. R. Tolkien wrote it.", "He was a professor."]),
        ("The book by J.R.R. Tolkien sold well.", &["The book by J.R.R. Tolkien sold well."]),
        ("Robert I. Smith signed the letter.", &["Robert I. Smith signed the letter."]),
        ("George W. Bush spoke.", &["George W. Bush spoke."]),
        ("We chose Plan B. Then it failed.", &["We chose Plan B.", "Then it failed."]),
        ("We make a good team, you and I. Did you see Albert I. Jones?", &["We make a good team, you and I.", "Did you see Albert I. Jones?"]),
    ]);
}

#[test]
fn country_abbreviations() {
    check(&[
        ("The U.S. economy grew, the U.K. slowed and the U.N. met.", &["The U.S. economy grew, the U.K. slowed and the U.N. met."]),
        ("The U.S. Army moved in.", &["The U.S. Army moved in."]),
        ("She moved to the U.S. The move was hard.", &["She moved to the U.S.", "The move was hard."]),
        ("Talks with the U.K. and the E.U. resumed.", &["Talks with the U.K. and the E.U. resumed."]),
    ]);
}

#[test]
fn latin_and_reference_abbreviations() {
    check(&[
        ("Fruits, e.g. apples, are sweet.", &["Fruits, e.g. apples, are sweet."]),
        ("Some fruits, i.e. citrus, are sour.", &["Some fruits, i.e. citrus, are sour."]),
        ("Bring pens, paper, etc. to class.", &["Bring pens, paper, etc. to class."]),
        ("Bring pens, paper, etc. The rest is provided.", &["Bring pens, paper, etc.", "The rest is provided."]),
        ("It was Smith vs. Jones in court.", &["It was Smith vs. Jones in court."]),
        ("See No. 5 in the list.", &["See No. 5 in the list."]),
        ("He said no. Then he left.", &["He said no.", "Then he left."]),
        ("See Fig. 3 and pp. 12-14.", &["See Fig. 3 and pp. 12-14."]),
        ("As in Wyatt v. United States, the court ruled.", &["As in Wyatt v. United States, the court ruled."]),
        ("Like Mr. A., a laborer, he paid.", &["Like Mr. A., a laborer, he paid."]),
        ("The plate is 5 in. thick and 40 mg. daily is the dose.", &["The plate is 5 in. thick and 40 mg. daily is the dose."]),
        ("The sign has 24-in. letters. They glow.", &["The sign has 24-in. letters.", "They glow."]),
        ("Come in. the door is open.", &["Come in.", "the door is open."]),
        ("Timothy Palmer of Newburyport, Mass. has agreed.", &["Timothy Palmer of Newburyport, Mass. has agreed."]),
        ("Polls favor ex-Gov. Knight today.", &["Polls favor ex-Gov. Knight today."]),
    ]);
}

#[test]
fn decimals_versions_and_ip_addresses() {
    check(&[
        ("Growth was 3.5 percent. It beat forecasts.", &["Growth was 3.5 percent.", "It beat forecasts."]),
        ("Upgrade to version 2.4.1 today. It is faster.", &["Upgrade to version 2.4.1 today.", "It is faster."]),
        ("The server at 192.168.0.1 is down. Call IT.", &["The server at 192.168.0.1 is down.", "Call IT."]),
        ("Pi is about 3.14.", &["Pi is about 3.14."]),
    ]);
}

#[test]
fn ellipses() {
    check(&[
        ("I think... maybe not.", &["I think... maybe not."]),
        ("He paused... Then he spoke.", &["He paused...", "Then he spoke."]),
        ("He paused . . . Then he spoke.", &["He paused . . .", "Then he spoke."]),
        ("Wait . . . what was that?", &["Wait . . . what was that?"]),
        ("He paused… Then he spoke.", &["He paused…", "Then he spoke."]),
        ("Well… perhaps.", &["Well… perhaps."]),
        ("The thing is . . . I didn’t mean it.", &["The thing is . . . I didn’t mean it."]),
    ]);
}

#[test]
fn terminal_punctuation_inside_quotes_and_parentheses() {
    check(&[
        ("He said, \"Stop.\" Then he left.", &["He said, \"Stop.\"", "Then he left."]),
        ("“Stop!” he shouted.", &["“Stop!” he shouted."]),
        ("“Are you sure?” she asked. He nodded.", &["“Are you sure?” she asked.", "He nodded."]),
        ("She agreed. (He did not.) They left.", &["She agreed.", "(He did not.)", "They left."]),
        ("The plan (approved last week!) failed.", &["The plan (approved last week!) failed."]),
        ("He called it ‘absurd.’ Nobody laughed.", &["He called it ‘absurd.’", "Nobody laughed."]),
    ]);
}

#[test]
fn question_and_exclamation_runs() {
    check(&[
        ("You did what?! That is absurd!! Why??? Fine.", &["You did what?!", "That is absurd!!", "Why???", "Fine."]),
        ("Really?! no way.", &["Really?!", "no way."]),
        ("She works at Yahoo! in the accounting department.", &["She works at Yahoo! in the accounting department."]),
    ]);
}

#[test]
fn numbered_and_lettered_lists() {
    let text = "Steps:\n1. Open the box.\n2. Remove the tray\n3. Close it\n\nOptions:\na) red\nb) blue\n\nParts:\ni. one\nii. two";
    assert_eq!(sentences(text), ["Steps:", "Open the box.", "Remove the tray", "Close it", "Options:", "red", "blue", "Parts:", "one", "two"]);
    let s = segment(text);
    assert_eq!(s.sentences[1].kind, SentenceKind::ListItem);
    assert!(!words(text).contains(&"1"), "list markers are not words");
    assert!(!words(text).contains(&"ii"), "roman list markers are not words");
    check(&[
        ("Do this: 1. Open the box. 2. Close it.", &["Do this: 1. Open the box.", "Close it."]),
        ("- milk\n- eggs\n• bread", &["milk", "eggs", "bread"]),
        ("1.) The first item. 2.) The second item.", &["The first item.", "The second item."]),
    ]);
}

#[test]
fn headings_and_list_items_without_final_punctuation() {
    let text = "Introduction\nThe study began in May. It ended in June.\n\nMethods\n\nWe asked people.";
    assert_eq!(sentences(text), ["Introduction", "The study began in May.", "It ended in June.", "Methods", "We asked people."]);
    let s = segment(text);
    assert_eq!(s.sentences[0].kind, SentenceKind::Heading);
    assert_eq!(s.sentences[3].kind, SentenceKind::Heading, "a one-line paragraph without punctuation is a heading");
    assert_eq!(s.sentences[1].kind, SentenceKind::Prose);
    check(&[
        ("# Results\nSales rose.", &["Results", "Sales rose."]),
        ("Results of the Second Survey\nMost people agreed with the plan.", &["Results of the Second Survey", "Most people agreed with the plan."]),
        (
            "The committee met in the morning. After a long debate\nJohn Smith of the finance office raised the issue again.",
            &["The committee met in the morning.", "After a long debate\nJohn Smith of the finance office raised the issue again."],
        ),
        ("Shopping list\n- apples\n- pears", &["Shopping list", "apples", "pears"]),
    ]);
}

#[test]
fn urls_and_email_addresses() {
    check(&[
        ("Visit https://example.com/a.b?c=d. Then log in.", &["Visit https://example.com/a.b?c=d.", "Then log in."]),
        ("Write to jane.doe@example.org. She answers.", &["Write to jane.doe@example.org.", "She answers."]),
        ("See www.example.com for details.", &["See www.example.com for details."]),
    ]);
    assert_eq!(words("Mail jane.doe@example.org or see https://example.com/a.b?c=d."), ["Mail", "jane.doe@example.org", "or", "see", "https://example.com/a.b?c=d"]);
}

#[test]
fn sentences_starting_with_a_number_or_a_lowercase_letter() {
    check(&[
        ("The year ended. 2023 was worse.", &["The year ended.", "2023 was worse."]),
        ("Sales fell. 40 stores closed.", &["Sales fell.", "40 stores closed."]),
        ("He bought a phone. iPhones sell well.", &["He bought a phone.", "iPhones sell well."]),
        ("This is one. this is another.", &["This is one.", "this is another."]),
    ]);
}

#[test]
fn paragraphs_and_line_breaks() {
    let text = "The committee met on\nTuesday and voted. It was close.\n\n\nA second paragraph\r\nwraps here.";
    let s = segment(text);
    assert_eq!(s.paragraphs.len(), 2);
    assert_eq!(sentences(text), ["The committee met on\nTuesday and voted.", "It was close.", "A second paragraph\r\nwraps here."]);
    assert_eq!(s.paragraphs[1].sentences, 2..3);
}

#[test]
fn words_policy() {
    assert_eq!(words("Venezuela’s and Venezuela's"), ["Venezuela’s", "and", "Venezuela's"]);
    assert_eq!(words("I don’t, you won't."), ["I", "don’t", "you", "won't"]);
    assert_eq!(words("A state-of-the-art, well-known plan."), ["A", "state-of-the-art", "well-known", "plan"]);
    assert_eq!(words("It cost $1,200.50, up 3.5% from €900 or £80."), ["It", "cost", "$1,200.50", "up", "3.5%", "from", "€900", "or", "£80"]);
    assert_eq!(words("Hello — world ... !?"), ["Hello", "world"]);
    assert_eq!(words("the U.S. and e.g. this"), ["the", "U.S", "and", "e.g", "this"]);
}

#[test]
fn letters_count_letters_and_digits_inside_words_only() {
    let report = hedgescope::analyze("Don't pay $1,000!", &Default::default());
    // D o n t p a y 1 0 0 0
    assert_eq!(report.counts.letters, 11);
    assert_eq!(report.counts.words, 3);
}

/// The English "Golden Rules" of the Pragmatic Segmenter (Kevin Dias), which pysbd also tests
/// against (written down from the published list), with the number of sentences each should
/// give. Three are knowingly left out
/// (see the issue-3 note): "At 5 a.m. Mr. Smith went…" (a.m. before a title), an inline list
/// without punctuation ("1) The first item 2) The second item") and lowercase unpunctuated
/// lines as separate items ("features\ncontact manager\n…").
#[test]
fn pragmatic_segmenter_golden_rules() {
    let cases: &[(&str, usize)] = &[
        ("Hello World. My name is Jonas.", 2),
        ("What is your name? My name is Jonas.", 2),
        ("There it is! I found it.", 2),
        ("My name is Jonas E. Smith.", 1),
        ("Please turn to p. 55.", 1),
        ("Were Jane and co. at the party?", 1),
        ("They closed the deal with Pitt, Briggs & Co. at noon.", 1),
        ("Let's ask Jane and co. They should know.", 2),
        ("They closed the deal with Pitt, Briggs & Co. It closed yesterday.", 2),
        ("I can see Mt. Fuji from here.", 1),
        ("St. Michael's Church is on 5th st. near the light.", 1),
        ("That is JFK Jr.'s book.", 1),
        ("I visited the U.S.A. last year.", 1),
        ("I live in the E.U. How about you?", 2),
        ("I live in the U.S. How about you?", 2),
        ("I work for the U.S. Government in Virginia.", 1),
        ("I have lived in the U.S. for 20 years.", 1),
        ("She has $100.00 in her bag.", 1),
        ("She has $100.00. It is in her bag.", 2),
        ("He teaches science (He previously worked for 5 years as an engineer.) at the local University.", 1),
        ("Her email is Jane.Doe@example.com. I sent her an email.", 2),
        ("The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.", 2),
        ("She turned to him, 'This is great.' she said.", 1),
        ("She turned to him, \"This is great.\" she said.", 1),
        ("She turned to him, \"This is great.\" She held the book out to show him.", 2),
        ("Hello!! Long time no see.", 2),
        ("Hello?? Who is there?", 2),
        ("Hello!? Is that you?", 2),
        ("Hello?! Is that you?", 2),
        ("1.) The first item 2.) The second item", 2),
        ("1.) The first item. 2.) The second item.", 2),
        ("1) The first item. 2) The second item.", 2),
        ("1. The first item 2. The second item", 2),
        ("1. The first item. 2. The second item.", 2),
        ("a. The first item b. The second item c. The third list item", 3),
        ("This is a sentence\ncut off in the middle because pdf.", 1),
        ("It was a cold \nnight in the city.", 1),
        ("She works at Yahoo! in the accounting department.", 1),
        ("We make a good team, you and I. Did you see Albert I. Jones yesterday?", 2),
        ("Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”", 1),
        ("I never meant that.... She left the store.", 2),
        ("I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.", 1),
        ("One further habit which was somewhat weakened . . . was that of combining words into self-constructed tools.", 1),
        ("If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.", 2),
    ];
    for (text, expected) in cases {
        assert_eq!(sentences(text).len(), *expected, "{text:?} gave {:?}", sentences(text));
    }
}

// ---- Property tests ---------------------------------------------------------------------

/// Text built from pieces that exercise every branch: abbreviations, markers, quotes, URLs,
/// line breaks, multi-byte characters.
fn texty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Dr. ".to_owned()),
        Just("U.S. ".to_owned()),
        Just("e.g. ".to_owned()),
        Just("J. ".to_owned()),
        Just("3.5% ".to_owned()),
        Just("$1,000 ".to_owned()),
        Just("... ".to_owned()),
        Just(". . . ".to_owned()),
        Just("?! ".to_owned()),
        Just("“Hi!” ".to_owned()),
        Just("(ok.) ".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("1. ".to_owned()),
        Just("a) ".to_owned()),
        Just("- ".to_owned()),
        Just("# ".to_owned()),
        Just("https://x.org/a. ".to_owned()),
        Just("a@b.co ".to_owned()),
        Just("well-known ".to_owned()),
        Just("don’t ".to_owned()),
        Just("é😀 ".to_owned()),
        Just("…".to_owned()),
        "[A-Za-z]{1,8}[ .,!?]?".prop_map(|s| s),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check_invariants(text: &str) {
    let s = segment(text);
    let on_boundary = |span: Span| text.is_char_boundary(span.start) && text.is_char_boundary(span.end) && span.start <= span.end && span.end <= text.len();
    for list in [&s.paragraphs.iter().map(|p| p.span).collect::<Vec<_>>(), &s.sentences.iter().map(|x| x.span).collect(), &s.words.iter().map(|w| w.span).collect()] {
        for pair in list.windows(2) {
            assert!(pair[0].end <= pair[1].start, "sorted, non-overlapping: {pair:?} in {text:?}");
        }
        for &span in list {
            assert!(on_boundary(span), "in bounds, on char boundaries: {span:?} in {text:?}");
            assert!(!span.is_empty(), "no empty span in {text:?}");
        }
    }
    for (i, w) in s.words.iter().enumerate() {
        let holders: Vec<usize> = s.sentences.iter().enumerate().filter(|(_, x)| x.span.contains(w.span)).map(|(j, _)| j).collect();
        assert_eq!(holders, [w.sentence], "word {i} {:?} lies in exactly its own sentence, in {text:?}", w.span.slice(text));
        assert!(s.sentences[w.sentence].words.contains(&i));
    }
    for (j, x) in s.sentences.iter().enumerate() {
        assert!(s.paragraphs[x.paragraph].span.contains(x.span), "sentence inside its paragraph in {text:?}");
        assert!(s.paragraphs[x.paragraph].sentences.contains(&j));
        assert!(!x.words.is_empty(), "every sentence has a word");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn spans_are_sorted_in_bounds_and_nested_on_texty_input(text in texty()) {
        check_invariants(&text);
    }

    #[test]
    fn never_panics_on_any_string(text in any::<String>()) {
        check_invariants(&text);
        let _ = hedgescope::analyze(&text, &Default::default());
    }

    #[test]
    fn ascii_fast_path_matches_unicode_segmentation(chunk in "[a-zA-Z0-9_.,;:'\"“”‘’!?()$%/@-]{0,24}") {
        let mut fast = Vec::new();
        hedgescope::segment::words::ascii_word_segments(chunk.as_bytes(), |a, b| fast.push(&chunk[a..b]));
        let reference: Vec<&str> = chunk.split_word_bounds().filter(|s| s.chars().any(char::is_alphanumeric)).collect();
        prop_assert_eq!(fast, reference);
    }

    #[test]
    fn syllables_never_panic_and_words_have_at_least_one(word in "\\PC{0,30}") {
        let n = hedgescope::syllables::syllables(&word);
        if word.chars().any(char::is_alphanumeric) {
            prop_assert!(n >= 1);
        }
    }
}

/// Found by the property test: "%" followed by a combining vowel sign is a UAX #29 word of
/// its own, so the percent sign must not also be joined to the number before it.
#[test]
fn percent_sign_before_a_combining_mark_does_not_overlap_the_next_word() {
    check_invariants("0%\u{ae2}");
    check_invariants("$5%\u{ae2} 7%");
}

/// Adversarial inputs stay fast (linear): a run of 200,000 characters of one kind.
#[test]
fn long_runs_of_one_character_are_segmented_quickly() {
    for unit in ["(", ")", ".", ". ", "!", "a.", "-", "a-", "'", "1,", "http://x.org/", "\n", "\n\n", "1. ", "# ", "Dr. "] {
        let mut text = String::from("http://x.org/a");
        text.push_str(&unit.repeat(200_000 / unit.len()));
        let started = std::time::Instant::now();
        let s = segment(&text);
        let _ = hedgescope::analyze(&text, &Default::default());
        // Generous bound for a debug build on a shared machine; a quadratic path takes minutes.
        assert!(started.elapsed().as_secs() < 20, "{unit:?} took {:?} ({} words)", started.elapsed(), s.words.len());
    }
}
