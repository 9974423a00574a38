export * from './workflow.js';
export * from './meeting.js';
export * from './decision.js';
export * from './communication.js';
export * from './revision.js';
export * from './seat.js';
