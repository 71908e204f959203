// Where the tests find the repository and the build under test.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** The build under test: SUMMIT_DIST, or ./dist. */
export function distDir(): string {
  return resolve(repoRoot, process.env.SUMMIT_DIST ?? 'dist');
}
