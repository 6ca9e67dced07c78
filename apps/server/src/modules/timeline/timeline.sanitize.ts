/**
 * Reply and note bodies are HTML from the agent's or customer's editor and
 * are shown to other people, so they are cleaned on the way in with an
 * allow-list: basic formatting, lists, quotes, code, h3/h4 and http(s)/mailto
 * links. Everything else is dropped (scripts and styles with their content,
 * event handlers, style/class attributes, javascript: and data: URLs).
 */
import sanitize from 'sanitize-html';

const options: sanitize.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'ul',
    'ol',
    'li',
    'blockquote',
    'code',
    'pre',
    'a',
    'h3',
    'h4',
  ],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  // "//evil.example" would inherit the page's scheme and bypass the list above.
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // A linked page must not get a handle on the app's window nor learn the request URL.
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: {
        ...(attribs.href ? { href: attribs.href } : {}),
        rel: 'noopener noreferrer',
      },
    }),
  },
};

/** The stored form of an HTML body. */
export function sanitizeBody(html: string): string {
  return sanitize(html, options).trim();
}

const entities: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' };

/** The visible text of a (sanitized) body: for emptiness checks and notification excerpts. */
export function plainText(html: string): string {
  return sanitize(html, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(nbsp|lt|gt|quot|#39|amp);/g, (_, e: string) => entities[e] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}
