import {
  closeDueVotes,
  scheduleFiledRevisions,
  validateSilentCommunications,
} from './decisions/index.js';
import { reconcileAudit } from './audit-reconciler.js';
import type { AppPorts } from './meetings/app-ports.js';
import { loadContext } from './meetings/load.js';
import { deliverOutbox, enqueue, indexOutboxByMeeting } from './meetings/outbox.js';
import { dueReminders, importCalendarChanges } from './meetings/scheduled-work.js';

/**
 * One scheduler tick, derived from the state alone and safe on several instances at once:
 * complete the audit of changes whose entry could not be appended, pick up Outlook changes, close votes past their time (R13.2), validate communications
 * nobody objected to (R10.1), schedule filed revisions at the next meeting (R13.3), enqueue
 * the reminders now due (R5), and deliver the outbox (entries left `sending` past their lease
 * included; older entries are indexed by meeting once, for the notice delivery view).
 */
export async function runScheduledWork(ports: AppPorts) {
  const audit = await reconcileAudit(ports);
  await indexOutboxByMeeting(ports);
  const imported = await importCalendarChanges(ports);
  const votesClosed = await closeDueVotes(ports);
  const communicationsValidated = await validateSilentCommunications(ports);
  const revisionsScheduled = await scheduleFiledRevisions(ports);
  const context = await loadContext(ports);
  const reminders = dueReminders(await ports.meetings.list(), context);
  await enqueue(ports, reminders);
  const delivery = await deliverOutbox(ports);
  return {
    audit,
    imported,
    votesClosed,
    communicationsValidated,
    revisionsScheduled,
    reminders: reminders.length,
    delivery,
  };
}
