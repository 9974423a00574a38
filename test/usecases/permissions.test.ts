import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RefusedAction } from '../../core/contracts/permissions.js';
import type { Actor } from '../../core/usecases/actor.js';
import { resolveActor } from '../../core/usecases/actor.js';
import { createAudited } from '../../core/usecases/audited-write.js';
import {
  castBallot,
  closeVote,
  createDecision,
  createRevision,
  fileRevision,
  getCommunication,
  getDecision,
  getRevision,
  getVote,
  objectToCommunication,
  openCommunicationVote,
  openRevisionVote,
  openVote,
  publishCommunication,
  recordConsensus,
  recordConsensusExhausted,
  submitCommunication,
  supportRevision,
  withdrawDecision,
} from '../../core/usecases/decisions/index.js';
import {
  answerProposal,
  cancelMeeting,
  getMeeting,
  publishMeeting,
  recordAttendance,
  runScheduledWork,
  scheduleMeeting,
  sendNotice,
  shareMinutes,
  submitAmendment,
  submitProposal,
} from '../../core/usecases/meetings/index.js';
import type { Outcome } from '../../core/usecases/outcome.js';
import {
  confirmCessation,
  getComposition,
  getMe,
  proposeCessation,
  replaceSeatHolder,
  withdrawPendingSeat,
} from '../../core/usecases/register/index.js';
import { verifyAudit } from '../../scripts/audit-verify.js';
import { exampleAppPorts } from '../support/app-ports.js';
import { value } from '../support/fixtures.js';

/*
 * Every `can.*` flag a view shows is the permission its action refuses with: for the main
 * states of each record, the flag is on exactly when the action is accepted, and a refused
 * action's sentence and rule are the ones the view gave beforehand (`cannot.*`).
 */

let env: Awaited<ReturnType<typeof exampleAppPorts>>;
const as = async (personId: string) => {
  const person = await env.app.people.get(personId);
  return (await resolveActor(env.app, person?.value.aadObjectId ?? '')) as Actor;
};
beforeEach(async () => {
  env = await exampleAppPorts('2026-10-05T09:00:00Z'); // Monday
});
afterEach(async () => {
  expect(await verifyAudit(env.app, 'test', () => {})).toBe(0);
  await env.close();
});

interface Flagged<K extends string> {
  can: Record<K, boolean>;
  cannot: Partial<Record<K, RefusedAction | undefined>>;
}

/**
 * Runs the action and checks it against the flag read just before: accepted ⇔ `can`, and a
 * refusal says what `cannot` said (same sentence, same rule). Returns the outcome.
 */
async function agrees<K extends string, T>(
  view: Flagged<K>,
  action: K,
  act: () => Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  const outcome = await act();
  expect(outcome.ok, `can.${action}`).toBe(view.can[action]);
  if (outcome.ok) {
    expect(view.cannot[action]).toBeUndefined();
    return outcome;
  }
  const refusal = view.cannot[action];
  expect(refusal, `cannot.${action}`).toBeDefined();
  expect(refusal?.message).toEqual(outcome.message);
  expect(refusal?.rule).toBe(outcome.reason === 'rule' ? outcome.violation.rule : undefined);
  // A role refusal is the use case's `forbidden`; a refusal shown beside a control is a rule's.
  expect(refusal?.kind === 'role').toBe(outcome.reason === 'forbidden');
  if (refusal?.kind === 'rule') expect(outcome.reason).toBe('rule');
  return outcome;
}

/** Every view says why for each refused action, and nothing for an allowed one. */
function consistent<K extends string>(view: Flagged<K>) {
  for (const action of Object.keys(view.can) as K[]) {
    expect(view.cannot[action] === undefined, action).toBe(view.can[action]);
  }
}

describe('R5.7 decision steps: the flags are the refusals', () => {
  it('shows the chair why « open a vote » is refused before consensus is exhausted, then opens it', async () => {
    const chair = await as('p-chair');
    const decision = value(
      await createDecision(env.app, await as('p-sec'), { text: 'Adopter la feuille de route.' }),
    );
    const seen = value(await getDecision(env.app, chair, decision.id));
    consistent(seen);
    expect(seen.cannot.openVote).toMatchObject({ kind: 'rule', rule: 'R5.7' });
    expect(seen.cannot.openVote?.message.fr).toContain('consensus');
    const refused = await agrees(seen, 'openVote', () =>
      openVote(env.app, chair, decision.id, {
        version: seen.version,
        motion: 'Adopter la feuille de route',
        closesAt: '2026-10-06T12:00',
      }),
    );
    expect(refused).toMatchObject({ ok: false, reason: 'rule', violation: { rule: 'R5.7' } });

    // A member sees no step of the chair's: refused for their role.
    const member = value(await getDecision(env.app, await as('p-a1t'), decision.id));
    consistent(member);
    expect(member.cannot.openVote?.kind).toBe('role');
    await agrees(member, 'recordExhausted', async () =>
      recordConsensusExhausted(env.app, await as('p-a1t'), decision.id, {
        version: member.version,
      }),
    );

    await agrees(seen, 'recordExhausted', () =>
      recordConsensusExhausted(env.app, chair, decision.id, { version: seen.version }),
    );
    const exhausted = value(await getDecision(env.app, chair, decision.id));
    consistent(exhausted);
    expect(exhausted.can).toMatchObject({ openVote: true, recordConsensus: false });
    await agrees(exhausted, 'recordConsensus', () =>
      recordConsensus(env.app, chair, decision.id, { version: exhausted.version }),
    );
    await agrees(exhausted, 'openVote', () =>
      openVote(env.app, chair, decision.id, {
        version: exhausted.version,
        motion: 'Adopter la feuille de route',
        closesAt: '2026-10-06T12:00',
      }),
    );
    const voting = value(await getDecision(env.app, chair, decision.id));
    consistent(voting);
    // Once voted on, no step of the decision is offered: not steps of its state.
    expect(voting.cannot.openVote?.kind).toBe('step');
    expect(voting.cannot.withdraw?.kind).toBe('step');
    await agrees(voting, 'withdraw', () =>
      withdrawDecision(env.app, chair, decision.id, { version: voting.version }),
    );
  });

  it('lets the chair record a consensus and the secretariat withdraw a decision under discussion', async () => {
    const first = value(
      await createDecision(env.app, await as('p-chair'), { text: 'Valider le calendrier.' }),
    );
    const chairView = value(await getDecision(env.app, await as('p-chair'), first.id));
    await agrees(chairView, 'recordConsensus', async () =>
      recordConsensus(env.app, await as('p-chair'), first.id, { version: chairView.version }),
    );
    const second = value(
      await createDecision(env.app, await as('p-sec'), { text: 'Reporter le point.' }),
    );
    const secretariat = value(await getDecision(env.app, await as('p-sec'), second.id));
    consistent(secretariat);
    expect(secretariat.cannot.recordConsensus?.kind).toBe('role');
    await agrees(secretariat, 'withdraw', async () =>
      withdrawDecision(env.app, await as('p-sec'), second.id, { version: secretariat.version }),
    );
  });
});

describe('R13.2 ballots and closing: the flags are the refusals', () => {
  it('lets a member vote and the chair close, refuses the secretariat and a closed vote', async () => {
    const chair = await as('p-chair');
    const created = value(await createDecision(env.app, chair, { text: 'Motion.' }));
    const exhausted = value(
      await recordConsensusExhausted(env.app, chair, created.id, { version: created.version }),
    );
    const opened = value(
      await openVote(env.app, chair, created.id, {
        version: exhausted.version,
        motion: 'Motion',
        closesAt: '2026-10-06T12:00',
      }),
    );
    const voteId = opened.vote?.id ?? '';

    const member = await as('p-a1t');
    const memberView = value(await getVote(env.app, member, voteId));
    consistent(memberView);
    await agrees(memberView, 'vote', () => castBallot(env.app, member, voteId, { choice: 'yes' }));
    await agrees(memberView, 'close', () =>
      closeVote(env.app, member, voteId, { version: memberView.version }),
    );

    const secretariat = await as('p-sec');
    const staff = value(await getVote(env.app, secretariat, voteId));
    consistent(staff);
    expect(staff.cannot.vote?.kind).toBe('rule');
    await agrees(staff, 'vote', () => castBallot(env.app, secretariat, voteId, { choice: 'no' }));

    const chairView = value(await getVote(env.app, chair, voteId));
    await agrees(chairView, 'close', () =>
      closeVote(env.app, chair, voteId, { version: chairView.version }),
    );
    const closed = value(await getVote(env.app, chair, voteId));
    consistent(closed);
    expect(closed.cannot.close?.kind).toBe('step');
    await agrees(closed, 'close', () =>
      closeVote(env.app, chair, voteId, { version: closed.version }),
    );
    const memberAfter = value(await getVote(env.app, member, voteId));
    expect(memberAfter.cannot.vote?.kind).toBe('step');
    await agrees(memberAfter, 'vote', () => castBallot(env.app, member, voteId, { choice: 'no' }));
    // The stored result carries each college's majority, as the live tally does.
    expect(closed.result?.administration).toMatchObject({ yes: 1, voted: 1, reached: false });
  });
});

describe('R10.1 communications: the flags are the refusals', () => {
  it('refuses « publish » with R10.1 while an objection is pending, allows it once validated', async () => {
    const secretariat = await as('p-sec');
    const request = value(
      await submitCommunication(env.app, secretariat, {
        text: 'Communiqué du comité',
        channel: 'portal',
        plannedDay: '2026-10-20',
      }),
    );
    const submitted = value(await getCommunication(env.app, secretariat, request.id));
    consistent(submitted);
    expect(submitted.cannot.publish).toMatchObject({ kind: 'rule', rule: 'R10.1' });
    await agrees(submitted, 'publish', () =>
      publishCommunication(env.app, secretariat, request.id, { version: submitted.version }),
    );

    const objector = await as('p-c2t');
    const before = value(await getCommunication(env.app, objector, request.id));
    expect(before.objectionOpen).toBe(true);
    await agrees(before, 'object', () =>
      objectToCommunication(env.app, objector, request.id, { reason: 'Le ton ne convient pas.' }),
    );

    // The user's case: an objection is pending, « publish » is refused with R10.1, said first.
    const objected = value(await getCommunication(env.app, secretariat, request.id));
    expect(objected.status).toBe('objected');
    expect(objected.cannot.publish).toMatchObject({ kind: 'rule', rule: 'R10.1' });
    await agrees(objected, 'publish', () =>
      publishCommunication(env.app, secretariat, request.id, { version: objected.version }),
    );

    // The objector has done it: no second objection is offered; a replay is acknowledged.
    const mine = value(await getCommunication(env.app, objector, request.id));
    expect(mine.cannot.object?.kind).toBe('step');
    const again = await objectToCommunication(env.app, objector, request.id, { reason: 'Encore.' });
    expect(again).toMatchObject({ ok: true, repeated: true });

    const chair = await as('p-chair');
    const chairView = value(await getCommunication(env.app, chair, request.id));
    consistent(chairView);
    await agrees(chairView, 'openVote', () =>
      openCommunicationVote(env.app, chair, request.id, {
        version: chairView.version,
        closesAt: '2026-10-06T18:00',
      }),
    );
    const voting = value(await getCommunication(env.app, await as('p-a1t'), request.id));
    expect(voting.cannot.object?.kind).toBe('step');
    await agrees(voting, 'object', async () =>
      objectToCommunication(env.app, await as('p-a1t'), request.id, { reason: 'Non.' }),
    );
  });

  it('refuses an objection after the window with R10.1, and publishes once validated by silence', async () => {
    const secretariat = await as('p-sec');
    const request = value(
      await submitCommunication(env.app, secretariat, {
        text: 'Communiqué',
        channel: 'press',
        plannedDay: '2026-10-20',
      }),
    );
    env.clock.set('2026-10-08T08:00:00Z'); // the window ended on the 7th, not yet validated
    const late = value(await getCommunication(env.app, await as('p-a1t'), request.id));
    expect(late.objectionOpen).toBe(false);
    expect(late.cannot.object).toMatchObject({ kind: 'rule', rule: 'R10.1' });
    await agrees(late, 'object', async () =>
      objectToCommunication(env.app, await as('p-a1t'), request.id, { reason: 'Trop tard ?' }),
    );
    await runScheduledWork(env.app);
    const validated = value(await getCommunication(env.app, secretariat, request.id));
    expect(validated.status).toBe('validated');
    await agrees(validated, 'publish', () =>
      publishCommunication(env.app, secretariat, request.id, { version: validated.version }),
    );
    const published = value(await getCommunication(env.app, secretariat, request.id));
    expect(published.cannot.publish?.kind).toBe('step');
    await agrees(published, 'publish', () =>
      publishCommunication(env.app, secretariat, request.id, { version: published.version }),
    );
  });

  it('offers « submit » to members and staff, not to an observer, as the use case decides', async () => {
    const member = value(await getMe(env.app, await as('p-a1t')));
    expect(member.can.submitCommunication).toBe(true);
    const outcome = await submitCommunication(env.app, await as('p-a1t'), {
      text: 'Texte',
      channel: 'other',
      plannedDay: '2026-10-30',
    });
    expect(outcome.ok).toBe(member.can.submitCommunication);
    // An observer follows the committee but does not speak in its name (R10.1).
    await createAudited(
      env.app,
      'people',
      { actor: { personId: 'p-sec' }, action: 'PersonRegistered', at: '2026-10-05T09:00:00Z' },
      {
        id: 'p-obs',
        aadObjectId: '00000000-0000-4000-8000-0000000000b5',
        displayName: 'Observatrice Exemple',
        email: 'observatrice@example.org',
        roles: ['observer'],
        guest: false,
        example: true,
      },
    );
    const observer = await as('p-obs');
    const view = value(await getMe(env.app, observer));
    expect(view.cannot.submitCommunication?.kind).toBe('role');
    await agrees(view, 'submitCommunication', () =>
      submitCommunication(env.app, observer, {
        text: 'Texte',
        channel: 'other',
        plannedDay: '2026-10-30',
      }),
    );
  });
});

describe('R13.1/R13.3 revision requests: the flags are the refusals', () => {
  it('shows the author why filing is refused, then files, schedules and opens the vote', async () => {
    env.clock.set('2026-09-15T09:00:00Z');
    const author = await as('p-c1t');
    expect(value(await getMe(env.app, author)).can.requestRevision).toBe(true);
    const revision = value(await createRevision(env.app, author, { text: 'Réviser l’art. 5.' }));
    const early = value(await getRevision(env.app, author, revision.id));
    consistent(early);
    // Support first: R13.1 counts a third of the seats.
    expect(early.cannot.file).toMatchObject({ kind: 'rule', rule: 'R13.1' });
    await agrees(early, 'file', () =>
      fileRevision(env.app, author, revision.id, { version: early.version }),
    );
    for (const id of ['p-a1t', 'p-c2t']) {
      const supporter = await as(id);
      const view = value(await getRevision(env.app, supporter, revision.id));
      await agrees(view, 'support', () => supportRevision(env.app, supporter, revision.id));
    }
    const supported = value(await getRevision(env.app, await as('p-a1t'), revision.id));
    expect(supported.cannot.support?.kind).toBe('step'); // already supports it
    expect(await supportRevision(env.app, await as('p-a1t'), revision.id)).toMatchObject({
      ok: true,
      repeated: true,
    });
    const stranger = value(await getRevision(env.app, await as('p-a2t'), revision.id));
    expect(stranger.cannot.file?.kind).toBe('role');
    await agrees(stranger, 'file', async () =>
      fileRevision(env.app, await as('p-a2t'), revision.id, { version: stranger.version }),
    );
    // Outside the last quarter of the plan: R13.1 again, with its window.
    const outside = value(await getRevision(env.app, author, revision.id));
    expect(outside.cannot.file).toMatchObject({ kind: 'rule', rule: 'R13.1' });
    await agrees(outside, 'file', () =>
      fileRevision(env.app, author, revision.id, { version: outside.version }),
    );

    env.clock.set('2026-10-05T09:00:00Z');
    const inWindow = value(await getRevision(env.app, author, revision.id));
    await agrees(inWindow, 'file', () =>
      fileRevision(env.app, author, revision.id, { version: inWindow.version }),
    );
    value(
      await scheduleMeeting(env.app, await as('p-sec'), {
        title: 'Réunion',
        start: '2026-11-10T09:00',
        end: '2026-11-10T11:00',
      }),
    );
    await runScheduledWork(env.app);
    env.clock.set('2026-11-10T09:30:00Z');
    const chair = await as('p-chair');
    const scheduled = value(await getRevision(env.app, chair, revision.id));
    consistent(scheduled);
    const authorView = value(await getRevision(env.app, author, revision.id));
    expect(authorView.cannot.openVote?.kind).toBe('role');
    await agrees(scheduled, 'openVote', () =>
      openRevisionVote(env.app, chair, revision.id, {
        version: scheduled.version,
        closesAt: '2026-11-10T11:00',
      }),
    );
  });
});

describe('R5 meetings: the flags are the refusals', () => {
  it('refuses the notice with R5.2 when too late, and the secretariat sees why beforehand', async () => {
    const secretariat = await as('p-sec');
    const late = value(
      await scheduleMeeting(env.app, secretariat, {
        title: 'Réunion trop proche',
        start: '2026-10-10T09:00',
        end: '2026-10-10T11:00',
      }),
    );
    consistent(late);
    expect(late.cannot.sendNotice).toMatchObject({ kind: 'rule', rule: 'R5.2' });
    await agrees(late, 'sendNotice', () =>
      sendNotice(env.app, secretariat, late.id, { version: late.version }),
    );
    const member = value(await getMe(env.app, await as('p-a1t')));
    expect(member.cannot.scheduleMeeting?.kind).toBe('role');
    await agrees(member, 'scheduleMeeting', async () =>
      scheduleMeeting(env.app, await as('p-a1t'), {
        title: 'R',
        start: '2026-12-10T09:00',
        end: '2026-12-10T11:00',
      }),
    );
  });

  it('follows a meeting from notice to publication, each flag agreeing with its action', async () => {
    const secretariat = await as('p-sec');
    const member = await as('p-c1t');
    let meeting = value(
      await scheduleMeeting(env.app, secretariat, {
        title: 'Réunion du comité',
        start: '2026-10-20T09:00',
        end: '2026-10-20T11:00',
      }),
    );
    await agrees(meeting, 'sendNotice', () =>
      sendNotice(env.app, secretariat, meeting.id, { version: meeting.version }),
    );
    const seen = value(await getMeeting(env.app, member, meeting.id));
    consistent(seen);
    const proposed = await agrees(seen, 'propose', () =>
      submitProposal(env.app, member, meeting.id, { kind: 'agenda_item', text: 'Un point' }),
    );
    const proposal = value(proposed);
    // The same text again is one proposal: acknowledged as a repeat, nothing written again.
    const repeat = await submitProposal(env.app, member, meeting.id, {
      kind: 'agenda_item',
      text: 'Un  point ',
    });
    expect(repeat).toMatchObject({ ok: true, repeated: true, value: { id: proposal.id } });
    expect(proposal.cannot.answer?.kind).toBe('role'); // the member's own view of it
    meeting = value(await getMeeting(env.app, secretariat, meeting.id));
    const pending = meeting.proposals[0];
    if (!pending) throw new Error('no proposal');
    await agrees(pending, 'answer', () =>
      answerProposal(env.app, secretariat, pending.id, {
        decision: 'accepted',
        reason: 'Utile.',
        version: pending.version,
      }),
    );
    const answered = value(await getMeeting(env.app, secretariat, meeting.id)).proposals[0];
    if (!answered) throw new Error('no proposal');
    expect(answered.cannot.answer?.kind).toBe('step');
    await agrees(answered, 'answer', () =>
      answerProposal(env.app, secretariat, answered.id, {
        decision: 'rejected',
        reason: 'Non.',
        version: answered.version,
      }),
    );

    env.clock.set('2026-10-09T09:00:00Z'); // R5.3: the window has closed
    const closed = value(await getMeeting(env.app, member, meeting.id));
    expect(closed.cannot.propose).toMatchObject({ kind: 'rule', rule: 'R5.3' });
    await agrees(closed, 'propose', () =>
      submitProposal(env.app, member, meeting.id, { kind: 'agenda_item', text: 'Trop tard' }),
    );

    // Before it starts, attendance is not taken; during it, it is (and the meeting is held).
    const before = value(await getMeeting(env.app, secretariat, meeting.id));
    expect(before.cannot.recordAttendance?.kind).toBe('step');
    const entries = [{ personId: 'p-c1t', status: 'present' as const }];
    await agrees(before, 'recordAttendance', () =>
      recordAttendance(env.app, secretariat, meeting.id, { entries }),
    );
    env.clock.set('2026-10-20T09:30:00Z');
    const during = value(await getMeeting(env.app, secretariat, meeting.id));
    await agrees(during, 'recordAttendance', () =>
      recordAttendance(env.app, secretariat, meeting.id, { entries }),
    );
    const held = value(await getMeeting(env.app, secretariat, meeting.id));
    expect(held.status).toBe('held');
    expect(held.cannot.cancel?.kind).toBe('step');
    await agrees(held, 'cancel', () =>
      cancelMeeting(env.app, secretariat, meeting.id, { version: held.version, reason: 'Non' }),
    );
    await agrees(held, 'shareMinutes', () =>
      shareMinutes(env.app, secretariat, meeting.id, { version: held.version, text: '# CR' }),
    );

    const shared = value(await getMeeting(env.app, secretariat, meeting.id));
    expect(shared.cannot.publish).toMatchObject({ kind: 'rule', rule: 'R5.6' });
    await agrees(shared, 'publish', () =>
      publishMeeting(env.app, secretariat, meeting.id, { version: shared.version }),
    );
    const amending = value(await getMeeting(env.app, member, meeting.id));
    await agrees(amending, 'amend', () =>
      submitAmendment(env.app, member, meeting.id, { text: 'Préciser le point 2.' }),
    );

    env.clock.set('2026-10-26T09:00:00Z'); // R5.5: the 2 business days are over
    const after = value(await getMeeting(env.app, member, meeting.id));
    expect(after.cannot.amend).toMatchObject({ kind: 'rule', rule: 'R5.5' });
    await agrees(after, 'amend', () =>
      submitAmendment(env.app, member, meeting.id, { text: 'Trop tard.' }),
    );
    const publishable = value(await getMeeting(env.app, secretariat, meeting.id));
    await agrees(publishable, 'publish', () =>
      publishMeeting(env.app, secretariat, meeting.id, { version: publishable.version }),
    );
  });

  it('records no decision at a cancelled meeting, and says so before', async () => {
    const secretariat = await as('p-sec');
    const meeting = value(
      await scheduleMeeting(env.app, secretariat, {
        title: 'Réunion annulée',
        start: '2026-11-20T09:00',
        end: '2026-11-20T11:00',
      }),
    );
    expect(meeting.can.recordDecision).toBe(true);
    const cancelled = value(
      await cancelMeeting(env.app, secretariat, meeting.id, {
        version: meeting.version,
        reason: 'Reportée sine die',
      }),
    );
    expect(cancelled.cannot.recordDecision?.kind).toBe('step');
    await agrees(cancelled, 'recordDecision', () =>
      createDecision(env.app, secretariat, { meetingId: meeting.id, text: 'Décision.' }),
    );
  });
});

describe('R3, R12 seats of the register: the flags are the refusals', () => {
  const seatOf = async (actor: Actor, id: string) => {
    const composition = value(await getComposition(env.app, actor));
    const seat = [...composition.administration, ...composition.civilSociety].find(
      (s) => s.id === id,
    );
    if (!seat) throw new Error(`no seat ${id}`);
    return seat;
  };

  it('offers the secretariat a civil-society cessation, not an administration one, and nothing to a member', async () => {
    const secretariat = await as('p-sec');
    const administration = await seatOf(secretariat, 'seat-a1');
    consistent(administration);
    // R12: a public body re-designates; no cessation is offered for its seat.
    expect(administration.cannot.proposeCessation).toMatchObject({ kind: 'step', rule: 'R12' });
    await agrees(administration, 'proposeCessation', () =>
      proposeCessation(env.app, secretariat, 'seat-a1', {
        cause: 'dissolved',
        version: administration.version,
      }),
    );
    expect(administration.can.recordLetter).toBe(true);
    expect(administration.can.withdraw).toBe(false); // active, not pending (R3.2)
    await agrees(administration, 'withdraw', () =>
      withdrawPendingSeat(env.app, secretariat, 'seat-a1', { version: administration.version }),
    );

    const member = await as('p-a1t');
    const seen = await seatOf(member, 'seat-c3');
    consistent(seen);
    expect(seen.cannot.proposeCessation?.kind).toBe('role');
    await agrees(seen, 'proposeCessation', () =>
      proposeCessation(env.app, member, 'seat-c3', { cause: 'dissolved', version: seen.version }),
    );

    const civil = await seatOf(secretariat, 'seat-c3');
    expect(civil.cannot.recordLetter?.kind).toBe('step'); // selected, not designated (R4)
    await agrees(civil, 'proposeCessation', () =>
      proposeCessation(env.app, secretariat, 'seat-c3', {
        cause: 'dissolved',
        version: civil.version,
      }),
    );
    const proposed = await seatOf(secretariat, 'seat-c3');
    consistent(proposed);
    expect(proposed.can).toMatchObject({
      proposeCessation: false,
      confirmCessation: true,
      dismissCessation: true,
    });
    await agrees(proposed, 'confirmCessation', () =>
      confirmCessation(env.app, secretariat, 'seat-c3', { version: proposed.version }),
    );
    const ceased = value(await getComposition(env.app, secretariat)).ceased.find(
      (s) => s.id === 'seat-c3',
    );
    if (!ceased) throw new Error('seat-c3 not ceased');
    expect(ceased.cannot.replaceHolder?.kind).toBe('step');
    await agrees(ceased, 'replaceHolder', () =>
      replaceSeatHolder(env.app, secretariat, 'seat-c3', {
        role: 'titular',
        person: { id: 'p-a2s' },
        version: ceased.version,
      }),
    );
  });
});
