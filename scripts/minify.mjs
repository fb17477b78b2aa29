// Writes dist/, the page as it ships: every file of www/ minified one to one, under the same
// name and path, so www/ stays the readable source and dist/ is what a browser downloads.
//
//   node scripts/minify.mjs        (scripts/build.sh runs it after wasm-pack; needs www/pkg)
//
// Why: issue 8 caps the page's payload at 150 KB gzipped, and comments, whitespace and long
// local names are a third of the page's own files even after gzip. There is no bundler on
// purpose: each ES module stays its own file with the same relative imports, so the module
// graph, the worker URL and the service worker's precache list are the same in both trees.
//
//   .js    terser: compress and mangle. ES modules in module mode (top-level names are
//          private to the module, exported names are kept); sw.js, a classic script, not.
//   .css   clean-css level 1: only the safe per-rule rewrites, no rule merging or
//          reordering that could change the cascade.
//   .html  html-minifier-terser: whitespace and comments go; every element and attribute
//          (ids, classes, data-*, aria-*, the CSP <meta>) stays, with its value.
//   other  copied as is (the .wasm, pkg/precache.json); TypeScript declarations are left out.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import CleanCSS from 'clean-css';
import { minify as minifyHtml } from 'html-minifier-terser';
import { minify as minifyJs } from 'terser';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The readable source of the page. */
export const SRC = join(ROOT, 'www');
/** The page as it ships. */
export const OUT = join(ROOT, 'dist');

/** Scripts the browser runs as classic scripts, not modules (main.js registers sw.js without { type: 'module' }). */
const CLASSIC_SCRIPTS = new Set(['sw.js']);

/** Files under www/ that are not part of the page: wasm-pack's type declarations and package files. */
const skip = (name) => name.endsWith('.d.ts') || name === '.gitignore' || name === 'package.json';

/** Every file of the page, as sorted paths relative to www/ with '/' separators: what dist/ holds. */
export function pageFiles(dir = SRC, prefix = '') {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !skip(entry.name))
    .flatMap((entry) => (entry.isDirectory() ? pageFiles(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}

async function js(source, path) {
  const result = await minifyJs(source, {
    module: !CLASSIC_SCRIPTS.has(path),
    ecma: 2020,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  return result.code;
}

function css(source, path) {
  const result = new CleanCSS({ level: 1 }).minify(source);
  const problems = [...result.errors, ...result.warnings];
  if (problems.length) throw new Error(`${path}: ${problems.join('; ')}`);
  return result.styles;
}

function html(source) {
  return minifyHtml(source, {
    collapseWhitespace: true, // inline-aware: one space stays where it separates words
    removeComments: true,
    collapseBooleanAttributes: true,
    removeAttributeQuotes: true,
    removeScriptTypeAttributes: false, // type="module" must stay
    useShortDoctype: true,
    // Not removeOptionalTags (44 bytes gzipped) nor sortAttributes (no gain): the markup
    // stays recognisable next to www/index.html.
  });
}

const MINIFIERS = { '.js': js, '.mjs': js, '.css': css, '.html': html };

/** The shipped bytes of one page file (path relative to www/): minified, or the source as is. */
export async function shippedBytes(path, source) {
  const minifier = MINIFIERS[extname(path)];
  return minifier ? minifier(source.toString('utf8'), path) : source;
}

/** Writes dist/ afresh from www/; returns the gzipped sizes of the minified files before and after. */
export async function writeDist() {
  rmSync(OUT, { recursive: true, force: true });
  let before = 0;
  let after = 0;
  for (const path of pageFiles()) {
    const source = readFileSync(join(SRC, path));
    const output = await shippedBytes(path, source);
    mkdirSync(dirname(join(OUT, path)), { recursive: true });
    writeFileSync(join(OUT, path), output);
    if (output !== source) {
      before += gzipSync(source, { level: 9 }).length;
      after += gzipSync(output, { level: 9 }).length;
    }
  }
  return { before, after };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { before, after } = await writeDist();
  console.log(`dist/: the html, css and js ${before} -> ${after} bytes gzipped (wasm and the rest copied as they are)`);
}
