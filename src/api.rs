//! The wasm boundary: the only file that names `wasm_bindgen`, `js_sys` or
//! `serde_wasm_bindgen`.
//!
//! It converts every byte offset of the Report to UTF-16 code units (what JS strings index
//! by) and serialises the Report to a plain JS object with `Serializer::json_compatible()`,
//! so `None` becomes `null` and maps become plain objects.
//!
//! A faster builder for the three big lists (paragraphs, sentences, hedges as flat
//! `Float64Array`s, turned into objects by a small inline JS module) was measured at 18% less
//! time for 5 MB (735 vs 880 ms in node) and JSON-identical output, and is in the history
//! (commit dbaf70d on branch `perf`). It is not used because wasm-bindgen puts inline JS in a
//! separate file (`pkg/snippets/<crate>-<hash>/inline0.js`) that the page's service worker
//! does not precache, so the page would break offline. Bring it back together with that
//! precache entry; see the issue-8 note.

use crate::span::Utf16Offsets;
use crate::{Options, Report};
use js_sys::Reflect;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const REPORT_TYPES: &'static str = include_str!("report.d.ts");

/// Installs the panic hook once, when the module starts.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Analyses `text` and returns the Report as a plain JS object with UTF-16 offsets.
///
/// `options` may be `undefined`/`null` or a partial `Options` object. An options value of
/// the wrong shape throws an `Error`.
#[wasm_bindgen(js_name = analyze, unchecked_return_type = "Report")]
pub fn analyze_js(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "Partial<Options> | null | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = read_options(&options)?;
    to_js(text, crate::analyze(text, &options))
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

/// The Report (byte offsets into `text`) as a plain JS object with UTF-16 offsets.
pub fn to_js(text: &str, mut report: Report) -> Result<JsValue, JsError> {
    let offsets = Utf16Offsets::new(text);
    report.map_offsets(|byte| offsets.convert(byte));
    report
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not build the report: {e}")))
}
