// Astro configuration: content pages are prerendered; routes that need the
// database or the request opt in with `export const prerender = false`.
import { readdirSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { CSP_DIRECTIVES } from './server/policy.mjs';
import { routeTable } from './server/routes.mjs';
import { ENV_SCHEMA } from './src/lib/server/env-schema.ts';
import { precompress } from './server/precompress.mjs';
import { sitemapI18n } from './server/sitemap-i18n.mjs';

// The public origin, used for canonical URLs, sitemap, calendar links and emails. Read here
// directly: the config is evaluated before astro:env exists (the server reads it again at start).
const site = process.env.SITE_URL || 'http://localhost:4321';
// The sitemap's hreflang links, computed once for all pages (the integration's own `i18n` option
// compares every URL with every other).
const sitemapLanguages = sitemapI18n({ defaultLocale: 'vi', locales: { vi: 'vi-VN', en: 'en-GB' } }, site);

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  // Every environment variable, typed with its default (src/lib/server/env-schema.ts); code reads
  // them through src/lib/server/config.ts.
  env: { schema: ENV_SCHEMA },
  // Middleware mode: server/index.mjs serves dist/client and hands the rest to Astro, so static
  // and on-demand responses share one header policy. Static headers: Astro writes each
  // prerendered page's CSP to dist/_experimentalHeaders.json for that server to send.
  adapter: node({ mode: 'middleware', experimentalStaticHeaders: true }),
  integrations: [
    // dist/routes.json: which paths server/index.mjs answers from files only.
    routeTable(),
    react(),
    sitemap({
      // On-demand pages are not known to the sitemap integration; list the public ones.
      // Showcase product pages render on demand (approved exhibitor products need no rebuild);
      // the curated ones are listed from content/products.
      customPages: ['vi', 'en'].flatMap((lang) =>
        [
          '',
          'agenda/',
          'showcase/',
          'register/',
          ...readdirSync('content/products', { withFileTypes: true })
            .filter((d) => d.isDirectory())
            .map((d) => `showcase/${d.name}/`),
        ].map((p) => new URL(`/${lang}/${p}`, site).href),
      ),
      // Private and noindex pages stay out: a sitemap must not list what asks not to be indexed.
      filter: sitemapLanguages.filter(
        (page) => !page.includes('/admin') && !page.includes('/me/') && !page.includes('/register/thanks/'),
      ),
      serialize: sitemapLanguages.serialize,
    }),
    // Last, so the sitemap is compressed too: .br and .gz beside every prerendered text file.
    precompress(),
  ],
  security: {
    checkOrigin: true,
    // Astro's own cap on action bodies (1 MiB by default) is raised to fit one product image
    // (5 MB) and its form; the server's per-path caps (server/limits.mjs BODY_LIMITS) still
    // hold every other route, actions included, to 1 MiB before Astro reads a byte.
    actionBodySizeLimit: 6 * 1024 * 1024,
    // Without allowedDomains Astro ignores the Host header and sees every request as
    // http://localhost, so checkOrigin refused all same-origin form posts. Trust the site's
    // own host and loopback (the embedded default and the tests), on any port.
    allowedDomains: [{ hostname: new URL(site).hostname }, { hostname: 'localhost' }, { hostname: '127.0.0.1' }],
  },
  image: {
    responsiveStyles: true,
    // Only the sizes and formats the site's own pages ask for (see the module); no arbitrary resizing.
    endpoint: { route: '/_image', entrypoint: './src/lib/server/image-endpoint.ts' },
  },
  experimental: {
    // Astro hashes every inline script and style it emits into script-src/style-src (no 'unsafe-inline').
    csp: { algorithm: 'SHA-256', directives: CSP_DIRECTIVES },
  },
  vite: {
    ssr: { external: ['better-sqlite3', 'better-sqlite3-napi', '@node-rs/argon2'] },
  },
});
