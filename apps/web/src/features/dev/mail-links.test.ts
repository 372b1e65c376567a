import { describe, expect, it } from 'vitest';
import { extractLinks, inAppPath } from './mail-links.ts';

describe('links in a mail', () => {
  it('finds each link once, from text and HTML, without trailing punctuation', () => {
    const text = 'Activeer je account: http://localhost:3000/activeren#token=abc123. Groet';
    const html =
      '<a href="http://localhost:3000/activeren#token=abc123">Activeren</a> <a href="https://nestje.nl/privacy">x</a>';
    expect(extractLinks(text, html)).toEqual([
      'http://localhost:3000/activeren#token=abc123',
      'https://nestje.nl/privacy',
    ]);
  });

  it('opens links to the app’s own pages inside the app, keeping the token fragment', () => {
    expect(inAppPath('http://localhost:3000/wachtwoord-herstellen#token=xyz')).toBe(
      '/wachtwoord-herstellen#token=xyz',
    );
    expect(inAppPath('https://nestje.nl/privacy')).toBeNull();
    expect(inAppPath('not a url')).toBeNull();
  });
});
