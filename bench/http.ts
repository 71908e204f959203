// Benchmark: every public page type, a personal feed, signed-in pages, a seat reservation and a
// registration, served by the built server on loopback over a generated database (10,000
// delegates), each as a ratio to a static file of similar size served by the same server in the
// same run — the one figure that holds on a noisy shared machine. Prints a table, then one JSON line.
// Usage: npm run build && npm run bench:http [-- seconds connections delegates]
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { startServer } from '../tests/support/server';
import { distDir } from '../tests/support/paths';
import { jsonRegistration } from '../tests/fixtures/registration';
import { populate } from './population';
import { closestStatic, measure, printTable, sentBytes, staticFiles, type Measured, type Target } from './load';

const [seconds = 3, connections = 64, delegates = 10_000] = process.argv.slice(2).map(Number);
const app = await startServer({ env: { RATE_LIMIT_MULTIPLIER: '1000000' } });
try {
  await fetch(`${app.url}/en/`); // start-up (migrations, programme sync) before the database is filled
  const t0 = performance.now();
  const people = populate(app.db, app.url, delegates);
  const generatedMs = performance.now() - t0;
  const one = <T>(sql: string) => app.db.prepare(sql).get() as T;
  const session = one<{ slug: string; track: string }>(
    "SELECT slug, track FROM programme_sessions WHERE track IS NOT NULL AND capacity IS NULL AND title_en NOT LIKE '%break%' LIMIT 1",
  );
  const limited = one<{ slug: string }>('SELECT slug FROM programme_sessions WHERE capacity IS NOT NULL LIMIT 1').slug;
  const files = staticFiles(join(distDir(), 'client'));
  const speaker = files.find((f) => /^\/en\/speakers\/[^/]+\/$/.test(f.path))?.path ?? '/en/speakers/';
  const origin = { origin: app.url, 'content-type': 'application/json', accept: 'application/json' };
  let n = 0;
  const cookie = () => people.cookies[n++ % people.cookies.length]!;
  const pub: Target[] = [
    { name: 'home', path: '/en/' },
    { name: 'agenda', path: '/vi/agenda/' },
    { name: 'agenda filtered', path: `/en/agenda/?track=${session.track}&language=en` },
    { name: 'agenda grid', path: '/en/agenda/?view=grid' },
    { name: 'session', path: `/en/sessions/${session.slug}/` },
    { name: 'speaker', path: speaker },
    { name: 'speakers', path: '/en/speakers/' },
    { name: 'showcase', path: '/en/showcase/' },
    { name: 'showcase filtered', path: '/en/showcase/?category=smart-mobility&maturity=pilot' },
    { name: 'showcase search', path: '/vi/showcase/?q=giao+thong' },
    { name: 'exhibitors', path: '/en/exhibitors/' },
    { name: 'practical', path: '/en/practical/' },
    { name: 'feed summit.ics', path: '/calendar/summit.ics' },
    { name: 'feed track .ics', path: `/calendar/tracks/${session.track}.ics?lang=en` },
    { name: 'feed session .ics', path: `/calendar/sessions/${session.slug}.ics` },
  ];
  const personal: Target[] = [
    {
      name: 'personal feed',
      path: '/calendar/personal/x.ics',
      next: () => ({ path: `/calendar/personal/${people.feedTokens[n++ % people.feedTokens.length]}.ics` }),
    },
    { name: 'agenda signed in', path: '/en/agenda/', next: () => ({ headers: { cookie: cookie() } }) },
    { name: 'my agenda', path: '/en/me/agenda/', next: () => ({ headers: { cookie: cookie() } }) },
    { name: 'ticket', path: '/en/me/ticket/', next: () => ({ headers: { cookie: cookie() } }) },
    {
      name: 'seat reservation',
      path: `/api/seats/${limited}`,
      method: 'POST',
      next: () => ({ headers: { ...origin, cookie: cookie() }, body: JSON.stringify({ intent: 'reserve' }) }),
    },
    {
      name: 'star',
      path: '/api/stars',
      method: 'POST',
      next: () => ({
        headers: { ...origin, cookie: cookie() },
        body: JSON.stringify({ slug: session.slug, starred: true }),
      }),
    },
    {
      name: 'registration',
      path: '/api/register?lang=en',
      method: 'POST',
      next: () => ({
        headers: origin,
        body: JSON.stringify(jsonRegistration({ email: `bench-${randomUUID()}@example.test` })),
      }),
    },
  ];
  const rows: (string | number)[][] = [];
  const results: (Measured & { bytes: number; static: string; staticRps: number; ratio: number; public: boolean })[] =
    [];
  for (const target of [...pub, ...personal]) {
    await drain(app.url);
    const isPublic = pub.includes(target);
    const bytes = target.method === 'POST' ? 200 : await sentBytes(app.url + target.path, target.next?.().headers);
    const ref = closestStatic(files, bytes);
    // The reference is measured just before and just after the target, so drift in the machine's load cancels.
    const refTarget = { name: `static ${ref.path}`, path: ref.path };
    const before = await measure(app.url, refTarget, seconds, connections);
    await drain(app.url);
    const run = await measure(app.url, target, seconds, connections);
    await drain(app.url);
    const after = await measure(app.url, refTarget, seconds, connections);
    const refRun = { ...before, rps: (before.rps + after.rps) / 2 };
    const ratio = refRun.rps > 0 ? run.rps / refRun.rps : 0;
    results.push({ ...run, bytes, static: ref.path, staticRps: refRun.rps, ratio, public: isPublic });
    rows.push([
      target.name,
      bytes,
      run.rps.toFixed(0),
      run.p50.toFixed(1),
      run.p99.toFixed(1),
      `${ref.path} (${ref.bytes} B)`,
      refRun.rps.toFixed(0),
      ratio.toFixed(2),
      run.non2xx + run.errors,
    ]);
  }
  console.log(
    `bench:http — ${delegates} delegates (${people.stars} stars, ${people.reservations} reservations, generated in ${generatedMs.toFixed(0)} ms); ${connections} connections, ${seconds} s per run, Brotli accepted`,
  );
  printTable(
    ['target', 'bytes', 'req/s', 'p50 ms', 'p99 ms', 'static file (sent)', 'static req/s', 'ratio', 'non-2xx'],
    rows,
  );
  // The bar for public pages: at least half the static rate, and p99 under 50 ms.
  const slowPublic = results.filter((r) => r.public && (r.ratio < 0.5 || r.p99 >= 50)).map((r) => r.name);
  console.log(
    slowPublic.length
      ? `below 0.5 of static or p99 ≥ 50 ms: ${slowPublic.join(', ')}`
      : `every public page ≥ 0.5 of static with p99 < 50 ms at ${connections} connections`,
  );
  console.log(JSON.stringify({ bench: 'http', seconds, connections, delegates, results, publicBelowHalf: slowPublic }));
} finally {
  await app.stop();
}

/** Waits until the server answers quickly again: a slow target leaves queued requests behind it. */
async function drain(base: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const t0 = performance.now();
    try {
      await (await fetch(`${base}/healthz`)).arrayBuffer();
      if (performance.now() - t0 < 50) return;
    } catch {
      // A kept-alive socket the server closed while autocannon ran: ask again on a new one.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
