// `npm run check` (after `astro check`, which syncs content and validates each
// entry's schema): checks the content as a whole — references, times, clashes,
// alt text — from Astro's data store, and exits 1 naming each file and field.
import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'devalue';
import { checkIntegrity, formatProblems } from '../src/lib/content/integrity';
import { toIntegrityInput, type LoadedCollections } from '../src/lib/content/integrity-input';

// Astro keeps the synced content in its cache folder; tests point this at a copy.
const STORE = process.env.ASTRO_DATA_STORE ?? 'node_modules/.astro/data-store.json';

if (!existsSync(STORE)) {
  console.error(`${STORE} is missing: run \`npx astro sync\` first.`);
  process.exit(1);
}
const store = parse(readFileSync(STORE, 'utf8')) as Map<
  string,
  Map<string, { id: string; filePath?: string; data: unknown }>
>;
const entries = (name: string) => [...(store.get(name)?.values() ?? [])];
const collections = {
  event: entries('event'),
  tracks: entries('tracks'),
  rooms: entries('rooms'),
  tags: entries('tags'),
  speakers: entries('speakers'),
  sessions: entries('sessions'),
  exhibitors: entries('exhibitors'),
  products: entries('products'),
  needs: entries('needs'),
} as LoadedCollections;

const problems = checkIntegrity(toIntegrityInput(collections));
if (problems.length > 0) {
  console.error(`Content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(
  `Content OK: ${collections.sessions.length} sessions, ${collections.speakers.length} speakers, ${collections.products.length} products.`,
);
