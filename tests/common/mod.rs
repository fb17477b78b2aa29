//! Shared by the CLI test files: runs the real `hedgescope` binary with input on stdin.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `hedgescope <args>` with `stdin` piped in. Returns the output and whether the whole
/// input was accepted on stdin (a run that exits early, e.g. on bad usage, may not read it).
/// The input is written from another thread so a large input cannot deadlock against a full
/// stdout pipe.
pub fn run(args: &[&str], stdin: &[u8]) -> (Output, std::io::Result<()>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hedgescope"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || pipe.write_all(&input));
    let output = child.wait_with_output().expect("the CLI finishes");
    let written = writer.join().expect("the writer thread finishes");
    (output, written)
}
