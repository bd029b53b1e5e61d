// One constituency: candidates (EVM / postal / total), rounds, margin and its history, the
// previous result and holders. A live count's seat follows the SSE stream.
import { API, enc, getJson, subject, defaultSubject, showTestBanner, initSearch, initNav, h,
  notice, setLastUpdated, timeText, fmt, pct, swatch, listOf, electionOf, followCount,
  entrySeat } from './common.js';
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
  const live = s.mode === 'live';
  const path = live
    ? `${API}/elections/${enc(s.id)}/seats/${enc(seat)}${where}`
    : `${API}/elections/${enc(s.id)}/constituencies/${enc(seat)}${where}`;
  const res = await getJson(path, { fresh: live });
  if (!res.ok) {
    notice(document.getElementById('candidate-table'), `This constituency is not available: ${res.message}`);
    notice(document.getElementById('margin-chart'), 'No lead history.');
    notice(document.getElementById('previous'), 'No previous result.');
    return;
  }
  const d = live ? liveSheet(res.data) : res.data;
  if (d.test) showTestBanner(true);
  document.getElementById('title').textContent = `${d.name}${d.state ? ', ' + d.state : ''}: ${s.id}`;
  document.title = `${d.name} — Janadesh`;
  drawResult(d, live);
  drawTimeline(live ? res.data.lead_changes : await realCountTimeline(s, seat, state));
  setLastUpdated(live ? liveStamp(d) : 'final result');
  // The previous result and the holders come from the archive, for a live count too; the seat
  // is named the way the API spelt it, with its state, so a namesake elsewhere cannot answer.
  drawPrevious(s, d, live);
  if (live) follow(s, d, path);
}

/** A seat's answer names the log entry it includes; the time is when the page read it. */
function liveStamp(d) {
  return `${timeText(null)} (log entry ${fmt(d.seq)})`;
}

/** The live seat (`/seats/{seat}`) in the shape of the archive's result sheet. */
function liveSheet(data) {
  const row = data.seat || {};
  const candidates = listOf(data, 'candidates');
  const counted = data.counted ?? 0; // the API's sum, NOTA included
  return {
    test: data.test, as_of: data.as_of, seq: data.seq, count: data.count,
    name: row.name, state: row.state_name, state_code: row.state, number: row.number,
    status: row.status, margin: row.margin ?? null,
    rounds: typeof row.rounds === 'number' ? { counted: row.rounds_counted, total: row.rounds } : null,
    counted,
    candidates: candidates.map((c, i) => ({ rank: i + 1, candidate: c.name, party: c.party,
      evm: c.evm, postal: c.postal, total: c.total,
      share: c.share ?? null })), // the API's share (MET-0), never worked out here
  };
}

function drawResult(d, live) {
  const candidates = listOf(d, 'candidates');
  const margin = d.margin ?? null;
  const el = document.getElementById('margin');
  el.textContent = fmt(margin);
  if (margin !== null) el.dataset.margin = margin; else delete el.dataset.margin;
  const lead = candidates[0];
  const second = candidates[1];
  const ahead = margin !== null && lead && second;
  document.getElementById('margin-detail').textContent = ahead
    ? `${lead.candidate} (${lead.party}) ${live && d.status === 'counting' ? 'leads' : 'over'} ${second.candidate} (${second.party})`
      + (typeof d.margin_percent === 'number' ? `, ${pct(d.margin_percent)} of votes` : '')
    : '';
  const status = d.status ? statusText({ status: d.status, rounds: d.rounds }) : (d.winner ? 'won' : '');
  document.getElementById('seat-status').textContent = status ? `Status: ${status}.` : '';
  const r = d.rounds;
  if (r && r.total) {
    const k = r.counted ?? 0;
    document.getElementById('rounds').replaceChildren(
      h('label', { for: 'rounds-bar' }, `Rounds counted: ${k} of ${r.total} `),
      h('progress', { id: 'rounds-bar', max: r.total, value: k }, `${k}/${r.total}`));
  } else {
    document.getElementById('rounds').replaceChildren();
  }
  const shareOf = live ? 'share of the votes counted so far' : 'share';
  const top = candidates.slice(0, 8).map((c) => ({ label: `${c.candidate} (${c.party})`,
    value: c.total ?? 0, party: c.party, note: `${fmt(c.total)}${typeof c.share === 'number' ? ' · ' + pct(c.share) : ''}` }));
  document.getElementById('candidate-bars').replaceChildren(
    bars(top, `Votes of the leading candidates; the table below lists every candidate.`));
  document.getElementById('candidate-table').replaceChildren(h('table', { class: 'candidates' },
    h('caption', {}, live
      ? `Every candidate: EVM, postal and total votes counted so far (${fmt(d.counted)} with NOTA)`
      : 'Every candidate: EVM, postal and total votes'),
    h('thead', {}, h('tr', {}, ['#', 'Candidate', 'Party', 'EVM', 'Postal', 'Total', live ? 'Share so far' : 'Share']
      .map((c, i) => h('th', { scope: 'col', class: i > 2 ? 'num' : null, title: i === 6 ? shareOf : null }, c)))),
    h('tbody', {}, candidates.map((c, i) => h('tr', { 'data-party': c.party },
      h('td', {}, c.rank ?? i + 1),
      h('th', { scope: 'row' }, c.candidate),
      h('td', {}, swatch(c.party), ' ', c.party),
      h('td', { class: 'num' }, fmt(c.evm)),
      h('td', { class: 'num' }, fmt(c.postal)),
      h('td', { class: 'num' }, fmt(c.total)),
      h('td', { class: 'num' }, pct(c.share)))))));
}

/**
 * For a finished election, the lead history of its real count when the store holds one; asked
 * only when /counts lists it, so a finished election without a count logs no 404.
 */
async function realCountTimeline(s, seat, state) {
  const election = electionOf(s);
  const counts = await getJson(`${API}/counts`, { fresh: true });
  const held = counts.ok && listOf(counts.data, 'counts').some((c) => c.count === election);
  if (!held) return null;
  const where = state ? `?state=${enc(state)}` : '';
  const res = await getJson(`${API}/elections/${enc(election)}/seats/${enc(seat)}${where}`);
  return res.ok ? res.data.lead_changes || null : null;
}

function drawTimeline(timeline) {
  const box = document.getElementById('margin-chart');
  const changes = timeline ? listOf(timeline, 'changes', 'lead_changes') : [];
  if (changes.length === 0) {
    notice(box, 'No lead history is stored for this count.');
    return;
  }
  const points = changes.map((c) => ({ t: new Date(c.published || c.received), margin: c.margin ?? 0,
    party: c.leader ? c.leader.party : '', who: c.leader ? c.leader.name : 'tie', declared: c.declared }));
  box.replaceChildren(
    marginLine(points, `Margin of the leading candidate at each of ${points.length} changes; the table has the same points.`),
    h('table', {}, h('caption', {}, 'Lead changes'),
      h('thead', {}, h('tr', {}, ['Time', 'Leader', 'Margin', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, points.map((p) => h('tr', {},
        h('td', {}, timeText(p.t.toISOString())), h('td', {}, swatch(p.party), ` ${p.who}${p.party ? ` (${p.party})` : ''}`),
        h('td', { class: 'num' }, fmt(p.margin)), h('td', {}, p.declared ? 'declared' : ''))))));
}

async function drawPrevious(s, d, live) {
  const box = document.getElementById('previous');
  const election = electionOf(s);
  const seat = enc(d.name);
  const where = d.state_code ? `?state=${enc(d.state_code)}` : '';
  const [sheet, holders] = await Promise.all([
    live ? getJson(`${API}/elections/${enc(election)}/constituencies/${seat}${where}`) : Promise.resolve({ ok: true, data: d }),
    getJson(`${API}/elections/${enc(election)}/constituencies/${seat}/holders${where}`),
  ]);
  const parts = [];
  const previous = sheet.ok ? sheet.data.previous : undefined;
  if (previous) {
    const w = previous.winner || {};
    const p = h('p', { id: 'previous-result', 'data-election': previous.election },
      `${previous.election}: ${w.candidate || '—'} (${w.party || '—'})`
      + (typeof previous.margin === 'number' ? `, margin ${fmt(previous.margin)}` : '')
      + (typeof previous.margin_percent === 'number' ? ` (${pct(previous.margin_percent)})` : '') + '.');
    parts.push(p);
  } else {
    parts.push(h('p', { class: 'notice' }, previous === null
      ? 'No previous general-election result for this seat (new, redrawn or two-member seat).'
      : `The previous result is not in the archive for ${election}.`));
  }
  if (holders.ok) {
    // While a count is going, the archive's answer for the same election would give the result
    // away (and on counting day it is not there): show the holders before it, not the fate.
    const sitting = live ? null : holders.data.sitting_member;
    if (sitting && sitting.members && sitting.members.length && sitting.status !== 'none_on_record') {
      const names = sitting.members.map((m) => `${m.name} (${m.party})`).join(', ');
      const fate = { retained: 'retained the seat', lost: 'stood again and lost', did_not_stand: 'did not stand' }[sitting.status] || sitting.status;
      parts.push(h('p', {}, `Sitting member before ${election}: ${names} — ${fate}.`));
    }
    const rows = listOf(holders.data, 'holders').filter((r) => !live || r.election !== election).slice(-10);
    if (rows.length) {
      parts.push(h('table', {}, h('caption', {}, `Holders of this seat (latest ${rows.length})`),
        h('thead', {}, h('tr', {}, ['Year', 'Member', 'Party', 'Margin'].map((c, i) => h('th', { scope: 'col', class: i === 3 ? 'num' : null }, c)))),
        h('tbody', {}, rows.map((r) => h('tr', { 'data-election': r.election },
          h('td', {}, r.year ?? r.election), h('td', {}, r.member),
          h('td', {}, swatch(r.party), ' ', r.party), h('td', { class: 'num' }, fmt(r.margin)))))));
    }
  } else {
    parts.push(h('p', { class: 'muted' }, `Seat holders are not available: ${holders.message}`));
  }
  box.replaceChildren(...parts);
}

/** Live: the seat is refetched (at most once a second) when the stream reports an entry for it. */
function follow(s, d, path) {
  followCount(s, d.seq ?? 0, {
    refresh: async () => {
      const res = await getJson(path, { fresh: true });
      if (!res.ok) return;
      const now = liveSheet(res.data);
      drawResult(now, true);
      drawTimeline(res.data.lead_changes);
      setLastUpdated(liveStamp(now));
    },
    onEntry: (e) => {
      const at = entrySeat(e);
      return Boolean(at && at.st === d.state_code && at.pc === d.number);
    },
  });
}

main().catch((e) => notice(document.getElementById('page-message'), `Something went wrong: ${e.message}`));
