import type { Locale } from '@nestje/contract';
import type { AppContext } from '../../context.ts';
import { toDate } from '../../time/clock.ts';
import { selectLiveSessions } from '../identity/identity.queries.ts';
import { hashToken, parseSessionCookie } from '../identity/tokens.ts';

/** Nestje's own look, for a browser that is not signed in (and the install banner of the sign-in page). */
const NESTJE = { name: 'Nestje', colour: '#2f6f5e' };

const DESCRIPTIONS: Record<Locale, string> = {
  nl: 'Het ouderportaal van je kinderopvang',
  en: 'The parent portal of your childcare',
};

/** The Nestje icons: sized PNGs the browsers need to offer installing, and a maskable one for Android. */
const NESTJE_ICONS = [
  { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

export interface WebManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: Locale;
  start_url: string;
  scope: string;
  display: 'standalone';
  orientation: 'any';
  background_color: string;
  theme_color: string;
  icons: { src: string; sizes?: string; type: string; purpose: string }[];
}

interface Look {
  name: string;
  colour: string;
  logoUrl: string | null;
  locale: Locale;
}

function manifestOf(look: Look): WebManifest {
  // The logo is a PNG of any shape; it goes first so the home screen shows the organisation, and the Nestje
  // icons stay as the sized fallback the browsers' install checks ask for.
  const logo = look.logoUrl ? [{ src: look.logoUrl, type: 'image/png', purpose: 'any' }] : [];
  return {
    // A fixed id: renaming the organisation updates the installed app instead of making it a second one.
    id: '/',
    name: look.name,
    short_name: look.name,
    description: DESCRIPTIONS[look.locale],
    lang: look.locale,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    background_color: '#ffffff',
    theme_color: look.colour,
    icons: [...logo, ...NESTJE_ICONS],
  };
}

/**
 * The web app manifest for this browser: installed from a signed-in session it carries the organisation's name,
 * colour and logo (the first signed-in account's, as the app opens with it); otherwise Nestje's own.
 */
export async function manifestFor(ctx: AppContext, sessionCookie: string | undefined): Promise<WebManifest> {
  const tokens = parseSessionCookie(sessionCookie);
  if (tokens.length > 0) {
    const hashes = tokens.map(hashToken);
    const rows = await selectLiveSessions(ctx.db, hashes, toDate(ctx.clock.now()));
    // The cookie's order is the browser's order of accounts; the query's is not.
    const order = hashes.map((hash) => hash.toString('hex'));
    const first = rows.sort(
      (a, b) => order.indexOf(a.token_hash.toString('hex')) - order.indexOf(b.token_hash.toString('hex')),
    )[0];
    if (first) {
      return manifestOf({
        name: first.organisation_name,
        colour: first.organisation_primary_colour.toLowerCase(),
        logoUrl: first.organisation_logo_url,
        locale: first.locale as Locale,
      });
    }
  }
  return manifestOf({ name: NESTJE.name, colour: NESTJE.colour, logoUrl: null, locale: 'nl' });
}
