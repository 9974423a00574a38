export * from './errors.js';
export * from './repository.js';
export * from './documents.js';
export * from './audit-log.js';
export * from './clock.js';
export * from './conversations.js';
export * from './collections.js';
export * from './store.js';
