// Profiling aid (not a benchmark): the built server under --cpu-prof while autocannon asks for
// personal feeds and signed-in pages over a generated database; writes a .cpuprofile to PROF_DIR
// and prints the functions with the most self time. Usage: tsx bench/profile-signed-in.ts [seconds]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../tests/support/server';
import { populate } from './population';
import { measure } from './load';

const seconds = Number(process.argv[2] ?? 4);
const only = process.argv[3]; // a target name to profile alone
const dir = process.env.PROF_DIR ?? '/tmp/prof';
const app = await startServer({
  env: { RATE_LIMIT_MULTIPLIER: '1000000' },
  nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
});
await fetch(`${app.url}/en/`);
const people = populate(app.db, app.url, 10_000);
let n = 0;
for (const t of [
  {
    name: 'personal feed',
    path: '/x',
    next: () => ({ path: `/calendar/personal/${people.feedTokens[n++ % people.feedTokens.length]}.ics` }),
  },
  {
    name: 'agenda signed in',
    path: '/en/agenda/',
    next: () => ({ headers: { cookie: people.cookies[n++ % people.cookies.length]! } }),
  },
  {
    name: 'my agenda',
    path: '/en/me/agenda/',
    next: () => ({ headers: { cookie: people.cookies[n++ % people.cookies.length]! } }),
  },
].filter((t) => !only || t.name === only)) {
  const r = await measure(app.url, t, seconds, 16);
  console.log(t.name, r.rps.toFixed(0), 'req/s', 'p50', r.p50, 'p99', r.p99, 'non2xx', r.non2xx);
}
await app.stop();
await new Promise((r) => setTimeout(r, 1500));
const file = readdirSync(dir)
  .filter((f) => f.endsWith('.cpuprofile'))
  .sort()
  .at(-1)!;
const prof = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
};
const self = new Map<number, number>();
for (const s of prof.samples) self.set(s, (self.get(s) ?? 0) + 1);
const byFn = new Map<string, number>();
for (const node of prof.nodes) {
  const k = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.replace(/.*\/(node_modules|dist)\//, '$1/')}:${node.callFrame.lineNumber}`;
  byFn.set(k, (byFn.get(k) ?? 0) + (self.get(node.id) ?? 0));
}
const total = prof.samples.length;
for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 40))
  console.log(((100 * v) / total).toFixed(1).padStart(5), k);
