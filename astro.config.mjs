// Astro configuration: content pages are prerendered; routes that need the
// database or the request opt in with `export const prerender = false`.
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';

// The public origin, used for canonical URLs, sitemap, calendar links and emails.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  adapter: node({ mode: 'standalone' }),
  integrations: [
    react(),
    sitemap({
      i18n: { defaultLocale: 'vi', locales: { vi: 'vi-VN', en: 'en-GB' } },
      // On-demand pages are not known to the sitemap integration; list the public ones.
      customPages: ['vi', 'en'].flatMap((lang) =>
        ['', 'agenda/', 'showcase/', 'register/'].map((p) => new URL(`/${lang}/${p}`, site).href),
      ),
      // Private and noindex pages stay out: a sitemap must not list what asks not to be indexed.
      filter: (page) => !page.includes('/admin') && !page.includes('/me/') && !page.includes('/register/thanks/'),
    }),
  ],
  security: {
    checkOrigin: true,
    // Without allowedDomains Astro ignores the Host header and sees every request as
    // http://localhost, so checkOrigin refused all same-origin form posts. Trust the site's
    // own host and loopback (the embedded default and the tests), on any port.
    allowedDomains: [{ hostname: new URL(site).hostname }, { hostname: 'localhost' }, { hostname: '127.0.0.1' }],
  },
  image: { responsiveStyles: true },
  vite: {
    ssr: { external: ['better-sqlite3', '@node-rs/argon2'] },
  },
});
