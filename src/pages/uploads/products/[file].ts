// Exhibitors' re-encoded product images, from UPLOADS_DIR (outside the web root): only names the
// image pipeline makes, with their real type and nosniff; published ones to anyone (immutable),
// the others only to the organisation's members and organisers (the lib decides).
import type { APIRoute } from 'astro';
import { serveProductImage } from '~/lib/exhibitors/images.server';

export const prerender = false;

export const GET: APIRoute = ({ params, locals }) => serveProductImage(params.file ?? '', locals.user);
