// Runs the whole-content integrity check inside the Content Layer, through its public Loader
// API: each collection's loader is wrapped, and once every wrapped collection has loaded, the
// entries are checked together. A problem fails `astro sync`, `astro check`, `astro build` and
// `astro dev` alike, naming file and field, without reading Astro's private cache files.
import type { Loader } from 'astro/loaders';
import { checkIntegrity, formatProblems } from './integrity';
import { toIntegrityInput, type LoadedCollections } from './integrity-input';

type Name = keyof LoadedCollections;

/** Thrown when content breaks a rule that spans entries or collections. */
export class ContentIntegrityError extends Error {
  override name = 'ContentIntegrityError';
}

/** A gate over the named collections; `wrap` each of their loaders, and the last one to finish runs the check. */
export function integrityGate(names: readonly Name[]): { wrap(name: Name, loader: Loader): Loader } {
  const loaded = new Map<Name, unknown[]>();
  return {
    wrap(name, loader) {
      return {
        ...loader,
        async load(context) {
          await loader.load(context);
          loaded.set(
            name,
            [...context.store.values()].map((e) => ({ id: e.id, filePath: e.filePath, data: e.data })),
          );
          if (names.every((n) => loaded.has(n))) {
            const problems = checkIntegrity(toIntegrityInput(Object.fromEntries(loaded) as unknown as LoadedCollections));
            if (problems.length > 0)
              throw new ContentIntegrityError(`Content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
            context.logger.info(`content integrity: OK (${names.length} collections checked together)`);
          }
        },
      };
    },
  };
}
