import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditLog } from '../../core/ports/audit-log.js';
import { resolveActor, type Actor } from '../../core/usecases/actor.js';
import { Conflict } from '../../core/ports/errors.js';
import { reconcileAudit } from '../../core/usecases/audit-reconciler.js';
import { updateAudited } from '../../core/usecases/audited-write.js';
import {
  castBallot,
  createDecision,
  getVote,
  openVote,
  recordConsensusExhausted,
} from '../../core/usecases/decisions/index.js';
import { runScheduledWork } from '../../core/usecases/meetings/index.js';
import { replaceSeatHolder } from '../../core/usecases/register/index.js';
import { verifyAudit } from '../../scripts/audit-verify.js';
import { openEmbeddedPorts } from '../../embedded/index.js';
import { EXAMPLE_OBJECT_IDS, loadExampleCommittee } from '../../server/example-committee.js';
import { startServer } from '../../server/start.js';
import { configFrom } from '../support/config.js';
import { exampleAppPorts } from '../support/app-ports.js';
import { manualClock, sequentialIds, temporaryDirectory, value } from '../support/fixtures.js';
import { graphAppPorts } from '../support/graph-app-ports.js';

type Env = Awaited<ReturnType<typeof exampleAppPorts>>;
let env: Env | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

async function verify(ports: Parameters<typeof verifyAudit>[0]) {
  const lines: string[] = [];
  const code = await verifyAudit(ports, 'test', (line) => lines.push(line));
  return { code, text: lines.join('\n') };
}

async function actorOf(app: Env['app'], personId: string): Promise<Actor> {
  const person = await app.people.get(personId);
  return (await resolveActor(app, person?.value.aadObjectId ?? '')) as Actor;
}

/** Opens a vote on the example committee and lets one civil-society titular vote yes. */
async function voteWithOneBallot(app: Env['app']) {
  const chair = (await resolveActor(app, EXAMPLE_OBJECT_IDS.chair)) as Actor;
  const decision = value(await createDecision(app, chair, { text: 'Motion' }));
  const exhausted = value(
    await recordConsensusExhausted(app, chair, decision.id, { version: decision.version }),
  );
  const opened = value(
    await openVote(app, chair, decision.id, {
      version: exhausted.version,
      motion: 'Motion',
      closesAt: '2026-03-02T12:00',
    }),
  );
  const voteId = opened.vote?.id ?? '';
  value(await castBallot(app, await actorOf(app, 'p-c1t'), voteId, { choice: 'yes' }));
  const [ballot] = await app.ballots.findBy('voteId', voteId);
  return { voteId, ballotId: ballot?.value.id ?? '', chair };
}

describe('audit:verify checks every current record against the log (RULES.md "Audit")', () => {
  it('finds the example committee and a vote fully proven by the log', async () => {
    env = await exampleAppPorts('2026-03-02T09:00:00Z');
    await voteWithOneBallot(env.app);
    const { code, text } = await verify(env.app);
    expect(text).toMatch(/records: \d+ checked, every one matches its latest audit entry/);
    expect(text).toContain('3 document file(s) match their SHA-256');
    expect(code).toBe(0);
    // The example is audited record by record, like any other change.
    const entries = await env.app.auditLog.read();
    expect(entries.filter((e) => e.action === 'SeatAdded' && e.actorId === 'system')).toHaveLength(
      (await env.app.seats.list()).length,
    );
    expect(entries.every((e) => e.collection === undefined || e.stateHash !== undefined)).toBe(
      true,
    );
  });

  it('exits 1 naming a seat whose titular was changed directly in SQLite', async () => {
    env = await exampleAppPorts('2026-03-02T09:00:00Z');
    const db = env.db;
    db.prepare(`UPDATE c_seats SET data = json_set(data, '$.titularId', 'p-c2t') WHERE id = ?`).run(
      'seat-c1',
    );
    const { code, text } = await verify(env.app);
    expect(code).toBe(1);
    expect(text).toMatch(/seats\/seat-c1 DIFFERS from audit entry #\d+ in: titularId/);
    expect(text).toContain('records: ');
    expect(text).toContain('1 do not match the audit log');
  });

  it('exits 1 naming a ballot whose choice was changed directly in SQLite', async () => {
    env = await exampleAppPorts('2026-03-02T09:00:00Z');
    const { ballotId } = await voteWithOneBallot(env.app);
    const db = env.db;
    db.prepare(`UPDATE c_ballots SET data = json_set(data, '$.choice', 'no') WHERE id = ?`).run(
      ballotId,
    );
    const { code, text } = await verify(env.app);
    expect(code).toBe(1);
    expect(text).toContain(`ballots/${ballotId} DIFFERS`);
    expect(text).toMatch(/in: choice$/m);
  });

  it('reports a record inserted without the app, and one deleted behind its back', async () => {
    env = await exampleAppPorts('2026-03-02T09:00:00Z');
    const db = env.db;
    const [seat] = await env.app.seats.list({ limit: 1 });
    db.prepare(`INSERT INTO c_seats (id, version, unique_key, data) VALUES (?, 1, NULL, ?)`).run(
      'seat-forged',
      JSON.stringify({ ...seat?.value, id: 'seat-forged' }),
    );
    db.prepare(`DELETE FROM c_organisations WHERE id = ?`).run('org-a2');
    const { code, text } = await verify(env.app);
    expect(code).toBe(1);
    expect(text).toContain('seats/seat-forged has NO AUDIT ENTRY');
    expect(text).toMatch(/organisations\/org-a2 is GONE, although audit entry #\d+ records it/);
  });

  it('reports a document whose file was replaced on disk, and refuses to serve it', async () => {
    env = await exampleAppPorts('2026-03-02T09:00:00Z');
    const [letter] = await env.app.documents.list({ limit: 1 });
    const dir = env.dataDir;
    expect(await readdir(join(dir, 'files'))).toContain(letter?.value.id);
    await writeFile(join(dir, 'files', letter?.value.id ?? ''), '%PDF-1.4 forged');
    const { code, text } = await verify(env.app);
    expect(code).toBe(1);
    expect(text).toContain(`documents/${letter?.value.id}`);
    expect(text).toContain('does not match its recorded SHA-256');
    await expect(env.app.files.get(letter?.value.id ?? '')).rejects.toThrow(/SHA-256/);
  });

  it('works in Microsoft 365 mode: a seat edited in the SharePoint list is named', async () => {
    const graph = await graphAppPorts('2026-03-02T09:00:00Z');
    try {
      expect((await verify(graph.app)).code).toBe(0);
      // Someone edits the list item directly (no audit entry), e.g. in the SharePoint UI.
      const stored = await graph.app.seats.get('seat-a1');
      await graph.app.seats.update(
        { ...(stored?.value as NonNullable<typeof stored>['value']), alternateId: 'p-a2s' },
        stored?.version ?? '',
      );
      const { code, text } = await verify(graph.app);
      expect(code).toBe(1);
      expect(text).toMatch(/seats\/seat-a1 DIFFERS from audit entry #\d+ in: alternateId/);
    } finally {
      await graph.close();
    }
  });
});

/** An audit log whose next `failures` appends fail, as an unreachable store would. */
function failingAppends(log: AuditLog, failures: number): AuditLog {
  let left = failures;
  return {
    read: (from) => log.read(from),
    about: (type, id) => log.about(type, id),
    append: async (entry) => {
      if (left > 0) {
        left -= 1;
        throw new Error('audit store unavailable');
      }
      return log.append(entry);
    },
  };
}

describe('the audit reconciler completes a change whose audit append failed', () => {
  it('appends the missing entry, marked recovered, once the grace period has passed', async () => {
    env = await exampleAppPorts('2026-03-02T09:00:00Z');
    const chair = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.chair)) as Actor;
    const broken = { ...env.app, auditLog: failingAppends(env.app.auditLog, 1) };
    const outcome = await createDecision(broken, chair, { text: 'Adopter le calendrier' });
    // The decision was saved (and is reported as saved); its entry could not be appended…
    expect(outcome.ok).toBe(true);
    const [saved] = await env.app.decisions.list();
    expect(saved?.value.text).toBe('Adopter le calendrier');
    const id = saved?.value.id ?? '';
    // …and audit:verify says exactly what is pending.
    const pending = await verify(env.app);
    expect(pending.code).toBe(1);
    expect(pending.text).toContain(`decisions/${id} holds a change whose audit entry is pending`);

    // Within the grace period another instance may still be finishing: nothing is done.
    env.clock.advance(30_000);
    expect(await reconcileAudit(env.app)).toEqual({ recovered: 0, cleared: 0 });
    env.clock.advance(31_000);
    const tick = await runScheduledWork(env.app);
    expect(tick.audit).toEqual({ recovered: 1, cleared: 0 });

    const entries = await env.app.auditLog.read();
    const recovered = entries.at(-1);
    expect(recovered).toMatchObject({
      action: 'DecisionRecorded',
      actorId: chair.personId,
      at: '2026-03-02T09:00:00.000Z',
      recoveredAt: '2026-03-02T09:01:01.000Z',
      collection: 'decisions',
      subject: { type: 'decision', id },
    });
    expect((await verify(env.app)).code).toBe(0);
    // A second pass has nothing left to do.
    expect(await reconcileAudit(env.app)).toEqual({ recovered: 0, cleared: 0 });
  });

  it('claims nothing for a save that did not happen, and never legitimises tampering', async () => {
    env = await exampleAppPorts('2026-03-02T09:00:00Z');
    const secretariat = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
    // A stale version: the save is refused as a conflict; no intent is left behind.
    const seat = await env.app.seats.get('seat-c1');
    await env.app.seats.update(seat?.value as never, seat?.version ?? ''); // someone else saved
    const refused = await replaceSeatHolder(env.app, secretariat, 'seat-c1', {
      version: seat?.version,
      role: 'alternate',
      person: { id: 'p-c2s' },
    });
    expect(refused).toMatchObject({ ok: false });
    expect(await env.app.auditIntents.list()).toHaveLength(0);

    // A record changed in SQLite without the app has no intent: the reconciler leaves it to
    // audit:verify, which reports it.
    const db = env.db;
    db.prepare(`UPDATE c_seats SET data = json_set(data, '$.titularId', 'p-c2t') WHERE id = ?`).run(
      'seat-c1',
    );
    env.clock.advance(120_000);
    expect(await reconcileAudit(env.app)).toEqual({ recovered: 0, cleared: 0 });
    expect((await verify(env.app)).text).toContain('seats/seat-c1 DIFFERS');
  });

  it('removes its intent and rethrows when the save itself is refused', async () => {
    env = await exampleAppPorts('2026-03-02T09:00:00Z');
    const stale = await env.app.seats.get('seat-c1');
    if (!stale) throw new Error('example seat missing');
    await env.app.seats.update(stale.value, stale.version); // someone else saved since
    const change = {
      actor: { personId: 'p-sec' },
      action: 'SeatHolderReplaced',
      at: env.clock.now(),
    };
    await expect(
      updateAudited(env.app, 'seats', change, { ...stale.value, alternateId: 'p-c2s' }, stale),
    ).rejects.toBeInstanceOf(Conflict);
    expect(await env.app.auditIntents.list()).toHaveLength(0);
    expect((await env.app.seats.get('seat-c1'))?.value.alternateId).toBe('p-c1s');
  });

  it('drops the intent of a change whose save failed after the intent was written', async () => {
    env = await exampleAppPorts('2026-03-02T09:00:00Z');
    const seat = await env.app.seats.get('seat-c1');
    // The process stopped between the intent and the save: the intent is all there is.
    await env.app.auditIntents.create({
      id: 'intent-orphan',
      collection: 'seats',
      at: env.clock.now(),
      actorId: 'p-sec',
      action: 'SeatHolderReplaced',
      subject: { type: 'seat', id: 'seat-c1' },
      before: seat?.value,
      after: { ...seat?.value, alternateId: 'p-c2s' },
    });
    env.clock.advance(61_000);
    expect(await reconcileAudit(env.app)).toEqual({ recovered: 0, cleared: 1 });
    expect(await env.app.auditIntents.list()).toHaveLength(0);
    expect((await verify(env.app)).code).toBe(0);
  });

  it('appends one entry when two instances reconcile at the same time', async () => {
    env = await exampleAppPorts('2026-03-02T09:00:00Z');
    const { voteId } = await voteWithOneBallot(env.app);
    const broken = { ...env.app, auditLog: failingAppends(env.app.auditLog, 1) };
    const voter = await actorOf(env.app, 'p-c2t');
    expect((await castBallot(broken, voter, voteId, { choice: 'no' })).ok).toBe(true);
    env.clock.advance(61_000);
    const [a, b] = await Promise.all([reconcileAudit(env.app), reconcileAudit(env.app)]);
    expect((a?.recovered ?? 0) + (b?.recovered ?? 0)).toBe(1);
    const ballots = (await env.app.auditLog.read()).filter((e) => e.action === 'BallotCast');
    expect(ballots).toHaveLength(2);
    const vote = value(await getVote(env.app, voter, voteId));
    expect(vote.myBallot?.choice).toBe('no');
    expect((await verify(env.app)).code).toBe(0);
  });
});

describe('the server reconciles at startup', () => {
  it('appends the entry of a change saved by an instance that stopped before auditing it', async () => {
    const dir = await temporaryDirectory();
    try {
      const before = openEmbeddedPorts({
        dataDir: dir.path,
        clock: manualClock(),
        ids: sequentialIds('x'),
      });
      await loadExampleCommittee(before);
      // The instance saved a decision, then stopped before its audit entry was appended.
      const at = '2026-03-02T09:00:00.000Z';
      const decision = {
        id: 'dec-crash',
        text: 'Motion',
        status: 'under_discussion' as const,
        createdAt: at,
      };
      await before.auditIntents.create({
        id: 'intent-crash',
        collection: 'decisions',
        at,
        actorId: 'p-chair',
        action: 'DecisionRecorded',
        subject: { type: 'decision', id: 'dec-crash' },
        after: decision,
      });
      await before.decisions.create(decision);
      before.close();

      const server = await startServer(
        configFrom({
          COPIL_DATA_DIR: dir.path,
          PORT: 0,
          LOG_LEVEL: 'silent',
          COPIL_TICK_SECONDS: 0,
        }),
      );
      try {
        const last = (await server.ports.auditLog.read()).at(-1);
        expect(last).toMatchObject({
          action: 'DecisionRecorded',
          at,
          subject: { id: 'dec-crash' },
        });
        expect(last?.recoveredAt).toBeDefined();
        expect(await server.ports.auditIntents.list()).toHaveLength(0);
        expect((await verify(server.ports)).code).toBe(0);
      } finally {
        await server.close();
      }
    } finally {
      await dir.remove();
    }
  });
});
