// Recommendations from the database (recommendations.server.ts, profiles.server.ts) on a real
// temporary database: only consenting delegates appear, saving a profile refreshes the cached
// index, blocks work both ways, and today's impressions feed the exposure cap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, getSqlite } from '~db/client';
import {
  blockedEitherWay,
  getProfile,
  isBlocked,
  loadVisibleProfiles,
  saveProfile,
  setBlocked,
} from '~/lib/matchmaking/profiles.server';
import { recommendationsFor, resetMatchIndex } from '~/lib/matchmaking/recommendations.server';
import { markProfilesChanged } from '~/lib/matchmaking/profiles-version.server';
import { setOptionalConsents } from '~/lib/accounts/consents.server';
import type { ProfileUpdate } from '~/lib/matchmaking/profile';
import { smallTaxonomy as taxonomy } from './fixtures/profiles';

const dir = mkdtempSync(join(tmpdir(), 'summit-matchmaking-'));
const NOW = new Date('2025-12-23T03:00:00Z');

function addDelegate(id: string, organisation: string, consent = true) {
  const db = getSqlite();
  db.prepare(
    "INSERT INTO users (id, email, password_hash, full_name, organisation, category, country) VALUES (?, ?, 'x', ?, ?, 'business', 'VN')",
  ).run(id, `${id}@example.test`, `Delegate ${id}`, organisation);
  if (consent)
    db.prepare("INSERT INTO consents (user_id, kind, text_version, given_at) VALUES (?, 'matchmaking', 'v1', 0)").run(
      id,
    );
}

const update = (over: Partial<ProfileUpdate>): ProfileUpdate => ({
  sectors: [],
  offers: [],
  seeks: [],
  offerText: '',
  seekText: '',
  topics: [],
  markets: [],
  languages: ['vi'],
  availability: [],
  hidden: false,
  acceptsRequests: true,
  ...over,
});
const seekerProfile = update({ seeks: ['sensors'], offers: ['pilot-sites'] });
const providerProfile = update({ offers: ['sensors'], seeks: ['pilot-sites'] });
const ids = (viewerId: string, extra = {}) =>
  recommendationsFor({ viewerId, taxonomy, now: NOW, ...extra }).map((m) => m.userId);

beforeAll(() => {
  closeDb();
  process.env.DATABASE_PATH = join(dir, 'test.db');
  resetMatchIndex();
  addDelegate('seeker', 'Phường Kim Mã');
  addDelegate('provider', 'Kaze');
  addDelegate('unconsented', 'Other', false);
  saveProfile('seeker', seekerProfile, NOW);
  saveProfile('provider', { ...providerProfile, topics: ['mobility'] }, NOW);
  saveProfile('unconsented', providerProfile, NOW);
});
afterAll(() => {
  closeDb();
  rmSync(dir, { recursive: true, force: true });
});

describe('recommendations from the database', () => {
  it('reads back a saved profile, with topics kept on the user', () => {
    expect(getProfile('provider')).toMatchObject({
      offers: ['sensors'],
      seeks: ['pilot-sites'],
      topics: ['mobility'],
      organisation: 'Kaze',
    });
  });

  it('keeps the slots a delegate is free in once, in matchmaking_availability, replaced on each save', () => {
    const slots = (id: string) =>
      getSqlite()
        .prepare('SELECT slot_id FROM matchmaking_availability WHERE user_id = ? ORDER BY slot_id')
        .pluck()
        .all(id);
    saveProfile('seeker', { ...seekerProfile, availability: ['b2b#0', 'b2b#1', 'b2b#1'] }, NOW);
    expect(slots('seeker')).toEqual(['b2b#0', 'b2b#1']);
    expect([...getProfile('seeker')!.availability].sort()).toEqual(['b2b#0', 'b2b#1']);
    saveProfile('seeker', { ...seekerProfile, availability: ['b2b#2'] }, NOW);
    expect(slots('seeker')).toEqual(['b2b#2']);
    expect(getProfile('seeker')!.availability).toEqual(['b2b#2']);
    saveProfile('seeker', seekerProfile, NOW);
    expect(getProfile('seeker')!.availability).toEqual([]);
  });

  it('shows only delegates whose matchmaking consent is in force', () => {
    expect(
      loadVisibleProfiles()
        .map((p) => p.userId)
        .sort(),
    ).toEqual(['provider', 'seeker']);
    expect(ids('seeker')).toEqual(['provider']);
  });

  it('hides a profile at once when its matchmaking consent is withdrawn on /me/, and shows it again when given', () => {
    expect(ids('seeker')).toEqual(['provider']);
    setOptionalConsents('provider', { matchmaking: false }, NOW);
    expect(ids('seeker')).toEqual([]);
    setOptionalConsents('provider', { matchmaking: true }, NOW);
    expect(ids('seeker')).toEqual(['provider']);
  });

  it('rebuilds when another writer announces a change', () => {
    getSqlite().prepare("UPDATE consents SET withdrawn_at = 1 WHERE user_id = 'provider'").run();
    expect(ids('seeker')).toEqual(['provider']); // still the cached index
    markProfilesChanged();
    expect(ids('seeker')).toEqual([]);
    getSqlite().prepare("UPDATE consents SET withdrawn_at = NULL WHERE user_id = 'provider'").run();
    markProfilesChanged();
  });

  it('rebuilds the cached index when a profile is saved', () => {
    saveProfile('provider', update({ offers: ['investment'], seeks: ['pilot-sites'] }), NOW);
    expect(ids('seeker')).toEqual([]);
    saveProfile('provider', providerProfile, NOW);
    expect(ids('seeker')).toEqual(['provider']);
  });

  it('keeps blocked people apart in both directions, and unblocking restores them', () => {
    setBlocked('provider', 'seeker', true, NOW);
    expect(isBlocked('provider', 'seeker')).toBe(true);
    expect(isBlocked('seeker', 'provider')).toBe(false);
    expect(blockedEitherWay('seeker')).toEqual(new Set(['provider']));
    expect(ids('seeker')).toEqual([]);
    expect(ids('provider')).toEqual([]);
    setBlocked('provider', 'seeker', false, NOW);
    expect(ids('seeker')).toEqual(['provider']);
  });

  it('leaves out people the viewer already has a request with', () => {
    expect(ids('seeker', { requested: new Set(['provider']) })).toEqual([]);
  });

  it('records who was shown to whom today, once per viewer, and caps exposure across viewers', () => {
    addDelegate('second-seeker', 'Sở Xây dựng');
    saveProfile('second-seeker', seekerProfile, NOW);
    ids('seeker');
    ids('seeker');
    const rows = getSqlite()
      .prepare("SELECT day, viewer_id FROM matchmaking_impressions WHERE shown_user_id = 'provider'")
      .all();
    expect(rows).toEqual([{ day: '2025-12-23', viewer_id: 'seeker' }]);
    // The provider has been shown to one person today; a cap of one skips them for a new viewer…
    expect(ids('second-seeker', { exposure: { dailyCap: 1, mode: 'skip' } })).toEqual([]);
    // …but not for the viewer who already saw them.
    expect(ids('seeker', { exposure: { dailyCap: 1, mode: 'skip' } })).toEqual(['provider']);
  });
});
