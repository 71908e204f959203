// Fixtures for exhibitor-portal tests against the built server: organisations and members written
// into its database, Astro Actions called over HTTP (multipart, the site's Origin), valid products.
import type { SqliteDatabase } from '../../db/sqlite';
import { randomBytes } from 'node:crypto';
import { parse as parseDevalue } from 'devalue';
import sharp from 'sharp';
import { http } from './http';
import type { TestServer } from './server';
import type { TestAccount } from './accounts';

const base32 = (n: number) => [...randomBytes(n)].map((b) => 'abcdefghijklmnopqrstuvwxyz234567'[b % 32]).join('');

/** Inserts an approved organisation; returns its id. */
export function createOrganisation(db: SqliteDatabase, name: string, country = 'VN', booth = 'B01'): string {
  const id = base32(24);
  const now = Date.now();
  db.prepare(
    `INSERT INTO exhibitor_organisations (id, name_vi, name_en, country, booth, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'approved', ?, ?)`,
  ).run(id, name, name, country, booth, now, now);
  return id;
}

/** Makes an account a member (manager by default) of an organisation. */
export function addMember(db: SqliteDatabase, organisationId: string, account: TestAccount, canManage = true): void {
  db.prepare(
    'INSERT INTO exhibitor_members (organisation_id, user_id, can_manage, created_at) VALUES (?, ?, ?, ?)',
  ).run(organisationId, account.id, canManage ? 1 : 0, Date.now());
}

/** What an action answered: status, and the parsed data or error body. */
export interface ActionAnswer {
  status: number;
  data: unknown;
  error: { code?: string; reason?: string; message?: string; fields?: Record<string, string> } | undefined;
}

/** Calls an action over its RPC endpoint (/_actions/<name>) with form fields and files. */
export async function callAction(
  app: TestServer,
  name: string,
  cookie: string,
  fields: Record<string, string | string[] | Blob | undefined>,
): Promise<ActionAnswer> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) for (const x of v) form.append(k, x);
    else if (v instanceof Blob) form.append(k, v, (v as File).name ?? 'upload');
    else form.append(k, v);
  }
  const res = await http(`${app.url}/_actions/${name}`, {
    method: 'POST',
    headers: { Origin: app.url, Cookie: cookie, Accept: 'application/json' },
    body: form,
  });
  const text = await res.text();
  if (res.ok) return { status: res.status, data: text ? parseDevalue(text) : undefined, error: undefined };
  let error: ActionAnswer['error'] = {};
  try {
    error = JSON.parse(text) as ActionAnswer['error'];
  } catch {
    error = { message: text };
  }
  return { status: res.status, data: undefined, error };
}

/** Form fields of a valid product (both languages), with words to search for. */
export function productFields(name = 'Bản đồ số Hà Nội', extra: Record<string, string | string[]> = {}) {
  return {
    nameVi: name,
    nameEn: `${name} (EN)`,
    summaryVi: 'Nền tảng đô thị số cho Đà Nẵng',
    summaryEn: 'A digital city platform',
    category: 'smart-mobility',
    maturity: 'pilot',
    descriptionVi: 'Mô tả **đậm** với [liên kết](https://example.org).',
    descriptionEn: '',
    deployedInVi: 'Hà Nội',
    deployedInEn: 'Hanoi',
    website: 'https://example.org/product',
    contactEmail: 'sales@example.org',
    ...extra,
  };
}

/** A PNG `width`×`height` with some detail (so it compresses like a photo, not a flat colour). */
export async function pngImage(width = 800, height = 450): Promise<Buffer> {
  const noise = randomBytes(width * height * 3);
  return sharp(noise, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 1 })
    .toBuffer();
}
