// Exhibitors' re-encoded product images, from UPLOADS_DIR (outside the web root): only names the
// image pipeline makes, with their real type, nosniff and immutable caching (the lib's headers).
import type { APIRoute } from 'astro';
import { serveProductImage } from '~/lib/exhibitors/images.server';

export const prerender = false;

export const GET: APIRoute = ({ params }) => serveProductImage(params.file ?? '');
