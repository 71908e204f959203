// The whole database schema. Instants are stored as UTC milliseconds
// (drizzle `timestamp_ms` → Date); nothing here knows about time zones.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;
const instant = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const ROLES = ['delegate', 'exhibitor', 'organiser'] as const;
export type Role = (typeof ROLES)[number];

/** Everyone with an account: delegates, exhibitors and organisers. */
export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(), // stored lower-cased
  emailVerifiedAt: instant('email_verified_at'),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ROLES }).notNull().default('delegate'),
  fullName: text('full_name').notNull(),
  organisation: text('organisation').notNull().default(''),
  jobTitle: text('job_title').notNull().default(''),
  country: text('country').notNull().default(''),
  category: text('category').notNull().default(''),
  topics: text('topics', { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
  language: text('language', { enum: ['vi', 'en'] })
    .notNull()
    .default('vi'),
  accessibility: text('accessibility', { mode: 'json' })
    .$type<{ wheelchair: boolean; signLanguage: boolean; other: string }>()
    .notNull()
    .default(sql`'{"wheelchair":false,"signLanguage":false,"other":""}'`),
  /** Demo accounts made by the seed script: fictional people, never real delegates. */
  isSample: integer('is_sample', { mode: 'boolean' }).notNull().default(false),
  createdAt: instant('created_at').notNull().default(now),
  updatedAt: instant('updated_at').notNull().default(now),
});

/** Consents a user gave, with the version of the text they agreed to; withdrawal keeps the record. */
export const consents = sqliteTable(
  'consents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // One row per purpose of the privacy notice: registration (required), matchmaking
    // visibility, contact sharing after an accepted meeting, accessibility needs (sensitive), news.
    kind: text('kind', { enum: ['registration', 'matchmaking', 'contact-sharing', 'accessibility', 'news'] }).notNull(),
    textVersion: text('text_version').notNull(),
    givenAt: instant('given_at').notNull(),
    withdrawnAt: instant('withdrawn_at'),
  },
  (t) => [index('consents_user_idx').on(t.userId)],
);

/** Login sessions (the Lucia guide): the id is the SHA-256 of the token the cookie holds. */
export const authSessions = sqliteTable(
  'auth_sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: instant('expires_at').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId)],
);

/** Single-use tokens sent by email (verification, password reset); only the hash is stored. */
export const emailTokens = sqliteTable(
  'email_tokens',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: ['verify-email', 'reset-password'] }).notNull(),
    createdAt: instant('created_at').notNull().default(now),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
  },
  (t) => [index('email_tokens_user_idx').on(t.userId, t.purpose)],
);

/**
 * Counters of rate-limiter-flexible's RateLimiterSQLite (login, registration, reset).
 * Column names are the library's; `expire` is epoch milliseconds. Kept in the database
 * so a restart does not hand an attacker a fresh budget.
 */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  points: integer('points').notNull().default(0),
  expire: integer('expire'),
});

/** Keys the server generates for itself at first start (e.g. the one that signs device cookies); never in the repo. */
export const serverSecrets = sqliteTable('server_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: instant('created_at').notNull(),
});

/** A delegate's ticket: the unguessable code in the QR, and check-in state. */
export const tickets = sqliteTable('tickets', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  code: text('code').notNull().unique(),
  issuedAt: instant('issued_at').notNull(),
  checkedInAt: instant('checked_in_at'),
  checkedInBy: text('checked_in_by'),
});

/**
 * Every email the platform sends; without SMTP_URL this is the outbox organisers read. With
 * SMTP_URL it is also the delivery queue (src/lib/email/queue.server.ts): a row is due from
 * `nextAttemptAt` (null: stored only, never delivered), a worker holds it until `lockedUntil`,
 * and it ends with `sentAt` or, after the last attempt, `failedAt`.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    attachments: text('attachments', { mode: 'json' })
      // A file in base64, or the recipe of an e-ticket the worker renders at delivery
      // (src/lib/email/attachments.server.ts).
      .$type<
        (
          | { filename: string; contentType: string; base64: string }
          | { filename: string; contentType: 'image/png'; ticket: { code: string; lang: 'vi' | 'en' } }
        )[]
      >()
      .notNull()
      .default(sql`'[]'`),
    createdAt: instant('created_at').notNull().default(now),
    sentAt: instant('sent_at'),
    /** The last delivery error; cleared when a later attempt succeeds. */
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at'),
    lockedUntil: instant('locked_until'),
    failedAt: instant('failed_at'),
  },
  (t) => [index('outbox_due_idx').on(t.sentAt, t.failedAt, t.nextAttemptAt)],
);

/**
 * The database's mirror of the programme in content/ (the source of truth).
 * Synced at server start: a changed time or place bumps `sequence` and
 * `lastModified`; a session gone from content gets `cancelledAt` and stays, so
 * feeds can publish STATUS:CANCELLED and reservations keep a valid target.
 */
export const programmeSessions = sqliteTable('programme_sessions', {
  slug: text('slug').primaryKey(),
  titleVi: text('title_vi').notNull(),
  titleEn: text('title_en').notNull(),
  startsAt: instant('starts_at').notNull(),
  endsAt: instant('ends_at').notNull(),
  room: text('room').notNull(),
  track: text('track'),
  capacity: integer('capacity'),
  contentHash: text('content_hash').notNull(),
  sequence: integer('sequence').notNull().default(0),
  lastModified: instant('last_modified').notNull(),
  cancelledAt: instant('cancelled_at'),
});

/** A seat in a limited session, confirmed or waitlisted; one per (session, delegate). */
export const reservations = sqliteTable(
  'reservations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sessionSlug: text('session_slug')
      .notNull()
      .references(() => programmeSessions.slug),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['confirmed', 'waitlisted'] }).notNull(),
    createdAt: instant('created_at').notNull(),
    promotedAt: instant('promoted_at'),
  },
  (t) => [
    uniqueIndex('reservations_session_user_uq').on(t.sessionSlug, t.userId),
    index('reservations_session_status_idx').on(t.sessionSlug, t.status, t.id),
  ],
);

/** Sessions a delegate starred for the personal agenda. */
export const stars = sqliteTable(
  'stars',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sessionSlug: text('session_slug')
      .notNull()
      .references(() => programmeSessions.slug),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.sessionSlug] })],
);

/** The private calendar subscription: one revocable token per delegate, stored hashed. */
export const calendarFeeds = sqliteTable('calendar_feeds', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: instant('created_at').notNull(),
});

// ---------------------------------------------------------------------------------------------
// Exhibitor portal: organisations, their people, their products under moderation, enquiries, leads.

export const ORGANISATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const REVISION_STATUSES = ['draft', 'submitted', 'approved', 'rejected', 'withdrawn'] as const;

/** An exhibiting organisation: linked to content/exhibitors/<contentId>, or created/applied in the portal. */
export const exhibitorOrganisations = sqliteTable('exhibitor_organisations', {
  id: text('id').primaryKey(),
  contentId: text('content_id').unique(),
  nameVi: text('name_vi').notNull(),
  nameEn: text('name_en').notNull(),
  country: text('country').notNull(),
  logoImageId: text('logo_image_id'),
  website: text('website').notNull().default(''),
  booth: text('booth').notNull().default(''),
  descriptionVi: text('description_vi').notNull().default(''),
  descriptionEn: text('description_en').notNull().default(''),
  /** Who to write to about an application (the public form has no account yet). */
  contactEmail: text('contact_email').notNull().default(''),
  contactLanguage: text('contact_language', { enum: ['vi', 'en'] })
    .notNull()
    .default('vi'),
  status: text('status', { enum: ORGANISATION_STATUSES }).notNull(),
  rejectionReason: text('rejection_reason'),
  decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
  decidedAt: instant('decided_at'),
  createdAt: instant('created_at').notNull(),
  updatedAt: instant('updated_at').notNull(),
});

/** A person managing an organisation; `canManage` may invite and remove the others. */
export const exhibitorMembers = sqliteTable(
  'exhibitor_members',
  {
    organisationId: text('organisation_id')
      .notNull()
      .references(() => exhibitorOrganisations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    canManage: integer('can_manage', { mode: 'boolean' }).notNull().default(false),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.userId] }), index('exhibitor_members_user_idx').on(t.userId)],
);

/** A single-use, expiring invitation to an organisation; only the SHA-256 of the emailed token is kept. */
export const exhibitorInvitations = sqliteTable('exhibitor_invitations', {
  id: text('id').primaryKey(),
  organisationId: text('organisation_id')
    .notNull()
    .references(() => exhibitorOrganisations.id, { onDelete: 'cascade' }),
  email: text('email').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  canManage: integer('can_manage', { mode: 'boolean' }).notNull().default(false),
  invitedBy: text('invited_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: instant('created_at').notNull(),
  expiresAt: instant('expires_at').notNull(),
  acceptedAt: instant('accepted_at'),
  acceptedBy: text('accepted_by').references(() => users.id, { onDelete: 'set null' }),
});

/**
 * A product listed by an exhibitor: a stable slug and a pointer to the approved revision the
 * showcase shows. `searchText` is the folded text of that revision (see src/lib/showcase/search.ts).
 */
export const exhibitorProducts = sqliteTable(
  'exhibitor_products',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => exhibitorOrganisations.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull().unique(),
    approvedRevisionId: text('approved_revision_id'),
    searchText: text('search_text').notNull().default(''),
    withdrawnAt: instant('withdrawn_at'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [index('exhibitor_products_org_idx').on(t.organisationId)],
);

/** One version of a product's fields (JSON, as validated by src/lib/exhibitors/product-input.ts) under moderation. */
export const productRevisions = sqliteTable(
  'product_revisions',
  {
    id: text('id').primaryKey(),
    productId: text('product_id')
      .notNull()
      .references(() => exhibitorProducts.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    status: text('status', { enum: REVISION_STATUSES }).notNull(),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    rejectionReason: text('rejection_reason'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
    submittedBy: text('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: instant('submitted_at'),
    decidedBy: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: instant('decided_at'),
  },
  (t) => [
    uniqueIndex('product_revisions_product_number_uq').on(t.productId, t.number),
    index('product_revisions_status_idx').on(t.status, t.submittedAt),
  ],
);

/** An uploaded product image after re-encoding: its random id and the files of each variant. */
export const productImages = sqliteTable('product_images', {
  id: text('id').primaryKey(),
  organisationId: text('organisation_id')
    .notNull()
    .references(() => exhibitorOrganisations.id, { onDelete: 'cascade' }),
  uploadedBy: text('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  variants: text('variants', { mode: 'json' })
    .$type<{ file: string; width: number; height: number; format: 'webp' | 'jpeg'; bytes: number }[]>()
    .notNull(),
  createdAt: instant('created_at').notNull(),
});

/** A delegate's message to an exhibitor about a product; the email is shared only if they ticked the box. */
export const enquiries = sqliteTable(
  'enquiries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => exhibitorOrganisations.id, { onDelete: 'cascade' }),
    productId: text('product_id').references(() => exhibitorProducts.id, { onDelete: 'set null' }),
    fromUserId: text('from_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    message: text('message').notNull(),
    shareEmail: integer('share_email', { mode: 'boolean' }).notNull().default(false),
    createdAt: instant('created_at').notNull(),
    readAt: instant('read_at'),
  },
  (t) => [index('enquiries_org_idx').on(t.organisationId, t.createdAt), index('enquiries_from_idx').on(t.fromUserId)],
);

/** A delegate met at the booth (ticket scanned), one per organisation and delegate. */
export const leads = sqliteTable(
  'leads',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => exhibitorOrganisations.id, { onDelete: 'cascade' }),
    delegateId: text('delegate_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    recordedBy: text('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    rating: integer('rating'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [uniqueIndex('leads_org_delegate_uq').on(t.organisationId, t.delegateId)],
);

/** Who did what when in moderation and membership (the audit log organisers read). */
export const moderationLog = sqliteTable(
  'moderation_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    organisationId: text('organisation_id'),
    subjectId: text('subject_id').notNull(),
    reason: text('reason'),
    at: instant('at').notNull(),
  },
  (t) => [index('moderation_log_org_idx').on(t.organisationId, t.at)],
);

/**
 * What a delegate offers and seeks in B2B matchmaking (tags from content/taxonomy/needs.yaml).
 * Name, organisation, category (organisation type), country and topics stay on `users`: one
 * source of truth. Only shown to others while the `matchmaking` consent is in force.
 */
export const matchmakingProfiles = sqliteTable('matchmaking_profiles', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  sectors: text('sectors', { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
  offers: text('offers', { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
  seeks: text('seeks', { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
  offerText: text('offer_text').notNull().default(''),
  seekText: text('seek_text').notNull().default(''),
  markets: text('markets', { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`),
  languages: text('languages', { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'["vi"]'`),
  // The B2B slots the delegate is free in are rows of matchmaking_availability (one truth, which
  // the placement reads); profiles.server.ts reads them back as the profile's `availability`.
  hidden: integer('hidden', { mode: 'boolean' }).notNull().default(false),
  acceptsRequests: integer('accepts_requests', { mode: 'boolean' }).notNull().default(true),
  updatedAt: instant('updated_at').notNull().default(now),
});

/** A delegate blocking another: neither is shown to the other, and the blocked one cannot request. */
export const matchmakingBlocks = sqliteTable(
  'matchmaking_blocks',
  {
    blockerId: text('blocker_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    blockedId: text('blocked_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.blockerId, t.blockedId] }), index('matchmaking_blocks_blocked_idx').on(t.blockedId)],
);

/**
 * Who was shown whom on which event-local day, for the daily exposure cap: one row per
 * (day, shown person, viewer), so reloading the page does not count twice.
 */
export const matchmakingImpressions = sqliteTable(
  'matchmaking_impressions',
  {
    day: text('day').notNull(),
    shownUserId: text('shown_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    viewerId: text('viewer_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.shownUserId, t.viewerId] }),
    index('matchmaking_impressions_viewer_idx').on(t.viewerId, t.day),
  ],
);

/**
 * The meeting settings of each B2B block (format "b2b"), mirrored from each session.yaml
 * by the programme sync. Slots are derived from these and the mirror's start and end, never stored.
 */
export const b2bBlocks = sqliteTable('b2b_blocks', {
  sessionSlug: text('session_slug')
    .primaryKey()
    .references(() => programmeSessions.slug),
  meetingMinutes: integer('meeting_minutes').notNull(),
  changeoverMinutes: integer('changeover_minutes').notNull(),
  tables: integer('tables').notNull(),
});

/** B2B slots a person marked available, by slot id ("<block-slug>#<index>"). */
export const matchmakingAvailability = sqliteTable(
  'matchmaking_availability',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    slotId: text('slot_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.slotId] })],
);

/** What a person set about requests they receive; no row means no cap. */
export const meetingSettings = sqliteTable('meeting_settings', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  incomingCap: integer('incoming_cap'),
});

/** A request from one delegate to meet another, with its short message and where it stands. */
export const meetingRequests = sqliteTable(
  'meeting_requests',
  {
    id: text('id').primaryKey(),
    requesterId: text('requester_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    receiverId: text('receiver_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    message: text('message').notNull().default(''),
    status: text('status', { enum: ['pending', 'accepted', 'declined', 'cancelled', 'expired'] }).notNull(),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    respondedAt: instant('responded_at'),
    closedBy: text('closed_by'),
  },
  (t) => [
    index('meeting_requests_requester_idx').on(t.requesterId, t.status, t.createdAt),
    index('meeting_requests_receiver_idx').on(t.receiverId, t.status),
  ],
);

/**
 * An accepted request's meeting: at a slot and table once placed. `startsAt`/`endsAt` copy the
 * slot's times when placed, so a moved block is noticed (and `sequence` bumped) by comparing them.
 * At most one scheduled meeting per (slot, table).
 */
export const meetings = sqliteTable(
  'meetings',
  {
    id: text('id').primaryKey(),
    requestId: text('request_id')
      .notNull()
      .unique()
      .references(() => meetingRequests.id, { onDelete: 'cascade' }),
    requesterId: text('requester_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    receiverId: text('receiver_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['scheduled', 'unplaced', 'cancelled'] }).notNull(),
    slotId: text('slot_id'),
    tableNo: integer('table_no'),
    startsAt: instant('starts_at'),
    endsAt: instant('ends_at'),
    sequence: integer('sequence').notNull().default(0),
    requesterOutcome: text('requester_outcome', { enum: ['held', 'no-show'] }),
    receiverOutcome: text('receiver_outcome', { enum: ['held', 'no-show'] }),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('meetings_slot_table_uq')
      .on(t.slotId, t.tableNo)
      .where(sql`status = 'scheduled'`),
    index('meetings_status_idx').on(t.status),
  ],
);

/** Who sits in which slot while a meeting is scheduled: the unique index keeps a person to one meeting a slot. */
export const meetingParticipants = sqliteTable(
  'meeting_participants',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    slotId: text('slot_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.userId] }),
    uniqueIndex('meeting_participants_slot_user_uq').on(t.slotId, t.userId),
  ],
);
