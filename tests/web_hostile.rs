//! Hostile input through the wasm API in a real browser (wasm-bindgen-test, run by
//! `wasm-pack test --headless --chrome`), and the fast Report builder checked against the
//! plain serde path: the page must get exactly the object serde would have built.
#![cfg(target_arch = "wasm32")]

use hedgescope::api::{analyze_js, to_js};
use hedgescope::span::Utf16Offsets;
use hedgescope::{analyze, Options, Report};
use serde::Serialize;
use js_sys::{Array, JsString, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn count(report: &JsValue, key: &str) -> f64 {
    get(&get(report, "counts"), key).as_f64().unwrap_or_else(|| panic!("counts.{key} is not a number"))
}

fn array(value: &JsValue, key: &str) -> Array {
    get(value, key).dyn_into::<Array>().unwrap_or_else(|_| panic!("{key} is not an array"))
}

/// The reference: the whole Report (UTF-16 offsets) through `serde_wasm_bindgen`'s
/// JSON-compatible serializer, the crate the wasm used before it had its own small one.
fn to_js_with_serde(text: &str, mut report: Report) -> Result<JsValue, serde_wasm_bindgen::Error> {
    let offsets = Utf16Offsets::new(text);
    report.map_offsets(|byte| offsets.convert(byte));
    report.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
}

fn json(value: &JsValue) -> String {
    JSON::stringify(value).unwrap().as_string().unwrap()
}

/// The report through the page's entry point, after checking it equals the serde path's
/// and that every span selects its text in UTF-16 units.
fn report(text: &str) -> JsValue {
    let fast = analyze_js(text, JsValue::UNDEFINED).unwrap_or_else(|_| panic!("analyze threw on {} bytes", text.len()));
    let reference = to_js_with_serde(text, analyze(text, &Options::default())).unwrap();
    let (fast_json, reference_json) = (json(&fast), json(&reference));
    if fast_json != reference_json {
        let at = fast_json.bytes().zip(reference_json.bytes()).position(|(a, b)| a != b).unwrap_or(0);
        let context = |s: &str| s.get(at.saturating_sub(80)..(at + 80).min(s.len())).unwrap_or("").to_owned();
        panic!("fast and serde Reports differ at byte {at}:\n fast:  {}\n serde: {}", context(&fast_json), context(&reference_json));
    }
    let js_text = JsString::from(text);
    for list in ["sentences", "hedges"] {
        for item in array(&fast, list).iter() {
            let (start, end) = (get(&item, "start").as_f64().unwrap(), get(&item, "end").as_f64().unwrap());
            assert!(start <= end && end <= js_text.length() as f64, "{list} span out of bounds");
            assert_eq!(JsValue::from(js_text.slice(start as u32, end as u32)), get(&item, "text"), "{list} span selects its text");
        }
    }
    fast
}

#[wasm_bindgen_test]
fn fast_builder_equals_serde_on_real_prose() {
    let text = "Officials said the plan may fail, according to sources. It seems likely, perhaps.\n\n\
                Critics argue the committee’s well-informed members clearly disagree. Dr. Smith reportedly left at 3 p.m.\n\n\
                “We believe it,” he said. The extraordinarily complicated administrative reorganisation was announced.";
    let r = report(text);
    assert!(array(&r, "hedges").length() >= 5);
    assert_eq!(count(&r, "paragraphs"), 3.0);
}

#[wasm_bindgen_test]
fn options_leave_lists_empty_in_the_fast_builder_too() {
    let options = JSON::parse(r#"{"sentences": false, "paragraphs": false, "hedges": false}"#).unwrap();
    let r = analyze_js("One sentence may be here. And another.", options).unwrap();
    for list in ["sentences", "paragraphs", "hedges"] {
        assert_eq!(array(&r, list).length(), 0, "{list}");
    }
    assert_eq!(count(&r, "sentences"), 2.0);
}

#[wasm_bindgen_test]
fn empty_and_whitespace_only() {
    for text in ["", " ", "\n\n", "\t\r\n\u{a0}\u{3000}"] {
        let r = report(text);
        assert_eq!(count(&r, "words"), 0.0);
        assert!(get(&get(&r, "readability"), "flesch_kincaid_grade").is_null());
    }
}

#[wasm_bindgen_test]
fn five_megabytes_on_one_line() {
    let sentence = "The committee may approve the plan. ";
    let repeats = 5_000_000 / sentence.len();
    let text = sentence.repeat(repeats);
    let r = analyze_js(&text, JsValue::UNDEFINED).unwrap();
    assert_eq!(count(&r, "words"), (6 * repeats) as f64);
    assert_eq!(count(&r, "sentences"), repeats as f64);
    assert_eq!(array(&r, "hedges").length() as usize, repeats);
}

/// The report through the page's entry point only (for the largest inputs; the fast path is
/// compared with serde on the smaller ones).
fn quick_report(text: &str) -> JsValue {
    analyze_js(text, JsValue::UNDEFINED).unwrap_or_else(|_| panic!("analyze threw on {} bytes", text.len()))
}

#[wasm_bindgen_test]
fn one_megabyte_without_a_space() {
    let r = quick_report(&"a".repeat(1_000_000));
    assert_eq!(count(&r, "words"), 1.0);
    assert_eq!(count(&r, "letters"), 1_000_000.0);
}

#[wasm_bindgen_test]
fn nul_bytes() {
    let text = "The plan\0 may\0\0fail.\0";
    let r = report(text);
    assert_eq!(count(&r, "characters"), text.chars().count() as f64);
}

#[wasm_bindgen_test]
fn a_hundred_thousand_nested_brackets_and_quotes() {
    for (open, close) in [("(", ")"), ("“", "”"), ("\"", "\"")] {
        let r = quick_report(&format!("{}deep{}", open.repeat(100_000), close.repeat(100_000)));
        assert_eq!(count(&r, "words"), 1.0);
    }
}

#[wasm_bindgen_test]
fn arabic_cjk_and_devanagari() {
    for text in [
        "يقول المسؤولون إن الخطة قد تفشل. وقال مصدر إنه غير متأكد.",
        "官员表示，该计划可能会失败。消息人士称他们不确定。",
        "अधिकारियों का कहना है कि योजना विफल हो सकती है। सूत्रों ने कहा।",
    ] {
        let r = report(text);
        assert!(count(&r, "words") > 0.0, "{text}");
        let notices = array(&r, "notices");
        assert_eq!(notices.length(), 1, "{text}: a notice that the metrics are calibrated for English");
        assert_eq!(get(&notices.get(0), "code").as_string().unwrap(), "non_latin_script");
    }
}

#[wasm_bindgen_test]
fn emoji_zwj_sequences_and_combining_marks_keep_utf16_offsets_right() {
    let text = "The family 👩\u{200d}👩\u{200d}👧 may visit. Cafe\u{301} owners 👍🏽 reportedly agreed. 🇫🇷 Z\u{335}\u{30d}algo.";
    let r = report(text);
    let cues: Vec<String> = array(&r, "hedges").iter().map(|h| get(&h, "text").as_string().unwrap()).collect();
    assert!(cues.contains(&"may".to_owned()) && cues.contains(&"reportedly".to_owned()), "{cues:?}");
}

#[wasm_bindgen_test]
fn non_ascii_texts_of_every_length_around_the_offset_blocks() {
    // The UTF-16 offset table works in 64-byte blocks. A non-ASCII text whose length was a
    // multiple of 64 and that ended without a line break ("Café " + 57 letters + ".") used
    // to panic converting its last sentence's end. `report` also checks every span's text.
    for length in 60..=200 {
        for accent in ["é", "中", "😀"] {
            let mut text = format!("Caf{accent} owners may agree");
            while text.len() < length - 1 {
                text.push('a');
            }
            text.push('.');
            let r = report(&text);
            let sentences = array(&r, "sentences");
            assert_eq!(get(&sentences.get(sentences.length() - 1), "end").as_f64().unwrap(), text.encode_utf16().count() as f64, "{} bytes", text.len());
        }
    }
}

#[wasm_bindgen_test]
fn crlf_and_lone_cr() {
    for text in ["First one.\r\n\r\nSecond one.", "First one.\r\rSecond one."] {
        let r = report(text);
        assert_eq!(count(&r, "paragraphs"), 2.0, "{text:?}");
    }
}

#[wasm_bindgen_test]
fn a_ten_thousand_character_word() {
    let r = report(&format!("This is {} indeed.", "x".repeat(10_000)));
    assert_eq!(count(&r, "words"), 4.0);
}

#[wasm_bindgen_test]
fn text_that_is_not_a_string_is_a_clear_error() {
    // The exported `analyze` takes the JS value itself; a number is refused with an Error.
    let error = hedgescope::api::analyze_export(JsValue::from_f64(42.0).unchecked_into(), JsValue::UNDEFINED).unwrap_err();
    let error: JsValue = error.into();
    assert!(get(&error, "message").as_string().unwrap().contains("must be a string"));
}

#[wasm_bindgen_test]
fn the_fast_builder_handles_texts_that_are_not_slices() {
    // A Report edited after analysis (here: a sentence text that is not the input slice)
    // still converts exactly like serde, through the side array.
    let text = "It may rain. Sources said so.";
    let mut report = analyze(text, &Options::default());
    report.sentences[0].text = "edited";
    let fast = to_js(text, &JsString::from(text), report.clone()).unwrap();
    let reference = to_js_with_serde(text, report).unwrap();
    assert_eq!(json(&fast), json(&reference));
}
