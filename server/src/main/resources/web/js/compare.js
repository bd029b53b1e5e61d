// Two elections side by side: seat change and swing per party, and the seats that flipped.
import { API, enc, getJson, showTestBanner, initSearch, initNav, h, notice, fmt, pct, signed,
  swatch } from './common.js';
import { bars } from './charts.js';

async function main() {
  initSearch();
  initNav(null);
  showTestBanner(false);
  const q = new URLSearchParams(location.search);
  const from = q.get('from') || 'ls-2019';
  const to = q.get('to') || 'ls-2024';
  const party = q.get('party') || '';
  document.getElementById('from').value = from;
  document.getElementById('to').value = to;
  document.getElementById('party').value = party;
  document.getElementById('title').textContent = `${to} compared with ${from}`;
  const res = await getJson(`${API}/compare?from=${enc(from)}&to=${enc(to)}${party ? `&party=${enc(party)}` : ''}`);
  if (!res.ok) {
    notice(document.getElementById('change-table'), `The comparison is not available: ${res.message}`);
    notice(document.getElementById('flip-table'), 'No flips to show.');
    return;
  }
  const d = res.data;
  const rows = (d.rows || []).filter((r) => (r.seats_current || r.seats_previous || Math.abs(r.swing || 0) >= 1));
  rows.sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  const top = rows.slice(0, 15);
  document.getElementById('change-chart').replaceChildren(bars(top.map((r) => ({
    label: r.party, value: r.change, party: r.party, note: `${signed(r.change)} seats` })),
    `Largest seat changes from ${from} to ${to}; the table has every party.`));
  document.getElementById('change-table').replaceChildren(h('table', {},
    h('caption', {}, `Seats and vote share, ${d.previous || from} → ${d.current || to}`),
    h('thead', {}, h('tr', {}, ['Party', `Seats ${from}`, `Seats ${to}`, 'Change', `Share ${from}`, `Share ${to}`, 'Swing (points)']
      .map((c, i) => h('th', { scope: 'col', class: i ? 'num' : null }, c)))),
    h('tbody', {}, rows.map((r) => h('tr', { 'data-party': r.party, 'data-change': r.change },
      h('th', { scope: 'row' }, swatch(r.party), ' ', r.party),
      h('td', { class: 'num' }, fmt(r.seats_previous)), h('td', { class: 'num' }, fmt(r.seats_current)),
      h('td', { class: 'num' }, signed(r.change)),
      h('td', { class: 'num' }, pct(r.vote_share_previous)), h('td', { class: 'num' }, pct(r.vote_share_current)),
      h('td', { class: 'num' }, signed(r.swing, 2)))))));
  const flips = d.flips || [];
  const notComparable = d.not_comparable || [];
  document.getElementById('flip-table').replaceChildren(
    h('p', {}, `${fmt(flips.length)} seats changed party, ${fmt((d.held || []).length)} were held; `
      + `${fmt(notComparable.length)} could not be compared (new or redrawn seats).`),
    h('table', {}, h('caption', {}, 'Seats that changed party'),
      h('thead', {}, h('tr', {}, ['State', 'Constituency', 'From', 'To', 'New winner'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, flips.map((f) => h('tr', { 'data-from': f.from, 'data-to': f.to },
        h('td', {}, f.state),
        h('th', { scope: 'row' }, h('a', { href: `constituency.html?seat=${enc(f.constituency)}&state=${enc(f.state)}&election=${enc(to)}` }, f.constituency)),
        h('td', {}, swatch(f.from), ' ', f.from), h('td', {}, swatch(f.to), ' ', f.to),
        h('td', {}, f.current_winner ? f.current_winner.candidate : ''))))));
}

main().catch((e) => notice(document.getElementById('page-message'), `Something went wrong: ${e.message}`));
