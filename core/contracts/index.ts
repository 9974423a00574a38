export * from './problem.js';
export * from './register.js';
export * from './meetings.js';
export * from './delivery.js';
export * from './holidays.js';
export * from './decisions.js';
export * from './feeds.js';
export * from './permissions.js';
