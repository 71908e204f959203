// Before any test: refuse to run server tests against a missing build, with the command that fixes it.
import { existsSync } from 'node:fs';
import { distDir } from './paths';

export default function setup(): void {
  if (!existsSync(`${distDir()}/server/entry.mjs`)) {
    console.warn(
      `\n[tests] No build at ${distDir()}: integration and browser tests will fail. Run \`npm test\` (it builds) or \`npm run build\`.\n`,
    );
  }
}
