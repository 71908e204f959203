// The matchmaking profile: what a delegate offers and seeks, and the strict schema a profile
// update must pass (length caps, tags from the taxonomy, topics from the programme).
import { z } from 'zod';
import { LIMITS as PROFILE_LIMITS, textField } from '~/lib/forms/fields';

/** A delegate as matchmaking sees them; tags are taxonomy ids, topics programme tag ids. */
export interface MatchmakingProfile {
  userId: string;
  fullName: string;
  organisation: string;
  /** The delegate category (government, business, startup…). */
  organisationType: string;
  /** ISO 3166-1 alpha-2 code of the delegate's country, or "" if not given. */
  country: string;
  /** Areas of the taxonomy the organisation works in. */
  sectors: string[];
  offers: string[];
  seeks: string[];
  offerText: string;
  seekText: string;
  topics: string[];
  /** Countries and cities the organisation works in, as written ("VN", "Hà Nội"). */
  markets: string[];
  /** Languages spoken, as BCP 47 primary tags ("vi", "en", "ja"). */
  languages: string[];
  /** Ids of the B2B slots the delegate is free in. */
  availability: string[];
  hidden: boolean;
  acceptsRequests: boolean;
}

/** Caps on each list and free text of a profile. */
export const MATCHMAKING_LIMITS = {
  tags: 12,
  sectors: 8,
  text: 500,
  topics: PROFILE_LIMITS.topics,
  markets: 10,
  market: 60,
  languages: 8,
  availability: 40,
} as const;

/** The fields a delegate edits, as the update schema returns them. */
export type ProfileUpdate = Pick<
  MatchmakingProfile,
  | 'sectors'
  | 'offers'
  | 'seeks'
  | 'offerText'
  | 'seekText'
  | 'topics'
  | 'markets'
  | 'languages'
  | 'availability'
  | 'hidden'
  | 'acceptsRequests'
>;

/** What the update schema checks ids against. */
export interface ProfileVocabulary {
  needIds: readonly string[];
  areaIds: readonly string[];
  topicIds: readonly string[];
  slotIds: readonly string[];
}

/** The strict schema of a profile update; unknown fields and unknown ids are refused. */
export function profileUpdateSchema(v: ProfileVocabulary) {
  const oneOf = (ids: readonly string[], max: number) => {
    const allowed = new Set(ids);
    return z
      .array(z.string().refine((id) => allowed.has(id), 'unknownId'))
      .max(max, 'tooMany')
      .transform((list) => [...new Set(list)]);
  };
  return z
    .object({
      sectors: oneOf(v.areaIds, MATCHMAKING_LIMITS.sectors),
      offers: oneOf(v.needIds, MATCHMAKING_LIMITS.tags),
      seeks: oneOf(v.needIds, MATCHMAKING_LIMITS.tags),
      offerText: textField(MATCHMAKING_LIMITS.text, { multiLine: true }),
      seekText: textField(MATCHMAKING_LIMITS.text, { multiLine: true }),
      topics: oneOf(v.topicIds, MATCHMAKING_LIMITS.topics),
      markets: z
        .array(textField(MATCHMAKING_LIMITS.market, { required: true }))
        .max(MATCHMAKING_LIMITS.markets, 'tooMany'),
      languages: z
        .array(z.string().regex(/^[a-z]{2,3}$/, 'language'))
        .min(1, 'required')
        .max(MATCHMAKING_LIMITS.languages, 'tooMany')
        .transform((list) => [...new Set(list)]),
      availability: oneOf(v.slotIds, MATCHMAKING_LIMITS.availability),
      hidden: z.boolean(),
      acceptsRequests: z.boolean(),
    })
    .strict();
}
