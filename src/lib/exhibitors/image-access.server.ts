// Who may fetch an uploaded image. Anyone, once the showcase shows it: an image of a published
// product's approved revision, or an approved organisation's logo. Before that only the people who
// already see it in the portal or the moderation queue: the organisation's members and organisers.
// Everyone else gets the same 404 as for a name that never existed.
import { getDb, getSqlite } from '~db/client';
import { requireOrganisationAccess, type Actor } from './access.server';

/** How an image may be served to this viewer: to anyone (cacheable), to them only, or not at all. */
export type ImageAudience = 'public' | 'private' | null;

// json_each over the approved revision's images: drizzle has no builder for table-valued functions.
const PUBLIC_IMAGE = `
  select 1 from exhibitor_products p
    join product_revisions r on r.id = p.approved_revision_id and r.status = 'approved'
    join json_each(r.data, '$.images') j
  where p.withdrawn_at is null and json_extract(j.value, '$.imageId') = @id
  union all
  select 1 from exhibitor_organisations o where o.logo_image_id = @id and o.status = 'approved'
  limit 1`;

/** The audience of image `imageId` for `actor` (locals.user); null when it is unknown or not theirs to see. */
export function imageAudience(imageId: string, actor: Actor | null): ImageAudience {
  const sqlite = getSqlite();
  const image = sqlite
    .prepare('select organisation_id as organisationId from product_images where id = ?')
    .get(imageId) as { organisationId: string } | undefined;
  if (!image) return null;
  if (sqlite.prepare(PUBLIC_IMAGE).get({ id: imageId })) return 'public';
  if (!actor) return null;
  try {
    requireOrganisationAccess(getDb(), actor, image.organisationId);
    return 'private';
  } catch {
    return null;
  }
}
