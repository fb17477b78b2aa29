//! The wasm API in a real browser (wasm-bindgen-test, run by
//! `wasm-pack test --headless --chrome`): the Report's shape as JS sees it, nulls on empty
//! input, UTF-16 offsets, and errors thrown as JS `Error`s.
#![cfg(target_arch = "wasm32")]

use hedgescope::api::analyze_js;
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn number(value: &JsValue, key: &str) -> f64 {
    get(value, key).as_f64().unwrap_or_else(|| panic!("{key} is not a number"))
}

fn array(value: &JsValue, key: &str) -> Array {
    get(value, key).dyn_into::<Array>().unwrap_or_else(|_| panic!("{key} is not an array"))
}

/// Characters of `s` between UTF-16 offsets, the way JS `String.prototype.slice` takes them.
fn js_slice(s: &str, start: f64, end: f64) -> String {
    let units: Vec<u16> = s.encode_utf16().collect();
    String::from_utf16(&units[start as usize..end as usize]).unwrap()
}

#[wasm_bindgen_test]
fn report_is_a_plain_object_with_the_documented_fields() {
    let report = analyze_js("The results may be wrong. Sources said so.", JsValue::UNDEFINED).unwrap();
    assert_eq!(Object::get_prototype_of(&report), Object::get_prototype_of(&Object::new()), "plain object, not a Map");
    for key in ["counts", "readability", "sentences", "hedges", "attributions", "paragraphs", "hedging"] {
        assert!(!get(&report, key).is_undefined(), "missing {key}");
    }
    let counts = get(&report, "counts");
    assert_eq!(number(&counts, "words"), 8.0);
    assert_eq!(number(&counts, "sentences"), 2.0);
    for key in ["words", "sentences", "paragraphs", "syllables", "letters", "polysyllables"] {
        assert!(get(&counts, key).as_f64().is_some(), "counts.{key}");
    }
    let readability = get(&report, "readability");
    for key in ["flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog", "coleman_liau", "automated_readability_index", "dale_chall"] {
        assert!(number(&readability, key).is_finite(), "readability.{key}");
    }
    let hedges = array(&report, "hedges");
    let categories: Vec<String> = hedges.iter().map(|h| get(&h, "category").as_string().unwrap()).collect();
    assert_eq!(categories, ["epistemic", "anonymous_source"]);
    // Round-trips through JSON unchanged: nothing JSON cannot express.
    let json = JSON::stringify(&report).unwrap().as_string().unwrap();
    assert!(json.contains("\"flesch_kincaid_grade\":"));
}

#[wasm_bindgen_test]
fn empty_text_gives_zero_counts_and_null_scores() {
    for text in ["", "   \n\n  "] {
        let report = analyze_js(text, JsValue::NULL).unwrap();
        assert_eq!(number(&get(&report, "counts"), "words"), 0.0);
        let readability = get(&report, "readability");
        for key in ["flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog", "coleman_liau", "automated_readability_index", "dale_chall"] {
            assert!(get(&readability, key).is_null(), "{key} must be null, not undefined or 0");
        }
        assert_eq!(array(&report, "sentences").length(), 0);
        assert_eq!(array(&report, "hedges").length(), 0);
    }
}

#[wasm_bindgen_test]
fn offsets_are_utf16_code_units_with_emoji_and_accents() {
    let text = "Café 😀 owners say prices may rise. Señor García 👩‍👩‍👧 reportedly agreed.";
    let report = analyze_js(text, JsValue::UNDEFINED).unwrap();
    let hedges = array(&report, "hedges");
    let found: Vec<(String, String)> = hedges
        .iter()
        .map(|h| (js_slice(text, number(&h, "start"), number(&h, "end")), get(&h, "text").as_string().unwrap()))
        .collect();
    assert_eq!(found.len(), 2);
    for (sliced, reported) in &found {
        assert_eq!(sliced, reported, "UTF-16 offsets must select the reported text");
    }
    assert_eq!(found[0].0, "may");
    assert_eq!(found[1].0, "reportedly");
    for s in array(&report, "sentences").iter() {
        assert_eq!(js_slice(text, number(&s, "start"), number(&s, "end")), get(&s, "text").as_string().unwrap());
    }
}

#[wasm_bindgen_test]
fn options_can_leave_out_lists_and_bad_options_throw_an_error() {
    let options = JSON::parse(r#"{"sentences": false}"#).unwrap();
    let report = analyze_js("One. Two.", options).unwrap();
    assert_eq!(array(&report, "sentences").length(), 0);
    assert_eq!(number(&get(&report, "counts"), "sentences"), 2.0);

    let bad = JSON::parse(r#"{"sentences": "yes"}"#).unwrap();
    let error = analyze_js("One.", bad).unwrap_err();
    let error: JsValue = error.into();
    assert!(error.is_instance_of::<js_sys::Error>(), "a thrown JS Error");
    let message = get(&error, "message").as_string().unwrap();
    assert!(message.contains("invalid options"), "{message}");
}
