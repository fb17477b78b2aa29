//! Prints the syllables of each word read from standard input, one word per line, as
//! `word<TAB>syllables`: the real `hedgescope::syllables::syllables`, for
//! `scripts/eval_syllables.py` and for trying words by hand:
//!
//! ```text
//! echo readability | cargo run --release --example syllables
//! ```

use std::io::{self, BufRead, BufWriter, Write};

fn main() -> io::Result<()> {
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        let word = line.trim();
        writeln!(out, "{word}\t{}", hedgescope::syllables::syllables(word))?;
    }
    out.flush()
}
