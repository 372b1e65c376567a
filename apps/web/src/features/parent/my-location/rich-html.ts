/**
 * The tags a content body may hold: the same allow-list the server keeps when it stores a body (docs/content.md).
 * Everything else is taken out again here, in the browser, before the body is shown.
 */
const ALLOWED_TAGS = new Set([
  'P',
  'BR',
  'STRONG',
  'EM',
  'U',
  'S',
  'H2',
  'H3',
  'UL',
  'OL',
  'LI',
  'BLOCKQUOTE',
  'A',
]);

/** Elements whose content is not text to read: dropped whole rather than unwrapped. */
const DROPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'TEXTAREA',
  'SELECT',
  'TITLE',
  'HEAD',
]);

/** The link targets a body may have; anything else (javascript:, data:, vbscript:) loses its link. */
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

/** A link's target as the browser would read it: without the spaces and control characters it ignores. */
function normalisedHref(href: string): string {
  let result = '';
  for (const char of href) {
    const code = char.codePointAt(0) ?? 0;
    if (code > 0x20 && code !== 0x7f) result += char;
  }
  return result;
}

function cleanChildren(parent: Node): void {
  for (const node of [...parent.childNodes]) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    if (node.nodeType !== Node.ELEMENT_NODE) {
      node.remove();
      continue;
    }
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (DROPPED_TAGS.has(tag)) {
      element.remove();
      continue;
    }
    cleanChildren(element);
    if (!ALLOWED_TAGS.has(tag)) {
      element.replaceWith(...element.childNodes);
      continue;
    }
    const href = tag === 'A' ? normalisedHref(element.getAttribute('href') ?? '') : '';
    for (const attribute of [...element.attributes]) element.removeAttribute(attribute.name);
    if (tag === 'A') {
      if (SAFE_HREF.test(href)) {
        element.setAttribute('href', href);
        element.setAttribute('target', '_blank');
        element.setAttribute('rel', 'noopener noreferrer nofollow');
      } else {
        element.replaceWith(...element.childNodes);
      }
    }
  }
}

/**
 * A content body reduced to the allow-list: unknown elements are unwrapped (their text stays), scripts, styles
 * and embedded documents are dropped, every attribute goes except a link's http(s) or mailto target, and links
 * open in a new tab without access to this one. The HTML is parsed with DOMParser, whose document has no window:
 * nothing in it runs or loads while it is cleaned.
 */
export function cleanContentHtml(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  cleanChildren(parsed.body);
  return parsed.body.innerHTML;
}
