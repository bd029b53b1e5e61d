// One state: its party tally, its map and every constituency.
import { subject, defaultSubject, showTestBanner, initSearch, initNav, notice, setLastUpdated,
  timeText } from './common.js';
import { loadTally, loadSeats, loadMap } from './results.js';
import { map } from './charts.js';
import { tallyTable, seatTable } from './views.js';

const REDRAWN = new Set(['S03', 'U08']);

async function main() {
  initSearch();
  const s = subject() || await defaultSubject();
  initNav(s);
  showTestBanner(s.test);
  const state = new URLSearchParams(location.search).get('state');
  if (!state) {
    const m = document.getElementById('page-message');
    m.hidden = false;
    m.textContent = 'No state chosen: open a state from the national page (state=S24, for example).';
    return;
  }
  const [tally, seats, geo] = await Promise.all([loadTally(s, state), loadSeats(s, state), loadMap()]);
  if (seats.ok && seats.test) showTestBanner(true);
  const stateName = seats.ok && seats.seats.length ? seats.seats[0].stateName || state : state;
  document.getElementById('title').textContent = `${stateName}: ${s.id}`;
  document.title = `${stateName} — Janadesh`;
  if (tally.ok) {
    showTestBanner(s.test || tally.test);
    document.getElementById('party-table').replaceChildren(tallyTable(
      tally.parties.filter((r) => r.total > 0 || r.won > 0),
      { live: s.mode === 'live', caption: `Seats by party in ${stateName} (${tally.seats} seats)`, linkParties: true, subject: s }));
  } else {
    notice(document.getElementById('party-table'), tally.message);
  }
  const box = document.getElementById('map');
  if (!geo.ok) notice(box, `The map could not be loaded: ${geo.message}`);
  const code = seats.ok && seats.seats.length ? seats.seats[0].st : state;
  if (seats.ok) {
    const sorted = [...seats.seats].sort((a, b) => a.pc - b.pc);
    document.getElementById('seat-table').replaceChildren(seatTable(sorted, s, `Constituencies of ${stateName}`));
    if (geo.ok) {
      const byKey = new Map(seats.seats.map((x) => [`${x.st}/${x.pc}`, x.party]));
      box.replaceChildren(map(geo.data.features, (k) => byKey.get(k) || null,
        `Map of ${stateName} by leading or winning party; the table lists every constituency.`, code));
    }
  } else {
    notice(document.getElementById('seat-table'), seats.message);
    notice(box, seats.message);
  }
  document.getElementById('map-caveat').hidden = !REDRAWN.has(code);
  setLastUpdated(s.mode === 'live' ? timeText(tally.ok ? tally.asOf : null) : 'final result');
}

main().catch((e) => notice(document.getElementById('page-message'), `Something went wrong: ${e.message}`));
