// One constituency: candidates (EVM / postal / total), rounds, margin and its history, the
// previous result and holder.
import { API, enc, getJson, subject, defaultSubject, showTestBanner, initSearch, initNav, h,
  notice, setLastUpdated, timeText, fmt, pct, swatch, listOf, electionOf } from './common.js';
import { bars, marginLine } from './charts.js';
import { statusText } from './views.js';

async function main() {
  initSearch();
  const s = subject() || await defaultSubject();
  initNav(s);
  showTestBanner(s.test);
  const q = new URLSearchParams(location.search);
  const seat = q.get('seat');
  const state = q.get('state');
  if (!seat) {
    notice(document.getElementById('candidate-table'), 'No constituency chosen: use the search box or a state page.');
    return;
  }
  const where = state ? `?state=${enc(state)}` : '';
  const path = s.mode === 'live'
    ? `${API}/elections/${enc(s.id)}/seats/${enc(seat)}${where}`
    : `${API}/elections/${enc(s.id)}/constituencies/${enc(seat)}${where}`;
  const res = await getJson(path);
  if (!res.ok) {
    notice(document.getElementById('candidate-table'), `This constituency is not available: ${res.message}`);
    notice(document.getElementById('margin-chart'), 'No lead history.');
    notice(document.getElementById('previous'), 'No previous result.');
    return;
  }
  const d = res.data;
  if (d.test) showTestBanner(true);
  const name = d.name || (d.constituency && d.constituency.name) || seat;
  const stateName = d.state_name || (typeof d.state === 'string' && d.state.length > 3 ? d.state : '') || (d.constituency && d.constituency.state_name) || '';
  document.getElementById('title').textContent = `${name}${stateName ? ', ' + stateName : ''}: ${s.id}`;
  document.title = `${name} — Janadesh`;
  drawResult(d);
  const timeline = d.lead_changes || await realCountTimeline(s, seat, state);
  drawTimeline(timeline);
  drawPrevious(d.previous, s, seat, state);
  setLastUpdated(timeText(d.as_of || null));
}

function drawResult(d) {
  const candidates = listOf(d, 'candidates');
  const margin = d.margin ?? null;
  const el = document.getElementById('margin');
  el.textContent = fmt(margin);
  if (margin !== null) el.dataset.margin = margin;
  const lead = candidates[0];
  const second = candidates[1];
  document.getElementById('margin-detail').textContent = lead && second
    ? `${lead.candidate || lead.name} (${lead.party}) over ${second.candidate || second.name} (${second.party})`
      + (typeof d.margin_percent === 'number' ? `, ${pct(d.margin_percent)} of votes` : '')
    : '';
  const status = d.status ? statusText({ status: d.status, rounds: d.rounds }) : (d.winner ? 'declared' : '');
  document.getElementById('seat-status').textContent = status ? `Status: ${status}.` : '';
  const r = d.rounds;
  if (r && typeof r === 'object' && r.total) {
    const k = r.counted ?? r.done ?? r.k ?? 0;
    document.getElementById('rounds').replaceChildren(
      h('label', { for: 'rounds-bar' }, `Rounds counted: ${k} of ${r.total} `),
      h('progress', { id: 'rounds-bar', max: r.total, value: k }, `${k}/${r.total}`));
  }
  const top = candidates.slice(0, 8).map((c) => ({ label: `${c.candidate || c.name} (${c.party})`,
    value: c.total ?? c.votes ?? 0, party: c.party, note: `${fmt(c.total ?? c.votes)}${typeof c.share === 'number' ? ' · ' + pct(c.share) : ''}` }));
  document.getElementById('candidate-bars').replaceChildren(
    bars(top, `Votes of the leading candidates; the table below lists every candidate.`));
  document.getElementById('candidate-table').replaceChildren(h('table', { class: 'candidates' },
    h('caption', {}, 'Every candidate: EVM, postal and total votes'),
    h('thead', {}, h('tr', {}, ['#', 'Candidate', 'Party', 'EVM', 'Postal', 'Total', 'Share']
      .map((c, i) => h('th', { scope: 'col', class: i > 2 ? 'num' : null }, c)))),
    h('tbody', {}, candidates.map((c, i) => h('tr', { 'data-party': c.party },
      h('td', {}, c.rank ?? i + 1),
      h('th', { scope: 'row' }, c.candidate || c.name),
      h('td', {}, swatch(c.party), ' ', c.party),
      h('td', { class: 'num' }, fmt(c.evm)),
      h('td', { class: 'num' }, fmt(c.postal)),
      h('td', { class: 'num' }, fmt(c.total ?? c.votes)),
      h('td', { class: 'num' }, pct(c.share)))))));
}

/** For a finished election, the lead history of its real count when the store has one. */
async function realCountTimeline(s, seat, state) {
  const where = state ? `?state=${enc(state)}` : '';
  const res = await getJson(`${API}/elections/${enc(electionOf(s))}/seats/${enc(seat)}${where}`);
  return res.ok ? res.data.lead_changes || null : null;
}

function drawTimeline(timeline) {
  const box = document.getElementById('margin-chart');
  const changes = timeline ? listOf(timeline, 'changes') : [];
  if (changes.length === 0) {
    notice(box, 'No lead history is stored for this count.');
    return;
  }
  const points = changes.map((c) => ({ t: new Date(c.published || c.received), margin: c.margin ?? 0,
    party: c.leader ? c.leader.party : '', who: c.leader ? c.leader.name : '', declared: c.declared }));
  box.replaceChildren(
    marginLine(points, `Margin of the leading candidate at each of ${points.length} changes; the table has the same points.`),
    h('table', {}, h('caption', {}, 'Lead changes'),
      h('thead', {}, h('tr', {}, ['Time', 'Leader', 'Margin', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, points.map((p) => h('tr', {},
        h('td', {}, timeText(p.t.toISOString())), h('td', {}, swatch(p.party), ` ${p.who} (${p.party})`),
        h('td', { class: 'num' }, fmt(p.margin)), h('td', {}, p.declared ? 'declared' : ''))))));
}

async function drawPrevious(previous, s, seat, state) {
  const box = document.getElementById('previous');
  const parts = [];
  if (previous) {
    const w = previous.winner || {};
    parts.push(h('p', {}, `${previous.election || 'Previous election'}: ${w.candidate || '—'} (${w.party || '—'})`
      + (previous.margin !== undefined && previous.margin !== null ? `, margin ${fmt(previous.margin)}` : '') + '.'));
  } else {
    parts.push(h('p', { class: 'notice' }, previous === null
      ? 'No previous general-election result for this seat (new or renumbered seat).'
      : 'The previous result is not available from this server yet.'));
  }
  const where = state ? `?state=${enc(state)}` : '';
  const holders = await getJson(`${API}/elections/${enc(electionOf(s))}/constituencies/${enc(seat)}/holders${where}`);
  if (holders.ok) {
    const rows = listOf(holders.data, 'holders', 'rows', 'history', 'elections').slice(-8);
    if (rows.length) {
      parts.push(h('table', {}, h('caption', {}, 'Holders of this seat'),
        h('thead', {}, h('tr', {}, ['Year', 'Winner', 'Party'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, rows.map((r) => h('tr', {}, h('td', {}, r.year ?? r.election ?? ''),
          h('td', {}, (r.winner && r.winner.candidate) || r.candidate || r.name || ''),
          h('td', {}, (r.winner && r.winner.party) || r.party || ''))))));
    }
  } else {
    parts.push(h('p', { class: 'muted' }, `Seat holders are not available: ${holders.message}`));
  }
  box.replaceChildren(...parts);
}

main().catch((e) => notice(document.getElementById('page-message'), `Something went wrong: ${e.message}`));
