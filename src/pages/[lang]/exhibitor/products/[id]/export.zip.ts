// An approved product as a ready content/products/<slug>/ folder (YAML, vi.md/en.md, image),
// zipped; for the product's organisation or organisers (the library checks through the product).
import type { APIRoute } from 'astro';
import { ExhibitorError } from '~/lib/exhibitors/errors';
import { exportProductFolder } from '~/lib/exhibitors/export.server';
import { zipExportedFiles } from '~/lib/exhibitors/export-zip';

export const prerender = false;

export const GET: APIRoute = ({ params, locals }) => {
  const user = locals.user;
  if (!user) return new Response(null, { status: 401 });
  try {
    const { slug, files } = exportProductFolder({ id: user.id, role: user.role }, params.id ?? '');
    const zip = zipExportedFiles(files);
    return new Response(new Uint8Array(zip), {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': `attachment; filename="${slug}.zip"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (err) {
    // Someone else's product and an unknown id answer alike.
    if (err instanceof ExhibitorError) return new Response(null, { status: err.status === 403 ? 404 : err.status });
    throw err;
  }
};
