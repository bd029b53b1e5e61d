// One party: seats in every Lok Sabha since 1952 and its seats won and leading now.
import { API, enc, getJson, subject, defaultSubject, showTestBanner, initSearch, initNav, h,
  notice, setLastUpdated, timeText, fmt, listOf, followCount } from './common.js';
import { loadTally } from './results.js';
import { columns } from './charts.js';

async function main() {
  initSearch();
  const s = subject() || await defaultSubject();
  initNav(s);
  showTestBanner(s.test);
  const party = new URLSearchParams(location.search).get('party') || 'BJP';
  document.getElementById('party-q').value = party;
  document.getElementById('party-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams(location.search);
    q.set('party', document.getElementById('party-q').value.trim());
    location.search = q.toString();
  });
  document.getElementById('title').textContent = party;
  document.title = `${party} — Janadesh`;
  const [history, tally] = await Promise.all([getJson(`${API}/history?party=${enc(party)}`), loadTally(s)]);
  drawNow(s, party, tally);
  // A live count: every entry may move the party's seats; refetch at most once a second.
  if (s.mode === 'live') {
    followCount(s, tally.ok ? tally.seq : 0, { refresh: async () => drawNow(s, party, await loadTally(s)) });
  }
  if (!history.ok) {
    notice(document.getElementById('history-table'), `Party history is not available: ${history.message}`);
    return;
  }
  const d = history.data;
  const years = listOf(d, 'years');
  const points = years.map((y) => ({ x: y.year, y: y.won ?? 0 }));
  const subjectName = d.subject || party;
  document.getElementById('title').textContent = subjectName;
  document.getElementById('history-chart').replaceChildren(columns(points,
    `Seats won by ${subjectName} in each Lok Sabha election; the table below has the numbers.`, subjectName));
  document.getElementById('history-table').replaceChildren(h('table', {},
    h('caption', {}, `${subjectName}: seats won per general election`
      + (d.members && d.members.length > 1 ? ` (${d.members.join(', ')})` : '')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Year'), h('th', { scope: 'col', class: 'num' }, 'Seats won'))),
    h('tbody', {}, years.map((y) => h('tr', { 'data-year': y.year },
      h('th', { scope: 'row' }, y.year), h('td', { class: 'num' }, fmt(y.won)))))));
  setLastUpdated(s.mode === 'live' ? timeText(tally.ok ? tally.asOf : null) : 'final result');
}

/** The party's seats won and leading now (a live count) or won (a finished election). */
function drawNow(s, party, tally) {
  if (tally.ok) {
    if (tally.test) showTestBanner(true);
    const row = tally.parties.find((r) => r.key.toUpperCase() === party.toUpperCase());
    const live = s.mode === 'live';
    document.getElementById('now').replaceChildren(row
      ? h('p', { class: 'big', 'data-party': row.key },
        live ? `${s.id}: won ${fmt(row.won)}, leading ${fmt(row.leading)}, total ${fmt(row.total)} of ${fmt(tally.seats)}.`
          : `${s.id}: won ${fmt(row.won)} of ${fmt(tally.seats)} seats.`)
      : h('p', {}, `${party} has no seat won or leading in ${s.id}.`));
    if (live) setLastUpdated(timeText(tally.asOf));
  } else {
    notice(document.getElementById('now'), tally.message);
  }
}

main().catch((e) => notice(document.getElementById('page-message'), `Something went wrong: ${e.message}`));
