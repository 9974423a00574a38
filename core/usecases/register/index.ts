export * from './add-seat.js';
export * from './replace-holder.js';
export * from './designation-letter.js';
export * from './cessation.js';
export * from './withdraw-pending.js';
export * from './composition.js';
export * from './documents.js';
export * from './me.js';
export { UNBOUND_PREFIX } from './people.js';
