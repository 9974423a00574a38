import { Router } from 'express';
import type { AppPorts } from '../../core/usecases/meetings/app-ports.js';
import {
  answerAmendment,
  answerProposal,
  cancelMeeting,
  confirmHoliday,
  getDashboard,
  getMeeting,
  justifyAbsence,
  listHolidays,
  listMeetings,
  publishMeeting,
  recordAttendance,
  retryNoticeDelivery,
  scheduleMeeting,
  sendNotice,
  shareMinutes,
  submitAmendment,
  submitProposal,
  updateMeeting,
} from '../../core/usecases/meetings/index.js';
import { actorOf } from './authenticate.js';
import { sendOutcome } from './problem.js';
import { useCaseRoutes } from './use-case-routes.js';

/**
 * The meetings API (R5): each route one use case; the use case decides, the route renders.
 * `afterChange` runs after a successful change (the server uses it to deliver the outbox now
 * rather than at the next tick).
 */
export function meetingRoutes(ports: AppPorts, afterChange: () => void): Router {
  const router = Router();
  const { json, param, change, create } = useCaseRoutes(ports, afterChange, '512kb');

  router.get('/meetings', async (req, res) =>
    sendOutcome(res, await listMeetings(ports, actorOf(req))),
  );
  router.post('/meetings', json, create(scheduleMeeting));
  router.get('/meetings/:id', async (req, res) =>
    sendOutcome(res, await getMeeting(ports, actorOf(req), param(req))),
  );
  router.post('/meetings/:id', json, change(updateMeeting));
  // The same partial update under its HTTP name: fields left out are unchanged.
  router.patch('/meetings/:id', json, change(updateMeeting));
  router.post('/meetings/:id/cancel', json, change(cancelMeeting));
  router.post('/meetings/:id/notice', json, change(sendNotice));
  // R5.2: the secretariat sends the notice again to those it has not reached.
  router.post('/meetings/:id/notice/retry', json, change(retryNoticeDelivery));
  router.post('/meetings/:id/proposals', json, change(submitProposal, 201));
  router.post('/proposals/:id/answer', json, change(answerProposal));
  router.post('/meetings/:id/attendance', json, change(recordAttendance));
  router.post('/meetings/:id/absences', json, change(justifyAbsence));
  router.post('/meetings/:id/minutes', json, change(shareMinutes));
  router.post('/meetings/:id/amendments', json, change(submitAmendment, 201));
  router.post('/amendments/:id/answer', json, change(answerAmendment));
  router.post('/meetings/:id/publish', json, change(publishMeeting));

  router.get('/dashboard', async (req, res) =>
    sendOutcome(res, await getDashboard(ports, actorOf(req))),
  );
  router.get('/holidays', async (req, res) =>
    sendOutcome(
      res,
      await listHolidays(
        ports,
        actorOf(req),
        req.query.year ?? new Date(ports.clock.now()).getUTCFullYear(),
      ),
    ),
  );
  router.post('/holidays/confirmations', json, create(confirmHoliday));
  return router;
}
