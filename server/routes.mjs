// Which paths belong to prerendered routes. An Astro integration writes the route table at build
// time (dist/routes.json, our own file); the server reads it to answer those paths from files only:
// a prerendered route cannot be rendered on demand (Astro throws FailedToFindPageMapSSR and logs a
// stack), so a path with no file is a 404 and a POST is a 405.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = 'routes.json';

/** The integration (astro.config.mjs) that records every route, in Astro's priority order, with whether it is prerendered. */
export function routeTable() {
  let routes = [];
  let outDir;
  return {
    name: 'summit:route-table',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:routes:resolved': ({ routes: resolved }) => {
        routes = resolved.map((r) => ({
          pattern: r.patternRegex.source,
          flags: r.patternRegex.flags,
          prerendered: r.isPrerendered,
        }));
      },
      'astro:build:done': () => {
        writeFileSync(fileURLToPath(new URL(FILE, outDir)), JSON.stringify(routes, null, 1));
      },
    },
  };
}

/** A matcher over the table written at build time: the first route (by priority) for a path, or undefined. */
export function readRouteTable(distDir) {
  const file = `${distDir}/${FILE}`;
  const table = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  const routes = table.map((r) => ({ regex: new RegExp(r.pattern, r.flags), prerendered: r.prerendered }));
  return (pathname) => routes.find((r) => r.regex.test(pathname));
}
