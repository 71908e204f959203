// Benchmark: concurrent seat reservations against the built server on loopback.
// Prints throughput and latency, and checks the session was never oversold.
// Usage: npm run build && npm run bench:seats [-- delegates seats concurrency]
import { startServer } from '../tests/support/server';
import { createAccounts } from '../tests/support/accounts';
import { describeLatencies, runConcurrent } from './stats';

const [delegates = 1000, seats = 300, concurrency = 64] = process.argv.slice(2).map(Number);
const app = await startServer();
try {
  const slug = (
    app.db.prepare('SELECT slug FROM programme_sessions WHERE capacity IS NOT NULL LIMIT 1').get() as { slug: string }
  ).slug;
  app.db.prepare('UPDATE programme_sessions SET capacity = ? WHERE slug = ?').run(seats, slug);
  const accounts = createAccounts(app.db, app.url, delegates);
  const statuses = new Map<number, number>();
  const t0 = performance.now();
  const latencies = await runConcurrent(accounts, concurrency, async (account) => {
    const res = await fetch(`${app.url}/api/seats/${slug}`, {
      method: 'POST',
      headers: {
        cookie: account.cookie,
        origin: app.url,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify({ intent: 'reserve' }),
    });
    await res.arrayBuffer();
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  });
  const seconds = (performance.now() - t0) / 1000;
  const counts = app.db
    .prepare('SELECT status, count(*) AS n FROM reservations WHERE session_slug = ? GROUP BY status')
    .all(slug) as { status: string; n: number }[];
  console.log(`seats: ${delegates} reservations for ${seats} seats, ${concurrency} in flight`);
  console.log(
    `  ${(delegates / seconds).toFixed(0)} reservations/s over ${seconds.toFixed(2)} s; ${describeLatencies(latencies)}`,
  );
  console.log(`  HTTP statuses: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')}`);
  console.log(`  stored: ${counts.map((c) => `${c.status} ${c.n}`).join(', ')}`);
  const confirmed = counts.find((c) => c.status === 'confirmed')?.n ?? 0;
  if (confirmed !== Math.min(seats, delegates)) {
    console.error(`  OVERSOLD OR UNDERFILLED: ${confirmed} confirmed for ${seats} seats`);
    process.exitCode = 1;
  }
} finally {
  await app.stop();
}
