// Renders exhibitors' Markdown and plain text to HTML that cannot run anything: remark → rehype
// without raw HTML, then rehype-sanitize with a small allow-list, links forced to http(s) and
// marked as user content. The only place exhibitor text becomes markup.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Element, Root, RootContent } from 'hast';
import { escapeHtml } from '~/lib/text/escape-html';

/** What exhibitor Markdown may produce: text structure and links, nothing with behaviour or style. */
export const PRODUCT_MARKDOWN_SCHEMA: SanitizeSchema = {
  tagNames: [
    'p',
    'br',
    'strong',
    'em',
    'del',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'code',
    'pre',
    'h2',
    'h3',
    'h4',
    'hr',
  ],
  attributes: { a: ['href'], ol: ['start'] },
  // Anything else (javascript:, data:, vbscript:, relative paths) loses its href.
  protocols: { href: ['http', 'https'] },
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'xmp', 'iframe', 'object', 'embed'],
  clobber: [],
  ancestors: {},
  required: {},
  allowComments: false,
  allowDoctypes: false,
};

const USER_LINK_REL = 'noopener nofollow ugc';

// Links written by exhibitors must not pass reputation or window.opener (rel) and leave the site.
function markUserLinks() {
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') {
      const el: Element = node;
      if (el.tagName === 'a') {
        // The sanitiser keeps relative URLs (no protocol); exhibitors' links must leave the site.
        const href = el.properties.href;
        if (typeof href === 'string' && /^https?:\/\//i.test(href)) el.properties.rel = USER_LINK_REL.split(' ');
        else {
          el.tagName = 'span'; // a link whose address was refused is plain text
          el.properties = {};
        }
      }
    }
    if ('children' in node) node.children.forEach(walk);
  };
  return (tree: Root) => walk(tree);
}

// remark-rehype without allowDangerousHtml drops raw HTML nodes; the sanitiser is the second wall.
const processor = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(rehypeSanitize, PRODUCT_MARKDOWN_SCHEMA)
  .use(markUserLinks)
  .use(rehypeStringify);

/** Safe HTML for an exhibitor's Markdown description. */
export function renderProductMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

/** Safe HTML for a plain-text field (an enquiry, a note): escaped, line breaks kept as <br>. */
export function renderPlainText(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');
}
