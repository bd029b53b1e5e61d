// Loads a tally and the seat list for a live count (/status, /seats) or a finished election
// (/tally, /constituencies) into one shape the pages draw from.
import { API, enc, getJson, listOf, seatOf } from './common.js';

/**
 * {ok, message, parties: [{key, name, won, leading, total, votes, share, short}], alliances: [...],
 * seats, majority, undecided, counted: {declared, counting, not_started} | null, test, asOf, seq}
 */
export async function loadTally(s, state) {
  const where = state ? `&state=${enc(state)}` : '';
  const base = `${API}/elections/${enc(s.id)}`;
  if (s.mode === 'live') {
    const [p, a] = await Promise.all([
      getJson(`${base}/status?by=party${where}`, { fresh: true }),
      getJson(`${base}/status?by=alliance${where}`, { fresh: true }),
    ]);
    if (!p.ok) return { ok: false, message: `Live status is not available: ${p.message}` };
    const d = p.data;
    // Votes counted so far (not a final vote share while seats are still counting).
    const votes = (doc, key, field) => new Map(((doc && doc.votes && doc.votes[key]) || []).map((v) => [v[field], v]));
    const pv = votes(d, 'parties', 'party');
    const av = votes(a.ok ? a.data : null, 'alliances', 'alliance');
    const withVotes = (r, v) => ({ ...r, votes: v ? v.votes : null, vote_share: v ? v.share : null });
    return {
      ok: true,
      parties: (d.parties || []).map((r) => row(r.party, r.name, withVotes(r, pv.get(r.party)))),
      alliances: a.ok ? (a.data.alliances || []).map((r) => row(r.alliance, r.alliance, withVotes(r, av.get(r.alliance)))) : [],
      votesCounted: d.votes ? d.votes.counted : null,
      // The majority mark, each row's shortfall and the seats neither won nor leading are the
      // API's (ALL-8): the page shows them, it does not work them out.
      seats: d.seats, majority: d.majority_mark, undecided: d.undecided,
      counted: { declared: d.declared, counting: d.counting, not_started: d.not_started },
      test: Boolean(d.test), asOf: d.as_of, seq: d.seq,
    };
  }
  const [p, a] = await Promise.all([
    getJson(`${base}/tally?by=party${where}`),
    getJson(`${base}/tally?by=alliance${where}`),
  ]);
  if (!p.ok) return { ok: false, message: `The result is not available: ${p.message}` };
  const d = p.data;
  const partyRows = d.parties || d.rows || [];
  const majority = d.majority_mark;
  // The archive's tally gives the mark, each row's shortfall (ALL-8) and the seats no row won.
  const final = (r) => ({ ...r, leading: 0, total: r.won });
  const parties = partyRows.map((r) => row(r.party || r.subject, r.name, final(r)));
  const alliances = a.ok ? (a.data.rows || []).map((r) => row(r.subject || r.alliance, r.subject, final(r))) : [];
  return {
    ok: true, parties, alliances,
    seats: d.seats, majority, undecided: d.undecided,
    counted: null, test: Boolean(d.test), asOf: null,
  };
}

function row(key, name, r) {
  return { key, name: name || key, won: r.won ?? 0, leading: r.leading ?? 0, total: r.total ?? r.won ?? 0,
    votes: r.votes ?? null, share: r.vote_share ?? null, short: r.short_of_majority ?? null };
}

/** Every seat of the subject (optionally one state) as seatOf() rows; {ok, seats, message}. */
export async function loadSeats(s, state) {
  const where = state ? `?state=${enc(state)}` : '';
  const path = s.mode === 'live' ? 'seats' : 'constituencies';
  const res = await getJson(`${API}/elections/${enc(s.id)}/${path}${where}`, { fresh: s.mode === 'live' });
  if (!res.ok) return { ok: false, seats: [], message: `The list of seats is not available: ${res.message}` };
  return { ok: true, seats: listOf(res.data, 'constituencies', 'seats', 'rows').map(seatOf),
    test: Boolean(res.data && res.data.test), seq: res.data ? res.data.seq ?? null : null };
}

let mapCache = null;
/** The constituency polygons (2008 delimitation), fetched once per page. */
export async function loadMap() {
  if (!mapCache) mapCache = getJson('/geo/pc-2008.json');
  return mapCache;
}
