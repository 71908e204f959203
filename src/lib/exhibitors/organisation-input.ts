// What an organisation's profile and a public application may say: strict allow-list, caps.
import { z } from 'zod';
import { isCountryCode } from '~/lib/forms/countries';
import { emailField, lineField, linkField } from './text-fields';

const profile = {
  nameVi: lineField(120, { required: true }),
  nameEn: lineField(120, { required: true }),
  country: z.string().refine(isCountryCode, 'choice'),
  website: linkField(300).default(''),
  descriptionVi: lineField(300).default(''),
  descriptionEn: lineField(300).default(''),
};

/** The profile fields an organisation's people edit (the booth is the organisers' to assign). */
export const organisationProfileSchema = z.object(profile).strict();
export type OrganisationProfile = z.infer<typeof organisationProfileSchema>;

/** A public application: the profile plus who to write to, in which language. */
export const organisationApplicationSchema = z
  .object({ ...profile, contactEmail: emailField, contactLanguage: z.enum(['vi', 'en']).default('vi') })
  .strict();
export type OrganisationApplication = z.infer<typeof organisationApplicationSchema>;

/** What an organiser sets when creating an organisation directly, optionally linked to content. */
export const organisationCreateSchema = z
  .object({
    ...profile,
    booth: lineField(20).default(''),
    contentId: z
      .string()
      .regex(/^[a-z0-9-]{1,80}$/, 'choice')
      .optional(),
  })
  .strict();
export type OrganisationCreate = z.infer<typeof organisationCreateSchema>;

/** A moderation reason: required, one paragraph, capped. */
export const reasonSchema = z.string().trim().min(1, 'required').max(1000, 'tooLong');
