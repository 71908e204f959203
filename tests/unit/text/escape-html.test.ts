// Escaping text for HTML (src/lib/text/escape-html.ts), the one implementation emails, guard pages and the showcase use.
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '~/lib/text/escape-html';

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or end a quoted attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('escapes an ampersand only once, so an existing entity stays visible as text', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('leaves Vietnamese and other text as it is', () => {
    expect(escapeHtml('Hà Nội — Thủ đô')).toBe('Hà Nội — Thủ đô');
  });
});
