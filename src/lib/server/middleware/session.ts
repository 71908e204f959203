// Middleware step: turns the session cookie into locals.user / locals.session, renewing
// the cookie when the session was extended and clearing it when the token is dead.
import { defineMiddleware } from 'astro:middleware';
import { validateSessionToken } from '../auth/session';
import { deleteSessionTokenCookie, readSessionToken, setSessionTokenCookie } from '../auth/cookies';

/** Fills locals once per on-demand request; prerendered pages have no cookies. */
export const session = defineMiddleware((context, next) => {
  context.locals.user = null;
  context.locals.session = null;
  if (context.isPrerendered) return next();
  const token = readSessionToken(context.cookies);
  if (!token) return next();
  const result = validateSessionToken(token);
  if (!result.session) {
    deleteSessionTokenCookie(context.cookies);
    return next();
  }
  const { renewed, ...stored } = result.session;
  if (renewed) setSessionTokenCookie(context.cookies, token, stored.expiresAt);
  context.locals.session = stored;
  context.locals.user = result.user;
  return next();
});
