// Tables shared by pages. Tables are the accessible record of every chart.
import { h, fmt, pct, swatch, subjectQuery, enc } from './common.js';

/** Won / Leading / Total per party or alliance; rows carry data-party, cells data-won etc. */
export function tallyTable(rows, { live, caption, linkParties, subject, alliances = false }) {
  const head = [alliances ? 'Alliance' : 'Party', 'Won', ...(live ? ['Leading', 'Total'] : []),
    live ? 'Votes counted' : 'Votes', live ? 'Share so far' : 'Vote share'];
  return h('table', { class: 'tally' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, head.map((c, i) => h('th', { scope: 'col', class: i ? 'num' : null }, c)))),
    h('tbody', {}, rows.map((r) => h('tr', { 'data-party': r.key, 'data-alliance': alliances ? r.key : null },
      h('th', { scope: 'row' }, swatch(r.key), ' ',
        linkParties ? h('a', { href: `party.html?party=${enc(r.key)}&${subjectQuery(subject)}` }, r.key) : r.key,
        r.name && r.name !== r.key ? h('span', { class: 'muted' }, ` ${r.name}`) : null),
      // A finished election has no leads: its one seat column is won and total at once.
      h('td', { class: 'num', 'data-won': r.won, 'data-total': live ? null : r.total }, fmt(r.won)),
      live ? h('td', { class: 'num', 'data-leading': r.leading }, fmt(r.leading)) : null,
      live ? h('td', { class: 'num', 'data-total': r.total }, fmt(r.total)) : null,
      h('td', { class: 'num' }, fmt(r.votes)),
      h('td', { class: 'num' }, pct(r.share))))));
}

/** Every seat: state, number, name, party, candidate, margin, status. */
export function seatTable(seats, subject, caption) {
  return h('table', { class: 'seats' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ['No.', 'Constituency', 'Party', 'Candidate', 'Margin', 'Status']
      .map((c, i) => h('th', { scope: 'col', class: i === 4 ? 'num' : null }, c)))),
    h('tbody', {}, seats.map((x) => h('tr', { 'data-seat': `${x.st}/${x.pc}`, 'data-party': x.party || '' },
      h('td', {}, x.pc),
      h('th', { scope: 'row' }, h('a', { href: `constituency.html?seat=${enc(x.name)}&state=${enc(x.st || '')}&${subjectQuery(subject)}` }, x.name)),
      h('td', {}, x.party ? [swatch(x.party), ' ', x.party] : '—'),
      h('td', {}, x.candidate || '—'),
      h('td', { class: 'num' }, fmt(x.margin)),
      h('td', {}, statusText(x))))));
}

export function statusText(x) {
  const r = x.rounds;
  const rounds = r && typeof r === 'object' && r.total ? ` (round ${r.counted ?? '?'} of ${r.total})` : '';
  switch (x.status) {
    case 'declared': return 'won';
    case 'uncontested': return 'returned unopposed';
    case 'counting': return 'counting' + rounds;
    case 'not_started': return 'not started';
    case 'countermanded': return 'countermanded';
    default: return x.status || '—';
  }
}

/** A legend: colour swatch, name and count, as text. */
export function legend(groups, unit) {
  return h('ul', { class: 'legend' }, groups.map((g) => h('li', { 'data-party': g.key },
    swatch(g.key), ` ${g.key} ${fmt(g.count)}${unit ? ' ' + unit : ''}`)));
}
