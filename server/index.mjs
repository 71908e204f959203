// The production server (`node server/index.mjs`, what `npm start` and the tests run): one
// Node HTTP server in front of the Astro build. Every request passes the method and body-size
// guards (limits.mjs); prerendered files come from dist/client (static.mjs, precompressed at build);
// everything else goes to Astro's handler (@astrojs/node in middleware mode), through the render
// cache and compression (astro-response.mjs). Both get the same headers (policy.mjs).
// SUMMIT_DIST selects another build than ./dist; HOST and PORT where to listen.
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ALLOWED_METHODS, bodyLimitFor, readChunkedBody, refuse, replayBody } from './limits.mjs';
import { completeCsp, securityHeaders } from './policy.mjs';
import { respondViaAstro } from './astro-response.mjs';
import { createRenderCache } from './render-cache.mjs';
import { readRouteTable } from './routes.mjs';
import { createStaticHandler, readPageCsp } from './static.mjs';

const distDir = resolve(process.env.SUMMIT_DIST ?? fileURLToPath(new URL('../dist', import.meta.url)));
const { handler: astro } = await import(pathToFileURL(join(distDir, 'server/entry.mjs')).href);
const files = createStaticHandler(join(distDir, 'client'), readPageCsp(distDir));
const routeFor = readRouteTable(distDir);
const headers = Object.entries(securityHeaders());
const renderCache = createRenderCache();

/** Astro writes a page's CSP (with its hashes) in writeHead; complete it there. */
function completeCspOnWrite(res) {
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    const fields = rest.find((x) => x && typeof x === 'object' && !Array.isArray(x));
    for (const name of Object.keys(fields ?? {})) {
      if (name.toLowerCase() === 'content-security-policy') fields[name] = completeCsp(String(fields[name]));
    }
    return writeHead.call(this, status, ...rest);
  };
}

async function handle(req, res) {
  // Defaults first: a route's own value (passed to writeHead) takes precedence over setHeader.
  for (const [name, value] of headers) res.setHeader(name, value);
  completeCspOnWrite(res);
  const method = req.method ?? 'GET';
  if (!ALLOWED_METHODS.includes(method)) {
    return refuse(res, 405, 'Method Not Allowed', { Allow: ALLOWED_METHODS.join(', ') });
  }
  let pathname;
  let search = '';
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    pathname = decodeURI(url.pathname);
    search = url.search;
  } catch {
    return refuse(res, 400, 'Bad Request');
  }
  // A prerendered route is only its files: Astro would try to render it on demand, fail and log a stack.
  const prerendered = routeFor(pathname)?.prerendered === true;
  if (method === 'GET' || method === 'HEAD') {
    return files.handle(req, res, pathname, () => (prerendered ? notFound(req, res) : toAstro(req, res)));
  }
  if (prerendered) return refuse(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  const limit = bodyLimitFor(pathname, undefined, undefined, search);
  const declared = req.headers['content-length'];
  if (declared !== undefined) {
    // Node's parser never delivers more than Content-Length, so checking the number is enough.
    if (Number(declared) > limit) return refuse(res, 413, 'Payload Too Large', { Connection: 'close' });
  } else if (req.headers['transfer-encoding']) {
    const chunks = await readChunkedBody(req, limit);
    // The rest is being discarded (readChunkedBody), so the client can still read this answer.
    if (!chunks) return refuse(res, 413, 'Payload Too Large');
    req.body = replayBody(chunks);
  }
  return toAstro(req, res);
}

/**
 * Astro renders on-demand routes (unless the render cache has the page); a path no route matches
 * gets the 404 page. The socket's address goes in as `locals.peerAddress`: Astro's own
 * clientAddress is whatever X-Forwarded-For says, which the client may have written.
 */
function toAstro(req, res) {
  const locals = { peerAddress: req.socket.remoteAddress ?? '' };
  return respondViaAstro(req, res, renderCache, () => astro(req, res, () => notFound(req, res), locals));
}

/** The bilingual 404 page (or a plain 404 when the build has none). */
function notFound(req, res) {
  if (!files.notFound(req, res)) refuse(res, 404, 'Not Found');
}

const server = createServer((req, res) => {
  handle(req, res).catch((err) => {
    console.error(err);
    if (!res.headersSent) refuse(res, 500, 'Internal Server Error');
    else res.destroy();
  });
});
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4321);
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
