//! The wasm boundary: the only file that names `wasm_bindgen`, `js_sys` or
//! `serde_wasm_bindgen`.
//!
//! It converts every byte offset of the Report to UTF-16 code units (what JS strings index
//! by) and serialises the Report to a plain JS object with `Serializer::json_compatible()`,
//! so `None` becomes `null` and maps become plain objects.

use crate::{Options, Report};
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
pub fn analyze_js(text: &str, #[wasm_bindgen(unchecked_param_type = "Partial<Options> | null | undefined")] options: JsValue) -> Result<JsValue, JsError> {
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| JsError::new(&format!("invalid options: {e}")))?
    };
    let mut report: Report = crate::analyze(text, &options);
    let offsets = crate::span::Utf16Offsets::new(text);
    report.map_offsets(|byte| offsets.convert(byte));
    report
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not build the report: {e}")))
}

/// The crate version, for the page's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
