/** Pages of this app that mails link to; such links open inside the app instead of in a new tab. */
const APP_PATHS = ['/activeren', '/wachtwoord-herstellen', '/wachtwoord-vergeten', '/inloggen'];

const URL_PATTERN = /https?:\/\/[^\s"'<>]+/g;

/** Every distinct http(s) link in a mail's text and HTML, in order of appearance. */
export function extractLinks(text: string, html: string): string[] {
  const found = [...text.matchAll(URL_PATTERN), ...html.matchAll(URL_PATTERN)].map((match) =>
    match[0].replace(/&amp;/g, '&').replace(/[.,;:!?)]+$/, ''),
  );
  return [...new Set(found)];
}

/**
 * The in-app path (with query and fragment, which holds the token) for a link to one of this app's pages,
 * whatever host the server wrote into the mail; null for other links.
 */
export function inAppPath(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  return APP_PATHS.includes(url.pathname) ? `${url.pathname}${url.search}${url.hash}` : null;
}
