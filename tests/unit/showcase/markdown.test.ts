// Exhibitor Markdown and plain text (src/lib/showcase/markdown.ts): formatting survives, nothing
// that could run does, and every link is http(s) with rel="noopener nofollow ugc".
import { describe, expect, it } from 'vitest';
import { renderPlainText, renderProductMarkdown } from '~/lib/showcase/markdown';
import { XSS_PAYLOADS } from '../../fixtures/xss-payloads';

/** Problems a rendered fragment must never have, as readable names. */
function executableMarkup(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push('script element');
  if (
    /<(iframe|object|embed|svg|math|img|video|audio|source|form|input|button|style|link|meta|base|template|details|body)\b/i.test(
      html,
    )
  )
    problems.push('active element');
  if (/<[^>]+\son[a-z]+\s*=/i.test(html)) problems.push('event handler attribute');
  if (/<[^>]+\sstyle\s*=/i.test(html)) problems.push('inline style');
  if (/<[^>]+\s(href|src|action|data|formaction)\s*=\s*["']?\s*(javascript|data|vbscript):/i.test(html))
    problems.push('dangerous URL');
  for (const m of html.matchAll(/<a\s([^>]*)>/gi)) {
    const attrs = m[1]!;
    const href = /href="([^"]*)"/.exec(attrs)?.[1];
    if (!href || !/^https?:\/\//.test(href)) problems.push(`link not http(s): ${href}`);
    if (!/rel="noopener nofollow ugc"/.test(attrs)) problems.push('link without rel');
  }
  return problems;
}

describe('exhibitor Markdown', () => {
  it('keeps paragraphs, emphasis, lists and headings', () => {
    const html = renderProductMarkdown('## Features\n\n- **fast** and *simple*\n- open\n\nDone.');
    expect(html).toContain('<h2>Features</h2>');
    expect(html).toContain('<li><strong>fast</strong> and <em>simple</em></li>');
    expect(html).toContain('<p>Done.</p>');
  });
  it('renders an http(s) link with rel="noopener nofollow ugc"', () => {
    expect(renderProductMarkdown('[site](https://example.vn/a?b=1)')).toBe(
      '<p><a href="https://example.vn/a?b=1" rel="noopener nofollow ugc">site</a></p>',
    );
  });
  it('turns a javascript: link into plain text', () => {
    const html = renderProductMarkdown('[click](javascript:alert(1))');
    expect(html).toBe('<p><span>click</span></p>');
  });
  it('drops mailto and relative links too: only http(s) leaves the page', () => {
    expect(renderProductMarkdown('[m](mailto:a@b.c) [r](/admin/)')).not.toContain('href');
  });
  it('shows raw HTML as nothing, not as markup', () => {
    expect(renderProductMarkdown('<b onclick="x()">bold</b>')).not.toContain('<b');
  });
  it('drops images written in Markdown (product images are uploaded and re-encoded)', () => {
    expect(renderProductMarkdown('![a](https://tracker.example/p.gif)')).not.toContain('<img');
  });
  it('keeps Vietnamese text intact', () => {
    expect(renderProductMarkdown('Đô thị số ở Hà Nội')).toBe('<p>Đô thị số ở Hà Nội</p>');
  });
  it(`holds a corpus of at least 40 payloads`, () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(40);
  });
  it.each(XSS_PAYLOADS.map((p) => [p]))('renders %j without executable markup', (payload) => {
    expect(executableMarkup(renderProductMarkdown(payload))).toEqual([]);
    // Also inside surrounding prose, where Markdown parses inline HTML differently.
    expect(executableMarkup(renderProductMarkdown(`Intro text ${payload} more text\n\n${payload}`))).toEqual([]);
  });
});

describe('plain-text fields', () => {
  it.each(XSS_PAYLOADS.map((p) => [p]))('escapes %j so no tag survives', (payload) => {
    const html = renderPlainText(payload);
    expect(html).not.toMatch(/<(?!br>)/);
    expect(executableMarkup(html)).toEqual([]);
  });
  it('keeps line breaks as <br>', () => {
    expect(renderPlainText('a\nb & c')).toBe('a<br>b &amp; c');
  });
});
