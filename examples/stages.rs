//! Profiling aid: runs the stages of `analyze` one by one, each in its own non-inlined
//! function, so that a profiler's inclusive costs split the work by module.
//!
//! ```text
//! cargo build --release --example stages
//! valgrind --tool=callgrind target/release/examples/stages FILE
//! callgrind_annotate --inclusive=yes callgrind.out.* | grep stages::
//! ```
//!
//! Without a profiler it prints each stage's time (one run after a warm-up).

use hedgescope::{counts, hedging, language, readability, segment, sourcing, Options};
use std::time::Instant;

#[inline(never)]
fn stage_segment(text: &str) -> segment::Segments {
    segment::segment(text)
}

#[inline(never)]
fn stage_count(text: &str, s: &segment::Segments) -> counts::TextCounts {
    counts::count(text, s)
}

#[inline(never)]
fn stage_hedging(text: &str, s: &segment::Segments, c: &counts::TextCounts) -> Vec<hedging::Finding> {
    hedging::find(text, s, c)
}

#[inline(never)]
fn stage_sourcing(text: &str, s: &segment::Segments, c: &counts::TextCounts, f: &[hedging::Finding]) -> sourcing::Sourcing {
    sourcing::analyze(text, s, c, f)
}

#[inline(never)]
fn stage_readability<'t>(text: &'t str, s: &segment::Segments, c: &mut counts::TextCounts) -> readability::ReadabilityParts<'t> {
    readability::build(text, s, c, true, true)
}

#[inline(never)]
fn stage_language(text: &str) -> usize {
    language::notices(text).len()
}

#[inline(never)]
fn stage_analyze(text: &str) -> hedgescope::Report<'_> {
    hedgescope::analyze(text, &Options::default())
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: stages FILE");
    let text = std::fs::read_to_string(&path).expect("readable file");
    // Warm-up: builds the lazily parsed tables.
    drop(stage_analyze(&text));
    let mut times = Vec::new();
    let mut t = Instant::now();
    let mut lap = |name: &'static str, times: &mut Vec<(&'static str, f64)>| {
        times.push((name, t.elapsed().as_secs_f64() * 1e3));
        t = Instant::now();
    };
    let s = stage_segment(&text);
    lap("segment", &mut times);
    let mut c = stage_count(&text, &s);
    lap("count", &mut times);
    let f = stage_hedging(&text, &s, &c);
    lap("hedging", &mut times);
    let so = stage_sourcing(&text, &s, &c, &f);
    lap("sourcing", &mut times);
    let r = stage_readability(&text, &s, &mut c);
    lap("readability", &mut times);
    let n = stage_language(&text);
    lap("language", &mut times);
    drop((s, c, f, so, r, n));
    lap("drop", &mut times);
    drop(stage_analyze(&text));
    lap("analyze (all)", &mut times);
    for (name, ms) in times {
        println!("{name:>14} {ms:8.2} ms");
    }
}
