/// <reference types="vitest/config" />
// Vitest runs through Astro's Vite config so tests import src/ exactly as the app does.
// Unit tests are pure; integration and e2e tests start the built server (npm test builds first).
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Two cores: each integration file runs its own server and SQLite database.
    maxWorkers: 2,
    globalSetup: ['tests/support/global-setup.ts'],
  },
});
