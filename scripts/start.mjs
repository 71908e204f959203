// `npm start`: build when the sources are newer than the build, migrate and seed
// an empty database (printing the demo logins), then serve on HOST:PORT.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stamp = join(root, 'dist/.build-stamp');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Newest modification time under the given paths (files and folders, recursively). */
function newest(paths) {
  let max = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    max = Math.max(max, s.mtimeMs);
    if (s.isDirectory()) for (const name of readdirSync(p)) walk(join(p, name));
  };
  paths.forEach((p) => walk(join(root, p)));
  return max;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const sources = [
  'src',
  'content',
  'db',
  'public',
  'server/policy.mjs',
  'server/routes.mjs',
  'astro.config.mjs',
  'package.json',
];
if (!existsSync(stamp) || newest(sources) > statSync(stamp).mtimeMs) {
  console.log('Building the site…');
  run('npx', ['astro', 'build']);
  writeFileSync(stamp, new Date().toISOString());
}

// Migrations run when the database opens; the seed only writes into an empty database.
run('npx', ['tsx', 'scripts/db-seed.ts']);

const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '4321';
console.log(`Serving http://${['0.0.0.0', '127.0.0.1', '::'].includes(host) ? 'localhost' : host}:${port}`);
const server = spawn(process.execPath, ['server/index.mjs'], {
  cwd: root,
  env: { ...env, HOST: host, PORT: port, NODE_ENV: process.env.NODE_ENV ?? 'production' },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
