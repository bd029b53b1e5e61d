// The national dashboard: alliances and parties (Won / Leading / Total, majority mark), the seat
// arc, the map by leading party, the ticker, and live updates over SSE.
import { API, enc, getJson, subject, defaultSubject, showTestBanner, initSearch, initNav, h,
  notice, listOf, setLastUpdated, timeText, debounce, fmt, subjectQuery } from './common.js';
import { loadTally, loadSeats, loadMap } from './results.js';
import { hemicycle, map } from './charts.js';
import { tallyTable, legend } from './views.js';

const STATES = {};
let lastSeq = 0;

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
  if (tally.ok && tally.seq) lastSeq = tally.seq;
  await drawMap(s, seats);
  message.hidden = true;
  setLastUpdated(timeText(tally.ok ? tally.asOf : null));
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
  majority.textContent = `Majority: ${t.majority} of ${t.seats} seats.` + (leader
    ? ` ${leader.key} ${live ? 'has' : 'won'} ${leader.total}${leader.total >= t.majority ? ' — a majority' : ` — ${t.majority - leader.total} short`}.`
    : '');
  const alliances = document.getElementById('alliance-table');
  if (t.alliances.length) {
    alliances.replaceChildren(tallyTable(t.alliances, { live, caption: 'Seats by alliance', subject: s }));
  } else {
    notice(alliances, 'Alliance totals are not available for this election.');
  }
  const parties = t.parties.filter((r) => r.total > 0 || r.won > 0);
  document.getElementById('party-table').replaceChildren(
    tallyTable(parties, { live, caption: 'Seats by party (parties with a seat won or leading)', linkParties: true, subject: s }));
  const groups = (t.alliances.length ? t.alliances : parties).map((r) => ({ key: r.key, count: r.total }));
  const counted = groups.reduce((a, g) => a + g.count, 0);
  const summary = groups.map((g) => `${g.key} ${g.count}`).join(', ');
  document.getElementById('arc').replaceChildren(
    hemicycle(groups, t.seats, t.majority, `Seat arc of ${t.seats} seats: ${summary}; ${t.seats - counted} not yet decided. Majority ${t.majority}.`));
  document.getElementById('arc-legend').replaceChildren(legend(groups, 'seats'),
    h('p', { class: 'muted' }, `Open circles: ${fmt(t.seats - counted)} seats not yet won or leading. The line marks ${t.majority}.`));
}

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
  box.replaceChildren(map(geo.data.features, (k) => byKey.get(k) || null,
    'Map of India coloured by the party that leads or won each constituency; the table of parties above has the same totals.'));
  const groups = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([key, count]) => ({ key, count }));
  document.getElementById('map-legend').replaceChildren(legend(groups, ''));
  const links = Object.entries(STATES).sort((a, b) => a[1].localeCompare(b[1]));
  document.getElementById('state-links').replaceChildren(...links.map(([code, name]) =>
    h('li', {}, h('a', { href: `state.html?state=${enc(code)}&${subjectQuery(s)}` }, name))));
}

function tickerNote(text) {
  const t = document.getElementById('ticker');
  t.replaceChildren(h('li', { class: 'muted' }, text));
}

/** One line of the ticker from a log event, whatever its exact shape. */
function tickerLine(e) {
  const seat = e.constituency ? (e.constituency.name || e.constituency) : e.seat || e.name || '';
  const leader = e.leader ? (e.leader.party || e.leader.name) : e.party || '';
  const kind = e.declared ? 'declared' : e.type || e.kind || 'update';
  const margin = e.margin !== undefined && e.margin !== null ? ` by ${fmt(e.margin)}` : '';
  const when = e.published || e.received || e.at || '';
  return `${when ? timeText(when).replace(/, /, ' ') + ': ' : ''}${seat} — ${kind}${leader ? ' ' + leader : ''}${margin}`;
}

function addTicker(e) {
  const t = document.getElementById('ticker');
  if (t.firstChild && t.firstChild.classList && t.firstChild.classList.contains('muted')) t.replaceChildren();
  t.prepend(h('li', { 'data-seq': e.seq ?? null }, tickerLine(e)));
  while (t.children.length > 30) t.lastChild.remove();
}

/** SSE: each event goes to the ticker; the tables and map are refetched, debounced. */
async function live(s) {
  const base = `${API}/elections/${enc(s.id)}/events`;
  const recent = await getJson(`${base}?after=${Math.max(0, lastSeq - 20)}&limit=20`);
  if (!recent.ok) tickerNote(`Live updates are not available yet: ${recent.message}`);
  else listOf(recent.data, 'events', 'entries').forEach(addTicker);
  if (typeof EventSource === 'undefined') return;
  const source = new EventSource(base);
  const again = debounce(() => refresh(s), 800);
  const onEvent = (msg) => {
    let e = {};
    try { e = JSON.parse(msg.data); } catch (err) { e = { type: msg.type }; }
    if (e && typeof e === 'object' && e.seq === undefined && msg.lastEventId) e.seq = Number(msg.lastEventId);
    addTicker(e);
    again();
  };
  source.onmessage = onEvent;
  for (const name of ['round', 'lead', 'lead_change', 'declared', 'declaration', 'event', 'result', 'status', 'counting']) {
    source.addEventListener(name, onEvent);
  }
  source.onerror = () => setLastUpdated(`${document.getElementById('last-updated').textContent} (reconnecting…)`);
}

main().catch((e) => {
  const m = document.getElementById('page-message');
  m.hidden = false;
  m.textContent = `Something went wrong drawing this page: ${e.message}`;
});
