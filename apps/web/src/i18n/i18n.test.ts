import { errorCodes } from '@nestje/contract';
import { describe, expect, it } from 'vitest';
import { enMessages as en, nlMessages as nl } from './catalogues.ts';

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value, path)) entries.set(k, v);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translation catalogues', () => {
  const dutch = flatten(nl);
  const english = flatten(en);

  it('have exactly the same keys in Dutch and English', () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...dutch, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same {{placeholders}} in both languages', () => {
    for (const [key, text] of dutch)
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('translate every error code the server can send', () => {
    for (const code of errorCodes) {
      expect(dutch.has(`errors.${code}`), `nl errors.${code}`).toBe(true);
      expect(english.has(`errors.${code}`), `en errors.${code}`).toBe(true);
    }
  });
});
