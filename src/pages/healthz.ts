// Liveness and readiness: answers once the database is migrated and the programme synced.
import type { APIRoute } from 'astro';
import { pingDatabase } from '../../db/client';

export const prerender = false;

export const GET: APIRoute = () => {
  pingDatabase();
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
};
