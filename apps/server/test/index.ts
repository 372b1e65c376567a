export * from './client.ts';
export * from './factories.ts';
export * from './push-endpoint.ts';
export * from './smtp-sink.ts';
export * from './system.ts';
