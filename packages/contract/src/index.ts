export * from './dev.ts';
export * from './errors.ts';
export * from './families.ts';
export * from './health.ts';
export * from './identity.ts';
export * from './ids.ts';
