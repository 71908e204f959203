// One autocannon run and what the benchmarks print of it; the static-file reference chosen by size.
import autocannon from 'autocannon';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Target {
  name: string;
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** A fresh request for each call (a new delegate, a new address…). */
  next?: () => { path?: string; headers?: Record<string, string>; body?: string };
}

export interface Measured {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** Runs autocannon against one target for `seconds` with `connections` in flight. */
export async function measure(base: string, target: Target, seconds: number, connections: number): Promise<Measured> {
  const next = target.next;
  const result = await autocannon({
    url: base + target.path,
    method: target.method ?? 'GET',
    connections,
    duration: seconds,
    headers: { 'accept-encoding': 'br, gzip', ...target.headers },
    requests: next
      ? [
          {
            setupRequest: (req) => {
              const n = next();
              return {
                ...req,
                ...(n.path ? { path: n.path } : {}),
                headers: { ...req.headers, ...n.headers },
                body: n.body,
              };
            },
          },
        ]
      : undefined,
  });
  return {
    name: target.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Bytes a client that accepts Brotli receives for a GET (the Content-Length of the encoded body). */
export async function sentBytes(url: string, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(url, { headers: { 'accept-encoding': 'br, gzip', ...headers } });
  const declared = Number(res.headers.get('content-length'));
  const body = await res.arrayBuffer();
  return Number.isFinite(declared) && declared > 0 ? declared : body.byteLength;
}

/** Every prerendered text file under dist/client with the bytes sirv sends for it (the .br when there is one). */
export function staticFiles(clientDir: string): { path: string; bytes: number }[] {
  const out: { path: string; bytes: number }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.(html|css|js|txt|xml|svg)$/.test(name) && !name.startsWith('404')) {
        const br = `${file}.br`;
        const path = `/${relative(clientDir, file).replaceAll('\\', '/')}`.replace(/index\.html$/, '');
        out.push({ path, bytes: statSync(existsSync(br) ? br : file).size });
      }
    }
  };
  walk(clientDir);
  return out;
}

/** The static file whose sent size is closest (by ratio) to `bytes`. */
export function closestStatic(
  files: { path: string; bytes: number }[],
  bytes: number,
): { path: string; bytes: number } {
  const distance = (f: { bytes: number }) => Math.abs(Math.log(Math.max(1, f.bytes) / Math.max(1, bytes)));
  return files.reduce((best, f) => (distance(f) < distance(best) ? f : best));
}

/** A fixed-width table. */
export function printTable(head: string[], rows: (string | number)[][]): void {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  for (const [n, r] of cells.entries()) {
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}
