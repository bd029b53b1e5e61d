// Shared by every page: fetching the API, the count/election the page is about, the test
// banner, the search box, party colours and number formatting. No framework, no build step.

export const API = '/api/v1';

/**
 * The SSE `event:` names of a count's stream: the update kinds of the log (core CountingUpdate)
 * and `quarantined`. EventSource delivers a named event only to a listener for that name.
 */
export const EVENT_KINDS = ['RoundCounted', 'CountReported', 'PostalCounted', 'ResultDeclared',
  'Correction', 'CountingAdjourned', 'CountingResumed', 'PollCountermanded', 'UncontestedReturn',
  'quarantined'];

/**
 * GET a JSON route. Never throws: {ok, status, data, message}. A live count's answers carry
 * `Cache-Control: max-age=5`, so `fresh` asks the browser to revalidate them (If-None-Match: a
 * 304 costs nothing) instead of showing a cached tally after an SSE event said it changed.
 */
export async function getJson(path, { fresh = false } = {}) {
  try {
    const res = await fetch(path, { headers: { Accept: 'application/json' }, cache: fresh ? 'no-cache' : 'default' });
    let data = null;
    try { data = await res.json(); } catch (e) { data = null; }
    if (!res.ok) {
      const detail = data && (data.detail || data.title);
      return { ok: false, status: res.status, data, message: detail || `HTTP ${res.status}` };
    }
    return { ok: true, status: res.status, data, message: '' };
  } catch (e) {
    return { ok: false, status: 0, data: null, message: 'the server did not answer' };
  }
}

/** The page's subject from the query string: a live count or a finished election. */
export function subject() {
  const q = new URLSearchParams(location.search);
  const count = q.get('count');
  const election = q.get('election');
  if (count) return { mode: 'live', id: count, test: count.includes('#') };
  // ELECTION#LABEL is always a test count, never an archived result, whichever parameter named it.
  if (election && election.includes('#')) return { mode: 'live', id: election, test: true };
  if (election) return { mode: 'final', id: election, test: false };
  return null;
}

/** With no parameter: the first count in the store, else the latest general election. */
export async function defaultSubject() {
  const counts = await getJson(`${API}/counts`);
  const list = counts.ok && counts.data && Array.isArray(counts.data.counts) ? counts.data.counts : [];
  if (list.length > 0) {
    const c = list[0];
    return { mode: 'live', id: c.count || c.id, test: Boolean(c.test) };
  }
  const elections = await getJson(`${API}/elections`);
  const rows = elections.ok && elections.data ? elections.data.elections || [] : [];
  const general = rows.filter((e) => /^ls-\d{4}$/.test(e.election || ''));
  general.sort((a, b) => (a.election < b.election ? 1 : -1));
  if (general.length > 0) return { mode: 'final', id: general[0].election, test: false };
  return { mode: 'final', id: 'ls-2024', test: false };
}

export const enc = encodeURIComponent;

/** Query string that keeps the page's subject when linking to another page. */
export function subjectQuery(s) {
  if (!s) return '';
  return s.mode === 'live' ? `count=${enc(s.id)}` : `election=${enc(s.id)}`;
}

/** The election id of a subject (a count id is ELECTION#LABEL). */
export function electionOf(s) {
  return s.id.split('#')[0];
}

export function showTestBanner(on) {
  const banner = document.getElementById('test-banner');
  if (banner) banner.hidden = !on;
}

/** A clear message in place of a part of the page that could not be filled. */
export function notice(el, text) {
  if (!el) return;
  el.replaceChildren(h('p', { class: 'notice', role: 'status' }, text));
}

/** Tiny element builder: h('td', {class: 'num'}, '240'). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

const NUMBER = new Intl.NumberFormat('en-IN');
export function fmt(n) {
  return typeof n === 'number' ? NUMBER.format(n) : n === null || n === undefined ? '—' : String(n);
}

export function pct(n) {
  return typeof n === 'number' ? `${n.toFixed(2)} %` : '—';
}

export function signed(n, digits = 0) {
  if (typeof n !== 'number') return '—';
  const text = digits ? Math.abs(n).toFixed(digits) : NUMBER.format(Math.abs(n));
  return (n > 0 ? '+' : n < 0 ? '−' : '±') + text;
}

// Party and alliance colours: commonly used shades; anything else is neutral grey, and every
// colour on a page has its label next to it.
const COLOURS = {
  BJP: '#f7941d', INC: '#1c9ad6', SP: '#d7261e', AITC: '#23a55a', DMK: '#8b1a1a',
  TDP: '#f2c500', 'JD(U)': '#2e7d32', 'SHS(UBT)': '#e65100', 'NCP(SP)': '#00838f', SHS: '#ff8f00',
  'LJP(RV)': '#6a1b9a', 'CPI(M)': '#b71c1c', CPI: '#c62828', RJD: '#00695c', YSRCP: '#1565c0',
  AAP: '#0b3d91', JMM: '#1b5e20', IUML: '#004d40', BJD: '#558b2f', BSP: '#283593', BRS: '#e91e63',
  AIADMK: '#4e342e', JKNC: '#c2185b', IND: '#757575',
  NDA: '#f7941d', INDIA: '#1c9ad6', UPA: '#1c9ad6', Others: '#9e9e9e',
};
export const NEUTRAL = '#a6a6a6';
export function colour(party) {
  return COLOURS[party] || NEUTRAL;
}

/** A colour swatch that is decoration only: the label beside it carries the meaning. */
export function swatch(party) {
  return h('span', { class: 'swatch', style: `background:${colour(party)}`, 'aria-hidden': 'true' });
}

export function setLastUpdated(text) {
  const el = document.getElementById('last-updated');
  if (el) el.textContent = text;
}

export function timeText(iso) {
  if (!iso) return new Date().toLocaleString('en-IN', { timeZone: 'Asia/Kolkata' }) + ' IST';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  return d.toLocaleString('en-IN', { timeZone: 'Asia/Kolkata' }) + ' IST';
}

/** Wires the search box in the page header to /api/v1/search. */
export function initSearch() {
  const form = document.getElementById('search');
  const input = document.getElementById('search-q');
  const out = document.getElementById('search-results');
  if (!form || !input || !out) return;
  let timer = 0;
  const run = async () => {
    const q = input.value.trim();
    if (q.length < 2) { out.replaceChildren(); return; }
    const s = subject();
    const extra = s ? `&election=${enc(electionOf(s))}` : '';
    const res = await getJson(`${API}/search?q=${enc(q)}${extra}`);
    if (!res.ok) {
      notice(out, res.status === 404 && !res.data?.detail?.includes(q)
        ? 'Search is not available on this server yet.'
        : `Search failed: ${res.message}`);
      return;
    }
    const results = (res.data && res.data.results) || [];
    if (results.length === 0) { notice(out, `Nothing found for “${q}”.`); return; }
    out.replaceChildren(h('ul', {},
      results.slice(0, 12).map((r) => h('li', {},
        h('a', { href: pageFor(r) }, r.label),
        ' ', h('span', { class: 'muted' }, `${r.kind}${r.detail ? ' · ' + r.detail : ''}`)))));
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, 250); });
  form.addEventListener('submit', (e) => { e.preventDefault(); run(); });
}

/**
 * The web page for a search result: the API's `url` is already a page of ours
 * (`/constituency.html?election=ls-2024&seat=FAIZABAD`, `/party.html?party=INC`); it is kept as
 * given, except that a page showing a live count keeps showing that count.
 */
export function pageFor(r, s = subject()) {
  if (!r.url) return '#';
  const url = new URL(r.url, location.origin);
  if (s && s.mode === 'live') {
    url.searchParams.delete('election');
    url.searchParams.set('count', s.id);
  } else if (s && !url.searchParams.has('election')) {
    url.searchParams.set('election', s.id);
  }
  return url.pathname.replace(/^\//, '') + url.search;
}

/** Fills the nav links so that they keep the page's subject. */
export function initNav(s) {
  for (const a of document.querySelectorAll('a[data-keep-subject]')) {
    const base = a.getAttribute('href').split('?')[0];
    const extra = a.dataset.keepSubject;
    const parts = [subjectQuery(s), extra].filter(Boolean);
    a.setAttribute('href', parts.length ? `${base}?${parts.join('&')}` : base);
  }
}

/**
 * Coalesces a stream of calls into at most one run of `fn` per `ms`: the first call of a burst
 * schedules a run `ms` later and the calls until then ride on it; a run still in flight (fn may
 * return a promise) delays the next. On counting day SSE events arrive many times a second; this
 * keeps the page at one refetch a second or fewer, and the last event is never left unshown
 * (a plain trailing debounce would wait for a pause that never comes).
 */
export function throttle(fn, ms) {
  let timer = 0;
  let running = null;
  let again = false;
  const run = async () => {
    timer = 0;
    if (running) { again = true; return; }
    running = Promise.resolve().then(fn).catch(() => {});
    await running;
    running = null;
    if (again) { again = false; timer = setTimeout(run, ms); }
  };
  return () => { if (!timer) timer = setTimeout(run, ms); };
}

/** After SSE entries, a live page refetches at most once a second. */
export const REFRESH_MS = 1000;

/**
 * Follows a live count from entry `after` (the `seq` the page read, so no entry falls between the
 * read and the stream; after a drop the browser resumes with Last-Event-ID). Every entry goes to
 * `onEntry` in log order; unless it answers `false` (not this page's business), `refresh` runs,
 * coalesced by `throttle` to at most one run per `ms`. Shared by every live page: the dashboard, the
 * state, party and constituency pages. Returns the EventSource, or null without one.
 */
export function followCount(s, after, { refresh, onEntry = () => true, ms = REFRESH_MS }) {
  if (typeof EventSource === 'undefined') return null;
  const source = new EventSource(`${API}/elections/${enc(s.id)}/events?after=${after ?? 0}`);
  const again = throttle(refresh, ms);
  const onEvent = (msg) => {
    let e = null;
    try { e = JSON.parse(msg.data); } catch (err) { return; }
    if (!e || typeof e !== 'object') return;
    if (e.test) showTestBanner(true);
    if (onEntry(e) !== false) again();
  };
  source.onmessage = onEvent;
  for (const name of EVENT_KINDS) source.addEventListener(name, onEvent);
  source.onerror = () => {
    const el = document.getElementById('last-updated');
    if (el && !el.textContent.endsWith('(reconnecting…)')) el.textContent = `${el.textContent} (reconnecting…)`;
  };
  return source;
}

/** The state code and PC number an entry is about (accepted or quarantined), or null. */
export function entrySeat(e) {
  const c = e && e.submission && e.submission.constituency;
  return c ? { st: c.state, pc: c.number } : null;
}

/** The rows of a list answer whatever its key: constituencies, seats, rows, or a bare array. */
export function listOf(data, ...keys) {
  if (Array.isArray(data)) return data;
  for (const k of keys) if (data && Array.isArray(data[k])) return data[k];
  return [];
}

/** A seat's state code, PC number, name and leading/winning party, whatever the route. */
export function seatOf(c) {
  const st = c.state_code || (typeof c.state === 'string' && /^[A-Z]\d\d$/.test(c.state) ? c.state : null)
    || (c.constituency && c.constituency.state);
  const pc = c.number ?? c.pc ?? (c.constituency && c.constituency.number);
  const person = c.winner || c.leader || null;
  const party = person ? person.party : c.party || null;
  const status = c.status || (c.winner ? 'declared' : 'unknown');
  return {
    st, pc, name: c.name || (c.constituency && c.constituency.name) || '',
    stateName: c.state_name || (typeof c.state === 'string' && !/^[A-Z]\d\d$/.test(c.state) ? c.state : ''),
    party, candidate: person ? person.candidate || person.name : null,
    margin: c.margin ?? null, status,
    rounds: typeof c.rounds === 'number' ? { counted: c.rounds_counted, total: c.rounds } : null,
  };
}
