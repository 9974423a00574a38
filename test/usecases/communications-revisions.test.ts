import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../scripts/audit-verify.js';
import type { Actor } from '../../core/usecases/actor.js';
import { resolveActor } from '../../core/usecases/actor.js';
import {
  castBallot,
  closeVote,
  createRevision,
  fileRevision,
  getCommunication,
  getRevision,
  getVote,
  objectToCommunication,
  openCommunicationVote,
  openRevisionVote,
  publishCommunication,
  submitCommunication,
  supportRevision,
} from '../../core/usecases/decisions/index.js';
import { runScheduledWork, scheduleMeeting } from '../../core/usecases/meetings/index.js';
import { exampleAppPorts } from '../support/app-ports.js';
import { value } from '../support/fixtures.js';

let env: Awaited<ReturnType<typeof exampleAppPorts>>;
const as = async (personId: string) => {
  const person = await env.app.people.get(personId);
  return (await resolveActor(env.app, person?.value.aadObjectId ?? '')) as Actor;
};
beforeEach(async () => {
  env = await exampleAppPorts('2026-10-05T09:00:00Z'); // Monday
});
afterEach(async () => {
  // Whatever each case did, every record it touched is proven by the audit log.
  expect(await verifyAudit(env.app, 'test', () => {})).toBe(0);
  await env.close();
});

async function everyoneVotes(voteId: string, choice: 'yes' | 'no') {
  for (const id of ['p-a1t', 'p-a2t', 'p-a3t', 'p-a4t', 'p-c1t', 'p-c2t', 'p-c3t', 'p-c4t']) {
    value(await castBallot(env.app, await as(id), voteId, { choice }));
  }
}

describe('R10.1 communication requests', () => {
  it('is validated by silence once the 2 business days pass, never published before', async () => {
    const request = value(
      await submitCommunication(env.app, await as('p-c1t'), {
        text: 'Le comité lance la consultation #OpenGovMorocco.',
        channel: 'portal',
        plannedDay: '2026-10-15',
      }),
    );
    expect(request).toMatchObject({
      status: 'submitted',
      objectionDeadline: '2026-10-07',
      hashtag: '#OpenGovMorocco',
    });
    const early = await publishCommunication(env.app, await as('p-sec'), request.id, {
      version: request.version,
    });
    expect(early).toMatchObject({ ok: false, reason: 'rule', violation: { rule: 'R10.1' } });
    env.clock.set('2026-10-07T20:00:00Z');
    await runScheduledWork(env.app);
    expect(value(await getCommunication(env.app, await as('p-sec'), request.id)).status).toBe(
      'submitted',
    );
    env.clock.set('2026-10-08T08:00:00Z');
    await runScheduledWork(env.app);
    const validated = value(await getCommunication(env.app, await as('p-sec'), request.id));
    expect(validated.status).toBe('validated');
    expect(
      value(
        await publishCommunication(env.app, await as('p-sec'), request.id, {
          version: validated.version,
        }),
      ).status,
    ).toBe('published');
  });

  it('goes to a double-majority vote after an objection', async () => {
    const request = value(
      await submitCommunication(env.app, await as('p-sec'), {
        text: 'Communiqué',
        channel: 'press',
        plannedDay: '2026-10-20',
      }),
    );
    const objected = value(
      await objectToCommunication(env.app, await as('p-c2t'), request.id, {
        reason: 'Le ton ne convient pas.',
      }),
    );
    expect(objected.status).toBe('objected');
    env.clock.set('2026-10-06T10:00:00Z');
    const voting = value(
      await openCommunicationVote(env.app, await as('p-chair'), request.id, {
        version: objected.version,
        closesAt: '2026-10-06T18:00',
      }),
    );
    expect(voting.status).toBe('vote_open');
    const decision = await env.app.decisions.get(voting.decisionId ?? '');
    const voteId = decision?.value.voteId ?? '';
    await everyoneVotes(voteId, 'no');
    const vote = value(await getVote(env.app, await as('p-chair'), voteId));
    value(await closeVote(env.app, await as('p-chair'), voteId, { version: vote.version }));
    expect(value(await getCommunication(env.app, await as('p-sec'), request.id)).status).toBe(
      'rejected',
    );
  });
});

describe('R13 manual revision requests', () => {
  it('files only with a third of the seats in the last quarter, schedules it at the next meeting and decides it by vote', async () => {
    env.clock.set('2026-09-15T09:00:00Z');
    const revision = value(
      await createRevision(env.app, await as('p-c1t'), {
        text: 'Allonger la période de propositions à 5 jours.',
      }),
    );
    expect(revision.support).toEqual({ seats: 1, needed: 3 });
    value(await supportRevision(env.app, await as('p-c1s'), revision.id)); // same seat: still 1
    value(await supportRevision(env.app, await as('p-a1t'), revision.id));
    const supported = value(await supportRevision(env.app, await as('p-c2t'), revision.id));
    expect(supported.support.seats).toBe(3);
    const early = await fileRevision(env.app, await as('p-c1t'), revision.id, {
      version: supported.version,
    });
    expect(early).toMatchObject({
      ok: false,
      reason: 'rule',
      violation: { rule: 'R13.1', details: { reason: 'outside-window' } },
    });

    env.clock.set('2026-10-05T09:00:00Z');
    const filed = value(
      await fileRevision(env.app, await as('p-c1t'), revision.id, { version: supported.version }),
    );
    expect(filed).toMatchObject({ status: 'filed', filedOn: '2026-10-05' });
    const meeting = value(
      await scheduleMeeting(env.app, await as('p-sec'), {
        title: 'Réunion',
        start: '2026-11-10T09:00',
        end: '2026-11-10T11:00',
      }),
    );
    await runScheduledWork(env.app);
    env.clock.set('2026-11-10T09:30:00Z');
    const scheduled = value(await getRevision(env.app, await as('p-chair'), revision.id));
    expect(scheduled).toMatchObject({ status: 'scheduled', meetingId: meeting.id });
    const voting = value(
      await openRevisionVote(env.app, await as('p-chair'), revision.id, {
        version: scheduled.version,
        closesAt: '2026-11-10T11:00',
      }),
    );
    const decision = await env.app.decisions.get(voting.decisionId ?? '');
    await everyoneVotes(decision?.value.voteId ?? '', 'yes');
    env.clock.set('2026-11-10T11:00:00Z');
    await runScheduledWork(env.app); // the scheduler closes it at its time
    const after = await env.app.revisions.get(revision.id);
    expect(after?.value.status).toBe('adopted');
  });
});
