//! The `hedgescope` command line: the same Report as the page, as JSON, for files, stdin
//! and batches of one document per line.

use hedgescope::{analyze, Options, Report};
use std::io::{self, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
hedgescope: readability and hedging analysis of articles

Usage:
  hedgescope analyze [OPTIONS] [PATH|-]

Reads PATH (or standard input when PATH is - or absent) as UTF-8 text and prints the
Report as JSON.

Options:
  --lines          treat each input line as its own document; print one JSON Report per
                   line (JSONL), in input order; an empty line gives an empty Report
  --format FORMAT  json (default), or text for a summary a person can read
  --pretty         indent the JSON output
  --no-sentences   leave out the per-sentence list
  --no-paragraphs  leave out the per-paragraph list
  --no-hedges      leave out the list of findings (their counts stay)
  -h, --help       print this help

Exit codes: 0 success, 1 unreadable or invalid input, 2 bad usage.
";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Text,
}

struct Args {
    path: Option<String>,
    lines: bool,
    format: Format,
    pretty: bool,
    options: Options,
}

/// A failure with its exit code and message.
struct Failure(u8, String);

fn parse_args(args: &[String]) -> Result<Option<Args>, Failure> {
    let usage = |msg: String| Failure(2, format!("{msg}\n\n{USAGE}"));
    let mut iter = args.iter();
    match iter.next().map(String::as_str) {
        Some("-h" | "--help" | "help") => return Ok(None),
        Some("analyze") => {}
        Some(other) => return Err(usage(format!("unknown command {other:?}"))),
        None => return Err(usage("no command given".into())),
    }
    let mut out = Args { path: None, lines: false, format: Format::Json, pretty: false, options: Options::default() };
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--lines" => out.lines = true,
            "--pretty" => out.pretty = true,
            "--no-sentences" => out.options.sentences = false,
            "--no-paragraphs" => out.options.paragraphs = false,
            "--no-hedges" => out.options.hedges = false,
            "--format" => {
                out.format = match iter.next().map(String::as_str) {
                    Some("json") => Format::Json,
                    Some("text") => Format::Text,
                    other => return Err(usage(format!("--format takes json or text, not {other:?}"))),
                }
            }
            s if s.starts_with("--format=") => {
                out.format = match &s["--format=".len()..] {
                    "json" => Format::Json,
                    "text" => Format::Text,
                    other => return Err(usage(format!("--format takes json or text, not {other:?}"))),
                }
            }
            s if s.starts_with('-') && s != "-" => return Err(usage(format!("unknown option {s:?}"))),
            s => {
                if out.path.replace(s.to_owned()).is_some() {
                    return Err(usage("more than one input path given".into()));
                }
            }
        }
    }
    Ok(Some(out))
}

fn read_input(path: Option<&str>) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    match path {
        None | Some("-") => io::stdin().read_to_end(&mut bytes).map(|_| bytes).map_err(|e| Failure(1, format!("cannot read standard input: {e}"))),
        Some(p) => std::fs::read(p).map_err(|e| Failure(1, format!("cannot read {p}: {e}"))),
    }
}

fn text_summary(r: &Report) -> String {
    let score = |v: Option<f64>| v.map_or("n/a".to_owned(), |x| format!("{x:.1}"));
    let minutes = |seconds: f64| if seconds < 60.0 { format!("{seconds:.0} s") } else { format!("{:.1} min", seconds / 60.0) };
    let c = &r.counts;
    let rd = &r.readability;
    let st = &r.statistics;
    let h = &r.hedging;
    let so = &r.sourcing;
    format!(
        "words {}  sentences {}  paragraphs {}  syllables {}\n\
         reading time {}  speaking time {}  passive sentences {}  lexical diversity (MTLD) {}\n\
         Flesch reading ease {}  Flesch-Kincaid grade {}  Gunning Fog {}  SMOG {}\n\
         Coleman-Liau {}  ARI {}  Dale-Chall {}  Spache {}  Linsear Write {}  consensus grade {}\n\
         hedges: epistemic {}  doxastic {}  investigation {}  attribution {}  vague source {}  anonymous source {}  boosters {}  ({} hedges per 100 words)\n\
         sources: named {}  anonymous {}  vague {}  (loaded reporting verbs {}, attributed sentences {})\n",
        c.words, c.sentences, c.paragraphs, c.syllables,
        minutes(st.reading_time_seconds), minutes(st.speaking_time_seconds), st.passive_sentences, score(st.lexical_diversity_mtld),
        score(rd.flesch_reading_ease), score(rd.flesch_kincaid_grade), score(rd.gunning_fog), score(rd.smog),
        score(rd.coleman_liau), score(rd.automated_readability_index), score(rd.dale_chall), score(rd.spache), score(rd.linsear_write), score(rd.consensus_grade),
        h.epistemic, h.doxastic, h.investigation, h.attribution, h.vague_source, h.anonymous_source, h.booster, score(h.hedges_per_100_words),
        so.named, so.anonymous, so.vague, so.loaded_verbs, so.attributed_sentences,
    )
}

fn write_report(out: &mut impl Write, report: &Report, args: &Args) -> io::Result<()> {
    match args.format {
        Format::Text => out.write_all(text_summary(report).as_bytes()),
        Format::Json if args.pretty && !args.lines => {
            serde_json::to_writer_pretty(&mut *out, report)?;
            out.write_all(b"\n")
        }
        Format::Json => {
            serde_json::to_writer(&mut *out, report)?;
            out.write_all(b"\n")
        }
    }
}

fn run(argv: &[String]) -> Result<(), Failure> {
    let Some(args) = parse_args(argv)? else {
        print!("{USAGE}");
        return Ok(());
    };
    let bytes = read_input(args.path.as_deref())?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        Failure(1, format!("input is not valid UTF-8: invalid byte at offset {}", e.valid_up_to()))
    })?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let write_err = |e: io::Error| Failure(1, format!("cannot write output: {e}"));
    if args.lines {
        for line in text.lines() {
            let report = analyze(line, &args.options);
            write_report(&mut out, &report, &args).map_err(write_err)?;
        }
    } else {
        let report = analyze(text, &args.options);
        write_report(&mut out, &report, &args).map_err(write_err)?;
    }
    out.flush().map_err(write_err)
}

fn main() -> ExitCode {
    // args_os: a non-UTF-8 argument must not panic; it becomes a (lossy) path or an error.
    let argv: Vec<String> = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    match run(&argv) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(code, message)) => {
            // A closed pipe (e.g. `| head`) is not an error worth a message.
            if !message.contains("Broken pipe") {
                eprintln!("hedgescope: {message}");
            }
            ExitCode::from(code)
        }
    }
}
