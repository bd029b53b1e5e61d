// One state: its party tally, its map and every constituency. A live count follows the SSE
// stream: the state's entries refetch the tally and the seats (at most once a second).
import { subject, defaultSubject, showTestBanner, initSearch, initNav, notice, setLastUpdated,
  timeText, followCount, entrySeat } from './common.js';
import { loadTally, loadSeats, loadMap } from './results.js';
import { map, recolour } from './charts.js';
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
  const page = { s, state, code: state, stateName: state, mapDrawn: false };
  const { tally, seats } = await draw(page);
  document.getElementById('title').textContent = `${page.stateName}: ${s.id}`;
  document.title = `${page.stateName} — Janadesh`;
  document.getElementById('map-caveat').hidden = !REDRAWN.has(page.code);
  if (s.mode !== 'live') return;
  // Follow from the older of the two reads, so that no entry falls between them and the stream.
  const seqs = [tally.ok ? tally.seq : null, seats.ok ? seats.seq : null].filter((n) => typeof n === 'number');
  followCount(s, seqs.length ? Math.min(...seqs) : 0, {
    refresh: () => draw(page),
    onEntry: (e) => { const at = entrySeat(e); return !at || at.st === page.code; },
  });
}

/** Reads the state's tally and seats and (re)draws the tables and the map's colours. */
async function draw(page) {
  const { s, state } = page;
  // The map's GeoJSON is fetched once per page (loadMap keeps it); its paths are drawn once.
  const [tally, seats, geo] = await Promise.all([loadTally(s, state), loadSeats(s, state), loadMap()]);
  if (seats.ok && seats.test) showTestBanner(true);
  if (seats.ok && seats.seats.length) {
    page.stateName = seats.seats[0].stateName || state;
    page.code = seats.seats[0].st;
  }
  if (tally.ok) {
    showTestBanner(s.test || tally.test);
    document.getElementById('party-table').replaceChildren(tallyTable(
      tally.parties.filter((r) => r.total > 0 || r.won > 0),
      { live: s.mode === 'live', caption: `Seats by party in ${page.stateName} (${tally.seats} seats)`, linkParties: true, subject: s }));
  } else {
    notice(document.getElementById('party-table'), tally.message);
  }
  const box = document.getElementById('map');
  if (!geo.ok) notice(box, `The map could not be loaded: ${geo.message}`);
  if (seats.ok) {
    const sorted = [...seats.seats].sort((a, b) => a.pc - b.pc);
    document.getElementById('seat-table').replaceChildren(seatTable(sorted, s, `Constituencies of ${page.stateName}`));
    if (geo.ok && !page.mapDrawn) {
      const byKey = new Map(seats.seats.map((x) => [`${x.st}/${x.pc}`, x.party]));
      box.replaceChildren(map(geo.data.features, (k) => byKey.get(k) || null,
        `Map of ${page.stateName} by leading or winning party; the table lists every constituency.`, page.code));
      page.mapDrawn = true;
    } else if (geo.ok) {
      for (const x of seats.seats) {
        const path = box.querySelector(`path.pc[data-seat="${x.st}/${x.pc}"]`);
        if (path) recolour(path, x.party);
      }
    }
  } else {
    notice(document.getElementById('seat-table'), seats.message);
    if (!page.mapDrawn) notice(box, seats.message);
  }
  setLastUpdated(s.mode === 'live'
    ? timeText(tally.ok ? tally.asOf : null) : 'final result');
  return { tally, seats };
}

main().catch((e) => notice(document.getElementById('page-message'), `Something went wrong: ${e.message}`));
