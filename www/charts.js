// Inline SVG charts: the sourcing profile, hedge and anonymous-source density along the
// article, and the sentence-length distribution. Each chart is an <svg role="img"> with a
// <title> and a <desc> that states its numbers, so a screen reader gets the data too.
// Colours come from CSS classes (dark mode), and every series also differs in shape or dash.

import { SOURCE_KINDS } from './meanings.js';
import { PAGE_KEY, chartData } from './view.js';

const SVG = 'http://www.w3.org/2000/svg';
let chartIds = 0;

function svgElement(name, attributes = {}, text) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

function chartFrame(width, height, title, description) {
  const id = `chart-${++chartIds}`;
  const svg = svgElement('svg', {
    viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`,
    class: 'chart-svg', preserveAspectRatio: 'xMidYMid meet',
  });
  svg.append(svgElement('title', { id: `${id}-title` }, title), svgElement('desc', { id: `${id}-desc` }, description));
  return svg;
}

function emptyNote(message) {
  const p = document.createElement('p');
  p.className = 'chart-empty';
  p.textContent = message;
  return p;
}

const percent = (part, whole) => (whole ? Math.round((100 * part) / whole) : 0);

/** A 100% stacked bar of named, anonymous and vague sources. */
export function sourcingChart(counts) {
  const total = SOURCE_KINDS.reduce((sum, k) => sum + counts[k.key], 0);
  if (!total) return emptyNote('No attributed statements were found, so there is no sourcing profile.');
  const parts = SOURCE_KINDS.map((k) => `${k.label.toLowerCase()}s: ${counts[k.key]} (${percent(counts[k.key], total)}%)`);
  const svg = chartFrame(400, 86, 'Sourcing profile', `${total} attributed statements. ${parts.join('; ')}.`);
  let x = 0;
  SOURCE_KINDS.forEach((kind, i) => {
    const width = (400 * counts[kind.key]) / total;
    if (width > 0) {
      svg.append(svgElement('rect', { x, y: 4, width, height: 34, class: `bar kind-${kind.key}` }));
      if (width > 30) {
        svg.append(svgElement('text', { x: x + width / 2, y: 26, 'text-anchor': 'middle', class: 'bar-label' }, String(counts[kind.key])));
      }
    }
    x += width;
    // Legend row: a swatch with the kind's pattern class and its share.
    const lx = i * 133;
    svg.append(svgElement('rect', { x: lx, y: 56, width: 12, height: 12, class: `bar kind-${kind.key}` }));
    svg.append(svgElement('text', { x: lx + 17, y: 66, class: 'axis-label' },
      `${kind.label.split(' ')[0]} ${counts[kind.key]} (${percent(counts[kind.key], total)}%)`));
  });
  return svg;
}

/** Two lines along the article: hedges (solid, circles) and anonymous or vague sources (dashed, squares). */
export function densityChart(points, paragraphCount) {
  const anonymousLabel = 'Anonymous or vague sources per 100 words';
  if (!points.length) return emptyNote('No paragraphs to chart yet.');
  const width = 400, height = 190, left = 34, right = 8, top = 10, bottom = 58;
  const maxValue = Math.max(1, ...points.map((p) => Math.max(p.hedges, p.anonymous)));
  const ceiling = Math.ceil(maxValue);
  const x = (i) => left + (points.length === 1 ? (width - left - right) / 2 : (i * (width - left - right)) / (points.length - 1));
  const y = (v) => top + (height - top - bottom) * (1 - v / ceiling);
  const peak = points.reduce((best, p, i) => (p.hedges > points[best].hedges ? i : best), 0);
  const svg = chartFrame(width, height, 'Density per paragraph',
    `${points.length} ${points.length === paragraphCount ? 'paragraphs' : 'groups of paragraphs'}. ` +
    `Hedges per 100 words range from ${Math.min(...points.map((p) => p.hedges)).toFixed(1)} to ${points[peak].hedges.toFixed(1)} ` +
    `(highest in paragraph ${points[peak].from + 1}). ${anonymousLabel} peak at ${Math.max(...points.map((p) => p.anonymous)).toFixed(1)}.`);
  for (const tick of [0, ceiling / 2, ceiling]) {
    svg.append(svgElement('line', { x1: left, x2: width - right, y1: y(tick), y2: y(tick), class: 'grid' }));
    svg.append(svgElement('text', { x: left - 4, y: y(tick) + 4, 'text-anchor': 'end', class: 'axis-label' }, String(+tick.toFixed(1))));
  }
  svg.append(svgElement('text', { x: left, y: height - bottom + 16, class: 'axis-label' }, 'start'));
  svg.append(svgElement('text', { x: width - right, y: height - bottom + 16, 'text-anchor': 'end', class: 'axis-label' }, 'end of article'));
  const series = [
    { key: 'hedges', label: 'Hedges per 100 words', className: 'series-hedges', marker: 'circle' },
    { key: 'anonymous', label: anonymousLabel, className: 'series-anonymous', marker: 'square' },
  ];
  series.forEach((s, row) => {
    const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p[s.key]).toFixed(1)}`).join(' ');
    svg.append(svgElement('path', { d: path, class: `line ${s.className}` }));
    if (points.length <= 40) {
      points.forEach((p, i) => {
        svg.append(s.marker === 'circle'
          ? svgElement('circle', { cx: x(i), cy: y(p[s.key]), r: 3, class: `dot ${s.className}` })
          : svgElement('rect', { x: x(i) - 3, y: y(p[s.key]) - 3, width: 6, height: 6, class: `dot ${s.className}` }));
      });
    }
    const ly = height - 24 + row * 16;
    svg.append(svgElement('line', { x1: left, x2: left + 22, y1: ly - 4, y2: ly - 4, class: `line ${s.className}` }));
    svg.append(svgElement('text', { x: left + 28, y: ly, class: 'axis-label' }, s.label));
  });
  return svg;
}

/** A histogram of words per sentence. */
export function lengthsChart(histogram) {
  if (!histogram.sentences) return emptyNote('No sentences to chart yet.');
  const { bins, mean, median } = histogram;
  const width = 400, height = 170, left = 34, bottom = 34, top = 14;
  const max = Math.max(...bins.map((b) => b.count));
  const barWidth = (width - left - 4) / bins.length;
  const svg = chartFrame(width, height, 'Sentence lengths',
    `${histogram.sentences} sentences; mean ${mean.toFixed(1)} words, median ${median}. ` +
    bins.map((b) => `${b.label} words: ${b.count}`).join('; ') + '.');
  bins.forEach((bin, i) => {
    const h = max ? ((height - top - bottom) * bin.count) / max : 0;
    const bx = left + i * barWidth + 3;
    const middle = bx + (barWidth - 6) / 2;
    svg.append(svgElement('rect', { x: bx, y: height - bottom - h, width: barWidth - 6, height: h, class: `bar length-bar${bin.long ? ' long' : ''}` }));
    svg.append(svgElement('text', { x: middle, y: height - bottom - h - 3, 'text-anchor': 'middle', class: 'axis-label' }, String(bin.count)));
    svg.append(svgElement('text', { x: middle, y: height - bottom + 14, 'text-anchor': 'middle', class: 'axis-label' }, bin.label));
  });
  svg.append(svgElement('text', { x: left, y: height - 4, class: 'axis-label' }, `words per sentence · mean ${mean.toFixed(1)}, median ${median} · red: over 25 words`));
  return svg;
}

/** Replaces the body of each chart figure; the worker computed the data over the whole text. */
export function renderCharts(report, figures) {
  const data = report[PAGE_KEY]?.charts ?? chartData(report);
  figures.sourcing.replaceChildren(sourcingChart(data.sourcing));
  figures.density.replaceChildren(densityChart(data.densities, data.paragraphs));
  figures.lengths.replaceChildren(lengthsChart(data.lengths));
}
