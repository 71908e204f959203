// Serves the prerendered site (dist/client) with sirv: the file list is read once at start, so a
// request never walks the disk; it answers with the .br/.gz file written at build
// (precompress.mjs) when the client accepts it, with Vary: Accept-Encoding and ETags.
// Each prerendered page gets the CSP Astro computed for it (its script and style hashes).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { completeCsp } from './policy.mjs';

/** Astro's per-page CSP table (`experimentalStaticHeaders`), keyed by the page path without trailing slash. */
export function readPageCsp(distDir) {
  const file = join(distDir, '_experimentalHeaders.json');
  const map = new Map();
  if (!existsSync(file)) return map;
  for (const { pathname, headers } of JSON.parse(readFileSync(file, 'utf8'))) {
    const csp = headers.find((h) => h.key.toLowerCase() === 'content-security-policy');
    if (csp) map.set(pageKey(pathname), completeCsp(csp.value));
  }
  return map;
}

/** /en/speakers/, /en/speakers and /en/speakers/index.html are one page. */
function pageKey(pathname) {
  const p = pathname.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
  return p.length > 1 ? p.replace(/\/$/, '') : '/';
}

/** A request handler for the files in `clientDir`; calls `next` when no file matches. */
export function createStaticHandler(clientDir, pageCsp) {
  const notFoundPage = join(clientDir, '404.html');
  const notFoundHtml = existsSync(notFoundPage) ? readFileSync(notFoundPage) : null;
  const serve = sirv(clientDir, {
    dev: false,
    etag: true,
    brotli: true,
    gzip: true,
    // 404.html is answered by notFound() with status 404, never as a 200 file.
    ignores: false,
    setHeaders(res, pathname) {
      const csp = pageCsp.get(pageKey(pathname));
      if (csp) res.setHeader('Content-Security-Policy', csp);
      if (pathname.startsWith('/_astro/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  /** The bilingual "page not found" page with status 404. */
  const notFound = (req, res) => {
    if (!notFoundHtml) return false;
    const csp = pageCsp.get('/404');
    if (csp) res.setHeader('Content-Security-Policy', csp);
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': notFoundHtml.length });
    res.end(req.method === 'HEAD' ? undefined : notFoundHtml);
    return true;
  };
  const handle = (req, res, pathname, next) => {
    if (/^\/404(\/|\.html|\/index\.html)?$/.test(pathname)) {
      if (notFound(req, res)) return;
    }
    // Before sirv, whose 304 goes out before setHeaders runs: a browser revalidating a page (the
    // star form returns to the page it was on) replaces the stored CSP with the 304's, so the 304
    // must carry the page's own, or its inline styles are blocked on the reload.
    const csp = pageCsp.get(pageKey(pathname));
    const before = res.getHeader('Content-Security-Policy');
    if (csp) res.setHeader('Content-Security-Policy', csp);
    serve(req, res, () => {
      if (csp && before !== undefined) res.setHeader('Content-Security-Policy', before);
      next();
    });
  };
  return { handle, notFound };
}
