// An Astro integration that compresses the prerendered site once, at build: a .br (Brotli) and a
// .gz (gzip, level 9) next to every text file in dist/client worth it, which sirv (static.mjs)
// sends to clients that accept them. No request compresses a static file. Hashed assets get
// Brotli's best (quality 11: ~120 ms for 35 kB, paid for a handful of files kept a year); pages
// get quality 6 (~6 ms, ~12 % larger), so a 2,000-session build is not dominated by compression.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const TEXT = /\.(html|css|js|mjs|json|svg|xml|txt|ics|webmanifest)$/;
const MIN_BYTES = 1024;

/** Every file under `dir`, recursively. */
async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

/** Writes .br and .gz beside each text file under `dir`; returns how many files and bytes. */
export async function precompressDir(dir, { concurrency = 4 } = {}) {
  const files = (await listFiles(dir)).filter((f) => TEXT.test(f));
  let done = 0;
  let raw = 0;
  let br = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const body = await readFile(file);
      if (body.length < MIN_BYTES) continue;
      const [b, g] = await Promise.all([
        brotliAsync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: /[\\/]_astro[\\/]/.test(file) ? 11 : 6,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
        gzipAsync(body, { level: 9 }),
      ]);
      // A variant no smaller than the file would only cost the client time.
      if (b.length < body.length) await writeFile(`${file}.br`, b);
      if (g.length < body.length) await writeFile(`${file}.gz`, g);
      done += 1;
      raw += body.length;
      br += b.length;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { files: done, raw, br };
}

/** The integration (astro.config.mjs): precompresses the client directory when the build is done. */
export function precompress() {
  let clientDir;
  return {
    name: 'summit:precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        clientDir = fileURLToPath(config.build.client);
      },
      'astro:build:done': async ({ logger }) => {
        const t0 = performance.now();
        const { files, raw, br } = await precompressDir(clientDir);
        const ms = Math.round(performance.now() - t0);
        logger.info(`${files} files compressed once (${raw} → ${br} bytes with Brotli) in ${ms} ms`);
      },
    },
  };
}
