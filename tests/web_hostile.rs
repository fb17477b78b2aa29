//! Hostile input through the wasm API in a real browser (wasm-bindgen-test, run by
//! `wasm-pack test --headless --chrome`): every Report comes back as a plain object whose
//! UTF-16 spans select exactly the texts it reports.
#![cfg(target_arch = "wasm32")]

use hedgescope::api::analyze_js;
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

fn json(value: &JsValue) -> String {
    JSON::stringify(value).unwrap().as_string().unwrap()
}

/// The report through the page's entry point, after checking that it survives JSON and that
/// every span selects its text in UTF-16 units.
fn report(text: &str) -> JsValue {
    let report = analyze_js(text, JsValue::UNDEFINED).unwrap_or_else(|_| panic!("analyze threw on {} bytes", text.len()));
    assert!(json(&report).starts_with('{'), "the Report serialises as a JSON object");
    let js_text = JsString::from(text);
    for list in ["sentences", "hedges"] {
        for item in array(&report, list).iter() {
            let (start, end) = (get(&item, "start").as_f64().unwrap(), get(&item, "end").as_f64().unwrap());
            assert!(start <= end && end <= js_text.length() as f64, "{list} span out of bounds");
            assert_eq!(JsValue::from(js_text.slice(start as u32, end as u32)), get(&item, "text"), "{list} span selects its text");
        }
    }
    report
}

#[wasm_bindgen_test]
fn real_prose_with_every_kind_of_finding() {
    let text = "Officials said the plan may fail, according to sources. It seems likely, perhaps.\n\n\
                Critics argue the committee’s well-informed members clearly disagree. Dr. Smith reportedly left at 3 p.m.\n\n\
                “We believe it,” he said. The extraordinarily complicated administrative reorganisation was announced.";
    let r = report(text);
    assert!(array(&r, "hedges").length() >= 5);
    assert_eq!(count(&r, "paragraphs"), 3.0);
}

#[wasm_bindgen_test]
fn options_leave_lists_empty() {
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

/// The report through the page's entry point, without the per-span checks (for the largest
/// inputs, which would otherwise pass the browser runner's 20 s limit per call).
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
