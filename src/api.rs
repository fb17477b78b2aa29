//! The wasm boundary: the only file that names `wasm_bindgen`, `js_sys` or
//! `serde_wasm_bindgen`.
//!
//! It converts every byte offset of the Report to UTF-16 code units (what JS strings index
//! by) and delivers the Report as a plain JS object, where `None` is `null`.
//!
//! **Why the three big lists are not built by serde.** `serde_wasm_bindgen` builds an object
//! with one boundary call per field and per value; on a 5 MB text (41,000 sentences, 13,000
//! paragraphs, 7,500 findings) that was about 85 ms, more than the whole time budget. So the
//! small part of the Report (counts, scores, summary, attributions and any field added
//! later) still goes through `serde_wasm_bindgen::Serializer::json_compatible()`, while
//! `paragraphs`, `sentences` and `hedges` travel as one `Float64Array` of numbers each and
//! are turned into objects by the small JS functions beside `paragraph_rows` below:
//!
//! * numbers are stored as they are; `None` scores as NaN (the core never produces NaN:
//!   every score is `null` or finite, a property test checks it);
//! * a `text` that is exactly the input between the item's own offsets (always, today) is
//!   sent as those two UTF-16 offsets and becomes `input.slice(start, end)` in JS; any other
//!   string goes in a side array;
//! * small repeated values (category, cue, strength, explanation) are converted once each by
//!   serde into a pool, and referenced by index.
//!
//! Each encoder destructures its row type without `..`, so adding a field to
//! `SentenceReport`, `ParagraphReport` or `HedgeReport` stops the wasm build here until the
//! field is added to the encoder and to the JS object literal (in the same order as the struct: JS
//! objects keep insertion order, so `JSON.stringify` matches the CLI's JSON). The browser
//! test `tests/web_hostile.rs` checks the result against the plain serde path.

use crate::report::{HedgeReport, ParagraphReport, SentenceReport};
use crate::span::Utf16Offsets;
use crate::{Options, Report};
use js_sys::{Array, JsString, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const REPORT_TYPES: &'static str = include_str!("report.d.ts");

// Builds the row objects from the flat numbers that the encoders below write, one object
// literal per row type so that every row shares one hidden class (a loop of keyed stores was
// 10x slower). Field order = struct order. `text` reads two numbers: UTF-16 start and end
// into `input`, or -1-i and 0 for `extra[i]`; NaN is `null`; `pool[i]` is a pooled value.
#[wasm_bindgen(inline_js = r#"
const text = (input, extra, x, y) => (x >= 0 ? input.slice(x, y) : extra[-x - 1]);
const orNull = (x) => (x === x ? x : null);
export function paragraph_rows(a) {
  const out = new Array(a.length / 7);
  for (let r = 0, i = 0; r < out.length; r++, i += 7) {
    out[r] = { start: a[i], end: a[i + 1], first_sentence: a[i + 2], sentence_count: a[i + 3], words: a[i + 4], grade: orNull(a[i + 5]), hedges: a[i + 6] };
  }
  return out;
}
export function sentence_rows(input, extra, a) {
  const out = new Array(a.length / 10);
  for (let r = 0, i = 0; r < out.length; r++, i += 10) {
    out[r] = { start: a[i], end: a[i + 1], text: text(input, extra, a[i + 2], a[i + 3]), paragraph: a[i + 4], words: a[i + 5], syllables: a[i + 6], letters: a[i + 7], polysyllables: a[i + 8], grade: orNull(a[i + 9]) };
  }
  return out;
}
export function hedge_rows(input, extra, pool, a) {
  const out = new Array(a.length / 9);
  for (let r = 0, i = 0; r < out.length; r++, i += 9) {
    out[r] = { start: a[i], end: a[i + 1], text: text(input, extra, a[i + 2], a[i + 3]), category: pool[a[i + 4]], sentence: a[i + 5], cue: pool[a[i + 6]], strength: pool[a[i + 7]], explanation: pool[a[i + 8]] };
  }
  return out;
}
"#)]
extern "C" {
    fn paragraph_rows(numbers: &[f64]) -> Array;
    fn sentence_rows(input: &JsString, extra: &Array, numbers: &[f64]) -> Array;
    fn hedge_rows(input: &JsString, extra: &Array, pool: &Array, numbers: &[f64]) -> Array;
}

/// Installs the panic hook once, when the module starts.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Analyses `text` and returns the Report as a plain JS object with UTF-16 offsets.
///
/// `options` may be `undefined`/`null` or a partial `Options` object. An options value of
/// the wrong shape, or a `text` that is not a string, throws an `Error`. Takes the JS string
/// itself (not `&str`) so that sentence and cue texts can be slices of it, not copies.
#[wasm_bindgen(js_name = analyze, unchecked_return_type = "Report")]
pub fn analyze_export(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsString,
    #[wasm_bindgen(unchecked_param_type = "Partial<Options> | null | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let rust_text = text.as_string().ok_or_else(|| JsError::new("analyze: the text must be a string"))?;
    let options = read_options(&options)?;
    let report = crate::analyze(&rust_text, &options);
    to_js(&rust_text, &text, report)
}

/// [`analyze_export`] for Rust callers (the wasm tests): the same Report from a `&str`.
pub fn analyze_js(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = read_options(&options)?;
    let report = crate::analyze(text, &options);
    to_js(text, &JsString::from(text), report)
}

/// The crate version, for the page's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Reads `Partial<Options>` by hand: absent, `undefined` or `null` fields keep their default,
/// anything else must be a boolean. (Not serde: its error messages pull the float formatting
/// machinery into the wasm, about 20 KB.)
fn read_options(value: &JsValue) -> Result<Options, JsError> {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() {
        return Err(JsError::new("invalid options: expected an object like {sentences: false}"));
    }
    for (name, slot) in [("sentences", &mut options.sentences), ("paragraphs", &mut options.paragraphs), ("hedges", &mut options.hedges)] {
        let field = Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
        if field.is_undefined() || field.is_null() {
            continue;
        }
        *slot = field.as_bool().ok_or_else(|| JsError::new(&format!("invalid options: {name} must be true or false")))?;
    }
    Ok(options)
}

/// The plain serde path for the whole Report (the reference the fast path must equal).
#[doc(hidden)]
pub fn to_js_with_serde(text: &str, mut report: Report) -> Result<JsValue, JsError> {
    let offsets = Utf16Offsets::new(text);
    report.map_offsets(|byte| offsets.convert(byte));
    serialize(&report)
}

fn serialize<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not build the report: {e}")))
}

/// The Report (byte offsets into `text`) as a JS object (UTF-16 offsets), big lists built
/// in JS; `input` is `text` as a JS string.
#[doc(hidden)]
pub fn to_js(text: &str, input: &JsString, mut report: Report) -> Result<JsValue, JsError> {
    let offsets = Utf16Offsets::new(text);
    let paragraphs = std::mem::take(&mut report.paragraphs);
    let sentences = std::mem::take(&mut report.sentences);
    let hedges = std::mem::take(&mut report.hedges);
    report.map_offsets(|byte| offsets.convert(byte));
    let object = serialize(&report)?;

    let mut rows = Rows { text, offsets: &offsets, extra: Array::new(), pool: Pool::default() };
    let paragraphs = paragraph_rows(&rows.paragraphs(&paragraphs));
    let numbers = rows.sentences(&sentences);
    let sentences = sentence_rows(input, &rows.extra, &numbers);
    let numbers = rows.hedges(&hedges)?;
    let hedges = hedge_rows(input, &rows.extra, &rows.pool.values, &numbers);
    for (name, list) in [("paragraphs", paragraphs), ("sentences", sentences), ("hedges", hedges)] {
        Reflect::set(&object, &JsValue::from_str(name), &list).map_err(|_| JsError::new("could not build the report"))?;
    }
    Ok(object)
}

/// Small repeated values, converted once each by serde (so their JS form is exactly serde's).
#[derive(Default)]
struct Pool {
    categories: Vec<(crate::Category, f64)>,
    strengths: Vec<(Option<crate::Strength>, f64)>,
    texts: std::collections::HashMap<String, f64>,
    values: Array,
}

impl Pool {
    fn push<T: Serialize>(&mut self, value: &T) -> Result<f64, JsError> {
        self.values.push(&serialize(value)?);
        Ok(f64::from(self.values.length() - 1))
    }

    fn category(&mut self, value: crate::Category) -> Result<f64, JsError> {
        if let Some(&(_, i)) = self.categories.iter().find(|(c, _)| *c == value) {
            return Ok(i);
        }
        let i = self.push(&value)?;
        self.categories.push((value, i));
        Ok(i)
    }

    fn strength(&mut self, value: Option<crate::Strength>) -> Result<f64, JsError> {
        if let Some(&(_, i)) = self.strengths.iter().find(|(s, _)| *s == value) {
            return Ok(i);
        }
        let i = self.push(&value)?;
        self.strengths.push((value, i));
        Ok(i)
    }

    fn text(&mut self, value: &str) -> Result<f64, JsError> {
        if let Some(&i) = self.texts.get(value) {
            return Ok(i);
        }
        let i = self.push(&value)?;
        self.texts.insert(value.to_owned(), i);
        Ok(i)
    }
}

/// Encodes rows into flat numbers (see the module docs).
struct Rows<'a> {
    text: &'a str,
    offsets: &'a Utf16Offsets<'a>,
    extra: Array,
    pool: Pool,
}

impl Rows<'_> {
    fn at(&self, byte: usize) -> f64 {
        self.offsets.convert(byte) as f64
    }

    /// A text field: as a slice of the input when it is one, else in `extra`.
    fn text(&mut self, out: &mut Vec<f64>, start: usize, end: usize, value: &str) {
        if self.text.get(start..end) == Some(value) {
            out.extend([self.at(start), self.at(end)]);
        } else {
            self.extra.push(&JsValue::from_str(value));
            out.extend([-(self.extra.length() as f64), 0.0]);
        }
    }

    fn paragraphs(&mut self, rows: &[ParagraphReport]) -> Vec<f64> {
        let mut out = Vec::with_capacity(rows.len() * 7);
        for row in rows {
            let ParagraphReport { start, end, first_sentence, sentence_count, words, grade, hedges } = row;
            out.extend([self.at(*start), self.at(*end), *first_sentence as f64, *sentence_count as f64, f64::from(*words), grade.unwrap_or(f64::NAN), f64::from(*hedges)]);
        }
        out
    }

    fn sentences(&mut self, rows: &[SentenceReport]) -> Vec<f64> {
        let mut out = Vec::with_capacity(rows.len() * 10);
        for row in rows {
            let SentenceReport { start, end, text, paragraph, words, syllables, letters, polysyllables, grade } = row;
            out.extend([self.at(*start), self.at(*end)]);
            self.text(&mut out, *start, *end, text);
            out.extend([*paragraph as f64, f64::from(*words), f64::from(*syllables), f64::from(*letters), f64::from(*polysyllables), grade.unwrap_or(f64::NAN)]);
        }
        out
    }

    fn hedges(&mut self, rows: &[HedgeReport]) -> Result<Vec<f64>, JsError> {
        let mut out = Vec::with_capacity(rows.len() * 9);
        for row in rows {
            let HedgeReport { start, end, text, category, sentence, cue, strength, explanation } = row;
            out.extend([self.at(*start), self.at(*end)]);
            self.text(&mut out, *start, *end, text);
            out.extend([self.pool.category(*category)?, *sentence as f64]);
            out.extend([self.pool.text(cue)?, self.pool.strength(*strength)?, self.pool.text(explanation)?]);
        }
        Ok(out)
    }
}
