//! The wasm boundary: the only file that names `wasm_bindgen` or `js_sys`.
//!
//! It converts every byte offset of the Report to UTF-16 code units (what JS strings index
//! by) and delivers the Report as a plain JS object, where `None` is `null`.
//!
//! **Why the three big lists are not built by serde.** `serde_wasm_bindgen` builds an object
//! with one boundary call per field and per value; on a 5 MB text (41,000 sentences, 13,000
//! paragraphs, 7,500 findings) that was about 85 ms, more than the whole time budget. So the
//! small part of the Report (counts, scores, summary, attributions and any field added
//! later) still goes through serde, with the small JS serializer [`JsSerializer`] below
//! (the output of `serde_wasm_bindgen`'s `json_compatible()`, without that crate), while
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
//! test `tests/web_hostile.rs` checks the result against the plain `serde_wasm_bindgen` path
//! (`Serializer::json_compatible()` over the whole Report).

use crate::readability::sentence::HardWord;
use crate::readability::Readability;
use crate::report::{HedgeReport, ParagraphReport, SentenceReport};
use crate::hash::FastMap;
use std::cell::RefCell;
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

/// The allocator of the wasm build: Talc instead of Rust's default dlmalloc. It is smaller
/// (issue 8's payload budget) and faster on the many short-lived `Vec`s of an analysis.
/// Single-threaded: the wasm is built without atomics, one analysis runs at a time per worker.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

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

fn serialize<T: Serialize>(value: &T, names: &Names) -> Result<JsValue, JsError> {
    value.serialize(JsSerializer { names }).map_err(|_| JsError::new("could not build the report"))
}

/// The JS strings of field and variant names, made once per Report: a Rust string becomes a
/// JS string through a UTF-8 decode, and the small part of a 5 MB text's Report (13,000
/// paragraph profiles, thousands of attributions) names the same ~80 fields 100,000 times.
/// (Keyed like `crate::hash::WordMap`'s index, so no second hash-table copy in the wasm.)
#[derive(Default)]
struct Names {
    index: RefCell<FastMap<&'static [u8], u32>>,
    values: RefCell<Vec<JsValue>>,
}

impl Names {
    fn get(&self, name: &'static str) -> JsValue {
        let mut index = self.index.borrow_mut();
        let mut values = self.values.borrow_mut();
        let next = values.len() as u32;
        let i = *index.entry(name.as_bytes()).or_insert(next) as usize;
        if i == values.len() {
            values.push(JsValue::from_str(name));
        }
        values[i].clone()
    }
}

/// A serde `Serializer` to plain JS values, for the small part of the Report and the pooled
/// values: structs become objects (fields in struct order), sequences arrays, `None` and `()`
/// `null`, unit enum variants their name, numbers `number`s: the output of
/// `serde_wasm_bindgen::Serializer::json_compatible()` for every type the Report has (the
/// browser test `tests/web_hostile.rs` checks the whole Report against that crate). Written
/// here because that crate's generality (maps, big integers, error messages, a string cache)
/// was about 7 KB of the gzipped wasm. Types the Report does not have (maps, enum variants
/// with data, bytes) are an error.
#[derive(Clone, Copy)]
struct JsSerializer<'n> {
    names: &'n Names,
}

/// A type [`JsSerializer`] does not support; its message is not kept (formatting it would
/// pull the formatting machinery into the wasm).
#[derive(Debug)]
struct Unsupported;

impl std::fmt::Display for Unsupported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a value the JS serializer does not support")
    }
}

impl std::error::Error for Unsupported {}

impl serde::ser::Error for Unsupported {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

/// Builds a JS array (sequences, tuples).
struct JsArray<'n>(Array, JsSerializer<'n>);

/// Builds a JS object (structs).
struct JsObject<'n>(js_sys::Object, JsSerializer<'n>);

impl serde::ser::SerializeSeq for JsArray<'_> {
    type Ok = JsValue;
    type Error = Unsupported;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Unsupported> {
        self.0.push(&value.serialize(self.1)?);
        Ok(())
    }
    fn end(self) -> Result<JsValue, Unsupported> {
        Ok(self.0.into())
    }
}

impl serde::ser::SerializeTuple for JsArray<'_> {
    type Ok = JsValue;
    type Error = Unsupported;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Unsupported> {
        serde::ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<JsValue, Unsupported> {
        Ok(self.0.into())
    }
}

impl serde::ser::SerializeTupleStruct for JsArray<'_> {
    type Ok = JsValue;
    type Error = Unsupported;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Unsupported> {
        serde::ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<JsValue, Unsupported> {
        Ok(self.0.into())
    }
}

impl serde::ser::SerializeStruct for JsObject<'_> {
    type Ok = JsValue;
    type Error = Unsupported;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Unsupported> {
        let value = value.serialize(self.1)?;
        Reflect::set(&self.0, &self.1.names.get(key), &value).map_err(|_| Unsupported)?;
        Ok(())
    }
    fn end(self) -> Result<JsValue, Unsupported> {
        Ok(self.0.into())
    }
}

impl<'n> serde::Serializer for JsSerializer<'n> {
    type Ok = JsValue;
    type Error = Unsupported;
    type SerializeSeq = JsArray<'n>;
    type SerializeTuple = JsArray<'n>;
    type SerializeTupleStruct = JsArray<'n>;
    type SerializeTupleVariant = serde::ser::Impossible<JsValue, Unsupported>;
    type SerializeMap = serde::ser::Impossible<JsValue, Unsupported>;
    type SerializeStruct = JsObject<'n>;
    type SerializeStructVariant = serde::ser::Impossible<JsValue, Unsupported>;

    fn serialize_bool(self, v: bool) -> Result<JsValue, Unsupported> {
        Ok(JsValue::from_bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result<JsValue, Unsupported> {
        self.serialize_f64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<JsValue, Unsupported> {
        self.serialize_f64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<JsValue, Unsupported> {
        self.serialize_f64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<JsValue, Unsupported> {
        // Exact up to 2^53, like serde_wasm_bindgen; the Report's integers are counts and
        // offsets of a text in memory, far below that.
        self.serialize_f64(v as f64)
    }
    fn serialize_u8(self, v: u8) -> Result<JsValue, Unsupported> {
        self.serialize_f64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<JsValue, Unsupported> {
        self.serialize_f64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<JsValue, Unsupported> {
        self.serialize_f64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<JsValue, Unsupported> {
        self.serialize_f64(v as f64)
    }
    fn serialize_f32(self, v: f32) -> Result<JsValue, Unsupported> {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<JsValue, Unsupported> {
        Ok(JsValue::from_f64(v))
    }
    fn serialize_char(self, v: char) -> Result<JsValue, Unsupported> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<JsValue, Unsupported> {
        Ok(JsValue::from_str(v))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<JsValue, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Result<JsValue, Unsupported> {
        Ok(JsValue::NULL)
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<JsValue, Unsupported> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<JsValue, Unsupported> {
        Ok(JsValue::NULL)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<JsValue, Unsupported> {
        Ok(JsValue::NULL)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<JsValue, Unsupported> {
        Ok(self.names.get(variant))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, value: &T) -> Result<JsValue, Unsupported> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(self, _: &'static str, _: u32, _: &'static str, _: &T) -> Result<JsValue, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<JsArray<'n>, Unsupported> {
        Ok(JsArray(Array::new(), self))
    }
    fn serialize_tuple(self, _: usize) -> Result<JsArray<'n>, Unsupported> {
        Ok(JsArray(Array::new(), self))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<JsArray<'n>, Unsupported> {
        Ok(JsArray(Array::new(), self))
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeTupleVariant, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<JsObject<'n>, Unsupported> {
        Ok(JsObject(js_sys::Object::new(), self))
    }
    fn serialize_struct_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeStructVariant, Unsupported> {
        Err(Unsupported)
    }
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

    // The Report's own fields, set in struct order (JS objects keep insertion order, so
    // JSON.stringify matches the CLI). Destructured without `..`: a new Report field stops the
    // wasm build here until it is added below. Not `serialize(&report)`: that compiles serde
    // code for the three row types too, which never has a row to convert here.
    let Report { schema_version, counts, readability, statistics, hedging, paragraphs: _, sentences: _, hedges: _, attributions, sourcing, notices } = report;
    let names = &rows.pool.names;
    let fields = [
        ("schema_version", JsValue::from_f64(schema_version.into())),
        ("counts", serialize(&counts, names)?),
        ("readability", serialize(&readability, names)?),
        ("statistics", serialize(&statistics, names)?),
        ("hedging", serialize(&hedging, names)?),
        ("paragraphs", paragraph_list.into()),
        ("sentences", sentence_list.into()),
        ("hedges", hedge_list.into()),
        ("attributions", serialize(&attributions, names)?),
        ("sourcing", serialize(&sourcing, names)?),
        ("notices", serialize(&notices, names)?),
    ];
    let object = js_sys::Object::new();
    for (name, value) in fields {
        Reflect::set(&object, &names.get(name), &value).map_err(|_| JsError::new("could not build the report"))?;
    }
    Ok(object.into())
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
    /// Field and variant names as JS strings, for everything serde converts.
    names: Names,
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
        pool.values.push(&serialize(&value, &pool.names)?);
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

    /// A row's `start` and `end`, then its `text`: the same two UTF-16 offsets when the text
    /// is the input between them (each offset converted once), else an index into `extra`.
    fn span_and_text(&mut self, out: &mut Vec<f64>, start: usize, end: usize, value: &str) {
        let (start16, end16) = (self.at(start), self.at(end));
        out.extend([start16, end16]);
        if self.text.get(start..end) == Some(value) {
            out.extend([start16, end16]);
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
            self.span_and_text(out, *start, *end, text);
            out.extend([*paragraph as f64, f64::from(*words), f64::from(*syllables), f64::from(*letters), f64::from(*polysyllables), grade.unwrap_or(f64::NAN)]);
            Self::readability(out, readability);
            out.push(self.difficulties.index(&mut self.pool, *difficulty)?);
            out.push(hard_words.len() as f64);
            for word in hard_words {
                let HardWord { start, end, text, syllables, long, polysyllabic, unfamiliar } = word;
                self.span_and_text(out, *start, *end, text);
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
            self.span_and_text(out, *start, *end, text);
            out.extend([self.categories.index(&mut self.pool, *category)?, *sentence as f64]);
            out.extend([self.pool.text(cue)?, self.strengths.index(&mut self.pool, *strength)?, self.pool.text(explanation)?, self.voices.index(&mut self.pool, *voice)?]);
        }
        Ok(())
    }
}
