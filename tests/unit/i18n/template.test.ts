// Message templates for islands (src/lib/i18n/template.ts) and the catalogue entries that
// travel as templates: every placeholder an island fills is in both languages.
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '~/lib/i18n/template';
import { siteT } from '~/lib/i18n/messages/site';
import { LANGS } from '~/lib/i18n/locales';

describe('filling a message template', () => {
  it('replaces each named placeholder, every time it occurs', () => {
    expect(fillTemplate('{n} of {total}, {n}!', { n: 3, total: 10 })).toBe('3 of 10, 3!');
  });

  it('leaves unknown placeholders as written and does not read inherited names', () => {
    expect(fillTemplate('{zone} {toString}', {})).toBe('{zone} {toString}');
  });

  it('inserts values literally (no $-patterns from String.replace)', () => {
    expect(fillTemplate('({zone})', { zone: "$& $' $1" })).toBe("($& $' $1)");
  });
});

describe('templates in the site catalogue', () => {
  it.each(LANGS)('the agenda count and the time-zone switch carry their placeholders (%s)', (lang) => {
    const t = siteT(lang).agenda;
    expect(fillTemplate(t.count, { shown: 7, total: 42 })).toMatch(/7.*42/);
    expect(t.count).not.toMatch(/\{(?!shown\}|total\})/);
    expect(fillTemplate(t.visitorTime, { zone: 'Europe/Paris' })).toContain('(Europe/Paris)');
  });
});
