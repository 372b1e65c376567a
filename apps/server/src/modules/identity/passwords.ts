import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id recommendation (m=19 MiB, t=2, p=1).
// `algorithm: 2` is Argon2id (the library exports it as a const enum, which erasable TypeScript cannot use).
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/** Spends the time of one verification, so an unknown address answers as slowly as a wrong password. */
export async function verifyDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('nestje-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}
