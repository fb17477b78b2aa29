//! Times segmentation and syllable counting of standard input: a rough native check (best of
//! five runs, as the machine is shared); the project benchmark measures the whole analysis in
//! wasm.
//!
//! ```text
//! cargo run --release --example segment_speed < some-large-text.txt
//! ```

use hedgescope::segment::{for_each_word, segment, sentences::for_each_sentence};
use hedgescope::span::Span;
use hedgescope::syllables::syllables;
use std::io::{self, Read};
use std::time::{Duration, Instant};

/// Best wall-clock time of five runs of `f`.
fn best_of_five(mut f: impl FnMut()) -> Duration {
    (0..5)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() -> io::Result<()> {
    let mut text = String::new();
    io::stdin().read_to_string(&mut text)?;
    let mb = text.len() as f64 / 1e6;
    let rate = |d: Duration| mb / d.as_secs_f64();
    let whole = Span::new(0, text.len());
    let words = best_of_five(|| {
        let mut n = 0usize;
        for_each_word(&text, whole, |_| n += 1);
        std::hint::black_box(n);
    });
    let sentences = best_of_five(|| {
        let mut n = 0usize;
        for_each_sentence(&text, whole, |_| n += 1);
        std::hint::black_box(n);
    });
    let segmented = segment(&text);
    let all = best_of_five(|| {
        std::hint::black_box(segment(&text));
    });
    let counting = best_of_five(|| {
        let total: u64 = segmented.words.iter().map(|w| u64::from(syllables(w.span.slice(&text)))).sum();
        std::hint::black_box(total);
    });
    println!(
        "{mb:.1} MB, {} paragraphs, {} sentences, {} words",
        segmented.paragraphs.len(),
        segmented.sentences.len(),
        segmented.words.len()
    );
    println!(
        "words only {:.0} MB/s; sentences only {:.0} MB/s; segment() {:.0} MB/s; syllables of every word {:.0} MB/s ({:.0} ns/word)",
        rate(words),
        rate(sentences),
        rate(all),
        rate(counting),
        counting.as_nanos() as f64 / segmented.words.len().max(1) as f64
    );
    Ok(())
}
