//! Prints the sentences that `hedgescope::segment::segment` finds in standard input, one per
//! line, as `start<TAB>end` UTF-8 byte offsets: for `scripts/eval_sentences.py` and for trying
//! texts by hand:
//!
//! ```text
//! echo "Dr. Smith arrived at 5 p.m. He left." | cargo run --example sentences
//! ```

use std::io::{self, BufWriter, Read, Write};

fn main() -> io::Result<()> {
    let mut text = String::new();
    io::stdin().read_to_string(&mut text)?;
    let mut out = BufWriter::new(io::stdout().lock());
    for sentence in hedgescope::segment::segment(&text).sentences {
        writeln!(out, "{}\t{}", sentence.span.start, sentence.span.end)?;
    }
    out.flush()
}
