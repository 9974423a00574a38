import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../core/audit/chain.js';
import { replayVotes } from '../../core/audit/votes.js';
import type { Actor } from '../../core/usecases/actor.js';
import { resolveActor } from '../../core/usecases/actor.js';
import {
  castBallot,
  closeVote,
  createDecision,
  getVote,
  openVote,
  recordConsensusExhausted,
} from '../../core/usecases/decisions/index.js';
import { confirmCessation, proposeCessation } from '../../core/usecases/register/index.js';
import { verifyAudit } from '../../scripts/audit-verify.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import type { CycleEnv } from './meetings-cycle.suite.js';
import { value } from '../support/fixtures.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function actor(env: CycleEnv, personId: string): Promise<Actor> {
  const person = await env.app.people.get(personId);
  if (!person) throw new Error(personId);
  return (await resolveActor(env.app, person.value.aadObjectId)) as Actor;
}

/** A double-majority vote (R5.7, R13.2) through the use cases, on one adapter. */
export function voteScenario(adapter: string, makeEnv: () => Promise<CycleEnv>): void {
  describe(`a double-majority vote on ${adapter}`, () => {
    let env: CycleEnv;
    let chair: Actor;
    let secretariat: Actor;
    let decisionId = '';
    let voteId = '';

    beforeAll(async () => {
      env = await makeEnv();
      chair = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.chair)) as Actor;
      secretariat = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
      // seat-c3 ceases (dissolved): 4 administration seats, 3 civil-society seats remain.
      const seat = await env.app.seats.get('seat-c3');
      const proposed = value(
        await proposeCessation(env.app, secretariat, 'seat-c3', {
          cause: 'dissolved',
          version: seat?.version,
        }),
      );
      value(await confirmCessation(env.app, secretariat, 'seat-c3', { version: proposed.version }));
    });
    afterAll(async () => env.close());

    it('refuses to open a vote before the chair records consensus as exhausted (R5.7)', async () => {
      const decision = value(
        await createDecision(env.app, secretariat, { text: 'Adopter la feuille de route 2026.' }),
      );
      decisionId = decision.id;
      const refused = await openVote(env.app, chair, decisionId, {
        version: decision.version,
        motion: 'Adopter la feuille de route 2026',
        closesAt: '2026-03-02T12:00',
      });
      expect(refused).toMatchObject({ ok: false, reason: 'rule', violation: { rule: 'R5.7' } });
      const exhausted = value(
        await recordConsensusExhausted(env.app, chair, decisionId, { version: decision.version }),
      );
      const opened = value(
        await openVote(env.app, chair, decisionId, {
          version: exhausted.version,
          motion: 'Adopter la feuille de route 2026',
          closesAt: '2026-03-02T12:00',
        }),
      );
      expect(opened.status).toBe('vote_open');
      voteId = opened.vote?.id ?? '';
      expect(opened.vote?.tally?.needed).toEqual({ administration: 2, civilSociety: 2 });
    });

    it('counts one ballot per seat: the titular’s, the alternate’s only without it', async () => {
      const titular = await actor(env, 'p-c1t'); // a guest member
      const alternate = await actor(env, 'p-c1s');
      value(await castBallot(env.app, alternate, voteId, { choice: 'no' }));
      expect(value(await getVote(env.app, alternate, voteId)).myBallot).toMatchObject({
        choice: 'no',
        counted: true,
      });
      value(await castBallot(env.app, titular, voteId, { choice: 'yes' }));
      const seen = value(await getVote(env.app, alternate, voteId));
      expect(seen.myBallot).toMatchObject({ choice: 'no', counted: false });
      expect(seen.seatCountedVoter).toBe('titular');
      expect(value(await getVote(env.app, chair, voteId)).tally?.civilSociety).toMatchObject({
        yes: 1,
        no: 0,
        voted: 1,
      });
    });

    it('takes a double click once and lets a member change their ballot until closing', async () => {
      const member = await actor(env, 'p-a1t');
      await Promise.all([
        castBallot(env.app, member, voteId, { choice: 'abstain' }),
        castBallot(env.app, member, voteId, { choice: 'abstain' }),
        castBallot(env.app, member, voteId, { choice: 'abstain' }),
      ]);
      const mine = (await env.app.ballots.findBy('voteId', voteId)).filter(
        (b) => b.value.voterId === 'p-a1t',
      );
      expect(mine).toHaveLength(1);
      value(await castBallot(env.app, member, voteId, { choice: 'yes' }));
      expect(value(await getVote(env.app, member, voteId)).myBallot?.choice).toBe('yes');
    });

    it('tells the secretariat, externals and ceased members why they cannot vote', async () => {
      const sec = await castBallot(env.app, secretariat, voteId, { choice: 'yes' });
      expect(sec).toMatchObject({ ok: false, reason: 'rule', violation: { rule: 'R6' } });
      expect(value(await getVote(env.app, secretariat, voteId)).eligibility).toMatchObject({
        canVote: false,
        violation: { rule: 'R6' },
      });
      const chairBallot = await castBallot(env.app, chair, voteId, { choice: 'yes' });
      expect(chairBallot.ok).toBe(false);
      const ceased = await castBallot(env.app, await actor(env, 'p-c3t'), voteId, {
        choice: 'yes',
      });
      expect(ceased).toMatchObject({ ok: false, reason: 'rule' });
    });

    it('reaches the double majority at its boundary (2 of 4 and 2 of 3, at least half)', async () => {
      value(await castBallot(env.app, await actor(env, 'p-a2t'), voteId, { choice: 'yes' }));
      expect(value(await getVote(env.app, chair, voteId)).tally?.adopted).toBe(false); // civil society 1 of 3
      value(await castBallot(env.app, await actor(env, 'p-c2s'), voteId, { choice: 'yes' })); // alternate, no titular ballot
      expect(value(await getVote(env.app, chair, voteId)).tally).toMatchObject({
        administration: { yes: 2 },
        civilSociety: { yes: 2 },
        adopted: true,
      });
    });

    it('refuses a ballot after the closing time, then closes with the result reproducible from the log', async () => {
      env.clock.set('2026-03-02T12:00:00Z');
      const late = await castBallot(env.app, await actor(env, 'p-a3t'), voteId, { choice: 'no' });
      expect(late).toMatchObject({ ok: false, reason: 'rule', violation: { rule: 'R13.2' } });
      const vote = value(await getVote(env.app, chair, voteId));
      const closed = value(await closeVote(env.app, chair, voteId, { version: vote.version }));
      expect(closed.result).toMatchObject({
        adopted: true,
        threshold: 'at-least-half',
        administration: { seats: 4, yes: 2 },
        civilSociety: { seats: 3, yes: 2 },
      });
      const log = await env.app.auditLog.read();
      expect(verifyChain(log, sha256).ok).toBe(true);
      expect(replayVotes(log)).toEqual([expect.objectContaining({ voteId, matches: true })]);
      const decision = await env.app.decisions.get(decisionId);
      expect(decision?.value.status).toBe('adopted');
      // Every ballot, vote, decision and seat of the run matches its latest audit entry.
      expect(await verifyAudit(env.app, 'votes', () => {})).toBe(0);
    });
  });
}
