// Request pipeline: start-up work, the CSRF origin check, then the session, then authorization guards.
// Each step lives in its own module; this file only orders them. Security headers, method and
// body-size limits, compression and the render cache are the server's (server/), in front of Astro.
// First: configuration from astro:env before any module below reads it.
import '~/lib/server/astro-env';
import { defineMiddleware, sequence } from 'astro:middleware';
import { ensureStarted } from './lib/server/startup';
import { origin } from './lib/server/middleware/origin';
import { session } from './lib/server/middleware/session';
import { guard } from './lib/server/middleware/guard';

/** Prerendered pages are built without a database; on-demand requests wait for start-up. */
const startup = defineMiddleware(async (context, next) => {
  context.locals.user = null;
  context.locals.session = null;
  if (!context.isPrerendered) await ensureStarted();
  return next();
});

export const onRequest = sequence(startup, origin, session, guard);
