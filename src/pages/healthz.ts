// Liveness and readiness: answers once the database is migrated and the programme synced.
import type { APIRoute } from 'astro';
import { getSqlite } from '../../db/client';

export const prerender = false;

export const GET: APIRoute = () => {
  getSqlite().prepare('select 1').get();
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
};
