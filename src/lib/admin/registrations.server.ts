// The organisers' view of registrations: counts by category, the latest rows, and the full
// list as CSV (csv-stringify handles quoting, so commas and quotes in names are safe).
import { count, desc, eq, sql } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import { getDb } from '../../../db/client';
import { consents, tickets, users } from '../../../db/schema';
import { adminT } from '../i18n/messages/admin';
import { registrationT } from '../i18n/messages/registration';
import { countryName } from '../i18n/regions';
import type { Lang } from '../i18n/locales';
import { eventLocalDate, formatEventTime } from '../time/event-time';

/** One registration as the list and the CSV show it. */
export interface RegistrationRow {
  createdAt: Date;
  fullName: string;
  email: string;
  emailVerified: boolean;
  organisation: string;
  jobTitle: string;
  country: string;
  category: string;
  role: string;
  language: string;
  topics: string[];
  accessibility: { wheelchair: boolean; signLanguage: boolean; other: string };
  matchmaking: boolean;
  news: boolean;
  checkedIn: boolean;
  isSample: boolean;
}

const activeConsent = (kind: 'matchmaking' | 'news') =>
  sql<number>`exists(select 1 from ${consents} where ${consents.userId} = ${users.id} and ${consents.kind} = ${kind} and ${consents.withdrawnAt} is null)`;

/** Registrations, newest first; all of them unless `limit` is given. */
export function listRegistrations(limit?: number): RegistrationRow[] {
  const query = getDb()
    .select({
      createdAt: users.createdAt,
      fullName: users.fullName,
      email: users.email,
      emailVerifiedAt: users.emailVerifiedAt,
      organisation: users.organisation,
      jobTitle: users.jobTitle,
      country: users.country,
      category: users.category,
      role: users.role,
      language: users.language,
      topics: users.topics,
      accessibility: users.accessibility,
      matchmaking: activeConsent('matchmaking'),
      news: activeConsent('news'),
      checkedInAt: tickets.checkedInAt,
      isSample: users.isSample,
    })
    .from(users)
    .leftJoin(tickets, eq(tickets.userId, users.id))
    .orderBy(desc(users.createdAt));
  const rows = limit === undefined ? query.all() : query.limit(limit).all();
  return rows.map(({ emailVerifiedAt, checkedInAt, matchmaking, news, ...r }) => ({
    ...r,
    emailVerified: emailVerifiedAt !== null,
    checkedIn: checkedInAt !== null,
    matchmaking: Boolean(matchmaking),
    news: Boolean(news),
  }));
}

/** How many accounts there are per delegate category (organisers' and exhibitors' included). */
export function countsByCategory(): { category: string; count: number }[] {
  return getDb()
    .select({ category: users.category, count: count() })
    .from(users)
    .groupBy(users.category)
    .orderBy(desc(count()))
    .all();
}

/** The number of accounts. */
export function registrationTotal(): number {
  return getDb().select({ n: count() }).from(users).get()?.n ?? 0;
}

/** The full list as CSV with headers in `lang`, times in event time (GMT+7), and a BOM so Excel reads UTF-8. */
export function registrationsCsv(lang: Lang): string {
  const t = adminT(lang).registrations;
  const categories: Record<string, string> = registrationT(lang).categories;
  const yesNo = (b: boolean) => (b ? t.yes : t.no);
  const c = t.columns;
  const header = [
    c.registeredAt,
    c.fullName,
    c.email,
    c.verified,
    c.organisation,
    c.jobTitle,
    c.country,
    c.category,
    c.role,
    c.language,
    c.topics,
    c.accessibility,
    c.matchmaking,
    c.news,
    c.checkedIn,
    c.sample,
  ];
  const rows = listRegistrations().map((r) => [
    `${eventLocalDate(r.createdAt)} ${formatEventTime(r.createdAt)}`,
    r.fullName,
    r.email,
    yesNo(r.emailVerified),
    r.organisation,
    r.jobTitle,
    r.country ? countryName(r.country, lang) : '',
    categories[r.category] ?? r.category,
    r.role,
    r.language,
    r.topics.join('; '),
    [
      r.accessibility.wheelchair ? t.wheelchair : '',
      r.accessibility.signLanguage ? t.signLanguage : '',
      r.accessibility.other,
    ]
      .filter(Boolean)
      .join('; '),
    yesNo(r.matchmaking),
    yesNo(r.news),
    yesNo(r.checkedIn),
    yesNo(r.isSample),
  ]);
  return '\uFEFF' + stringify([header, ...rows.map(neutraliseFormulas)]);
}

// Spreadsheet apps run cells starting with = + - @ as formulas (CSV injection); a leading
// apostrophe keeps a delegate-typed "=HYPERLINK(...)" as text.
function neutraliseFormulas(row: string[]): string[] {
  return row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell));
}
