// Does the soak's checker tell a correct service from a broken one? A fake Stride (in memory, one process, the
// endpoints load.mjs uses, the configured rate limits) runs the real load.mjs and check.mjs twice:
//   correct: answers "nothing done" 503s with Retry-After now and then, and for one second (recorded as a replica
//            kill) does every request's work and then drops the connection unanswered; it honours Idempotency-Key.
//            Every check must pass.
//   broken:  stale reads, lost updates, a duplicate on a lost create (no Idempotency-Key), 500s, a create limit one
//            too high (while /me/limits reports the configured one), refused refreshes. Every check must fail, each for its own reason.
//
//   node bench/soak/selftest.mjs        # about a minute; exit status 1 when the checker misjudges either service
//
// No servers, no ports but 28190 on 127.0.0.1.

import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const PORT = 28190;
const DURATION = 25;

function fake(broken, lossWindow) {
  const users = new Map();      // email -> { id, email }
  const access = new Map();     // token -> user id
  const refresh = new Map();    // token -> user id
  const rotated = new Map();    // rotated token -> { id, at }
  const activities = new Map(); // id -> { ...activity, userId, deleted, previous }
  const keys = new Map();       // userId:key -> response body
  const arrivals = new Map();   // policy:subject -> theoretical arrival time (ms), GCRA as the service counts
  let refreshCount = 0;
  const POLICIES = [
    { name: 'caller', route: '*', by: 'caller', limits: { anonymous: 20, free: 100 } },
    { name: 'login-address', route: 'POST /auth/login', by: 'address', limits: { anonymous: 5, free: 5 } },
    { name: 'login-email', route: 'POST /auth/login', by: 'email', limits: { anonymous: 5, free: 5 } },
    { name: 'activities-create', route: 'POST /activities', by: 'caller', limits: { free: broken ? 13 : 10 } },
    { name: 'activities-list', route: 'GET /activities', by: 'caller', limits: { free: 100 } },
  ];
  const view = (a) => ({ id: a.id, activityType: a.activityType, durationMinutes: a.durationMinutes,
    distanceKm: a.distanceKm, notes: a.notes, activityDate: a.activityDate, tags: a.tags, createdAt: a.createdAt,
    updatedAt: a.updatedAt, deletedAt: null });
  const now = () => new Date().toISOString().replace('Z', '123Z');

  return http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : null;
      const url = new URL(req.url, 'http://x');
      const path = url.pathname.replace('/api/v1', '');
      const address = req.socket.remoteAddress.replace('::ffff:', '');
      const token = (req.headers.authorization ?? '').replace('Bearer ', '');
      const userId = path.startsWith('/auth/') ? null : access.get(token);
      const inLoss = Date.now() >= lossWindow[0] && Date.now() < lossWindow[1];
      const headers = { 'X-Served-By': 'fake', 'Content-Type': 'application/json' };
      const answer = (status, json, extra = {}) => {
        if (inLoss && !broken) { req.socket.destroy(); return; }  // the work is done, the answer lost
        res.writeHead(status, { ...headers, ...extra });
        res.end(json === undefined ? '' : JSON.stringify(json));
      };
      // rate limits, as the service counts them: all quotas of a request, or none
      const route = `${req.method} ${path.replace(/\/[0-9a-f-]{36}/g, '/{id}')}`;
      const tier = userId ? 'free' : 'anonymous';
      const quotas = POLICIES.filter((p) => p.route === '*' || p.route === route).map((p) => ({
        p, limit: p.limits[tier], key: `${p.name}:${p.by === 'caller' ? (userId ?? address) : p.by === 'address' ? address : body?.email}`,
      })).filter((q) => q.limit !== undefined);
      const t = Date.now();
      const interval = (q) => 60_000 / q.limit;
      const backlog = (q) => Math.max(0, (arrivals.get(q.key) ?? 0) - t);
      const room = quotas.every((q) => backlog(q) <= (q.limit - 1) * interval(q));
      if (room) for (const q of quotas) arrivals.set(q.key, t + backlog(q) + interval(q));
      headers['RateLimit-Policy'] = quotas.map((q) => `"${q.p.name}";q=${q.limit};w=60`).join(', ');
      headers.RateLimit = quotas.map((q) => `"${q.p.name}";r=${Math.floor((q.limit * interval(q) - backlog(q)) / interval(q))};t=${Math.ceil(backlog(q) / 1000)}`).join(', ');
      const retry = Math.max(1, ...quotas.map((q) => Math.ceil((backlog(q) - (q.limit - 1) * interval(q)) / 1000)));
      if (!room) { res.writeHead(429, { ...headers, 'Retry-After': String(retry) }); res.end('{}'); return; }
      if (!broken && Math.random() < 0.03) { res.writeHead(503, { ...headers, 'Retry-After': '1' }); res.end('{}'); return; }
      if (broken && route === 'GET /activities' && Math.random() < 0.1) { res.writeHead(500, headers); res.end('{}'); return; }

      const pair = (id) => {
        const a = randomUUID(), r = randomUUID();
        access.set(a, id); refresh.set(r, id);
        return { accessToken: a, refreshToken: r, tokenType: 'Bearer', expiresIn: 900 };
      };
      if (route === 'POST /auth/register') {
        if (users.has(body.email)) return answer(409, {});
        const user = { id: randomUUID(), email: body.email };
        users.set(body.email, user);
        return answer(201, { ...user, tier: 'free', createdAt: now() });
      }
      if (route === 'POST /auth/login') return answer(200, pair(users.get(body.email).id));
      if (route === 'POST /auth/refresh') {
        // rotation, with the contract's grace: a token rotated less than 10 s ago still gets a new pair
        const rotatedAt = rotated.get(body.refreshToken);
        const id = refresh.get(body.refreshToken) ?? (rotatedAt && Date.now() - rotatedAt.at < 10_000 ? rotatedAt.id : null);
        if (!id || (broken && ++refreshCount % 3 === 0)) return answer(401, {});
        if (refresh.delete(body.refreshToken)) rotated.set(body.refreshToken, { id, at: Date.now() });
        return answer(200, pair(id));
      }
      if (!userId) return answer(401, {});
      if (route === 'GET /me/limits') {
        return answer(200, { policies: POLICIES.filter((p) => p.by === 'caller' && p.limits.free)
          // broken: reports the configured create limit while it enforces another
          .map((p) => ({ name: p.name, limit: p.name === 'activities-create' ? 10 : p.limits.free, windowSeconds: 60,
            remaining: 1, resetSeconds: 1 })) });
      }
      const id = /\/activities\/([0-9a-f-]{36})/.exec(path)?.[1];
      const mine = id && activities.get(id)?.userId === userId ? activities.get(id) : null;
      if (route === 'POST /activities') {
        const key = `${userId}:${req.headers['idempotency-key']}`;
        if (!broken && keys.has(key)) return answer(201, keys.get(key), { 'Idempotent-Replayed': 'true' });
        const a = { ...body, id: randomUUID(), userId, deleted: false, createdAt: now(), updatedAt: now() };
        activities.set(a.id, a);
        keys.set(key, view(a));
        if (broken && Math.random() < 0.1) { req.socket.destroy(); return; }   // answer lost: the retry duplicates
        return answer(201, view(a));
      }
      if (route === 'GET /activities') {
        const items = [...activities.values()].filter((a) => a.userId === userId && !a.deleted)
          .sort((a, b) => (b.activityDate.localeCompare(a.activityDate)) || b.createdAt.localeCompare(a.createdAt));
        return answer(200, { items: items.slice(0, 100).map(view), page: 1, limit: 100, total: items.length,
          totalPages: Math.ceil(items.length / 100), hasNext: items.length > 100 });
      }
      if (route === 'GET /activities/{id}') {
        if (!mine || mine.deleted) return answer(404, {});
        return answer(200, broken && mine.previous && Math.random() < 0.3 ? view(mine.previous) : view(mine));
      }
      if (route === 'PUT /activities/{id}') {
        if (!mine || mine.deleted) return answer(404, {});
        const updated = { ...mine, ...body, updatedAt: now(), previous: { ...mine } };
        if (!(broken && Math.random() < 0.1)) activities.set(id, updated);   // broken: acknowledged, not stored
        return answer(200, view(updated));
      }
      if (route === 'DELETE /activities/{id}') {
        if (!mine || mine.deleted) return answer(404, {});
        mine.deleted = true;
        return answer(204);
      }
      if (route === 'POST /activities/{id}/restore') {
        if (!mine) return answer(404, {});
        if (!mine.deleted) return answer(409, {});
        mine.deleted = false;
        return answer(200, view(mine));
      }
      return answer(404, {});
    });
  }).on('listening', function () { this.dump = () => ({ users, activities }); });
}

async function run(broken) {
  const dir = mkdtempSync(join(tmpdir(), `stride-soak-selftest-${broken ? 'broken' : 'correct'}-`));
  const start = Date.now();
  const lossWindow = [start + 9000, start + 10_000];
  const server = fake(broken, lossWindow);
  await new Promise((resolve) => server.listen(PORT, '127.0.0.1', resolve));
  const load = spawn('node', [join(HERE, 'load.mjs'), '--base', `http://127.0.0.1:${PORT}/api/v1`, '--users', '3',
    '--duration', String(DURATION), '--out', dir, '--run', `selftest${Date.now()}`, '--think-min', '100',
    '--think-max', '400'], { stdio: 'inherit' });
  await new Promise((resolve) => load.on('exit', resolve));
  const { users, activities } = server.dump();
  server.close();
  const emails = new Map([...users.values()].map((u) => [u.id, u.email]));
  writeFileSync(join(dir, 'db.json'), JSON.stringify([...activities.values()].map((a) => ({
    id: a.id, email: emails.get(a.userId), created_at: a.createdAt, activity_type: a.activityType,
    duration_minutes: a.durationMinutes, distance_km: a.distanceKm === null ? null : a.distanceKm.toFixed(3),
    notes: a.notes, activity_date: a.activityDate, deleted: a.deleted, tags: a.tags,
  }))));
  // The correct service's lost answers count as a replica kill (its grace: the window's length).
  writeFileSync(join(dir, 'faults.jsonl'), broken ? '' : JSON.stringify({ kind: 'kill-replica',
    start: lossWindow[0], end: lossWindow[1], detail: 'answers lost for 1 s' }) + '\n');
  writeFileSync(join(dir, 'meta.json'), JSON.stringify({ commit: 'selftest', users: 3, replicas: 2,
    killGraceMs: 1000, sessionsOn: 'sessions', rateCountersOn: 'sessions', workDir: dir }));
  const check = spawnSync('node', [join(HERE, 'check.mjs'), '--dir', dir, '--props',
    join(ROOT, 'bootstrap/src/main/resources/application.properties'), '--out', join(dir, 'results.md')],
  { encoding: 'utf8' });
  const table = readFileSync(join(dir, 'results.md'), 'utf8');
  const verdicts = Object.fromEntries([...table.matchAll(/^\| (\d)\. [^|]+\| (pass|\*\*FAIL\*\*) \|/gm)]
    .map((m) => [m[1], m[2] === 'pass']));
  return { dir, status: check.status, verdicts, table };
}

let wrong = 0;
const correct = await run(false);
console.log(`correct service: checker exit ${correct.status}, ${JSON.stringify(correct.verdicts)} (${correct.dir})`);
if (correct.status !== 0 || Object.values(correct.verdicts).some((ok) => !ok) || Object.keys(correct.verdicts).length !== 5) {
  wrong++;
  console.log(correct.table);
}
const broken = await run(true);
console.log(`broken service: checker exit ${broken.status}, ${JSON.stringify(broken.verdicts)} (${broken.dir})`);
if (broken.status === 0 || Object.values(broken.verdicts).some((ok) => ok) || Object.keys(broken.verdicts).length !== 5) {
  wrong++;
  console.log(broken.table);
}
console.log(wrong ? 'SELFTEST FAILED: the checker misjudged a service' : 'selftest passed: the checker tells them apart');
process.exit(wrong ? 1 : 0);
