// The soak's load: USERS careful clients plus one abuser, each a sequential loop against the load balancer, for
// DURATION seconds; then every user's final refresh. Node 20, no packages.
//
//   node bench/soak/load.mjs --base http://127.0.0.1:28080/api/v1 --users 8 --duration 180 --out DIR --run RUNID
//
// Writes DIR/requests.jsonl (one line per HTTP attempt) and DIR/state.json (per user: what the client knows was
// acknowledged, logical operations with unknown outcome, stale reads, anomalies, the limits /me/limits reported).
//
// A careful client: on 429/503/504 it waits Retry-After; on a connection error, a proxy error or a 500 it backs off
// exponentially with full jitter and retries. Every operation here is safe to retry: a create carries an
// Idempotency-Key, fresh per logical create and reused on each of its retries, with the very same body; an update
// is a full replacement; a delete answered 404, a restore answered 409, a registration answered 409 after an
// earlier attempt whose answer was lost count as done (and are noted). Each user has its own source address
// (127.0.0.<10+i>), which HAProxy forwards in X-Forwarded-For, so per-address limits count per user.
//
// Stale reads: each client is sequential, so a GET /{id} or a list must reflect every write acknowledged before it
// (fields, presence, 404 after a delete, presence after a restore).

import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { createWriteStream, writeFileSync } from 'node:fs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
  return pairs;
}, []));
const BASE = new URL(args.base ?? 'http://127.0.0.1:28080/api/v1');
const USERS = Number(args.users ?? 8);
const DURATION_MS = Number(args.duration ?? 180) * 1000;
const OUT = args.out ?? '.';
const RUN = args.run ?? String(Date.now());
const THINK_MS = [Number(args['think-min'] ?? 400), Number(args['think-max'] ?? 1100)];
const ATTEMPT_TIMEOUT_MS = 35_000;      // above HAProxy's server timeout (30 s): its 504 shows, not ours
const GIVE_UP_MS = 120_000;             // a logical operation retried this long has an unknown outcome
const ACCESS_REFRESH_MARGIN_MS = 120_000;
const PASSWORD = 'soak password 12345';

const log = createWriteStream(`${OUT}/requests.jsonl`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const rand = (n) => Math.floor(Math.random() * n);
const pick = (items) => items[rand(items.length)];
const start = Date.now();
const deadline = start + DURATION_MS;

// ---- HTTP ------------------------------------------------------------------------------------------------------

// No keep-alive: a reused idle connection that the proxy closes at that moment would read as a connection error
// that no fault caused. On loopback a connection per request costs nothing that matters here.
function send(user, method, path, body, headers) {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : Buffer.from(body);
    const t0 = Date.now();
    const request = http.request({
      host: BASE.hostname, port: BASE.port, method, path: BASE.pathname + path, agent: user.agent,
      headers: {
        ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {}),
        ...headers,
      },
    }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json = null;
        try { json = text ? JSON.parse(text) : null; } catch { json = null; }
        resolve({ t0, t1: Date.now(), status: response.statusCode, headers: response.headers, json, text });
      });
      response.on('error', (error) => resolve({ t0, t1: Date.now(), error: error.code ?? error.message }));
    });
    request.setTimeout(ATTEMPT_TIMEOUT_MS, () => request.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    request.on('error', (error) => resolve({ t0, t1: Date.now(), error: error.code ?? error.message }));
    if (payload) request.write(payload);
    request.end();
  });
}

// Attempts whose answer leaves it open whether the service did the work.
function lostAnswer(r) {
  if (r.error) return r.error !== 'ECONNREFUSED';       // refused: the proxy never had the request
  const fromService = Boolean(r.headers['x-served-by']);
  if (!fromService) return r.status !== 503;            // HAProxy's 503: no server, nothing sent
  return r.status === 500 || r.status === 504;          // the service's 503 says: nothing done
}

function retryAfterMs(r) {
  const value = r.headers?.['retry-after'];
  if (value === undefined) return null;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? Math.max(0, seconds) * 1000 : null;
}

function record(user, op, lid, attempt, method, route, r, extra = {}) {
  const line = {
    ts: r.t0, te: r.t1, u: user.index, abuser: user.abuser || undefined, op, lid, a: attempt, m: method, p: route,
    st: r.status ?? null, err: r.error ?? null, srv: r.headers?.['x-served-by'] ?? null,
    ra: r.headers?.['retry-after'] ?? null, rl: r.headers?.['ratelimit-policy'] ?? null,
    rid: r.headers?.['x-request-id'] ?? null,
    replay: r.headers?.['idempotent-replayed'] ?? undefined,
    ...extra,
  };
  log.write(JSON.stringify(line) + '\n');
  return line;
}

// One logical operation: attempts until a definitive answer, or GIVE_UP_MS. `definitive(r, lostBefore)` answers
// true for an answer the caller handles. Returns { r, lostBefore, gaveUp, line }.
// `until`: past it, a 429 ends the operation (the abuser stops with the run): refused, unless an attempt was lost.
// `mark`: more fields for every line of this operation.
async function call(user, op, method, path, route, { body, headers = {}, definitive, ignoreRetryAfter = false, until, mark } = {}) {
  const lid = randomUUID();
  const begin = Date.now();
  let lostBefore = false;
  let lostAt = null;
  let backoff = 200;
  for (let attempt = 1; ; attempt++) {
    const auth = user.access && !path.startsWith('/auth/') ? { Authorization: `Bearer ${user.access}` } : {};
    const r = await send(user, method, path, body, { ...auth, ...headers });
    const fromService = Boolean(r.headers?.['x-served-by']);
    let verdict;
    if (r.error) verdict = 'conn';
    else if (!fromService) verdict = 'proxy';
    else if ([429, 503, 504].includes(r.status)) verdict = 'retry-after';
    else if (r.status === 500) verdict = 'server-error';
    else if (definitive(r, lostBefore)) verdict = 'done';
    else verdict = 'unexpected';
    const line = record(user, op, lid, attempt, method, route, r,
      { v: verdict, lost: lostBefore || undefined, key: headers['Idempotency-Key'], ...mark });
    if (r.status) user.observeLimits(r);
    if (verdict === 'done' || verdict === 'unexpected') {
      return { r, lostBefore, lostAt, gaveUp: false, line, lid, attempts: attempt };
    }
    if (lostAnswer(r)) { lostBefore = true; lostAt = r.t1; }
    if (until && Date.now() > until && r.status === 429) {
      return { r, lostBefore, lostAt, gaveUp: true, refused: !lostBefore, line, lid, attempts: attempt };
    }
    if (Date.now() - begin > GIVE_UP_MS) {
      return { r, lostBefore, lostAt, gaveUp: true, line, lid, attempts: attempt };
    }
    if (verdict === 'retry-after' && !(ignoreRetryAfter && r.status === 429)) {
      const wait = retryAfterMs(r);
      await sleep((wait ?? 1000) + rand(250));
    } else if (verdict === 'retry-after') {
      await sleep(500 + rand(300));
    } else {
      await sleep(rand(backoff));
      backoff = Math.min(backoff * 2, 5000);
    }
  }
}

// ---- What a user knows -----------------------------------------------------------------------------------------

const TYPES = ['running', 'cycling', 'strength', 'swimming', 'rowing', 'walking'];
const TAGS = ['morning', 'evening', 'long', 'easy', 'hard', 'interval', 'race', 'commute'];

function isoDay(offsetDays) {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

function content(key, revision) {
  const tags = [...new Set(Array.from({ length: rand(4) }, () => pick(TAGS)))];
  return {
    activityType: pick(TYPES),
    durationMinutes: 1 + rand(240),
    distanceKm: Math.random() < 0.2 ? null : Math.round(Math.random() * 60_000) / 1000,
    notes: `soak key=${key} rev=${revision}`,
    activityDate: isoDay(-rand(90)),
    tags,
  };
}

// Instants as the service writes them (Instant.toString: 0, 3, 6 or 9 fraction digits), comparable as text.
function instant(text) {
  const match = /^([^.Z]+)(?:\.(\d+))?Z$/.exec(text);
  return match ? `${match[1]}.${(match[2] ?? '').padEnd(9, '0')}` : text;
}

const FIELDS = ['activityType', 'durationMinutes', 'distanceKm', 'notes', 'activityDate', 'tags'];
function normalise(activity) {
  return {
    activityType: activity.activityType,
    durationMinutes: activity.durationMinutes,
    distanceKm: activity.distanceKm === null || activity.distanceKm === undefined ? null : Number(activity.distanceKm),
    notes: activity.notes ?? null,
    activityDate: activity.activityDate,
    tags: [...(activity.tags ?? [])].sort(),
  };
}
function sameContent(a, b) {
  const x = normalise(a), y = normalise(b);
  return FIELDS.every((field) => field === 'distanceKm'
    ? (x.distanceKm === null ? y.distanceKm === null : y.distanceKm !== null && Math.abs(x.distanceKm - y.distanceKm) < 1e-9)
    : JSON.stringify(x[field]) === JSON.stringify(y[field]));
}
function differences(expected, actual) {
  const x = normalise(expected), y = normalise(actual);
  return FIELDS.filter((field) => !sameContent({ ...expected, [field]: x[field] }, { ...expected, [field]: y[field] }))
    .map((field) => `${field}: expected ${JSON.stringify(x[field])}, got ${JSON.stringify(y[field])}`);
}

class User {
  constructor(index, abuser) {
    this.index = index;
    this.abuser = abuser;
    this.ip = `127.0.0.${10 + index}`;
    this.email = `soak-${RUN}-${index}${abuser ? '-abuser' : ''}@example.com`.toLowerCase();
    this.agent = new http.Agent({ keepAlive: false, localAddress: this.ip });
    this.access = null;
    this.accessExpiresAt = 0;
    this.refreshToken = null;
    this.nextRefreshAt = Date.now() + 30_000 + rand(40_000);
    this.activities = new Map();   // id -> { id, key, createdAt, states: [{ deleted, content }], writes }
    this.creates = [];             // { key, outcome: acked|unknown|rejected, id, at, attempts, lostBefore }
    this.writes = { create: 0, update: 0, delete: 0, restore: 0 };
    this.stale = [];
    this.anomalies = [];
    this.notes = [];
    this.refreshes = [];           // { at, status, outcome, lostAt }
    this.limits = {};              // policy -> { remaining, resetAt }
    this.meLimits = null;
    this.reads = { get: 0, list: 0 };
  }

  observeLimits(r) {
    const header = r.headers['ratelimit'];
    if (!header) return;
    for (const part of header.split(',')) {
      const match = /"([^"]+)";r=(\d+);t=(\d+)/.exec(part.trim());
      if (match) this.limits[match[1]] = { remaining: Number(match[2]), resetAt: r.t1 + Number(match[3]) * 1000 };
    }
  }

  // What a careful client does with RateLimit: wait out a policy it has used up, before the request it would refuse.
  async pace(policy) {
    const state = this.limits[policy];
    if (!this.abuser && state && state.remaining === 0 && state.resetAt > Date.now()) {
      await sleep(Math.min(state.resetAt - Date.now() + 200, Math.max(0, deadline - Date.now())));
      delete this.limits[policy];
    }
  }

  anomaly(kind, detail) {
    this.anomalies.push({ at: Date.now(), kind, detail });
  }

  note(kind, detail) {
    this.notes.push({ at: Date.now(), kind, detail });
  }

  takeTokens(json) {
    this.access = json.accessToken;
    this.refreshToken = json.refreshToken;
    this.accessExpiresAt = Date.now() + json.expiresIn * 1000;
  }

  async register() {
    const body = JSON.stringify({ email: this.email, password: PASSWORD, displayName: `Soak ${this.index}` });
    const result = await call(this, 'register', 'POST', '/auth/register', 'POST /auth/register', {
      body, definitive: (r, lost) => r.status === 201 || (r.status === 409 && lost),
    });
    if (result.gaveUp || result.r.status !== 201) {
      if (!result.gaveUp && result.r.status === 409) this.note('register-409-after-lost', 'earlier answer lost');
      else throw new Error(`registration failed: ${result.r.status ?? result.r.error}`);
    }
    await this.login();
    const limits = await call(this, 'me-limits', 'GET', '/me/limits', 'GET /me/limits', {
      definitive: (r) => r.status === 200,
    });
    if (limits.r.status === 200) this.meLimits = limits.r.json.policies;
  }

  async login() {
    const body = JSON.stringify({ email: this.email, password: PASSWORD });
    const result = await call(this, 'login', 'POST', '/auth/login', 'POST /auth/login', {
      body, definitive: (r) => r.status === 200,
    });
    if (result.gaveUp || result.r.status !== 200) throw new Error(`login failed: ${result.r.status ?? result.r.error}`);
    this.takeTokens(result.r.json);
  }

  async refresh(reason) {
    const presented = this.refreshToken;
    const body = JSON.stringify({ refreshToken: presented });
    const result = await call(this, reason === 'final' ? 'final-refresh' : 'refresh', 'POST', '/auth/refresh',
      'POST /auth/refresh', { body, definitive: (r) => r.status === 200 || r.status === 401 });
    const entry = { at: Date.now(), reason, status: result.r.status ?? null, error: result.r.error ?? null,
      lostAt: result.lostAt, gaveUp: result.gaveUp };
    this.refreshes.push(entry);
    if (!result.gaveUp && result.r.status === 200) {
      this.takeTokens(result.r.json);
      return true;
    }
    if (reason === 'final') return false;
    // The session is gone: log in again to go on (and the checker reports the refusal).
    this.anomaly('refresh-refused', entry);
    await this.login();
    return false;
  }

  live() { return [...this.activities.values()].filter((a) => a.states.length === 1 && !a.states[0].deleted); }
  trashed() { return [...this.activities.values()].filter((a) => a.states.length === 1 && a.states[0].deleted); }
  uncertain() { return [...this.activities.values()].filter((a) => a.states.length > 1); }

  // ---- writes ----

  // `dropFirst`: the client throws the first answer away, as if it had been lost on the way (a client timeout just
  // as the service answered), and retries with the same key and body: only Idempotency-Key keeps this one row.
  async create(ignoreRetryAfter = false, dropFirst = false) {
    await this.pace('activities-create');
    const key = randomUUID();
    const sent = content(key, 0);
    const body = JSON.stringify(sent);
    const entry = { key, outcome: 'unknown', id: null, at: Date.now(), dropFirst: dropFirst || undefined };
    this.creates.push(entry);
    // Past the end of the load, a create refused with 429 is left undone (it is known not to exist).
    const until = dropFirst ? undefined : deadline;
    if (dropFirst) {
      const first = await call(this, 'create', 'POST', '/activities', 'POST /activities', {
        body, headers: { 'Idempotency-Key': key }, definitive: (r) => r.status === 201,
        mark: { dropped: 'the client drops this answer on purpose and retries' },
      });
      entry.firstId = first.r.json?.id ?? null;
    }
    const result = await call(this, 'create', 'POST', '/activities', 'POST /activities', {
      body, headers: { 'Idempotency-Key': key }, ignoreRetryAfter, until,
      // 409: the same key is in flight (a retry overtook its first attempt): answered again below
      definitive: (r) => r.status === 201 || r.status === 409,
    });
    entry.attempts = result.attempts;
    entry.lostBefore = result.lostBefore;
    let r = result.r;
    for (let again = 0; !result.gaveUp && r.status === 409 && again < 20; again++) {
      await sleep(1000);
      const retry = await call(this, 'create', 'POST', '/activities', 'POST /activities', {
        body, headers: { 'Idempotency-Key': key }, ignoreRetryAfter, until,
        definitive: (x) => x.status === 201 || x.status === 409,
      });
      r = retry.r;
      entry.lostBefore ||= retry.lostBefore;
      if (retry.gaveUp) { result.gaveUp = true; result.refused = retry.refused && !entry.lostBefore; break; }
    }
    if (result.gaveUp && result.refused) {
      entry.outcome = 'refused';   // every attempt answered 429 (or "nothing done"): known not to exist
      return;
    }
    if (result.gaveUp) {
      this.note('create-unknown', { key });
      return;
    }
    if (r.status !== 201) {
      entry.outcome = 'rejected';
      this.anomaly('create-refused', { key, status: r.status, body: r.text.slice(0, 300) });
      return;
    }
    entry.outcome = 'acked';
    entry.id = r.json.id;
    entry.replayed = r.headers['idempotent-replayed'] === 'true';
    if (dropFirst && entry.firstId && entry.firstId !== r.json.id) {
      this.note('dropped-answer-retry-got-a-new-id', { key, first: entry.firstId, second: r.json.id });
    }
    this.writes.create++;
    if (!sameContent(sent, r.json)) this.anomaly('ack-differs', { op: 'create', key, diff: differences(sent, r.json) });
    if (this.activities.has(r.json.id)) this.anomaly('id-reused', { key, id: r.json.id });
    this.activities.set(r.json.id, {
      id: r.json.id, key, createdAt: r.json.createdAt, revision: 0,
      states: [{ deleted: false, content: normalise(r.json) }], ackedAt: r.t1,
    });
  }

  async update(activity) {
    const revision = activity.revision + 1;
    const sent = content(activity.key, revision);
    const result = await call(this, 'update', 'PUT', `/activities/${activity.id}`, 'PUT /activities/{id}', {
      body: JSON.stringify(sent), definitive: (r) => r.status === 200,
    });
    activity.revision = revision;
    if (result.gaveUp) {
      activity.states = [...activity.states, { deleted: false, content: normalise(sent) }];
      this.note('update-unknown', { id: activity.id });
      return;
    }
    if (result.r.status !== 200) {
      this.anomaly('update-refused', { id: activity.id, status: result.r.status, body: result.r.text.slice(0, 300) });
      return;
    }
    this.writes.update++;
    if (!sameContent(sent, result.r.json)) this.anomaly('ack-differs', { op: 'update', id: activity.id, diff: differences(sent, result.r.json) });
    activity.states = [{ deleted: false, content: normalise(result.r.json) }];
    activity.ackedAt = result.r.t1;
  }

  async remove(activity) {
    const result = await call(this, 'delete', 'DELETE', `/activities/${activity.id}`, 'DELETE /activities/{id}', {
      definitive: (r, lost) => r.status === 204 || (r.status === 404 && lost),
    });
    const current = activity.states[0].content;
    if (result.gaveUp) {
      activity.states = [activity.states[0], { deleted: true, content: current }];
      this.note('delete-unknown', { id: activity.id });
      return;
    }
    if (result.r.status === 404) this.note('delete-404-after-lost', { id: activity.id, lostAt: result.lostAt });
    else if (result.r.status !== 204) {
      this.anomaly('delete-refused', { id: activity.id, status: result.r.status, body: result.r.text.slice(0, 300) });
      return;
    }
    this.writes.delete++;
    activity.states = [{ deleted: true, content: current }];
    activity.ackedAt = result.r.t1;
  }

  async restore(activity) {
    const result = await call(this, 'restore', 'POST', `/activities/${activity.id}/restore`,
      'POST /activities/{id}/restore', { definitive: (r, lost) => r.status === 200 || (r.status === 409 && lost) });
    const current = activity.states[0].content;
    if (result.gaveUp) {
      activity.states = [activity.states[0], { deleted: false, content: current }];
      this.note('restore-unknown', { id: activity.id });
      return;
    }
    if (result.r.status === 409) this.note('restore-409-after-lost', { id: activity.id, lostAt: result.lostAt });
    else if (result.r.status !== 200) {
      this.anomaly('restore-refused', { id: activity.id, status: result.r.status, body: result.r.text.slice(0, 300) });
      return;
    } else if (!sameContent(current, result.r.json)) {
      this.stale.push({ at: result.r.t1, kind: 'restore-content', id: activity.id, rid: result.line.rid,
        diff: differences(current, result.r.json) });
    }
    this.writes.restore++;
    activity.states = [{ deleted: false, content: current }];
    activity.ackedAt = result.r.t1;
  }

  // ---- reads: every one is checked against what was acknowledged before it ----

  async get(activity) {
    this.reads.get++;
    const result = await call(this, 'get', 'GET', `/activities/${activity.id}`, 'GET /activities/{id}', {
      definitive: (r) => r.status === 200 || r.status === 404,
    });
    if (result.gaveUp) return;
    const r = result.r;
    const stale = (kind, diff) => {
      this.stale.push({ at: r.t1, kind, id: activity.id, rid: result.line.rid, srv: result.line.srv, diff,
        ackedAt: activity.ackedAt });
      result.line.stale = true;
    };
    if (activity.states.length > 1) {
      // The last write's outcome was never learned: this read settles it, if it shows one of the two states.
      const match = activity.states.find((state) => r.status === 404
        ? state.deleted : !state.deleted && sameContent(state.content, r.json));
      if (match) {
        activity.states = [match];
        this.note('settled-by-read', { id: activity.id, deleted: match.deleted });
      } else {
        stale('unsettled-mismatch', r.status === 404 ? 'got 404' : JSON.stringify(normalise(r.json)));
      }
      return;
    }
    const state = activity.states[0];
    if (state.deleted && r.status === 200) stale('deleted-but-found', null);
    else if (!state.deleted && r.status === 404) stale('live-but-404', null);
    else if (!state.deleted && !sameContent(state.content, r.json)) stale('content', differences(state.content, r.json));
  }

  async list() {
    await this.pace('activities-list');
    this.reads.list++;
    const result = await call(this, 'list', 'GET', '/activities?limit=100', 'GET /activities', {
      definitive: (r) => r.status === 200,
    });
    if (result.gaveUp) return;
    const page = result.r.json;
    const seen = new Map(page.items.map((item) => [item.id, item]));
    const stale = (kind, id, diff) => {
      this.stale.push({ at: result.r.t1, kind, id, rid: result.line.rid, srv: result.line.srv, diff });
      result.line.stale = true;
    };
    const last = page.items[page.items.length - 1];
    // Newest activityDate first, then newest createdAt: an activity sorting before the page's last item is on it.
    const onPage = (activity, state) => !page.hasNext || (last && (state.content.activityDate > last.activityDate
      || (state.content.activityDate === last.activityDate && instant(activity.createdAt) > instant(last.createdAt))));
    for (const activity of this.activities.values()) {
      if (activity.states.length > 1) continue;
      const state = activity.states[0];
      const item = seen.get(activity.id);
      if (state.deleted && item) stale('list-deleted-present', activity.id, null);
      if (!state.deleted && !item && onPage(activity, state)) stale('list-live-missing', activity.id, null);
      if (!state.deleted && item && !sameContent(state.content, item)) {
        stale('list-content', activity.id, differences(state.content, item));
      }
    }
    const keys = new Map([...this.activities.values()].map((activity) => [activity.key, activity.id]));
    for (const item of page.items) {
      if (this.activities.has(item.id)) continue;
      const key = /soak key=([0-9a-f-]+)/.exec(item.notes ?? '')?.[1];
      if (key && keys.has(key)) this.note('duplicate-listed', { key, id: item.id, of: keys.get(key) });
      else if (key && this.creates.some((c) => c.key === key && c.outcome === 'unknown')) {
        this.note('unknown-create-listed', { key, id: item.id });
      } else this.anomaly('foreign-item-listed', { id: item.id, notes: item.notes });
    }
  }

  // ---- the loops ----

  async run() {
    await this.register();
    while (Date.now() < deadline) {
      await this.pace('caller');
      if (Date.now() >= deadline) break;
      if (Date.now() > this.accessExpiresAt - ACCESS_REFRESH_MARGIN_MS || Date.now() > this.nextRefreshAt) {
        await this.refresh(Date.now() > this.accessExpiresAt - ACCESS_REFRESH_MARGIN_MS ? 'expiry' : 'routine');
        this.nextRefreshAt = Date.now() + 30_000 + rand(40_000);
      } else {
        await this.step();
      }
      await sleep(THINK_MS[0] + rand(THINK_MS[1] - THINK_MS[0]));
    }
  }

  async step() {
    const live = this.live(), trashed = this.trashed(), uncertain = this.uncertain();
    const createRoom = !(this.limits['activities-create']?.remaining <= 1
      && this.limits['activities-create'].resetAt > Date.now());
    const choices = [
      ['create', createRoom && live.length < 60 ? 15 : 0],
      ['update', live.length ? 20 : 0],
      ['delete', live.length ? 9 : 0],
      ['restore', trashed.length ? 7 : 0],
      ['get', live.length + trashed.length ? 25 : 0],
      ['list', 12],
      ['settle', uncertain.length ? 30 : 0],
    ];
    let roll = Math.random() * choices.reduce((sum, [, weight]) => sum + weight, 0);
    const [op] = choices.find(([, weight]) => (roll -= weight) < 0) ?? ['list'];
    switch (op) {
      case 'create': return this.create();
      case 'update': return this.update(pick(live));
      case 'delete': return this.remove(pick(live));
      case 'restore': return this.restore(pick(trashed));
      case 'get': return this.get(pick([...live, ...trashed]));
      case 'settle': return this.get(pick(uncertain));
      default: return this.list();
    }
  }

  // Creates as fast as one a second, without waiting out its 429s: the create limit must refuse most of them.
  async abuse() {
    await this.register();
    while (Date.now() < deadline) {
      if (Date.now() > this.nextRefreshAt) {
        await this.refresh('routine');
        this.nextRefreshAt = Date.now() + 30_000 + rand(40_000);
      }
      await this.create(true);
      await sleep(700 + rand(400));
    }
  }

  summary() {
    return {
      index: this.index, abuser: this.abuser, email: this.email, ip: this.ip, meLimits: this.meLimits,
      writes: this.writes, reads: this.reads, creates: this.creates,
      activities: [...this.activities.values()].map(({ id, key, createdAt, states, ackedAt }) =>
        ({ id, key, createdAt, states, ackedAt })),
      stale: this.stale, anomalies: this.anomalies, notes: this.notes, refreshes: this.refreshes,
    };
  }
}

// ---- main ------------------------------------------------------------------------------------------------------

const users = Array.from({ length: USERS }, (_, i) => new User(i + 1, false));
const abuser = new User(USERS + 1, true);
const crashes = [];
async function guarded(user, loop) {
  try {
    await loop();
  } catch (error) {
    crashes.push({ user: user.index, error: String(error.stack ?? error) });
    user.anomaly('client-crashed', String(error));
  }
}

await Promise.all([...users.map((user) => guarded(user, () => user.run())),
  guarded(abuser, () => abuser.abuse())]);
const loadEnd = Date.now();
// One create per careful user whose first answer the client drops and retries with the same Idempotency-Key.
await Promise.all(users.map((user) => guarded(user, () => user.create(false, true))));
// After every fault, the Redis kill and restart included: each user's latest refresh token must still work.
const final = [];
for (const user of [...users, abuser]) {
  if (!user.refreshToken) continue;
  const ok = await user.refresh('final').catch(() => false);
  final.push({ user: user.index, ok, status: user.refreshes.at(-1)?.status ?? null });
}
await new Promise((resolve) => log.end(resolve));
writeFileSync(`${OUT}/state.json`, JSON.stringify({
  run: RUN, start, loadEnd, end: Date.now(), durationMs: DURATION_MS, users: [...users, abuser].map((u) => u.summary()),
  final, crashes,
}, null, 1));
console.log(`load: ${USERS} users + 1 abuser, ${((loadEnd - start) / 1000).toFixed(0)} s; final refreshes ok: ` +
  `${final.filter((f) => f.ok).length}/${final.length}; crashes: ${crashes.length}`);
