// Rollup as the build runs it, with patches/rollup+4.68.8.patch: many assets that share a name
// (every speaker's photo.jpg, every product's image.jpg) get exactly the reference ids unpatched
// Rollup gives them, without rehashing the whole chain for each, which made the server bundle of
// a 2,000-session programme quadratic (3,400 images: ~5.8 million hashes, ~7 s).
import { createRequire } from 'node:module';
import { rollup } from 'rollup';
import { describe, expect, it } from 'vitest';

const native = createRequire(import.meta.url)('rollup/dist/native.js') as {
  xxhashBase64Url(input: Uint8Array): string;
};

/** One step of Rollup's reference-id chain (FileEmitter.assignReferenceId). */
const next = (id: string) => native.xxhashBase64Url(Buffer.from(id)).slice(0, 8).replaceAll('-', '$');

/** Bundles an entry that emits `n` assets named photo.jpg; returns their reference ids in order. */
async function emitPhotos(n: number): Promise<string[]> {
  const ids: string[] = [];
  const bundle = await rollup({
    input: 'entry',
    logLevel: 'silent',
    plugins: [
      {
        name: 'photos',
        resolveId: (id) => (id === 'entry' ? id : null),
        load(id) {
          if (id !== 'entry') return null;
          for (let i = 0; i < n; i++)
            ids.push(this.emitFile({ type: 'asset', name: 'photo.jpg', source: `photo ${i}` }));
          return 'export default 1;';
        },
      },
    ],
  });
  await bundle.close();
  return ids;
}

describe('reference ids of assets that share a name', () => {
  it('are the ids of the unpatched chain walk, in order', async () => {
    const expected: string[] = [];
    let id = 'photo.jpg';
    for (let i = 0; i < 300; i++) expected.push((id = next(id)));
    expect(await emitPhotos(300)).toEqual(expected);
  });

  it('cost one hash each: 3,000 photos are emitted in well under a second', async () => {
    // Unpatched, the k-th photo rehashes the k-1 ids before it: 4.5 million hashes, several seconds.
    const t0 = performance.now();
    const ids = await emitPhotos(3000);
    expect(new Set(ids).size).toBe(3000);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
