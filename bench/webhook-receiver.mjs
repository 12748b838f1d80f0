// A webhook receiver for bench/webhooks.sh (Node.js, no packages): answers 204 to every POST and records when it
// arrived, its webhook-id, and how long after the change it came (now minus the body's "timestamp", the time of the
// change). GET /stats reports; POST /dead makes it take requests and never answer (a receiver whose process hangs);
// POST /alive undoes that; POST /reset forgets what it recorded.
import http from "node:http";

const port = Number(process.argv[2] ?? 18090);
let dead = false;
let arrivals = [];
const held = [];

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

http.createServer((req, res) => {
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => {
    const now = Date.now();
    if (req.method === "GET" && req.url === "/stats") {
      const latencies = arrivals.map((a) => a.latencyMs).sort((x, y) => x - y);
      const ids = new Set(arrivals.map((a) => a.id));
      const first = arrivals.length ? arrivals[0].at : null;
      const last = arrivals.length ? arrivals[arrivals.length - 1].at : null;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ count: arrivals.length, unique: ids.size, firstAt: first, lastAt: last,
        p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: percentile(latencies, 100) }));
      return;
    }
    if (req.method === "POST" && ["/dead", "/alive", "/reset"].includes(req.url)) {
      if (req.url === "/dead") dead = true;
      if (req.url === "/alive") { dead = false; held.splice(0).forEach((r) => r.destroy()); }
      if (req.url === "/reset") arrivals = [];
      res.writeHead(204);
      res.end();
      return;
    }
    if (dead) {
      held.push(res.socket);
      return;
    }
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      arrivals.push({ at: now, id: req.headers["webhook-id"], latencyMs: now - Date.parse(body.timestamp) });
    } catch {
      // not an event: ignored
    }
    res.writeHead(204);
    res.end();
  });
}).listen(port, "127.0.0.1");
