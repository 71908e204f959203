// Starts the built server on a free loopback port with a fresh temporary database.
import { openSqlite, type SqliteDatabase } from '../../db/sqlite';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir, repoRoot } from './paths';

export interface TestServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:43121 */
  url: string;
  port: number;
  dbPath: string;
  /** A handle on the server's database, for fixtures and assertions. */
  db: SqliteDatabase;
  /** Everything the server printed so far. */
  logs(): string;
  /** Stops and starts the server again on the same port and database. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  env?: Record<string, string>;
  /** Reuse an existing database file instead of a fresh one. */
  dbPath?: string;
  /** Serve another build than SUMMIT_DIST / ./dist (e.g. one made from a modified copy). */
  dist?: string;
  /** Flags for the server's node (e.g. --cpu-prof, which NODE_OPTIONS refuses). */
  nodeArgs?: string[];
}

/** Starts `node server/index.mjs` (the production server) on a build and resolves once /healthz answers 200. */
export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  const dist = options.dist ?? distDir();
  const entry = join(dist, 'server/entry.mjs');
  if (!existsSync(entry)) throw new Error(`No build at ${entry}: run \`npm run build\` first (npm test does).`);
  const dir = mkdtempSync(join(tmpdir(), 'summit-test-'));
  const dbPath = options.dbPath ?? join(dir, 'summit.db');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_PATH: dbPath,
    MIGRATIONS_DIR: join(repoRoot, 'db/migrations'),
    SITE_URL: url,
    SMTP_URL: '',
    SUMMIT_DIST: dist,
    ...options.env,
  };
  let output = '';
  let child: ChildProcess;

  const launch = async () => {
    child = spawn(process.execPath, [...(options.nodeArgs ?? []), join(repoRoot, 'server/index.mjs')], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    await waitForHealth(url, child, () => output);
  };
  const halt = () =>
    new Promise<void>((done) => {
      // This process, not whichever `child` is current in 5 s (restart() launches a new one).
      const stopping = child;
      if (stopping.exitCode !== null || stopping.signalCode !== null) return done();
      const force = setTimeout(() => stopping.kill('SIGKILL'), 5000);
      force.unref();
      stopping.once('exit', () => {
        clearTimeout(force);
        done();
      });
      stopping.kill('SIGTERM');
    });

  await launch();
  const db = openSqlite(dbPath);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return {
    url,
    port,
    dbPath,
    db,
    logs: () => output,
    restart: async () => {
      await halt();
      await launch();
    },
    stop: async () => {
      db.close();
      await halt();
      if (!options.dbPath) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, logs: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${logs()}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not become healthy within 30 s:\n${logs()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
