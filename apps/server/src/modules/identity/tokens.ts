import { createHash, randomBytes } from 'node:crypto';

/** A new opaque token: 256 random bits, URL-safe. Only its hash is ever stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** A cookie value holds the tokens of every account signed in in this browser, joined by dots. */
export const MAX_SESSIONS_PER_BROWSER = 8;

export function parseSessionCookie(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split('.')
    .filter((t) => /^[A-Za-z0-9_-]{43}$/.test(t))
    .slice(0, MAX_SESSIONS_PER_BROWSER);
}

export function formatSessionCookie(tokens: string[]): string {
  return [...new Set(tokens)].slice(-MAX_SESSIONS_PER_BROWSER).join('.');
}
