// The outer guard on every request before Astro sees it: methods the site answers, and a cap
// on request bodies (by Content-Length, and while reading a chunked body). Routes keep their
// own tighter caps (src/lib/server/body.ts); this one protects Astro's own endpoints too.

/** Methods any route here answers; everything else (TRACE, CONNECT, PROPFIND…) gets 405. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

const MIB = 1024 * 1024;
const LINGER_MS = 2000;

/** The default cap, overridable with MAX_BODY_BYTES. */
export function defaultBodyLimit(env = process.env) {
  const n = Number(env.MAX_BODY_BYTES);
  return Number.isSafeInteger(n) && n > 0 ? n : MIB;
}

/**
 * Per-path allowances above the default, first match wins. An uploads route gets its entry
 * here, e.g. `{ pattern: /^\/api\/uploads\//, maxBytes: 6 * MIB }`.
 */
export const BODY_LIMITS = [
  // Exhibitors' image uploads: one image (≤ 5 MB, checked by the app) per post plus form overhead.
  // The product edit and portal pages take the form post; /_actions/ the same actions over RPC.
  { pattern: /^\/(vi|en)\/exhibitor\/(products\/[a-z2-7]{1,64}\/)?$/, maxBytes: 6 * MIB },
  { pattern: /^\/_actions\/exhibitors\.(addImage|uploadLogo)\/?$/, maxBytes: 6 * MIB },
];

/** Actions that carry an image; every other Astro Action is a small form. */
export const UPLOAD_ACTIONS = new Set(['exhibitors.addImage', 'exhibitors.uploadLogo']);
/** A form action's body: a few fields (the same cap as src/lib/server/body.ts), 413 beyond. */
export const FORM_ACTION_MAX_BYTES = 64 * 1024;

/**
 * The Astro Action a request calls: `/_actions/NAME` (islands) or `?_action=NAME` (no-JS forms).
 * Astro's own cap on action bodies is raised for image uploads, so the small ones are capped here.
 */
export function actionNameOf(pathname, search = '') {
  const rpc = /^\/_actions\/([\w.-]+)\/?$/.exec(pathname);
  if (rpc) return rpc[1];
  return new URLSearchParams(search).get('_action');
}

/** The body cap for a request path (and its query, which may name a form action). */
export function bodyLimitFor(pathname, limits = BODY_LIMITS, fallback = defaultBodyLimit(), search = '') {
  const action = actionNameOf(pathname, search);
  if (action && !UPLOAD_ACTIONS.has(action)) return FORM_ACTION_MAX_BYTES;
  return limits.find((l) => l.pattern.test(pathname))?.maxBytes ?? fallback;
}

/** Answers with a small plain-text status page and closes the connection (the body is not read). */
export function refuse(res, status, message, headers = {}) {
  const body = `${message}\n`;
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body);
}

/**
 * Reads a body without Content-Length (chunked) up to `maxBytes`. Resolves with the chunks,
 * or null as soon as it grows past the cap (the rest is never read).
 */
export function readChunkedBody(req, maxBytes) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off('data', onData);
        // Discard what is still in flight for a moment so the client can read the 413 before the
        // connection closes (a lingering close, as nginx does); a client that keeps sending is cut off.
        req.resume();
        const cutOff = setTimeout(() => req.destroy(), LINGER_MS);
        req.once('end', () => clearTimeout(cutOff));
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(chunks));
    req.once('error', reject);
  });
}

/** An async iterable over buffered chunks, in the shape Astro's NodeApp.createRequest reads as req.body. */
export function replayBody(chunks) {
  // Only a symbol key: NodeApp would JSON-encode an object with own string keys.
  return {
    async *[Symbol.asyncIterator]() {
      for (const c of chunks) yield c;
    },
  };
}
