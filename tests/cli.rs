//! The `hedgescope` CLI as people and scripts use it: JSON output, `--lines` batches,
//! `--format text`, usage and exit codes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::process::Output;

fn run(args: &[&str], stdin: &[u8]) -> Output {
    common::run(args, stdin).0
}

fn json(out: &Output) -> serde_json::Value {
    assert!(out.status.success(), "exit {:?}: {}", out.status, String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON document")
}

#[test]
fn analyze_prints_the_report_as_json_from_stdin() {
    let report = json(&run(&["analyze"], "It may rain. Officials reportedly agreed.".as_bytes()));
    assert_eq!(report["counts"]["words"], 6);
    assert_eq!(report["counts"]["sentences"], 2);
    assert_eq!(report["hedges"][0]["text"], "may");
    assert_eq!(report["hedges"][0]["category"], "epistemic");
    assert_eq!(report["hedges"][1]["category"], "attribution");
    assert!(report["readability"]["flesch_kincaid_grade"].is_f64());
    assert!(report["attributions"].is_array());
}

#[test]
fn analyze_reads_a_file_and_dash_means_stdin() {
    let dir = std::env::temp_dir().join(format!("hedgescope-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("article.txt");
    std::fs::write(&path, "First paragraph here.\n\nSecond one, perhaps.").unwrap();
    let from_file = json(&run(&["analyze", path.to_str().unwrap()], b""));
    assert_eq!(from_file["counts"]["paragraphs"], 2);
    let from_dash = json(&run(&["analyze", "-"], std::fs::read(&path).unwrap().as_slice()));
    assert_eq!(from_file, from_dash);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn offsets_in_the_cli_are_utf8_bytes() {
    let text = "Café owners may agree.";
    let report = json(&run(&["analyze"], text.as_bytes()));
    let hedge = &report["hedges"][0];
    let (start, end) = (hedge["start"].as_u64().unwrap() as usize, hedge["end"].as_u64().unwrap() as usize);
    assert_eq!(&text.as_bytes()[start..end], b"may");
    assert_eq!(start, 13, "\"Café owners \" is 13 bytes (é is two)");
}

#[test]
fn lines_prints_one_report_per_line_in_order_and_empty_lines_give_empty_reports() {
    let out = run(&["analyze", "--lines"], b"One short line.\n\nIt may rain. Or not.\n");
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["counts"]["words"], 3);
    assert_eq!(lines[1]["counts"]["words"], 0);
    assert!(lines[1]["readability"]["flesch_kincaid_grade"].is_null());
    assert_eq!(lines[2]["counts"]["sentences"], 2);
    assert_eq!(lines[2]["hedges"][0]["text"], "may");
}

#[test]
fn format_text_prints_a_readable_summary() {
    let out = run(&["analyze", "--format", "text"], b"It may rain today. We expect it.");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("words 7"), "{text}");
    assert!(text.contains("Flesch-Kincaid grade"), "{text}");
    assert!(text.contains("epistemic 1"), "{text}");
    assert!(text.contains("doxastic 1"), "{text}");
}

#[test]
fn help_prints_usage_and_exits_zero() {
    let out = run(&["--help"], b"");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("hedgescope analyze"));
    let out = run(&["analyze", "--help"], b"");
    assert!(out.status.success());
}

#[test]
fn unknown_flag_prints_usage_and_exits_two() {
    let out = run(&["analyze", "--frobnicate"], b"text");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--frobnicate") && err.contains("Usage"), "{err}");
    assert_eq!(run(&[], b"").status.code(), Some(2));
    assert_eq!(run(&["frobnicate"], b"").status.code(), Some(2));
}

#[test]
fn invalid_utf8_is_a_clear_error_naming_the_byte_offset_with_exit_one() {
    let out = run(&["analyze"], b"Valid start \xff\xfe then junk");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not valid UTF-8") && err.contains("offset 12"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn missing_file_is_a_clear_error_with_exit_one() {
    let out = run(&["analyze", "/nonexistent/article.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/article.txt"));
}
