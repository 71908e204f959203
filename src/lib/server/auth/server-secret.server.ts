// The server's own signing key: APP_SECRET when set, otherwise 32 random bytes generated
// at first start and kept in the database (server_secrets), so restarts keep cookies valid.
import { randomBytes } from 'node:crypto';
import { getSqlite } from '~db/client';
import { config } from '~/lib/server/config';

const MIN_SECRET_LENGTH = 32;
let cached: string | undefined;

/** The key material every signed value derives its key from (see deriveKey in device-cookie.ts). */
export function serverSecret(): string {
  if (cached) return cached;
  const fromEnv = config('APP_SECRET')?.trim();
  if (fromEnv) {
    // A short secret is guessable offline from one signed cookie; refuse to start on it.
    if (fromEnv.length < MIN_SECRET_LENGTH)
      throw new Error(`APP_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
    return (cached = fromEnv);
  }
  const sqlite = getSqlite();
  // INSERT OR IGNORE then read: two processes starting together agree on one key.
  sqlite
    .prepare('INSERT OR IGNORE INTO server_secrets (name, value, created_at) VALUES (?, ?, ?)')
    .run('app-secret', randomBytes(32).toString('base64url'), Date.now());
  const row = sqlite.prepare('SELECT value FROM server_secrets WHERE name = ?').get('app-secret') as
    { value: string } | undefined;
  if (!row) throw new Error('server_secrets: could not read the generated key');
  return (cached = row.value);
}
