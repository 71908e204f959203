// Decides how the database's mirror of the programme changes when content changes.
// Pure: the mirror rows and the current sessions in, the writes to make out.
import { createHash } from 'node:crypto';

/** What the mirror keeps of a session. */
export interface MirrorInput {
  slug: string;
  titleVi: string;
  titleEn: string;
  startsAt: Date;
  endsAt: Date;
  room: string;
  track: string | null;
  capacity: number | null;
}

/** A session as content has it now: what the mirror keeps, plus the published text it only hashes. */
export interface MirroredSession extends MirrorInput {
  /** The rest of what a calendar event publishes (see `sessionDetails`); hashed, never stored. */
  details: string;
}

export interface MirrorRow extends MirrorInput {
  contentHash: string;
  sequence: number;
  lastModified: Date;
  cancelledAt: Date | null;
}

export interface SyncPlan {
  insert: MirrorRow[];
  /** Rows whose published content changed: sequence bumped, lastModified = now. */
  update: MirrorRow[];
  /** Rows whose session left the programme: cancelled, sequence bumped. */
  cancel: MirrorRow[];
  /** Sessions whose time or room changed, with the old row (delegates are told). */
  moved: { before: MirrorRow; after: MirrorRow }[];
}

/** What a session's DESCRIPTION is written from, besides its time and place. */
export interface SessionDetailsSource {
  summary: { vi?: string; en?: string };
  /** The Markdown abstracts, by language ('' when a language has none). */
  abstracts: { vi: string; en: string };
  speakers: readonly string[];
  moderators: readonly string[];
}

/**
 * The text a calendar publishes about a session beyond title, time and place, as one
 * string for the hash: RFC 5545 wants LAST-MODIFIED (and we bump SEQUENCE) whenever an
 * event's published description changes, not only when it moves.
 */
export function sessionDetails(s: SessionDetailsSource): string {
  return JSON.stringify([
    s.summary.vi ?? '',
    s.summary.en ?? '',
    s.abstracts.vi,
    s.abstracts.en,
    s.speakers,
    s.moderators,
  ]);
}

/** Hash of everything a calendar event publishes about a session: time, place, title and `details`. */
export function contentHash(s: MirrorInput, details: string): string {
  const parts = [
    s.titleVi,
    s.titleEn,
    s.startsAt.toISOString(),
    s.endsAt.toISOString(),
    s.room,
    s.track ?? '',
    s.capacity ?? '',
    details,
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** Compares the mirror with the programme and plans the writes. */
export function planSync(existing: MirrorRow[], current: MirroredSession[], now: Date): SyncPlan {
  const plan: SyncPlan = { insert: [], update: [], cancel: [], moved: [] };
  const bySlug = new Map(existing.map((r) => [r.slug, r]));
  const currentSlugs = new Set(current.map((s) => s.slug));
  for (const { details, ...s } of current) {
    const hash = contentHash(s, details);
    const before = bySlug.get(s.slug);
    if (!before) {
      plan.insert.push({ ...s, contentHash: hash, sequence: 0, lastModified: now, cancelledAt: null });
    } else if (before.contentHash !== hash || before.cancelledAt) {
      const after: MirrorRow = {
        ...s,
        contentHash: hash,
        sequence: before.sequence + 1,
        lastModified: now,
        cancelledAt: null,
      };
      plan.update.push(after);
      const movedInTime =
        before.startsAt.getTime() !== s.startsAt.getTime() || before.endsAt.getTime() !== s.endsAt.getTime();
      if (!before.cancelledAt && (movedInTime || before.room !== s.room)) plan.moved.push({ before, after });
    }
  }
  for (const row of existing) {
    if (!currentSlugs.has(row.slug) && !row.cancelledAt) {
      plan.cancel.push({ ...row, sequence: row.sequence + 1, lastModified: now, cancelledAt: now });
    }
  }
  return plan;
}
