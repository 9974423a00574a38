import { describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH } from '../../core/audit/chain.js';
import type { AuditEntry } from '../../core/model/audit.js';
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
import { sha256Hex } from '../../embedded/index.js';
import { verifyAudit } from '../../scripts/audit-verify.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import { exampleAppPorts } from '../support/app-ports.js';
import { value } from '../support/fixtures.js';

describe('npm run audit:verify', () => {
  it('recomputes a closed vote from the log, and catches ballots rewritten even with a re-hashed chain', async () => {
    const env = await exampleAppPorts('2026-03-02T09:00:00Z');
    try {
      const as = async (id: string) =>
        (await resolveActor(
          env.app,
          (await env.app.people.get(id))?.value.aadObjectId ?? '',
        )) as Actor;
      const chair = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.chair)) as Actor;
      const decision = value(await createDecision(env.app, chair, { text: 'Motion' }));
      const exhausted = value(
        await recordConsensusExhausted(env.app, chair, decision.id, { version: decision.version }),
      );
      const opened = value(
        await openVote(env.app, chair, decision.id, {
          version: exhausted.version,
          motion: 'Motion',
          closesAt: '2026-03-02T12:00',
        }),
      );
      const voteId = opened.vote?.id ?? '';
      for (const id of ['p-a1t', 'p-a2t', 'p-c1t', 'p-c2t'])
        value(await castBallot(env.app, await as(id), voteId, { choice: 'yes' }));
      const vote = value(await getVote(env.app, chair, voteId));
      value(await closeVote(env.app, chair, voteId, { version: vote.version }));

      const lines: string[] = [];
      expect(await verifyAudit(env.app, 'test', (l) => lines.push(l))).toBe(0);
      expect(lines.join('\n')).toMatch(
        /vote .*: 4 ballot\(s\); yes — administration 2, civil society 2; adopted — matches the recorded result/,
      );

      // Someone turns two ballots into "no" and recomputes every hash so the chain looks intact.
      const entries = await env.app.auditLog.read();
      let previous = GENESIS_HASH;
      const forged: AuditEntry[] = entries.map((entry) => {
        const after =
          entry.action === 'BallotCast' &&
          ['p-c1t', 'p-c2t'].includes((entry.after as { voterId: string }).voterId)
            ? { ...(entry.after as object), choice: 'no' }
            : entry.after;
        const unhashed = { ...entry, after, previousHash: previous };
        const hash = entryHash(unhashed, sha256Hex);
        previous = hash;
        return { ...unhashed, hash };
      });
      const forgedLog = {
        read: async () => forged,
        append: async () => forged[0] as AuditEntry,
        about: async () => [],
      };
      const out: string[] = [];
      expect(
        await verifyAudit({ ...env.app, auditLog: forgedLog }, 'forged', (l) => out.push(l)),
      ).toBe(1);
      expect(out.join('\n')).toContain('DOES NOT MATCH the recorded result');
    } finally {
      await env.close();
    }
  });
});
