//! Native benchmark of `analyze`, driven by `scripts/bench.mjs` (`npm run bench`).
//!
//! ```text
//! cargo run --release --example bench -- [--runs N] FILE...
//! ```
//!
//! For each file: runs `analyze` with the default options until about two seconds have
//! passed (at least 3 and at most 50 runs) and prints one JSON line with the median and
//! minimum time, the throughput and the peak heap in use during one analysis (measured by a
//! counting global allocator, so it is the memory `analyze` itself needs, text excluded).
//! The release profile is the one the wasm ships with (`opt-level = "s"`).

use hedgescope::{analyze, Options};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The system allocator, counting the bytes in use and their high-water mark.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        System.dealloc(p, layout);
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    // The system's realloc, as the real allocators do it (in place when shrinking, and by
    // remapping pages for large blocks), rather than the default alloc + copy + free, which
    // would count a vector twice while it grows or shrinks.
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let q = System.realloc(p, layout, new_size);
        if !q.is_null() {
            if new_size >= layout.size() {
                let now = IN_USE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + (new_size - layout.size());
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                IN_USE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        q
    }
}

// Native only: the wasm build of the library brings its own allocator (src/api.rs), and
// `cargo test --target wasm32-unknown-unknown` compiles the examples too.
#[cfg_attr(not(target_arch = "wasm32"), global_allocator)]
static GLOBAL: Counting = Counting;

fn main() {
    let options = Options::default();
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // `--runs N` fixes the number of timed runs (e.g. `--runs 1` under a profiler).
    let mut fixed_runs = None;
    if let Some(i) = args.iter().position(|a| a == "--runs") {
        fixed_runs = args.get(i + 1).and_then(|n| n.parse::<usize>().ok());
        args.drain(i..(i + 2).min(args.len()));
    }
    let files = args;
    if files.is_empty() {
        eprintln!("usage: cargo run --release --example bench -- FILE...");
        std::process::exit(2);
    }
    for path in files {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("bench: cannot read {path}: {e}");
                std::process::exit(1);
            }
        };
        // Warm-up (builds the lazily parsed lexicons and word lists), then peak heap of one run.
        std::hint::black_box(analyze(&text, &options));
        let base = IN_USE.load(Ordering::Relaxed);
        PEAK.store(base, Ordering::Relaxed);
        let report = analyze(&text, &options);
        let peak_heap = PEAK.load(Ordering::Relaxed) - base;
        let words = report.counts.words;
        drop(report);

        let mut times = Vec::new();
        let started = Instant::now();
        let more = |n: usize| match fixed_runs {
            Some(runs) => n < runs,
            None => n < 3 || (n < 50 && started.elapsed() < Duration::from_secs(2)),
        };
        while more(times.len()) {
            let t = Instant::now();
            std::hint::black_box(analyze(std::hint::black_box(&text), &options));
            times.push(t.elapsed().as_secs_f64());
        }
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        println!(
            "{{\"file\":{path:?},\"bytes\":{},\"words\":{words},\"runs\":{},\"median_ms\":{:.3},\"min_ms\":{:.3},\"mb_per_s\":{:.2},\"peak_heap_bytes\":{peak_heap}}}",
            text.len(),
            times.len(),
            median * 1e3,
            times[0] * 1e3,
            text.len() as f64 / 1e6 / median,
        );
    }
}
