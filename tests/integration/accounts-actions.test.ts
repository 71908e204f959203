// My account's actions against the built server (src/actions/account.ts): what a refused form
// shows and writes, who may call the actions, the own-password budget, consent withdrawal,
// and the data download's headers and coverage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/server';
import { formBody, type FormFields } from '../support/forms';
import { http } from '../support/http';
import { createAccount, type TestAccount } from '../support/accounts';
import { hashPassword } from '~/lib/server/auth/password';
import { errorMessage } from '~/lib/i18n/messages/errors';
import { formsT } from '~/lib/i18n/messages/forms';
import { registrationT } from '~/lib/i18n/messages/registration';
import { escapeHtml } from '~/lib/text/escape-html';

let app: TestServer;
const password = 'the right passphrase';

beforeAll(async () => {
  app = await startServer();
});
afterAll(async () => {
  await app?.stop();
});

/** A signed-in delegate whose password is `password`. */
async function delegate(language: 'vi' | 'en' = 'en'): Promise<TestAccount> {
  const account = createAccount(app.db, app.url, { language, organisation: 'Hanoi Urban Lab', category: 'academia' });
  app.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(await hashPassword(password), account.id);
  return account;
}

/** Posts a form from the site (as the browser does) to a path, with the account's cookie. */
function post(path: string, fields: FormFields, cookie: string, headers: Record<string, string> = {}) {
  return http(`${app.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: app.url, 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie, ...headers },
    body: formBody(fields),
  });
}

const row = (id: string) =>
  app.db.prepare('SELECT full_name, category, topics, password_hash, accessibility FROM users WHERE id = ?').get(id) as
    { full_name: string; category: string; topics: string; password_hash: string; accessibility: string } | undefined;

describe('a refused profile', () => {
  it('answers 4xx with each message at its field in the page’s language, shows what was typed, and writes nothing', async () => {
    const me = await delegate('en');
    const before = row(me.id);
    const res = await post(
      '/vi/me/?_action=account.updateProfile',
      {
        fullName: '',
        organisation: 'Typed organisation',
        country: 'VN',
        category: 'spy',
        language: 'vi',
        topics: ['ai', 'not-a-topic'],
        wheelchair: 'on',
      },
      me.cookie,
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    const t = registrationT('vi');
    expect(html).toContain(escapeHtml(formsT('vi').errors.required(t.fieldNames.fullName)));
    expect(html).toContain(escapeHtml(formsT('vi').errors.choice(t.fieldNames.category)));
    expect(html).toContain(escapeHtml(t.errors.topics));
    expect(html).toContain('id="profile-fullName-error"');
    expect(html).toContain('value="Typed organisation"');
    expect(row(me.id)).toEqual(before);
  });

  it('refuses accessibility needs without their consent, at the consent box', async () => {
    const me = await delegate('en');
    const res = await post(
      '/en/me/?_action=account.updateProfile',
      { fullName: 'Mai', organisation: 'Lab', country: 'VN', category: 'academia', language: 'en', wheelchair: 'on' },
      me.cookie,
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(escapeHtml(registrationT('en').errors.consentAccessibility));
    expect(JSON.parse(row(me.id)?.accessibility ?? '{}')).toEqual({
      wheelchair: false,
      signLanguage: false,
      other: '',
    });
  });

  it('keeps a post without an action from changing anything, and says so', async () => {
    const me = await delegate('en');
    const res = await post('/en/me/', { intent: 'profile', fullName: 'Someone else' }, me.cookie);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(escapeHtml(errorMessage('invalid-request', 'en')));
    expect(row(me.id)?.full_name).not.toBe('Someone else');
  });
});

describe('who may call the account actions', () => {
  it('refuses a visitor calling an action directly with 401, and writes nothing', async () => {
    const before = app.db.prepare('SELECT count(*) AS n FROM consents').get();
    const res = await http(`${app.url}/_actions/account.setConsents`, {
      method: 'POST',
      headers: { Origin: app.url, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'news=on',
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { message: string }).message).toBe(errorMessage('unauthenticated', 'vi'));
    expect(app.db.prepare('SELECT count(*) AS n FROM consents').get()).toEqual(before);
  });

  it('refuses a cross-site form post to the deletion action, and keeps the account', async () => {
    const me = await delegate();
    const res = await post('/en/me/?_action=account.deleteAccount', { confirm: 'on', password }, me.cookie, {
      Origin: 'https://evil.example',
    });
    expect(res.status).toBe(403);
    expect(row(me.id)).toBeDefined();
  });

  it('answers JSON to a form action with 415, not 500', async () => {
    const me = await delegate();
    const res = await http(`${app.url}/en/me/?_action=account.changePassword`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Origin: app.url, 'Content-Type': 'application/json', Cookie: me.cookie },
      body: JSON.stringify({ currentPassword: password, newPassword: 'a new long passphrase' }),
    });
    expect(res.status).toBe(415);
    expect(await res.text()).toContain(escapeHtml(errorMessage('unsupported-type', 'en')));
  });
});

describe('the own-password budget', () => {
  it('refuses the sixth try in 15 minutes with 429, even with the right password, and changes nothing', async () => {
    const me = await delegate();
    const hash = row(me.id)?.password_hash;
    for (let i = 0; i < 5; i++) {
      const wrong = await post(
        '/en/me/?_action=account.changePassword',
        { currentPassword: `wrong guess ${i}`, newPassword: 'a new long passphrase' },
        me.cookie,
      );
      expect(wrong.status).toBe(422);
    }
    const right = await post(
      '/en/me/?_action=account.changePassword',
      { currentPassword: password, newPassword: 'a new long passphrase' },
      me.cookie,
    );
    expect(right.status).toBe(429);
    const deletion = await post('/en/me/?_action=account.deleteAccount', { confirm: 'on', password }, me.cookie);
    expect(deletion.status).toBe(429);
    // Blocked for the budget's 15 minutes, said in the catalogue's words.
    expect(await deletion.text()).toContain(escapeHtml(errorMessage('rate-limited', 'en', { retryAfterSec: 15 * 60 })));
    expect(row(me.id)?.password_hash).toBe(hash);
  });
});

describe('withdrawing consents', () => {
  it('stamps the withdrawn consent and keeps its history', async () => {
    const me = await delegate();
    expect((await post('/en/me/?_action=account.setConsents', { news: 'on' }, me.cookie)).status).toBe(303);
    const res = await post('/en/me/?_action=account.setConsents', {}, me.cookie);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/en/me/?done=consents#consents');
    const rows = app.db.prepare('SELECT kind, withdrawn_at FROM consents WHERE user_id = ?').all(me.id) as {
      kind: string;
      withdrawn_at: number | null;
    }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.kind).toBe('news');
    expect(rows[0]?.withdrawn_at).not.toBeNull();
  });
});

describe('the data download', () => {
  it('is private and never stored by a cache', async () => {
    const me = await delegate();
    const res = await http(`${app.url}/en/me/data.json`, { headers: { Cookie: me.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('covers the matchmaking profile and meeting requests, naming the other delegate', async () => {
    const me = await delegate();
    const other = createAccount(app.db, app.url, { fullName: 'Lê Văn Ba' });
    const now = Date.now();
    app.db
      .prepare(
        "INSERT INTO matchmaking_profiles (user_id, offer_text, updated_at) VALUES (?, 'Sensors for flood warning', ?)",
      )
      .run(me.id, now);
    app.db
      .prepare(
        "INSERT INTO meeting_requests (id, requester_id, receiver_id, message, status, created_at, expires_at) VALUES ('req-1', ?, ?, 'Coffee?', 'pending', ?, ?)",
      )
      .run(other.id, me.id, now, now + 86_400_000);
    const data = (await (await http(`${app.url}/en/me/data.json`, { headers: { Cookie: me.cookie } })).json()) as {
      matchmakingProfile: { offerText: string; userId?: string } | null;
      meetingRequests: { from: string; to: string; message: string }[];
    };
    expect(data.matchmakingProfile?.offerText).toBe('Sensors for flood warning');
    expect(data.matchmakingProfile).not.toHaveProperty('userId');
    expect(data.meetingRequests).toEqual([
      expect.objectContaining({ from: 'Lê Văn Ba', to: me.fullName, message: 'Coffee?' }),
    ]);
  });

  it('covers what the exhibitor portal holds about the person', async () => {
    const me = await delegate();
    const now = Date.now();
    app.db
      .prepare(
        "INSERT INTO exhibitor_organisations (id, name_vi, name_en, country, status, created_at, updated_at) VALUES ('org-x', 'Tổ chức X', 'Org X', 'VN', 'approved', ?, ?)",
      )
      .run(now, now);
    app.db
      .prepare('INSERT INTO exhibitor_members (organisation_id, user_id, can_manage, created_at) VALUES (?, ?, 1, ?)')
      .run('org-x', me.id, now);
    app.db
      .prepare('INSERT INTO enquiries (organisation_id, from_user_id, message, created_at) VALUES (?, ?, ?, ?)')
      .run('org-x', me.id, 'Do you ship to Da Nang?', now);
    app.db
      .prepare('INSERT INTO leads (organisation_id, delegate_id, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run('org-x', me.id, 'Met at the booth', now, now);
    const data = (await (
      await http(`${app.url}/en/me/data.json`, { headers: { Cookie: me.cookie } })
    ).json()) as Record<string, { organisation: string; message?: string; note?: string }[]>;
    expect(data.exhibitorMemberships?.[0]?.organisation).toBe('Org X');
    expect(data.enquiriesSent?.[0]?.message).toBe('Do you ship to Da Nang?');
    expect(data.metAtBooths?.[0]?.note).toBe('Met at the booth');
  });
});
