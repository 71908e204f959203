// What happens to a response Astro renders: the server buffers it, then either stores it in the
// render cache (the route opted in, the request had no cookies) and answers from the entry, or
// sends it once, compressed when worth it. Cache hits never reach Astro. Responses to requests
// with cookies that set no Cache-Control become `private, no-store`: they may be personal.
import { chooseEncoding, compressForOne, isCompressible } from './encoding.mjs';
import { RENDER_CACHE_HEADER, cacheKey, isCacheable, parseDirective, snapshotVersions } from './render-cache.mjs';

/** True when If-None-Match names this ETag (weak comparison, lists and "*", RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header, etag) {
  if (!header || !etag) return false;
  if (header.trim() === '*') return true;
  const bare = (t) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => bare(t) === bare(etag));
}

/** Adds tokens to a Vary value without repeating one. */
function addVary(current, ...tokens) {
  const list = String(current ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const t of tokens) if (!list.some((v) => v.toLowerCase() === t.toLowerCase())) list.push(t);
  return list.join(', ');
}

/**
 * Buffers everything Astro writes to `res`: `done` resolves with status, lower-cased headers and
 * body at end(); `release()` gives `res` its own methods back (when rendering threw).
 */
function captureResponse(res) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  let status;
  const headers = {};
  const chunks = [];
  const push = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'));
  };
  const release = () => Object.assign(res, original);
  const done = new Promise((resolve) => {
    res.writeHead = function (code, ...rest) {
      status = code;
      const fields = rest.find((x) => x && typeof x === 'object');
      const pairs = Array.isArray(fields) ? fields : Object.entries(fields ?? {});
      for (const [name, value] of pairs) headers[String(name).toLowerCase()] = value;
      return this;
    };
    res.write = function (chunk, encoding, cb) {
      push(chunk, encoding);
      (typeof encoding === 'function' ? encoding : cb)?.();
      return true;
    };
    res.end = function (chunk, encoding, cb) {
      push(chunk, encoding);
      release();
      resolve({ status: status ?? res.statusCode, headers, body: Buffer.concat(chunks) });
      (typeof chunk === 'function' ? chunk : typeof encoding === 'function' ? encoding : cb)?.();
      return this;
    };
  });
  return { done, release };
}

/** Answers from a cache entry: 304 when the client has it, else the best encoding the client accepts. */
export function sendEntry(req, res, entry, ifNoneMatch, state) {
  const headers = {
    ...entry.headers,
    etag: entry.etag,
    vary: addVary(entry.headers.vary, 'Accept-Encoding', 'Cookie'),
    'cache-control': entry.headers['cache-control'] ?? 'public, no-cache',
    'x-cache': state,
  };
  if (matchesIfNoneMatch(ifNoneMatch, entry.etag)) {
    delete headers['content-type'];
    res.writeHead(304, headers);
    return res.end();
  }
  const encoding = entry.identity.length >= 1024 ? chooseEncoding(req.headers['accept-encoding']) : 'identity';
  const body = encoding === 'br' ? entry.br : encoding === 'gzip' ? entry.gzip : entry.identity;
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Sends a response that is not cached: private when the request carried cookies, compressed when worth it. */
function sendOnce(req, res, { status, headers, body }, { ifNoneMatch, acceptEncoding }) {
  if (req.headers.cookie && headers['cache-control'] === undefined) headers['cache-control'] = 'private, no-store';
  if (status === 200 && matchesIfNoneMatch(ifNoneMatch, headers.etag)) {
    for (const h of ['content-type', 'content-length', 'content-disposition']) delete headers[h];
    res.writeHead(304, headers);
    return res.end();
  }
  const encoding = chooseEncoding(acceptEncoding);
  const worth =
    encoding !== 'identity' &&
    req.method !== 'HEAD' &&
    status !== 204 &&
    status !== 304 &&
    headers['content-encoding'] === undefined &&
    isCompressible(headers['content-type'], body.length);
  let out = body;
  if (worth) {
    out = compressForOne(body, encoding);
    headers['content-encoding'] = encoding;
    headers.vary = addVary(headers.vary, 'Accept-Encoding');
    // A compressed body is another representation: a strong validator must become weak (RFC 9110 §8.8.1).
    if (typeof headers.etag === 'string' && !headers.etag.startsWith('W/')) headers.etag = `W/${headers.etag}`;
  }
  if (req.method !== 'HEAD' || worth) headers['content-length'] = out.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : out);
}

/**
 * Hands a request to Astro (`render(req, res)`) unless the render cache has it; buffers Astro's
 * answer and stores it when the route opted in. Conditional and encoding headers are kept from
 * Astro so a stored body is always the full identity body, whatever the first client sent.
 */
export async function respondViaAstro(req, res, cache, render) {
  const key = isCacheable(req) ? cacheKey(req.url ?? '/') : null;
  const ifNoneMatch = req.headers['if-none-match'];
  const acceptEncoding = req.headers['accept-encoding'];
  if (key) {
    const hit = cache.get(key) ?? (await cache.pending(key));
    if (hit && cache.isCurrent(hit)) return sendEntry(req, res, hit, ifNoneMatch, 'hit');
  }
  delete req.headers['if-none-match'];
  delete req.headers['accept-encoding'];
  const versions = snapshotVersions();
  const captured = captureResponse(res);
  try {
    await render(req, res);
  } catch (err) {
    captured.release();
    throw err;
  }
  const response = await captured.done;
  const directive = parseDirective(response.headers[RENDER_CACHE_HEADER]);
  delete response.headers[RENDER_CACHE_HEADER];
  const storable =
    key !== null &&
    req.method === 'GET' &&
    response.status === 200 &&
    directive !== null &&
    response.headers['set-cookie'] === undefined &&
    !/\b(private|no-store)\b/.test(String(response.headers['cache-control'] ?? ''));
  if (!storable) return sendOnce(req, res, response, { ifNoneMatch, acceptEncoding });
  const { 'content-length': _length, etag: _etag, ...headers } = response.headers;
  req.headers['accept-encoding'] = acceptEncoding;
  const entry = await cache.store(key, { headers, identity: response.body, directive, versions });
  return sendEntry(req, res, entry, ifNoneMatch, 'miss');
}
