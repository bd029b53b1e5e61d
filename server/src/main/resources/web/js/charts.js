// SVG charts drawn by hand: a seat arc, a map, bars and a line. Every chart gets a text summary
// (aria-label) and the page puts a table with the same numbers next to it.
import { colour, NEUTRAL, fmt } from './common.js';

const NS = 'http://www.w3.org/2000/svg';
function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) el.setAttribute(k, v);
  for (const c of children) if (c) el.append(c);
  return el;
}
function title(text) {
  const t = document.createElementNS(NS, 'title');
  t.textContent = text;
  return t;
}

/**
 * A hemicycle of `seats` dots, filled left to right in the order of `groups`
 * ([{key, count}]), the rest grey; a line at the majority mark.
 */
export function hemicycle(groups, seats, majority, label) {
  const rows = seats > 300 ? 12 : 8;
  const inner = 0.35;
  const radii = [];
  for (let r = 0; r < rows; r++) radii.push(inner + (1 - inner) * (r + 0.5) / rows);
  const total = radii.reduce((a, b) => a + b, 0);
  const perRow = radii.map((r) => Math.round((seats * r) / total));
  perRow[rows - 1] += seats - perRow.reduce((a, b) => a + b, 0);
  const points = [];
  radii.forEach((r, i) => {
    const n = perRow[i];
    for (let j = 0; j < n; j++) {
      const angle = Math.PI * (1 - (n === 1 ? 0.5 : j / (n - 1)));
      points.push({ angle, x: r * Math.cos(angle), y: r * Math.sin(angle) });
    }
  });
  points.sort((a, b) => b.angle - a.angle);
  const dotR = 0.42 / rows;
  const svg = s('svg', { viewBox: '-1.05 -1.05 2.1 1.15', role: 'img', 'aria-label': label, class: 'hemicycle' });
  let k = 0;
  for (const g of groups) {
    const fill = colour(g.key);
    const group = s('g', { 'data-party': g.key }, title(`${g.key}: ${fmt(g.count)}`));
    for (let i = 0; i < g.count && k < points.length; i++, k++) {
      const p = points[k];
      group.append(s('circle', { cx: p.x.toFixed(4), cy: (-p.y).toFixed(4), r: dotR.toFixed(4), fill }));
    }
    svg.append(group);
  }
  const rest = s('g', { 'data-party': 'none' }, title(`not yet won or leading: ${points.length - k}`));
  for (; k < points.length; k++) {
    const p = points[k];
    rest.append(s('circle', { cx: p.x.toFixed(4), cy: (-p.y).toFixed(4), r: dotR.toFixed(4),
      fill: '#fff', stroke: NEUTRAL, 'stroke-width': 0.006 }));
  }
  svg.append(rest);
  // the majority mark: the seat-count line straight up the middle when seats = 2 × majority − 1
  const m = Math.PI * (1 - majority / seats);
  svg.append(s('line', { x1: (inner * 0.9 * Math.cos(m)).toFixed(4), y1: (-inner * 0.9 * Math.sin(m)).toFixed(4),
    x2: (1.04 * Math.cos(m)).toFixed(4), y2: (-1.04 * Math.sin(m)).toFixed(4), class: 'majority-line' }));
  const text = s('text', { x: 0, y: -0.08, 'text-anchor': 'middle', class: 'hemicycle-label' });
  text.textContent = `${majority} for majority`;
  svg.append(text);
  return svg;
}

/**
 * The constituency map: `features` from /geo/pc-2008.json, `partyOf(key)` → party or null for
 * a key "S24/54". Redrawn states (2008 layout) are hatched and never coloured by number.
 */
export function map(features, partyOf, label, onlyState) {
  const chosen = features.filter((f) => !onlyState || f.properties.st === onlyState);
  const project = ([lon, lat]) => [lon * Math.cos((23 * Math.PI) / 180), -lat];
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const f of chosen) for (const poly of f.geometry.coordinates) for (const p of poly[0]) {
    const [x, y] = project(p);
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const width = 1000;
  const k = width / (maxX - minX || 1);
  const height = Math.ceil((maxY - minY) * k);
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, class: 'map' });
  const defs = s('defs');
  const hatch = s('pattern', { id: 'hatch', width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  hatch.append(s('rect', { width: 8, height: 8, fill: '#eee' }), s('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#999', 'stroke-width': 3 }));
  defs.append(hatch);
  svg.append(defs);
  for (const f of chosen) {
    const p = f.properties;
    let d = '';
    for (const poly of f.geometry.coordinates) for (const ring of poly) {
      d += ring.map((pt, i) => {
        const [x, y] = project(pt);
        return `${i ? 'L' : 'M'}${((x - minX) * k).toFixed(1)} ${((y - minY) * k).toFixed(1)}`;
      }).join('') + 'Z';
    }
    const key = p.st ? `${p.st}/${p.pc}` : null;
    const party = key && !p.redrawn ? partyOf(key) : null;
    const fill = p.redrawn ? 'url(#hatch)' : party ? colour(party) : '#f2f2f2';
    const what = p.redrawn ? '2008 boundary, redrawn since: not coloured' : party || 'no result yet';
    svg.append(s('path', { d, fill, class: 'pc', 'data-seat': key, 'data-party': party },
      title(`${p.name || 'no constituency'} (${p.state}): ${what}`)));
  }
  return svg;
}

/** Recolours one constituency of a drawn map (live updates), keeping redrawn states hatched. */
export function recolour(path, party) {
  if (path.getAttribute('fill') === 'url(#hatch)') return;
  const fill = party ? colour(party) : '#f2f2f2';
  if (path.getAttribute('fill') !== fill) path.setAttribute('fill', fill);
  if (party) path.setAttribute('data-party', party); else path.removeAttribute('data-party');
  const t = path.querySelector('title');
  if (t) t.textContent = t.textContent.replace(/: [^:]*$/, `: ${party || 'no result yet'}`);
}

/** Horizontal bars: rows [{label, value, party, note}] scaled to the largest value. */
export function bars(rows, label) {
  const max = Math.max(1, ...rows.map((r) => Math.abs(r.value)));
  const rowH = 28;
  const svg = s('svg', { viewBox: `0 0 760 ${rows.length * rowH + 4}`, role: 'img', 'aria-label': label, class: 'bars' });
  rows.forEach((r, i) => {
    const w = Math.max(1, (Math.abs(r.value) / max) * 330);
    const y = i * rowH + 2;
    const t = s('text', { x: 0, y: y + 18, class: 'bar-label' });
    t.textContent = r.label.length > 26 ? r.label.slice(0, 25) + '…' : r.label;
    const v = s('text', { x: 200 + w + 6, y: y + 18, class: 'bar-value' });
    v.textContent = r.note || fmt(r.value);
    svg.append(t, s('rect', { x: 200, y: y + 4, width: w.toFixed(1), height: rowH - 8, fill: colour(r.party) }), v);
  });
  return svg;
}

/** Columns over time: points [{x: year, y: seats}], gaps shown as missing columns. */
export function columns(points, label, party) {
  const max = Math.max(1, ...points.map((p) => p.y));
  const w = 720, hgt = 260, pad = 30;
  const step = (w - pad) / Math.max(1, points.length);
  const top = 24; // room for the tallest column's label
  const svg = s('svg', { viewBox: `0 0 ${w} ${hgt + top + 30}`, role: 'img', 'aria-label': label, class: 'columns' });
  points.forEach((p, i) => {
    const bh = (p.y / max) * hgt;
    const x = pad + i * step;
    svg.append(s('rect', { x: (x + 2).toFixed(1), y: (hgt - bh + top).toFixed(1), width: (step - 4).toFixed(1),
      height: bh.toFixed(1), fill: colour(party) }, title(`${p.x}: ${p.y}`)));
    const yr = s('text', { x: (x + step / 2).toFixed(1), y: hgt + top + 18, 'text-anchor': 'middle', class: 'axis' });
    yr.textContent = String(p.x).slice(2);
    const v = s('text', { x: (x + step / 2).toFixed(1), y: (hgt - bh + top - 5).toFixed(1), 'text-anchor': 'middle', class: 'axis' });
    v.textContent = String(p.y);
    svg.append(yr, v);
  });
  return svg;
}

/** A step line of margin over time: points [{t: Date, margin, party}], dots coloured by leader. */
export function marginLine(points, label) {
  const w = 720, hgt = 220, pad = 60;
  const svg = s('svg', { viewBox: `0 0 ${w} ${hgt + 40}`, role: 'img', 'aria-label': label, class: 'line' });
  if (points.length === 0) return svg;
  const t0 = points[0].t.getTime();
  const t1 = Math.max(t0 + 1, points[points.length - 1].t.getTime());
  const max = Math.max(1, ...points.map((p) => p.margin));
  const x = (t) => pad + ((t.getTime() - t0) / (t1 - t0)) * (w - pad - 10);
  const y = (m) => 10 + hgt - (m / max) * hgt;
  let d = '';
  points.forEach((p, i) => {
    d += i === 0 ? `M${x(p.t).toFixed(1)} ${y(p.margin).toFixed(1)}`
      : `H${x(p.t).toFixed(1)}V${y(p.margin).toFixed(1)}`;
  });
  svg.append(s('path', { d, fill: 'none', stroke: '#333', 'stroke-width': 2 }));
  for (const p of points) {
    svg.append(s('circle', { cx: x(p.t).toFixed(1), cy: y(p.margin).toFixed(1), r: 5, fill: colour(p.party), stroke: '#000' },
      title(`${p.t.toISOString()}: ${p.party} ahead by ${fmt(p.margin)}`)));
  }
  const top = s('text', { x: pad - 6, y: 16, 'text-anchor': 'end', class: 'axis' });
  top.textContent = fmt(max);
  const zero = s('text', { x: pad - 6, y: hgt + 12, 'text-anchor': 'end', class: 'axis' });
  zero.textContent = '0';
  svg.append(top, zero, s('line', { x1: pad, y1: hgt + 10, x2: w - 10, y2: hgt + 10, stroke: '#999' }));
  return svg;
}
