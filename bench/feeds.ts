// Benchmark: calendar feeds and the agenda page served by the built server on loopback.
// Usage: npm run build && npm run bench:feeds [-- requests concurrency]
import { startServer } from '../tests/support/server';
import { describeLatencies, runConcurrent } from './stats';

const [requests = 500, concurrency = 16] = process.argv.slice(2).map(Number);
const app = await startServer();
try {
  const track = (
    app.db.prepare('SELECT track FROM programme_sessions WHERE track IS NOT NULL LIMIT 1').get() as { track: string }
  ).track;
  for (const path of [
    '/calendar/summit.ics',
    `/calendar/tracks/${track}.ics`,
    '/en/agenda/',
    '/vi/agenda/?track=' + track,
  ]) {
    let bytes = 0;
    const first = await fetch(app.url + path);
    const etag = first.headers.get('etag');
    bytes = (await first.arrayBuffer()).byteLength;
    const t0 = performance.now();
    const latencies = await runConcurrent(Array.from({ length: requests }), concurrency, async () => {
      const res = await fetch(app.url + path);
      if (!res.ok) throw new Error(`${path} answered ${res.status}`);
      await res.arrayBuffer();
    });
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `${path}: ${bytes} bytes, ${(requests / seconds).toFixed(0)} req/s (${concurrency} in flight); ${describeLatencies(latencies)}`,
    );
    if (etag) {
      const res = await fetch(app.url + path, { headers: { 'if-none-match': etag } });
      console.log(`  conditional GET with the ETag: ${res.status}`);
    }
  }
} finally {
  await app.stop();
}
