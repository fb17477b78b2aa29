// Times the wasm `analyze` in node, in its own process so that its memory figures are its own.
// Run by scripts/bench.mjs; by hand: node scripts/bench-node.mjs FILE...
//
// Loads the web build (www/pkg, the exact bytes the page ships) with initSync, so no second
// build is needed. For each file it prints one JSON line: median and best time of `analyze`
// (which includes building the JS result object), MB/s, and memory: the wasm linear memory
// (it only grows, so after a file it is the peak the module needed so far), and the process's
// peak resident set size.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const pkg = new URL('../www/pkg/', import.meta.url);
const wasm = await import(new URL('hedgescope.js', pkg).href);
const exports = wasm.initSync({ module: readFileSync(fileURLToPath(new URL('hedgescope_bg.wasm', pkg))) });

for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const bytes = Buffer.byteLength(text);
  const first = wasm.analyze(text); // warm-up; also checks the result is a plain object
  const words = first.counts.words;
  const times = [];
  const started = performance.now();
  while (times.length < 3 || (times.length < 50 && performance.now() - started < 2000)) {
    const t = performance.now();
    const report = wasm.analyze(text);
    times.push(performance.now() - t);
    if (report.counts.words !== words) throw new Error('analyze is not deterministic');
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(JSON.stringify({
    file,
    bytes,
    words,
    runs: times.length,
    median_ms: +median.toFixed(3),
    min_ms: +times[0].toFixed(3),
    mb_per_s: +(bytes / 1e6 / (median / 1e3)).toFixed(2),
    wasm_memory_bytes: exports.memory.buffer.byteLength,
    max_rss_bytes: process.resourceUsage().maxRSS * 1024,
  }));
}
