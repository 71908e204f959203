// Benchmark: the bytes each page type ships, in both languages: HTML, JavaScript (every module an
// island or script loads, followed through its static imports) and CSS, raw and as Brotli.
// Target: no JavaScript on speaker, session, product and exhibitor pages. Table, then one JSON line.
// Usage: npm run build && npm run bench:pages
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../tests/support/server';
import { distDir } from '../tests/support/paths';
import { printTable, sentBytes, staticFiles } from './load';

const NO_JS = new Set(['speaker', 'session', 'product', 'exhibitors']);
const client = join(distDir(), 'client');
const app = await startServer();
try {
  const files = staticFiles(client).map((f) => f.path);
  // For a page type with many pages, every page is measured and the one shipping most JS shown.
  const all = (re: RegExp) => files.filter((p) => re.test(p));
  // Product pages render on demand (no file to list): take every product the showcase links to.
  const linked = async (page: string, re: RegExp) => [
    ...new Set([...(await (await fetch(app.url + page)).text()).matchAll(re)].map((m) => m[1]!)),
  ];
  const types: [string, (lang: string) => string | string[] | Promise<string[]>][] = [
    ['home', (l) => `/${l}/`],
    ['agenda', (l) => `/${l}/agenda/`],
    ['agenda grid', (l) => `/${l}/agenda/?view=grid`],
    ['session', (l) => all(new RegExp(`^/${l}/sessions/[^/]+/$`))],
    ['speakers', (l) => `/${l}/speakers/`],
    ['speaker', (l) => all(new RegExp(`^/${l}/speakers/[^/]+/$`))],
    ['showcase', (l) => `/${l}/showcase/`],
    ['product', (l) => linked(`/${l}/showcase/`, new RegExp(`href="(/${l}/showcase/[a-z0-9-]+/)"`, 'g'))],
    ['exhibitors', (l) => `/${l}/exhibitors/`],
    ['practical', (l) => `/${l}/practical/`],
    ['register', (l) => `/${l}/register/`],
    ['login', (l) => `/${l}/login/`],
  ];
  const rows: (string | number)[][] = [];
  const results = [];
  for (const [type, pathFor] of types) {
    for (const lang of ['vi', 'en']) {
      const paths = [await pathFor(lang)].flat();
      let path = paths[0]!;
      let html = '';
      let most = -1;
      for (const p of paths) {
        const page = await (await fetch(app.url + p)).text();
        const weight = [...moduleClosure(scriptUrls(page))].reduce((a, u) => a + size(u), 0);
        if (weight > most) [most, path, html] = [weight, p, page];
      }
      const htmlBr = await sentBytes(app.url + path);
      const js = moduleClosure(scriptUrls(html));
      const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
      const sum = (urls: Iterable<string>) =>
        [...urls].reduce((a, u) => ({ raw: a.raw + size(u), br: a.br + size(u, '.br') }), { raw: 0, br: 0 });
      const jsBytes = sum(js);
      const cssBytes = sum(css);
      const htmlRaw = Buffer.byteLength(html);
      const ok = !NO_JS.has(type) || jsBytes.raw === 0;
      results.push({
        type,
        lang,
        path,
        html: { raw: htmlRaw, br: htmlBr },
        js: jsBytes,
        css: cssBytes,
        modules: [...js],
        ok,
      });
      rows.push([
        `${type} (${lang})${paths.length > 1 ? ` worst of ${paths.length}` : ''}`,
        htmlRaw,
        htmlBr,
        jsBytes.raw,
        jsBytes.br,
        cssBytes.raw,
        cssBytes.br,
        NO_JS.has(type) ? (ok ? 'yes' : 'NO') : '',
      ]);
    }
  }
  console.log('bench:pages — bytes shipped per page (raw and Brotli as the server sends them)');
  printTable(['page', 'HTML', 'HTML br', 'JS', 'JS br', 'CSS', 'CSS br', '0 JS target'], rows);
  console.log(JSON.stringify({ bench: 'pages', results }));
} finally {
  await app.stop();
}

/** Scripts a page loads: module scripts, and each island's component and renderer. */
function scriptUrls(html: string): string[] {
  const urls = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/component-url="([^"]+)"/g),
    ...html.matchAll(/renderer-url="([^"]+)"/g),
  ].map((m) => m[1]!);
  // A server island (server:defer) fetches its HTML with an inline script, not a module: no bytes here.
  return [...new Set(urls)].filter((u) => u.startsWith('/'));
}

/** The modules loaded with `urls`, following static imports between the built chunks. */
function moduleClosure(urls: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...urls];
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url) || !existsSync(join(client, url))) continue;
    seen.add(url);
    const code = readFileSync(join(client, url), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+)"/g)) {
      queue.push(new URL(m[1]!, `http://x${url}`).pathname);
    }
  }
  return seen;
}

/** A built file's size (or its .br variant's; the file itself when none was written). */
function size(url: string, suffix = ''): number {
  const file = join(client, url.split('?')[0]!);
  if (suffix && existsSync(file + suffix)) return statSync(file + suffix).size;
  return existsSync(file) ? statSync(file).size : 0;
}
