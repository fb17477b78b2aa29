//! Linear time on adversarial shapes: prints, for each shape, the time of `analyze` at
//! growing sizes and the growth exponent between consecutive sizes (1.0 = linear; a
//! quadratic path shows as 2.0). Run by `npm run bench`; by hand:
//!
//! ```text
//! cargo run --release --example bench_adversarial
//! ```
//!
//! Times are the best of 3 runs (the machine is shared; the best is the least disturbed).
//! For load-immune evidence, count instructions of one shape at two sizes:
//! `valgrind --tool=callgrind target/release/examples/bench_adversarial "list items" 400000`.

use hedgescope::{analyze, Options};
use std::time::Instant;

/// Each shape: a name and a unit that is repeated to reach the size.
const SHAPES: &[(&str, &str)] = &[
    ("thousands of \"Mr.\"", "Mr. "),
    ("runs of \"...\"", "... "),
    ("dots without spaces", "."),
    ("capitalised words, no period", "Washington Post Reports Capital Gains "),
    ("initials", "J. R. R. "),
    ("one endless word", "a"),
    ("nested brackets", "(("),
    ("open quotes", "“"),
    ("nested double and single quotes", "“‘"),
    ("straight quotes", "\" "),
    ("hedge phrases back to back", "may might perhaps according to sources say "),
    ("list items", "- item\n"),
    ("blank lines", "\n\n"),
    ("lone CRs", "word\r"),
    ("combining marks", "e\u{301}\u{302}\u{303}"),
    ("ZWJ emoji", "👩\u{200d}👩\u{200d}👧 "),
    ("abbreviation then capital", "U.S. Army "),
    ("digits and separators", "1,000.50 "),
];

const SIZES: [usize; 3] = [100_000, 400_000, 1_600_000];

fn best_ms(text: &str) -> f64 {
    let options = Options::default();
    (0..3)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(analyze(std::hint::black_box(text), &options));
            t.elapsed().as_secs_f64() * 1e3
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    // `bench_adversarial SHAPE BYTES`: one analysis of one shape, for a profiler (e.g.
    // valgrind --tool=callgrind, whose instruction counts are immune to machine load).
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [shape, size] = args.as_slice() {
        let (_, unit) = SHAPES.iter().find(|(name, _)| name.contains(shape.as_str())).expect("a shape name");
        let size: usize = size.parse().expect("a size in bytes");
        let text = unit.repeat(size / unit.len());
        let report = analyze(&text, &Options::default());
        println!("{} words, {} sentences", report.counts.words, report.counts.sentences);
        return;
    }
    println!("{:<32} {:>10} {:>10} {:>10}   growth exponents", "shape", "100 KB ms", "400 KB ms", "1.6 MB ms");
    let mut worst: f64 = 0.0;
    let mut worst_overall: f64 = 0.0;
    for (name, unit) in SHAPES {
        let times: Vec<f64> = SIZES.iter().map(|&size| best_ms(&unit.repeat(size / unit.len()))).collect();
        let exponents: Vec<f64> = (1..SIZES.len())
            .map(|i| (times[i] / times[i - 1]).ln() / (SIZES[i] as f64 / SIZES[i - 1] as f64).ln())
            .collect();
        // Growth below a millisecond is timer noise, not a trend.
        let last = if times[SIZES.len() - 1] < 1.0 { 1.0 } else { exponents[exponents.len() - 1] };
        worst = worst.max(last);
        let overall = if times[SIZES.len() - 1] < 1.0 { 1.0 } else { (times[SIZES.len() - 1] / times[0]).ln() / (SIZES[SIZES.len() - 1] as f64 / SIZES[0] as f64).ln() };
        worst_overall = worst_overall.max(overall);
        println!(
            "{:<32} {:>10.2} {:>10.2} {:>10.2}   {}",
            name,
            times[0],
            times[1],
            times[2],
            exponents.iter().map(|e| format!("{e:.2}")).collect::<Vec<_>>().join(" ")
        );
    }
    println!("worst growth exponent 400 KB -> 1.6 MB: {worst:.2}; 100 KB -> 1.6 MB: {worst_overall:.2} ({})", if worst_overall <= 1.2 { "linear" } else { "above 1.2 in wall time: see the instruction counts" });
    println!("(time also grows with cache misses once the data outgrows the caches; instruction counts");
    println!(" of one shape at two sizes, under valgrind --tool=callgrind, separate the two)");
}
