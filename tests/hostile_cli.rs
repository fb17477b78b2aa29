//! Hostile input through the real `hedgescope` binary: it must answer with a Report (or, for
//! bytes that are not UTF-8, a clear error and exit code 1), never a panic or a hang.
//! Expected counts come from how each input is built, not from the program's output.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
mod common;

use std::process::Output;

/// Runs `hedgescope analyze [args]` with `input` on stdin, which must be accepted whole.
fn analyze(input: &[u8], args: &[&str]) -> Output {
    let args: Vec<&str> = std::iter::once("analyze").chain(args.iter().copied()).collect();
    let (output, written) = common::run(&args, input);
    written.expect("stdin accepted");
    output
}

/// The Report, after checking the run succeeded and printed nothing on stderr.
fn report(input: &[u8]) -> Value {
    let out = analyze(input, &[]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "exit {:?}, stderr: {stderr}", out.status.code());
    assert!(stderr.is_empty(), "unexpected stderr: {stderr}");
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON Report")
}

fn count(report: &Value, key: &str) -> u64 {
    report["counts"][key].as_u64().unwrap_or_else(|| panic!("counts.{key} missing"))
}

/// Every span of the Report is inside the text (in UTF-8 bytes: the CLI's offsets).
fn assert_spans_inside(report: &Value, len: usize) {
    for list in ["paragraphs", "sentences", "hedges"] {
        for item in report[list].as_array().unwrap() {
            let (start, end) = (item["start"].as_u64().unwrap() as usize, item["end"].as_u64().unwrap() as usize);
            assert!(start <= end && end <= len, "{list}: {start}..{end} outside 0..{len}");
        }
    }
}

#[test]
fn empty_input_gives_zero_counts_and_null_scores() {
    for input in ["", " ", "\n\n\n", "\t \r\n \u{a0}\u{3000}\r"] {
        let r = report(input.as_bytes());
        assert_eq!(count(&r, "words"), 0, "{input:?}");
        assert_eq!(count(&r, "sentences"), 0, "{input:?}");
        for (name, score) in r["readability"].as_object().unwrap() {
            assert!(score.is_null(), "{name} must be null for {input:?}");
        }
    }
}

#[test]
fn five_megabytes_on_one_line() {
    let sentence = "The committee may approve the plan. ";
    let repeats = 5_000_000 / sentence.len();
    let text = sentence.repeat(repeats);
    let r = report(text.as_bytes());
    assert_eq!(count(&r, "words"), 6 * repeats as u64);
    assert_eq!(count(&r, "sentences"), repeats as u64);
    assert_eq!(count(&r, "paragraphs"), 1);
    assert_eq!(r["hedging"]["epistemic"].as_u64(), Some(repeats as u64), "one 'may' per sentence");
}

#[test]
fn one_megabyte_without_a_space() {
    let text = "a".repeat(1_000_000);
    let r = report(text.as_bytes());
    assert_eq!(count(&r, "words"), 1);
    assert_eq!(count(&r, "sentences"), 1);
    assert_eq!(count(&r, "letters"), 1_000_000);
    // Punctuation with no space anywhere: no word at all, no crash.
    let r = report(".".repeat(1_000_000).as_bytes());
    assert_eq!(count(&r, "words"), 0);
}

#[test]
fn nul_bytes_are_ordinary_characters() {
    let text = "The plan\0 may\0\0fail.\0";
    let r = report(text.as_bytes());
    assert_eq!(count(&r, "characters"), text.chars().count() as u64);
    assert!(count(&r, "words") >= 3, "The, plan, may, fail survive around the NULs");
    assert_spans_inside(&r, text.len());
}

#[test]
fn invalid_utf8_is_a_clear_error_naming_the_offset() {
    let out = analyze(b"Hello world \xff\xfe more", &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "no Report for an invalid input");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("UTF-8") && stderr.contains("offset 12"), "{stderr}");
    // A truncated multi-byte character at the very end, through --lines too.
    let out = analyze("ok\ncaf\u{e9}".as_bytes().split_last().unwrap().1, &["--lines"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("offset 6"));
}

#[test]
fn a_hundred_thousand_nested_brackets_and_quotes() {
    for (open, close) in [("(", ")"), ("[", "]"), ("“", "”"), ("\"", "\""), ("«", "»")] {
        let text = format!("{}deep{}", open.repeat(100_000), close.repeat(100_000));
        let r = report(text.as_bytes());
        assert_eq!(count(&r, "words"), 1, "{open}deep{close}");
        assert_spans_inside(&r, text.len());
    }
}

#[test]
fn arabic_cjk_and_devanagari() {
    for text in [
        "يقول المسؤولون إن الخطة قد تفشل. وقال مصدر إنه غير متأكد.",
        "官员表示，该计划可能会失败。消息人士称他们不确定。",
        "日本語の文章です。これは試験のための長い文章です。",
        "अधिकारियों का कहना है कि योजना विफल हो सकती है। सूत्रों ने कहा।",
        "Mixed: the plan may fail, officials said on Friday, قد تفشل, 可能失败, विफल.",
    ] {
        let r = report(text.as_bytes());
        assert!(count(&r, "words") > 0, "{text}");
        assert_spans_inside(&r, text.len());
        let codes: Vec<&str> = r["notices"].as_array().unwrap().iter().map(|n| n["code"].as_str().unwrap()).collect();
        // Only the mixed sentence is mostly Latin script; the others must say they are not.
        assert_eq!(codes.contains(&"non_latin_script"), !text.starts_with("Mixed"), "{text}: {codes:?}");
    }
}

#[test]
fn english_text_gets_no_notice_and_other_languages_do() {
    let english = "The committee said on Friday that the plan may fail, because the money that was promised \
                   has not arrived and the work cannot start before the end of the year.";
    assert_eq!(report(english.as_bytes())["notices"].as_array().unwrap().len(), 0);
    let french = "Le gouvernement a annoncé mardi une nouvelle réforme des retraites, qui devrait entrer en \
                  vigueur l'année prochaine. Les syndicats ont dénoncé un projet injuste et appellent à la grève.";
    let notices = report(french.as_bytes())["notices"].clone();
    assert_eq!(notices[0]["code"], "not_english");
    assert!(notices[0]["message"].as_str().unwrap().contains("calibrated for English"));
}

#[test]
fn emoji_sequences_and_combining_marks() {
    let text = "The family 👩\u{200d}👩\u{200d}👧 may visit. Cafe\u{301} owners 👍🏽 reportedly agreed. Z\u{335}\u{30d}\u{31d}a\u{34c}\u{31f}lgo text. 🇫🇷";
    let r = report(text.as_bytes());
    assert_spans_inside(&r, text.len());
    let cues: Vec<&str> = r["hedges"].as_array().unwrap().iter().map(|h| h["text"].as_str().unwrap()).collect();
    assert!(cues.contains(&"may") && cues.contains(&"reportedly"), "{cues:?}");
    // Every span starts and ends on a character boundary (JSON offsets are bytes in the CLI).
    for s in r["sentences"].as_array().unwrap() {
        let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[start..end], s["text"].as_str().unwrap());
    }
}

#[test]
fn crlf_and_lone_cr_separate_paragraphs_like_lf() {
    for text in ["First one.\n\nSecond one.", "First one.\r\n\r\nSecond one.", "First one.\r\rSecond one."] {
        let r = report(text.as_bytes());
        assert_eq!(count(&r, "paragraphs"), 2, "{text:?}");
        assert_eq!(count(&r, "sentences"), 2, "{text:?}");
        assert_eq!(count(&r, "words"), 4, "{text:?}");
    }
    // A single CR or CRLF inside a paragraph is a line break, not a paragraph break.
    let r = report(b"One line\r\ncontinues here.\rAnd more.");
    assert_eq!(count(&r, "paragraphs"), 1);
}

#[test]
fn a_ten_thousand_character_word() {
    let long = "x".repeat(10_000);
    let text = format!("This is {long} indeed.");
    let r = report(text.as_bytes());
    assert_eq!(count(&r, "words"), 4);
    assert_eq!(count(&r, "long_words"), 1);
    assert_eq!(count(&r, "letters"), 4 + 2 + 10_000 + 6);
}

#[test]
fn lines_mode_survives_hostile_lines() {
    let input = "\n\0\n(((((\n\u{202e}reversed\nمرحبا\n".as_bytes();
    let out = analyze(input, &["--lines"]);
    assert!(out.status.success());
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 5, "one Report per input line");
    for line in lines {
        serde_json::from_str::<Value>(line).expect("each line is a Report");
    }
}
