// Authorization in one place: which routes need which access, what happens when it is
// missing, and the helpers pages use to get the (already checked) user.
import { localizedPath } from '~/lib/i18n/paths';
import type { Role } from '../../../../db/schema';
import { isLang, type Lang } from '../../i18n/locales';
import type { SessionUser } from './session';

/** What a route requires: nothing, any signed-in account, or a role (organisers pass every role check). */
export type Access = 'public' | 'signed-in' | 'exhibitor' | 'organiser';

/** The route table, first match wins. Patterns: `*` one segment, `**` the rest (or nothing). */
export const ROUTE_RULES: ReadonlyArray<readonly [pattern: string, access: Access]> = [
  ['/admin/**', 'organiser'],
  ['/api/admin/**', 'organiser'],
  ['/api/check-in/**', 'organiser'],
  ['/*/me/**', 'signed-in'],
  ['/api/me/**', 'signed-in'],
  ['/api/seats/**', 'signed-in'],
  // A session's star form (/api/stars/{slug}): visitors keep their star in a cookie. The JSON API stays signed-in.
  ['/api/stars/*', 'public'],
  ['/api/stars/**', 'signed-in'],
  ['/api/meetings/**', 'signed-in'],
  // Before the portal's rule: the public application form and the invitation link (which
  // creates the account) are opened by people who are not exhibitors yet.
  ['/*/exhibitor/apply/**', 'public'],
  ['/*/exhibitor/invitation/**', 'public'],
  ['/*/matchmaking/**', 'signed-in'],
  ['/api/matchmaking/**', 'signed-in'],
  ['/*/exhibitor/**', 'exhibitor'],
  ['/api/exhibitor/**', 'exhibitor'],
];

function matches(pattern: string, path: string): boolean {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  for (let i = 0; i < want.length; i++) {
    if (want[i] === '**') return true;
    if (i >= have.length) return false;
    if (want[i] !== '*' && want[i] !== have[i]) return false;
  }
  return want.length === have.length;
}

// Percent-encoded segments ("/%61dmin") must not slip past the table; a malformed
// escape is matched as written (the router cannot resolve it to a protected page either).
function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** The access a path needs; `/*\/me/**` applies only where `*` is a language. */
export function requiredAccess(pathname: string): Access {
  const path = decodePath(pathname)
    .toLowerCase()
    .replace(/\/{2,}/g, '/');
  for (const [pattern, access] of ROUTE_RULES) {
    if (!matches(pattern, path)) continue;
    if (pattern.startsWith('/*/') && !isLang(path.split('/')[1])) continue;
    return access;
  }
  return 'public';
}

/** True when the role satisfies the access (organisers can open every protected area). */
export function roleSatisfies(role: Role, access: Access): boolean {
  if (access === 'public' || access === 'signed-in') return true;
  if (role === 'organiser') return true;
  return role === access;
}

/** The guard's verdict for a user (or visitor) on a route. */
export function decide(
  access: Access,
  user: Pick<SessionUser, 'role'> | null,
): 'allow' | 'unauthenticated' | 'forbidden' {
  if (access === 'public') return 'allow';
  if (!user) return 'unauthenticated';
  return roleSatisfies(user.role, access) ? 'allow' : 'forbidden';
}

/** JSON endpoints answer 401/403 JSON; pages redirect or show a 403 page. */
export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/') || pathname.endsWith('.json');
}

/** The language a path is in (`/en/...`), if any. */
export function pathLang(pathname: string): Lang | undefined {
  const first = pathname.split('/')[1];
  return isLang(first) ? first : undefined;
}

// `next` is resolved against an origin no real URL has, so "same origin" means "a path on
// whichever host serves this page" (the site's own origin would give the same verdict).
const NEXT_BASE = 'http://next.invalid';
// One leading slash, then anything but a second slash or a backslash (browsers read "/\\" as "//").
const ONE_LEADING_SLASH = /^\/(?![/\\])/;
// eslint-disable-next-line no-control-regex -- control characters and spaces are what is refused
const RAW_REFUSED = /[\\\u0000-\u0020\u007f-\u009f]/;
// Encoded slash, backslash or dot in the path: no link of ours has them, and a proxy or server
// that decodes them could still turn the path into "//host".
const ENCODED_REFUSED = /%(2f|5c|2e)/i;

/**
 * A `next` target that is safe to redirect to: a path on this site ("/en/me/"), re-serialised
 * by the URL parser. Refused: absolute and protocol-relative URLs, backslashes, control
 * characters, encoded slashes or dots, and any input the parser normalises into "//host"
 * ("/.//evil.example", "/%2e%2e//evil.example"): the output is checked, not only the input.
 */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || next.length > 512) return undefined;
  if (!ONE_LEADING_SLASH.test(next) || RAW_REFUSED.test(next)) return undefined;
  let url: URL;
  try {
    url = new URL(next, NEXT_BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== NEXT_BASE || ENCODED_REFUSED.test(url.pathname)) return undefined;
  const target = url.pathname + url.search + url.hash;
  if (!ONE_LEADING_SLASH.test(target)) return undefined;
  // What a browser will make of the Location header must be the very URL checked here.
  if (new URL(target, NEXT_BASE).href !== url.href) return undefined;
  return target;
}

/** The login page for a language, with where to come back to. */
export function loginPath(lang: Lang, next?: string): string {
  const target = safeNext(next);
  return localizedPath(lang, '/login/') + (target ? `?next=${encodeURIComponent(target)}` : '');
}

/** Thrown by require* when a page or action runs without the access the guard should have ensured. */
export class AuthorizationError extends Error {
  constructor(readonly code: 'unauthenticated' | 'forbidden') {
    super(code);
  }
}

/** The signed-in user; throws if there is none (the guard normally redirected already). */
export function requireUser(locals: { user: SessionUser | null }): SessionUser {
  if (!locals.user) throw new AuthorizationError('unauthenticated');
  return locals.user;
}

/** The signed-in user when their role satisfies `role`; throws otherwise. */
export function requireRole(locals: { user: SessionUser | null }, role: Role): SessionUser {
  const user = requireUser(locals);
  if (!roleSatisfies(user.role, role === 'delegate' ? 'signed-in' : role)) throw new AuthorizationError('forbidden');
  return user;
}
