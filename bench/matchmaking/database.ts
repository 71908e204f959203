// Writes a generated population into a fresh SQLite database, as the app stores it: a user
// with the matchmaking consent in force and a matchmaking profile, per person.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, getSqlite } from '~db/client';
import { CONSENT_TEXT_VERSION } from '~/lib/accounts/consents';
import type { MatchmakingProfile } from '~/lib/matchmaking/profile';

/** Opens (and migrates) a new database in a temp folder and fills it with the profiles. */
export function openPopulatedDatabase(profiles: readonly MatchmakingProfile[]): string {
  closeDb();
  const path = join(mkdtempSync(join(tmpdir(), 'bench-matchmaking-')), 'summit.db');
  process.env.DATABASE_PATH = path;
  const db = getSqlite();
  const user = db.prepare(
    `INSERT INTO users (id, email, password_hash, full_name, organisation, country, category, topics, language)
     VALUES (?, ?, 'not-a-real-hash', ?, ?, ?, ?, ?, 'vi')`,
  );
  const consent = db.prepare(
    `INSERT INTO consents (user_id, kind, text_version, given_at) VALUES (?, 'matchmaking', ?, ?)`,
  );
  const profile = db.prepare(
    `INSERT INTO matchmaking_profiles (user_id, sectors, offers, seeks, offer_text, seek_text, markets, languages, hidden, accepts_requests)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const available = db.prepare('INSERT INTO matchmaking_availability (user_id, slot_id) VALUES (?, ?)');
  const now = Date.now();
  db.transaction(() => {
    for (const p of profiles) {
      user.run(
        p.userId,
        `${p.userId}@example.test`,
        p.fullName,
        p.organisation,
        p.country,
        p.organisationType,
        JSON.stringify(p.topics),
      );
      consent.run(p.userId, CONSENT_TEXT_VERSION, now);
      const json = JSON.stringify;
      profile.run(
        p.userId,
        json(p.sectors),
        json(p.offers),
        json(p.seeks),
        p.offerText,
        p.seekText,
        json(p.markets),
        json(p.languages),
        p.hidden ? 1 : 0,
        p.acceptsRequests ? 1 : 0,
      );
      for (const slot of p.availability) available.run(p.userId, slot);
    }
  })();
  return path;
}
