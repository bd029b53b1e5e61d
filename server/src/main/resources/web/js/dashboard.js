// The national dashboard: alliances and parties (Won / Leading / Total, majority mark), the seat
// arc, the map by leading party, the ticker, and live updates over SSE.
import { API, enc, getJson, subject, defaultSubject, showTestBanner, initSearch, initNav, h,
  notice, listOf, setLastUpdated, timeText, fmt, subjectQuery, seatOf, followCount } from './common.js';
import { loadTally, loadSeats, loadMap } from './results.js';
import { hemicycle, map, recolour as paint } from './charts.js';
import { tallyTable, legend } from './views.js';

const STATES = {};
/** What the page last knew of each seat ("S24/54" → seatOf row), to tell a change from a count. */
const known = new Map();
let lastSeq = 0;
let mapDrawn = false;

async function main() {
  initSearch();
  const s = subject() || await defaultSubject();
  initNav(s);
  showTestBanner(s.test);
  document.getElementById('title').textContent = s.mode === 'live'
    ? `Counting: ${s.id}` : `Result: ${s.id}`;
  await refresh(s);
  if (s.mode === 'live') live(s);
  else tickerNote('This is a finished election: there are no live changes.');
}

async function refresh(s) {
  const [tally, seats] = await Promise.all([loadTally(s), loadSeats(s)]);
  const message = document.getElementById('page-message');
  if (!tally.ok) {
    notice(document.getElementById('alliance-table'), tally.message);
    notice(document.getElementById('party-table'), tally.message);
    notice(document.getElementById('arc'), tally.message);
  } else {
    drawTally(s, tally);
  }
  if (tally.ok && tally.test) showTestBanner(true);
  if (tally.ok && tally.seq) lastSeq = Math.max(lastSeq, tally.seq);
  // Only the first list seeds what the ticker compares with; after that the stream keeps it, in
  // log order (a later /seats may already include events the stream has not delivered yet).
  if (seats.ok && known.size === 0) for (const x of seats.seats) known.set(`${x.st}/${x.pc}`, x);
  await drawMap(s, seats);
  message.hidden = true;
  setLastUpdated(s.mode === 'live'
    ? timeText(tally.ok ? tally.asOf : null) + (tally.ok && tally.seq ? ` (entry ${fmt(tally.seq)})` : '')
    : 'final result');
}

function drawTally(s, t) {
  const live = s.mode === 'live';
  const status = document.getElementById('count-status');
  status.textContent = t.counted
    ? `${fmt(t.counted.declared)} of ${fmt(t.seats)} declared, ${fmt(t.counted.counting)} counting, ${fmt(t.counted.not_started)} not started.`
    : `${fmt(t.seats)} seats, all declared.`;
  const majority = document.getElementById('majority');
  majority.dataset.majority = t.majority;
  const leader = (t.alliances.length ? t.alliances : t.parties)[0];
  // The shortfall is the API's (ALL-8); Others, not a bloc, has none.
  const short = leader && typeof leader.short === 'number'
    ? (leader.short === 0 ? ' — a majority' : ` — ${fmt(leader.short)} short`) : '';
  majority.textContent = `Majority: ${t.majority} of ${t.seats} seats.` + (leader
    ? ` ${leader.key} ${live ? 'has' : 'won'} ${leader.total}${short}.`
    : '');
  const alliances = document.getElementById('alliance-table');
  if (t.alliances.length) {
    alliances.replaceChildren(tallyTable(t.alliances, { live, caption: 'Seats by alliance', subject: s, alliances: true }));
  } else {
    notice(alliances, 'Alliance totals are not available for this election.');
  }
  const parties = t.parties.filter((r) => r.total > 0 || r.won > 0);
  document.getElementById('party-table').replaceChildren(
    tallyTable(parties, { live, caption: 'Seats by party (parties with a seat won or leading)', linkParties: true, subject: s }),
    live && typeof t.votesCounted === 'number'
      ? h('p', { class: 'muted' }, `Votes and shares are of the ${fmt(t.votesCounted)} votes counted so far (NOTA included), not the final vote share.`)
      : null);
  const groups = (t.alliances.length ? t.alliances : parties).map((r) => ({ key: r.key, count: r.total }));
  const summary = groups.map((g) => `${g.key} ${g.count}`).join(', ');
  document.getElementById('arc').replaceChildren(
    hemicycle(groups, t.seats, t.majority, `Seat arc of ${t.seats} seats: ${summary}; ${t.undecided} not yet decided. Majority ${t.majority}.`));
  document.getElementById('arc-legend').replaceChildren(legend(groups, 'seats'),
    h('p', { class: 'muted' }, `Open circles: ${fmt(t.undecided)} seats not yet won or leading. The line marks ${t.majority}.`));
}

/** The map is drawn once (543 paths); later refreshes only recolour the paths that changed. */
async function drawMap(s, seats) {
  const box = document.getElementById('map');
  const geo = await loadMap();
  if (!geo.ok) { notice(box, `The map could not be loaded: ${geo.message}`); return; }
  if (!seats.ok) { notice(box, seats.message); return; }
  const byKey = new Map(seats.seats.map((x) => [`${x.st}/${x.pc}`, x.party]));
  const counts = new Map();
  for (const x of seats.seats) {
    if (x.party) counts.set(x.party, (counts.get(x.party) || 0) + 1);
    if (x.st && x.stateName) STATES[x.st] = x.stateName;
  }
  if (!mapDrawn) {
    box.replaceChildren(map(geo.data.features, (k) => byKey.get(k) || null,
      'Map of India coloured by the party that leads or won each constituency; the table of parties above has the same totals.'));
    mapDrawn = true;
    const links = Object.entries(STATES).sort((a, b) => a[1].localeCompare(b[1]));
    document.getElementById('state-links').replaceChildren(...links.map(([code, name]) =>
      h('li', {}, h('a', { href: `state.html?state=${enc(code)}&${subjectQuery(s)}` }, name))));
  } else {
    for (const x of seats.seats) recolour(x);
  }
  const groups = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key, count]) => ({ key, count }));
  document.getElementById('map-legend').replaceChildren(legend(groups, ''));
}

function recolour(x) {
  const path = document.querySelector(`#map path.pc[data-seat="${x.st}/${x.pc}"]`);
  if (path) paint(path, x.party);
}

function tickerNote(text) {
  const t = document.getElementById('ticker');
  t.replaceChildren(h('li', { class: 'muted' }, text));
}

/**
 * The ticker's line for a log entry, or null when the entry changed nothing a reader follows
 * (a new count in a seat whose leader and status stay the same).
 */
function tickerLine(e) {
  const row = e.seat ? seatOf(e.seat) : null;
  const when = e.submission ? e.submission.published || e.submission.received : null;
  const at = when ? `${timeText(when)}: ` : '';
  if (e.outcome === 'quarantined') {
    const c = e.submission && e.submission.constituency;
    return `${at}quarantined ${e.kind} for ${c ? `${c.state}-${c.number}` : 'a seat'} (${(e.rules || []).join(', ')})`;
  }
  if (!row) return null;
  const key = `${row.st}/${row.pc}`;
  const before = known.get(key);
  known.set(key, row);
  const who = row.candidate ? `${row.candidate} (${row.party})` : null;
  const margin = typeof row.margin === 'number' ? ` by ${fmt(row.margin)}` : '';
  const name = `${row.name}${row.stateName ? ', ' + row.stateName : ''}`;
  switch (row.status) {
    case 'declared':
      if (before && before.status === 'declared' && before.party === row.party && e.kind !== 'Correction') return null;
      return `${at}${name}: ${who || 'result'} won${margin}`;
    case 'uncontested': return `${at}${name}: ${who || 'a candidate'} returned unopposed`;
    case 'countermanded': return `${at}${name}: poll countermanded`;
    case 'counting':
      if (e.kind === 'CountingAdjourned') return `${at}${name}: counting adjourned`;
      if (e.kind === 'CountingResumed') return `${at}${name}: counting resumed`;
      if (before && before.status === 'counting' && before.party === row.party && before.candidate === row.candidate) return null;
      if (!who) return `${at}${name}: counting, no sole leader`;
      return before && before.party
        ? `${at}${name}: ${who} takes the lead from ${before.party}${margin}`
        : `${at}${name}: ${who} leads${margin}`;
    default: return null;
  }
}

function addTicker(e) {
  if (typeof e.seq === 'number') lastSeq = Math.max(lastSeq, e.seq);
  if (e.seat) {
    const row = seatOf(e.seat);
    if (mapDrawn) recolour(row);
  }
  const line = tickerLine(e);
  if (!line) return false;
  const t = document.getElementById('ticker');
  if (t.firstChild && t.firstChild.classList && t.firstChild.classList.contains('muted')) t.replaceChildren();
  t.prepend(h('li', { 'data-seq': e.seq ?? null }, line));
  while (t.children.length > 30) t.lastChild.remove();
  return true;
}

/**
 * Live: the ticker starts with the declarations among the last entries, then follows the SSE
 * stream from the sequence the tallies were read at (no gap, no repeat; the browser resumes with
 * Last-Event-ID after a drop). Tallies are refetched at most once a second after events
 * (followCount, shared with the other live pages).
 */
async function live(s) {
  const base = `${API}/elections/${enc(s.id)}/events`;
  const from = lastSeq;
  const recent = await getJson(`${base}?after=${Math.max(0, from - 200)}&limit=200`, { fresh: true });
  if (!recent.ok) {
    tickerNote(`Live updates are not available yet: ${recent.message}`);
  } else {
    const events = listOf(recent.data, 'events').filter((e) => e.seq <= from);
    const shown = events.filter((e) => e.seat && ['declared', 'uncontested', 'countermanded'].includes(e.seat.status)).slice(-20);
    const t = document.getElementById('ticker');
    t.replaceChildren(...shown.reverse().map((e) => h('li', { 'data-seq': e.seq }, lineOfPast(e))));
  }
  if (!document.getElementById('ticker').firstChild) tickerNote('Waiting for the next lead change or result…');
  // Every entry may move a tally: each one is ticked and asks for a (throttled) refetch.
  followCount(s, from, { refresh: () => refresh(s), onEntry: (e) => { addTicker(e); return true; } });
}

function lineOfPast(e) {
  const row = seatOf(e.seat);
  const when = e.submission ? e.submission.published || e.submission.received : null;
  const who = row.candidate ? `${row.candidate} (${row.party})` : 'a candidate';
  const margin = typeof row.margin === 'number' ? ` by ${fmt(row.margin)}` : '';
  const what = row.status === 'declared' ? `won${margin}` : row.status === 'uncontested' ? 'returned unopposed' : 'poll countermanded';
  return `${when ? timeText(when) + ': ' : ''}${row.name}${row.stateName ? ', ' + row.stateName : ''}: ${row.status === 'countermanded' ? what : `${who} ${what}`}`;
}

main().catch((e) => {
  const m = document.getElementById('page-message');
  m.hidden = false;
  m.textContent = `Something went wrong drawing this page: ${e.message}`;
});
