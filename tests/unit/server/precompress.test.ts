// The build's precompression (server/precompress.mjs): a .br and a .gz beside every text file worth
// it, Brotli's best for hashed assets, nothing for small, binary or incompressible files, and the
// same files whether one thread or several do the work.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDir } from '../../../server/precompress.mjs';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A small dist/client: pages, a hashed script, and files that must stay alone. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'en/sessions/a'), { recursive: true });
  mkdirSync(join(dir, '_astro'));
  for (let i = 0; i < 12; i++) {
    writeFileSync(join(dir, `page-${i}.html`), `<p>Session ${i}: smart cities and data.</p>\n`.repeat(200));
  }
  writeFileSync(join(dir, 'en/sessions/a/index.html'), '<main>Một phiên về đô thị thông minh.</main>\n'.repeat(100));
  writeFileSync(join(dir, '_astro/app.B1x2.js'), 'export const greet = (name) => `hello ${name}`;\n'.repeat(100));
  writeFileSync(join(dir, 'tiny.txt'), 'too small to be worth it');
  writeFileSync(join(dir, 'photo.png'), randomBytes(4096));
  writeFileSync(join(dir, 'noise.json'), randomBytes(4096));
  return dir;
}

const variants = (dir: string, file: string) => ({
  br: existsSync(join(dir, `${file}.br`)),
  gz: existsSync(join(dir, `${file}.gz`)),
});

describe('precompressing the built site', () => {
  it('writes Brotli and gzip variants that decode to the file, beside every page', async () => {
    const dir = site();
    const result = await precompressDir(dir);
    for (const file of ['page-0.html', 'page-11.html', 'en/sessions/a/index.html']) {
      const body = readFileSync(join(dir, file));
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`)))).toEqual(body);
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`)))).toEqual(body);
    }
    // 13 pages, the script and the incompressible JSON were compressed; two files were skipped.
    expect(result.files).toBe(15);
    expect(result.br).toBeLessThan(result.raw / 5);
  });

  it('gives hashed assets Brotli quality 11 and pages quality 6', async () => {
    const dir = site();
    await precompressDir(dir);
    const at = (file: string, quality: number) => {
      const body = readFileSync(join(dir, file));
      const params = { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length };
      return brotliCompressSync(body, { params });
    };
    expect(readFileSync(join(dir, '_astro/app.B1x2.js.br'))).toEqual(at('_astro/app.B1x2.js', 11));
    expect(readFileSync(join(dir, 'page-3.html.br'))).toEqual(at('page-3.html', 6));
  });

  it('leaves small, binary and incompressible files without variants', async () => {
    const dir = site();
    await precompressDir(dir);
    expect(variants(dir, 'tiny.txt')).toEqual({ br: false, gz: false });
    expect(variants(dir, 'photo.png')).toEqual({ br: false, gz: false });
    expect(variants(dir, 'noise.json')).toEqual({ br: false, gz: false });
  });

  it('writes the same files on one thread as on several', async () => {
    const one = site();
    const two = site();
    const a = await precompressDir(one, { threads: 1 });
    const b = await precompressDir(two, { threads: 2 });
    expect(b).toEqual(a);
    for (let i = 0; i < 12; i++) {
      expect(readFileSync(join(two, `page-${i}.html.br`))).toEqual(readFileSync(join(one, `page-${i}.html.br`)));
    }
  });
});
