// Opening files: .txt as is, .md with its markup removed, .html converted to text.
//
// HTML is parsed with DOMParser, which builds an inert document: its scripts never run, its
// event handlers never fire and its images are never fetched. We only read its text nodes.

/** Files bigger than this are refused with a message rather than freezing the tab. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL', 'CAPTION', 'DETAILS', 'SUMMARY',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'HEAD', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** The readable text of an HTML document: one blank line between blocks. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const parts = [];
  const walk = (node, pre) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        parts.push(pre ? child.data : child.data.replace(/\s+/g, ' '));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') { parts.push('\n'); continue; }
        const block = BLOCK.has(tag);
        if (block) parts.push('\n\n');
        walk(child, pre || tag === 'PRE');
        if (block) parts.push('\n\n');
      }
    }
  };
  walk(doc.body ?? doc.documentElement, false);
  return tidy(parts.join(''));
}

/** Markdown to plain text: headings, emphasis, links, images, code and quote markers go. */
export function markdownToText(markdown) {
  return tidy(markdown
    .replace(/^```.*$/gm, '')
    .replace(/^ {0,3}#{1,6}\s+/gm, '')
    .replace(/^ {0,3}>\s?/gm, '')
    .replace(/^ {0,3}([-*+]|\d+[.)])\s+/gm, '')
    .replace(/^ {0,3}([-*_])( ?\1){2,}\s*$/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1'));
}

/** Trims every line and keeps at most one blank line between paragraphs. */
function tidy(text) {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n').map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim()).join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** What kind of file this is, from its name first and its type second. */
export function fileKind(file) {
  const name = file.name.toLowerCase();
  if (/\.(html?|xhtml)$/.test(name) || file.type === 'text/html') return 'html';
  if (/\.(md|markdown)$/.test(name) || file.type === 'text/markdown') return 'markdown';
  return 'text';
}

/** Reads a File as UTF-8 and converts it to plain text; throws a readable Error when it cannot. */
export async function readArticleFile(file) {
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(`${file.name} is ${(file.size / 1048576).toFixed(0)} MB; files up to ${MAX_FILE_BYTES / 1048576} MB can be opened.`);
  }
  const raw = await file.text();
  if (raw.includes('\u0000')) throw new Error(`${file.name} does not look like a text file.`);
  const kind = fileKind(file);
  if (kind === 'html') return htmlToText(raw);
  if (kind === 'markdown') return markdownToText(raw);
  return raw.replace(/\r\n?/g, '\n');
}
