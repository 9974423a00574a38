export type { AppPorts } from './app-ports.js';
export * from './schedule.js';
export * from './notice-and-proposals.js';
export * from './after-meeting.js';
export * from './queries.js';
export * from './holidays.js';
export { deliverOutbox, enqueue } from './outbox.js';
export { dueReminders, importCalendarChanges, runScheduledWork } from './scheduled-work.js';
export { meetingDeadlines, meetingFlags } from './deadlines.js';
