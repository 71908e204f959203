// A tiny cookie-keeping client for form flows against the built server: posts
// urlencoded forms with the site's Origin, never follows redirects, and keeps the
// session cookie the server sets (or clears), as a browser would.
import { http } from './http';
import type { TestServer } from './server';

export type FormFields = Record<string, string | string[] | undefined>;

/** The urlencoded body for a set of fields; arrays repeat the name (checkbox groups). */
export function formBody(fields: FormFields): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  }
  return body;
}

export interface FormClient {
  /** The Cookie header the client would send now ('' when signed out). */
  cookie: string;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  post(path: string, fields: FormFields, headers?: Record<string, string>): Promise<Response>;
}

/** A client for one "browser"; `cookieName` is the session cookie's name on this server. */
export function formClient(app: TestServer, cookieName = 'session'): FormClient {
  const jar = new Map<string, string>();
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (name !== cookieName) continue;
      if (value === '' || /max-age=0/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  };
  const client: FormClient = {
    get cookie() {
      return [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    },
    async get(path, headers = {}) {
      return remember(
        await http(`${app.url}${path}`, { redirect: 'manual', headers: { Cookie: client.cookie, ...headers } }),
      );
    },
    async post(path, fields, headers = {}) {
      return remember(
        await http(`${app.url}${path}`, {
          method: 'POST',
          redirect: 'manual',
          headers: {
            Origin: app.url,
            'Content-Type': 'application/x-www-form-urlencoded',
            Cookie: client.cookie,
            ...headers,
          },
          body: formBody(fields),
        }),
      );
    },
  };
  return client;
}

/** The path and query of the first link in an email text that goes to `pathPrefix`. */
export function linkIn(text: string, pathPrefix: string): string {
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const url = new URL(match[0]);
    if (url.pathname.startsWith(pathPrefix)) return url.pathname + url.search;
  }
  throw new Error(`no link to ${pathPrefix} in:\n${text}`);
}
