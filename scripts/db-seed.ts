// `npm run db:seed` (and `npm start` on a fresh database): demo accounts for trying the
// platform — fictional delegates marked as samples, one exhibitor, one organiser — written
// only when the users table is empty. The passwords are public demo values: never use them
// on a real deployment (create a real organiser with `npm run admin:create` instead).
import { fileURLToPath } from 'node:url';
import { closeDb, databasePath } from '../db/client';
import { createAccountDirect, hasNoAccounts, type DirectAccount } from '../src/lib/accounts/users.server';
import { issueTicket } from '../src/lib/tickets/tickets.server';
import { getDb } from '../db/client';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { seedDemoExhibitor } from '../src/lib/exhibitors/demo.server';
import { seedDemoMatchmaking, DEMO_MATCHMAKING_PASSWORD } from '../src/lib/matchmaking/demo.server';
import type { ShowcaseVocabulary } from '../src/lib/exhibitors/products.server';
import type { Localized } from '../src/lib/i18n/locales';

/** The demo accounts; every person and organisation here is fictional. */
export const DEMO_ACCOUNTS: DirectAccount[] = [
  {
    email: 'organiser@demo.summit.example',
    password: 'demo-organiser-2025',
    fullName: 'Ban tổ chức (demo)',
    role: 'organiser',
    language: 'vi',
    organisation: 'Summit Secretariat (sample)',
    country: 'VN',
    category: 'government',
    consents: ['registration'],
    isSample: true,
  },
  {
    email: 'exhibitor@demo.summit.example',
    password: 'demo-exhibitor-2025',
    fullName: 'Hoàng Minh Triển Lãm (sample)',
    role: 'exhibitor',
    language: 'vi',
    organisation: 'XanhVolt Energy (sample)',
    jobTitle: 'Giám đốc kinh doanh',
    country: 'VN',
    category: 'business',
    topics: ['energy', 'mobility'],
    consents: ['registration', 'matchmaking', 'contact-sharing'],
    isSample: true,
  },
  {
    email: 'lan.delegate@demo.summit.example',
    password: 'demo-delegate-2025',
    fullName: 'Nguyễn Thị Lan (sample)',
    role: 'delegate',
    language: 'vi',
    organisation: 'Sở Xây dựng (mẫu)',
    jobTitle: 'Chuyên viên',
    country: 'VN',
    category: 'government',
    topics: ['e-government', 'ai'],
    consents: ['registration', 'matchmaking', 'news'],
    isSample: true,
  },
  {
    email: 'minh.startup@demo.summit.example',
    password: 'demo-delegate-2025',
    fullName: 'Trần Quang Minh (sample)',
    role: 'delegate',
    language: 'vi',
    organisation: 'LuotSo Startup (mẫu)',
    jobTitle: 'Nhà sáng lập',
    country: 'VN',
    category: 'startup',
    topics: ['fintech', 'open-data'],
    consents: ['registration', 'matchmaking', 'contact-sharing'],
    isSample: true,
  },
  {
    email: 'aiko.research@demo.summit.example',
    password: 'demo-delegate-2025',
    fullName: 'Aiko Tanaka (sample)',
    role: 'delegate',
    language: 'en',
    organisation: 'Kyoto Urban Lab (sample)',
    jobTitle: 'Researcher',
    country: 'JP',
    category: 'academia',
    topics: ['digital-twins', 'climate'],
    consents: ['registration'],
    isSample: true,
  },
  {
    email: 'sam.press@demo.summit.example',
    password: 'demo-delegate-2025',
    fullName: 'Sam Rivera (sample)',
    role: 'delegate',
    language: 'en',
    organisation: 'Asia City Review (sample)',
    jobTitle: 'Reporter',
    country: 'SG',
    category: 'press',
    topics: ['ai', 'inclusion'],
    consents: ['registration', 'news'],
    isSample: true,
  },
];

/** The content tags and curated product slugs, read from content/ (the seed runs outside Astro). */
function contentVocabulary(): ShowcaseVocabulary {
  const labels = new Map(
    readdirSync('content/tags').map((f) => [
      f.replace(/\.yaml$/, ''),
      (parse(readFileSync(`content/tags/${f}`, 'utf8')) as { label: Localized }).label,
    ]),
  );
  return {
    tagIds: [...labels.keys()],
    curatedSlugs: new Set(readdirSync('content/products')),
    tagLabel: (id) => labels.get(id) ?? { en: id },
  };
}

/** Seeds the demo accounts into an empty database; returns the logins created (none if it was not empty). */
export async function seedDemo(
  log: (line: string) => void = console.log,
): Promise<{ email: string; password: string; role: string }[]> {
  if (!hasNoAccounts()) {
    log('Database already has accounts: no demo data added.');
    return [];
  }
  const logins: { email: string; password: string; role: string }[] = [];
  const idOf = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const id = await createAccountDirect(account);
    if (account.role !== 'organiser') issueTicket(getDb(), id);
    idOf.set(account.email, id);
    logins.push({ email: account.email, password: account.password, role: account.role });
  }
  await seedDemoExhibitor(
    {
      organiserId: idOf.get('organiser@demo.summit.example')!,
      exhibitorId: idOf.get('exhibitor@demo.summit.example')!,
      delegateIds: [idOf.get('lan.delegate@demo.summit.example')!, idOf.get('minh.startup@demo.summit.example')!],
    },
    contentVocabulary(),
  );
  log('Demo exhibitor organisation: XanhVolt Energy, with approved, pending and draft products.');
  const mm = await seedDemoMatchmaking([
    {
      userId: idOf.get('lan.delegate@demo.summit.example')!,
      profile: {
        offers: ['pilot-sites', 'open-datasets'],
        seeks: ['queue-management', 'ai-assistants', 'land-records'],
        offerText: 'Bộ phận một cửa của Sở làm địa điểm thí điểm; dữ liệu thủ tục trực tuyến',
        seekText: 'Phần mềm bốc số xếp hàng từ xa và trợ lý AI cho cán bộ',
        markets: ['VN', 'Hà Nội'],
        languages: ['vi', 'en'],
      },
    },
    {
      userId: idOf.get('minh.startup@demo.summit.example')!,
      profile: {
        offers: ['queue-management', 'fee-collection', 'software'],
        seeks: ['pilot-sites', 'seed-funding'],
        offerText: 'Lấy số thứ tự tại nhà qua ứng dụng, thanh toán lệ phí trực tuyến',
        seekText: 'Cơ quan hành chính thí điểm và nhà đầu tư hạt giống',
        markets: ['VN', 'Hà Nội'],
        languages: ['vi', 'en'],
      },
    },
    {
      userId: idOf.get('exhibitor@demo.summit.example')!,
      profile: {
        offers: ['energy', 'rooftop-solar', 'e-mobility-charging', 'products'],
        seeks: ['pilot-sites', 'distribution-partners'],
        offerText: 'Trạm sạc và điện mặt trời áp mái',
        seekText: 'Công trình công để thí điểm',
        markets: ['VN', 'Hà Nội'],
        languages: ['vi', 'en'],
      },
    },
  ]);
  log(
    `Demo B2B matchmaking: ${mm.profiles} profiles, ${mm.requests} requests, ${mm.meetings} meetings (mm01…mm41@demo.summit.example / ${DEMO_MATCHMAKING_PASSWORD}).`,
  );
  log('Demo accounts (DEMO ONLY — fictional people, public passwords):');
  for (const l of logins) log(`  ${l.role.padEnd(9)}  ${l.email}  /  ${l.password}`);
  return logins;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`Database: ${databasePath()}`);
  await seedDemo();
  closeDb();
}
