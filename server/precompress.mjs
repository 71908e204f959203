// An Astro integration that compresses the prerendered site once, at build: a .br (Brotli) and a
// .gz (gzip, level 9) next to every text file in dist/client worth it, which sirv (static.mjs)
// sends to clients that accept them. No request compresses a static file. Hashed assets get
// Brotli's best (quality 11: ~120 ms for 35 kB, paid for a handful of files kept a year); pages
// get quality 6 (~0.4 ms for a 17 kB page, ~12 % larger; 9 and 11 cost 20-35 ms each).
// Compression runs synchronously, one worker thread per core, while reads and writes overlap with
// it: a 2,000-session build has 7,740 files, and async zlib calls on the main thread cost more CPU
// than the compression itself (18.7 s, against ~10 s of compressing shared by the cores).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(html|css|js|mjs|json|svg|xml|txt|ics|webmanifest)$/;
const MIN_BYTES = 1024;

/** @typedef {{ files: number, raw: number, br: number }} PrecompressResult */

/** Every file under `dir`, recursively. */
async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

/**
 * Writes .br and .gz beside each text file under `dir`, on `threads` worker threads; returns how many files and bytes.
 * @param {string} dir
 * @param {{ threads?: number }} [options]
 * @returns {Promise<PrecompressResult>}
 */
export async function precompressDir(dir, { threads = Math.min(8, availableParallelism()) } = {}) {
  const files = (await listFiles(dir)).filter((f) => TEXT.test(f));
  if (threads <= 1) return compressFiles(files);
  const shares = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL('./precompress-worker.mjs', import.meta.url), { workerData: share });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code === 0 || reject(new Error(`precompress worker exited with ${code}`)));
        }),
    ),
  );
  return results.reduce((a, r) => ({ files: a.files + r.files, raw: a.raw + r.raw, br: a.br + r.br }), {
    files: 0,
    raw: 0,
    br: 0,
  });
}

/**
 * Writes .br and .gz beside each of `files` that is worth it (here, on this thread); returns how many files and bytes.
 * @param {string[]} files
 * @param {{ writes?: number }} [options]
 * @returns {Promise<PrecompressResult>}
 */
export async function compressFiles(files, { writes = 8 } = {}) {
  let done = 0;
  let raw = 0;
  let br = 0;
  /** @type {Set<Promise<void>>} */
  const pending = new Set();
  /** @type {unknown} */
  let failure;
  /** Writes in the background (at most `writes` at once); the first failure is thrown at the end. */
  const write = async (path, data) => {
    if (pending.size >= writes) await Promise.race(pending);
    const p = writeFile(path, data)
      .catch((error) => {
        failure ??= error;
      })
      .finally(() => pending.delete(p));
    pending.add(p);
  };
  /** Starts reading a file; a failure surfaces where the read is awaited, not as an unhandled rejection. */
  const read = (file) => {
    const body = readFile(file);
    body.catch(() => {});
    return body;
  };
  let next = files.length > 0 ? read(files[0]) : undefined;
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const body = await next;
    // The next file is read while this one is compressed.
    next = i + 1 < files.length ? read(files[i + 1]) : undefined;
    if (body.length < MIN_BYTES) continue;
    const b = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: /[\\/]_astro[\\/]/.test(file) ? 11 : 6,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    const g = gzipSync(body, { level: 9 });
    // A variant no smaller than the file would only cost the client time.
    if (b.length < body.length) await write(`${file}.br`, b);
    if (g.length < body.length) await write(`${file}.gz`, g);
    done += 1;
    raw += body.length;
    br += b.length;
  }
  await Promise.all(pending);
  if (failure) throw failure;
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
