// The content model: what organisers edit under content/. YAML files hold facts
// and short labels ({ vi, en }); prose is Markdown, one file per language.
// reference() does not fail on unknown ids in Astro 5, so cross-references,
// time rules and clashes are checked in src/lib/content/integrity.ts.
import { defineCollection, reference, z } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { CATEGORIES, FORMATS, MATURITIES, NEED_FACETS, SESSION_LANGUAGES } from './lib/content/vocabulary';
import { integrityGate } from './lib/content/integrity-gate';

/** A short text in both languages; at least one must be present (the other falls back). */
const localized = z
  .object({ vi: z.string().trim().min(1).optional(), en: z.string().trim().min(1).optional() })
  .strict()
  .refine((v) => v.vi !== undefined || v.en !== undefined, { message: 'needs a "vi" or an "en" text' });

/** Event-local wall-clock time in Asia/Ho_Chi_Minh, e.g. "2025-12-23T09:00". */
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be an event-local date-time like "2025-12-23T09:00"');
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like "2025-12-23"');
const link = z.object({ label: z.string().min(1).max(60), url: z.string().url() }).strict();
const id = (entry: string) => entry.split('/')[0]!;

// The cross-entry rules run once all of these have loaded (src/lib/content/integrity-gate.ts).
const gate = integrityGate([
  'event',
  'tracks',
  'rooms',
  'tags',
  'speakers',
  'sessions',
  'exhibitors',
  'products',
  'needs',
]);

// The summit itself (one entry, content/event/summit.yaml).
const event = defineCollection({
  loader: gate.wrap('event', glob({ pattern: '*.yaml', base: './content/event' })),
  schema: z
    .object({
      name: localized,
      shortName: localized,
      edition: localized,
      startDate: localDate,
      endDate: localDate,
      timeZone: z.literal('Asia/Ho_Chi_Minh'),
      theme: localized,
      description: localized,
      venue: z
        .object({
          name: localized,
          address: localized,
          mapUrl: z.string().url(),
          latitude: z.number().min(-90).max(90),
          longitude: z.number().min(-180).max(180),
        })
        .strict(),
      organisers: z.array(z.object({ name: localized, url: z.string().url() }).strict()).min(1),
      partners: z.array(z.object({ name: localized, url: z.string().url() }).strict()).default([]),
    })
    .strict(),
});

// Programme tracks (content/tracks/{id}.yaml).
const tracks = defineCollection({
  loader: gate.wrap('tracks', glob({ pattern: '*.yaml', base: './content/tracks' })),
  schema: z
    .object({
      name: localized,
      description: localized,
      color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like "#0b6e4f"'),
      order: z.number().int(),
    })
    .strict(),
});

// Rooms of the venue, with the number of people they hold (content/rooms/{id}.yaml).
const rooms = defineCollection({
  loader: gate.wrap('rooms', glob({ pattern: '*.yaml', base: './content/rooms' })),
  schema: z
    .object({
      name: localized,
      floor: localized,
      capacity: z.number().int().positive(),
      accessible: z.boolean(),
      order: z.number().int(),
    })
    .strict(),
});

// Topics used to tag sessions and products, and offered as delegates' interests.
const tags = defineCollection({
  loader: gate.wrap('tags', glob({ pattern: '*.yaml', base: './content/tags' })),
  schema: z.object({ label: localized }).strict(),
});

// What delegates offer and seek in matchmaking: one tree of tags (content/taxonomy/needs.yaml).
// Entries are keyed by their position, not their id, so a duplicated id stays visible to the
// integrity check (file() would silently keep the last one); read the id from `data.id`.
const needs = defineCollection({
  loader: gate.wrap(
    'needs',
    file('content/taxonomy/needs.yaml', {
      parser: (text) => {
        const list: unknown = parseYaml(text);
        return Array.isArray(list) ? Object.fromEntries(list.map((item, i) => [String(i), item])) : {};
      },
    }),
  ),
  schema: z
    .object({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case id like "traffic-sensors"'),
      label: localized,
      parent: z.string().min(1).optional(),
      facet: z.enum(NEED_FACETS).optional(),
      productCategories: z.array(z.enum(CATEGORIES)).default([]),
      topics: z.array(reference('tags')).default([]),
    })
    .strict(),
});

// Speakers (content/speakers/{slug}/speaker.yaml; bio in vi.md / en.md).
const speakers = defineCollection({
  loader: gate.wrap(
    'speakers',
    glob({ pattern: '*/speaker.yaml', base: './content/speakers', generateId: ({ entry }) => id(entry) }),
  ),
  schema: ({ image }) =>
    z
      .object({
        name: z.string().min(1).max(120),
        sample: z.boolean().default(false),
        role: localized,
        organisation: localized,
        country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like "VN"'),
        photo: image().optional(),
        photoAlt: localized.optional(),
        featured: z.boolean().default(false),
        links: z.array(link).default([]),
      })
      .strict(),
});

// Sessions of the programme (content/sessions/{slug}/session.yaml; abstract in vi.md / en.md).
const sessions = defineCollection({
  loader: gate.wrap(
    'sessions',
    glob({ pattern: '*/session.yaml', base: './content/sessions', generateId: ({ entry }) => id(entry) }),
  ),
  schema: z
    .object({
      title: localized,
      summary: localized,
      start: localDateTime,
      end: localDateTime,
      room: reference('rooms'),
      track: reference('tracks').optional(),
      format: z.enum(FORMATS),
      language: z.enum(SESSION_LANGUAGES),
      speakers: z.array(reference('speakers')).default([]),
      moderators: z.array(reference('speakers')).default([]),
      capacity: z.number().int().positive().optional(),
      tags: z.array(reference('tags')).default([]),
      // B2B blocks only (format "b2b"): how the block is cut into meeting slots and how many
      // tables it seats; slots are derived from start/end, so moving the block moves them.
      meetings: z
        .object({
          length: z.number().int().positive().max(240),
          changeover: z.number().int().min(0).max(60).default(0),
          tables: z.number().int(),
        })
        .strict()
        .optional(),
    })
    .strict(),
});

// Exhibiting organisations (content/exhibitors/{slug}/exhibitor.yaml).
const exhibitors = defineCollection({
  loader: gate.wrap(
    'exhibitors',
    glob({ pattern: '*/exhibitor.yaml', base: './content/exhibitors', generateId: ({ entry }) => id(entry) }),
  ),
  schema: ({ image }) =>
    z
      .object({
        name: z.string().min(1).max(120),
        sample: z.boolean().default(false),
        country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code like "VN"'),
        logo: image().optional(),
        logoAlt: localized.optional(),
        booth: z.string().min(1).max(20),
        website: z.string().url().optional(),
        description: localized,
      })
      .strict(),
});

// Showcase products (content/products/{slug}/product.yaml; description in vi.md / en.md).
const products = defineCollection({
  loader: gate.wrap(
    'products',
    glob({ pattern: '*/product.yaml', base: './content/products', generateId: ({ entry }) => id(entry) }),
  ),
  schema: ({ image }) =>
    z
      .object({
        name: localized,
        exhibitor: reference('exhibitors'),
        category: z.enum(CATEGORIES),
        maturity: z.enum(MATURITIES),
        deployedIn: z.array(localized).default([]),
        summary: localized,
        image: image().optional(),
        imageAlt: localized.optional(),
        links: z.array(link).default([]),
        tags: z.array(reference('tags')).default([]),
      })
      .strict(),
});

// Prose in one language: content/{sessions,speakers,products,pages}/{slug}/{vi,en}.md.
// The id is the path without ".md", e.g. "sessions/opening-plenary/vi".
const prose = defineCollection({
  loader: glob({
    pattern: '{sessions,speakers,products,pages}/*/{vi,en}.md',
    base: './content',
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: z
    .object({ title: z.string().min(1).max(200).optional(), description: z.string().max(300).optional() })
    .strict(),
});

export const collections = { event, tracks, rooms, tags, needs, speakers, sessions, exhibitors, products, prose };
