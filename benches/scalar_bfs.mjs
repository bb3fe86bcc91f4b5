// The baseline the bit-parallel reach pass is measured against: a plain scalar breadth-first
// search per trial in Node (Math.random per edge), on the same scenario file.
// Usage: node benches/scalar_bfs.mjs SCENARIO.json [TRIALS]
// Write the synthetic web first: cargo run --release --bin exposure -- synthetic 1000 5000 1 > web.json
// (the scenario of `benches/breach.rs` and `tests/bench_breach.rs`).
import { readFileSync } from 'node:fs';

const s = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const trials = Number(process.argv[3] ?? 100000);
const access = { none: 0, read: 0.1, write: 0.3, admin: 0.6 };
const shared = { authentication: 0.8, network: 0.4, hosting: 0.3, code: 0.2 };
const index = new Map(s.entities.map((e, i) => [e.id, i]));
const n = s.entities.length;
const out = Array.from({ length: n }, () => []);
const noisyOr = (ps) => 1 - ps.reduce((q, p) => q * (1 - p), 1);
for (const l of s.links ?? []) {
  const items = (l.shared ?? []).map((x) => shared[x]);
  const p = l.p ?? noisyOr([access[l.access ?? 'none'], ...items]);
  const back = l.p_back ?? noisyOr(items);
  const c = index.get(l.client);
  const v = index.get(l.vendor);
  if (p > 0) out[v].push([c, p]);
  if (back > 0) out[c].push([v, back]);
}
const threats = (s.threats ?? []).filter((t) => t.rate > 0);
const total = threats.reduce((a, t) => a + t.rate, 0);
const hits = new Float64Array(n);
const seen = new Int32Array(n).fill(-1);
const queue = new Int32Array(n);
const start = performance.now();
for (let t = 0; t < trials; t++) {
  let u = Math.random() * total;
  let entry = index.get(threats[threats.length - 1].entry);
  for (const th of threats) {
    if ((u -= th.rate) < 0) {
      entry = index.get(th.entry);
      break;
    }
  }
  let head = 0;
  let tail = 0;
  queue[tail++] = entry;
  seen[entry] = t;
  while (head < tail) {
    const x = queue[head++];
    hits[x]++;
    for (const [y, p] of out[x]) {
      if (seen[y] !== t && Math.random() < p) {
        seen[y] = t;
        queue[tail++] = y;
      }
    }
  }
}
const ms = performance.now() - start;
const reached = Array.from(hits).filter((h) => h / trials > 0.2).length;
console.log(`${trials} trials, ${n} entities: ${ms.toFixed(0)} ms (${reached} entities reached with p > 0.2)`);
