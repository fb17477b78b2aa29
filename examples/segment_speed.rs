//! Times segmentation plus syllable counting of standard input (a rough, native check; the
//! project benchmark measures the whole analysis in wasm):
//!
//! ```text
//! cargo run --release --example segment_speed < some-large-text.txt
//! ```

use std::io::{self, Read};
use std::time::Instant;

fn main() -> io::Result<()> {
    let mut text = String::new();
    io::stdin().read_to_string(&mut text)?;
    let whole = hedgescope::span::Span::new(0, text.len());
    let started = Instant::now();
    let mut words = 0usize;
    hedgescope::segment::for_each_word(&text, whole, |_| words += 1);
    let words_only = started.elapsed();
    let started = Instant::now();
    let mut sentences = 0usize;
    hedgescope::segment::sentences::for_each_sentence(&text, whole, |_| sentences += 1);
    let sentences_only = started.elapsed();
    let mb = text.len() as f64 / 1e6;
    println!("words only {:.0} MB/s ({words}); sentences only {:.0} MB/s ({sentences})", mb / words_only.as_secs_f64(), mb / sentences_only.as_secs_f64());
    let started = Instant::now();
    let segments = hedgescope::segment::segment(&text);
    let segmented = started.elapsed();
    let syllables: u64 = segments.words.iter().map(|w| u64::from(hedgescope::syllables::syllables(w.span.slice(&text)))).sum();
    let total = started.elapsed();
    println!(
        "{mb:.1} MB: {} paragraphs, {} sentences, {} words, {syllables} syllables",
        segments.paragraphs.len(),
        segments.sentences.len(),
        segments.words.len()
    );
    println!("segment {:.0} MB/s; segment + syllables {:.0} MB/s", mb / segmented.as_secs_f64(), mb / total.as_secs_f64());
    Ok(())
}
