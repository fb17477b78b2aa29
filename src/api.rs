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

use crate::readability::sentence::HardWord;
use crate::readability::Readability;
use crate::report::{HedgeReport, ParagraphReport, SentenceReport};
use crate::hash::FastMap;
use crate::span::Utf16Offsets;
use crate::{Options, Report};
use js_sys::{Array, JsString, Reflect};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const REPORT_TYPES: &'static str = include_str!("report.d.ts");

// Builds the row objects from the flat numbers that the encoders below write, with one
// object literal per row type so that all rows share one hidden class (a generic loop of
// keyed stores was 5-10x slower). Field order = struct order. The reader `r` walks the
// numbers: `text` takes two (UTF-16 start and end into `input`, or -1-i and 0 for
// `extra[i]`), NaN is `null`, 0/1 are booleans, `pool[i]` is a pooled value, and a list
// is its length followed by its items.
#[wasm_bindgen(inline_js = r#"
function reader(input, extra, pool, a) {
  let i = 0;
  return {
    n: () => a[i++],
    opt: () => { const x = a[i++]; return x === x ? x : null; },
    bool: () => a[i++] === 1,
    pool: () => pool[a[i++]],
    text: () => { const x = a[i++], y = a[i++]; return x >= 0 ? input.slice(x, y) : extra[-x - 1]; },
  };
}
function readability(r) {
  return { flesch_reading_ease: r.opt(), flesch_kincaid_grade: r.opt(), gunning_fog: r.opt(), smog: r.opt(), coleman_liau: r.opt(), automated_readability_index: r.opt(), dale_chall: r.opt(), spache: r.opt(), linsear_write: r.opt(), consensus_grade: r.opt() };
}
export function paragraph_rows(out, count, a) {
  const r = reader(null, null, null, a);
  for (let k = 0; k < count; k++) {
    out.push({ start: r.n(), end: r.n(), first_sentence: r.n(), sentence_count: r.n(), words: r.n(), grade: r.opt(), hedges: r.n(), readability: readability(r) });
  }
}
function hard_words(r) {
  const out = new Array(r.n());
  for (let k = 0; k < out.length; k++) {
    out[k] = { start: r.n(), end: r.n(), text: r.text(), syllables: r.n(), long: r.bool(), polysyllabic: r.bool(), unfamiliar: r.bool() };
  }
  return out;
}
export function sentence_rows(out, count, input, extra, pool, a) {
  const r = reader(input, extra, pool, a);
  for (let k = 0; k < count; k++) {
    out.push({ start: r.n(), end: r.n(), text: r.text(), paragraph: r.n(), words: r.n(), syllables: r.n(), letters: r.n(), polysyllables: r.n(), grade: r.opt(), readability: readability(r), difficulty: r.pool(), hard_words: hard_words(r), passive: r.bool(), voice: r.pool() });
  }
}
export function hedge_rows(out, count, input, extra, pool, a) {
  const r = reader(input, extra, pool, a);
  for (let k = 0; k < count; k++) {
    out.push({ start: r.n(), end: r.n(), text: r.text(), category: r.pool(), sentence: r.n(), cue: r.pool(), strength: r.pool(), explanation: r.pool(), voice: r.pool() });
  }
}
"#)]
extern "C" {
    fn paragraph_rows(out: &Array, count: usize, numbers: &[f64]);
    fn sentence_rows(out: &Array, count: usize, input: &JsString, extra: &Array, pool: &Array, numbers: &[f64]);
    fn hedge_rows(out: &Array, count: usize, input: &JsString, extra: &Array, pool: &Array, numbers: &[f64]);
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

    let mut rows = Rows { text, offsets: &offsets, extra: Array::new(), pool: Pool::default(), categories: Small(Vec::new()), strengths: Small(Vec::new()), difficulties: Small(Vec::new()), voices: Small(Vec::new()) };
    // Rows go over in chunks through one reused buffer, so the buffer stays a few hundred KB
    // instead of 16+ MB for a 5 MB text. (The tab's peak did not move: the core's own peak
    // during `analyze` is higher, and that memory is reused here.)
    let mut numbers = Vec::new();
    let (paragraph_list, sentence_list, hedge_list) = (Array::new(), Array::new(), Array::new());
    for chunk in paragraphs.chunks(CHUNK_ROWS) {
        rows.paragraphs(chunk, &mut numbers);
        paragraph_rows(&paragraph_list, chunk.len(), &numbers);
    }
    for chunk in sentences.chunks(CHUNK_ROWS) {
        rows.sentences(chunk, &mut numbers)?;
        sentence_rows(&sentence_list, chunk.len(), input, &rows.extra, &rows.pool.values, &numbers);
    }
    for chunk in hedges.chunks(CHUNK_ROWS) {
        rows.hedges(chunk, &mut numbers)?;
        hedge_rows(&hedge_list, chunk.len(), input, &rows.extra, &rows.pool.values, &numbers);
    }
    for (name, list) in [("paragraphs", paragraph_list), ("sentences", sentence_list), ("hedges", hedge_list)] {
        Reflect::set(&object, &JsValue::from_str(name), &list).map_err(|_| JsError::new("could not build the report"))?;
    }
    Ok(object)
}

/// Rows encoded per call into JS (bounds the number buffer at a few hundred KB).
const CHUNK_ROWS: usize = 2048;

/// Small repeated values, converted once each by serde (so their JS form is exactly serde's).
#[derive(Default)]
struct Pool<'a> {
    /// Each pooled text (borrowed from the rows), with its index. The key and value types
    /// are those of the word tables (`crate::hash::WordMap`), so no second copy of the
    /// hash-table code is compiled in.
    keys: FastMap<&'a [u8], u32>,
    values: Array,
}

impl<'a> Pool<'a> {
    /// The index of a repeated text (a cue, an explanation) in the pool.
    fn text(&mut self, value: &'a str) -> Result<f64, JsError> {
        if let Some(&i) = self.keys.get(value.as_bytes()) {
            return Ok(f64::from(i));
        }
        self.values.push(&JsValue::from_str(value));
        let i = self.values.length() - 1;
        self.keys.insert(value.as_bytes(), i);
        Ok(f64::from(i))
    }
}

/// Pooled values of one small type (an enum): compared by `==`, no key to format.
struct Small<T>(Vec<(T, f64)>);

impl<T: PartialEq + Copy + Serialize> Small<T> {
    fn index(&mut self, pool: &mut Pool<'_>, value: T) -> Result<f64, JsError> {
        if let Some(&(_, i)) = self.0.iter().find(|(v, _)| *v == value) {
            return Ok(i);
        }
        pool.values.push(&serialize(&value)?);
        let i = f64::from(pool.values.length() - 1);
        self.0.push((value, i));
        Ok(i)
    }
}

/// Encodes rows into flat numbers (see the module docs).
struct Rows<'a> {
    text: &'a str,
    offsets: &'a Utf16Offsets<'a>,
    extra: Array,
    pool: Pool<'a>,
    categories: Small<crate::Category>,
    strengths: Small<Option<crate::Strength>>,
    difficulties: Small<Option<crate::readability::Difficulty>>,
    voices: Small<crate::report::Voice>,
}

impl<'a> Rows<'a> {
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

    fn readability(out: &mut Vec<f64>, r: &Readability) {
        let Readability { flesch_reading_ease, flesch_kincaid_grade, gunning_fog, smog, coleman_liau, automated_readability_index, dale_chall, spache, linsear_write, consensus_grade } = r;
        for score in [flesch_reading_ease, flesch_kincaid_grade, gunning_fog, smog, coleman_liau, automated_readability_index, dale_chall, spache, linsear_write, consensus_grade] {
            out.push(score.unwrap_or(f64::NAN));
        }
    }

    fn paragraphs(&mut self, rows: &[ParagraphReport], out: &mut Vec<f64>) {
        out.clear();
        for row in rows {
            let ParagraphReport { start, end, first_sentence, sentence_count, words, grade, hedges, readability } = row;
            out.extend([self.at(*start), self.at(*end), *first_sentence as f64, *sentence_count as f64, f64::from(*words), grade.unwrap_or(f64::NAN), f64::from(*hedges)]);
            Self::readability(out, readability);
        }
    }

    fn sentences(&mut self, rows: &[SentenceReport], out: &mut Vec<f64>) -> Result<(), JsError> {
        out.clear();
        for row in rows {
            let SentenceReport { start, end, text, paragraph, words, syllables, letters, polysyllables, grade, readability, difficulty, hard_words, passive, voice } = row;
            out.extend([self.at(*start), self.at(*end)]);
            self.text(out, *start, *end, text);
            out.extend([*paragraph as f64, f64::from(*words), f64::from(*syllables), f64::from(*letters), f64::from(*polysyllables), grade.unwrap_or(f64::NAN)]);
            Self::readability(out, readability);
            out.push(self.difficulties.index(&mut self.pool, *difficulty)?);
            out.push(hard_words.len() as f64);
            for word in hard_words {
                let HardWord { start, end, text, syllables, long, polysyllabic, unfamiliar } = word;
                out.extend([self.at(*start), self.at(*end)]);
                self.text(out, *start, *end, text);
                out.extend([f64::from(*syllables), f64::from(u8::from(*long)), f64::from(u8::from(*polysyllabic)), f64::from(u8::from(*unfamiliar))]);
            }
            out.extend([f64::from(u8::from(*passive)), self.voices.index(&mut self.pool, *voice)?]);
        }
        Ok(())
    }

    fn hedges(&mut self, rows: &'a [HedgeReport], out: &mut Vec<f64>) -> Result<(), JsError> {
        out.clear();
        for row in rows {
            let HedgeReport { start, end, text, category, sentence, cue, strength, explanation, voice } = row;
            out.extend([self.at(*start), self.at(*end)]);
            self.text(out, *start, *end, text);
            out.extend([self.categories.index(&mut self.pool, *category)?, *sentence as f64]);
            out.extend([self.pool.text(cue)?, self.strengths.index(&mut self.pool, *strength)?, self.pool.text(explanation)?, self.voices.index(&mut self.pool, *voice)?]);
        }
        Ok(())
    }
}
