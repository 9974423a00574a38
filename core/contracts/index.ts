export * from './problem.js';
export * from './register.js';
